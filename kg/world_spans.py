"""States and international bodies marked once on a parsed document, as spaCy spans.

:func:`mark_world` puts every mention the gazetteer finds in the whole text into
``doc.spans["kg_states"]`` (label: the state's canonical name, ``kb_id``: its ISO 3166-1
alpha-2 code) and ``doc.spans["kg_bodies"]`` (label: the body's name, ``kb_id``: its
Wikidata QID when :mod:`kg.link` knows it). Extractors read these spans instead of
searching each sentence again. The same work is a registered pipeline component,
``accord_world`` (``nlp.add_pipe("accord_world")``), with the split of
``spacy/pipeline/span_ruler.py``: find the mentions, then set the annotations; a document
the component did not see is marked on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from . import gazetteer
from .link import wikidata_id
from .parse import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

STATES = "kg_states"
BODIES = "kg_bodies"


def find_world(text: str) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str, str]]]:
    """The state and body mentions of ``text`` as (start char, end char, name, id)."""
    states = [(s, e, c.name, c.iso2) for s, e, c in gazetteer.find_countries(text)]
    bodies = [(s, e, o.name, wikidata_id("organisation", o.name) or "") for s, e, o in gazetteer.find_organisations(text)]
    return states, bodies


def mark_world(doc: "Doc") -> "Doc":
    """Set ``doc.spans["kg_states"]`` and ``doc.spans["kg_bodies"]`` (once per document)."""
    if STATES in doc.spans and BODIES in doc.spans:
        return doc
    states, bodies = find_world(doc_text(doc))
    doc.spans[STATES] = _spans(doc, states)
    doc.spans[BODIES] = _spans(doc, bodies)
    return doc


def _spans(doc: "Doc", found: list[tuple[int, int, str, str]]) -> list["Span"]:
    out = []
    for start, end, label, kb_id in found:
        span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def world_in(span: "Span", group: str = STATES) -> list["Span"]:
    """The marked mentions of one group (``STATES`` or ``BODIES``) inside ``span``."""
    mark_world(span.doc)
    return [s for s in span.doc.spans[group] if span.start <= s.start and s.end <= span.end]


@Language.factory("accord_world", assigns=["doc.spans"])
def make_world_tagger(nlp: Language, name: str) -> "WorldTagger":
    """The pipeline component that marks states and bodies (:func:`mark_world`)."""
    return WorldTagger(name)


class WorldTagger:
    """A pipeline component: :func:`mark_world` on each document."""

    def __init__(self, name: str = "accord_world") -> None:
        self.name = name

    def __call__(self, doc: "Doc") -> "Doc":
        return mark_world(doc)


__all__ = ["BODIES", "STATES", "WorldTagger", "find_world", "mark_world", "world_in"]
