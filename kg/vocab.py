"""The Accord KG ontology's terms, defined once.

This module mirrors ``ontology/accord.ttl`` term for term (``tests/test_vocab.py``
checks that the two agree). ``_fail = True`` makes a misspelt term an
AttributeError instead of a silently new IRI, as rdflib's own ``ORG`` namespace does.
Standard vocabularies (ORG, PROV, SKOS, DCTERMS, SDO) come from rdflib itself.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

from .iris import DEFAULT_BASE_IRI, ONTOLOGY_IRI, PREFIXES, WIKIDATA_DIRECT, WIKIDATA_ENTITY

WD = Namespace(WIKIDATA_ENTITY)
WDT = Namespace(WIKIDATA_DIRECT)


class ACC(DefinedNamespace):
    """Accord KG ontology, ``https://w3id.org/accord-kg/ontology#``."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # Core classes
    Agreement: URIRef  # An agreement, accord, memorandum or declaration between parties.
    Signatory: URIRef  # A state or organisation that is a party to an agreement.
    Official: URIRef  # A person who holds a post in a state or organisation.
    Aid: URIRef  # Money one party provides to, or withholds from, others.
    # Around them
    Country: URIRef  # A sovereign state.
    Organisation: URIRef  # A government agency or international organisation.
    Post: URIRef  # A position in a state or organisation that an official holds.
    Meeting: URIRef  # People meeting at a place and time.
    Place: URIRef  # A city or other named place where something happens.
    Article: URIRef  # A news article the facts were read from.
    Evidence: URIRef  # A quoted span of an article that states a fact.
    Extraction: URIRef  # The activity that read facts out of an article.

    # Agreements
    agreementKind: URIRef  # Agreement -> concept in AgreementKindScheme
    agreementStatus: URIRef  # Agreement -> concept in AgreementStatusScheme
    signatory: URIRef  # Agreement -> party or person that signed (Wikidata P1891)
    party: URIRef  # Agreement -> Signatory (a state or organisation bound by it)
    signedBy: URIRef  # Agreement -> Official who signed it
    date: URIRef  # Agreement or Meeting -> xsd:date it happened

    # Officials and posts
    postTitle: URIRef  # Post -> the title as written, e.g. "Acting Secretary of Homeland Security"

    # Aid
    amount: URIRef  # Aid -> schema:MonetaryAmount (original value and currency)
    usdValue: URIRef  # MonetaryAmount -> the value (or lower bound) in US dollars
    usdMaxValue: URIRef  # MonetaryAmount -> the upper bound of a range in US dollars
    provider: URIRef  # Aid -> the party that gives it
    recipient: URIRef  # Aid -> a party that receives it
    aidStatus: URIRef  # Aid -> concept in AidStatusScheme
    purpose: URIRef  # Aid -> what it is for (text)

    # Meetings
    participant: URIRef  # Meeting -> person taking part
    location: URIRef  # Meeting -> Place or Country

    # Provenance
    evidence: URIRef  # any fact node -> Evidence stating it
    quote: URIRef  # Evidence -> the sentence text
    startChar: URIRef  # Evidence -> offset of the span in the article text
    endChar: URIRef  # Evidence -> end offset (exclusive)
    confidence: URIRef  # Evidence -> extractor's confidence in [0, 1]
    contentHash: URIRef  # Article -> sha256 of its text
    isoCode: URIRef  # Country -> ISO 3166-1 alpha-2 code

    # Concept schemes
    AgreementKindScheme: URIRef
    AgreementStatusScheme: URIRef
    AidStatusScheme: URIRef
    # Agreement kinds (skos:prefLabel is the facts-format string)
    SafeThirdCountryAgreement: URIRef
    AsylumCooperationAgreement: URIRef
    MemorandumOfCooperation: URIRef
    RegionalCompact: URIRef
    JointDeclaration: URIRef
    OtherAgreement: URIRef
    # Agreement statuses
    Proposed: URIRef
    Signed: URIRef
    Ratified: URIRef
    InForce: URIRef
    SuspendedAgreement: URIRef
    # Aid statuses
    Announced: URIRef
    Pledged: URIRef
    Approved: URIRef
    Delivered: URIRef
    Suspended: URIRef
    Cut: URIRef
    Restored: URIRef
    Redirected: URIRef
    UnderReview: URIRef


#: facts-format strings <-> concept IRIs, so that no other module spells these.
AGREEMENT_KIND = {
    "safe third country agreement": ACC.SafeThirdCountryAgreement,
    "asylum cooperation agreement": ACC.AsylumCooperationAgreement,
    "memorandum of cooperation": ACC.MemorandumOfCooperation,
    "regional compact": ACC.RegionalCompact,
    "joint declaration": ACC.JointDeclaration,
    "other": ACC.OtherAgreement,
}
AGREEMENT_STATUS = {
    "proposed": ACC.Proposed,
    "signed": ACC.Signed,
    "ratified": ACC.Ratified,
    "in force": ACC.InForce,
    "suspended": ACC.SuspendedAgreement,
}
AID_STATUS = {
    "announced": ACC.Announced,
    "pledged": ACC.Pledged,
    "approved": ACC.Approved,
    "delivered": ACC.Delivered,
    "suspended": ACC.Suspended,
    "cut": ACC.Cut,
    "restored": ACC.Restored,
    "redirected": ACC.Redirected,
    "under review": ACC.UnderReview,
}

__all__ = ["ACC", "AGREEMENT_KIND", "AGREEMENT_STATUS", "AID_STATUS", "DEFAULT_BASE_IRI", "ONTOLOGY_IRI", "PREFIXES", "WD", "WDT"]
