"""One per-document index: the sentences extractors read, and each span group by position.

Built once per document on first use and kept in ``doc.user_hooks`` (which spaCy consults
only for its own hook names and never serialises, unlike ``doc.user_data``: a marked
document still goes through ``DocBin`` and pickle); asking for the states
of one sentence is then a binary search and a slice, O(log n + answer), not a scan of the
document. The sentences are the parser's, also cut at blank lines and at line breaks
before bullets or after a line ending in a colon (the small English model runs a headline
into the first paragraph and a list into one "sentence"), with news boilerplate
(:mod:`kg.annotate.boilerplate`) left out.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from spacy.tokens import Span

from ..parse import doc_text
from .groups import BOILERPLATE, GROUPS, details

T = TypeVar("T")

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "kg_index"
#: the index's own name for the model's entities (``doc.ents``), not a span group
_ENTS = "\0ents"
#: characters that open a list item after a line break
_BULLETS = ("-", "\u2022", "*", "\u2013", "\u2014", "\u00b7")
#: what ends a line that introduces a list
_LIST_OPENER = ":"


class DocIndex:
    """Sentences and span groups of one document, indexed by token position."""

    def __init__(self, doc: "Doc") -> None:
        from . import annotate

        annotate(doc)
        self.doc = doc
        self._groups: dict[str, tuple[list[int], list["Span"]]] = {}
        self.all_sentences: list["Span"] = [Sentence(doc, s.start, s.end) for s in _cut_sentences(doc)]
        marks = [s for s in self.group(BOILERPLATE)[1] if details(s).get("skipped")]
        starts = [s.start for s in marks]
        skipped = {id(s) for s in self.all_sentences if _covered(s, starts, marks)}
        #: the sentences extractors read: every sentence that is not news boilerplate
        self.sentences: list["Span"] = [s for s in self.all_sentences if id(s) not in skipped]

    def group(self, name: str) -> tuple[list[int], list["Span"]]:
        """(start tokens, spans) of one group, sorted by start; built on first request."""
        if name not in self._groups:
            spans = sorted(self.doc.spans[name], key=lambda s: (s.start, s.end)) if name in self.doc.spans else []
            self._groups[name] = ([s.start for s in spans], spans)
        return self._groups[name]

    def entities(self) -> tuple[list[int], list["Span"]]:
        """(start tokens, spans) of the model's named entities, read from ``doc.ents`` once."""
        if _ENTS not in self._groups:
            ents = list(self.doc.ents)
            self._groups[_ENTS] = ([e.start for e in ents], ents)
        return self._groups[_ENTS]

    def within(self, span: "Span", name: str) -> list["Span"]:
        """The spans of group ``name`` that lie inside ``span``, in text order."""
        starts, spans = self.entities() if name == _ENTS else self.group(name)
        lo, hi = bisect_left(starts, span.start), bisect_left(starts, span.end)
        return [s for s in spans[lo:hi] if s.end <= span.end]


class Sentence(Span):
    """A sentence span whose ``text`` is sliced from the document's text (:func:`kg.parse.doc_text`).

    spaCy's ``Span.text`` joins a new ``Token`` object per token on every read (about 18 us a
    sentence), and extractors read each sentence's text dozens of times; the slice is the
    same string (a span ends at its last token's end, before its trailing space). Otherwise a
    ``Span`` like any other: equal to ``doc[start:end]``, and its slices plain spans."""

    __slots__ = ()

    @property
    def text(self) -> str:
        return doc_text(self.doc)[self.start_char : self.end_char]


def _covered(sent: "Span", starts: list[int], spans: list["Span"]) -> bool:
    """Whether boilerplate spans cover every non-space token of ``sent``."""
    lo = bisect_right(starts, sent.start)
    candidates = spans[max(0, lo - 1) : bisect_left(starts, sent.end)]
    # earlier boilerplate can reach into the sentence only through the last one starting before it
    pos = sent.start
    for s in candidates:
        if s.start > pos:
            break
        pos = max(pos, s.end)
    while pos < sent.end and sent.doc[pos].is_space:
        pos += 1
    return pos >= sent.end


def _cut_sentences(doc: "Doc") -> list["Span"]:
    out: list["Span"] = []
    # a document no parser or sentencizer saw is one sentence, still cut at blank lines
    parsed = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in parsed:
        start = sent.start
        for tok in sent:
            if not (tok.is_space and "\n" in tok.text):
                continue
            following = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
            previous = doc[tok.i - 1].text if tok.i > 0 else ""
            if tok.text.count("\n") >= 2 or following[:1] in _BULLETS or previous.endswith(_LIST_OPENER):
                if tok.i > start:
                    out.append(doc[start : tok.i])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    trimmed = []
    for span in out:
        start, end = span.start, span.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            trimmed.append(doc[start:end])
    return trimmed


