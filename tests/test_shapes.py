"""ontology/shapes.ttl accepts the RDF of docs/data-model.md and names what is wrong otherwise.

Each broken graph below differs from the conforming one by one change, and the test
checks both that validation fails and that the report points at the right node and path.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SH, XSD

from kg.validate import ValidationResult, ontology_dir, validate
from kg.vocab import ACC, AGREEMENT_KIND, AGREEMENT_STATUS, AID_STATUS, DEFAULT_BASE_IRI, PREFIXES

ID = Namespace(DEFAULT_BASE_IRI)
ARTICLE = ID["article/a1"]
EVIDENCE = ID["article/a1/evidence/0-42"]
US, SV = ID["country/united-states"], ID["country/el-salvador"]
PERSON = ID["person/kevin-mcaleenan"]
POST = ID["post/united-states/acting-secretary-of-homeland-security"]
AGREEMENT = ID["agreement/us-sv-asylum-cooperation-agreement-2019"]
AID = ID["aid/us-sv-615000000-under-review"]
AMOUNT = URIRef(AID + "#amount")
MEETING = ID["meeting/2019-10-17-san-salvador-abc123"]
PLACE = ID["place/san-salvador"]


def conforming() -> Graph:
    """One of each thing, shaped as docs/data-model.md shows."""
    g = Graph()
    g.bind("acc", ACC._NS)
    for t in [
        (ARTICLE, RDF.type, ACC.Article), (ARTICLE, DCTERMS.identifier, Literal("a1")),
        (ARTICLE, DCTERMS.date, Literal("2019-10-17", datatype=XSD.date)),
        (ARTICLE, ACC.contentHash, Literal("0" * 64)),
        (EVIDENCE, RDF.type, ACC.Evidence), (EVIDENCE, ACC.quote, Literal("McAleenan signed it in San Salvador.")),
        (EVIDENCE, ACC.startChar, Literal(0)), (EVIDENCE, ACC.endChar, Literal(42)),
        (EVIDENCE, ACC.confidence, Literal(0.9)), (EVIDENCE, PROV.wasQuotedFrom, ARTICLE),
        (US, RDF.type, ACC.Country), (US, RDF.type, ACC.Signatory), (US, RDFS.label, Literal("United States")),
        (SV, RDF.type, ACC.Country), (SV, RDF.type, ACC.Signatory), (SV, RDFS.label, Literal("El Salvador")),
        (PERSON, RDF.type, ACC.Official), (PERSON, RDFS.label, Literal("Kevin McAleenan")),
        (PERSON, ORG.holds, POST), (PERSON, ACC.evidence, EVIDENCE),
        (POST, RDF.type, ACC.Post), (POST, ACC.postTitle, Literal("Acting Secretary of Homeland Security")),
        (POST, ORG.postIn, US),
        (AGREEMENT, RDF.type, ACC.Agreement), (AGREEMENT, RDFS.label, Literal("US-El Salvador asylum agreement")),
        (AGREEMENT, ACC.agreementKind, ACC.AsylumCooperationAgreement), (AGREEMENT, ACC.agreementStatus, ACC.Signed),
        (AGREEMENT, ACC.party, US), (AGREEMENT, ACC.party, SV), (AGREEMENT, ACC.signedBy, PERSON),
        (AGREEMENT, ACC.date, Literal("2019-09-20", datatype=XSD.date)), (AGREEMENT, ACC.evidence, EVIDENCE),
        (AID, RDF.type, ACC.Aid), (AID, RDFS.label, Literal("US aid to El Salvador")), (AID, ACC.amount, AMOUNT),
        (AID, ACC.provider, US), (AID, ACC.recipient, SV), (AID, ACC.aidStatus, ACC.UnderReview),
        (AID, ACC.purpose, Literal("law enforcement & security")), (AID, ACC.evidence, EVIDENCE),
        (AMOUNT, RDF.type, SDO.MonetaryAmount), (AMOUNT, SDO.value, Literal(615000000)),
        (AMOUNT, SDO.currency, Literal("USD")),
        (MEETING, RDF.type, ACC.Meeting), (MEETING, RDFS.label, Literal("McAleenan in San Salvador")),
        (MEETING, ACC.participant, PERSON), (MEETING, ACC.participant, ID["person/nayib-bukele"]),
        (MEETING, ACC.location, PLACE), (MEETING, ACC.date, Literal("2019-10-17", datatype=XSD.date)),
        (MEETING, ACC.evidence, EVIDENCE),
        (PLACE, RDF.type, ACC.Place), (PLACE, RDFS.label, Literal("San Salvador")),
    ]:
        g.add(t)
    return g


def curie(iri: URIRef) -> str:
    """How the report writes an IRI: with the longest matching prefix of kg.vocab.PREFIXES."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def hits(result: ValidationResult, focus: URIRef, path: URIRef | None) -> list[str]:
    """The report lines about ``focus`` and (unless None) ``path``."""
    return [v.line() for v in result.results
            if v.focus == curie(focus) and (path is None or v.path == curie(path))]


