"""The aid vocabulary of ``kg/data/aid_terms.json`` and ``kg/data/patterns/aid_*.json``, compiled once."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ...annotate.index import per_document
from ...gazetteer import local_places, office_holders, organisations
from ...money import dollar_currency, named_dollars
from ...parse import doc_text
from ..parties import US, matcher, pattern_file, terms

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: how a country mention was found (:class:`kg.extract.parties.CountryMention` ``via``)
VIA_NAME = "name"
VIA_ANAPHORA = "anaphora"
VIA_CAPITAL = "capital"
#: the currency of a vague sum ("hundreds of millions"): aid talk without an amount
VAGUE = "vague"
STATUS_PATTERNS = "aid_status.json"


@cache
def vocab() -> dict:
    return terms("aid_terms.json")


@cache
def words(key: str) -> frozenset[str]:
    """A word list of aid_terms.json, as a set of lower-case words."""
    return frozenset(vocab()[key])


@cache
def regex(key: str, flags: int = 0) -> re.Pattern[str]:
    """A regular expression of aid_terms.json, compiled."""
    return re.compile(vocab()[key], flags)


@cache
def any_word(key: str) -> re.Pattern[str]:
    """Any whole word of a word list of aid_terms.json, case-insensitive."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in vocab()[key]) + r")\b", re.I)


def phrase_statuses(doc: "Doc") -> list[tuple[str, int, int]]:
    """(status, start, end) of every status phrase of ``aid_status.json`` in the document,
    in the file's label order, found once per document."""
    return per_document(doc, "kg_aid_phrases", _phrase_statuses)


def _phrase_statuses(doc: "Doc") -> list[tuple[str, int, int]]:
    order = list(pattern_file(STATUS_PATTERNS)["patterns"])
    strings = doc.vocab.strings
    hits = [(strings[m], s, e) for m, s, e in matcher(STATUS_PATTERNS, doc.vocab)(doc)]
    return sorted(hits, key=lambda h: (order.index(h[0]), h[1]))


def phrase_status(doc: "Doc", tokens: "set[int] | range", wanted: tuple[str, ...] | None = None) -> str | None:
    """The first status phrase wholly within ``tokens`` (indices), of the ``wanted`` statuses."""
    for status, start, end in phrase_statuses(doc):
        if (wanted is None or status in wanted) and all(i in tokens for i in range(start, end)):
            return status
    return None


@cache
def strong_nouns() -> frozenset[str]:
    """Nouns that name money by themselves ("aid", "funds"; "cooperation" as translated
    from Spanish "cooperación", the usual word there for aid)."""
    return frozenset(vocab()["strong_aid_nouns"])


@cache
def status_of_lemma() -> dict[str, str]:
    out: dict[str, str] = {}
    for status, lemmas in vocab()["status_lemmas"].items():
        for lemma in lemmas:
            out.setdefault(lemma, status)
    return out


@cache
def not_aid() -> re.Pattern[str]:
    words = "|".join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in vocab()["not_aid_context"]
    )
    return re.compile(rf"\b(?:{words})\b", re.I)


@cache
def org_patterns() -> list[tuple[str, re.Pattern[str], bool]]:
    """(canonical name, pattern, is a donor) for organisations that give or get aid: the donors
    and bodies of ``aid_terms.json``, then every other intergovernmental body of the gazetteer
    (``organisations.json``: "the AU Commission's work" is the African Union's), as a body
    money may go to or through, under the name of the body it serves."""
    entries = [(e["name"], e["aliases"], donor) for key, donor in (("donors", True), ("organisations", False)) for e in vocab()[key]]
    known = {name for name, _, _ in entries}
    taken = {a for _, aliases, _ in entries for a in aliases}
    for body in organisations():
        owner = body.serves or body.name
        if body.kind == "igo" and owner not in known and not taken & {body.name, *body.aliases}:
            entries.append((owner, [body.name, *body.aliases], False))
    out = []
    for name, aliases, donor in entries:
        alternation = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
        out.append((name, re.compile(rf"(?<![\w.-])(?:{alternation})(?![\w])"), donor))
    return out


