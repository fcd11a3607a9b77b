"""Which tokens can be part of a person's name: capitalised proper nouns that are no title,
unit or acronym, particles ("de", "von der", "al-") between them, and hyphens without spaces
("Jean-Luc"). Shared by the name-finding of :mod:`.person_mentions`; the particles come from
``given_names.json``."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .. import gazetteer
from ..annotate.index import per_document
from .official_mentions import _HYPHENS
from .roles import title_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def namelike(tok: "Token", units: set[int]) -> bool:
    """Whether a token can be a word of a person's name (not inside a state, body or place: ``units``)."""
    return tok.i not in units and _namelike_tokens(tok.doc)[tok.i]


def namelike_at(doc: "Doc", i: int, units: set[int]) -> bool:
    """:func:`namelike` of ``doc[i]``, without making the token."""
    return i not in units and _namelike_tokens(doc)[i]


def _namelike_tokens(doc: "Doc") -> list[bool]:
    """Per token, whether it can be a name's word whatever the sentence: a capitalised proper
    noun that is no title word, no acronym ("WASHINGTON", "DHS") and alphabetic or an initial
    or a word with apostrophes and hyphens; read from the document's columns once."""
    return per_document(doc, _NAMELIKE, _read_namelike)


def _read_namelike(doc: "Doc") -> list[bool]:
    from spacy.attrs import IS_ALPHA, LOWER, ORTH, POS
    from spacy.symbols import PROPN

    strings = doc.vocab.strings
    titles = title_words()
    out = []
    for orth, lower, pos, alpha in doc.to_array([ORTH, LOWER, POS, IS_ALPHA]).tolist():
        if pos != PROPN:
            out.append(False)
            continue
        text = strings[orth]
        out.append(bool(text[:1].isupper() and strings[lower] not in titles and not (text.isupper() and len(text) > 2)
                        and (alpha or _NAME_WORD.fullmatch(text) is not None)))
    return out


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