def test_the_data_model_example_conforms():
    result = validate(conforming())
    assert result.conforms, result.report
    assert result.violations == 0
    assert result.report.startswith("[V000]")


def test_validation_leaves_the_callers_graph_alone():
    g = conforming()
    before = len(g)
    validate(g)
    assert len(g) == before  # the ontology was mixed into a copy, not into g


def drop(*triples) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        for t in triples:
            assert t in g, t  # a typo in a test must not make it pass vacuously
            g.remove(t)
    return change


def add(*triples) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        for t in triples:
            g.add(t)
    return change


BROKEN = {
    "agreement with one party": (drop((AGREEMENT, ACC.party, SV)), AGREEMENT, ACC.party),
    "agreement without kind": (drop((AGREEMENT, ACC.agreementKind, ACC.AsylumCooperationAgreement)),
                               AGREEMENT, ACC.agreementKind),
    "agreement with two kinds": (add((AGREEMENT, ACC.agreementKind, ACC.JointDeclaration)), AGREEMENT, ACC.agreementKind),
    "agreement kind outside the scheme": (
        lambda g: (g.remove((AGREEMENT, ACC.agreementKind, None)), g.add((AGREEMENT, ACC.agreementKind, ACC.Signed))),
        AGREEMENT, ACC.agreementKind),
    "agreement with two dates": (add((AGREEMENT, ACC.date, Literal("2019-09-21", datatype=XSD.date))), AGREEMENT, ACC.date),
    "agreement date as a string": (
        lambda g: g.set((AGREEMENT, ACC.date, Literal("20 September 2019"))), AGREEMENT, ACC.date),
    "agreement without label": (drop((AGREEMENT, RDFS.label, Literal("US-El Salvador asylum agreement"))),
                                AGREEMENT, RDFS.label),
    "agreement without evidence": (drop((AGREEMENT, ACC.evidence, EVIDENCE)), AGREEMENT, ACC.evidence),
    "party that is not a signatory": (drop((SV, RDF.type, ACC.Signatory)), AGREEMENT, ACC.party),
    "aid amount without currency": (drop((AMOUNT, SDO.currency, Literal("USD"))), AMOUNT, SDO.currency),
    "aid amount in lowercase currency": (
        lambda g: g.set((AMOUNT, SDO.currency, Literal("usd"))), AMOUNT, SDO.currency),
    "aid amount that is text": (lambda g: g.set((AMOUNT, SDO.value, Literal("615 million"))), AMOUNT, SDO.value),
    "aid amount without value or range": (drop((AMOUNT, SDO.value, Literal(615000000))), AMOUNT, None),
    "aid range upside down": (
        lambda g: (g.remove((AMOUNT, SDO.value, None)), g.add((AMOUNT, SDO.minValue, Literal(500))),
                   g.add((AMOUNT, SDO.maxValue, Literal(100)))),
        AMOUNT, SDO.minValue),
    "aid status outside the scheme": (lambda g: g.set((AID, ACC.aidStatus, ACC.InForce)), AID, ACC.aidStatus),
    "aid without evidence": (drop((AID, ACC.evidence, EVIDENCE)), AID, ACC.evidence),
    "official without a post": (drop((PERSON, ORG.holds, POST)), PERSON, ORG.holds),
    "official without label": (drop((PERSON, RDFS.label, Literal("Kevin McAleenan"))), PERSON, RDFS.label),
    "official without evidence": (drop((PERSON, ACC.evidence, EVIDENCE)), PERSON, ACC.evidence),
    "post without title": (drop((POST, ACC.postTitle, Literal("Acting Secretary of Homeland Security"))),
                           POST, ACC.postTitle),
    "post in a name, not an IRI": (add((POST, ORG.postIn, Literal("United States"))), POST, ORG.postIn),
    "meeting of nobody": (
        drop((MEETING, ACC.participant, ID["person/nayib-bukele"]), (MEETING, ACC.participant, PERSON)),
        MEETING, ACC.participant),
    "meeting without evidence": (drop((MEETING, ACC.evidence, EVIDENCE)), MEETING, ACC.evidence),
    "evidence without article": (drop((EVIDENCE, PROV.wasQuotedFrom, ARTICLE)), EVIDENCE, PROV.wasQuotedFrom),
    "evidence quoted from something that is not an article": (
        drop((ARTICLE, RDF.type, ACC.Article)), EVIDENCE, PROV.wasQuotedFrom),
    "evidence without quote": (drop((EVIDENCE, ACC.quote, Literal("McAleenan signed it in San Salvador."))),
                               EVIDENCE, ACC.quote),
    "evidence offset as text": (lambda g: g.set((EVIDENCE, ACC.startChar, Literal("0"))), EVIDENCE, ACC.startChar),
    "evidence span backwards": (lambda g: g.set((EVIDENCE, ACC.startChar, Literal(50))), EVIDENCE, ACC.startChar),
    "evidence confidence above one": (lambda g: g.set((EVIDENCE, ACC.confidence, Literal(1.5))),
                                      EVIDENCE, ACC.confidence),
    "article without identifier": (drop((ARTICLE, DCTERMS.identifier, Literal("a1"))), ARTICLE, DCTERMS.identifier),
}