def per_document(doc: "Doc", key: str, build: Callable[["Doc"], T]) -> T:
    """``build(doc)``, computed on first request and kept in ``doc.user_hooks`` (which a
    ``DocBin`` never serialises), so each per-document table is made once per document."""
    found = doc.user_hooks.get(key)
    if found is None:
        found = doc.user_hooks[key] = build(doc)
    return found


def doc_index(doc: "Doc") -> DocIndex:
    """The document's index, built on first use."""
    return per_document(doc, _KEY, DocIndex)


def sentences(doc: "Doc") -> list["Span"]:
    """The sentences extractors read (see the module docstring), computed once."""
    return doc_index(doc).sentences


def doc_ents(doc: "Doc") -> list["Span"]:
    """``doc.ents``, made once per document (spaCy builds the spans anew on every read)."""
    return doc_index(doc).entities()[1]


def ents_in(span: "Span") -> list["Span"]:
    """The model's named entities inside ``span``, in O(answer).

    spaCy's ``Span.ents`` walks every entity of the document on each call: asked once per
    sentence, that makes extraction quadratic in the article's length."""
    return doc_index(span.doc).within(span, _ENTS)


def spans_in(span: "Span", group: str) -> list["Span"]:
    """The spans of ``group`` inside ``span`` (a sentence, or any part of one): O(answer)."""
    return doc_index(span.doc).within(span, group)


__all__ = ["GROUPS", "DocIndex", "Sentence", "doc_ents", "doc_index", "ents_in", "sentences", "spans_in"]


def proper_nouns(doc: "Doc") -> list[int]:
    """The indices of the document's proper nouns (``pos_`` PROPN), read from its POS column
    once: the loops that look only at proper nouns need not make every token to ask."""
    return per_document(doc, _PROPER_NOUNS, _read_proper_nouns)


def _read_proper_nouns(doc: "Doc") -> list[int]:
    from spacy.attrs import POS
    from spacy.symbols import PROPN

    return [i for i, pos in enumerate(doc.to_array([POS]).tolist()) if pos == PROPN]


_PROPER_NOUNS = "kg_proper_nouns"


def word_positions(doc: "Doc", words: frozenset[str]) -> list[int]:
    """The positions of the document's tokens whose lower-case form is one of ``words``, in
    text order, read from its ``LOWER`` column once per document and set of words: the loops
    that look only at a few words of a sentence need not make every token to ask."""
    return _positions(doc, ("word", words), lambda column, strings: strings[column[0]] in words)


def lemma_positions(doc: "Doc", lemmas: frozenset[str], pos: str | None = None) -> list[int]:
    """The positions of the document's tokens whose lemma, in lower case, is one of ``lemmas``
    (and, given ``pos``, of that part of speech), in text order, once per document and question."""
    from spacy.parts_of_speech import IDS

    tag = None if pos is None else IDS[pos]
    return _positions(doc, ("lemma", lemmas, pos),
                      lambda row, strings: strings[row[1]].lower() in lemmas and (tag is None or row[2] == tag))


def in_span(positions: list[int], span: "Span") -> list[int]:
    """The positions of ``positions`` (sorted) inside ``span``, by bisection."""
    return positions[bisect_left(positions, span.start) : bisect_left(positions, span.end)]


def _positions(doc: "Doc", question: tuple, wanted: Callable[[tuple, Any], bool]) -> list[int]:
    """The positions whose (lower, lemma, pos) row ``wanted`` accepts; each distinct row is
    asked once, and each question once per document."""
    found = per_document(doc, _POSITIONS, lambda _doc: {})
    if question not in found:
        rows = per_document(doc, _ROWS, _read_rows)
        strings = doc.vocab.strings
        accepted = {row for row in set(rows) if wanted(row, strings)}
        found[question] = [i for i, row in enumerate(rows) if row in accepted]
    return found[question]


def _read_rows(doc: "Doc") -> list[tuple[int, int, int]]:
    from spacy.attrs import LEMMA, LOWER, POS

    return [tuple(row) for row in doc.to_array([LOWER, LEMMA, POS]).tolist()]


_POSITIONS, _ROWS = "kg_positions", "kg_lower_lemma_pos_rows"
