"""The query library (queries/*.rq) on a small graph written by hand after docs/data-model.md.

Three articles, each its own named graph:

* A ``sv-0921`` (2019-09-21): Kevin McAleenan (US Acting Secretary of Homeland Security)
  and Alexandra Hill (El Salvador's Minister of Foreign Affairs) sign the US-El Salvador
  asylum cooperation agreement on 2019-09-20.
* B ``gt-1017`` (2019-10-17): McAleenan again, and Enrique Degenhart (Guatemala's Minister
  of Government); the US-Guatemala safe third country agreement (2019-07-26, signed by
  both); a meeting in San Salvador on 2019-10-17 of McAleenan, Degenhart and Rogelio Rivas
  (a schema:Person, not typed official); $143m aid restored to Guatemala, Honduras and
  El Salvador; $615m aid under review for the same three.
* C ``aid-0801`` (2019-08-01): the Guatemala agreement again (same IRI, same date, same
  signers: it is described twice); $450m aid suspended to the three countries; between
  $40m and $60m pledged to Honduras.

Every expected row below was worked out from this description, not from query output.
The agreement described by both B and C is one node of the merged graph: every count
must see it once, without the queries saying DISTINCT.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, XSD

from kg.graph import KnowledgeGraph
from kg.query import load_query
from kg.settings import Settings
from kg.vocab import ACC, DEFAULT_BASE_IRI, WD

QUERIES = Path(__file__).resolve().parent.parent / "queries"
ID = DEFAULT_BASE_IRI


def iri(kind: str, name: str) -> URIRef:
    return URIRef(f"{ID}{kind}/{name}")


US, SV, GT, HN = (iri("country", n) for n in ("united-states", "el-salvador", "guatemala", "honduras"))
MCALEENAN, HILL, DEGENHART, RIVAS = (iri("person", n) for n in
                                     ("kevin-mcaleenan", "alexandra-hill", "enrique-degenhart", "rogelio-rivas"))
SV_ACA = iri("agreement", "sv-us-asylum-cooperation-agreement-2019")
GT_STCA = iri("agreement", "gt-us-safe-third-country-agreement-2019")
MEETING = iri("meeting", "2019-10-17-san-salvador-0123456789")
AID_RESTORED = iri("aid", "us-gt-hn-sv-143000000-restored")
AID_REVIEW = iri("aid", "us-gt-hn-sv-615000000-under-review")
AID_SUSPENDED = iri("aid", "us-gt-hn-sv-450000000-suspended")
AID_PLEDGED = iri("aid", "us-hn-40000000-60000000-pledged")
DHS_POST = iri("post", "united-states-acting-secretary-of-homeland-security")

COUNTRIES = {US: ("United States", "US", "Q30"), SV: ("El Salvador", "SV", "Q792"),
             GT: ("Guatemala", "GT", "Q774"), HN: ("Honduras", "HN", "Q783")}
ARTICLES = {"sv-0921": ("US and El Salvador sign asylum deal", "2019-09-21"),
            "gt-1017": ("McAleenan in Central America", "2019-10-17"),
            "aid-0801": ("Aid to the Northern Triangle", "2019-08-01")}

Triples = list[tuple[URIRef, URIRef, object]]


class ArticleGraph:
    """Writes one article's named graph the way docs/data-model.md describes it."""

    def __init__(self, article_id: str) -> None:
        self.id = article_id
        self.article = iri("article", article_id)
        self.triples: Triples = []
        title, date = ARTICLES[article_id]
        graph, activity = iri("graph", article_id), iri("extraction", article_id)
        self.add(graph, PROV.wasDerivedFrom, self.article)
        self.add(graph, PROV.wasGeneratedBy, activity)
        self.add(activity, RDF.type, ACC.Extraction)
        self.add(activity, PROV.used, self.article)
        self.add(self.article, RDF.type, ACC.Article)
        self.add(self.article, DCTERMS.identifier, Literal(article_id))
        self.add(self.article, DCTERMS.source, Literal(f"seeds/{article_id}.txt"))
        self.add(self.article, DCTERMS.title, Literal(title))
        self.add(self.article, DCTERMS.date, Literal(date, datatype=XSD.date))

    def add(self, s: URIRef, p: URIRef, o: object) -> None:
        self.triples.append((s, p, o if isinstance(o, (URIRef, Literal)) else Literal(o)))

    def evidence(self, fact: URIRef, start: int, quote: str, confidence: str = "0.9") -> None:
        ev = iri("evidence", f"{self.id}-{start}-{start + len(quote)}")
        self.add(fact, ACC.evidence, ev)
        self.add(ev, RDF.type, ACC.Evidence)
        self.add(ev, ACC.quote, Literal(quote))
        self.add(ev, ACC.startChar, Literal(start))
        self.add(ev, ACC.endChar, Literal(start + len(quote)))
        self.add(ev, ACC.confidence, Literal(confidence, datatype=XSD.decimal))
        self.add(ev, PROV.wasQuotedFrom, self.article)

    def country(self, c: URIRef, *, signatory: bool = False) -> None:
        name, code, qid = COUNTRIES[c]
        self.add(c, RDF.type, ACC.Country)
        self.add(c, RDFS.label, Literal(name))
        self.add(c, ACC.isoCode, Literal(code))
        self.add(c, OWL.sameAs, WD[qid])
        if signatory:
            self.add(c, RDF.type, ACC.Signatory)

    def official(self, person: URIRef, name: str, post: URIRef, title: str, country: URIRef,
                 start: int, quote: str) -> None:
        self.add(person, RDF.type, ACC.Official)
        self.add(person, RDFS.label, Literal(name))
        self.add(person, ORG.holds, post)
        self.add(post, RDF.type, ACC.Post)
        self.add(post, ACC.postTitle, Literal(title))
        self.add(post, ORG.postIn, country)
        self.country(country)
        self.evidence(person, start, quote)

    def agreement(self, a: URIRef, label: str, kind: URIRef, parties: list[URIRef],
                  signers: dict[URIRef, str], date: str, start: int, quote: str) -> None:
        self.add(a, RDF.type, ACC.Agreement)
        self.add(a, RDFS.label, Literal(label))
        self.add(a, ACC.agreementKind, kind)
        self.add(a, ACC.agreementStatus, ACC.Signed)
        for party in parties:
            self.add(a, ACC.party, party)
            self.country(party, signatory=True)
        for person, name in signers.items():
            self.add(a, ACC.signedBy, person)
            self.add(person, RDF.type, ACC.Official)
            self.add(person, RDFS.label, Literal(name))
        self.add(a, ACC.date, Literal(date, datatype=XSD.date))
        self.evidence(a, start, quote)

    def aid(self, aid: URIRef, label: str, recipients: list[URIRef], status: URIRef,
            amount: int | None = None, low: int | None = None, high: int | None = None, *,
            start: int, quote: str) -> None:
        self.add(aid, RDF.type, ACC.Aid)
        self.add(aid, RDFS.label, Literal(label))
        money = iri("amount", aid.rsplit("/", 1)[-1])
        self.add(aid, ACC.amount, money)
        self.add(money, RDF.type, SDO.MonetaryAmount)
        self.add(money, SDO.currency, Literal("USD"))
        if amount is not None:
            self.add(money, SDO.value, Literal(Decimal(amount), datatype=XSD.decimal))
        else:
            self.add(money, SDO.minValue, Literal(Decimal(low), datatype=XSD.decimal))
            self.add(money, SDO.maxValue, Literal(Decimal(high), datatype=XSD.decimal))
        self.add(aid, ACC.provider, US)
        self.country(US)
        for r in recipients:
            self.add(aid, ACC.recipient, r)
            self.country(r)
        self.add(aid, ACC.aidStatus, status)
        self.evidence(aid, start, quote)


