"""Countries and people a sentence names as parties, shared by the agreement and aid extractors.

- Countries come from the ``kg_states`` spans (or :func:`kg.gazetteer.find_countries` on a string), plus region names that stand
  for several countries ("the Northern Triangle"; not "the third country of the Northern
  Triangle" nor "the third Northern Triangle nation", one member), minus mentions that are not parties:
  a country that only qualifies a border, migrants or citizens ("the US-Mexico border",
  "Salvadoran migrants"), also when coordinated ("Honduran and Salvadoran asylum seekers"),
  and a demonym that names a language ("its Spanish initials", "a Spanish-language network").
- Plural anaphora ("the three countries", "these nations") resolve to the most recent
  enumeration of two or more countries: earlier in the same sentence if there is one
  (with a number, the United States counts: "from the US to X ... the two countries"),
  else the last sentence that listed some (:class:`CountryMemory`); "both" only the pair
  the last list named; a subject "each" opening a clause ("after each had signed ...",
  not "X and Y each signed") the last list.
- People: :mod:`kg.extract.party_people` (re-exported here).
- Given a sentence span, states and bodies are read from the annotation layer
  (:mod:`kg.annotate`) instead of searched again; sentences are the layer's index's.
- Organisations named as parties: :mod:`kg.extract.party_bodies` (re-exported here).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from ..annotate.groups import STATES, form_offsets
from ..annotate.index import sentences as _indexed_sentences
from ..annotate.index import spans_in
from ..gazetteer import country_by_name, find_countries
from ..parse import doc_text

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Span, Token

    from . import Context

US = "United States"


@cache
def terms(name: str) -> dict:
    """A vocabulary file of kg/data, parsed once."""
    return json.loads(resources.files("kg.data").joinpath(name).read_text(encoding="utf-8"))


@cache
def pattern_file(name: str) -> dict:
    """A pattern file of kg/data/patterns (its patterns by label, and its examples)."""
    return json.loads(resources.files("kg.data").joinpath(f"patterns/{name}").read_text(encoding="utf-8"))


_MATCHERS: dict[tuple[str, int], object] = {}


#: the ``"kind"`` of a pattern file whose patterns are ``DependencyMatcher`` patterns
DEPENDENCY = "dependency"


def matcher(name: str, vocab) -> "Matcher":
    """A spaCy matcher with the patterns of ``kg/data/patterns/<name>``, one per vocab: a
    ``DependencyMatcher`` when the file's ``"kind"`` is ``"dependency"``, else a ``Matcher``."""
    from ..annotate.fast_match import dependency_matcher, token_matcher  # same matches, less work

    key = (name, id(vocab))
    if key not in _MATCHERS:
        make = dependency_matcher if pattern_file(name).get("kind") == DEPENDENCY else token_matcher
        built = make(vocab, pattern_file(name)["patterns"])
        _MATCHERS[key] = built
    return _MATCHERS[key]  # type: ignore[return-value]


