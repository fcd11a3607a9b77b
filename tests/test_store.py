"""The store: per-article named graphs, the merged default graph as a set, dataset
semantics, conflicting reports, and a build folder opened read-only.

Counts are worked out by hand from the corpus of ``conftest.py``: three articles about
one official, Kevin Mallory (US), typed acc:Official in all three; Ana Ortiz (Panama) is
an official in a1 and only a meeting participant (schema:Person) in b2. Countries: the
United States (in all three) and Panama (a1). So the merged graph has 2 officials and
2 countries, where a union of the article graphs would have 4 and 4.
"""

from __future__ import annotations

from dataclasses import replace

import re
import time
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

import kg
import kg.pipeline
from kg.errors import KGError
from kg.facts import Agreement, Article, ArticleFacts, Evidence, Official
from kg.graph import KnowledgeGraph
from kg.merge import single_valued_predicates
from kg.pipeline import build_articles, graph_from_facts, write_outputs
from kg.query import load_query
from kg.settings import Settings
from kg.vocab import ACC, DEFAULT_BASE_IRI
from kg.mapping import article_name
from kg.pipeline import content_hash
from conftest import TEXT_A, TEXT_B

ID = DEFAULT_BASE_IRI
QUERIES = Path(__file__).resolve().parent.parent / "queries"
OFFICIALS = "SELECT (COUNT(*) AS ?n) WHERE { ?p a acc:Official }"


def number(graph: KnowledgeGraph, sparql: str, **options: object) -> int:
    return int(graph.query(sparql, **options).rows[0][0])


# -- the merged graph is a set -------------------------------------------------------------------


def test_count_with_and_without_distinct_agree(small_graph):
    row = small_graph.query("SELECT (COUNT(?c) AS ?n) (COUNT(DISTINCT ?c) AS ?d) WHERE { ?c a acc:Country }").rows[0]
    assert (int(row[0]), int(row[1])) == (2, 2)


def test_a_fact_stated_by_three_articles_is_counted_once(small_graph):
    assert number(small_graph, OFFICIALS) == 2
    # ... and each article still says it: three named graphs type Kevin Mallory
    assert number(small_graph, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ <{ID}person/kevin-mallory> a acc:Official }} }}") == 3


def test_from_restricts_the_default_graph_to_one_article(small_graph):
    assert number(small_graph, f"SELECT (COUNT(*) AS ?n) FROM <{ID}graph/{B2}> WHERE {{ ?p a acc:Official }}") == 1
    assert number(small_graph, f"SELECT (COUNT(*) AS ?n) FROM <{ID}graph/{A1}> WHERE {{ ?p a acc:Official }}") == 2


def test_protocol_graph_parameters_set_the_dataset(small_graph):
    assert number(small_graph, OFFICIALS, default_graph_uris=[f"{ID}graph/{C3}"]) == 1
    # only named graphs given: the default graph is empty, GRAPH sees just those named
    assert number(small_graph, OFFICIALS, named_graph_uris=[f"{ID}graph/{B2}"]) == 0
    assert number(small_graph, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?p a acc:Official } }",
                  named_graph_uris=[f"{ID}graph/{B2}"]) == 1


def test_memory_and_oxigraph_settings_answer_alike(corpus):
    for store in ("Oxigraph", "Memory"):
        graph = graph_from_facts(corpus, settings=Settings(store=store, cache_dir=""))
        assert number(graph, OFFICIALS) == 2


def test_unknown_store_is_a_coded_error():
    with pytest.raises(KGError, match=r"\[G003\] unknown store 'nope://'"):
        KnowledgeGraph.load(settings=Settings(store="nope://somewhere"))


def test_without_a_location_loading_is_a_coded_error():
    with pytest.raises(KGError, match=r"\[X160\] no graph given"):
        KnowledgeGraph.load(settings=Settings(store="Oxigraph"))


# -- parameters ----------------------------------------------------------------------------------


def test_a_misspelt_parameter_is_an_error(small_graph):
    with pytest.raises(KGError, match=r"\[Q012\] --param nmae: the query has no variable \?nmae"):
        small_graph.query("SELECT ?name WHERE { ?p rdfs:label ?name }", params={"nmae": "Kevin Mallory"})


def test_a_parameter_of_an_aggregate_query_outside_its_projection_binds(small_graph):
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?p a acc:Official } }"
    assert number(small_graph, sparql) == 4
    assert int(small_graph.query(sparql, params={"p": URIRef(ID + "person/ana-ortiz")}).rows[0][0]) == 1


