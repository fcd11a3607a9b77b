"""Aid in other deals: sums per person or per month, donors named through a relative pronoun
or a headline's infinitive, a sum's scale word the tagger reads as a verb, "support ... with"
a sum, and money a country "lost".

Texts are written for these tests, with countries and sums the evaluation sets do not use.
"""

from __future__ import annotations

import pytest

from test_aid_transfer import run


@pytest.mark.parametrize(
    "text",
    [
        "Returnees who leave voluntarily can receive up to 20,000 kroner per adult in reintegration support.",
        "Under the deal, Filipino nurses in Norway will be paid at least 30,000 kroner ($3,500) a month.",
        "Each family gets a grant of €2,000 per household from the fund.",
    ],
)
def test_a_sum_per_person_or_per_month_is_no_aid(nlp, text) -> None:
    assert [a.amount for a in run(nlp, text) if a.amount is not None] == []


def test_a_relative_clause_gives_the_donor_it_describes(nlp) -> None:
    (a,) = run(nlp, "Ghana agreed a deal to take migrants from Norway, which paid Accra 40 million kroner before the plan collapsed.")
    assert a.provider == "Norway"
    assert a.recipients == ["Ghana"]
    assert a.status == "delivered"


def test_a_scale_word_read_as_a_verb_does_not_hide_the_giving_verb(nlp) -> None:
    (a,) = run(nlp, "He also referred to the deal with Morocco, under which Spain will pay Morocco £40m this year to increase patrols.")
    assert (a.amount, a.currency) == (40e6, "GBP")
    assert a.provider == "Spain"
    assert a.recipients == ["Morocco"]
    assert a.status == "pledged"


def test_a_headline_infinitive_is_a_pledge_of_the_name_before_it(nlp) -> None:
    facts = run(nlp, "Key events\n - Canada to pay Haiti £30m over two years\n - New border posts to be built")
    (a,) = [f for f in facts if f.amount]
    assert a.provider == "Canada"
    assert a.recipients == ["Haiti"]
    assert a.status == "pledged"


def test_support_with_a_sum_is_aid(nlp) -> None:
    (a,) = run(nlp, "Ireland will support projects in Kenya in the areas of reintegration and labour migration with EUR 2 million.")
    assert (a.amount, a.currency) == (2e6, "EUR")
    assert a.provider == "Ireland"
    assert a.recipients == ["Kenya"]
    assert a.status == "pledged"


def test_funding_a_country_lost_is_cut(nlp) -> None:
    (a,) = run(nlp, "Chad, which hosts a million refugees, lost hundreds of millions of dollars in U.S. funding this year.")
    assert a.recipients == ["Chad"]
    assert a.status == "cut"


def test_a_sum_spent_in_partner_countries_goes_to_no_country(nlp) -> None:
    text = (
        "The development ministry said it would provide Senegal with an additional €20 million for training. "
        "In 2023, the ministry had already spent €150 million on advice centres in partner countries."
    )
    facts = {a.amount: a for a in run(nlp, text)}
    assert facts[20e6].recipients == ["Senegal"]
    assert facts[150e6].recipients == []


def test_a_state_spending_on_itself_is_no_aid(nlp) -> None:
    text = (
        "The commissioner said a further €200m would be announced for border management in Poland, Lithuania "
        "and Latvia.\n\n15:20 CET\nPolish MPs last month approved 1.6bn zlotys (about €353m) to build a barrier "
        "along the border with Belarus."
    )
    assert [a.currency for a in run(nlp, text) if a.amount] == ["EUR"]  # the €200m; no zlotys


def test_budget_support_is_aid_a_status_can_act_on(nlp) -> None:
    (a,) = run(nlp, "The EU suspended its budget support to Mali and all security cooperation after the coup.")
    assert (a.amount, a.provider, a.recipients, a.status) == (None, "European Union", ["Mali"], "suspended")


def test_a_package_a_leader_will_press_for_is_asked_for_not_given(nlp) -> None:
    text = "The President asked Haddad to stop the boats and promised to press Brussels for a package for Lebanon"
    assert run(nlp, text) == []


def test_presenting_a_package_announces_it(nlp) -> None:
    text = (
        "The President said the Commission president would accompany him on a joint visit to Amman "
        "in the coming weeks to present a package of support for Jordan."
    )
    (a,) = run(nlp, text)
    assert (a.recipients, a.status) == (["Jordan"], "announced")


def test_the_figures_of_a_correction_note_are_no_aid(nlp) -> None:
    text = (
        "The Italian agency will give Ghana 4 million euros for youth employment projects.\n\n"
        "Correction: An earlier version of this brief said the agreement was signed on Thursday. "
        "It also gave the agency's contribution as 8 million euros; the correct figure is 4 million euros."
    )
    facts = run(nlp, text)
    assert [(a.amount, a.recipients) for a in facts] == [(4e6, ["Ghana"])]


def test_the_hosts_of_a_pledging_conference_neither_give_nor_get_its_sum(nlp) -> None:
    text = (
        "At a pledging conference co-hosted by the European Union and Norway last May, donors promised "
        "US$1.5 billion for Sudanese refugees and migrants, but most of it came as loans."
    )
    (a,) = run(nlp, text)
    assert (a.amount, a.provider, a.recipients, a.status) == (1.5e9, None, [], "pledged")


def test_aid_that_could_be_reduced_is_a_threat_not_a_cut(nlp) -> None:
    text = "The minister told parliament that the country had been warned aid could be reduced if it did not cooperate."
    assert run(nlp, text) == []
