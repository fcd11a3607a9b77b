"""No query reaches the network: SERVICE, FROM and updates refused on the parsed query.

Every variant is checked three ways: the guard's verdict, `kg query` on both stores with
a TCP listener on 127.0.0.1 standing in for the remote endpoint, and (hypothesis) random
query text run through the guard and then, when the guard lets it pass, through Oxigraph
itself against the listener. The endpoint's own variants are in test_serve.py.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KGError
from kg.query import check_services, main_query, query_prefixes, run_query
from kg.sparql_guard import MAX_DEPTH, check_query
from test_serve import Listener

PREFIXES = query_prefixes()

#: {url} is the listener; each is a way to hide a SERVICE call from a text check
VARIANTS = [
    "ASK {{ #\rSERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ sErViCe silent <{url}> {{ ?s ?p ?o }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "DESCRIBE ?s WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * {{ \\u0053ERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * {{ BIND(\"\\u0022\" AS ?x) SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX r: <{url}>\nSELECT * {{ ?x a acc:Official OPTIONAL {{ SERVICE SILENT r: {{ ?s ?p ?o }} }} }}",
    "SELECT * {{ {{ SELECT * {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} }} }}",
    "SELECT * {{ ?a ?b ?c MINUS {{ SERVICE SILENT <{url}> {{ ?a ?b ?c }} }} }}",
    "SELECT * {{ ?a ?b ?c FILTER EXISTS {{ SERVICE SILENT <{url}> {{ ?a ?b ?c }} }} }}",
    "SELECT * {{ ?a ?b ?c FILTER NOT EXISTS {{ SERVICE SILENT <{url}> {{ ?a ?b ?c }} }} }}",
    "SELECT * {{ GRAPH ?g {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * {{ {{ ?a ?b ?c }} UNION {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * {{ BIND(<{url}> AS ?e) SERVICE SILENT ?e {{ ?s ?p ?o }} }}",
    "SELECT (EXISTS {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} AS ?x) {{}}",
    "BASE <{url}>\nSELECT * {{ SERVICE SILENT <> {{ ?s ?p ?o }} }}",
    "ASK {{ # comment\r\nSERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "ASK {{ #\u2028\nSERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "ASK {{ #\x0c\nSERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "ASK {{ #\x0b\nSERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "ASK {{ #\x85\nSERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "ASK {{ #\u2029\nSERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
    "SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "LOAD <{url}>",
]


@pytest.fixture
def listener() -> Iterator[Listener]:
    listening = Listener()
    yield listening
    listening.close()


def url(listener: Listener) -> str:
    return f"http://127.0.0.1:{listener.port}/sparql"


@pytest.mark.parametrize("template", VARIANTS)
def test_the_guard_refuses_every_variant_that_names_the_listener(template: str, listener: Listener) -> None:
    query = template.format(url=url(listener))
    graphs = () if "FROM" in query else None  # kg serve gives the store's graphs, which FROM must name
    with pytest.raises(KGError) as refused:
        check_query(query, prefixes=PREFIXES, graphs=graphs)
    assert str(refused.value)[:5] in ("[Q002", "[Q003", "[Q022", "[Q023", "[Q032")


@pytest.mark.parametrize("store", ["Oxigraph", "Memory"])
@pytest.mark.parametrize("template", VARIANTS)
def test_kg_query_never_reaches_the_listener(template: str, store: str, listener: Listener, small_graph,
                                             monkeypatch) -> None:
    from kg.graph import KnowledgeGraph
    from kg.settings import Settings

    graph = small_graph
    if store == "Memory":
        graph = KnowledgeGraph(settings=Settings(store="Memory", cache_dir=""))
        for name in small_graph.named_graphs():
            graph.add_graph(name, small_graph.graph(name))
    query = template.format(url=url(listener))
    try:
        run_query(graph, query)
    except KGError:
        pass
    time.sleep(0.05)
    assert listener.connections == 0, query


def test_from_a_remote_graph_in_kg_query_is_not_fetched(listener: Listener, small_graph) -> None:
    """rdflib's engine would load FROM <http://...> over HTTP; with loading off it is an empty graph."""
    from kg.graph import KnowledgeGraph
    from kg.settings import Settings

    memory = KnowledgeGraph(settings=Settings(store="Memory", cache_dir=""))
    result = run_query(memory, f"SELECT * FROM <{url(listener)}> WHERE {{ ?s ?p ?o }}")
    assert result.rows == []
    time.sleep(0.1)
    assert listener.connections == 0


def test_the_cli_reports_a_refusal_in_one_line(listener: Listener, small_graph, capsys) -> None:
    args = argparse.Namespace(query=VARIANTS[0].format(url=url(listener)), format="csv", param=[], output=None,
                              timeout=None, max_rows=None, allow_service=[])
    with pytest.raises(KGError, match=r"^\[Q022\] the query contains a carriage return"):
        main_query(args, graph=small_graph)
    assert listener.connections == 0


def test_allowed_services_pass_and_others_do_not() -> None:
    query = "SELECT * { SERVICE <http://a.example/sparql> { ?s ?p ?o } SERVICE <http://b.example/sparql> { ?s ?p ?o } }"
    with pytest.raises(KGError, match=r"\[Q003\] SERVICE <http://b.example/sparql>"):
        check_services(query, prefixes=PREFIXES, allowed=["http://a.example/sparql"])
    check_services(query, prefixes=PREFIXES, allowed=["http://a.example/sparql", "http://b.example/sparql"])


