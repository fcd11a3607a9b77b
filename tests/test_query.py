"""kg.query as a user meets it: parameters, result formats, errors, the `kg query` entry point."""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import KGError
from kg.query import (
    QueryResult, add_query_arguments, check_services, load_query, main_query, parse_params, parse_value,
    query_prefixes,
)
from test_queries import GT_STCA, ID, MCALEENAN, sample_graph

PREFIXES = query_prefixes(ID)
OFFICIALS = "SELECT DISTINCT ?name WHERE { ?p a acc:Official ; rdfs:label ?name } ORDER BY ?name"


@pytest.fixture(scope="module")
def graph():  # noqa: ANN201
    return sample_graph()


# -- parameters --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "term"), [
    ("<https://example.org/x>", URIRef("https://example.org/x")),
    ("https://example.org/x", URIRef("https://example.org/x")),
    ("person:kevin-mcaleenan", MCALEENAN),
    ("acc:Signed", URIRef("https://w3id.org/accord-kg/ontology#Signed")),
    ("id:country/guatemala", URIRef(ID + "country/guatemala")),
    ("42", Literal("42", datatype=XSD.integer)),
    ("615000000.5", Literal("615000000.5", datatype=XSD.decimal)),
    ("2019-07-26", Literal("2019-07-26", datatype=XSD.date)),
    ("true", Literal("true", datatype=XSD.boolean)),
    ('"42"', Literal("42")),
    ("Kevin McAleenan", Literal("Kevin McAleenan")),
    ("nosuchprefix:x", Literal("nosuchprefix:x")),  # not a known prefix: a string, not a guessed IRI
])
def test_parse_value(text: str, term: object) -> None:
    assert parse_value(text, prefixes=PREFIXES) == term


def test_parse_params_rejects_a_missing_equals_sign() -> None:
    assert parse_params(["?official=person:x"], prefixes=PREFIXES) == {"official": URIRef(ID + "person/x")}
    with pytest.raises(KGError, match=r"\[Q005\]"):
        parse_params(["official"], prefixes=PREFIXES)


def test_a_parameter_is_a_value_not_query_text(graph) -> None:  # noqa: ANN001
    # pasted into the query this would close the string and add a pattern; bound, it is just a name
    evil = 'x" } ?s ?p ?o { "'
    result = graph.query("SELECT ?p WHERE { ?p rdfs:label ?name }", params={"name": Literal(evil)})
    assert result.rows == []


def test_a_parameter_outside_the_projection_still_binds(graph) -> None:  # noqa: ANN001
    # Oxigraph only substitutes projected variables; run_query binds the others with VALUES
    result = graph.query("SELECT DISTINCT ?name WHERE { ?p rdfs:label ?name }", params={"p": MCALEENAN})
    assert [str(r[0]) for r in result.rows] == ["Kevin McAleenan"]


# -- results -----------------------------------------------------------------------------------


def test_rows_and_dataframe(graph) -> None:  # noqa: ANN001
    result = graph.query("SELECT DISTINCT ?a ?d WHERE { ?a acc:date ?d ; a acc:Agreement } ORDER BY ?d")
    assert result.vars == ["a", "d"]
    assert result.rows[0] == (GT_STCA, Literal("2019-07-26", datatype=XSD.date))
    frame = result.to_dataframe()
    assert list(frame.columns) == ["a", "d"]
    assert frame.iloc[0].tolist() == [str(GT_STCA), date(2019, 7, 26)]


def test_table_compacts_iris_and_counts_rows(graph) -> None:  # noqa: ANN001
    table = graph.query("SELECT DISTINCT ?p ?name WHERE { ?p a acc:Official ; rdfs:label ?name } ORDER BY ?name")
    lines = table.serialize("table").splitlines()
    assert lines[0].split() == ["p", "name"]
    assert lines[2].split() == ["person:alexandra-hill", "Alexandra", "Hill"]
    assert lines[-1] == "(3 rows)"


