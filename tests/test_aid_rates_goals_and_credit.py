"""Figures that are not money given, and verbs of money already given: an exchange rate ("560
pounds to the dollar") and a goal ("set a goal of $2 billion") are no aid; a fund a state
"capitalised" and a credit line "extended" are delivered; a state's own money for one of its
provinces is spent at home.

Sentences are invented for these tests.
"""

from __future__ import annotations

from test_aid_transfer import run


def test_an_exchange_rate_is_no_aid(nlp) -> None:
    text = (
        "Qatar pledged $2 billion in aid and investment for Sudan in May. "
        "Traders in Khartoum say the official rate is about 560 pounds to the dollar."
    )
    got = [(f.amount, f.currency) for f in run(nlp, text)]
    assert got == [(2e9, "USD")]


def test_a_goal_of_investment_is_no_aid(nlp) -> None:
    text = "2004 - The Joint Plan for the Border Region, which set a goal of $2 billion in investment over eight years, opens its first projects."
    assert run(nlp, text) == []


def test_a_fund_a_state_capitalised_is_delivered(nlp) -> None:
    text = "There is also the Turkish-Azerbaijani Development Fund, which Turkey capitalised with $300 million to lend to Azerbaijani farmers."
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.provider, fact.recipients, fact.status) == (300e6, "Turkey", ["Azerbaijan"], "delivered")


def test_a_credit_line_extended_before_is_delivered_beside_a_new_one_announced(nlp) -> None:
    text = "In March Japan announced a new $3 billion line of credit for Vietnam for ports, on top of the $1 billion line extended in 2015."
    got = [(f.amount, f.status) for f in run(nlp, text)]
    assert got == [(3e9, "announced"), (1e9, "delivered")]


def test_a_states_own_money_for_one_of_its_provinces_is_no_aid(nlp) -> None:
    text = (
        "India and Bangladesh completed the land swap on Friday. The Centre has approved a package of "
        "Rs 2,000 crore (about $300 million) for Assam to rebuild roads and schools in the border districts."
    )
    assert run(nlp, text) == []


def test_a_gift_the_recipients_press_counts_in_its_own_money_stays_aid(nlp) -> None:
    text = "The United States has given some 1,370 million lempiras of cooperation for Honduras since 2015, the foreign ministry said."
    (fact,) = run(nlp, text)
    assert (fact.currency, fact.provider, fact.recipients) == ("HNL", "United States", ["Honduras"])


def test_a_citys_own_spending_in_the_donors_money_is_no_aid(nlp) -> None:
    text = (
        "Sweden will give Morocco 5 million kronor for child protection. In Stockholm, the city's social "
        "services have spent 20 million kronor on the boys since 2015, on emergency housing and outreach workers."
    )
    got = [(f.amount, f.provider, f.recipients) for f in run(nlp, text)]
    assert got == [(5e6, "Sweden", ["Morocco"])]


def test_money_for_pilots_with_a_region_goes_to_no_one_state(nlp) -> None:
    text = (
        "Italy has pledged €2 million for Italian-language courses in Lagos, to be run by the IOM. That is small "
        "next to the €8 million the European Union has approved for its mobility pilots with West Africa."
    )
    got = [(f.amount, f.provider, f.recipients) for f in run(nlp, text)]
    assert got[-1] == (8e6, "European Union", [])
