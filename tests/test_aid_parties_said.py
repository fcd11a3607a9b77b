"""Which parties a sum with no recipient of its own is for (:mod:`kg.extract.aid.said`),
and sums in a currency several states share: invented sentences, other states and numbers."""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.aid import extract_aid
from kg.facts import Article


def run(nlp, text: str, date: str | None = "2021-03-10"):
    article = Article(id="t", source="t.txt", text=text, date=date)
    return extract_aid(nlp(text), Context(article=article, people={}))


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "MARCH 3 - Togo signs the accord. Spain pledges 12 million euros in projects.\n\n"
            "JUNE 9 - During a visit to Ghana, the Spanish minister signs the accord with Ghana in Accra. "
            "Madrid promises 30 million euros in aid for schools.",
            ["Ghana"],
        ),
        (
            "2015 - Laos signs the deal. Norway pledges 5 million euros for training.\n\n"
            "2016 - Oslo signs the deal with Cambodia in Phnom Penh. Norway offers 8 million euros in aid for clinics.",
            ["Cambodia"],
        ),
    ],
)
def test_a_sum_is_for_the_parties_named_after_the_last_aid_fact(nlp, text, last) -> None:
    facts = run(nlp, text)
    assert facts[-1].recipients == last
    assert facts[0].recipients != last


@pytest.mark.parametrize(
    "people",
    [
        "Greek Prime Minister Nikos Andreou and Polish Foreign Minister Anna Lis",
        "Austrian Secretary of State for European Affairs Karl Weber and Czech Interior Minister Jan Novak",
    ],
)
def test_the_nationality_of_a_person_present_names_no_party(nlp, people) -> None:
    text = (
        "Morocco and the European Union signed a memorandum in June. "
        f"It was signed in Rabat in the presence of {people}. "
        "Under the memorandum, Brussels promised 70 million euros for border management."
    )
    (fact,) = run(nlp, text)
    assert fact.recipients == ["Morocco"]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Italy pledges 3 billion CFA francs (about 4.6 million euros) to Mali for wells.", "XOF"),
        ("Belgium pledges 3 billion CFA francs (about 4.6 million euros) to Chad for wells.", "XAF"),
    ],
)
def test_cfa_francs_are_the_currency_of_the_state_named_and_their_conversion_is_one_sum(nlp, text, currency) -> None:
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.currency) == (3e9, currency)