@cache
def government_terms() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(party, words for its government: "Washington", "Brussels") from ``government_terms``
    of agreement_terms.json."""
    return tuple(
        (party, re.compile(r"\b(?:" + "|".join(re.escape(t) for t in words) + r")\b"))
        for party, words in _agreement_terms()["government_terms"].items()
    )


@cache
def _agreement_terms() -> dict:
    return terms("agreement_terms.json")


@cache
def _region_regex() -> re.Pattern[str] | None:
    regions = _agreement_terms().get("regions", {})
    if not regions:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(r) for r in sorted(regions, key=len, reverse=True)) + r")\b")


@cache
def _anaphora_regex() -> re.Pattern[str]:
    return re.compile(_agreement_terms()["plural_country_anaphora"], re.I)


@cache
def _words() -> dict:
    """``kg/data/patterns/parties.json``: the words this module reads."""
    return pattern_file("parties.json")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    w = _words()
    articles = _alternation(w["articles"])
    return {
        "city_after": re.compile(rf"\s+(?:{_alternation(w['city_words'])})\b"),
        "word_before": re.compile(rf"(\w+)\s+(?:(?:{articles})\s+)?$"),
        "member_of": re.compile(
            rf"\b(?:{_alternation(w['member_nouns'])})\s+(?:{_alternation(w['member_links'])})\s+(?:(?:{articles})\s+)?"
            r"(?-i:[a-z][\w-]*\s+){0,2}$",  # up to two modifiers: "of the so-called Northern Triangle"
            re.I),
        "member_after": re.compile(rf"\s+(?:{_alternation(w['member_nouns'])})\b", re.I),
        "envoys_from": re.compile(
            rf"\b(?:{_alternation(w['envoy_nouns'])})\s+(?:{_alternation(w['origin_prepositions'])})\s+(?:(?:{articles})\s+)?$"
            # "ministers from the EU's member states and from A, B and C": the second "from" too
            rf"|\b(?:{_alternation(w['envoy_nouns'])})\s+(?:{_alternation(w['origin_prepositions'])})\s[^.;:]*?"
            rf"\b(?:{_alternation(w['coordinators'])})\s+(?:{_alternation(w['origin_prepositions'])})\s+(?:(?:{articles})\s+)?$",
            re.I),
        "elided_possessive": re.compile(rf"^['’]s\s*(?:[,.;:]|(?:{_alternation(w['elided_possessive_followers'])})\b)"),
        "coordination": re.compile(rf"\s*(?:,|,?\s*(?:{_alternation(w['coordinators'])}))\s*"),
        "qualifier_after": re.compile(rf"^[-–](?:{_alternation(w['qualifying_suffixes'])})\b"),
    }


#: how a country mention was found
VIA_NAME, VIA_REGION, VIA_ANAPHORA = "name", "region", "anaphora"
#: how far before a region's name a "member of" phrase can start
_MEMBER_WINDOW = 40
#: how far before a state's name "ministers from" can start ("ministers from X's member states and from Y")
_ENVOYS_WINDOW = 80


@dataclass
class CountryMention:
    start: int  # offsets in the sentence text
    end: int
    name: str
    via: str = VIA_NAME  # VIA_NAME, VIA_REGION or VIA_ANAPHORA
    after_preposition: bool = False  # "through Panama", "from Belize": a place passed, not a party


@dataclass
class CountryMemory:
    """The most recent enumeration of two or more countries in the article."""

    last_list: list[str] = field(default_factory=list)
    history: list[list[str]] = field(default_factory=list)

    def update(self, mentions: list[CountryMention]) -> None:
        named = _unique([m.name for m in mentions if m.via != VIA_ANAPHORA and m.name != US])
        if len(named) >= 2:
            self.last_list = named
            self.history.append(named)

    def recent(self, number: int | None) -> list[str]:
        """The last list, or with a number ("the three countries") the last list that long."""
        if number is None:
            return self.last_list
        return next((lst for lst in reversed(self.history) if len(lst) == number), [])


def _unique(names: list[str]) -> list[str]:
    seen: list[str] = []
    for n in names:
        if n not in seen:
            seen.append(n)
    return seen


@cache
def _non_party_after() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in _agreement_terms()["non_party_heads"])
    modifiers = _alternation(_words()["non_party_modifiers"])
    agreements = _words()["agreement_nouns"]
    # "US-Mexico border", "Mexico's southern border", "Salvadoran migrants"
    return re.compile(
        rf"^(?:\s*[-–/]\s*[A-Z][\w.]*(?:\s[A-Z]\w*)?)?(?:['’]s?)?\s+(?:(?:{modifiers}|\w+-\w+)\s+)?(?:{heads})\b(?![\s-]+{agreements}\b)"
    )


@cache
def _non_party_before() -> re.Pattern[str]:
    # "its southern border with Guatemala": a neighbour, not a party
    return re.compile(_agreement_terms()["non_party_before"], re.I)


@cache
def _language_after() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in _agreement_terms()["language_heads"])
    return re.compile(rf"^[\s-]+(?:{heads})\b", re.I)


def countries_in(
    text: "str | Span",
    memory: CountryMemory | None = None,
    *,
    skip_after_prepositions: bool = False,
) -> list[CountryMention]:
    """Country mentions in a sentence that can be parties, in text order.

    Given a span of a parsed document (a sentence, or part of one), the states are those
    ``accord_world`` marked in it (:mod:`kg.annotate`), read in O(answer); given a
    string, they are searched in it. Offsets are relative to the sentence either way.
    """
    if isinstance(text, str):
        sentence, found, anaphora = _named_in_text(text, skip_after_prepositions)
    else:
        sentence, found, anaphora = _named_in_span(text, skip_after_prepositions)
    found = [replace(f) for f in found]  # callers own their mentions
    for m in anaphora:
        _resolve_anaphora(m, found, memory)
    found.sort(key=lambda f: f.start)
    return found


#: ``doc.user_hooks`` key of the countries each sentence names, read once per sentence
_NAMED_KEY = "kg_named_countries"


def _named_in_span(span: "Span", skip_after_prepositions: bool):
    """:func:`_named_countries` of a span, remembered on its document: extractors ask
    about the same sentence several times, and only the anaphora depend on the call."""
    cache = span.doc.user_hooks.setdefault(_NAMED_KEY, {})
    key = (span.start, span.end, skip_after_prepositions)
    if key not in cache:
        cache[key] = _named_countries(*_state_hits(span), skip_after_prepositions)
    return cache[key]


@lru_cache(maxsize=4096)
def _named_in_text(text: str, skip_after_prepositions: bool):
    """:func:`_named_countries` of a string, remembered: the agreements step reads each sentence twice."""
    return _named_countries(*_state_hits(text), skip_after_prepositions)


def _named_countries(text: str, hits, skip_after_prepositions: bool):
    """(text, the countries named or covered by a region, the plural anaphora's matches):
    what :func:`countries_in` finds before it reads the article's memory."""
    found: list[CountryMention] = []
    preps = set(_agreement_terms()["non_party_prepositions"])
    qualifiers = _qualifying_demonyms(text, hits)
    for start, end, c in hits:
        after = text[end : end + 60]
        if text[start:end] in c.demonyms and text[start:end].endswith("s"):
            continue  # "Hondurans wonder ...": people, not their state
        # "harmonise its visa regime with the EU's by the end of the year": owns_elided
        if _non_party_after().match(after) or _rx()["city_after"].match(after) or start in qualifiers or owns_elided(after):
            continue
        if _non_party_before().search(text, max(0, start - 40), start):
            continue
        if _rx()["qualifier_after"].match(after):
            continue  # "U.S.-bound migrants", "a Kenya-based agency": a state that qualifies a noun
        if text[start:end] in c.demonyms and _language_after().match(after):
            continue  # "its Spanish initials", "a Spanish-language network": a language, not Spain
        before = _rx()["word_before"].findall(text[max(0, start - 30) : start])
        passed = bool(before) and before[-1].lower() in preps
        # "ministers from Italy and Spain signed": those the ministers act for, no place passed
        passed = passed and not _rx()["envoys_from"].search(text, max(0, start - _ENVOYS_WINDOW), start)
        # "men from Vietnam, Jamaica and Cuba": every member of the list the preposition opens
        passed = passed or _listed_after(found, text, start)
        if skip_after_prepositions and passed:
            continue
        found.append(CountryMention(start, end, c.name, after_preposition=passed))
    region = _region_regex()
    if region is not None:
        for m in region.finditer(text):
            if _rx()["member_of"].search(text, max(0, m.start() - _MEMBER_WINDOW), m.start()):
                continue  # "the third country of the Northern Triangle to sign": one member, named elsewhere
            if _rx()["member_after"].match(text, m.end()):
                continue  # "the third Northern Triangle nation to sign": likewise
            before = _rx()["word_before"].findall(text[max(0, m.start() - 30) : m.start()])
            place = bool(before) and before[-1].lower() in _agreement_terms()["region_place_prepositions"]
            for name in _agreement_terms()["regions"][m.group(0)]:
                found.append(CountryMention(m.start(), m.end(), name, via=VIA_REGION, after_preposition=place))
    return text, found, list(_anaphora_regex().finditer(text))


def owns_elided(after: str) -> bool:
    """The text after a party makes it the owner of a thing named before ("with the EU's by ..."): no party."""
    return bool(_rx()["elided_possessive"].match(after))


def _listed_after(found: list[CountryMention], text: str, start: int) -> bool:
    """The country at ``start`` continues a list ("Vietnam, Jamaica and Cuba") whose
    previous member came after a preposition of places passed ("from Vietnam")."""
    last = found[-1] if found else None
    return (
        last is not None and last.after_preposition and last.via == VIA_NAME
        and bool(_rx()["coordination"].fullmatch(text[last.end : start]))
    )


def _resolve_anaphora(m: "re.Match[str]", found: list[CountryMention], memory: CountryMemory | None) -> None:
    """Add the countries a plural anaphora ("the three countries", "both") stands for."""
    earlier = _unique([f.name for f in found if f.end <= m.start() and f.name != US])
    words = m.group(0).lower().split()
    number = next((n for w, n in _words()["number_words"].items() if w in words), None)
    with_us = _unique([f.name for f in found if f.end <= m.start() and f.via == VIA_NAME])
    if len(earlier) >= 2 and (number is None or number == len(earlier)):
        listed = earlier
    elif number is not None and len(with_us) == number and US in with_us:
        # "flown from the United States to X under the agreement the two countries
        # signed": the sentence's own pair, the United States one of them
        listed = with_us
    elif set(_words()["pair_words"]) & set(words):
        # "What about X and Y? - Both signed ...": only the pair just named
        listed = memory.last_list if memory and len(memory.last_list) == 2 else []
    else:
        listed = memory.recent(number) if memory else []
    for name in listed:
        found.append(CountryMention(m.start(), m.end(), name, via=VIA_ANAPHORA))


def _sentence_text(span: "Span") -> str:
    return doc_text(span.doc)[span.start_char : span.end_char]


def _state_hits(text: "str | Span") -> tuple[str, list]:
    """(the sentence's text, its state mentions as (start, end, Country) relative to it)."""
    from .party_bodies import body_name_spans

    bodies = body_name_spans(text)
    if isinstance(text, str):
        return text, [h for h in find_countries(text) if not _inside(h, bodies)]
    base = text.start_char
    hits = []
    for mark in spans_in(text, STATES):
        start, end = form_offsets(mark)
        state = country_by_name(mark.label_)
        if state is not None and not _inside((start - base, end - base), bodies):
            hits.append((start - base, end - base, state))
    return _sentence_text(text), hits


def _inside(hit: tuple, spans: list[tuple[int, int]]) -> bool:
    """Whether a state's name lies within one of ``spans`` (a body's name)."""
    return any(s <= hit[0] and hit[1] <= e for s, e in spans)


def _qualifying_demonyms(text: str, hits) -> set[int]:
    """Starts of demonyms coordinated with one that qualifies people: in "Honduran and
    Salvadoran asylum seekers" both only say where the people come from."""
    out: set[int] = set()
    for (start, end, c), (nstart, nend, nc) in reversed(list(zip(hits, hits[1:]))):
        if text[start:end] not in c.demonyms or text[nstart:nend] not in nc.demonyms:
            continue
        if not _rx()["coordination"].fullmatch(text[end:nstart]):
            continue
        if nstart in out or _non_party_after().match(text[nend : nend + 60]):
            out.add(start)
    return out


def names(mentions: list[CountryMention]) -> list[str]:
    return _unique([m.name for m in mentions])


def is_pronoun_subject(token: "Token") -> bool:
    return token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in _words()["personal_pronouns"]


def sentences(doc) -> list["Span"]:
    """The sentences extractors read, computed once per document (:mod:`kg.annotate.index`):
    the parser's, also cut at blank lines and at line breaks before bullets or after a
    line ending in ":", without news boilerplate (bylines, press contacts, related links)."""
    return list(_indexed_sentences(doc))


# the people half lives in its own module; its names stay importable from here
from .party_people import canonical_person, people_in_span, people_with_spans, surnames  # noqa: E402
from .party_bodies import organisations_in  # noqa: E402

__all__ = [
    "US", "CountryMemory", "CountryMention", "canonical_person", "countries_in", "government_terms",
    "is_pronoun_subject", "matcher", "names", "organisations_in", "owns_elided", "pattern_file", "people_in_span",
    "people_with_spans", "sentences", "surnames", "terms"]
