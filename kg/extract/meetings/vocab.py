from __future__ import annotations

from functools import cache
import re
import unicodedata
from typing import TYPE_CHECKING

from ...gazetteer import find_countries
from ...parse import doc_text
from ..parties import terms

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "relcl", "csubj", "advcl"})


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


# links along which a non-finite verb shares the subject of the verb it depends on
_CONTROL_DEPS = frozenset({"xcomp", "advcl", "pcomp", "conj", "prep", "pobj"})


_LOCATIVE_PREPS = frozenset({"in", "at", "to", "inside", "into"})


_NOT_SPEECH = frozenset({"ccomp", "parataxis"})


_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


# sentences back in which the same people with a day date an undated meeting
_LOOK_BACK = 2


_SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins"})


@cache
def _vocab() -> dict:
    return terms("events.json")


@cache
def _places() -> dict:
    return terms("places.json")


@cache
def _lemmas(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _vocab()[key])


@cache
def _place_regex() -> re.Pattern[str]:
    """Cities, their other spellings and venues, longest first, as whole words."""
    p = _places()
    forms = {*p["cities"], *p["aliases"], *p["venues"], *p["regions"], *p["ambiguous_venues"]}
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def city_of(form: str) -> str | None:
    """The city a city name, alias or venue stands for ("Oval Office" -> "Washington")."""
    p = _places()
    if form in p["cities"]:
        return form
    return p["aliases"].get(form) or p["venues"].get(form)


def country_of_city(city: str | None) -> str | None:
    """The country a city of the table is in."""
    return _places()["cities"].get(city) if city else None


def country_of_region(form: str) -> str | None:
    """The country of a state or province of the table ("Chiapas" -> "Mexico")."""
    return _places()["regions"].get(form)


def _venue_city(form: str, sent: "Span") -> str | None:
    """The city of a venue that several capitals have ("Casa Presidencial"): the one in the
    country the sentence names first, else the one the article names first."""
    candidates = _places()["ambiguous_venues"].get(form)
    if not candidates:
        return None
    by_country = {country_of_city(c): c for c in candidates}
    for text in (sent.text, doc_text(sent.doc)):
        for _, _, c in find_countries(text):
            if c.name in by_country:
                return by_country[c.name]
    return None


@cache
def _unrealised_regex() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(p) for p in _vocab()["unrealised_phrases"]), re.I)


@cache
def _not_meeting_regex() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _vocab()["not_meeting_nouns"]) + r")\s*$", re.I)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")]
    )
    for m in names
}


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}


def _word_in(tok: "Token", lemmas: frozenset[str]) -> bool:
    """Lemma lookup that survives the small model's slips ("hopes" -> "hop")."""
    lower = tok.lower_
    forms = {tok.lemma_.lower(), lower, lower[:-1], lower[:-2], lower[:-3]}
    return any(f in lemmas for f in forms if f)
