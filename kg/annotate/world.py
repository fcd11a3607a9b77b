"""``accord_world``: states, international bodies and places, marked once on the document.

Find (:func:`find_world`, the gazetteer over the whole text) and set annotations
(:class:`WorldTagger`), the split of ``spacy/pipeline/span_ruler.py``; then the seats that
stand for governments and the short names of bodies (:mod:`kg.annotate.governments`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from .. import gazetteer
from ..link import wikidata_id
from .governments import governments, short_forms
from .groups import BODIES, PLACES, STATES, Found, set_group

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def find_world(text: str) -> tuple[list[Found], list[Found], list[Found]]:
    """States, bodies and places of ``text`` as (start, end, label, kb_id, details)."""
    states: list[Found] = [
        (s, e, c.name, c.iso2, {"form": text[s:e], "demonym": text[s:e] in c.demonyms})
        for s, e, c in gazetteer.find_countries(text)
    ]
    bodies: list[Found] = [
        (s, e, o.name, wikidata_id("organisation", o.name) or "", {"kind": o.kind, "serves": o.serves})
        for s, e, o in gazetteer.find_organisations(text)
    ]
    places: list[Found] = []
    for s, e, name, state in gazetteer.find_places(text):
        c = gazetteer.country_by_name(state)
        places.append((s, e, name, c.iso2 if c else "", {"state": state}))
    return states, bodies, places


class WorldTagger:
    """A pipeline component: states, bodies and places into their span groups."""

    def __init__(self, name: str = "accord_world") -> None:
        self.name = name

    def __call__(self, doc: "Doc") -> "Doc":
        text = doc.text
        states, bodies, places = find_world(text)
        self.set_annotations(doc, states, bodies, places)
        # what needs the places as spans (their parse) or the whole list of bodies
        seats_states, seats_bodies = governments(doc, list(doc.spans[PLACES]))
        short = short_forms(text, {b[2] for b in bodies})
        if seats_states or seats_bodies or short:
            self.set_annotations(doc, _merged(states, seats_states), _merged(bodies, seats_bodies + short), places)
        return doc

    def set_annotations(self, doc: "Doc", states: list[Found], bodies: list[Found], places: list[Found]) -> None:
        set_group(doc, STATES, states)
        set_group(doc, BODIES, bodies)
        set_group(doc, PLACES, places)


def _merged(found: list[Found], more: list[Found]) -> list[Found]:
    """``found`` and the ``more`` that overlap none of it, in text order."""
    kept = [m for m in more if not any(m[0] < f[1] and f[0] < m[1] for f in found)]
    return sorted(found + kept, key=lambda f: (f[0], f[1])) if kept else found


@Language.factory("accord_world", assigns=["doc.spans"])
def make_world_tagger(nlp: Language, name: str) -> WorldTagger:
    """The component that marks states (ISO 3166-1 alpha-2), bodies (Wikidata QID) and places."""
    return WorldTagger(name)


def mark_world(doc: "Doc") -> "Doc":
    """Mark states, bodies and places on a document no ``accord_world`` saw (once)."""
    if not all(g in doc.spans for g in (STATES, BODIES, PLACES)):
        WorldTagger()(doc)
    return doc


def world_in(span: "Span", group: str = STATES) -> list["Span"]:
    """The marked mentions of one group inside ``span``, from the document's index."""
    from .index import spans_in

    return spans_in(span, group)


__all__ = ["BODIES", "PLACES", "STATES", "WorldTagger", "find_world", "mark_world", "world_in"]
