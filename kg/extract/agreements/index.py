"""The document's named entities as the agreement reader asks for them, read from the
annotation layer's per-document index (:mod:`kg.annotate.index`), so that reading an
article stays linear in its length."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from ...annotate.index import doc_index, ents_in

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def entity_at(token: "Token") -> "Span | None":
    """The named entity ``token`` is part of, if any."""
    starts, ents = doc_index(token.doc).entities()
    at = bisect_right(starts, token.i) - 1
    if at >= 0 and ents[at].start <= token.i < ents[at].end:
        return ents[at]
    return None


def entities(span: "Span", label: str | None = None) -> list["Span"]:
    """The named entities wholly inside ``span`` (of one ``label`` if given), in text order."""
    return [e for e in ents_in(span) if label is None or e.label_ == label]