# -- conflicting reports -------------------------------------------------------------------------

# article graphs are named after the text's hash (kg.mapping.article_name)
A1, B2, C3 = (article_name(content_hash(t)) for t in (TEXT_A, TEXT_B, TEXT_B.replace("met", "greeted")))

TEXT = "The United States and Panama signed an asylum cooperation agreement, said Ana Ortiz, the foreign minister."
DEAL = URIRef(ID + "agreement/pa-us-asylum-cooperation-agreement-2019")


def report(article_id: str, published: str, signed_on: str, status: str) -> ArticleFacts:
    evidence = Evidence(TEXT, 0, len(TEXT))
    article = Article(id=article_id, source=f"{article_id}.txt", text=f"{TEXT} ({article_id})", title=article_id,
                      date=published)
    return ArticleFacts(
        article=article,
        agreements=[Agreement("US-Panama asylum cooperation agreement", "asylum cooperation agreement",
                              ["United States", "Panama"], [], signed_on, evidence, status=status)],
        # no country given: the post is post:unknown-minister-of-foreign-affairs, without org:postIn
        officials=[Official("Ana Ortiz", "Minister of Foreign Affairs", None, evidence)],
    )


def merged_values(graph: KnowledgeGraph, predicate: URIRef) -> list[object]:
    return [row[0] for row in graph.query(f"SELECT ?v WHERE {{ <{DEAL}> <{predicate}> ?v }}").rows]


def test_the_merged_graph_keeps_the_most_reported_value(settings):
    graph = graph_from_facts([report("p1", "2019-09-21", "2019-09-20", "signed"),
                              report("p2", "2019-10-01", "2019-09-19", "in force"),
                              report("p3", "2019-08-01", "2019-09-20", "signed")], settings=settings)
    assert merged_values(graph, ACC.date) == [Literal("2019-09-20", datatype=XSD.date)]
    assert merged_values(graph, ACC.agreementStatus) == [ACC.Signed]
    # the article that disagrees keeps its own value in its graph
    assert number(graph, f"SELECT (COUNT(*) AS ?n) FROM <{ID}graph/{article_name(content_hash(f'{TEXT} (p2)'))}> WHERE {{ <{DEAL}> acc:date '2019-09-19'^^xsd:date }}") == 1


def test_a_tie_goes_to_the_latest_article(settings):
    # p2 was published after p1: its date and status win, whatever the input order
    for order in ((0, 1), (1, 0)):
        reports = [report("p1", "2019-09-21", "2019-09-20", "signed"), report("p2", "2019-10-01", "2019-09-19", "in force")]
        graph = graph_from_facts([reports[i] for i in order], settings=settings)
        assert merged_values(graph, ACC.date) == [Literal("2019-09-19", datatype=XSD.date)]
        assert merged_values(graph, ACC.agreementStatus) == [ACC.InForce]


def test_conflicting_reports_conform_and_are_listed(settings):
    graph = graph_from_facts([report("p1", "2019-09-21", "2019-09-20", "signed"),
                              report("p2", "2019-10-01", "2019-09-19", "in force"),
                              report("p3", "2019-08-01", "2019-09-20", "signed")], settings=settings)
    result = graph.validate()
    assert result.conforms, result.report
    rows = graph.query(load_query(QUERIES / "conflicts.rq")).to_dataframe().to_dict("records")
    got = {(r["property"].rsplit("#", 1)[-1], str(r["value"]), r["kept"], r["articleCount"],
            frozenset(r["articles"].split(", "))) for r in rows}
    assert got == {
        ("agreementStatus", str(ACC.Signed), True, 2, frozenset({"p1", "p3"})),
        ("agreementStatus", str(ACC.InForce), False, 1, frozenset({"p2"})),
        ("date", "2019-09-20", True, 2, frozenset({"p1", "p3"})),
        ("date", "2019-09-19", False, 1, frozenset({"p2"})),
    }
    assert {r["subject"] for r in rows} == {str(DEAL)}


def test_conflicts_query_covers_every_single_valued_property():
    text = load_query(QUERIES / "conflicts.rq")
    block = re.search(r"VALUES \?property \{(.*?)\}", text, re.S).group(1)  # type: ignore[union-attr]
    from kg.query import query_prefixes

    prefixes = query_prefixes()
    listed = {URIRef(prefixes[p] + local) for p, local in re.findall(r"(\w+):(\w+)", block)}
    assert listed == set(single_valued_predicates())


