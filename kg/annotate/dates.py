"""``accord_dates``: every expression that names a day, marked once.

Finding is :func:`kg.dates.date_expressions` over the whole text. An expression with its
own year ("17 October 2019", "2019-10-17") is resolved here (``iso``); one that needs the
article's date ("on Friday", "July 26") is resolved by the reader that knows that date
(:func:`kg.dates.find_date_in_span`), cached per expression and date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from .. import dates
from .groups import DATES, Found, GroupTagger

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_dates(text: str) -> list[Found]:
    """Day expressions as (start, end, ISO day or "", "", details); ``rank`` 0 for an
    explicit date, 1 for a weekday or relative one (explicit dates are preferred)."""
    found: list[Found] = []
    for start, end, expr, rank in dates.ranked_date_expressions(text):
        iso = dates.resolve_date(expr, None) or ""
        found.append((start, end, iso, "", {"rank": rank, "iso": iso or None}))
    return sorted(found, key=lambda f: f[0])


class DateTagger(GroupTagger):
    """A pipeline component: day expressions into ``doc.spans["kg_dates"]``."""

    group = DATES

    def __init__(self, name: str = "accord_dates") -> None:
        super().__init__(name)

    def find(self, text: str) -> list[Found]:
        return find_dates(text)


@Language.factory("accord_dates", assigns=["doc.spans"])
def make_date_tagger(nlp: Language, name: str) -> DateTagger:
    """The component that marks day expressions (with their ISO day when they carry a year)."""
    return DateTagger(name)


def mark_dates(doc: "Doc") -> "Doc":
    """Mark the day expressions of a document no ``accord_dates`` saw (once)."""
    return DateTagger().mark(doc)