def _article_a() -> ArticleGraph:
    a = ArticleGraph("sv-0921")
    a.official(MCALEENAN, "Kevin McAleenan", DHS_POST, "Acting Secretary of Homeland Security", US,
               120, "Acting Department of Homeland Security Secretary Kevin McAleenan told reporters")
    a.official(HILL, "Alexandra Hill", iri("post", "el-salvador-minister-of-foreign-affairs"),
               "Minister of Foreign Affairs", SV, 260, "El Salvador's minister of foreign affairs, Alexandra Hill")
    a.agreement(SV_ACA, "US-El Salvador asylum cooperation agreement", ACC.AsylumCooperationAgreement,
                [US, SV], {MCALEENAN: "Kevin McAleenan", HILL: "Alexandra Hill"}, "2019-09-20",
                0, "The United States and El Salvador on Friday agreed to attempt to reduce the flow of migrants")
    return a


def _article_b() -> ArticleGraph:
    b = ArticleGraph("gt-1017")
    b.official(MCALEENAN, "Kevin McAleenan", DHS_POST, "Acting Secretary of Homeland Security", US,
               40, "Acting US Homeland Secretary Keven McAleenan will visit San Salvador")
    b.official(DEGENHART, "Enrique Degenhart", iri("post", "guatemala-minister-of-government"),
               "Minister of Government", GT, 300, "Guatemala Minister of Government Enrique Degenhart")
    b.agreement(GT_STCA, "US-Guatemala safe third country agreement", ACC.SafeThirdCountryAgreement,
                [US, GT], {MCALEENAN: "Kevin McAleenan", DEGENHART: "Enrique Degenhart"}, "2019-07-26",
                500, "Guatemala signed a safe third country agreement with the United States in July")
    b.add(MEETING, RDF.type, ACC.Meeting)
    b.add(MEETING, RDFS.label, Literal("Meeting of Kevin McAleenan, Enrique Degenhart, Rogelio Rivas in San Salvador"))
    for person in (MCALEENAN, DEGENHART, RIVAS):
        b.add(MEETING, ACC.participant, person)
    b.add(RIVAS, RDF.type, SDO.Person)
    b.add(RIVAS, RDFS.label, Literal("Rogelio Rivas"))
    b.add(MEETING, ACC.location, iri("place", "san-salvador"))
    b.add(iri("place", "san-salvador"), RDF.type, ACC.Place)
    b.add(iri("place", "san-salvador"), RDFS.label, Literal("San Salvador"))
    b.add(MEETING, ACC.date, Literal("2019-10-17", datatype=XSD.date))
    b.evidence(MEETING, 300, "The Acting Secretary will participate in a Central American Ministerial")
    b.aid(AID_RESTORED, "$143,000,000 aid from United States to Guatemala, Honduras, El Salvador (restored)",
          [GT, HN, SV], ACC.Restored, 143_000_000, start=700, quote="the US restored $143 million in aid")
    b.aid(AID_REVIEW, "$615,000,000 aid from United States to Guatemala, Honduras, El Salvador (under review)",
          [GT, HN, SV], ACC.UnderReview, 615_000_000, start=800,
          quote="it was reviewing some $615 million in assistance")
    return b


