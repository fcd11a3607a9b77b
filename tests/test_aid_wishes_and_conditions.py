"""Aid: what is hoped or lobbied for has not happened; money held back until a condition is met
is suspended.

Texts are written for these tests with countries, donors and amounts that the gold sets do not
use; the expected values are worked out by hand from the rules of :mod:`kg.extract.aid`.
"""

from __future__ import annotations

from test_aid_regions_and_mixes import run


def test_aid_a_leader_expects_to_resume_is_still_frozen(nlp) -> None:
    (a,) = run(nlp, "Cortizo said he expects Washington to resume the aid for Panama that has been frozen since May.")
    assert a.recipients == ["Panama"]
    assert a.status == "suspended"


def test_lobbying_to_get_the_money_flowing_again_restores_nothing(nlp) -> None:
    text = "Officials in Nairobi have been lobbying since then to get the money for Kenya flowing again."
    assert [a.status for a in run(nlp, text)] != ["restored"]


def test_no_new_funds_until_governments_act_is_a_suspension(nlp) -> None:
    text = (
        "Germany froze part of its aid to Kenya, Uganda and Tanzania in May. "
        "Berlin said it will not provide new assistance to the three countries until their governments "
        "take further steps against smuggling."
    )
    statuses = {(a.status, tuple(a.recipients)) for a in run(nlp, text)}
    assert ("suspended", ("Kenya", "Uganda", "Tanzania")) in statuses


def test_aid_denied_without_a_condition_is_still_no_fact(nlp) -> None:
    assert run(nlp, "Berlin has not provided any new assistance to Kenya this year.") == []


def test_the_move_that_affects_a_sum_is_no_redirection(nlp) -> None:
    text = (
        "Germany is cutting off aid to Kenya, Uganda and Tanzania, the ministry said. "
        "The move affects about €120m in funding from last year, according to officials."
    )
    facts = [f for f in run(nlp, text) if f.amount is not None]
    assert [(f.amount, f.status) for f in facts] == [(120e6, "cut")]


def test_a_headline_status_change_that_the_story_gives_as_a_sum_is_that_sum(nlp) -> None:
    text = (
        "Kenya signs migration pact with Germany; government says it will bring back frozen aid\n"
        "Nairobi, 12 April\n"
        "Kenya signed the pact on Monday. For Kenya, the funds frozen by Germany in March amount to "
        "some €60 million, the treasury said."
    )
    facts = run(nlp, text)
    assert [(f.amount, f.status) for f in facts] == [(60e6, "suspended")]


def test_a_body_status_change_beside_a_sum_stays() -> None:
    from kg.extract.aid.merge import headline_told_again
    from kg.facts import Aid, Evidence

    told = Aid(None, "Germany", ["Kenya"], "suspended", None, Evidence("Germany froze its aid to Kenya.", 40, 71))
    total = Aid(60e6, "Germany", ["Kenya"], "suspended", None, Evidence("The frozen funds amount to €60m.", 72, 104), amount=60e6, currency="EUR")
    assert headline_told_again([told, total], headline_end=30) == [told, total]
    assert headline_told_again([told, total], headline_end=80) == [total]


def test_a_call_on_a_legislature_to_block_funding_blocks_nothing(nlp) -> None:
    text = (
        "The group calls on the government to halt all returns to Kenya, Uganda and Tanzania, and calls on "
        "parliament to block funding for the deal."
    )
    assert [a.status for a in run(nlp, text)] == []


def test_money_someone_means_to_see_spent_or_released_is_no_new_fact(nlp) -> None:
    """ "to make sure that the assistance is spent", "want to ensure the aid is released": an
    aim, not a payment or a release."""
    for second in (
        "The parliament will hold hearings to make sure that the assistance it voted is spent as intended.",
        "Lawmakers want to ensure the aid is released before the rains.",
    ):
        text = "Norway froze its aid to Mali in May. " + second
        assert [(a.provider, a.recipients, a.status) for a in run(nlp, text)] == [("Norway", ["Mali"], "suspended")], second


def test_aid_that_ensures_something_keeps_its_own_status(nlp) -> None:
    (a,) = run(nlp, "The EU funding for Mali, approved in May, will ensure that schools stay open.")
    assert (a.provider, a.recipients) == ("European Union", ["Mali"])
