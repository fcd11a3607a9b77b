"""The Oxigraph server for a team: the real `oxigraph` program from PyPI, started here on a
free 127.0.0.1 port and always stopped, serving a build's store; `kg query` and `kg load`
against it give what the same queries give on the build folder.
"""

from __future__ import annotations

import csv
import io
import re
import socket
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.graph import KnowledgeGraph
from kg.pipeline import build, write_outputs
from kg.remote import RemoteStore, oxigraph_program, serve_command, start_server, store_location
from kg.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The seeds and two articles on aid cut and restored: every library query has rows."""
    out = tmp_path_factory.mktemp("build")
    aid = [ROOT / "tests" / "articles" / name for name in ("t12_aid_cut_restored.txt", "h07_newsletter_aid_restored.txt")]
    result = build([ROOT / "seeds", *aid], settings=Settings(cache_dir=""), validate=False)
    write_outputs(result, out, view=False, docs=False)
    return out


@pytest.fixture(scope="module")
def local(built) -> KnowledgeGraph:
    return KnowledgeGraph.load(built)


@pytest.fixture(scope="module")
def server(built):
    """`oxigraph serve-read-only` on the build's store; yields its sparql+http:// address."""
    port = _free_port()
    proc = start_server(serve_command(store_location(built), port=port), host="127.0.0.1", port=port)
    try:
        yield f"sparql+http://127.0.0.1:{port}"
    finally:
        _stop(proc)


@pytest.fixture
def writable_server():
    """`oxigraph serve` in memory: a team server that builds are loaded into."""
    port = _free_port()
    proc = start_server([oxigraph_program(), "serve", "--bind", f"127.0.0.1:{port}"], host="127.0.0.1", port=port)
    try:
        yield f"sparql+http://127.0.0.1:{port}"
    finally:
        _stop(proc)


def _rows(text: str) -> list[tuple[str, ...]]:
    """CSV rows, sorted, with each GROUP_CONCAT list ("a; b", "a, b") sorted: their order is
    the engine's evaluation order, which the SPARQL spec leaves open."""
    return sorted(tuple(" | ".join(sorted(re.split(r"[;,] ", cell))) for cell in row)
                  for row in csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.stem)
def test_every_library_query_answers_the_same_on_the_server(query, local, server, capsys):
    expected = local.query(query.read_text()).serialize("csv")
    assert main(["query", str(query), "--graph", server, "--format", "csv"]) == 0
    remote = capsys.readouterr().out
    if query.stem == "conflicts" and len(expected.splitlines()) == 1:
        pytest.skip("the seeds' articles do not disagree; tests/test_store.py runs conflicts.rq on reports that do")
    assert len(expected.splitlines()) > 1, f"{query.name} has no rows here: the comparison proves nothing"
    assert _rows(remote) == _rows(expected)


def test_parameters_are_bound_on_the_server(local, server, capsys):
    query = ROOT / "queries" / "agreements_signed_by.rq"
    assert main(["query", str(query), "--graph", server, "--param", 'name="Kevin McAleenan"', "--format", "csv"]) == 0
    remote = capsys.readouterr().out
    assert _rows(remote) == _rows(local.query(query.read_text(), params={"name": '"Kevin McAleenan"'}).serialize("csv"))
    lines = remote.strip().splitlines()[1:]
    assert len(lines) == 2 and all("Kevin McAleenan" in line for line in lines)  # the two deals the seeds say he signed


def test_the_store_answers_as_pyoxigraph_does(local, server):
    graph = local
    with RemoteStore.open(server, read_only=True) as store:
        count = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert int(next(iter(count))["n"].value) == int(next(iter(graph.store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))[0].value)
        assert store.named_graphs() == [str(g) for g in graph.named_graphs()]
        assert bool(store.query("ASK { ?a a acc:Agreement }", prefixes={"acc": "https://w3id.org/accord-kg/ontology#"}))
        triples = store.query("CONSTRUCT { ?a a ?t } WHERE { ?a a ?t } LIMIT 3")
        assert len(triples) == 3 and all(isinstance(t, ox.Triple) for t in triples)