def _article_c() -> ArticleGraph:
    c = ArticleGraph("aid-0801")
    c.agreement(GT_STCA, "US-Guatemala safe third country agreement", ACC.SafeThirdCountryAgreement,
                [US, GT], {MCALEENAN: "Kevin McAleenan", DEGENHART: "Enrique Degenhart"}, "2019-07-26",
                10, "Guatemala's interior minister Enrique Degenhart signed the agreement on July 26")
    c.aid(AID_SUSPENDED, "$450,000,000 aid from United States to Guatemala, Honduras, El Salvador (suspended)",
          [GT, HN, SV], ACC.Suspended, 450_000_000, start=200, quote="the US suspended $450 million in aid")
    c.aid(AID_PLEDGED, "$40,000,000-60,000,000 aid from United States to Honduras (pledged)", [HN],
          ACC.Pledged, low=40_000_000, high=60_000_000, start=400, quote="between $40 million and $60 million")
    return c


def sample_graph(store: str = "Oxigraph") -> KnowledgeGraph:
    """The three-article graph described in the module docstring, on ``store``."""
    graph = KnowledgeGraph(settings=Settings(store=store, base_iri=ID))
    for article in (_article_a(), _article_b(), _article_c()):
        graph.add_graph(iri("graph", article.id), article.triples)
    return graph


@pytest.fixture(scope="module", params=["Oxigraph", "Memory"])
def graph(request: pytest.FixtureRequest) -> KnowledgeGraph:
    return sample_graph(request.param)


