"""Which tokens can be part of a person's name: capitalised proper nouns that are no title,
unit or acronym, particles ("de", "von der", "al-") between them, and hyphens without spaces
("Jean-Luc"), and where a name the tagger cut short ends (:func:`extend_name`). Shared by the
name-finding of :mod:`.person_mentions`; the particles come from ``given_names.json``."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .. import gazetteer
from ..annotate.index import per_document
from .official_mentions import _HYPHENS
from .roles import is_head_word, title_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def namelike(tok: "Token", units: set[int]) -> bool:
    """Whether a token can be a word of a person's name (not inside a state, body or place: ``units``)."""
    return tok.i not in units and namelike_tokens(tok.doc)[tok.i]


def namelike_at(doc: "Doc", i: int, units: set[int]) -> bool:
    """:func:`namelike` of ``doc[i]``, without making the token."""
    return i not in units and namelike_tokens(doc)[i]


def namelike_tokens(doc: "Doc") -> list[bool]:
    """Per token, whether it can be a name's word whatever the sentence: a capitalised proper
    noun that is no title word, no acronym ("WASHINGTON", "DHS") and alphabetic or an initial
    or a word with apostrophes and hyphens; read from the document's columns once."""
    return per_document(doc, _NAMELIKE, _read_namelike)


def _read_namelike(doc: "Doc") -> list[bool]:
    import numpy
    from spacy.attrs import IS_ALPHA, LOWER, ORTH, POS
    from spacy.symbols import PROPN

    strings = doc.vocab.strings
    titles = title_words()
    out = [False] * len(doc)
    columns = doc.to_array([ORTH, LOWER, POS, IS_ALPHA])
    # only the proper nouns are read (one small row each, not a Python row per token)
    proper = numpy.flatnonzero(columns[:, 2] == PROPN).tolist()
    for i, (orth, lower, alpha) in zip(proper, columns[proper][:, [0, 1, 3]].tolist()):
        text = strings[orth]
        out[i] = bool(text[:1].isupper() and strings[lower] not in titles and not (text.isupper() and len(text) > 2)
                      and not is_plural_title(strings[lower])  # "Senators A (X) and B": the title's, not A's
                      and (alpha or _NAME_WORD.fullmatch(text) is not None))
    return out


@cache
def is_plural_title(word: str) -> bool:
    """Whether ``word`` is a title head in the plural ("Senators", "Ministers": a head word
    with a plural ending of ``titles.json`` "plural_endings"), which the tagger may tag a
    proper noun and keep as its own lemma."""
    lower = word.lower()
    return any(lower.endswith(e) and len(lower) > len(e) + 2 and is_head_word(lower[: -len(e)])
               for e in gazetteer.grammar_words("plural_endings"))


_NAMELIKE = "kg_namelike"
_NAME_WORD = re.compile(r"[A-Z]\.|[A-Z][\w'’-]+")


@cache
def name_particles() -> frozenset[str]:
    return frozenset(gazetteer.given_name_data().get("name_particles", []))


def particle(doc: "Doc", j: int, end: int, units: set[int]) -> bool:
    """"de", "von der" inside a name: "Luis de Guindos", "Ursula von der Leyen" (``given_names.json``)."""
    k = after_particles(doc, j, end)
    return k > j and k < end and namelike_at(doc, k, units)


def joins_names(doc: "Doc", j: int, end: int, units: set[int]) -> bool:
    """A hyphen without spaces between two capitalised parts of a name: "Jean-Luc" is one name."""
    return (0 < j < end - 1 and doc[j].text in _HYPHENS and not doc[j - 1].whitespace_ and not doc[j].whitespace_
            and namelike_at(doc, j - 1, units) and namelike_at(doc, j + 1, units))


def after_particles(doc: "Doc", j: int, end: int) -> int:
    """The index after the particles that start at ``j``, a hyphen after one included ("al-Sisi")."""
    particles = name_particles()
    k = j
    while k < end and (doc[k].lower_ in particles or (k > j and doc[k].text in _HYPHENS and not doc[k - 1].whitespace_)):
        k += 1
    return k


