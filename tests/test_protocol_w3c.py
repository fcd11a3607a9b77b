"""The query cases of the W3C SPARQL 1.1 Protocol tests, against `kg serve`.

Written from ``sparql/sparql11/protocol/manifest.ttl`` of w3c/rdf-tests (read, not copied:
the suite is HTTP exchanges, not runnable files). Its data is three one-triple graphs, each
saying that a kasei.us document is a foaf:Document, written here by hand. Every request is
the manifest's (method, path, parameters, media type); the expected status is its 2xx or
4xx, and where the manifest's ASK must be true, a variant with a smaller dataset must be
false (so the dataset parameters are shown to matter). Update cases are not run: the
endpoint is read-only (tests/test_serve.py checks that updates get 403).
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from rdflib import URIRef
from rdflib.namespace import FOAF, RDF

from kg.graph import KnowledgeGraph
from kg.serve import create_app
from kg.settings import Settings
from test_serve import running

DATA = "http://kasei.us/2009/09/sparql/data/"
D0, D1, D2, D3 = (f"{DATA}data{i}.rdf" for i in range(4))


@pytest.fixture(scope="module")
def sparql() -> Iterator[str]:
    graph = KnowledgeGraph(settings=Settings(store="Oxigraph", cache_dir=""))
    for name in (D1, D2, D3):
        graph.add_graph(URIRef(name), [(URIRef(name), RDF.type, FOAF.Document)])
    yield from (f"{base}/sparql" for base, _ in running(create_app(graph, timeout=10)))


def ask(response: httpx.Response) -> bool:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] in ("application/sparql-results+json",
                                                              "application/sparql-results+xml")
    if response.headers["content-type"].startswith("application/sparql-results+json"):
        return response.json()["boolean"]
    return "<boolean>true</boolean>" in response.text


BOTH = f"ASK {{ <{D1}> a ?type . <{D2}> a ?type . }}"
NAMED = f"ASK {{ GRAPH ?g1 {{ <{D1}> a ?type }} GRAPH ?g2 {{ <{D2}> a ?type }} }}"
FULL = f"ASK {{ <{D3}> a ?type GRAPH ?g1 {{ <{D1}> a ?type }} GRAPH ?g2 {{ <{D2}> a ?type }} }}"
DIRECT = {"Content-Type": "application/sparql-query"}


def test_query_post_form(sparql: str) -> None:
    r = httpx.post(f"{sparql}?default-graph-uri={D0}", content=b"query=ASK%20%7B%7D",
                   headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert ask(r) is True


def test_query_get_and_query_post_direct(sparql: str) -> None:
    assert ask(httpx.get(sparql, params={"query": "ASK {}", "default-graph-uri": D0})) is True
    assert ask(httpx.post(sparql, params={"default-graph-uri": D0}, content=b"ASK {}", headers=DIRECT)) is True


def test_query_dataset_default_graph_get(sparql: str) -> None:
    assert ask(httpx.get(sparql, params={"query": BOTH, "default-graph-uri": [D1, D2]})) is True
    assert ask(httpx.get(sparql, params={"query": BOTH, "default-graph-uri": [D1]})) is False


def test_query_dataset_default_graphs_post(sparql: str) -> None:
    assert ask(httpx.post(sparql, params={"default-graph-uri": [D1, D2]}, content=BOTH.encode(), headers=DIRECT))
    assert not ask(httpx.post(sparql, params={"default-graph-uri": [D2]}, content=BOTH.encode(), headers=DIRECT))


def test_query_dataset_named_graphs_post_and_get(sparql: str) -> None:
    assert ask(httpx.post(sparql, params={"named-graph-uri": [D1, D2]}, content=NAMED.encode(), headers=DIRECT))
    assert ask(httpx.get(sparql, params={"query": NAMED, "named-graph-uri": [D1, D2]}))
    assert not ask(httpx.get(sparql, params={"query": NAMED, "named-graph-uri": [D1]}))


def test_query_dataset_full(sparql: str) -> None:
    params = {"default-graph-uri": D3, "named-graph-uri": [D1, D2]}
    assert ask(httpx.post(sparql, params=params, content=FULL.encode(), headers=DIRECT))
    assert not ask(httpx.post(sparql, params={**params, "default-graph-uri": D1}, content=FULL.encode(),
                              headers=DIRECT))


def test_query_multiple_dataset_the_protocol_dataset_wins(sparql: str) -> None:
    query = f"ASK FROM <{D3}> {{ GRAPH ?g1 {{ <{D1}> a ?type }} GRAPH ?g2 {{ <{D2}> a ?type }} }}"
    assert ask(httpx.post(sparql, params={"named-graph-uri": [D1, D2]}, content=query.encode(), headers=DIRECT))


@pytest.mark.parametrize(("query", "allowed"), [
    ("SELECT (1 AS ?value) {}", {"application/sparql-results+xml", "application/sparql-results+json", "text/csv",
                                 "text/tab-separated-values"}),
    ("ASK {}", {"application/sparql-results+xml", "application/sparql-results+json"}),
    ("DESCRIBE <http://example.org/>", {"application/rdf+xml", "text/turtle", "application/n-triples"}),
    ("CONSTRUCT { <s> <p> 1 } WHERE {}", {"application/rdf+xml", "text/turtle", "application/n-triples"}),
])
def test_query_content_type(sparql: str, query: str, allowed: set[str]) -> None:
    r = httpx.post(sparql, params={"default-graph-uri": D0}, content=query.encode(), headers=DIRECT)
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] in allowed


@pytest.mark.parametrize("request_", [
    pytest.param(lambda s: httpx.put(f"{s}?query=ASK%20%7B%7D&default-graph-uri={D0}",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"}),
                 id="bad_query_method"),
    pytest.param(lambda s: httpx.get(f"{s}?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D"), id="bad_multiple_queries"),
    pytest.param(lambda s: httpx.post(s, content=b"ASK {}", headers={"Content-Type": "text/plain"}),
                 id="bad_query_wrong_media_type"),
    pytest.param(lambda s: httpx.post(s, content=b"query=ASK%20%7B%7D"), id="bad_query_missing_form_type"),
    pytest.param(lambda s: httpx.post(s, content=b"ASK {}"), id="bad_query_missing_direct_type"),
    pytest.param(lambda s: httpx.post(s, content="ASK {}".encode("utf-16"),
                                      headers={"Content-Type": "application/sparql-query; charset=UTF-16"}),
                 id="bad_query_non_utf8"),
    pytest.param(lambda s: httpx.get(s, params={"query": "ASK {"}), id="bad_query_syntax"),
    pytest.param(lambda s: httpx.get(s, params={"update": "CLEAR ALL"}), id="bad_update_get"),
])
def test_bad_requests_are_4xx(sparql: str, request_) -> None:
    r = request_(sparql)
    assert 400 <= r.status_code < 500, (r.status_code, r.text)
