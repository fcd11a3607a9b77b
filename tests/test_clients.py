"""Real SPARQL clients against `kg serve`: SPARQLWrapper in every return format it offers,
and rdflib's SPARQLStore. (YASGUI in a browser: test_query_page_browser.py.)"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from xml.dom.minidom import Document

import pytest
from rdflib import Graph, URIRef
from SPARQLWrapper import (CSV, GET, JSON, JSONLD, N3, POST, POSTDIRECTLY, RDF, RDFXML, TSV, TURTLE, XML,
                           SPARQLWrapper)

from kg.serve import create_app
from test_queries import ID
from test_serve import OFFICIAL_NAMES, running, served_graph

ACC = "https://w3id.org/accord-kg/ontology#"
QUERIES = {
    "SELECT": "SELECT DISTINCT ?name WHERE { ?p a acc:Official ; rdfs:label ?name } ORDER BY ?name",
    "ASK": "ASK { ?a acc:party country:guatemala }",
    "CONSTRUCT": "CONSTRUCT WHERE { ?a acc:signedBy ?p }",
    "DESCRIBE": "DESCRIBE ?p WHERE { ?p a acc:Official ; rdfs:label \"Kevin McAleenan\" }",
}
#: every return format SPARQLWrapper 2.0 offers, and None: its default (XML)
FORMATS = [None, JSON, JSONLD, XML, TURTLE, N3, RDF, RDFXML, CSV, TSV]


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    yield from (f"{base}/sparql" for base, _ in running(create_app(served_graph(), timeout=10, max_rows=100)))


def as_graph(data: bytes, content_type: str) -> Graph:
    fmt = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
           "application/rdf+xml": "xml"}[content_type.split(";")[0]]
    return Graph().parse(data=data, format=fmt)


def understood(kind: str, converted: object, content_type: str) -> object:
    """What a client reads from ``converted``: names, a boolean, or a set of triples."""
    media = content_type.split(";")[0]
    if kind == "SELECT":
        if isinstance(converted, dict):
            return [b["name"]["value"] for b in converted["results"]["bindings"]]
        if isinstance(converted, Document):
            return [n.firstChild.data for n in converted.getElementsByTagName("literal")]
        text = converted.decode()
        return [line.strip('"') for line in text.splitlines()[1:]] if media != "application/sparql-results+json" \
            else [b["name"]["value"] for b in json.loads(text)["results"]["bindings"]]
    if kind == "ASK":
        if isinstance(converted, dict):
            return converted["boolean"]
        if isinstance(converted, Document):
            return converted.getElementsByTagName("boolean")[0].firstChild.data == "true"
        text = converted.decode()
        return json.loads(text)["boolean"] if media.endswith("json") else text.strip() == "true"
    graph = converted if isinstance(converted, Graph) else as_graph(converted, content_type)
    return {(s, p, o) for s, p, o in graph}


@pytest.mark.parametrize("method", [GET, POST, POSTDIRECTLY])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", QUERIES)
def test_sparqlwrapper_every_form_and_format(endpoint: str, kind: str, fmt: str | None, method: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(QUERIES[kind])
    if fmt:
        client.setReturnFormat(fmt)
    if method == POSTDIRECTLY:
        client.setMethod(POST)
        client.setRequestMethod(POSTDIRECTLY)
    else:
        client.setMethod(method)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # SPARQLWrapper warns about formats a form has not
        response = client.query()
        converted = response.convert()
    got = understood(kind, converted, response.response.headers["content-type"])
    if kind == "SELECT":
        assert got == OFFICIAL_NAMES
    elif kind == "ASK":
        assert got is True
    elif kind == "CONSTRUCT":
        # the sample's two agreements, each signed by two officials
        assert len(got) == 4 and {p for _, p, _ in got} == {URIRef(ACC + "signedBy")}
    else:
        assert (URIRef(ID + "person/kevin-mcaleenan"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
                ) in {(s, p) for s, p, _ in got}


def test_rdflib_sparqlstore_select_and_construct(endpoint: str) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(endpoint, returnFormat="xml")
    graph = Graph(store=store)
    prefixes = f"PREFIX acc: <{ACC}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    rows = graph.query(prefixes + QUERIES["SELECT"])
    assert [str(row[0]) for row in rows] == OFFICIAL_NAMES
    constructed = graph.query(prefixes + QUERIES["CONSTRUCT"]).graph
    assert len(constructed) == 4
    assert graph.query(prefixes + "ASK { ?p a acc:Official }").askAnswer is True
    json_store = Graph(store=SPARQLStore(endpoint, returnFormat="json"))
    assert [str(row[0]) for row in json_store.query(prefixes + QUERIES["SELECT"])] == OFFICIAL_NAMES