@pytest.mark.parametrize("case", BROKEN)
def test_broken_graph_fails_naming_node_and_path(case):
    change, focus, path = BROKEN[case]
    g = conforming()
    change(g)
    result = validate(g)
    assert not result.conforms
    assert result.violations >= 1
    assert hits(result, focus, path), f"no violation on {focus} {path}:\n{result.report}"


def test_a_post_whose_country_the_article_does_not_name_conforms():
    # "the foreign minister said": the graph says no more than the article
    g = conforming()
    g.remove((POST, ORG.postIn, US))
    result = validate(g)
    assert result.conforms, result.report


def test_meeting_of_one_named_participant_nowhere_is_enough():
    g = conforming()
    g.remove((MEETING, ACC.participant, ID["person/nayib-bukele"]))
    g.remove((MEETING, ACC.location, PLACE))
    assert validate(g).conforms


def test_amount_may_be_a_range_instead_of_a_value():
    g = conforming()
    g.remove((AMOUNT, SDO.value, None))
    g.add((AMOUNT, SDO.minValue, Literal(500.0)))
    g.add((AMOUNT, SDO.maxValue, Literal(615000000)))
    assert validate(g).conforms


NUMERIC = [XSD.integer, XSD.decimal, XSD.double, XSD.float]
#: a well-formed value of each datatype, in [0, 1] for the confidence's bounds
LEXICAL = {XSD.integer: "1", XSD.int: "1", XSD.boolean: "true", XSD.string: "0.5"}


