"""``accord_world``: states, international bodies and places, marked once on the document.

Find (:func:`find_world`, the gazetteer over the whole text) and set annotations
(:class:`WorldTagger`), the split of ``spacy/pipeline/span_ruler.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from .. import gazetteer
from ..link import wikidata_id
from ..parse import doc_text
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
        states, bodies, places = find_world(doc_text(doc))
        self.set_annotations(doc, states, bodies, places)
        return doc

    def set_annotations(self, doc: "Doc", states: list[Found], bodies: list[Found], places: list[Found]) -> None:
        set_group(doc, STATES, states)
        set_group(doc, BODIES, bodies)
        set_group(doc, PLACES, places)


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
