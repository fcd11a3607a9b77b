"""Aid: words of money that tell of no event (an idea, a means, what money does, a document's
name).

Texts are written for these tests with countries, donors and amounts that the gold sets do not
use; the expected values are worked out by hand from the rules of :mod:`kg.extract.aid`.
"""

from __future__ import annotations

import pytest

from test_aid_regions_and_mixes import run


@pytest.mark.parametrize(
    "text",
    [
        # an idea argued over, not a cut made
        "Senator Ana Ruiz said cutting aid to Kenya would only make the crisis worse.",
        # aid as the means of something else
        "The government has also sought leverage through foreign aid to Kenya, Uganda and Tanzania.",
        # what the money does, not what was done to it
        "These funds support precisely the programmes that keep young people in Kenya and Uganda.",
        # a document's name
        "The accord adds to a Memorandum of Cooperation on border security that Kenya signed with Germany.",
    ],
)
def test_money_words_that_tell_of_no_event(nlp, text: str) -> None:
    assert run(nlp, text) == []


def test_aid_that_was_delivered_still_is(nlp) -> None:
    (a,) = run(nlp, "Germany delivered aid to Kenya in June, the embassy said.")
    assert (a.provider, a.recipients, a.status) == ("Germany", ["Kenya"], "delivered")



def test_money_a_state_spends_inside_its_own_borders_is_no_aid_to_the_country_before(nlp) -> None:
    text = (
        "Germany has promised to support Kenya's young asylum system, but has not said how much money it will provide. "
        "Meanwhile, the Bundestag gave the federal police more than €2 billion this year for detention inside Germany."
    )
    facts = run(nlp, text)
    assert [(f.amount, f.provider, f.recipients, f.status) for f in facts] == [(None, "Germany", ["Kenya"], "pledged")]


def test_a_plan_for_other_work_is_no_aid_but_a_plan_to_fund_is(nlp) -> None:
    assert run(nlp, "The interior minister has promised a plan to process the 9,000 people still waiting in Kenya.") == []
    (a,) = run(nlp, "Japan has promised a plan to fund schools in Kenya.")
    assert (a.provider, a.recipients, a.status) == ("Japan", ["Kenya"], "pledged")
