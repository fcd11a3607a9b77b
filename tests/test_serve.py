"""`kg serve` through real HTTP: a uvicorn server on a free 127.0.0.1 port, httpx and SPARQLWrapper.

The graph is the hand-built three-article graph of test_queries.py plus a generated named
graph of 400 triples, used to make a query that would run for hours (a four-way cross
product) so that the timeout has something to stop.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper

from kg.serve import create_app
from test_queries import ID, sample_graph

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
QUERIES = Path(__file__).resolve().parent.parent / "queries"
TIMEOUT = 1.5
MAX_ROWS = 20
OFFICIALS = "SELECT DISTINCT ?name WHERE { ?p a acc:Official ; rdfs:label ?name } ORDER BY ?name"
#: hand count of the sample: 3 officials; plus nothing from the generated graph
OFFICIAL_NAMES = ["Alexandra Hill", "Enrique Degenhart", "Kevin McAleenan"]
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Listener:
    """A TCP port that records whether anything connected: the 'remote endpoint' SERVICE would hit."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
                self.connections += 1
                conn.close()
            except OSError:
                continue

    def close(self) -> None:
        self._stop = True
        self.thread.join(1)
        self.sock.close()


GENERATED = ID + "graph/generated"


def served_graph():
    graph = sample_graph()
    ex = Namespace("http://example.org/generated/")
    graph.add_graph(URIRef(GENERATED), [(ex[f"s{i}"], ex[f"p{i % 7}"], Literal(i)) for i in range(400)])
    return graph


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, object]]:
    yield from running(create_app(served_graph(), timeout=TIMEOUT, max_rows=MAX_ROWS))


def running(app) -> Iterator[tuple[str, object]]:
    """Serve ``app`` on a free loopback port until the generator is closed."""
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert srv.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}", app
    finally:
        srv.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def base(server: tuple[str, object]) -> str:
    return server[0]


def get(base: str, query: str, **headers: str) -> httpx.Response:
    return httpx.get(f"{base}/sparql", params={"query": query}, headers=headers, timeout=30)


def post_form(base: str, **form: str) -> httpx.Response:
    return httpx.post(f"{base}/sparql", data=form, headers={"Accept": "application/sparql-results+json"}, timeout=30)


def names(document: dict) -> list[str]:
    return [b["name"]["value"] for b in document["results"]["bindings"]]


# -- the protocol ------------------------------------------------------------------------------


def test_get_json(base: str) -> None:
    r = get(base, OFFICIALS, accept="application/sparql-results+json")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    assert names(r.json()) == OFFICIAL_NAMES


def test_post_form_and_post_direct(base: str) -> None:
    assert names(post_form(base, query=OFFICIALS).json()) == OFFICIAL_NAMES
    r = httpx.post(f"{base}/sparql", content=OFFICIALS.encode(),
                   headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert names(r.json()) == OFFICIAL_NAMES


@pytest.mark.parametrize(("accept", "media", "expected"), [
    ("text/csv", "text/csv", "name\r\nAlexandra Hill\r\nEnrique Degenhart\r\nKevin McAleenan\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values",
     '?name\n"Alexandra Hill"\n"Enrique Degenhart"\n"Kevin McAleenan"\n'),
])
def test_csv_and_tsv(base: str, accept: str, media: str, expected: str) -> None:
    r = get(base, OFFICIALS, accept=accept)
    assert r.headers["content-type"].startswith(media)
    assert r.text == expected


def test_xml(base: str) -> None:
    r = get(base, OFFICIALS, accept="application/sparql-results+xml")
    assert r.headers["content-type"].startswith("application/sparql-results+xml")
    assert re.findall(r"<literal>([^<]*)</literal>", r.text) == OFFICIAL_NAMES


def test_format_parameter_overrides_accept(base: str) -> None:
    r = httpx.get(f"{base}/sparql", params={"query": OFFICIALS, "format": "csv"}, headers={"accept": "application/json"})
    assert r.headers["content-type"].startswith("text/csv")


def test_construct_as_turtle_and_ntriples(base: str) -> None:
    q = "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a acc:Official ; rdfs:label ?n }"
    turtle = get(base, q, accept="text/turtle")
    assert turtle.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=turtle.text, format="turtle")
    assert sorted(str(o) for o in g.objects()) == OFFICIAL_NAMES
    nt = get(base, q, accept="application/n-triples")
    assert nt.headers["content-type"].startswith("application/n-triples")
    assert len(Graph().parse(data=nt.text, format="nt")) == 3


