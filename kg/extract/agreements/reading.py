"""What the agreement reader asks of every sentence, found once per document.

The signing, refusal and acceptance verbs (``patterns/agreement_signing.json``), the status
phrases (``patterns/agreement_status.json``) and the "did so" clauses
(``patterns/agreement_repeats.json``) are matched once over the whole ``Doc``; a sentence then
takes its own by bisection, in O(log n + answer). The article is read two or three times
(:mod:`.read`), so each sentence's mentions are also found once and handed out as copies.
"""

from __future__ import annotations

import copy
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from ...annotate.index import per_document
from ..parties import matcher, pattern_file

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .model import Mention

#: doc.user_hooks key of the document's reading (never serialised, unlike user_data)
_KEY = "kg_agreements_reading"
_SIGNING, _STATUS, _REPEATS = "agreement_signing.json", "agreement_status.json", "agreement_repeats.json"
_NEGATION = "NEGATION"


@cache
def _status_order() -> tuple[dict[str, int], dict[str, str]]:
    labels = pattern_file(_STATUS)["labels"]  # label -> status, in order of precedence
    return {label: rank for rank, label in enumerate(labels)}, labels


class Reading:
    """The matches of one document, by token position."""

    def __init__(self, doc: "Doc") -> None:
        strings = doc.vocab.strings
        by_label: dict[str, set[int]] = {}
        for key, start, _ in matcher(_SIGNING, doc.vocab)(doc):
            by_label.setdefault(strings[key], set()).add(start)
        #: tokens whose lemma is a signing verb's, before the grammar of :func:`vocab.is_sign_verb`
        self.sign_lemma: frozenset[int] = frozenset(by_label.get("SIGN", ()))
        self.refusing: frozenset[int] = frozenset(by_label.get("REFUSE", ()))
        self.accepting: frozenset[int] = frozenset(by_label.get("ACCEPT", ()))
        #: first tokens of the "did so" clauses, in text order
        self.repeats: list[int] = sorted({s for _, s, _ in matcher(_REPEATS, doc.vocab)(doc)})
        rank, _ = _status_order()
        found = [(strings[k], s, e) for k, s, e in matcher(_STATUS, doc.vocab)(doc)]
        negation_ends = {e for label, _, e in found if label == _NEGATION}
        #: (start token, end token, rank of its label) of each status phrase not negated
        self.status: list[tuple[int, int, int]] = sorted(
            (s, e, rank[label]) for label, s, e in found
            if label != _NEGATION and s not in negation_ends and s - 1 not in negation_ends
        )
        self._sign_verbs: list[int] | None = None
        self._signing: frozenset[int] = frozenset()
        self._mentions: dict[int, list["Mention"]] = {}
        #: what :mod:`.once` computed of a sentence or a token, by key; ``_memo_ctx`` of one context
        self.memo: dict[tuple, object] = {}
        self._memo_ctx: dict[tuple, object] = {}
        self._ctx: object = None

    def memo_for(self, ctx: object) -> dict[tuple, object]:
        """The values that depend on the extraction context too: kept while ``ctx`` is the same."""
        if self._ctx is not ctx:
            self._ctx, self._memo_ctx = ctx, {}
        return self._memo_ctx

    def sign_verbs(self, doc: "Doc") -> list[int]:
        """The signing verbs of the document, in text order (:func:`vocab.is_sign_verb`)."""
        if self._sign_verbs is None:
            from .vocab import signs

            self._sign_verbs = sorted(i for i in self.sign_lemma if signs(doc[i]))
            self._signing = frozenset(self._sign_verbs)
        return self._sign_verbs

    def signing(self, doc: "Doc") -> frozenset[int]:
        """The signing verbs of the document, as a set of token positions."""
        self.sign_verbs(doc)
        return self._signing

    def status_of(self, sent: "Span", outside: list[tuple[int, int]] = ()) -> str | None:
        """The status a sentence tells, leaving out the char ranges (in the sentence) of
        ``outside``: its phrase whose label comes first in the file's ``order``."""
        lo = bisect_left(self.status, (sent.start,))
        hi = bisect_left(self.status, (sent.end,))
        best: int | None = None
        for start, end, rank in self.status[lo:hi]:
            if end > sent.end:
                continue
            if outside:
                first, last = sent.doc[start], sent.doc[end - 1]
                a, b = first.idx - sent.start_char, last.idx + len(last.text) - sent.start_char
                if any(a < e and s < b for s, e in outside):
                    continue
            best = rank if best is None else min(best, rank)
        if best is None:
            return None
        return list(_status_order()[1].values())[best]

    def mentions(self, sent: "Span") -> list["Mention"]:
        """Copies of the sentence's agreement mentions (:func:`mentions.find_mentions`)."""
        if sent.start not in self._mentions:
            from .mentions import find_mentions

            self._mentions[sent.start] = find_mentions(sent)
        return [_copy(m) for m in self._mentions[sent.start]]


def _copy(mention: "Mention") -> "Mention":
    out = copy.copy(mention)
    out.possessor = list(mention.possessor)
    out.signers_states = list(mention.signers_states)
    return out


def reading(doc: "Doc") -> Reading:
    """The document's reading, built on first use."""
    return per_document(doc, _KEY, Reading)


def sentence_verbs(sent: "Span") -> list:
    """The signing verbs of a sentence, in text order."""
    doc = sent.doc
    verbs = reading(doc).sign_verbs(doc)
    return [doc[i] for i in verbs[bisect_left(verbs, sent.start) : bisect_left(verbs, sent.end)]]


def repeated_acts(sent: "Span") -> list:
    """The verbs of the sentence's "did so", "did the same", "followed suit" clauses."""
    doc = sent.doc
    starts = reading(doc).repeats
    return [doc[i] for i in starts[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]]
