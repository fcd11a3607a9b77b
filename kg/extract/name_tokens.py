"""Which tokens can be part of a person's name: capitalised proper nouns that are no title,
unit or acronym, particles ("de", "von der", "al-") between them, and hyphens without spaces
("Jean-Luc"). Shared by the name-finding of :mod:`.person_mentions`; the particles come from
``given_names.json``."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .. import gazetteer
from .official_mentions import _HYPHENS
from .roles import title_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def namelike(tok: "Token", units: set[int]) -> bool:
    text = tok.text
    if tok.i in units or not text[:1].isupper() or tok.lower_ in title_words():
        return False
    if text.isupper() and len(text) > 2:
        return False  # "WASHINGTON", "DHS"
    return tok.pos_ == "PROPN" and (tok.is_alpha or re.fullmatch(r"[A-Z]\.|[A-Z][\w'’-]+", text) is not None)


@cache
def name_particles() -> frozenset[str]:
    return frozenset(gazetteer.given_name_data().get("name_particles", []))


def particle(doc: "Doc", j: int, end: int, units: set[int]) -> bool:
    """"de", "von der" inside a name: "Luis de Guindos", "Ursula von der Leyen" (``given_names.json``)."""
    k = after_particles(doc, j, end)
    return k > j and k < end and namelike(doc[k], units)


def joins_names(doc: "Doc", j: int, end: int, units: set[int]) -> bool:
    """A hyphen without spaces between two capitalised parts of a name: "Jean-Luc" is one name."""
    return (0 < j < end - 1 and doc[j].text in _HYPHENS and not doc[j - 1].whitespace_ and not doc[j].whitespace_
            and namelike(doc[j - 1], units) and namelike(doc[j + 1], units))


def after_particles(doc: "Doc", j: int, end: int) -> int:
    """The index after the particles that start at ``j``, a hyphen after one included ("al-Sisi")."""
    particles = name_particles()
    k = j
    while k < end and (doc[k].lower_ in particles or (k > j and doc[k].text in _HYPHENS and not doc[k - 1].whitespace_)):
        k += 1
    return k
