"""Pledging lists: one giving verb shared by several donors, each with its own sum.

"At the conference the UK pledged £1.2 billion, Germany €2.3 billion and Norway NOK 10
billion" says the verb once (the grammar calls the later clauses "gapped"): each later sum's
donor is the name right before it, and no donor of the list is a recipient of another's sum.
The parser reads such a list as one clause, with "Germany" and "Norway" as objects or
conjuncts of the first verb; the text between two sums says what it is. Why a module of its
own: the rule is about the list, not one sum, and reads the words between the sums."""

from __future__ import annotations

import re
from functools import cache
from typing import Callable

from ...money import Amount
from .donors import org_mentions
from .vocab import VAGUE, VIA_NAME, vocab


@cache
def _gap() -> re.Pattern[str]:
    """What lies between the sum before and a gapped donor: a list separator, then the name
    (matched apart); after the name, at most "an additional"/"a further" before the sum."""
    return re.compile(r"^" + vocab()["list_separator"] + r"(?:the\s+)?$", re.I)


@cache
def _before_sum() -> re.Pattern[str]:
    return re.compile(vocab()["gapped_before_sum"], re.I)


def gapped_donors(text: str, amounts: list[Amount], countries, gives: "Callable[[Amount], bool]") -> dict[int, str]:
    """The donor of each later sum of a pledging list, by the sum's index in ``amounts``:
    the country or body written right before the sum, after a list separator that follows
    the sum before ("..., Germany €2.3 billion until 2018 and Norway NOK10 billion"). The
    words after the sum before and up to the separator may only be a time ("until 2018",
    "over four years"), never a verb or another name. The list's first sum must have a donor
    for subject (``gives``): in "X will receive $35 million and Y $25m" the names get money."""
    names = sorted(
        [(c.start, c.end, c.name) for c in countries if c.via == VIA_NAME]
        + [(s, e, n) for s, e, n in org_mentions(text, True) + org_mentions(text, False)]
    )
    out: dict[int, str] = {}
    for i in range(1, len(amounts)):
        before, amount = amounts[i - 1], amounts[i]
        if amount.currency == VAGUE or before.currency == VAGUE or not (i - 1 in out or gives(before)):
            continue
        name = next(
            (
                (s, e, n) for s, e, n in reversed(names)
                if before.end <= s and e <= amount.start and _before_sum().fullmatch(text[e : amount.start])
            ),
            None,
        )
        if name is None:
            continue
        start, _, donor = name
        between = text[before.end : start]
        tail = re.search(vocab()["list_separator"] + r"(?:the\s+)?$", between, re.I)
        if tail is None or not re.fullmatch(vocab()["gapped_time_words"], between[: tail.start()], re.I):
            continue
        out[i] = donor
    return out