def test_a_build_loads_into_a_writable_server(built, writable_server, capsys):
    assert main(["load", "--graph", str(built), "--server", writable_server]) == 0
    assert "loaded" in capsys.readouterr().err
    local = ox.Store.read_only(str(store_location(built)))
    with RemoteStore.open(writable_server) as store:
        buffer = io.BytesIO()
        store.dump(buffer, ox.RdfFormat.N_QUADS)
        assert set(ox.parse(buffer.getvalue(), format=ox.RdfFormat.N_QUADS)) == set(local)
    # loading again with --replace keeps one copy, not two
    assert main(["load", "--graph", str(built), "--server", writable_server, "--replace"]) == 0
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    with RemoteStore.open(writable_server) as store:
        assert int(next(iter(store.query(query)))["n"].value) == sum(1 for q in local if q.graph_name != ox.DefaultGraph())


@pytest.mark.parametrize("argv, code", [
    (["query", "SELECT * WHERE { ?s ?p }", "--graph", "SERVER"], "[Q001]"),
    (["load", "--graph", "BUILT", "--server", "SERVER"], "[D006]"),
    (["query", "ASK {}", "--graph", "sparql+http://127.0.0.1:9"], "[D005]"),
    (["load", "--graph", "BUILT", "--server", "http://127.0.0.1:9/sparql"], "[D006]"),
    (["serve-oxigraph", "--graph", "NOWHERE"], "[D008]"),
])
def test_server_problems_are_one_coded_line(argv, code, built, server, tmp_path, capsys):
    swap = {"SERVER": server, "BUILT": str(built), "NOWHERE": str(tmp_path)}
    assert main([swap.get(a, a) for a in argv]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and code in err[0], err


def test_the_documented_command_serves_a_build(built):
    """`kg serve-oxigraph` becomes the server process itself: stopping it stops the server."""
    import sys

    port = _free_port()
    kg = str(Path(sys.executable).with_name("kg"))
    proc = start_server([kg, "serve-oxigraph", "--graph", str(built), "--port", str(port)], host="127.0.0.1", port=port)
    try:
        with RemoteStore.open(f"sparql+http://127.0.0.1:{port}", read_only=True) as store:
            assert len(store.named_graphs()) == 7  # the five seeds and the two aid articles
    finally:
        _stop(proc)
    assert proc.returncode is not None


def test_a_store_made_from_an_older_build_folder_follows_its_trig(built, tmp_path):
    import shutil

    folder = tmp_path / "old-build"
    folder.mkdir()
    shutil.copy(built / "articles.trig", folder / "articles.trig")
    first = ox.Store.read_only(str(store_location(folder)))
    graphs = {g.value for g in first.named_graphs()}
    del first
    with (folder / "articles.trig").open("a", encoding="utf-8") as f:
        f.write("\n<https://example.org/g/new> { <https://example.org/s> <https://example.org/p> 1 . }\n")
    again = ox.Store.read_only(str(store_location(folder)))
    assert {g.value for g in again.named_graphs()} == graphs | {"https://example.org/g/new"}


def test_kg_store_points_every_graph_command_at_the_server(local, server, built, tmp_path, monkeypatch, capsys):
    """KG_STORE set to a server address: query, export, stats and view read the server, no --graph."""
    monkeypatch.setenv("KG_STORE", server)
    assert main(["query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv"]) == 0
    count = int(capsys.readouterr().out.split()[1])
    assert count == int(local.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0])
    assert main(["export", "--format", "ntriples", "-o", str(tmp_path / "merged.nt")]) == 0
    exported = set((tmp_path / "merged.nt").read_text().splitlines())
    buffer = io.BytesIO()
    local.export(buffer, format="ntriples")
    assert exported and exported == set(buffer.getvalue().decode().splitlines())
    assert main(["stats"]) == 0 and "Agreement" in capsys.readouterr().out
    assert main(["view", "-o", str(tmp_path / "view.html")]) == 0 and (tmp_path / "view.html").stat().st_size > 0
    # --store on the command line wins over the environment; a folder is a location too
    monkeypatch.setenv("KG_STORE", "sparql+http://127.0.0.1:9")
    assert main(["query", "ASK { ?s ?p ?o }", "--store", str(built), "--format", "csv"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "true"
