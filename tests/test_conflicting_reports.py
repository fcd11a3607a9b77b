"""Articles that disagree, built end to end (read, parse, extract, resolve, map, merge,
validate, write): the merged graph conforms to the shapes, each article's graph keeps
what it says, and ``queries/conflicts.rq`` lists the disagreement with the articles on
each side (docs/data-model.md, "Conflicting reports").

Three short reports of one (invented) signing: two date it 2 March, the third, published
last, 3 March. The merged view keeps the date most articles give (rule 1 beats the later
article's rule 2). The Bogota report names a signer without the post the other reports
give them: in its graph a schema:Person, in the merged view an official.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

import kg
import kg.pipeline
from kg.pipeline import write_outputs
from kg.query import load_query
from kg.settings import Settings

QUERIES = Path(__file__).resolve().parent.parent / "queries"

REPORTS = {
    "lima_wire": """Peru and Ecuador sign migration accord

March 4, 2021

LIMA (Andean Wire) - Peru and Ecuador signed a memorandum of understanding on migration on March 2, 2021, \
Peruvian Foreign Minister Elena Quispe said on Thursday.

The memorandum commits both governments to share border data and to register Venezuelan migrants who cross \
between the two countries, Quispe told reporters at the foreign ministry.
""",
    "bogota_post": """Andean neighbours agree to register migrants

March 5, 2021

BOGOTA (Bogota Post) - Peru and Ecuador signed a memorandum of understanding on migration on March 2, 2021, \
the two foreign ministries said in a joint statement on Friday.

Elena Quispe and Tomas Villacres signed the memorandum at a ceremony on the border bridge.

Colombian officials said they would study the memorandum, which covers the registration of migrants at the border.
""",
    "quito_daily": """Ecuador, Peru seal border pact on migrants

March 9, 2021

QUITO (Quito Daily) - Ecuador and Peru signed a memorandum of understanding on migration on March 3, 2021, \
Ecuadorean Foreign Minister Tomas Villacres said on Monday.

Under the memorandum, the two governments will share border records and register migrants, Villacres said in \
an interview with the newspaper.
""",
}

DEAL = "https://w3id.org/accord-kg/id/agreement/ec-pe-memorandum-of-cooperation-2021"
ACC = "https://w3id.org/accord-kg/ontology#"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    articles = tmp_path_factory.mktemp("articles")
    for name, text in REPORTS.items():
        (articles / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    result = kg.pipeline.build([articles], settings=Settings(cache_dir=""))
    validation = result.report.validation
    assert validation is not None and validation.conforms, validation.report
    write_outputs(result, out, view=False, docs=False)
    return out


def test_the_merged_graph_of_disagreeing_reports_conforms(built):
    graph = kg.load(built)
    result = graph.validate()
    assert result.conforms, result.report
    dates = [r[0] for r in graph.query(f"SELECT ?d WHERE {{ <{DEAL}> <{ACC}date> ?d }}").rows]
    assert dates == [Literal("2021-03-02", datatype=XSD.date)]


def test_each_article_graph_keeps_its_own_date(built):
    rows = kg.load(built).query(f"""
        SELECT ?id ?d WHERE {{ GRAPH ?g {{ <{DEAL}> <{ACC}date> ?d }}
                              ?g prov:wasDerivedFrom/dcterms:identifier ?id }}""").rows
    assert {(str(i), str(d)) for i, d in rows} == {
        ("lima_wire", "2021-03-02"), ("bogota_post", "2021-03-02"), ("quito_daily", "2021-03-03")}


def test_the_conflicts_query_lists_the_disagreement_with_its_articles(built):
    rows = kg.load(built).query(load_query(QUERIES / "conflicts.rq")).to_dataframe().to_dict("records")
    deal = {(r["property"].rsplit("#", 1)[-1], str(r["value"]), r["kept"], int(r["articleCount"]),
             frozenset(r["articles"].split(", "))) for r in rows if r["subject"] == DEAL}
    assert deal == {
        ("date", "2021-03-02", True, 2, frozenset({"lima_wire", "bogota_post"})),
        ("date", "2021-03-03", False, 1, frozenset({"quito_daily"})),
    }


def test_a_signer_without_a_post_in_one_report_is_an_official_in_the_merged_view(built):
    graph = kg.load(built)
    signers = graph.query(f"""
        SELECT ?p (EXISTS {{ GRAPH ?g {{ ?p a acc:Official }} }} AS ?official)
               (EXISTS {{ GRAPH ?g {{ ?p a schema:Person }} }} AS ?person)
               (EXISTS {{ ?p a acc:Official ; org:holds ?post }} AS ?merged)
        WHERE {{ GRAPH ?g {{ <{DEAL}> <{ACC}signedBy> ?p }}
                ?g prov:wasDerivedFrom/dcterms:identifier "bogota_post" }}""").rows
    assert signers, "the Bogota report names a signer"
    assert all(not official.toPython() and person.toPython() and merged.toPython()
               for _, official, person, merged in signers), signers
