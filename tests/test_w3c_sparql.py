"""The W3C SPARQL 1.1 query evaluation tests, against our Python API and against `kg serve`.

The suite comes from rdflib's source distribution on PyPI (see ``w3c_suite.py``; ``.ci/run``
fetches it first). Every test's data is loaded once, default-graph data in a graph of its
own and named graphs under their names, and each query is asked with the SPARQL protocol's
dataset (``default-graph-uri`` / ``named-graph-uri``, or ``run_query``'s
``default_graph_uris`` / ``named_graph_uris``) naming its graphs. Update, entailment, protocol
and service-description tests are not query evaluation and are not run (the counts say why);
the federation (``service/``) tests must be *refused*, by design.

Each path must keep at least the pass count measured when the suite was added (a ratchet:
raise the floor when the count improves); the counts and every failure are printed
(``pytest -s``) and written to ``.cache/w3c/report-*.txt``.
"""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from collections.abc import Callable, Iterator

import httpx
import pytest
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import KGError
from w3c_suite import CACHE, NOT_RUN, W3CTest, dataset_quads, default_graph_name, fetch, outcome, read_tests

NO_NAMED_GRAPHS = "urn:w3c-none"
#: pass counts, of 183 tests run (190 listed, 7 federation tests refused). Through kg serve, 11
#: fail: Oxigraph writes numbers in canonical form ("1" for "1.0", compared strictly here), an
#: empty group's aggregate, and STRDT/STRLANG on typed and language-tagged input (FROM now
#: holds: the default graph is no longer a union). Through the Python API 5 more fail, all on
#: lexical forms (doubles "32100" for "32100.0", CSV/TSV of a double, TIMEZONE "PT0S" for "P0D")
#: and one row order: the API hands back the store's terms as they are, unconverted.
FLOOR = {"api": 167, "serve": 172}


@pytest.fixture(scope="module")
def suite() -> tuple[list[W3CTest], Counter[str]]:
    try:
        path = fetch()
    except (OSError, subprocess.SubprocessError, StopIteration) as exc:
        reason = f"the W3C suite could not be downloaded from PyPI (rdflib's sdist): {exc}"
        if os.environ.get("CI"):
            pytest.fail(reason + " -- .ci/run fetches it before the tests")
        pytest.skip(reason)
    return read_tests(path)


@pytest.fixture(scope="module")
def loaded(suite):
    import pyoxigraph as ox

    from kg.graph import KnowledgeGraph
    from kg.settings import Settings

    tests, _ = suite
    graph = KnowledgeGraph(settings=Settings(store="Oxigraph", cache_dir=""))
    graph.store.load(dataset_quads(tests), ox.RdfFormat.N_QUADS)
    return graph


def dataset_of(test: W3CTest) -> tuple[list[str], list[str]]:
    """The protocol dataset of a test: none when its query names its own with FROM."""
    if "FROM" in test.query.read_text(encoding="utf-8").upper().replace("FROM NAMED", "FROM"):
        return [], []
    return [default_graph_name(test)], [name for name, _ in test.graph_data] or [NO_NAMED_GRAPHS]


Answer = tuple[str, list[str], list[tuple], "bool | None", list[tuple]]


def evaluate(tests: list[W3CTest], ask: Callable[[W3CTest], Answer], label: str) -> Counter[str]:
    """Run every test through ``ask``; count and report passes, failures and refusals."""
    counts: Counter[str] = Counter()
    lines = []
    for test in tests:
        if test.folder == "service":
            try:
                ask(test)
                counts["SERVICE answered (must be refused)"] += 1
                lines.append(f"NOT REFUSED {test.uri}")
            except KGError:
                counts["federation tests refused by design"] += 1
            continue
        try:
            diff = outcome(test, *ask(test))
        except KGError as exc:
            diff = str(exc)
        except Exception as exc:  # noqa: BLE001 - an unreadable answer is a failure of that test
            diff = f"{type(exc).__name__}: {exc}"
        if diff is None:
            counts["passed"] += 1
        else:
            counts["failed"] += 1
            lines.append(f"FAIL {test.folder}/{test.uri.rsplit('#', 1)[-1]} ({test.name}): {diff}"[:300])
    report = [f"W3C SPARQL 1.1 query evaluation tests through {label}: " +
              ", ".join(f"{n} {what}" for what, n in counts.most_common()), *lines]
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE.parent / f"report-{label.split()[0]}.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n" + "\n".join(report))
    return counts


def test_not_run_tests_have_a_stated_reason(suite) -> None:
    tests, not_run = suite
    assert len(tests) >= 180  # the manifests list 190 query evaluation tests outside entailment in rdflib 7.6.0
    for reason in not_run:
        assert reason in NOT_RUN.values() or "update" in reason or "syntax" in reason, reason
    print("\nnot run: " + "; ".join(f"{n} {reason}" for reason, n in not_run.most_common()))


def test_w3c_query_tests_through_the_python_api(suite, loaded) -> None:
    from kg.query import run_query

    tests, _ = suite

    def ask(test: W3CTest) -> Answer:
        default, named = dataset_of(test)
        r = run_query(loaded, test.query_text, timeout=20, default_graph_uris=default, named_graph_uris=named)
        return r.kind, r.vars, r.rows, r.boolean, r.triples

    counts = evaluate(tests, ask, "api (run_query)")
    assert counts["SERVICE answered (must be refused)"] == 0
    assert counts["passed"] >= FLOOR["api"]


@pytest.fixture(scope="module")
def endpoint(loaded) -> Iterator[str]:
    from kg.serve import create_app
    from test_serve import running

    yield from (base for base, _ in running(create_app(loaded, timeout=20, max_rows=None, workers=2)))


def _term(value: dict) -> object:
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    return Literal(value["value"], lang=value.get("xml:lang"),
                   datatype=URIRef(value["datatype"]) if value.get("datatype") else None)


def test_w3c_query_tests_through_kg_serve(suite, endpoint: str) -> None:
    tests, _ = suite
    accept = "application/sparql-results+json, application/n-triples;q=0.9"

    def ask(test: W3CTest) -> Answer:
        default, named = dataset_of(test)
        r = httpx.post(f"{endpoint}/sparql", data={"query": test.query_text, "default-graph-uri": default,
                                                   "named-graph-uri": named},
                       headers={"Accept": accept}, timeout=60)
        if r.status_code != 200:
            raise KGError(r.text.strip())
        if r.headers["content-type"].startswith("application/n-triples"):
            return "GRAPH", [], [], None, list(Graph().parse(data=r.text, format="nt"))
        doc = r.json()
        if "boolean" in doc:
            return "ASK", [], [], doc["boolean"], []
        names = doc["head"]["vars"]
        rows = [tuple(_term(b[v]) if v in b else None for v in names) for b in doc["results"]["bindings"]]
        return "SELECT", names, rows, None, []

    counts = evaluate(tests, ask, "serve (kg serve)")
    assert counts["SERVICE answered (must be refused)"] == 0
    assert counts["passed"] >= FLOOR["serve"]
