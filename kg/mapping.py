"""Mapping: facts of one article -> RDF triples in that article's named graph.

IRIs are readable slugs of canonical names under the configured base IRI, so that the
same entity gets the same IRI on every run, on every machine and from every article;
merging per-article graphs is then plain set union. The shape is documented in
``docs/data-model.md``; every term comes from :mod:`kg.vocab`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.term import Node

from . import gazetteer
from .facts import Agreement, Aid, ArticleFacts, Evidence, Meeting, Official
from .link import wikidata_iri
from .read import url_problem
from .resolve import Resolution
from .settings import INSTANCE_KINDS, instance_prefixes  # noqa: F401  (readers look for them here)
from .vocab import ACC, AGREEMENT_KIND, AGREEMENT_STATUS, AID_STATUS, WD

Triple = tuple[Node, Node, Node]


def slug(text: str) -> str:
    """ "Sánchez Cordero, Olga" -> "sanchez-cordero-olga" (ASCII, lower case, hyphens)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unnamed"


#: Hex digits of the text's SHA-256 in an article's name: 64 bits, so that two different
#: texts of one corpus never share a name (and :func:`kg.pipeline.unique_articles` checks).
ARTICLE_NAME_DIGITS = 16


def article_name(content_hash: str) -> str:
    """The local name of an article's IRIs (article, graph, evidence, extraction).

    It comes from the SHA-256 of the article's text, the one identity every input has
    and that does not change when a file is renamed, moved or read from another
    machine: file names are neither unique once slugged ("Report A", "report-a") nor
    Latin ("日本.txt"), and paths are local. The same text gets the same IRIs in every
    build; :func:`kg.pipeline.unique_articles` reads a repeated text once.
    """
    return content_hash[:ARTICLE_NAME_DIGITS]


def _short_hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:10]


@dataclass(frozen=True)
class IRIs:
    """Where each kind of entity lives under the base IRI."""

    base: str

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(parts))

    def party(self, name: str) -> URIRef:
        """A country when the gazetteer knows the name, else an organisation."""
        if gazetteer.country_by_name(name) or gazetteer.country(name):
            return self.country(name)
        return self._iri("organisation", slug(name))

    def country(self, name: str) -> URIRef:
        known = gazetteer.country_by_name(name) or gazetteer.country(name)
        return self._iri("country", slug(known.name if known else name))

    def person(self, name: str) -> URIRef:
        return self._iri("person", slug(name))

    def post(self, served: str | None, title: str) -> URIRef:
        return self._iri("post", f"{slug(served or 'unknown')}-{slug(title)}")

    def agreement(self, a: Agreement, year: str | None) -> URIRef:
        codes = sorted(_party_code(p) for p in a.signatories)
        parts = [*codes, slug(a.type)] + ([year] if year else [])
        return self._iri("agreement", "-".join(parts))

    def aid(self, a: Aid) -> URIRef:
        parts = [_party_code(a.provider) if a.provider else "unknown"]
        parts += sorted(_party_code(r) for r in a.recipients)
        parts.append(_amount_slug(a))
        parts.append(slug(a.status) if a.status else "status-unknown")
        return self._iri("aid", "-".join(parts))

    def meeting(self, m: Meeting) -> URIRef:
        key = _short_hash(*sorted(m.participants))
        return self._iri("meeting", "-".join([m.date or "undated", slug(m.place) if m.place else "somewhere", key]))

    def place(self, name: str) -> URIRef:
        if gazetteer.country(name):
            return self.country(name)
        return self._iri("place", slug(name))

    # Article-level IRIs take the article's name (:func:`article_name`), never a file name.
    def article(self, name: str) -> URIRef:
        return self._iri("article", name)

    def evidence(self, name: str, ev: Evidence) -> URIRef:
        return self._iri("evidence", f"{name}-{ev.start}-{ev.end}")

    def graph(self, name: str) -> URIRef:
        return self._iri("graph", name)

    def extraction(self, name: str) -> URIRef:
        return self._iri("extraction", name)

    def amount(self, aid_iri: URIRef) -> URIRef:
        return self._iri("amount", aid_iri.rsplit("/", 1)[-1])


