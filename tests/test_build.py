"""The whole pipeline on the seeds, and on bad input, through the `kg` command."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ACC = "https://w3id.org/accord-kg/ontology#"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KG_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        assert main(["build", str(SEEDS), "--out", str(out), "--quiet", "--strict"]) == 0
    return out


def ox_store(path: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix[1:]))
    return store


def count(store: ox.Store, cls: str) -> int:
    rows = store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a <{ACC}{cls}> }} }}")
    return int(next(iter(rows))[0].value)


def test_build_writes_every_output(built):
    names = {p.name for p in built.iterdir()}
    assert {"graph.ttl", "articles.trig", "facts.json", "graph.html", "ontology.html"} <= names
    assert not [n for n in names if n.endswith(".tmp")]


def test_independent_parser_reads_trig_with_one_named_graph_per_article(built):
    store = ox_store(built / "articles.trig")
    graphs = {g.value.rsplit("/", 1)[-1] for g in store.named_graphs()}
    # named after each text's hash, not the file name (which is neither unique nor stable)
    assert graphs == {hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in SEEDS.glob("*.txt")}
    for cls in ("Agreement", "Official", "Aid"):
        assert count(store, cls) > 0, cls


def test_independent_parser_reads_merged_turtle(built):
    turtle = ox.Store()
    turtle.load(path=str(built / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    trig = ox_store(built / "articles.trig")
    n_turtle = int(next(iter(turtle.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0].value)
    n_trig = int(next(iter(trig.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")))[0].value)
    assert n_turtle == n_trig > 100


def test_same_person_across_articles_is_one_node(built):
    # "Keven McAleenan" (000), "Kevin McAleenan" (001) and "Kevin K. McAleenan" (003) are one official
    store = ox_store(built / "articles.trig")
    rows = list(store.query(
        f"SELECT DISTINCT ?p (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?p a <{ACC}Official> ; "
        f"<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(CONTAINS(?l, 'McAleenan')) }} }} GROUP BY ?p"))
    assert len(rows) == 1
    assert int(rows[0][1].value) >= 3


def test_seed_graph_conforms_to_the_shapes(built, capsys):
    assert main(["validate", "--graph", str(built)]) == 0
    assert "conforms" in capsys.readouterr().out


def test_seed_countries_carry_wikidata_links(built):
    store = ox_store(built / "articles.trig")
    rows = store.query(f"SELECT DISTINCT ?c ?wd WHERE {{ GRAPH ?g {{ ?c a <{ACC}Country> }} "
                       "OPTIONAL { GRAPH ?h { ?c <http://www.w3.org/2002/07/owl#sameAs> ?wd } } }")
    links = {r[0].value.rsplit("/", 1)[-1]: r[1] and r[1].value.rsplit("/", 1)[-1] for r in rows}
    # QIDs from wikidata.org, checked by hand
    expected = {"united-states": "Q30", "mexico": "Q96", "guatemala": "Q774", "honduras": "Q783",
                "el-salvador": "Q792"}
    assert {k: links.get(k) for k in expected} == expected
    assert all(links.values()), links


def test_facts_json_follows_the_facts_format(built):
    docs = json.loads((built / "facts.json").read_text())["documents"]
    assert [d["id"] for d in docs] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for d in docs:
        assert set(d) == {"id", "source", "title", "date", "agreements", "officials", "aid", "meetings"}
        for a in d["agreements"]:
            assert set(a) == {"label", "type", "signatories", "signed_by", "date", "evidence"}
        for o in d["officials"]:
            assert set(o) == {"name", "role", "country", "evidence"}
        for a in d["aid"]:
            required = {"amount_usd", "provider", "recipients", "status", "purpose", "evidence"}
            assert required <= set(a) <= required | {"amount", "currency", "amount_usd_max"}
        for m in d["meetings"]:
            assert set(m) == {"participants", "place", "date", "evidence"}
        text = (ROOT / d["source"]).read_text() if (ROOT / d["source"]).exists() else Path(d["source"]).read_text()
        for kind in ("agreements", "officials", "aid", "meetings"):
            for fact in d[kind]:
                assert fact["evidence"] and fact["evidence"] in text


def test_building_twice_gives_isomorphic_graphs(built, tmp_path, monkeypatch):
    from rdflib import Dataset
    from rdflib.compare import isomorphic

    monkeypatch.setenv("KG_CACHE_DIR", "")
    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--quiet", "--no-view", "--no-validate"]) == 0
    a, b = Dataset(), Dataset()
    a.parse(built / "articles.trig", format="trig")
    b.parse(tmp_path / "articles.trig", format="trig")
    for g in a.graphs():
        if len(g):
            assert isomorphic(g, b.graph(g.identifier)), g.identifier
    assert (built / "graph.ttl").read_bytes() == (tmp_path / "graph.ttl").read_bytes()


def test_facts_command_prints_the_format(capsys):
    assert main(["facts", *sorted(str(p) for p in SEEDS.glob("*.txt"))]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [d["source"] for d in out["documents"]] == sorted(str(p) for p in SEEDS.glob("*.txt"))


# -- bad input ---------------------------------------------------------------------------------


@pytest.fixture
def bad_batch(tmp_path) -> tuple[list[str], Path]:
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(SEEDS / "001_b10bee1da265debe.txt", d / "good.txt")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (d / "latin1.txt").write_bytes("Honduras' ministra de Relaciones Exteriores, María Pérez, firmó.".encode("latin-1"))
    (d / "cp1252.txt").write_bytes("\u201cWe signed,\u201d said Guatemala\u2019s minister.".encode("cp1252"))
    (d / "page.html").write_text("<html><head><title>Deal</title><script>alert(1)</script></head>"
                                 "<body><p>Guatemala signed a deal with the United States.</p></body></html>")
    (d / "bom.txt").write_bytes("\ufeffMexico signed.\r\nThe deal holds.\r\n".encode("utf-8"))
    (d / "huge.txt").write_bytes(b"word " * (5 * 1024 * 1024 // 5))
    return [str(d), str(tmp_path / "missing.txt")], d


def test_bad_input_names_each_file_and_the_rest_still_builds(bad_batch, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", "")
    paths, d = bad_batch
    out = tmp_path / "out"
    assert main(["build", *paths, "--out", str(out), "--quiet", "--no-view"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    problems = [line for line in err if line.startswith("[")]
    for name in ("empty.txt", "binary.txt", "huge.txt", "missing.txt"):
        assert sum(name in line for line in problems) == 1, (name, problems)
    assert len(problems) == 4
    docs = json.loads((out / "facts.json").read_text())["documents"]
    assert sorted(x["id"] for x in docs) == ["bom", "cp1252", "good", "latin1", "page"]
    assert all("\r" not in x["evidence"] for doc in docs for k in ("agreements", "officials") for x in doc[k])


def test_failed_write_leaves_previous_output_intact(built, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = (out / "graph.ttl").read_bytes()

    def explode(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kg.build_exports._write", explode)
    assert main(["build", str(SEEDS), "--out", str(out), "--quiet", "--no-view", "--no-validate"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert "[G007]" in err[-1] and not any("Traceback" in line for line in err)  # one line, no traceback
    assert (out / "graph.ttl").read_bytes() == before
    assert not list(out.glob(".*.tmp")) and not list(out.glob(".gen-*"))


def test_missing_only_input_exits_nonzero_with_one_line(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o"), "--quiet", "--no-view"]) == 1
    err = capsys.readouterr().err
    assert "nope.txt: no such file or directory" in err
    assert "Traceback" not in err


def test_clashing_ids_get_their_own_graph_and_repeated_texts_are_read_once(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", "")
    for folder, text in (("a", "Guatemala signed a deal with the United States."),
                         ("b", "Honduras signed a deal with the United States."),
                         ("c", "Guatemala signed a deal with the United States.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(text)
    paths = [str(tmp_path / f / "x.txt") for f in "abc"]
    assert main(["facts", *paths]) == 0
    captured = capsys.readouterr()
    docs = json.loads(captured.out)["documents"]
    assert [d["source"] for d in docs] == paths[:2]
    assert docs[0]["id"] == "x" and docs[1]["id"].startswith("x-") and len(docs[1]["id"]) == 10
    assert "[R013]" in captured.err and "[R012]" in captured.err and "c/x.txt" in captured.err