def test_validation_checks_nodes_of_several_articles_in_the_merged_view(settings, monkeypatch):
    # without the conflict rule the merged view would hold both dates: each article
    # alone conforms, the merged agreement does not
    monkeypatch.setattr("kg.merge.single_valued_predicates", lambda: ())
    graph = graph_from_facts([report("p1", "2019-09-21", "2019-09-20", "signed"),
                              report("p2", "2019-10-01", "2019-09-19", "signed")], settings=settings)
    result = graph.validate()
    assert [(v.graph, v.focus, v.path) for v in result.results] == [
        (None, "agreement:pa-us-asylum-cooperation-agreement-2019", "acc:date")]


def test_two_instruments_of_one_article_that_the_graph_would_key_alike_are_two_nodes(settings):
    # "signed a memorandum on biometric data on 18 September and another on border security
    # on 20 September": the extractor gives two facts with one kind, parties and year; the
    # article's graph holds two agreements, each with its own date, status and evidence
    facts = report("p1", "2019-09-21", "2019-09-20", "signed")
    later = Evidence(TEXT, 10, len(TEXT))
    facts.agreements.append(replace(facts.agreements[0], date="2019-09-18", status="in force", evidence=later,
                                    confidence=0.9))
    second = URIRef(f"{DEAL}-2")
    for agreements in (facts.agreements, facts.agreements[::-1]):
        graph = graph_from_facts([replace(facts, agreements=agreements)], settings=settings)
        assert graph.validate().conforms
        # the more confident fact keeps the plain IRI, whichever the article states first
        assert merged_values(graph, ACC.date) == [Literal("2019-09-18", datatype=XSD.date)]
        assert merged_values(graph, ACC.agreementStatus) == [ACC.InForce]
        dated = f"SELECT ?v WHERE {{ <{second}> acc:date ?v }}"
        assert [r[0] for r in graph.query(dated).rows] == [Literal("2019-09-20", datatype=XSD.date)]
        for node in (DEAL, second):
            assert number(graph, f"SELECT (COUNT(*) AS ?n) WHERE {{ <{node}> acc:evidence ?e }}") == 1
        assert number(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?a a acc:Agreement }") == 2


def test_the_nth_instrument_of_articles_is_one_node_in_the_merged_view(settings):
    # two articles that each report the same two memoranda: two nodes, each said by both articles
    corpus = []
    for n in ("p1", "p2"):
        facts = report(n, "2019-09-21", "2019-09-20", "signed")
        facts.agreements.append(replace(facts.agreements[0], evidence=Evidence(TEXT, 10, len(TEXT)), confidence=0.7))
        corpus.append(facts)
    graph = graph_from_facts(corpus, settings=settings)
    assert graph.validate().conforms
    per_node = "SELECT ?a (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a acc:Agreement } } GROUP BY ?a ORDER BY ?a"
    assert [(r[0], int(r[1])) for r in graph.query(per_node).rows] == [(DEAL, 2), (URIRef(f"{DEAL}-2"), 2)]


def test_article_graphs_checked_in_several_runs_give_the_report_of_one_run(settings, monkeypatch):
    corpus = []
    for n, published in (("p1", "2017-09-21"), ("p2", "2018-10-01"), ("p3", "2019-08-01")):
        facts = report(n, published, published, "signed")
        # each names an agreement of its own year with one party only
        facts.agreements[0] = replace(facts.agreements[0], signatories=["United States"])
        corpus.append(facts)
    graph = graph_from_facts(corpus, settings=settings)
    together = graph.validate()
    monkeypatch.setattr("kg.validate.ARTICLES_PER_CHECK", 2)  # runs of 2 and 1 graphs
    apart = graph.validate()
    assert len({v.graph for v in together.results}) == 3
    assert apart.results == together.results and apart.report == together.report
    from rdflib.namespace import RDF, SH

    def results(g):
        return len(set(g.subjects(RDF.type, SH.ValidationResult)))

    assert results(apart.report_graph) == results(together.report_graph) == 3


# -- a build folder ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built")
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    settings = Settings(cache_dir=str(tmp_path_factory.mktemp("cache")))
    result = kg.pipeline.build([seeds], settings=settings)
    write_outputs(result, out, view=False, docs=False)
    return out


