"""Aid: sums of public and private money, regions that name no country, destinations that are
no country.

Texts are written for these tests with countries, donors and amounts that the gold sets do not
use; the expected values are worked out by hand from the rules of :mod:`kg.extract.aid`.
"""

from __future__ import annotations

from kg.extract import Context
from kg.extract.aid import extract_aid
from kg.facts import Article


def run(nlp, text: str, date: str | None = "2021-04-14"):
    article = Article(id="t", source="t.txt", text=text, date=date)
    return extract_aid(nlp(text), Context(article=article, people={}))


def test_public_and_private_investment_a_government_pledges_is_aid(nlp) -> None:
    text = (
        "Under the plan, Japan pledged $2.1 billion in public and private investment for Kenya, Uganda "
        "and Tanzania and $900 million for northern Mozambique."
    )
    facts = sorted(run(nlp, text), key=lambda a: a.amount)
    assert [(a.amount, a.recipients, a.status) for a in facts] == [
        (900e6, ["Mozambique"], "pledged"),
        (2.1e9, ["Kenya", "Uganda", "Tanzania"], "pledged"),
    ]
    assert {a.provider for a in facts} == {"Japan"}


def test_private_investment_alone_is_still_no_aid(nlp) -> None:
    assert run(nlp, "Kenya is seeking $3 billion in private investment for its railways.") == []


def test_a_plan_against_migration_from_a_region_goes_to_no_one_country(nlp) -> None:
    text = (
        "Kenyan President Amina Odhiambo said her government was ready to work with the new team. "
        "Japan has pledged a five-year, $3 billion plan to address the root causes of migration from East Africa."
    )
    (a,) = run(nlp, text)
    assert a.amount == 3e9
    assert a.recipients == []


def test_money_moved_to_other_priorities_goes_to_no_country_of_a_later_clause(nlp) -> None:
    text = (
        "Officials in Belize, Panama and Costa Rica waited for news. "
        "The State Department said it would reprogram about $210 million of funds first meant for the "
        "isthmus to other priorities, and that it would not obligate new funds for those countries."
    )
    (a, *_) = [f for f in run(nlp, text) if f.amount is not None]
    assert a.status == "redirected"
    assert a.recipients == []


def test_money_shifted_elsewhere_still_goes_to_the_countries_named_after_it(nlp) -> None:
    text = "Shifted elsewhere: about $85 million, to programs for Haitian migrants in Chile and Peru"
    facts = [f for f in run(nlp, text) if f.amount is not None]
    assert [(f.amount, f.recipients, f.status) for f in facts] == [(85e6, ["Chile", "Peru"], "redirected")]


def test_another_figure_without_a_currency_after_a_sum_is_a_second_sum(nlp) -> None:
    text = (
        "In May, the two ministers announced that Tokyo would mobilise 2.1 billion dollars (some 1.9 billion "
        "euros) in investment for East Africa, and another 0.9 billion for the north of Mozambique."
    )
    facts = sorted(run(nlp, text), key=lambda a: a.amount)
    assert [(a.amount, a.currency, a.recipients, a.status) for a in facts] == [
        (0.9e9, "USD", ["Mozambique"], "announced"),
        (2.1e9, "USD", [], "announced"),
    ]
    assert {a.provider for a in facts} == {"Japan"}


def test_a_figure_of_people_after_a_sum_is_no_sum(nlp) -> None:
    text = "Japan pledged $40 million to Kenya, and 2 million people in the north will benefit."
    assert [a.amount for a in run(nlp, text)] == [40e6]


def test_list_lines_naming_one_country_each_are_the_three_countries_after_them(nlp) -> None:
    text = (
        "The accords are three:\n\n"
        "- Kenya: signed 3 May by the interior minister.\n"
        "- Uganda: signed 9 June by the foreign minister.\n"
        "- Tanzania: signed 1 July by the home affairs minister.\n\n"
        "In October Germany said it would release some €40 million of the frozen funds to the three countries."
    )
    (a,) = [f for f in run(nlp, text) if f.amount is not None]
    assert a.recipients == ["Kenya", "Uganda", "Tanzania"]


def test_a_region_in_the_part_of_another_sum_leaves_a_sum_its_countries(nlp) -> None:
    text = (
        "Germany froze its aid to Kenya, Uganda and Tanzania in March. "
        "The freeze affected about €90 million, of which roughly €30 million was later moved to other "
        "priorities in the region."
    )
    facts = {f.amount: f.recipients for f in run(nlp, text) if f.amount is not None}
    assert facts[90e6] == ["Kenya", "Uganda", "Tanzania"]
    assert facts[30e6] == []


def test_money_paid_to_an_agency_for_people_stranded_in_a_country_goes_to_the_agency(nlp) -> None:
    """DECISIONS_y: money paid to an agency for the people it helps is the agency's."""
    text = (
        "Denmark will contribute DKK 40 million to the International Organization for Migration "
        "to support the voluntary return of migrants stranded in Niger and Mali."
    )
    (a,) = run(nlp, text)
    assert (a.provider, a.recipients) == ("Denmark", ["International Organization for Migration"])


def test_money_for_people_stranded_in_a_country_without_an_agency_paid_goes_to_that_country(nlp) -> None:
    """DECISIONS_p: aid for people stranded in a place names that place's state."""
    text = "Denmark will give DKK 40 million for shelter for migrants stranded in Niger."
    (a,) = run(nlp, text)
    assert (a.provider, a.recipients) == ("Denmark", ["Niger"])
