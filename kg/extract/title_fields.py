"""The fields of one portfolio listed with commas inside a title written before a name
("Minister of Inclusion, Social Security and Migration, X"; "Spain's minister of inclusion,
social security and migration, X"), which the title reader of :mod:`.title_before` must not
take for the end of the title, nor the title reader of :mod:`.title_context` after a name
("X, Minister of Immigration, Integration, National Identity and Co-development, said"); and the words of a time of day before a name, which are no title."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import gazetteer
from .official_mentions import _HYPHENS
from .roles import is_head_word, parse_title

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def in_field_list(sent: "Span", j: int) -> bool:
    """Whether token ``j`` is a comma that separates the fields of one portfolio ("Minister of
    Inclusion, Social Security and Migration"): capitalised words on both sides, and before
    it, over capitalised words, a portfolio's preposition after a head of title; or a lower-case
    word of such a list after its comma."""
    doc = sent.doc
    if doc[j].text != "," and j > sent.start:
        return _lower_field_word(sent, j)
    if doc[j].text != "," or j - 1 < sent.start or j + 1 >= sent.end:
        return False
    if doc[j + 1].is_lower and doc[j - 1].is_lower and doc[j - 1].is_alpha:
        return _in_lower_field_list(sent, j)
    if not (doc[j + 1].text[:1].isupper() and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha):
        return False
    k = j - 1
    while k > sent.start and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].pos_ == "CCONJ"
                              or doc[k].text == ",") and not is_head_word(doc[k].text):
        k -= 1
    if doc[k].lower_ in gazetteer.grammar_words("portfolio_prepositions") and k - 1 >= sent.start \
            and is_head_word(doc[k - 1].text):
        return True
    # "Health, Labour and Welfare Minister X": the fields before the head, the last two joined
    k, joined = j + 1, False
    while k < sent.end and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].pos_ == "CCONJ") \
            and not is_head_word(doc[k].text):
        joined, k = joined or doc[k].pos_ == "CCONJ", k + 1
    return joined and k < sent.end and is_head_word(doc[k].text) and doc[k - 1].pos_ != "CCONJ"


def _in_lower_field_list(sent: "Span", j: int) -> bool:
    """"Spain's minister of inclusion, social security and migration, X": the comma at ``j``
    between lower-case fields, after a head of title and its preposition, the list closed by
    a conjunction before the comma that comes before the name."""
    doc = sent.doc
    k = j - 1
    while k > sent.start and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in gazetteer.grammar_words(
            "portfolio_prepositions") and not is_head_word(doc[k].text):
        k -= 1
    if not (doc[k].lower_ in gazetteer.grammar_words("portfolio_prepositions") and k - 1 >= sent.start
            and is_head_word(doc[k - 1].text)):
        return False
    n, joined = j + 1, False
    while n < sent.end and doc[n].is_lower and doc[n].is_alpha and doc[n].pos_ in _FIELD_POS:
        joined, n = joined or doc[n].lower_ in gazetteer.grammar_words("field_conjunctions"), n + 1
    return (joined and n < sent.end and doc[n].text == "," and doc[n - 1].pos_ != "CCONJ"
            and doc[j + 1].pos_ != "CCONJ")


#: the parts of speech of the words of a field ("social security", "invalids and social affairs")
_FIELD_POS = ("NOUN", "ADJ", "PROPN", "CCONJ")


def _lower_field_word(sent: "Span", j: int) -> bool:
    """Whether token ``j`` is a lower-case word after a comma of such a list ("social" in
    "minister of inclusion, social security and migration, X")."""
    doc = sent.doc
    if not (doc[j].is_lower and doc[j].is_alpha):
        return False
    k = j - 1
    while k > sent.start and doc[k].is_lower and doc[k].is_alpha:
        k -= 1
    return doc[k].text == "," and _in_lower_field_list(sent, k)


def fields_after_comma(sent: "Span", k: int, words: list["Token"]) -> int:
    """"X, minister of labor, invalids and social affairs, said", "X, Minister of Immigration,
    Integration, National Identity and Co-development, said": at a comma at ``k`` after a
    portfolio, the fields go on when words of the same case (one more comma-separated field
    each; a hyphenated word is one), the last two joined by a conjunction, follow up to the
    apposition's end; where they end, else 0."""
    doc = sent.doc
    if doc[k].text != "," or not any(w.lower_ in gazetteer.grammar_words("portfolio_prepositions") for w in words):
        return 0
    n, joined = k + 1, False
    # capitalised fields, no name or place among them, or lower-case ones
    capital = n < sent.end and doc[n].text[:1].isupper()
    while n < sent.end:
        if doc[n].text == "," and n + 1 < sent.end and not joined and n > k + 1 and _field_word(doc[n + 1], capital):
            n += 1  # "Immigration, Integration, National Identity": one more field
            continue
        if doc[n].text in _HYPHENS and not doc[n - 1].whitespace_ and not doc[n].whitespace_ and n + 1 < sent.end \
                and doc[n + 1].is_alpha and n > k + 1:
            n += 1  # "Co-development": one word
            continue
        if not (_field_word(doc[n], capital) or doc[n - 1].text in _HYPHENS and doc[n].is_alpha):
            break
        joined, n = joined or doc[n].lower_ in gazetteer.grammar_words("field_conjunctions"), n + 1
    ok = joined and n > k + 2 and (n == sent.end or doc[n].is_punct) and doc[n - 1].pos_ != "CCONJ"
    return n if ok else 0


def _field_word(tok: "Token", capital: bool) -> bool:
    """A word of a field in a list written in capitals (``capital``) or in lower case."""
    if not tok.is_alpha or tok.pos_ in ("VERB", "AUX", "PRON", "DET"):
        return False
    if tok.lower_ in gazetteer.grammar_words("field_conjunctions"):
        return True
    if not capital:
        return tok.is_lower
    # a head of its own opens the next post ("..., Ambassador X"); "National" of "National Identity" does not
    return tok.text[:1].isupper() and tok.ent_type_ not in ("PERSON", "GPE") and not (
        is_head_word(tok.text) and parse_title(tok.text) is not None)

#: a time of day written in figures ("12:05", "6.41")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def without_clock_time(words: list["Token"]) -> list["Token"]:
    """Title words without those of a time of day ("12:05 PM ET", "6:41 p.m. ET" in a live blog:
    "PM" is no Prime Minister, "ET" no name)."""
    doc = words[0].doc if words else None
    return [w for w in words if w.ent_type_ != "TIME" and not _CLOCK.fullmatch(doc[max(w.i - 1, 0)].text)]