def test_a_build_folder_holds_a_store_beside_the_exports(built):
    assert {"store", "graph.ttl", "articles.trig", "facts.json"} <= {p.name for p in built.iterdir()}
    assert (built / "store").is_dir()


def test_a_build_folder_opens_read_only_and_fast(built):
    started = time.perf_counter()
    graph = kg.load(built)
    seconds = time.perf_counter() - started
    assert seconds < 5  # generous for a loaded CI machine; it is milliseconds
    assert graph.store.read_only
    with pytest.raises(KGError, match=r"\[G006\]"):
        graph.add_graph(URIRef(ID + "graph/x"), [(URIRef(ID + "x"), URIRef(ID + "p"), Literal(1))])
    # the store holds what graph.ttl holds: the merged graph
    from_ttl = kg.load(built / "graph.ttl")
    assert graph.triple_count() == from_ttl.triple_count() > 0
    assert graph.merged().isomorphic(from_ttl.merged())


def test_seed_counts_agree_with_and_without_distinct(built):
    graph = kg.load(built)
    for cls in ("Country", "Official", "Agreement", "Article"):
        row = graph.query(f"SELECT (COUNT(?x) AS ?n) (COUNT(DISTINCT ?x) AS ?d) WHERE {{ ?x a acc:{cls} }}").rows[0]
        assert int(row[0]) == int(row[1]) > 0, cls
    # five seed articles, each once
    assert number(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?a a acc:Article }") == 5


def test_seed_article_graph_restricts_the_count(built):
    graph = kg.load(built)
    names = graph.named_graphs()
    assert len(names) == 5
    total = number(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    one = number(graph, f"SELECT (COUNT(*) AS ?n) FROM <{names[0]}> WHERE {{ ?s ?p ?o }}")
    assert 0 < one < total
    assert number(graph, f"SELECT (COUNT(*) AS ?n) FROM <{names[0]}> WHERE {{ ?a a acc:Article }}") == 1


def test_the_memory_setting_copies_a_build_folder(built):
    graph = kg.load(built, settings=Settings(store="Memory"))
    assert not graph.store.read_only
    graph.add_graph(URIRef(ID + "graph/extra"), [(URIRef(ID + "country/atlantis"), URIRef(str(ACC) + "isoCode"),
                                                  Literal("AT"))])
    assert number(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?c acc:isoCode 'AT' }") == 1
    assert number(kg.load(built), "SELECT (COUNT(*) AS ?n) WHERE { ?c acc:isoCode 'AT' }") == 0


def test_trig_export_loads_back_with_its_merged_default_graph(built, tmp_path):
    graph = kg.load(built / "articles.trig")
    assert number(graph, OFFICIALS) == number(kg.load(built), OFFICIALS)
    assert len(graph.named_graphs()) == 5


# -- the Python API keeps the build's problems ---------------------------------------------------


def test_kg_build_warns_about_each_problem(tmp_path):
    with pytest.warns(kg.KGWarning, match=r"\[R001\].*no such file"):
        graph = kg.build([tmp_path / "missing.txt"], settings=Settings(cache_dir=""))
    assert graph.report is not None and not graph.report.ok
    assert number(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 0


def test_build_articles_reports_no_problem_for_good_input(settings):
    result = build_articles([], settings=settings, validate=False)
    assert result.report.ok


def test_the_endpoint_workers_open_the_build_folder_store(built):
    from fastapi.testclient import TestClient

    from kg.serve import create_app

    graph = kg.load(built)
    with TestClient(create_app(graph)) as client:
        response = client.get("/sparql", params={"query": "SELECT (COUNT(?c) AS ?n) (COUNT(DISTINCT ?c) AS ?d) "
                                                            "WHERE { ?c a acc:Country }"},
                              headers={"Accept": "text/csv"})
    assert response.status_code == 200
    n, d = response.text.splitlines()[1].split(",")
    assert n == d and int(n) > 0


def test_from_an_http_iri_names_a_graph_and_fetches_nothing(small_graph):
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/data"
    try:
        for store in ("Oxigraph", "Memory"):
            graph = KnowledgeGraph(small_graph.store, settings=Settings(store=store))
            assert number(graph, f"SELECT (COUNT(*) AS ?n) FROM <{url}> WHERE {{ ?s ?p ?o }}") == 0
            assert number(graph, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") == 0
        with pytest.raises(socket.timeout):
            listener.accept()
    finally:
        listener.close()