def test_json_and_csv_follow_the_w3c_formats(graph) -> None:  # noqa: ANN001
    result = graph.query("SELECT ?v WHERE { amount:us-gt-hn-sv-143000000-restored schema:value ?v }")
    doc = json.loads(result.serialize("json"))
    assert doc["head"]["vars"] == ["v"]
    assert doc["results"]["bindings"][0]["v"] == {"type": "literal", "value": "143000000",
                                                  "datatype": str(XSD.decimal)}
    assert result.serialize("csv") == "v\r\n143000000\r\n"


def test_ask_and_construct(graph) -> None:  # noqa: ANN001
    ask = graph.query("ASK { country:guatemala a acc:Signatory }")
    assert ask.boolean is True and ask.serialize("table") == "true"
    assert json.loads(ask.serialize("json")) == {"head": {}, "boolean": True}
    built = graph.query("CONSTRUCT { ?a acc:signedBy ?p } WHERE { ?a acc:signedBy ?p }")
    assert len(built.triples) == 4
    assert "@prefix agreement:" in built.serialize("turtle")
    with pytest.raises(KGError, match=r"\[Q007\]"):
        graph.query(OFFICIALS).serialize("turtle")


def test_max_rows_truncates(graph) -> None:  # noqa: ANN001
    result = graph.query(OFFICIALS, max_rows=2)
    assert len(result.rows) == 2 and result.truncated
    assert not graph.query(OFFICIALS, max_rows=3).truncated


def test_unknown_format() -> None:
    with pytest.raises(KGError, match=r"\[Q007\]"):
        QueryResult("SELECT").serialize("yaml")


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize("store", ["Oxigraph", "Memory"])
def test_malformed_query_gives_the_parser_message(store: str) -> None:
    with pytest.raises(KGError, match=r"^\[Q001\] the query cannot be parsed: \S"):
        sample_graph(store).query("SELECT ?x WHERE { ?x ?y }")


@pytest.mark.parametrize("update", ["DROP ALL", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "LOAD <http://x/>"])
def test_updates_are_named_as_such(graph, update: str) -> None:  # noqa: ANN001
    with pytest.raises(KGError, match=r"\[Q002\].*SPARQL Update"):
        graph.query(update)


def test_allowed_service_passes_the_check() -> None:
    query = "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"
    check_services(query, prefixes=PREFIXES, allowed={"https://query.wikidata.org/sparql"})
    with pytest.raises(KGError, match=r"\[Q003\]"):
        check_services(query, prefixes=PREFIXES, allowed={"https://other.example/sparql"})


def test_timeout_in_process(graph) -> None:  # noqa: ANN001
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    with pytest.raises(KGError, match=r"\[Q004\]"):
        graph.query(runaway, timeout=0.5)
    assert time.monotonic() - started < 2


# -- loading queries and the CLI entry point -----------------------------------------------------


def test_load_query_from_file_or_text(tmp_path: Path) -> None:
    f = tmp_path / "q.rq"
    f.write_text(OFFICIALS)
    assert load_query(f) == OFFICIALS
    assert load_query(str(f)) == OFFICIALS
    assert load_query(OFFICIALS) == OFFICIALS
    with pytest.raises(KGError, match=r"\[Q006\]"):
        load_query(str(tmp_path / "missing.rq"))


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_query_arguments(parser)
    parser.add_argument("--graph")
    return parser.parse_args(list(argv))


