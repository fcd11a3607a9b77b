"""What the officials extractor reads per mention: the mention, the person, how sure each pattern is.

Shared by :mod:`.officials` (finding mentions), :mod:`.title_context`, :mod:`.title_before`
(reading the post beside a name) and :mod:`.official_posts` (one official per person).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .roles import Role

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# confidences by the pattern that found the post
TITLE_WITH_COUNTRY = 0.9
APPOSITION = 0.85
POST_VERB = 0.8
TITLE_WITHOUT_COUNTRY = 0.75
KNOWN_HOLDER_BY_SURNAME = 0.7
SENTENCE_COUNTRY = 0.7
CONTEXT_COUNTRY = 0.6  # the state only from the paragraph or the dateline
KNOWN_HOLDER_NO_POST = 0.5

# entity labels the tagger gives names it does not recognise as people ("Hugo Almeida" a WORK_OF_ART)
_MISLABELS = {"", "ORG", "WORK_OF_ART", "LAW", "PRODUCT"}


@dataclass
class _Mention:
    """One naming of a person in a sentence, with the post read beside it (if any)."""

    text: str  # the name as written, cleaned
    sentence: "Span"
    start: int  # token index of the name
    role: Role | None = None
    confidence: float = 0.0
    after_title: bool = False  # the name directly follows a title ("President Trump")
    end: int = -1  # the token after the name, -1 when unknown
    other_states: list[str] = field(default_factory=list)  # another official's states: not this person's


@dataclass
class _Person:
    name: str
    mentions: list[_Mention] = field(default_factory=list)


_HYPHENS = ("-", "\u2011")


def _in_compound(tok: "Token") -> bool:
    """Whether ``tok`` is the hyphen or the second part of a hyphenated word written without spaces."""
    doc = tok.doc
    if tok.text in _HYPHENS:
        return 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_ and not tok.whitespace_ and doc[tok.i + 1].is_lower
    return tok.i > 1 and tok.is_lower and doc[tok.i - 1].text in _HYPHENS and not doc[tok.i - 1].whitespace_ \
        and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].is_alpha
