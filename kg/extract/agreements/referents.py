"""Which of the drafts already read a definite "the agreement" refers back to."""

from __future__ import annotations

from .model import Draft


def salient(candidates: list[Draft], generic: bool) -> Draft | None:
    """The draft "the agreement" of these parties refers to, among ``candidates`` (the most
    recent first): for a generic definite noun the one the article named most often (its main
    deal, not a memorandum it recalled in passing), the most recent of those; else the most
    recent."""
    if not candidates:
        return None
    if not generic:
        return candidates[0]
    return max(candidates, key=lambda d: len(d.context))  # max keeps the first (most recent) of a tie


def named_first(drafts: list[Draft], parties: list[str]) -> list[Draft]:
    """The drafts "the agreement" may refer back to, the most recent first, unless the
    sentence names a party the most recent lacks ("the agreements with A, B and C ... The
    agreement was signed by A's minister"): then the most recent one with all of them."""
    recent = list(reversed(drafts))
    wanted = set(parties)
    if not recent or not wanted or wanted <= set(recent[0].parties):
        return recent
    fitting = next((d for d in recent if wanted <= set(d.parties)), None)
    return recent if fitting is None else [fitting] + [d for d in recent if d is not fitting]
