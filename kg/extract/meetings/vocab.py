"""The vocabulary of meetings (``kg/data/events.json``) and places (``kg/data/places.json``).

Every word the decisions read is looked up here, by concept; no module of the package
spells one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from ...annotate.index import in_span, lemma_positions
from ...gazetteer import dateline_places, find_countries
from ...parse import doc_text
from ..parties import terms

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "relcl", "csubj", "advcl"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# links along which a non-finite verb shares the subject of the verb it depends on
_CONTROL_DEPS = frozenset({"xcomp", "advcl", "pcomp", "conj", "prep", "pobj", "acomp"})
_NOT_SPEECH = frozenset({"ccomp", "parataxis"})
# dependency labels of the words that count a noun ("the two leaders", "both men")
_COUNT_DEPS = ("nummod", "det", "predet", "amod")  # labels ("predet" is missing from spacy.glossary)
# sentences back in which the same people with a day date an undated meeting
_LOOK_BACK = 2


@cache
def _vocab() -> dict:
    return terms("events.json")


@cache
def _places() -> dict:
    return terms("places.json")


@cache
def _lemmas(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _vocab()[key])


def tokens_with_lemma(sent: "Span", key: str, pos: str | None = None) -> list["Token"]:
    """The tokens of a sentence whose lower-case lemma is one of ``key``'s (and, given ``pos``,
    of that part of speech), in order, from the document's positions found once
    (:func:`kg.annotate.index.lemma_positions`) instead of a walk over the sentence's tokens."""
    return [sent.doc[i] for i in in_span(lemma_positions(sent.doc, _lemmas(key), pos), sent)]


@cache
def _place_regex() -> re.Pattern[str]:
    """Cities, their other spellings and venues, longest first, as whole words."""
    p = _places()
    forms = {*p["cities"], *p["aliases"], *p["venues"], *p["regions"], *p["ambiguous_venues"], *dateline_places()}
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def city_of(form: str) -> str | None:
    """The city a city name, alias or venue stands for ("Oval Office" -> "Washington"); any
    state's capital or seat of government is a city ("Rabat", "The Hague")."""
    p = _places()
    if form in p["cities"]:
        return form
    return p["aliases"].get(form) or p["venues"].get(form) or (form if form in dateline_places() else None)


def country_of_city(city: str | None) -> str | None:
    """The country a city of the table, or a state's capital, is in."""
    if not city:
        return None
    return _places()["cities"].get(city) or dateline_places().get(city)


def country_of_region(form: str) -> str | None:
    """The country of a state or province of the table ("Chiapas" -> "Mexico")."""
    return _places()["regions"].get(form)


def _first_named(cities: list[str], text: str) -> str | None:
    """The one of these cities a text names first."""
    named = sorted((m.start(), c) for c in cities if (m := re.search(rf"\b{re.escape(c)}\b", text)))
    return named[0][1] if named else None


def _venue_city(form: str, sent: "Span") -> str | None:
    """The city of a venue that several capitals have ("Casa Presidencial"): the one of those
    cities the sentence names, else the one of the article's dateline ("Tegucigalpa, May 8
    - ... met at the Casa Presidencial, on a tour that took him to Guatemala"), else the one
    in the country the sentence names first, else the one in the country the article names
    first."""
    candidates = _places()["ambiguous_venues"].get(form)
    if not candidates:
        return None
    by_country = {country_of_city(c): c for c in candidates}
    article = doc_text(sent.doc)
    named = _first_named(candidates, sent.text) or next(
        (c for c in candidates if re.search(rf"(?m)^[ \t]*{re.escape(c)}\b[ \t]*[,(\u2014\u2013-]", article)), None)
    if named:
        return named
    for text in (sent.text, article):
        for _, _, c in find_countries(text):
            if c.name in by_country:
                return by_country[c.name]
    return None


@cache
def _subdivisions() -> dict[str, tuple[str, ...]]:
    """Subdivision type ("State", "Region") -> the folded names of the subdivisions of that
    type, from pycountry's ISO 3166-2 table."""
    import pycountry

    out: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        out.setdefault(sub.type, []).append(_fold(sub.name))
    return {kind: tuple(names) for kind, names in out.items()}


def is_subdivision(name: str) -> bool:
    """Whether a name is a state, province or region with its designator ("Rakhine State",
    "Kurdistan Region"): the last word is a subdivision type and the words before it name a
    subdivision of that type."""
    words = name.split()
    names = _subdivisions().get(words[-1]) if len(words) > 1 else None
    if not names:
        return False
    head = re.compile(rf"(?<!\w){re.escape(_fold(' '.join(words[:-1])))}(?!\w)")
    return any(head.search(n) for n in names)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def is_word(tok: "Token", key: str) -> bool:
    """Whether a token's lower-cased form is one of the words of ``events.json[key]``."""
    return tok.lower_ in _lemmas(key)


def has_lemma(tok: "Token", key: str) -> bool:
    """Whether a token's lemma is one of the words of ``events.json[key]``."""
    return tok.lemma_.lower() in _lemmas(key)


def number_of(tok: "Token") -> int | None:
    """The count a word gives ("three", "both", "4"), from ``number_words``."""
    if tok.text.isdigit():
        return int(tok.text)
    return _vocab()["number_words"].get(tok.lower_)


def _word_in(tok: "Token", lemmas: frozenset[str]) -> bool:
    """Lemma lookup that survives the small model's slips ("hopes" -> "hop")."""
    lower = tok.lower_
    forms = {tok.lemma_.lower(), lower, lower[:-1], lower[:-2], lower[:-3]}
    return any(f in lemmas for f in forms if f)