def _party_code(name: str) -> str:
    known = gazetteer.country_by_name(name) or gazetteer.country(name)
    return known.iso2.lower() if known else slug(name)


def _amount_slug(a: Aid) -> str:
    """The sum as the text gives it: "450000000" (US dollars), "6000000000-eur"."""
    if a.amount is None:
        return "unspecified"
    low = f"{a.amount:.0f}"
    slug = f"{low}-{a.amount_max:.0f}" if a.amount_max else low
    return slug if a.currency == "USD" else f"{slug}-{(a.currency or 'xxx').lower()}"


def _decimal(value: float) -> Literal:
    """xsd:decimal with one lexical form per value on every store ("450000000", not "4.5E8")."""
    number = Decimal(int(value)) if float(value).is_integer() else Decimal(str(value))
    return Literal(number, datatype=XSD.decimal)


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


class ArticleMapper:
    """Turns one article's facts into the triples of its named graph."""

    def __init__(
        self, facts: ArticleFacts, *, base_iri: str, content_hash: str, resolution: Resolution | None = None
    ) -> None:
        self.facts = facts
        self.resolution = resolution or Resolution()
        self.iris = IRIs(base_iri)
        self.name = article_name(content_hash)
        self.article_iri = self.iris.article(self.name)
        self.content_hash = content_hash

    @property
    def graph_iri(self) -> URIRef:
        return self.iris.graph(self.name)

    def triples(self) -> Iterator[Triple]:
        """The article's triples. Each fact of the article is a node of its own (a second
        agreement or sum the graph would key alike is numbered, :func:`_nth`), so an
        article's graph gives no node two values of a single-valued property."""
        yield from self._article()
        for official in self.facts.officials:
            yield from self._official(official)
        minted: set[URIRef] = set()
        for agreement in _by_trust(self.facts.agreements):
            yield from self._agreement(agreement, minted)
        for aid in _by_trust(self.facts.aid):
            yield from self._aid(aid, minted)
        for meeting in _by_trust(self.facts.meetings):
            yield from self._meeting(meeting)

    # -- provenance ----------------------------------------------------------------------

    def _article(self) -> Iterator[Triple]:
        a, art = self.facts.article, self.article_iri
        activity = self.iris.extraction(self.name)
        yield art, RDF.type, ACC.Article
        yield art, DCTERMS.identifier, Literal(a.id)
        yield art, ACC.contentHash, Literal(self.content_hash)
        if a.title:
            yield art, DCTERMS.title, Literal(a.title)
        if a.date:
            yield art, DCTERMS.date, _date(a.date)
        if a.url and url_problem(a.url) is None:  # an Article made in Python is not checked by the reader
            # the web address is the article's source; a local path (a.source) stays out of
            # the data, which is shared: it is in facts.json only (docs/FACTS_FORMAT.md)
            yield art, DCTERMS.source, URIRef(a.url)
            yield art, SDO.url, URIRef(a.url)
        yield self.graph_iri, PROV.wasDerivedFrom, art
        yield self.graph_iri, PROV.wasGeneratedBy, activity
        yield activity, RDF.type, ACC.Extraction
        yield activity, PROV.used, art

    def _evidence(self, subject: URIRef, ev: Evidence, confidence: float) -> Iterator[Triple]:
        node = self.iris.evidence(self.name, ev)
        yield subject, ACC.evidence, node
        yield node, RDF.type, ACC.Evidence
        yield node, ACC.quote, Literal(ev.text)
        yield node, ACC.startChar, Literal(ev.start)
        yield node, ACC.endChar, Literal(ev.end)
        yield node, ACC.confidence, Literal(round(confidence, 3), datatype=XSD.decimal)
        yield node, PROV.wasQuotedFrom, self.article_iri

    # -- entities ------------------------------------------------------------------------

    def _party(self, name: str, *, signatory: bool = False) -> Iterator[Triple]:
        iri = self.iris.party(name)
        known = gazetteer.country_by_name(name) or gazetteer.country(name)
        if known:
            yield iri, RDF.type, ACC.Country
            yield iri, RDFS.label, Literal(known.name)
            yield iri, ACC.isoCode, Literal(known.iso2)
            if known.wikidata:
                yield iri, OWL.sameAs, WD[known.wikidata]
        else:
            yield iri, RDF.type, ACC.Organisation
            yield iri, RDFS.label, Literal(name)
            yield from _same_as(iri, "organisation", name)
        if signatory:
            yield iri, RDF.type, ACC.Signatory

    def _person(self, name: str, *, official: bool = True) -> Iterator[Triple]:
        iri = self.iris.person(name)
        yield iri, RDF.type, ACC.Official if official else SDO.Person
        yield iri, RDFS.label, Literal(name)
        yield from _same_as(iri, "person", name)

    def _official(self, o: Official) -> Iterator[Triple]:
        person = self.iris.person(o.name)
        yield from self._person(o.name)
        for alias in o.aliases:
            if alias != o.name:
                yield person, SKOS.altLabel, Literal(alias)
        title = o.role or "Official"
        post = self.iris.post(o.country, title)
        yield person, ORG.holds, post
        yield post, RDF.type, ACC.Post
        yield post, ACC.postTitle, Literal(title)
        post_label = f"{title} ({o.country})" if o.country else title
        yield post, RDFS.label, Literal(post_label)
        yield from _same_as(post, "post", post_label)
        if o.country:
            yield post, ORG.postIn, self.iris.party(o.country)
            yield from self._party(o.country)
        yield from self._evidence(person, o.evidence, o.confidence)

    def _agreement(self, a: Agreement, minted: set[URIRef]) -> Iterator[Triple]:
        year = self.resolution.agreement_year(a, self.facts.article.date)
        # the extractor gives one fact per distinct instrument of the article: "a memorandum
        # on X and another on Y" are two nodes (<iri>, <iri>-2) though kind, parties and year agree
        iri = _nth(self.iris.agreement(a, year), minted)
        yield iri, RDF.type, ACC.Agreement
        yield iri, RDFS.label, Literal(a.label)
        yield iri, ACC.agreementKind, AGREEMENT_KIND.get(a.type, ACC.OtherAgreement)
        if a.status in AGREEMENT_STATUS:
            yield iri, ACC.agreementStatus, AGREEMENT_STATUS[a.status]
        for party in a.signatories:
            yield iri, ACC.party, self.iris.party(party)
            yield from self._party(party, signatory=True)
        for name in a.signed_by:
            # an acc:Official holds a post and is quoted (ontology/shapes.ttl): a signer the
            # article gives no post is a schema:Person in its graph, as a meeting's participant
            yield iri, ACC.signedBy, self.iris.person(name)
            yield from self._person(name, official=self._is_official(name))
        if a.date:
            yield iri, ACC.date, _date(a.date)
        yield from self._evidence(iri, a.evidence, a.confidence)

    def _aid(self, a: Aid, minted: set[URIRef]) -> Iterator[Triple]:
        # "the bloc promised a further 3 billion euros": a second sum of one article with the
        # same donor, recipients, amount and status is a second node; amountless mentions are one
        iri = _nth(self.iris.aid(a), minted) if a.amount is not None else self.iris.aid(a)
        yield iri, RDF.type, ACC.Aid
        yield iri, RDFS.label, Literal(_aid_label(a))
        if a.amount is not None:
            # the sum as the article gives it, and the same in US dollars when known
            amount = self.iris.amount(iri)
            yield iri, ACC.amount, amount
            yield amount, RDF.type, SDO.MonetaryAmount
            yield amount, SDO.currency, Literal(a.currency or "XXX")
            if a.amount_max is not None:
                yield amount, SDO.minValue, _decimal(a.amount)
                yield amount, SDO.maxValue, _decimal(a.amount_max)
            else:
                yield amount, SDO.value, _decimal(a.amount)
            if a.amount_usd is not None:
                yield amount, ACC.usdValue, _decimal(a.amount_usd)
            if a.amount_usd_max is not None:
                yield amount, ACC.usdMaxValue, _decimal(a.amount_usd_max)
        if a.provider:
            yield iri, ACC.provider, self.iris.party(a.provider)
            yield from self._party(a.provider)
        for r in a.recipients:
            yield iri, ACC.recipient, self.iris.party(r)
            yield from self._party(r)
        if a.status in AID_STATUS:
            yield iri, ACC.aidStatus, AID_STATUS[a.status]
        if a.purpose:
            yield iri, ACC.purpose, Literal(a.purpose)
        yield from self._evidence(iri, a.evidence, a.confidence)

    def _meeting(self, m: Meeting) -> Iterator[Triple]:
        iri = self.iris.meeting(m)
        yield iri, RDF.type, ACC.Meeting
        yield iri, RDFS.label, Literal(_meeting_label(m))
        for name in m.participants:
            yield iri, ACC.participant, self.iris.person(name)
            yield from self._person(name, official=self._is_official(name))
        if m.place:
            place = self.iris.place(m.place)
            yield iri, ACC.location, place
            if gazetteer.country(m.place):
                yield from self._party(m.place)
            else:
                yield place, RDF.type, ACC.Place
                yield place, RDFS.label, Literal(m.place)
        if m.date:
            yield iri, ACC.date, _date(m.date)
        yield from self._evidence(iri, m.evidence, m.confidence)

    def _is_official(self, name: str) -> bool:
        return any(o.name == name for o in self.facts.officials)


