"""Wikidata links for the things the graph names: countries, organisations, posts, people.

Two bundled tables, read once: ``kg/data/countries.json`` (the QIDs of states, whose
names come from :mod:`kg.states`) and ``kg/data/wikidata.json`` (international organisations, government agencies,
offices and a few people; its ``_comment`` says where the QIDs come from and how to add
one). Nothing is looked up online: a name the tables do not list unambiguously has no
link, because a wrong ``owl:sameAs`` is worse than none.

    >>> wikidata_iri("country", "El Salvador")
    'http://www.wikidata.org/entity/Q792'
    >>> wikidata_iri("post", "Secretary of State (United States)")
    'http://www.wikidata.org/entity/Q14213'
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Literal

from .vocab import WD

Kind = Literal["country", "organisation", "post", "person"]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]

_DATA = Path(__file__).resolve().parent / "data"
_QID = re.compile(r"^Q[1-9][0-9]*$")
#: the table section each kind reads (countries come from their own file)
_SECTIONS = {"organisation": "organisations", "post": "posts", "person": "people"}


@cache
def _articles() -> frozenset[str]:
    from .gazetteer import grammar_words

    return grammar_words("articles")


def normalise(name: str) -> str:
    """The lookup key of a name: case, spacing, dots and a leading "the" do not matter.

    "U.S. Department of State", "the US Department of State" and "us department  of state"
    are one key; accents are kept ("México" is listed as an alias where it occurs).
    """
    text = unicodedata.normalize("NFC", name).casefold().replace(".", "")
    text = re.sub(r"[\s\u00a0]+", " ", text).strip()
    first, _, rest = text.partition(" ")
    return rest if rest and first in _articles() else text


def wikidata_id(kind: str, name: str) -> str | None:
    """The Wikidata QID (``"Q792"``) of the ``kind`` named ``name``, or None if not listed."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    return _index(kind).get(normalise(name))


def wikidata_iri(kind: str, name: str) -> str | None:
    """The Wikidata entity IRI of the ``kind`` named ``name``, or None if not listed.

    ``kind`` is "country", "organisation", "post" or "person". Posts are found by their
    full name ("United States Secretary of State") or as "Title (Country)", the label the
    mapping gives posts; a bare title ("Secretary of State") is ambiguous and has no link.
    """
    qid = wikidata_id(kind, name)
    return str(WD[qid]) if qid else None


@cache
def _index(kind: str) -> dict[str, str]:
    """normalised name -> QID for one kind. A key two entries claim with different QIDs is
    dropped: the name is ambiguous, so it gets no link (tests/test_link.py keeps the bundled
    tables free of such keys)."""
    index: dict[str, str] = {}
    ambiguous: set[str] = set()
    for keys, qid in _entries(kind):
        for key in {normalise(k) for k in keys if k}:
            if index.get(key, qid) != qid:
                ambiguous.add(key)
            index[key] = qid
    return {k: v for k, v in index.items() if k not in ambiguous}


def _entries(kind: str) -> list[tuple[list[str], str]]:
    """(names, QID) pairs of one kind, read from the bundled tables."""
    if kind == "country":
        from .gazetteer import countries

        return [([c.name, *c.aliases], c.wikidata) for c in countries() if c.wikidata]
    rows = _load("wikidata.json").get(_SECTIONS[kind], [])
    if kind == "post":
        return [([f"{r['title']} ({r['country']})", *r.get("aliases", [])], r["wikidata"]) for r in rows]
    return [([r["name"], *r.get("aliases", [])], r["wikidata"]) for r in rows]


@cache
def _load(filename: str) -> dict:
    with (_DATA / filename).open(encoding="utf-8") as handle:
        return json.load(handle)


__all__ = ["KINDS", "normalise", "wikidata_id", "wikidata_iri"]