def test_unacceptable_format_is_406(base: str) -> None:
    assert get(base, OFFICIALS, accept="image/png").status_code == 406


def test_cors(base: str) -> None:
    r = get(base, OFFICIALS, origin="https://yasgui.example")
    assert r.headers["access-control-allow-origin"] == "*"
    pre = httpx.options(f"{base}/sparql", headers={"Origin": "https://yasgui.example",
                                                  "Access-Control-Request-Method": "POST",
                                                  "Access-Control-Request-Headers": "content-type"})
    assert pre.status_code == 200 and "POST" in pre.headers["access-control-allow-methods"]


def test_service_description(base: str) -> None:
    r = httpx.get(f"{base}/sparql", headers={"accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    service = URIRef(f"{base}/sparql")
    assert (service, RDF.type, SD.Service) in g
    assert (service, SD.endpoint, service) in g
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in g
    graphs = {str(n) for n in g.objects(None, SD.name)}
    assert graphs == {ID + "graph/sv-0921", ID + "graph/gt-1017", ID + "graph/aid-0801", ID + "graph/generated"}


def test_query_page_loads_only_local_assets(base: str) -> None:
    page = httpx.get(base + "/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/static/") for a in assets)
    assert {"/static/yasgui/yasgui.min.js", "/static/yasgui/yasgui.min.css", "/static/app.js"} <= set(assets)
    for asset in assets:
        body = httpx.get(base + asset)
        assert body.status_code == 200
        if not asset.startswith("/static/yasgui/"):
            # our own code loads nothing remote and writes no markup; YASGUI's bundle is
            # checked in the browser (test_query_page_browser.py: no request leaves the server)
            assert not re.search(r"https?://", body.text), asset
            assert "innerHTML" not in body.text
    examples = httpx.get(base + "/queries.json").json()
    assert {q["name"] for q in examples} >= {"agreements_by_country", "provenance"}


def test_every_library_query_answers_through_the_endpoint(base: str) -> None:
    for path in sorted(QUERIES.glob("*.rq")):
        r = post_form(base, query=path.read_text())
        assert r.status_code == 200, (path.name, r.text)
    by_country = post_form(base, query=(QUERIES / "officials_by_country.rq").read_text()).json()
    rows = [(b["country"]["value"], b["name"]["value"]) for b in by_country["results"]["bindings"]]
    assert rows == [("El Salvador", "Alexandra Hill"), ("Guatemala", "Enrique Degenhart"),
                    ("United States", "Kevin McAleenan")]


# -- a real client -----------------------------------------------------------------------------


def client(base: str, query: str, fmt: str, method: str | None = None) -> SPARQLWrapper:
    w = SPARQLWrapper(f"{base}/sparql")
    w.setQuery(query)
    w.setReturnFormat(fmt)
    if method == POSTDIRECTLY:
        w.setMethod(POST)
        w.setRequestMethod(POSTDIRECTLY)
    elif method:
        w.setMethod(method)
    return w


@pytest.mark.parametrize("method", [None, POST, POSTDIRECTLY])
def test_sparqlwrapper_json(base: str, method: str | None) -> None:
    result = client(base, OFFICIALS, JSON, method).query().convert()
    assert names(result) == OFFICIAL_NAMES


def test_sparqlwrapper_xml_csv_tsv_turtle_ask(base: str) -> None:
    xml = client(base, OFFICIALS, XML).query().convert()
    assert [n.firstChild.data for n in xml.getElementsByTagName("literal")] == OFFICIAL_NAMES
    csv_text = client(base, OFFICIALS, CSV).query().convert().decode()
    assert csv_text.splitlines() == ["name", *OFFICIAL_NAMES]
    tsv_text = client(base, OFFICIALS, TSV).query().convert().decode()
    assert tsv_text.splitlines()[1:] == [f'"{n}"' for n in OFFICIAL_NAMES]
    turtle = client(base, "CONSTRUCT WHERE { ?a acc:signedBy ?p }", TURTLE).query().convert()
    g = Graph().parse(data=turtle, format="turtle")
    assert len(g) == 4  # two agreements, two signers each
    assert client(base, "ASK { ?a acc:party country:guatemala }", JSON).query().convert()["boolean"] is True


# -- refusals ----------------------------------------------------------------------------------

TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"


def triple_count(base: str) -> int:
    return int(post_form(base, query=TRIPLES).json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("attempt", [
    {"update": "INSERT DATA { <urn:x> <urn:y> <urn:z> }"},
    {"query": "INSERT DATA { <urn:x> <urn:y> <urn:z> }"},
    {"query": "DROP ALL"},
    {"query": "CLEAR DEFAULT"},
    {"query": "DELETE WHERE { ?s ?p ?o }"},
    {"query": "CREATE GRAPH <urn:g>"},
    {"query": "COPY DEFAULT TO <urn:g>"},
])
def test_updates_are_refused_and_nothing_changes(base: str, attempt: dict[str, str]) -> None:
    before = triple_count(base)
    r = post_form(base, **attempt)
    assert r.status_code == 403
    assert "read-only" in r.text
    assert triple_count(base) == before


def test_sparql_update_body_and_load_are_refused(base: str) -> None:
    listener = Listener()
    try:
        r = httpx.post(f"{base}/sparql", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})
        assert r.status_code == 403
        load = post_form(base, query=f"LOAD <http://127.0.0.1:{listener.port}/data.ttl>")
        assert load.status_code == 403 and "read-only" in load.text
        time.sleep(0.3)
        assert listener.connections == 0
    finally:
        listener.close()


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX remote: <{url}>\nSELECT * WHERE {{ ?x a acc:Official OPTIONAL {{ SERVICE remote: {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
])
def test_service_is_refused_and_nothing_is_fetched(base: str, template: str) -> None:
    listener = Listener()
    try:
        r = post_form(base, query=template.format(url=f"http://127.0.0.1:{listener.port}/sparql"))
        assert r.status_code == 403 and "SERVICE" in r.text and "--allow-service" in r.text
        time.sleep(0.3)
        assert listener.connections == 0
    finally:
        listener.close()


def test_service_to_port_9_is_refused(base: str) -> None:
    r = get(base, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")
    assert r.status_code == 403 and "http://127.0.0.1:9/x" in r.text


def test_the_word_service_in_a_string_or_comment_is_no_service(base: str) -> None:
    r = get(base, 'SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1:9/x>" AS ?x) } # SERVICE <http://a/>')
    assert r.status_code == 200


def test_malformed_query_is_400_with_the_parsers_message(base: str) -> None:
    r = get(base, "SELECT ?x WHERE { ?x ?y }")
    assert r.status_code == 400
    assert r.text.startswith("[Q001] the query cannot be parsed: ")
    assert re.search(r"error at \d+:\d+", r.text)  # pyoxigraph's position of the error


def test_no_query_in_post_is_400(base: str) -> None:
    assert httpx.post(f"{base}/sparql", data={"nothing": "here"}).status_code == 400


def test_row_cap_sends_the_first_rows_and_says_so(base: str) -> None:
    r = get(base, "SELECT ?s WHERE { ?s ?p ?o }", accept="application/sparql-results+json")
    assert r.status_code == 200
    assert len(r.json()["results"]["bindings"]) == MAX_ROWS
    assert r.headers["x-kg-truncated"] == "true" and r.headers["x-kg-max-rows"] == str(MAX_ROWS)
    small = get(base, OFFICIALS)
    assert "x-kg-truncated" not in small.headers


def test_timeout_stops_the_query_and_the_server_recovers(server: tuple[str, object]) -> None:
    base, app = server
    workers_before = {p.pid for p in multiprocessing.active_children() if p.name == "kg-sparql-worker"}
    started = time.monotonic()
    r = get(base, RUNAWAY)
    elapsed = time.monotonic() - started
    assert r.status_code == 503
    assert "[Q004]" in r.text and f"{TIMEOUT:g} s" in r.text
    assert elapsed < TIMEOUT + 3
    # the runaway query's process is gone, not left computing; the other worker lives on
    assert [pid for pid in workers_before if not alive(pid)] != []
    assert len([pid for pid in workers_before if alive(pid)]) == len(workers_before) - 1
    # a fresh worker takes over
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        again = get(base, OFFICIALS)
        if again.status_code == 200:
            break
        time.sleep(0.2)
    assert names(again.json()) == OFFICIAL_NAMES


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_default_host_is_loopback() -> None:
    import argparse

    from kg.serve import add_serve_arguments

    parser = argparse.ArgumentParser()
    add_serve_arguments(parser)
    args = parser.parse_args([])
    assert (args.host, args.timeout, args.max_rows, args.allow_service) == ("127.0.0.1", 10.0, 10_000, [])


def test_json_results_are_valid_json_documents(base: str) -> None:
    r = get(base, "ASK { ?a acc:party country:honduras }", accept="application/sparql-results+json")
    # Honduras receives aid but is party to no agreement in the sample
    assert json.loads(r.text) == {"head": {}, "boolean": False}


# -- graph results in every RDF format ---------------------------------------------------------

GRAPH_QUERIES = [
    "CONSTRUCT { ?p rdfs:label ?n ; a acc:Official } WHERE { ?p a acc:Official ; rdfs:label ?n }",
    "DESCRIBE ?a WHERE { ?a acc:signedBy ?p }",
]


@pytest.mark.parametrize("query", GRAPH_QUERIES)
@pytest.mark.parametrize(("media", "rdflib_format"), [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/n-quads", "nquads"),
    ("application/trig", "trig"), ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"),
])
def test_graph_results_in_every_format_parse_back_isomorphic(base: str, query: str, media: str,
                                                             rdflib_format: str) -> None:
    from rdflib import Dataset
    from rdflib.compare import isomorphic

    reference = Graph().parse(data=get(base, query, accept="application/n-triples").text, format="nt")
    assert len(reference) >= 4  # 3 officials x 2 triples; two agreements' descriptions
    r = get(base, query, accept=media)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(media)
    if rdflib_format in ("nquads", "trig"):
        parsed = Graph()
        for triple in Dataset().parse(data=r.text, format=rdflib_format).triples((None, None, None, None)):
            parsed.add(triple[:3])
    else:
        parsed = Graph().parse(data=r.text, format=rdflib_format)
    assert isomorphic(parsed, reference)


# -- the protocol's bad requests (W3C SPARQL 1.1 protocol tests, query part) ---------------------


def test_two_query_parameters_are_400(base: str) -> None:
    r = httpx.get(f"{base}/sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D")
    assert r.status_code == 400 and r.text.startswith("[Q027]")
    form = httpx.post(f"{base}/sparql", content=b"query=ASK%20%7B%7D&query=ASK%20%7B%7D",
                      headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert form.status_code == 400


@pytest.mark.parametrize("headers", [{}, {"Content-Type": "text/plain"}, {"Content-Type": "application/json"}])
def test_post_without_a_query_media_type_is_415(base: str, headers: dict[str, str]) -> None:
    r = httpx.post(f"{base}/sparql", content=b"ASK {}", headers=headers)
    assert r.status_code == 415 and r.text.startswith("[Q030]")
    urlencoded = httpx.post(f"{base}/sparql", content=b"query=ASK%20%7B%7D", headers=headers)
    assert urlencoded.status_code == 415


def test_non_utf8_direct_post_is_refused(base: str) -> None:
    r = httpx.post(f"{base}/sparql", content="ASK {}".encode("utf-16"),
                   headers={"Content-Type": "application/sparql-query; charset=UTF-16"})
    assert r.status_code == 415


def test_empty_query_is_a_clear_400(base: str) -> None:
    for r in (get(base, ""), post_form(base, query=""),
              httpx.post(f"{base}/sparql", content=b"", headers={"Content-Type": "application/sparql-query"})):
        assert r.status_code == 400
        assert r.text.startswith("[Q028] the query is empty")


def test_other_methods_are_405(base: str) -> None:
    assert httpx.put(f"{base}/sparql?query=ASK%20%7B%7D").status_code == 405


def test_query_and_update_together_are_400(base: str) -> None:
    assert post_form(base, query="ASK {}", update="DROP ALL").status_code == 400


def count(base: str, query: str, **params: str | list[str]) -> int:
    r = httpx.get(f"{base}/sparql", params={"query": query, **params},
                  headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_default_graph_uri_is_the_default_graph(base: str) -> None:
    everything = count(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert count(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", **{"default-graph-uri": GENERATED}) == 400
    assert everything > 400
    two = count(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                **{"default-graph-uri": [GENERATED, ID + "graph/aid-0801"]})
    assert two == 400 + count(base, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ID}graph/aid-0801> {{ ?s ?p ?o }} }}")


def test_named_graph_uri_limits_graph_patterns(base: str) -> None:
    query = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(base, query) == 4
    assert count(base, query, **{"named-graph-uri": GENERATED}) == 1
    # by POST too: the dataset parameters may be in the URL or in the form
    r = httpx.post(f"{base}/sparql?named-graph-uri={GENERATED}", data={"query": query},
                   headers={"Accept": "application/sparql-results+json"})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == 1


def test_from_must_name_a_graph_of_the_store(base: str) -> None:
    assert count(base, f"SELECT (COUNT(*) AS ?n) FROM <{GENERATED}> WHERE {{ ?s ?p ?o }}") >= 400
    r = get(base, "SELECT * FROM <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }")
    assert r.status_code == 403 and r.text.startswith("[Q023]")


def test_service_description_figures_are_true(base: str) -> None:
    from rdflib.namespace import VOID

    g = Graph().parse(data=httpx.get(f"{base}/sparql", headers={"accept": "text/turtle"}).text, format="turtle")
    default = next(g.objects(None, SD.defaultGraph))
    assert int(next(g.objects(default, VOID.triples))) == count(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    per_graph = {str(next(g.objects(node, SD.name))): int(next(g.objects(next(g.objects(node, SD.graph)), VOID.triples)))
                 for node in g.objects(None, SD.namedGraph)}
    assert per_graph[GENERATED] == 400
    for name, triples in per_graph.items():
        assert triples == count(base, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")


# -- SERVICE by every route and query form -------------------------------------------------------

FORMS = {
    "SELECT": "SELECT * WHERE {{ #\rSERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "ASK": "ASK {{ #\rSERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "CONSTRUCT": "CONSTRUCT WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "DESCRIBE": "DESCRIBE ?s WHERE {{ OPTIONAL {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} }}",
    "escaped": "SELECT * WHERE {{ \\u0053ERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "variable": "SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE SILENT ?e {{ ?s ?p ?o }} }}",
}


@pytest.mark.parametrize("route", ["GET", "form", "direct"])
@pytest.mark.parametrize("form", FORMS)
def test_service_never_leaves_the_server(base: str, route: str, form: str) -> None:
    listener = Listener()
    try:
        query = FORMS[form].format(url=f"http://127.0.0.1:{listener.port}/sparql")
        if route == "GET":
            r = get(base, query)
        elif route == "form":
            r = post_form(base, query=query)
        else:
            r = httpx.post(f"{base}/sparql", content=query.encode(), headers={"Content-Type": "application/sparql-query"})
        assert r.status_code in (400, 403), r.text  # refused by the check, not merely unanswered
        time.sleep(0.2)
        assert listener.connections == 0
    finally:
        listener.close()


def test_workers_have_no_network(server: tuple[str, object]) -> None:
    """A second line of defence: the workers run in a network namespace of their own (Linux, root or user namespaces)."""
    _, app = server
    if not app.state.workers.isolated:
        pytest.skip("this kernel or user cannot create a network namespace; the query check alone protects")
    assert app.state.workers.isolated


# -- hardening -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/sparql", "/static/style.css", "/no-such-page", "/prefixes.json"])
def test_security_headers_on_every_response(base: str, path: str) -> None:
    r = httpx.get(base + path)
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["referrer-policy"] == "no-referrer"


def test_openapi_is_not_served_and_does_not_fail(base: str) -> None:
    assert httpx.get(base + "/openapi.json").status_code == 404


def test_three_thousand_nested_braces_are_a_400_and_the_workers_live(server: tuple[str, object]) -> None:
    base, app = server
    pids = {p.pid for p in multiprocessing.active_children() if p.name == "kg-sparql-worker"}
    r = post_form(base, query="SELECT * WHERE " + "{" * 3000 + "}" * 3000)
    assert r.status_code == 400 and r.text.startswith("[Q021]")
    assert all(alive(pid) for pid in pids)
    assert names(get(base, OFFICIALS).json()) == OFFICIAL_NAMES


@pytest.fixture(scope="module")
def small_server() -> Iterator[tuple[str, object]]:
    """One worker and small limits, to reach them cheaply."""
    from kg.serve import Limits

    limits = Limits(max_body_bytes=20_000, max_query_chars=10_000, max_result_bytes=100_000, queue_wait=0.3)
    yield from running(create_app(served_graph(), timeout=SLOW, max_rows=MAX_ROWS, workers=1, limits=limits))


#: the timeout of the servers that show queries are not stuck behind a heavy one: long, so
#: that "answered long before the heavy query ends" holds even on a loaded machine
SLOW = 6.0


def test_request_body_over_the_limit_is_413(small_server: tuple[str, object]) -> None:
    base = small_server[0]
    r = httpx.post(f"{base}/sparql", content=b"ASK {}" + b" " * 30_000, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413 and r.text.startswith("[Q025]")
    long_query = "ASK {}" + " " * 15_000
    assert get(base, long_query).status_code == 400


def test_a_short_query_with_a_huge_result_is_cut_with_a_clear_error(small_server: tuple[str, object]) -> None:
    base = small_server[0]
    # 10 characters, then ten copies six times over: one value of 10 MB from a 300-character query
    binds = "".join(f'BIND(CONCAT({",".join([f"?v{i}"] * 10)}) AS ?v{i + 1}) ' for i in range(6))
    query = f'SELECT ?v6 WHERE {{ BIND("0123456789" AS ?v0) {binds}}}'
    assert len(query) < 600
    r = get(base, query)
    assert r.status_code == 413
    assert r.text.startswith("[Q026] the result is over the limit of 100,000 bytes")
    assert len(r.content) < 1000


def test_a_busy_server_answers_503_with_retry_after(small_server: tuple[str, object]) -> None:
    base = small_server[0]
    heavy = threading.Thread(target=get, args=(base, RUNAWAY), daemon=True)
    heavy.start()
    time.sleep(0.3)
    started = time.monotonic()
    r = get(base, "ASK { ?s ?p ?o }")
    waited = time.monotonic() - started
    assert r.status_code == 503 and r.text.startswith("[Q029]")
    assert int(r.headers["retry-after"]) >= SLOW
    assert waited < SLOW / 2  # the 0.3 s queue limit, not the heavy query's 6 s timeout
    heavy.join(2 * SLOW)


def test_light_queries_are_answered_while_a_heavy_one_runs() -> None:
    servers = running(create_app(served_graph(), timeout=SLOW, max_rows=MAX_ROWS, workers=2))
    base, _ = next(servers)
    heavy = threading.Thread(target=get, args=(base, RUNAWAY), daemon=True)
    heavy.start()
    time.sleep(0.5)
    timings = []
    for _ in range(5):
        started = time.monotonic()
        r = get(base, "ASK { ?a acc:party country:guatemala }", accept="application/sparql-results+json")
        timings.append(time.monotonic() - started)
        assert r.json()["boolean"] is True
    assert heavy.is_alive()  # still running: the light queries did not wait for it
    assert max(timings) < SLOW / 3, timings
    heavy.join(2 * SLOW)
    servers.close()


def _service_after_isolation(port: int, answer) -> None:
    """In a fresh process: leave the network, then let Oxigraph call a SERVICE (no guard here)."""
    import pyoxigraph as ox

    from kg.serve import _isolate_network

    isolated = _isolate_network()
    try:
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"))
        outcome = "answered"
    except OSError as exc:
        outcome = f"failed: {exc}"
    answer.send((isolated, outcome))


def test_an_isolated_worker_cannot_reach_the_listener_even_unchecked() -> None:
    """The second line of defence on its own: without any query check, the namespace stops the call."""
    listener = Listener()
    try:
        context = multiprocessing.get_context("spawn")
        here, there = context.Pipe()
        process = context.Process(target=_service_after_isolation, args=(listener.port, there))
        process.start()
        assert here.poll(60)
        isolated, outcome = here.recv()
        process.join(10)
        if not isolated:
            pytest.skip("this kernel or user cannot create a network namespace; the query check alone protects")
        assert outcome.startswith("failed"), outcome
        time.sleep(0.2)
        assert listener.connections == 0
    finally:
        listener.close()


def test_an_allowed_service_is_called_and_no_other(base: str) -> None:
    """The operator's --allow-service list works end to end: this endpoint asks the module's
    server (a second kg serve) through SERVICE, and nothing else."""
    remote = f"{base}/sparql"
    servers = running(create_app(sample_graph(), timeout=10, allowed_services=[remote]))
    front, app = next(servers)
    try:
        assert app.state.workers.isolated is False  # workers that may call a service keep the network
        query = (f"SELECT DISTINCT ?name WHERE {{ SERVICE <{remote}> {{ ?p a acc:Official ; rdfs:label ?name }} }} "
                 "ORDER BY ?name")
        assert names(get(front, query, accept="application/sparql-results+json").json()) == OFFICIAL_NAMES
        other = get(front, query.replace(remote, f"{base}/other"))
        assert other.status_code == 403 and other.text.startswith("[Q003]")
    finally:
        servers.close()
