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
