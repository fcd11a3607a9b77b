"""kg/vocab.py and ontology/accord.ttl name the same terms, and every term is documented."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.validate import ontology_dir
from kg.vocab import ACC, AGREEMENT_KIND, AGREEMENT_STATUS, AID_STATUS, ONTOLOGY_IRI

TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
              SKOS.ConceptScheme, SKOS.Concept}
VOCAB_TERMS = sorted(n for n in ACC.__annotations__ if not n.startswith("_"))
NS = str(ACC._NS)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "accord.ttl")


def declared_terms(graph: Graph) -> set[URIRef]:
    """Every IRI in the acc: namespace that the Turtle gives a type to."""
    return {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_vocab_lists_terms():
    # guards the introspection below: an empty list would make the other tests pass vacuously
    assert len(VOCAB_TERMS) > 50 and "Agreement" in VOCAB_TERMS


@pytest.mark.parametrize("name", VOCAB_TERMS)
def test_vocab_term_is_declared_with_type_label_and_comment(ontology, name):
    term = ACC[name]
    assert set(ontology.objects(term, RDF.type)) & TERM_TYPES, f"{name} has no OWL/SKOS type"
    assert ontology.value(term, RDFS.label) is not None, f"{name} has no rdfs:label"
    assert ontology.value(term, RDFS.comment) is not None, f"{name} has no rdfs:comment"


def test_every_declared_term_is_in_vocab(ontology):
    in_turtle = {str(t)[len(NS):] for t in declared_terms(ontology)}
    assert in_turtle - set(VOCAB_TERMS) == set(), "declared in accord.ttl but missing from kg/vocab.py"


def test_ontology_header(ontology):
    from rdflib.namespace import DCTERMS

    onto = URIRef(ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in ontology
    for prop in (OWL.versionInfo, OWL.versionIRI, DCTERMS.license, DCTERMS.title, DCTERMS.description,
                 DCTERMS.creator):
        assert ontology.value(onto, prop) is not None, prop


@pytest.mark.parametrize(("table", "scheme"), [
    (AGREEMENT_KIND, ACC.AgreementKindScheme),
    (AGREEMENT_STATUS, ACC.AgreementStatusScheme),
    (AID_STATUS, ACC.AidStatusScheme),
])
def test_concept_pref_labels_are_the_facts_format_strings(ontology, table, scheme):
    in_scheme = set(ontology.subjects(SKOS.inScheme, scheme))
    assert in_scheme == set(table.values())
    for string, concept in table.items():
        assert [str(label) for label in ontology.objects(concept, SKOS.prefLabel)] == [string]


def test_every_property_has_a_domain_or_range(ontology):
    props = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(ontology.subjects(RDF.type, OWL.DatatypeProperty))
    assert props
    bare = [p for p in props if ontology.value(p, RDFS.domain) is None and ontology.value(p, RDFS.range) is None]
    assert bare == []


def test_oxigraph_parses_the_turtle_to_the_same_number_of_triples(ontology):
    quads = list(pyoxigraph.parse(path=str(ontology_dir() / "accord.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(ontology)


def _context() -> dict:
    import json

    return json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))["@context"]


def test_json_ld_context_defines_every_vocab_term():
    context = _context()
    for name in VOCAB_TERMS:
        entry = context.get(name)
        iri = entry["@id"] if isinstance(entry, dict) else entry
        assert iri == f"acc:{name}", name
    assert context["acc"] == NS


def test_json_ld_context_reads_a_document_as_the_data_model_writes_it():
    import json

    from rdflib import Literal
    from rdflib.namespace import ORG, XSD

    doc = {
        "@context": _context(),
        "@graph": [
            {"@id": "https://example.org/agreement/1", "@type": "Agreement", "agreementKind": "AsylumCooperationAgreement",
             "agreementStatus": "Signed", "party": ["https://example.org/us", "https://example.org/sv"],
             "date": "2019-09-20"},
            {"@id": "https://example.org/ev/1", "@type": "Evidence", "startChar": 120, "quote": "text"},
            {"@id": "https://example.org/person/1", "holds": "https://example.org/post/1"},
        ],
    }
    g = Graph().parse(data=json.dumps(doc), format="json-ld")
    agreement = URIRef("https://example.org/agreement/1")
    assert (agreement, RDF.type, ACC.Agreement) in g
    assert (agreement, ACC.agreementKind, ACC.AsylumCooperationAgreement) in g
    assert (agreement, ACC.agreementStatus, ACC.Signed) in g
    assert (agreement, ACC.party, URIRef("https://example.org/sv")) in g
    assert (agreement, ACC.date, Literal("2019-09-20", datatype=XSD.date)) in g
    assert (URIRef("https://example.org/ev/1"), ACC.startChar, Literal(120)) in g
    assert (URIRef("https://example.org/person/1"), ORG.holds, URIRef("https://example.org/post/1")) in g


def test_the_standard_prefixes_are_rdflib_s_namespaces():
    # kg.iris spells them out so that `kg query` imports no rdflib; a typo would make IRIs nobody else uses
    from rdflib.namespace import DCTERMS, ORG, PROV, SDO, XSD

    from kg.iris import PREFIXES

    expected = {"rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "prov": PROV, "org": ORG,
                "schema": SDO, "dcterms": DCTERMS}
    assert {k: PREFIXES[k] for k in expected} == {k: str(ns) for k, ns in expected.items()}
    assert PREFIXES["acc"] == str(ACC._NS) == ONTOLOGY_IRI + "#"
