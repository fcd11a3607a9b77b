"""Per-document indexes, computed once and kept in ``doc.user_data``, so that reading an
article stays linear in its length.

spaCy's ``Span.ents`` walks the document's entities from the start on every call; over all
sentences that is quadratic in the article's length. :func:`entities` bisects a list of the
document's entities made once.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: doc.user_data key of the document's entities as (start, end, label) token offsets
_ENTS_KEY = "kg.agreements.ents"


def _index(doc) -> list[tuple[int, int, str]]:
    index = doc.user_data.get(_ENTS_KEY)
    if index is None:
        index = [(e.start, e.end, e.label_) for e in doc.ents]
        doc.user_data[_ENTS_KEY] = index
    return index


def entity_at(token: "Token") -> "Span | None":
    """The named entity ``token`` is part of, if any."""
    index = _index(token.doc)
    at = bisect_left(index, (token.i + 1,)) - 1
    if at >= 0 and index[at][0] <= token.i < index[at][1]:
        return token.doc[index[at][0] : index[at][1]]
    return None


def entities(span: "Span", label: str | None = None) -> list["Span"]:
    """The named entities wholly inside ``span`` (of one ``label`` if given), in text order."""
    doc = span.doc
    index = _index(doc)
    first = bisect_left(index, (span.start,))
    out = []
    for start, end, name in index[first:]:
        if end > span.end:
            break
        if label is None or name == label:
            out.append(doc[start:end])
    return out