def amounts_and_evidence(datatypes: list[URIRef]) -> tuple[Graph, list[URIRef], list[URIRef]]:
    """The conforming graph plus one amount and one piece of evidence per datatype, in that
    order: sh:or's alternatives are tried, and reordered, as the values come."""
    g = conforming()
    amounts, evidence = [], []
    for n, datatype in enumerate(datatypes):
        amount, quoted = URIRef(f"{AID}#amount-{n}"), URIRef(f"{EVIDENCE}-{n}")
        lexical = LEXICAL.get(datatype, "0.5")
        g.add((AID, ACC.amount, amount))
        g += [(amount, RDF.type, SDO.MonetaryAmount), (amount, SDO.currency, Literal("USD")),
              (amount, SDO.value, Literal(lexical, datatype=datatype)),
              (quoted, RDF.type, ACC.Evidence), (quoted, ACC.quote, Literal("It said so.")),
              (quoted, ACC.startChar, Literal(0)), (quoted, ACC.endChar, Literal(11)),
              (quoted, ACC.confidence, Literal(lexical, datatype=datatype)), (quoted, PROV.wasQuotedFrom, ARTICLE)]
        amounts.append(amount)
        evidence.append(quoted)
    g.remove((AID, ACC.amount, None))  # one amount per aid: the extra ones hang off nothing but their class
    return g, amounts, evidence


def test_a_number_may_have_any_of_the_four_numeric_datatypes_in_any_order():
    for datatypes in (NUMERIC, NUMERIC[::-1], [XSD.double, XSD.integer, XSD.double, XSD.float, XSD.integer]):
        result = validate(amounts_and_evidence(datatypes)[0])
        assert result.conforms, result.report


@pytest.mark.parametrize("bad", [XSD.string, XSD.int, XSD.boolean])
def test_a_number_of_another_datatype_is_a_violation_wherever_it_comes(bad):
    # after numbers that conform (sh:or tries the alternative that conformed last first) and before them
    datatypes = [XSD.double, XSD.integer, bad, XSD.double, bad]
    g, amounts, evidence = amounts_and_evidence(datatypes)
    result = validate(g)
    for n, datatype in enumerate(datatypes):
        assert bool(hits(result, amounts[n], SDO.value)) == (datatype == bad), (n, result.report)
        assert bool(hits(result, evidence[n], ACC.confidence)) == (datatype == bad), (n, result.report)


def test_a_subclass_of_a_target_class_is_checked_too():
    # the ontology is mixed in, so an instance of a subclass of acc:Agreement is an acc:Agreement
    g = conforming()
    sub = URIRef(DEFAULT_BASE_IRI + "class/Treaty")
    g.add((sub, RDFS.subClassOf, ACC.Agreement))
    thing = ID["agreement/bare"]
    g.add((thing, RDF.type, sub))
    assert hits(validate(g), thing, ACC.party)


def test_report_has_one_line_per_violation_with_focus_path_and_message():
    g = conforming()
    g.remove((AGREEMENT, ACC.party, SV))
    g.remove((PERSON, ORG.holds, POST))
    result = validate(g)
    lines = result.report.splitlines()
    assert lines[0].startswith("[V001]") and "2 violation(s)" in lines[0]
    assert len(lines) == 1 + result.violations == 3
    assert f"{curie(AGREEMENT)}  acc:party  needs at least two acc:party, each an acc:Signatory" in lines
    assert f"{curie(PERSON)}  org:holds  needs to hold at least one acc:Post (org:holds)" in lines


def test_a_dataset_is_validated_as_the_union_of_its_named_graphs():
    # one article names one party, another the other: merged, the agreement has two
    ds = Dataset()
    first, second = ds.graph(ID["graph/a1"]), ds.graph(ID["graph/b2"])
    for t in conforming():
        (second if t == (AGREEMENT, ACC.party, SV) else first).add(t)
    assert validate(ds).conforms
    assert not validate(first).conforms


