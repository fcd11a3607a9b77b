"""Aid of the sixth pass: donors named by referent, letter symbols of local currencies,
places read from ISO 3166-2 and capitals (invented sentences, not the gold sets')."""

from __future__ import annotations

import pytest

from kg.money import find_amounts
from tests.test_aid_transfer import run


def test_the_agency_is_the_body_named_before_it(nlp) -> None:
    (fact,) = run(nlp, "IOM's regional director said the agency had pledged $2 million for returnees in Honduras.")
    assert (fact.provider, fact.recipients) == ("International Organization for Migration", ["Honduras"])


@pytest.mark.parametrize("body", ["the Ministry of Foreign Affairs", "the Government"])
def test_a_states_body_without_its_state_is_the_state_of_its_currency(nlp, body) -> None:
    text = f"Norway and Kenya signed a labour deal. {body.capitalize() if body[0] == 't' else body} said it would provide NOK 12 million to shelters in Kenya."
    (fact,) = run(nlp, text)
    assert (fact.provider, fact.recipients, fact.status) == ("Norway", ["Kenya"], "pledged")


def test_a_state_named_ahead_of_the_government_leaves_the_donor_unknown(nlp) -> None:
    (fact,) = run(nlp, "In Peru, the government has earmarked 20 million soles for shelters in Tacna.")
    assert fact.provider is None


def test_a_province_of_a_state_the_text_names_gives_its_state(nlp) -> None:
    (fact,) = run(nlp, "Ecuador and Italy signed a deal. Italy will provide €2 million to clinics in Azuay.")
    assert fact.recipients == ["Ecuador"]
    # a province's name that is also a word names nothing in a text about other states
    facts = run(nlp, "Sri Lanka approved Rs 200 million for workers who go to the Gulf.")
    assert all("Papua New Guinea" not in f.recipients for f in facts)


def test_a_will_allocate_is_a_pledge(nlp) -> None:
    (fact,) = run(nlp, "Poland will allocate 10 million zlotys to schools for refugees in Moldova.")
    assert fact.status == "pledged"


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("South Africa has committed R20 million to Lesotho.", 20e6, "ZAR"),
        ("The Nigerian government disbursed N50 million to returnees.", 50e6, "NGN"),
        ("Peru gave S/ 3 million to Bolivia.", 3e6, "PEN"),
        ("Peru gave 3 million soles to Bolivia.", 3e6, "PEN"),
        ("Pakistan approved Rs1.5 billion.", 1.5e9, "PKR"),
        ("Spain gave €1,5 million to Senegal.", 1.5e6, "EUR"),
    ],
)
def test_local_symbols_words_and_comma_decimals(text, value, currency) -> None:
    (amount,) = find_amounts(text)
    assert (amount.value, amount.currency) == (value, currency)


@pytest.mark.parametrize("text", ["R20 million for the roads", "Peru's R5 highway", "3 million soles"])
def test_a_local_symbol_needs_its_state_and_a_sum(text) -> None:
    assert find_amounts(text) == []
