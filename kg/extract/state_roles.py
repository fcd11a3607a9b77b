"""The part a state's name plays where the text writes it, for :mod:`.official_states`.

A state named as the place people go to, come from or are in ("the flight departed from
Warsaw, Poland", "About 30,000 Thais were working in Israel") or as its people ("Afghans born
in Pakistan") is what the news is about, not whom an official named nearby serves; a state
named as an actor (the subject of a clause, a possessor, a modifier: "Kenya hosted the summit",
"Thailand's labour ministry") may be. The prepositions and links are ``state_roles.json``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .. import gazetteer
from .title_context import states_between

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@cache
def _roles() -> dict:
    return gazetteer._load_json("state_roles.json")


def is_people(text: str) -> bool:
    """"Afghans", "Thais": a plural demonym names people of a state, not the state."""
    c = gazetteer.country(text)
    return c is not None and text in c.demonyms and text.endswith("s") and text[:-1] in c.demonyms


def is_place(span: "Span") -> bool:
    """Whether a state's mention is the object of a preposition of place or motion, itself or
    through the place it qualifies ("from Warsaw, Poland", "in Israel"), or that qualifies a
    noun of place ("on the French border", "off the Libyan coast": ``state_roles.json``
    "place_nouns")."""
    tok = span.root
    if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in _roles()["place_nouns"]:
        return True
    links = set(_roles()["place_links"])
    while tok.dep_ in links and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in _roles()["place_prepositions"]


def names_people(span: "Span") -> bool:
    """"Afghans", "Somali refugees", "Venezuelan migrants": a state's mention that names its
    people, the people the news is about (``grammar_words`` "people_moved"), not the state."""
    if is_people(span.text):
        return True
    root = span.root
    moved = gazetteer.grammar_words("people_moved")
    return root.dep_ in ("amod", "compound") and root.head.lower_ in moved


def place_only_states(doc: "Doc", *ranges: tuple[int, int]) -> set[str]:
    """The states the token ranges (start, end) name only as a place or as their people, never as an actor."""
    place: set[str] = set()
    actor: set[str] = set()
    for s, e, state in (row for start, end in ranges for row in states_between(doc, start, end)):
        span = doc[s:e]
        (place if names_people(span) or is_place(span) else actor).add(state)
    return place - actor


def acting_states(doc: "Doc") -> set[str]:
    """The states the text makes the subject of a clause or the owner of one ("the Netherlands
    offers more legal routes", "Italy's interior ministry paid"): the parties that act in the
    news, unlike a state named only as a topic or a place ("Morocco's autonomy plan for
    Western Sahara")."""
    found: set[str] = set()
    for s, e, state in states_between(doc, 0, len(doc)):
        root = doc[s:e].root
        subject = root.head if root.dep_ == "poss" else root
        if subject.dep_ in ("nsubj", "nsubjpass"):
            found.add(state)
    return found


def state_of_the_remit(role: str | None) -> str | None:
    """"Governor of Norte de Santander", "Premier of Quebec", "Mayor of Cúcuta": a post whose
    remit is a first-level subdivision of a state (ISO 3166-2, :func:`kg.states.subdivisions`)
    or a place the gazetteer knows serves that state, however the text around names others."""
    if not role or " of " not in role:
        return None
    place = role.rsplit(" of ", 1)[1].strip()
    if place.startswith("the "):
        place = place[4:]
    return gazetteer.subdivisions().get(place) or gazetteer.local_places().get(place)