def test_custom_shapes_path(tmp_path):
    shapes = tmp_path / "only-articles.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        f"[] a sh:NodeShape ; sh:targetClass <{ACC.Article}> ; "
        f"sh:property [ sh:path <{DCTERMS.title}> ; sh:minCount 1 ] .\n")
    result = validate(conforming(), shapes_path=shapes)
    assert not result.conforms and hits(result, ARTICLE, DCTERMS.title)
    assert "only-articles.ttl" in result.report.splitlines()[0]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl")


def test_every_node_shape_says_what_it_checks(shapes):
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    assert len(node_shapes) >= 8
    assert [s for s in node_shapes if shapes.value(s, RDFS.comment) is None] == []


@pytest.mark.parametrize("path, table", [
    (ACC.agreementKind, AGREEMENT_KIND), (ACC.agreementStatus, AGREEMENT_STATUS), (ACC.aidStatus, AID_STATUS)])
def test_allowed_concepts_are_exactly_the_vocab_tables(shapes, path, table):
    (prop,) = shapes.subjects(SH.path, path)
    allowed = set(Collection(shapes, shapes.value(prop, SH["in"])))
    assert allowed == set(table.values())


def test_a_shapes_constraints_are_built_once_per_validation(monkeypatch):
    """kg.shacl_speed: a nested shape (an ``sh:or`` alternative of accsh:Numeric) validates
    once per value node, but builds its constraint components once per validation; the next
    validation builds its own, and a broken value is still found."""
    from pyshacl.constraints.core.value_constraints import DatatypeConstraintComponent

    built: list = []
    original = DatatypeConstraintComponent.__init__

    def counting(self, shape):
        built.append((id(shape.sg), shape.node))
        original(self, shape)

    monkeypatch.setattr(DatatypeConstraintComponent, "__init__", counting)
    assert validate(amounts_and_evidence(NUMERIC * 3)[0]).conforms  # 24 numbers, 4 alternatives
    first = list(built)
    assert first and len(first) == len(set(first))
    datatypes = [XSD.double, XSD.integer, XSD.string, XSD.double]
    g, amounts, _ = amounts_and_evidence(datatypes)
    result = validate(g)
    assert [bool(hits(result, a, SDO.value)) for a in amounts] == [False, False, True, False]
    assert len(built) > len(first) and len(built[len(first):]) == len(set(built[len(first):]))


def test_the_article_check_graph_read_from_the_store_is_the_constructs():
    """kg.validate._articles_apart: read from an Oxigraph store's quads, the check graph holds
    the triples its CONSTRUCT gives: each article's instance IRIs (subjects and objects) made
    its own with the graph's name encoded, other IRIs and literals as they are."""
    from kg.graph import KnowledgeGraph
    from kg.validate import _articles_apart

    graph = KnowledgeGraph()
    assert hasattr(graph.store, "inner")  # the default store is Oxigraph
    names = [str(ID["article/a1"]), "https://example.org/graphs/b2?x=ü&y"]
    first = list(conforming())
    second = [t for t in first if t[0] in (AGREEMENT, US)]  # one agreement and a party, described again
    graph.add_graph(names[0], first)
    graph.add_graph(names[1], second + [(AGREEMENT, RDFS.comment, Literal("Signed in San Salvador", lang="en"))])

    class QueryOnly:  # the store without its Oxigraph inside: the CONSTRUCT is run
        def __init__(self, store):
            self.query = store.query

    read = _articles_apart(graph, names)
    real, graph.store = graph.store, QueryOnly(graph.store)
    constructed = _articles_apart(graph, names)
    graph.store = real
    assert set(read) == set(constructed)
    assert len(read) == len(first) + len(second) + 1
    copy = URIRef(str(AGREEMENT) + "~in-graph~https%3A%2F%2Fexample.org%2Fgraphs%2Fb2%3Fx%3D%C3%BC%26y")
    assert (copy, ACC.party, URIRef(str(US) + copy[len(str(AGREEMENT)):])) in read
    assert (copy, RDF.type, ACC.Agreement) in read  # a class IRI is no instance: as it is
    assert (copy, RDFS.comment, Literal("Signed in San Salvador", lang="en")) in read
