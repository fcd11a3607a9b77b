"""The W3C SPARQL 1.1 test suite, as shipped in rdflib's source distribution on PyPI.

CI cannot reach GitHub, but it can reach PyPI: ``pip download --no-binary :all:
rdflib==VERSION`` brings the sdist, whose ``test/data/suites/w3c/sparql11/`` holds the
W3C manifests (Turtle), queries, data and expected results. :func:`fetch` puts that folder
under ``.cache/w3c/`` (never committed); ``.ci/run`` calls it before the tests
(``python tests/w3c_suite.py``). :func:`read_tests` reads the manifests; :func:`outcome`
compares an answer with the expected result.

https://w3c.github.io/rdf-tests/sparql/sparql11/ , https://www.w3.org/2009/sparql/docs/tests/
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, XSD

RDFLIB_VERSION = "7.6.0"  # the pinned rdflib (requirements/constraints.txt)
ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "w3c" / f"rdflib-{RDFLIB_VERSION}"
SUITE = CACHE / "sparql11"
MEMBER = f"rdflib-{RDFLIB_VERSION}/test/data/suites/w3c/sparql11/"

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")

#: folders whose tests are not query evaluation, and why they are not run
NOT_RUN = {
    "entailment": "entailment regimes (RDFS, OWL, D-entailment): the endpoint does simple entailment only",
    "protocol": "protocol tests are HTTP exchanges; tests/test_serve.py covers their query cases",
    "http-rdf-update": "the Graph Store protocol: this endpoint is read-only",
    "service-description": "service description tests are HTTP exchanges; tests/test_serve.py covers them",
}


def fetch() -> Path:
    """The suite folder, downloaded from PyPI (rdflib's sdist) into ``.cache/w3c/`` if absent.
    Raises OSError or subprocess.CalledProcessError when it cannot be obtained."""
    if (SUITE / "manifest-all.ttl").is_file():
        return SUITE
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                        "--no-deps", "--no-binary", ":all:", f"rdflib=={RDFLIB_VERSION}", "-d", tmp],
                       check=True, timeout=300, capture_output=True)
        sdist = next(Path(tmp).glob("rdflib-*.tar.gz"))
        staging = Path(tmp) / "extract"
        with tarfile.open(sdist) as archive:
            members = [m for m in archive.getmembers() if m.name.startswith(MEMBER) and (m.isfile() or m.isdir())]
            archive.extractall(staging, members=members, filter="data")
        (staging / MEMBER).rename(SUITE)  # appears whole or not at all
    return SUITE


@dataclass
class W3CTest:
    """One query evaluation test of a manifest."""

    uri: str
    name: str
    folder: str
    query: Path
    data: list[Path] = field(default_factory=list)
    #: named graphs: (name in the dataset, file)
    graph_data: list[tuple[str, Path]] = field(default_factory=list)
    result: Path | None = None

    @property
    def query_text(self) -> str:
        """The query with its location as base, as the suite expects (relative IRIs resolve against it)."""
        return f"BASE <{self.query.as_uri()}>\n" + self.query.read_text(encoding="utf-8")


def _path(node: URIRef) -> Path:
    from urllib.parse import unquote, urlparse

    return Path(unquote(urlparse(str(node)).path))


def read_tests(suite: Path) -> tuple[list[W3CTest], Counter[str]]:
    """The query evaluation tests of every manifest, and a count of what is not run and why."""
    tests: list[W3CTest] = []
    not_run: Counter[str] = Counter()
    for manifest in sorted(suite.glob("*/manifest.ttl")):
        folder = manifest.parent.name
        g = Graph().parse(manifest, format="turtle", publicID=manifest.as_uri())
        entries_node = next(g.objects(None, MF.entries), None)
        entries = list(Collection(g, entries_node)) if entries_node is not None else []
        for entry in entries:
            kind = g.value(entry, RDF.type)
            if folder in NOT_RUN:
                not_run[NOT_RUN[folder]] += 1
                continue
            if kind in (MF.UpdateEvaluationTest, UT.UpdateEvaluationTest) or "Update" in str(kind):
                not_run["update tests: the endpoint is read-only by design"] += 1
                continue
            if kind not in (MF.QueryEvaluationTest, MF.CSVResultFormatTest):
                not_run[f"{str(kind).rsplit('#', 1)[-1]} (syntax tests are not evaluation tests)"] += 1
                continue
            action = g.value(entry, MF.action)
            query = g.value(action, QT.query)
            if query is None:
                not_run["no query in the manifest entry"] += 1
                continue
            graph_data = []
            for node in g.objects(action, QT.graphData):
                if isinstance(node, BNode):  # [ qt:graph <file> ; rdfs:label "name" ]
                    graph_data.append((str(g.value(node, RDFS.label)), _path(g.value(node, QT.graph))))
                else:
                    graph_data.append((str(node), _path(node)))
            result = g.value(entry, MF.result)
            tests.append(W3CTest(uri=str(entry), name=str(g.value(entry, MF.name) or entry), folder=folder,
                                 query=_path(query), data=[_path(d) for d in g.objects(action, QT.data)],
                                 graph_data=sorted(graph_data), result=_path(result) if result else None))
    return tests, not_run


def default_graph_name(test: W3CTest) -> str:
    """The named graph that holds a test's default-graph data (one per set of data files)."""
    import hashlib

    key = "|".join(sorted(str(p) for p in test.data))
    return "urn:w3c-default:" + hashlib.sha1(key.encode()).hexdigest()[:16]


def dataset_quads(tests: list[W3CTest]) -> bytes:
    """N-Quads of every test's data: default data in a graph of its own (:func:`default_graph_name`),
    named graphs under their names; the tests select theirs with the protocol's dataset."""
    import pyoxigraph as ox

    quads: list[ox.Quad] = []
    seen: set[tuple[str, str]] = set()

    def add(path: Path, graph: str) -> None:
        if (str(path), graph) in seen:
            return
        seen.add((str(path), graph))
        fmt = ox.RdfFormat.RDF_XML if path.suffix == ".rdf" else ox.RdfFormat.TURTLE
        name = ox.NamedNode(graph)
        for quad in ox.parse(path=str(path), format=fmt, base_iri=path.as_uri()):
            quads.append(ox.Quad(quad.subject, quad.predicate, quad.object, name))

    for test in tests:
        for path in test.data:
            add(path, default_graph_name(test))
            add(path, path.as_uri())  # for queries that name it in FROM
        for name, path in test.graph_data:
            add(path, name)
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def expected(test: W3CTest):
    """The expected answer: ("ASK", bool), ("SELECT", vars, rows) or ("GRAPH", Graph)."""
    from rdflib.query import Result

    path = test.result
    assert path is not None
    suffix = path.suffix
    if suffix in (".ttl", ".nt", ".rdf") and "ResultSet" not in path.read_text(encoding="utf-8", errors="replace"):
        return ("GRAPH", Graph().parse(path, format={".ttl": "turtle", ".nt": "nt", ".rdf": "xml"}[suffix],
                                      publicID=path.as_uri()))
    fmt = {".srx": "xml", ".srj": "json", ".tsv": "tsv", ".csv": "csv", ".ttl": "turtle", ".rdf": "xml"}[suffix]
    with path.open("rb") as handle:
        result = Result.parse(handle, format=fmt) if fmt not in ("turtle",) else None
    if result is None:
        from rdflib.plugins.sparql.results.rdfresults import RDFResultParser

        result = RDFResultParser().parse(Graph().parse(path, format="turtle"))
    if result.type == "ASK":
        return ("ASK", bool(result.askAnswer))
    names = [str(v) for v in result.vars or []]
    rows = [tuple(b.get(v) for v in result.vars or []) for b in result.bindings]
    return ("SELECT", names, rows)


def _key(term, *, csv: bool):
    """A comparable form of a term: blank nodes all alike, CSV results by their text only."""
    if term is None:
        return None
    if isinstance(term, BNode):
        return "_:b"
    if csv:
        return str(term)
    if isinstance(term, Literal):  # RDF 1.1: a plain literal is an xsd:string
        datatype = "" if term.datatype in (None, XSD.string) else str(term.datatype)
        return ("L", str(term), datatype, (term.language or "").lower())
    return ("I", str(term))


def outcome(test: W3CTest, kind: str, vars_: list[str], rows: list[tuple], boolean: bool | None,
            triples: list[tuple]) -> str | None:
    """None when the answer matches the expected result, else what differs.

    Solutions are compared as multisets (order is not checked) with blank nodes matching
    any blank node; graphs by isomorphism."""
    from rdflib.compare import isomorphic

    want = expected(test)
    if want[0] == "ASK":
        return None if boolean == want[1] else f"ASK: expected {want[1]}, got {boolean}"
    if want[0] == "GRAPH":
        got = Graph()
        for t in triples:
            got.add(t)
        return None if isomorphic(got, want[1]) else f"graph: expected {len(want[1])} triples, got {len(got)}"
    _, names, expected_rows = want
    csv = test.result is not None and test.result.suffix in (".csv", ".tsv")
    index = {v: i for i, v in enumerate(vars_)}
    got_rows = Counter(tuple(_key(row[index[v]] if v in index else None, csv=csv) for v in names) for row in rows)
    want_rows = Counter(tuple(_key(t, csv=csv) for t in row) for row in expected_rows)
    if got_rows == want_rows:
        return None
    missing, extra = want_rows - got_rows, got_rows - want_rows
    return (f"rows: expected {sum(want_rows.values())}, got {sum(got_rows.values())}; "
            f"missing {list(missing)[:1]}, unexpected {list(extra)[:1]}")


if __name__ == "__main__":  # .ci/run: fetch the suite before the tests, so that CI runs them
    print(f"W3C SPARQL 1.1 tests in {fetch()}")
