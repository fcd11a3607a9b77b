"""Span groups on the document: their names, their attributes, and how a group is written.

Every annotation is a span in ``doc.spans[<group>]`` whose label and ``kb_id`` carry its
identity and whose custom attribute ``span._.kg`` (plain dicts, so documents still
serialise and :meth:`spacy.tokens.Doc.from_docs` carries it across pieces) carries the
rest, under that identity (:func:`details`). See :mod:`kg.annotate` for the contract each group keeps.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from ..parse import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

STATES = "kg_states"
BODIES = "kg_bodies"
PLACES = "kg_places"
MONEY = "kg_money"
DATES = "kg_dates"
BOILERPLATE = "kg_boilerplate"

#: every group the layer writes, in the order the components run
GROUPS = (STATES, BODIES, PLACES, MONEY, DATES, BOILERPLATE)

#: the custom span attribute holding a span's details
ATTR = "kg"

if not Span.has_extension(ATTR):
    Span.set_extension(ATTR, default=None)

#: (start char, end char, label, kb_id, details) of one mention found in a text
Found = tuple[int, int, str, str, "dict[str, Any] | None"]


def set_group(doc: "Doc", group: str, found: Iterable[Found]) -> None:
    """Write the mentions found in ``doc``'s text as ``doc.spans[group]``.

    A mention that does not fall on token boundaries is widened to the tokens it
    touches; ``details["cut"]`` then keeps where the written form starts and ends
    inside the span, so a reader can still slice exactly what was found.
    """
    spans = []
    for start, end, label, kb_id, details in found:
        span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
        if span is None:
            continue
        info = dict(details or {})
        if (span.start_char, span.end_char) != (start, end):
            info["cut"] = [start - span.start_char, end - span.start_char]
        if info:
            # spaCy keeps a span's attribute by its offsets alone, so the mentions that share
            # a token ("U.S.-Mexico") keep their details side by side, each under its identity
            shared = span._.get(ATTR)
            span._.set(ATTR, {**(shared if isinstance(shared, dict) else {}), _identity(span): info})
        spans.append(span)
    doc.spans[group] = spans


class GroupTagger:
    """A pipeline component that marks one span group, split like spaCy's ``SpanRuler``:
    :meth:`find` reads the text, :meth:`set_annotations` writes ``doc.spans[group]``.
    A subclass names its ``group`` and gives ``find``."""

    group: str

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: "Doc") -> "Doc":
        self.set_annotations(doc, self.find(doc_text(doc)))  # the text joined once per document
        return doc

    def find(self, text: str) -> list[Found]:
        raise NotImplementedError

    def set_annotations(self, doc: "Doc", found: list[Found]) -> None:
        set_group(doc, self.group, found)

    def mark(self, doc: "Doc") -> "Doc":
        """Mark a document no pipeline component marked (once)."""
        if self.group not in doc.spans:
            self(doc)
        return doc


def details(span: Span) -> dict[str, Any]:
    """The details ``span._.kg`` holds for this span (an empty dict when there are none)."""
    return (span._.get(ATTR) or {}).get(_identity(span)) or {}


def _identity(span: Span) -> str:
    """What tells apart the mentions written on the same tokens: their label and ``kb_id``."""
    return f"{span.label_}\t{span.kb_id_}"


def form_offsets(span: Span) -> tuple[int, int]:
    """Document character offsets of exactly what was found (see :func:`set_group`)."""
    cut = details(span).get("cut")
    if cut:
        return span.start_char + cut[0], span.start_char + cut[1]
    return span.start_char, span.end_char