@cache
def us_provider() -> re.Pattern[str]:
    alternation = "|".join(re.escape(t) for t in sorted(vocab()["us_provider_terms"], key=len, reverse=True))
    # "US$2 million" names a currency, not the donor
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w$])")


@cache
def purpose_patterns() -> list[re.Pattern[str]]:
    return [re.compile(p, re.I) for p in vocab()["purpose_patterns"]]


@cache
def anaphora_pattern() -> re.Pattern[str]:
    return re.compile(vocab()["country_anaphora"], re.I)


@cache
def region_pattern() -> re.Pattern[str]:
    return re.compile(vocab()["region_without_countries"])


@cache
def world_places() -> dict[str, str]:
    """First-level subdivisions (ISO 3166-2, pycountry) and capitals -> their state: names no
    one chose for news, some of them words too ("Gulf", a province of Papua New Guinea), so
    read as places only of the states a text names (:func:`kg.extract.aid.recipients.place_countries`)."""
    from ...gazetteer import dateline_places
    from ...states import subdivisions

    return {**subdivisions(), **dateline_places()}


@cache
def hand_places() -> dict[str, str]:
    """The gazetteer's local places and the meeting places of ``places.json`` -> their state."""
    data = terms("places.json")
    places = dict(local_places())
    places.update(data.get("cities", {}))
    places.update(data.get("regions", {}))
    for alias, city in data.get("aliases", {}).items():
        if city in places:
            places[alias] = places[city]
    return places


@cache
def place_table() -> tuple[dict[str, str], re.Pattern[str]]:
    """Cities, states and provinces -> their country: the first-level subdivisions of ISO
    3166-2 (pycountry: "Borno", "Azuay"), every capital ("Ulaanbaatar", "Dili"), the
    gazetteer's local places and the meeting places of ``places.json`` (owned by other
    extractors; read only), the hand lists winning."""
    places = {**world_places(), **hand_places()}
    places = {name: c for name, c in places.items() if c != US}
    alternation = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    # a place where the money goes or is spent, not a surname ("Flores") or a byline, nor a
    # word of a longer name ("in East Africa", "for Central America")
    # the preposition and article in any case: "For the Accra centre, X provided ..." opens a
    # sentence; one word of lower case may qualify the place ("in regional Queensland")
    return places, re.compile(rf"\b(?i:{'|'.join(vocab()['place_prepositions'])})\s+(?i:the\s+)?(?:[a-z]+\s+)?({alternation})\b(?!{vocab()['place_name_goes_on']})")


@cache
def giving_statuses() -> frozenset[str]:
    return frozenset(vocab()["amount_verbs_without_aid_noun"])


@cache
def office_holder_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for holder in office_holders():
        forms = sorted({holder.name, *holder.aliases}, key=len, reverse=True)
        out.append((re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b"), holder.country))
    return tuple(out)


def article_dollar(doc: "Doc") -> str:
    """What a bare "$" means in this article (A$, NZ$, US$; :mod:`kg.money_dollars`), decided
    once per document from the order of its dollar sums."""
    dollar = doc.user_data.get("kg_aid_dollar")
    if dollar is None:
        dollar = doc.user_data["kg_aid_dollar"] = dollar_currency(doc_text(doc)) if named_dollars_in(doc) else "USD"
    return dollar


def named_dollars_in(doc: "Doc") -> set[str]:
    """The dollars the article names explicitly (:func:`kg.money.named_dollars`), read once
    per document from the sums ``accord_money`` marked, not by searching the text again."""
    found = doc.user_data.get("kg_aid_named_dollars")
    if found is None:
        found = doc.user_data["kg_aid_named_dollars"] = named_dollars(doc)
    return found

