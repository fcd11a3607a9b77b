"""Aid: whose money it is and where it goes, read from the sum's own words.

The subject of an infinitive the money is for ("grants for Uganda to support its response")
gets it and gives nothing; money moved "away from" a region goes to no one the sentences
before named; of two sums, the one whose own stretch names only a region goes to no one
country; released money is restored when the next sentence says it was frozen; "migrants
from Venezuela" names where people come from, not who gets the money.

Sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from test_aid_transfer import run


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Sweden approved 40 million kronor in grants for Uganda to support its response to the arrival of South Sudanese refugees.", "Uganda"),
        ("The World Bank in April approved US$15 million in grants for Ecuador to support its schools.", "Ecuador"),
    ],
)
def test_the_subject_of_the_infinitive_the_money_is_for_gets_it(nlp, text, recipient) -> None:
    (fact,) = run(nlp, text)
    assert fact.recipients == [recipient]


def test_money_moved_away_from_a_region_goes_to_no_one_named_before(nlp) -> None:
    text = (
        "The Department of State informed Congress it would reprogram $60 million in aid for Mali, Niger and Chad "
        "to other priorities. \"The decision to shift $60 million away from the Sahel is a mistake,\" Senator Ruiz said."
    )
    (fact,) = run(nlp, text)
    assert (fact.status, fact.recipients) == ("redirected", [])


def test_of_two_sums_the_regional_one_goes_to_no_one_country(nlp) -> None:
    text = ("In May, Japan pledged $2 billion in public and private investment to support institutional reform in "
            "West Africa, and $500 million for northern Senegal, though little has arrived.")
    facts = run(nlp, text)
    assert [(f.amount, f.recipients) for f in facts] == [(2e9, []), (5e8, ["Senegal"])]


def test_a_release_the_next_sentence_says_was_frozen_is_restored(nlp) -> None:
    text = "The government said it would release $80 million in aid to Haiti. The money is part of the $200 million it froze in January."
    facts = run(nlp, text)
    assert [(f.amount, f.status) for f in facts] == [(8e7, "restored"), (2e8, "suspended")]


def test_the_country_migrants_come_from_gets_nothing(nlp) -> None:
    text = "Ecuador's government says it spent some 900 million dollars in 2019 on schooling and emergency assistance for migrants from Venezuela."
    assert all("Venezuela" not in f.recipients for f in run(nlp, text))


def test_a_headline_sum_told_loosely_is_the_bodys(nlp) -> None:
    text = (
        "Somalis fleeing drought face tighter Kenyan entry rules as Geneva donors pledge US$900m\n\n"
        "On Tuesday, donors pledged about $900 million for the humanitarian response in Somalia at a conference in Geneva."
    )
    (fact,) = run(nlp, text)
    assert (fact.recipients, fact.evidence.text.startswith("On Tuesday")) == (["Somalia"], True)


def test_aid_that_talks_are_about_is_not_acted_on(nlp) -> None:
    text = "During a state visit in 1971, President Ines Vadero held talks with Chancellor Tomas Ruud in Vienna on economic cooperation."
    assert run(nlp, text) == []
    # a status noun before "on" still acts on the money
    (fact,) = run(nlp, "Austria announced a freeze on its aid to Niger on Monday.")
    assert (fact.status, fact.recipients) == ("suspended", ["Niger"])


def test_a_loan_in_deutsche_marks_is_a_sum(nlp) -> None:
    text = "In 1962 Bonn promised Ankara a loan of 40 million Deutsche marks for vocational schools."
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.currency, fact.recipients) == (4e7, "DEM", ["Turkey"])


def test_a_bonus_paid_to_workers_is_no_aid(nlp) -> None:
    text = "In 1975 the government passed a law offering a return bonus of 8,000 Deutschmarks to workers from Portugal who left for good."
    assert run(nlp, text) == []