def _nth(iri: URIRef, minted: set[URIRef]) -> URIRef:
    """``iri``, or ``<iri>-2``, ``<iri>-3`` ... when this article already minted it."""
    nth, first = 1, iri
    while iri in minted:
        nth += 1
        iri = URIRef(f"{first}-{nth}")
    minted.add(iri)
    return iri


def _by_trust(facts: list) -> list:
    """Facts in the order they take their IRIs (the first of two alike keeps the plain one):
    most confident first, then the one whose evidence starts first, then as read."""
    return sorted(facts, key=lambda f: (-f.confidence, f.evidence.start))


def _same_as(iri: URIRef, kind: str, name: str) -> Iterator[Triple]:
    """owl:sameAs the Wikidata entity the bundled table gives ``name``, if it lists it unambiguously."""
    target = wikidata_iri(kind, name)
    if target:
        yield iri, OWL.sameAs, URIRef(target)


def _aid_label(a: Aid) -> str:
    parts = [f"{_money_label(a)} aid" if a.amount is not None else "aid"]
    if a.provider:
        parts.append(f"from {a.provider}")
    if a.recipients:
        parts.append("to " + ", ".join(a.recipients))
    if a.status:
        parts.append(f"({a.status})")
    return " ".join(parts)


def _money_label(a: Aid) -> str:
    """ "$450,000,000", "$20,000,000-30,000,000", "EUR 6,000,000,000"."""
    sign = "$" if a.currency == "USD" else f"{a.currency} "
    figure = f"{a.amount:,.0f}" if a.amount_max is None else f"{a.amount:,.0f}-{a.amount_max:,.0f}"
    return sign + figure


def _meeting_label(m: Meeting) -> str:
    label = "Meeting of " + ", ".join(m.participants) if m.participants else "Meeting"
    if m.place:
        label += f" in {m.place}"
    if m.date:
        label += f" on {m.date}"
    return label
