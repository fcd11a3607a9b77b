"""The document's named entities as the agreement reader asks for them, read from the
annotation layer's per-document index (:mod:`kg.annotate.index`), so that reading an
article stays linear in its length; and the positions of a few words, read once per document."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from ...annotate.index import doc_index, ents_in, per_document

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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


def word_positions(doc: "Doc", words: frozenset[str]) -> list[int]:
    """The positions of the document's tokens whose lower-case form is one of ``words``, in
    text order, read from its ``LOWER`` column once per document and set of words: the loops
    that look only at a few words of a sentence need not make every token to ask."""
    found = per_document(doc, _WORD_POSITIONS, lambda _doc: {})
    if words not in found:
        wanted = {doc.vocab.strings[w] for w in words}  # hashes: nothing added to the vocab
        found[words] = [i for i, h in enumerate(_lower_column(doc)) if h in wanted]
    return found[words]


def lemma_positions(doc: "Doc", lemmas: frozenset[str]) -> list[int]:
    """The positions of the document's tokens whose lemma, in lower case, is one of ``lemmas``,
    in text order, read from its ``LEMMA`` column once per document and set of lemmas."""
    found = per_document(doc, _LEMMA_POSITIONS, lambda _doc: {})
    if lemmas not in found:
        from spacy.attrs import LEMMA

        column = doc.to_array([LEMMA]).tolist()
        strings = doc.vocab.strings
        wanted = {h for h in set(column) if strings[h].lower() in lemmas}
        found[lemmas] = [i for i, h in enumerate(column) if h in wanted]
    return found[lemmas]


def in_span(positions: list[int], span: "Span") -> list[int]:
    """The positions of ``positions`` (sorted) inside ``span``, by bisection."""
    return positions[bisect_left(positions, span.start) : bisect_left(positions, span.end)]


def _lower_column(doc: "Doc") -> list[int]:
    from spacy.attrs import LOWER

    return per_document(doc, _LOWER, lambda d: d.to_array([LOWER]).tolist())


#: ``doc.user_hooks`` keys of :func:`word_positions`, of the ``LOWER`` column it reads, of :func:`lemma_positions`
_WORD_POSITIONS, _LOWER = "kg_agreement_word_positions", "kg_agreement_lower_column"
_LEMMA_POSITIONS = "kg_agreement_lemma_positions"