def run(graph: KnowledgeGraph, name: str, /, **params: object) -> list[dict[str, object]]:
    """Rows of queries/NAME.rq as dicts of Python values (IRIs as str)."""
    result = graph.query(load_query(QUERIES / f"{name}.rq"), params=params or None)
    frame = result.to_dataframe()
    return [{k: (None if v is None or v != v else v) for k, v in row.items()} for row in frame.to_dict("records")]


def split(value: object, sep: str = "; ") -> set[str]:
    return set(str(value).split(sep)) if value else set()


def d(text: str):  # noqa: ANN201 - a datetime.date
    return Literal(text, datatype=XSD.date).toPython()


# -- the library itself ------------------------------------------------------------------------


def test_library_has_at_least_ten_documented_queries() -> None:
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 10
    for f in files:
        head = f.read_text().splitlines()[:3]
        # each starts with what it answers and how to run it
        assert head[0].startswith("# ") and len(head[0]) > 20, f.name
        assert f"kg query queries/{f.name}" in f.read_text(), f.name


# -- each query, rows worked out by hand ------------------------------------------------------


def test_agreements_by_country(graph: KnowledgeGraph) -> None:
    rows = run(graph, "agreements_by_country")
    got = [(r["country"], r["agreement"], r["kind"], r["status"], r["date"], split(r["signers"])) for r in rows]
    assert got == [
        ("El Salvador", str(SV_ACA), str(ACC.AsylumCooperationAgreement), "Signed", d("2019-09-20"),
         {"Kevin McAleenan", "Alexandra Hill"}),
        ("Guatemala", str(GT_STCA), str(ACC.SafeThirdCountryAgreement), "Signed", d("2019-07-26"),
         {"Kevin McAleenan", "Enrique Degenhart"}),
        # sorted by date within a country: July before September
        ("United States", str(GT_STCA), str(ACC.SafeThirdCountryAgreement), "Signed", d("2019-07-26"),
         {"Kevin McAleenan", "Enrique Degenhart"}),
        ("United States", str(SV_ACA), str(ACC.AsylumCooperationAgreement), "Signed", d("2019-09-20"),
         {"Kevin McAleenan", "Alexandra Hill"}),
    ]


def test_officials_by_country(graph: KnowledgeGraph) -> None:
    rows = [(r["country"], r["name"], r["post"]) for r in run(graph, "officials_by_country")]
    # McAleenan is described by two articles but holds one post: one row
    assert rows == [
        ("El Salvador", "Alexandra Hill", "Minister of Foreign Affairs"),
        ("Guatemala", "Enrique Degenhart", "Minister of Government"),
        ("United States", "Kevin McAleenan", "Acting Secretary of Homeland Security"),
    ]


def test_aid_by_recipient_totals(graph: KnowledgeGraph) -> None:
    rows = {(r["recipient"], r["status"]): (r["aidCount"], r["withAmount"], r["totalUSD"])
            for r in run(graph, "aid_by_recipient")}
    restored, review, suspended, pledged = (str(s) for s in (ACC.Restored, ACC.UnderReview, ACC.Suspended, ACC.Pledged))
    assert rows == {
        ("El Salvador", restored): (1, 1, 143_000_000), ("El Salvador", review): (1, 1, 615_000_000),
        ("El Salvador", suspended): (1, 1, 450_000_000),
        ("Guatemala", restored): (1, 1, 143_000_000), ("Guatemala", review): (1, 1, 615_000_000),
        ("Guatemala", suspended): (1, 1, 450_000_000),
        # the pledge is a range: counted at its lower bound
        ("Honduras", pledged): (1, 1, 40_000_000), ("Honduras", restored): (1, 1, 143_000_000),
        ("Honduras", review): (1, 1, 615_000_000), ("Honduras", suspended): (1, 1, 450_000_000),
    }