def test_main_query_writes_csv_with_a_parameter(graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    rq = Path(__file__).resolve().parent.parent / "queries" / "agreements_signed_by.rq"
    out = tmp_path / "out.csv"
    code = main_query(_args(str(rq), "--param", "official=person:enrique-degenhart", "--format", "csv",
                            "--output", str(out)), graph=graph)
    assert code == 0
    lines = out.read_text().splitlines()
    assert lines[0] == "official,name,agreement,kind,date,parties"
    assert len(lines) == 2 and lines[1].startswith(f"{ID}person/enrique-degenhart,Enrique Degenhart,{GT_STCA},")


def test_kg_query_on_a_turtle_file_starts_without_spacy(graph, tmp_path: Path) -> None:  # noqa: ANN001
    ttl = tmp_path / "graph.ttl"
    graph.merged().serialize(ttl, format="turtle")
    script = ("import sys, argparse\n"
              "from kg.query import add_query_arguments, main_query\n"
              "p = argparse.ArgumentParser(); add_query_arguments(p); p.add_argument('--graph')\n"
              "code = main_query(p.parse_args(sys.argv[1:]))\n"
              "assert 'spacy' not in sys.modules, 'kg query loaded spaCy'\n"
              "sys.exit(code)\n")
    done = subprocess.run([sys.executable, "-c", script, OFFICIALS, "--graph", str(ttl), "--format", "tsv"],
                          capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["?name", '"Alexandra Hill"', '"Enrique Degenhart"', '"Kevin McAleenan"']


def test_amounts_are_decimals(graph) -> None:  # noqa: ANN001
    frame = graph.query("SELECT ?v WHERE { amount:us-gt-hn-sv-615000000-under-review schema:value ?v }").to_dataframe()
    assert frame["v"].tolist() == [Decimal(615_000_000)]


# -- kg query without rdflib (kg.quick_query) ------------------------------------------------------

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
LIBRARY = sorted((Path(__file__).resolve().parent.parent / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def seeds_folder(tmp_path_factory) -> Path:
    from kg.pipeline import build, write_outputs
    from kg.settings import Settings

    out = tmp_path_factory.mktemp("quick")
    result = build([SEEDS_DIR], settings=Settings(cache_dir=str(tmp_path_factory.mktemp("cache"))))
    write_outputs(result, out, view=False, docs=False)
    return out


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "xml"])  # json: always the full way
def test_the_quick_way_prints_what_the_full_way_prints(fmt, seeds_folder, capsysbinary, monkeypatch):
    from kg import quick_query
    from kg.cli import main

    answers: list[int | None] = []
    original = quick_query.quick_query
    monkeypatch.setattr(quick_query, "quick_query", lambda *a: answers.append(code := original(*a)) or code)
    compared = 0
    has_rows = {"csv": b"\n.", "tsv": b"\n.", "json": rb'"bindings": ?\[\{', "xml": b"<result>"}[fmt]
    for query in LIBRARY:
        argv = ["query", str(query), "--graph", str(seeds_folder), "--format", fmt]
        assert main(argv) == 0
        quick = capsysbinary.readouterr().out
        assert main([*argv, "--timeout", "600"]) == 0  # a timeout needs the full way
        full = capsysbinary.readouterr().out
        assert quick == full, query.name
        compared += re.search(has_rows, full) is not None
    # the first went the quick way unless the text may name a SERVICE or FROM; the second the full way
    quick_ones = [None if fmt == "json" or quick_query.MAY_REACH_OUT.search(q.read_text()) else 0 for q in LIBRARY]
    assert answers == [x for code in quick_ones for x in (code, None)]
    assert fmt == "json" or quick_ones.count(0) >= len(LIBRARY) // 2
    assert compared >= len(LIBRARY) - 2  # conflicts.rq (the seeds agree) and one more answer no rows here


def test_kg_query_imports_no_rdflib_when_it_need_not(seeds_folder):
    code = ("import sys, runpy; sys.argv = ['kg', 'query', 'SELECT (COUNT(*) AS ?n) WHERE { ?s a acc:Agreement }', "
            f"'--graph', {str(seeds_folder)!r}, '--format', 'csv']\n"
            "try:\n    runpy.run_module('kg', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rdflib', 'spacy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    lines = out.strip().splitlines()
    assert lines[0] == "n" and int(lines[1]) > 0
    assert lines[-1] == "[]"

