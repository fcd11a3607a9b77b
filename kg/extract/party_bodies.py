"""Organisations a sentence names as parties, shared by the agreement and aid extractors: an
intergovernmental one ("UNHCR") is a party itself; a state's agency ("the Department of
Homeland Security") stands for its state. Given a sentence span, the bodies are read from the
annotation layer (:mod:`kg.annotate`) instead of searched again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate.groups import BODIES, form_offsets
from ..annotate.index import spans_in
from ..gazetteer import find_organisations, organisation

if TYPE_CHECKING:
    from spacy.tokens import Span


def organisations_in(text: "str | Span") -> list[tuple[int, int, str]]:
    """(start, end, party) for organisations a sentence names that can be parties.

    An intergovernmental organisation is its own party ("UNHCR"); an agency stands for
    the state it serves ("the U.S. Department of Homeland Security" -> United States).
    Given a span, the bodies ``accord_world`` marked in it (offsets relative to it).
    """
    out = []
    for start, end, org in _body_hits(text):
        if org.kind == "igo":
            out.append((start, end, org.name))
        elif org.kind == "agency" and org.serves:
            out.append((start, end, org.serves))
    return out


def body_name_spans(text: "str | Span") -> list[tuple[int, int]]:
    """(start, end) of the intergovernmental bodies' names in a sentence: a state's name
    inside one ("the Economic Community of West African States", "the Organization of
    American States") names the body, not the state."""
    return [(start, end) for start, end, org in _body_hits(text) if org.kind == "igo"]


def _body_hits(text: "str | Span") -> list:
    if isinstance(text, str):
        return find_organisations(text)
    base, hits = text.start_char, []
    for mark in spans_in(text, BODIES):
        start, end = form_offsets(mark)
        body = organisation(mark.label_)
        if body is not None:
            hits.append((start - base, end - base, body))
    return hits
