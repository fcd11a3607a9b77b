"""Agreements a sentence refers back to by their number or by the states it lists, without
naming them again: "X signed all three agreements", "X signed all three: with A on ..., with
B on ... and with C on ...". The number words are ``number_words`` of
``kg/data/patterns/parties.json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parties import pattern_file
from .model import Draft

if TYPE_CHECKING:
    from spacy.tokens import Token


def counted(noun: "Token") -> int | None:
    """The number a plural agreement noun is counted by: "all three agreements", "both deals"."""
    numbers = pattern_file("parties.json")["number_words"]
    for child in noun.children:
        if child.dep_ in ("nummod", "det", "predet", "quantmod") and child.lower_ in numbers:
            return numbers[child.lower_]
    return None


def counted_group(noun: "Token", drafts: list[Draft]) -> list[Draft]:
    """The agreements "all three agreements" refers back to: those the latest sentence that
    named agreements named, or else the most recent ones one plural named together
    (``siblings``), when they are that many; else none."""
    number = counted(noun)
    if number is None or number < 2 or not drafts:
        return []
    latest = max(d.last_sentence for d in drafts)
    together = [d for d in drafts if d.last_sentence == latest]
    if len(together) == number:
        return together
    for draft in reversed(drafts):
        group = [draft, *draft.siblings]
        if len(group) == number:
            return sorted(group, key=lambda d: next(i for i, o in enumerate(drafts) if o is d))
    return []


def each_listed(drafts: list[Draft], named: set[str]) -> list[Draft]:
    """ "X signed all three: with A on July 26, with B on ...": no agreement has all the states
    the sentence lists, so each state's own, the most recent one with it; none unless every
    state listed has one."""
    if len(named) < 2 or any(named <= set(d.parties) for d in drafts):
        return []
    found = [next((d for d in reversed(drafts) if state in d.parties), None) for state in sorted(named)]
    if any(d is None for d in found) or len({id(d) for d in found}) < len(found):
        return []
    return [d for d in found if d is not None]