def after_regnal_number(sent: "Span", end: int, taken: set[int] = frozenset()) -> int:
    """The end of a name with the regnal number or generational suffix written right after it
    ("King Letsie III", "Ferdinand Marcos Jr."; ``given_names.json`` "generational_suffixes"),
    which the tagger and the capitalised-word test (an acronym: "III") leave out."""
    doc = sent.doc
    if sent.start < end < sent.end and end not in taken and doc[end].text in _suffixes() and doc[end - 1].whitespace_:
        return end + 1
    return end


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(gazetteer.given_name_data().get("generational_suffixes", ()))


def extend_name(sent: "Span", end: int, units: set[int]) -> int:
    """The end of a name the tagger cut short: "Lucía Barrera" + "Toledo" (tagged a city or a
    one-word organisation),
    "Ursula von" + "der Leyen" (particles, then the surname), "Mohamed Ould" + "Mohamed
    Lemine" (a name ending in a particle, then the next name)."""
    doc = sent.doc
    if after_regnal_number(sent, end) > end:
        return end + 1
    nicknamed = _after_nickname(sent, end, units)
    if nicknamed:  # 'Susan "Toots" Ople': a nickname in quotes between the given name and the surname
        return nicknamed
    if doc[end - 1].lower_ in name_particles() and end < sent.end and doc[end].ent_type_ == "PERSON":
        end += 1
        while end < sent.end and doc[end].ent_iob_ == "I":
            end += 1
        return end
    if end < sent.end and particle(doc, end, sent.end, units):
        return after_particles(doc, end, sent.end) + 1
    if joins_names(doc, end, sent.end, units):  # "Murat" + "-" + "Khan Nurtleu": one name
        end += 2
        while end < sent.end and doc[end].ent_iob_ == "I" and namelike(doc[end], units):
            end += 1
        return end
    if end < sent.end and doc[end].ent_type_ in ("", "GPE") and namelike(doc[end], units):
        end += 1
        # "Sayed Hussain" + "Alemi Balkhi": the untagged rest of a long name
        while end < sent.end and doc[end].ent_type_ == "" and namelike(doc[end], units) and doc[end - 1].whitespace_:
            end += 1
        return end
    if end + 1 < sent.end and doc[end].ent_iob_ == "B" and doc[end + 1].ent_iob_ != "I" and namelike(doc[end], units):
        return end + 1  # "Arnoldo André" + "Tinoco" (tagged an organisation of one word)
    if end < sent.end and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B" and namelike(doc[end], units) \
            and namelike(doc[end - 1], units) and not is_head_word(doc[end - 1].text):
        end += 1  # "Zine al-Abidine" + "Ben Ali": a name the tagger cut in two, with nothing between; not "Taoiseach" + "X"
        while end < sent.end and doc[end].ent_iob_ == "I":
            end += 1
    return end


def _after_nickname(sent: "Span", end: int, units: set[int]) -> int:
    """The end of the surname after a nickname in double quotes that follows (or, the tagger
    having taken the opening quote, ends) the name ending at ``end``; 0 when there is none."""
    doc = sent.doc
    q = end - 1 if doc[end - 1].text in _QUOTES else end
    if q >= sent.end or doc[q].text not in _QUOTES:
        return 0
    r = q + 1
    while r < sent.end and r - q <= 2 and doc[r].text[:1].isupper() and doc[r].is_alpha:
        r += 1
    if r == q + 1 or r + 1 >= sent.end or doc[r].text not in _QUOTES or not namelike(doc[r + 1], units):
        return 0
    r += 2
    while r < sent.end and doc[r].ent_iob_ == "I" and namelike(doc[r], units):
        r += 1
    return r


_QUOTES = ('"', "\u201c", "\u201d")