def test_timeline_orders_events_across_articles(graph: KnowledgeGraph) -> None:
    rows = [(r["date"], r["kind"], r["event"], split(r["articles"], ", ")) for r in run(graph, "timeline")]
    assert rows == [
        (d("2019-07-26"), "agreement", str(GT_STCA), {"gt-1017", "aid-0801"}),
        # same day and kind: by IRI, and "us-gt-..." sorts before "us-hn-..."
        (d("2019-08-01"), "aid reported", str(AID_SUSPENDED), {"aid-0801"}),
        (d("2019-08-01"), "aid reported", str(AID_PLEDGED), {"aid-0801"}),
        (d("2019-09-20"), "agreement", str(SV_ACA), {"sv-0921"}),
        (d("2019-10-17"), "aid reported", str(AID_RESTORED), {"gt-1017"}),
        (d("2019-10-17"), "aid reported", str(AID_REVIEW), {"gt-1017"}),
        (d("2019-10-17"), "meeting", str(MEETING), {"gt-1017"}),
    ]


def test_officials_in_several_articles_counts_articles_not_triples(graph: KnowledgeGraph) -> None:
    rows = [(r["name"], r["articleCount"], split(r["articles"], ", "))
            for r in run(graph, "officials_in_several_articles")]
    # McAleenan: A and B describe him, C types him as signer; Degenhart: B and C; Hill only A
    assert rows == [
        ("Kevin McAleenan", 3, {"sv-0921", "gt-1017", "aid-0801"}),
        ("Enrique Degenhart", 2, {"gt-1017", "aid-0801"}),
    ]


def test_provenance_of_one_fact(graph: KnowledgeGraph) -> None:
    rows = [(r["fact"], r["article"], r["published"], r["start"], r["quote"])
            for r in run(graph, "provenance", fact=str(GT_STCA))]
    # the Guatemala agreement is stated by two articles: the older one first
    assert rows == [
        (str(GT_STCA), "aid-0801", d("2019-08-01"), 10,
         "Guatemala's interior minister Enrique Degenhart signed the agreement on July 26"),
        (str(GT_STCA), "gt-1017", d("2019-10-17"), 500,
         "Guatemala signed a safe third country agreement with the United States in July"),
    ]


def test_provenance_of_everything_has_one_row_per_evidence(graph: KnowledgeGraph) -> None:
    # evidence spans: A 3 (two officials, one agreement), B 6 (two officials, agreement,
    # meeting, two aid), C 3 (agreement, two aid)
    assert len(run(graph, "provenance")) == 3 + 6 + 3


@pytest.mark.parametrize("param", [{"official": "person:kevin-mcaleenan"}, {"name": '"Kevin McAleenan"'}])
def test_agreements_signed_by_an_official(graph: KnowledgeGraph, param: dict[str, str]) -> None:
    rows = [(r["name"], r["agreement"], r["date"], split(r["parties"])) for r in run(graph, "agreements_signed_by", **param)]
    assert rows == [
        ("Kevin McAleenan", str(GT_STCA), d("2019-07-26"), {"United States", "Guatemala"}),
        ("Kevin McAleenan", str(SV_ACA), d("2019-09-20"), {"United States", "El Salvador"}),
    ]


def test_agreements_signed_by_someone_who_signed_nothing(graph: KnowledgeGraph) -> None:
    assert run(graph, "agreements_signed_by", official=str(RIVAS)) == []


def test_meetings_with_participants_and_place(graph: KnowledgeGraph) -> None:
    rows = [(r["meeting"], r["date"], r["place"], split(r["participants"])) for r in run(graph, "meetings")]
    assert rows == [(str(MEETING), d("2019-10-17"), "San Salvador",
                     {"Kevin McAleenan", "Enrique Degenhart", "Rogelio Rivas"})]


def test_agreements_of_guatemala(graph: KnowledgeGraph) -> None:
    rows = [(r["country"], r["agreement"], r["date"], split(r["partners"]), split(r["signers"]))
            for r in run(graph, "agreements_of_country", country="country:guatemala")]
    assert rows == [(str(GT), str(GT_STCA), d("2019-07-26"), {"United States"}, {"Kevin McAleenan", "Enrique Degenhart"})]


def test_articles_with_fact_counts(graph: KnowledgeGraph) -> None:
    rows = [(r["article"], r["published"], r["facts"], r["officials"], r["agreements"], r["aid"], r["meetings"])
            for r in run(graph, "articles")]
    assert rows == [
        # C: the agreement (whose signers are typed officials but quoted from nowhere in C) and two aid
        ("aid-0801", d("2019-08-01"), 3, 0, 1, 2, 0),
        ("sv-0921", d("2019-09-21"), 3, 2, 1, 0, 0),
        ("gt-1017", d("2019-10-17"), 6, 2, 1, 2, 1),
    ]


