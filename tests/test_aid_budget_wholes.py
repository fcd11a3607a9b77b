"""Aid and the budgets that carry it: the sum of a whole law is not the aid it holds ("the
foreign-aid portion of the $1.2 trillion bill", "a $900 billion spending package"); what a law
provides is approved, not delivered; "he pledged" after naming a well-known leader is that
leader's state's pledge. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from test_aid_transfer import run


@pytest.mark.parametrize(
    "text",
    [
        "The $310 million in aid for Niger, tucked into the foreign-aid portion of the $1.2 trillion bill, "
        "is close to last year's level.",
        "The $310 million in aid for Niger sits in the development title of the $900 billion act.",
    ],
)
def test_the_sum_of_the_whole_a_part_is_cut_from_is_no_aid(nlp, text) -> None:
    amounts = [f.amount for f in run(nlp, text)]
    assert 310e6 in amounts and not any(a and a >= 9e11 for a in amounts), amounts


def test_a_law_named_by_its_kind_is_no_aid_but_its_line_is(nlp) -> None:
    text = (
        "The House passed a $900 billion spending package on Tuesday. "
        "It provides $75 million in assistance to Niger."
    )
    assert [f.amount for f in run(nlp, text)] == [75e6]


@pytest.mark.parametrize(
    "text",
    [
        "The spending bill the president signed on Friday provides $410 million in aid for Niger and Mali.",
        "The appropriations law provides $410 million in aid for Niger and Mali.",
    ],
)
def test_what_a_law_provides_is_approved(nlp, text) -> None:
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.status) == (410e6, "approved")


def test_a_pronoun_donor_is_the_state_of_the_leader_named_before(nlp) -> None:
    text = (
        "Andrés Manuel López Obrador has long argued that development stops migration. "
        "In June, he met Honduran officials in Tapachula and pledged $30 million for Honduras."
    )
    (fact,) = run(nlp, text)
    assert (fact.provider, fact.recipients, fact.status) == ("Mexico", ["Honduras"], "pledged")


def test_a_verb_over_the_aid_noun_that_does_not_govern_the_sum_is_its_own_fact(nlp) -> None:
    text = "The first funds have already been delivered to Ghana, out of the 30 million dollars we committed for schools."
    assert sorted((f.amount or 0, f.status) for f in run(nlp, text)) == [(0, "delivered"), (30e6, "pledged")]
