"""Rounds of pledges: at a donors' conference each donor states its own share ("Germany would
provide €2.3bn. ... Japan pledged $350m"). One more donor's sum there is neither the money of
the donor before it nor money for the states the sentences before happen to name (a host, a
co-donor, a speaker), and a sum in a donor's own currency is its pledge, not spending at home;
the text gives a recipient with the sum or none is known (GUIDELINES.md, "Aid recipients")."""

from __future__ import annotations

from ...facts import Aid
from .referents import Referred


def other_giver(donor, earlier: Aid | None, donors: dict[str, bool]) -> bool:
    """Whether a sum is one more donor's share of a round of pledges ("Germany would provide
    €2.3bn. ... The US would provide $890m for Syrians. Japan pledged $350m"): its own named
    donor is not the donor of the earlier money, and other donors have given sums before it.
    Such a sum is not that money and does not go where it goes; with one donor before ("The
    World Bank approved $202m for Ethiopia's compact. The UK pledged £80m"), the story's
    recipient is still the one told."""
    return pledging_round(donor, donors) and earlier is not None and earlier.provider is not None and earlier.provider != donor


def pledging_round(donor, donors: dict[str, bool]) -> bool:
    """Whether a named donor's sum follows sums of at least two other donors that went to no
    named state (pledges to a conference's appeal); donors whose sums went to the story's state
    ("$480 million to help Bangladesh", "C$300 million for Myanmar and Bangladesh") make no round."""
    nowhere = {d for d, unplaced in donors.items() if unplaced}
    return isinstance(donor, str) and not isinstance(donor, Referred) and len(nowhere - {donor}) >= 2


def givers_so_far(facts: list[Aid]) -> dict[str, bool]:
    """The donors of the sums found so far, each with whether all its sums went to no named state."""
    out: dict[str, bool] = {}
    for f in facts:
        if f.provider and f.amount is not None:
            out[f.provider] = out.get(f.provider, True) and not f.recipients
    return out


def in_a_round(fact: Aid, facts: list[Aid]) -> bool:
    """Whether ``fact`` is a pledge and two other donors of the article pledged sums too."""
    pledgers = {f.provider for f in facts if f.provider and f.status == PLEDGED}
    return fact.status == PLEDGED and bool(fact.provider) and len(pledgers - {fact.provider}) >= 2


#: the status of a sum promised at a conference
PLEDGED = "pledged"