def test_aid_suspended_then_restored(graph: KnowledgeGraph) -> None:
    rows = [(r["recipient"], r["suspended"], r["suspendedReported"], r["restored"], r["restoredReported"])
            for r in run(graph, "aid_suspended_then_restored")]
    assert rows == [(name, str(AID_SUSPENDED), d("2019-08-01"), str(AID_RESTORED), d("2019-10-17"))
                    for name in ("El Salvador", "Guatemala", "Honduras")]


def test_officials_who_met(graph: KnowledgeGraph) -> None:
    rows = [(r["name"], r["otherName"], r["meetings"]) for r in run(graph, "officials_who_met", person=str(MCALEENAN))]
    assert rows == [("Kevin McAleenan", "Enrique Degenhart", 1), ("Kevin McAleenan", "Rogelio Rivas", 1)]


# -- the seeds' built graph ---------------------------------------------------------------------
# Facts the five seed articles state plainly (read by hand in seeds/); extraction is being
# improved in parallel, so a failure here is an extraction gap to report, not a reason to
# weaken the assertion.

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    from kg.pipeline import build

    result = build([SEEDS], settings=Settings(cache_dir=str(tmp_path_factory.mktemp("cache"))), validate=False)
    assert result.report.ok and result.report.articles == 5, result.report.problems
    return result.graph


def test_seed_articles_are_all_in_the_graph(seed_graph: KnowledgeGraph) -> None:
    ids = {r["article"] for r in run(seed_graph, "articles")}
    assert ids == {p.stem for p in SEEDS.glob("*.txt")}


def test_seed_el_salvador_agreement_signed_by_mcaleenan_and_hill(seed_graph: KnowledgeGraph) -> None:
    # 001: "McAleenan told reporters ... after signing documents with El Salvador's minister of
    # foreign affairs, Alexandra Hill"
    hill = {r["agreement"] for r in run(seed_graph, "agreements_signed_by", name='"Alexandra Hill"')
            if {"El Salvador", "United States"} <= split(r["parties"])}
    mcaleenan = {r["agreement"] for r in run(seed_graph, "agreements_signed_by", official="person:kevin-mcaleenan")}
    assert hill and hill <= mcaleenan


def test_seed_guatemala_memorandum_with_the_united_states(seed_graph: KnowledgeGraph) -> None:
    # 003: McAleenan "signed the 'memorandum' with Guatemalan Minister Enrique Antonio Degenhart"
    rows = run(seed_graph, "agreements_of_country", country="country:guatemala")
    assert any(r["kind"] == str(ACC.MemorandumOfCooperation) and "United States" in split(r["partners"])
               and "Kevin McAleenan" in split(r["signers"]) for r in rows), rows


def test_seed_mcaleenan_appears_in_three_articles(seed_graph: KnowledgeGraph) -> None:
    # 000 ("Keven McAleenan"), 001 and 003 all name him
    rows = {r["name"]: split(r["articles"], ", ") for r in run(seed_graph, "officials_in_several_articles")}
    assert rows.get("Kevin McAleenan", set()) >= {"000_cb06689f896329bb", "001_b10bee1da265debe", "003_635e60cd13bc4d0b"}


def test_seed_615_million_under_review_for_the_northern_triangle(seed_graph: KnowledgeGraph) -> None:
    # 000: the State Department "was reviewing some $615 million in assistance" to the three
    totals = {(r["recipient"], r["status"]): r["totalUSD"] for r in run(seed_graph, "aid_by_recipient")}
    for country in ("Guatemala", "Honduras", "El Salvador"):
        assert totals.get((country, str(ACC.UnderReview))) == 615_000_000, country


def test_seed_degenhart_is_a_guatemalan_official(seed_graph: KnowledgeGraph) -> None:
    # 000: "Guatemala Minister of Government Enrique Degenhart"
    rows = run(seed_graph, "officials_by_country")
    assert any(r["country"] == "Guatemala" and "Degenhart" in str(r["name"]) for r in rows), rows