@pytest.mark.parametrize(("query", "code"), [
    ("", "Q028"),
    ("   \n", "Q028"),
    ("SELECT * WHERE " + "{ " * 3000 + "} " * 3000, "Q021"),
    ("ASK { FILTER(" + "!" * 3000 + "true) }", "Q021"),
    ("DROP ALL", "Q002"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "Q002"),
    ("SELECT * { SERVICE <http://x/> {} ", "Q024"),  # rdflib cannot parse it: SERVICE cannot be checked
])
def test_refusals_have_their_codes(query: str, code: str) -> None:
    with pytest.raises(KGError, match=rf"^\[{code}\]"):
        check_query(query, prefixes=PREFIXES)


def test_length_is_bounded_only_when_asked() -> None:
    query = "SELECT * { ?s ?p ?o }" + " " * 100_001
    with pytest.raises(KGError, match=r"^\[Q020\] the query is 100,022 characters long, over the limit of 100,000"):
        check_query(query, prefixes=PREFIXES, max_chars=100_000)
    assert check_query(query, prefixes=PREFIXES).form == "SelectQuery"


@pytest.mark.parametrize("query", [
    'SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1:9/x>" AS ?x) } # SERVICE <http://a/>',
    "SELECT ?service WHERE { ?service a acc:Official }",
    "PREFIX service: <http://example.org/> SELECT * { ?s service:p ?o }",
    'SELECT * { BIND("caf\\u00e9 \\u0041" AS ?x) }',  # escapes of letters are harmless
    "SELECT * WHERE " + "{ " * MAX_DEPTH + "?s ?p ?o " + "} " * MAX_DEPTH,
    "SELECT * {\r\n ?s ?p ?o # CR LF ends lines\r\n}",
    "SELECT ?x { ?x ?y }",  # malformed, no SERVICE: Oxigraph reports its own syntax error
])
def test_harmless_queries_pass(query: str) -> None:
    check_query(query, prefixes=PREFIXES)


# -- random text: the guard, then Oxigraph itself, against the listener --------------------------

PIECES = ["SERVICE", "service", "SILENT", " ", "\n", "\r", "\r\n", "\x0c", "\x0b", "\x85", "\u2028", "\u2029", "#",
          "'", '"', "'''", '"""', "\\", "\\u0022", "\\u0027", "\\u000a", "\\u000d", "\\u0023", "\\u003c", "\\u0053",
          "<", ">", "{", "}", "(", ")", "?s ?p ?o", "?e", "BIND(", " AS ?e)", "OPTIONAL", "MINUS", "FILTER",
          "EXISTS", "NOT", "GRAPH ?g", "UNION", "SELECT * WHERE", "ASK", ".", ",", ";", "PREFIX r: ", "r:", "LISTENER"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=24))
def test_random_queries_never_reach_the_listener(listener: Listener, pieces: list[str]) -> None:
    target = f"<{url(listener)}>"
    body = "".join(target if p == "LISTENER" else p for p in pieces)
    store = ox.Store()
    for query in (body, f"ASK {{ {body} }}", f"SELECT * WHERE {{ {body} }}", f"ASK {{ SERVICE {target} {{ {body} }} }}"):
        try:
            check_query(query, prefixes=PREFIXES)
        except KGError:
            continue
        try:
            result = store.query(query)
            if not isinstance(result, ox.QueryBoolean):
                list(result)
        except (SyntaxError, OSError, RuntimeError, ValueError):
            pass
    assert listener.connections == 0, body


def test_the_listener_does_see_an_unchecked_service(listener: Listener) -> None:
    """The oracle works: without the guard, Oxigraph does connect (so 0 connections above means refused)."""
    list(ox.Store().query(f"SELECT * WHERE {{ SERVICE SILENT <{url(listener)}> {{ ?s ?p ?o }} }}"))
    deadline = time.monotonic() + 2
    while listener.connections == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert listener.connections >= 1


def test_every_library_query_is_parsed_and_checked_not_waved_through() -> None:
    """A query rdflib cannot parse passes unchecked only when it cannot name a service; the
    library's queries must all be really parsed (a bug in the guard once let every query through)."""
    from pathlib import Path

    library = sorted((Path(__file__).resolve().parent.parent / "queries").glob("*.rq"))
    assert len(library) >= 10
    for path in library:
        checked = check_query(path.read_text(encoding="utf-8"), prefixes=PREFIXES)
        assert checked.unparsed is None and checked.form in ("SelectQuery", "AskQuery", "ConstructQuery"), path.name


def test_names_resolve_against_the_prologue() -> None:
    checked = check_query("PREFIX r: <http://x.example/> BASE <http://b.example/dir/>\n"
                          "SELECT * FROM r:g FROM NAMED <rel> WHERE { SERVICE <svc> { ?s ?p ?o } }",
                          prefixes=PREFIXES, allowed_services=["http://b.example/dir/svc"])
    assert checked.services == ("http://b.example/dir/svc",)
    assert checked.from_graphs == ("http://x.example/g",)
    assert checked.from_named == ("http://b.example/dir/rel",)


def test_a_long_query_is_checked_without_the_quadratic_translation(monkeypatch) -> None:
    """1,000 triple patterns: rdflib's algebra translation takes about 12 s; the parse tree about
    1 s. The check reads the parse tree only, so it holds with the translation made to fail."""
    import rdflib.plugins.sparql.algebra as algebra
    import rdflib.plugins.sparql.processor as processor

    def no_translation(*args, **kwargs):
        raise AssertionError("the query was translated to algebra")

    monkeypatch.setattr(algebra, "translateQuery", no_translation)
    monkeypatch.setattr(processor, "translateQuery", no_translation)
    query = "SELECT * { " + " . ".join(f"?s ?p ?o{i}" for i in range(1000)) + " SERVICE <http://x.example/> {} }"
    with pytest.raises(KGError, match=r"^\[Q003\]"):
        check_query(query, prefixes=PREFIXES)
