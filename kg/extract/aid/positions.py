"""Where the tokens aid reading starts from are, found once per document.

Walking every token of every sentence in Python (``for tok in sent``) makes a spaCy
``Token`` object per token and was most of the aid extractor's cost. The few tokens it
starts from (aid nouns, proper nouns) are found instead in one pass over the document's
attribute arrays (``Doc.to_array``, in C) and kept in ``doc.user_hooks``, which spaCy never
serialises; a sentence then asks for its own by binary search, in O(log n + answer).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ...annotate.index import per_document
from .vocab import vocab, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_KEY = "kg_aid_positions"


class Positions:
    """Sorted token indices of one document's aid nouns, proper nouns and hosting words."""

    def __init__(self, doc: "Doc") -> None:
        from spacy.attrs import LEMMA, LOWER, POS
        from spacy.parts_of_speech import PROPN as propn

        strings = doc.vocab.strings
        nouns = {strings.add(word) for word in vocab()["aid_nouns"]}
        rows = doc.to_array([LOWER, POS, LEMMA]).tolist() if len(doc) else []
        self.aid_nouns = [i for i, (lower, _, _) in enumerate(rows) if lower in nouns]
        self.proper_nouns = [i for i, (_, pos, _) in enumerate(rows) if pos == propn]
        # a hosting verb's lemma or a venue's preposition ("co-hosted by", "at a conference in")
        hosts, venues = words("host_verbs"), words("venue_prepositions")
        lemmas = {h for h in {lemma for _, _, lemma in rows} if strings[h].lower() in hosts}
        lowers = {h for h in {lower for lower, _, _ in rows} if strings[h] in venues}
        self.hosting = [i for i, (lower, _, lemma) in enumerate(rows) if lemma in lemmas or lower in lowers]


def _positions(doc: "Doc") -> Positions:
    return per_document(doc, _KEY, Positions)


def _within(indices: list[int], span: "Span") -> list["Token"]:
    lo, hi = bisect_left(indices, span.start), bisect_left(indices, span.end)
    return [span.doc[i] for i in indices[lo:hi]]


def aid_nouns_in(span: "Span") -> list["Token"]:
    """The tokens of ``span`` whose lower-case form is an aid noun (``aid_nouns``)."""
    return _within(_positions(span.doc).aid_nouns, span)


def proper_nouns_in(span: "Span") -> list["Token"]:
    """The tokens of ``span`` the tagger reads as proper nouns."""
    return _within(_positions(span.doc).proper_nouns, span)


def hosting_words_in(span: "Span") -> list["Token"]:
    """The tokens of ``span`` that may open a host's or a venue's phrase (:func:`.text.hosts_in`
    decides): a hosting verb's lemma or a venue's preposition."""
    return _within(_positions(span.doc).hosting, span)
