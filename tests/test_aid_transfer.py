"""Aid rules that must hold for any state, currency and outlet (fourth pass of issue 9):
each test uses invented sentences about other governments than the articles that showed
the error, in at least two variants."""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.aid import extract_aid
from kg.facts import Article
from kg.money import dollar_currency


@pytest.fixture(scope="module")
def nlp():
    from kg.parse import load_nlp

    return load_nlp()


def run(nlp, text: str, date: str | None = "2022-05-10"):
    article = Article(id="t", source="t.txt", text=text, date=date)
    return extract_aid(nlp(text), Context(article=article, people={}))


@pytest.mark.parametrize(
    ("text", "dollar"),
    [
        ("Wellington will provide $12 million to Samoa's health system, New Zealand's foreign minister said.", "NZD"),
        ("Ottawa has committed $8.5 million to settlement agencies; Canada's programme also helps Guatemalan workers.", "CAD"),
        ("Singapore will give $3 million to Myanmar's returnees, the Singapore foreign ministry said.", "SGD"),
        ("Washington will give $3 million to Mexico's shelters, the United States said.", "USD"),
        ("Germany will give 3 million euros to Tunisia.", "USD"),
    ],
)
def test_a_text_naming_no_dollar_means_the_dollar_of_its_dollar_state(text: str, dollar: str) -> None:
    assert dollar_currency(text) == dollar


@pytest.mark.parametrize(
    ("text", "amount", "currency", "usd"),
    [
        ("New Zealand will give Tonga NZ$20 million ($12.4 million), its foreign minister said.", 20e6, "NZD", 12.4e6),
        ("Canada will give Haiti C$30 million ($22 million) for border posts.\n($1 = 1.36 Canadian dollars)", 30e6, "CAD", 22e6),
    ],
)
def test_a_bare_dollar_converting_another_dollar_is_the_us_dollar(nlp, text, amount, currency, usd) -> None:
    (fact,) = run(nlp, text, date=None)  # no date: no ECB rate, the text's own conversion
    assert (fact.amount, fact.currency, fact.amount_usd) == (amount, currency, usd)


@pytest.mark.parametrize(
    ("text", "currency", "provider"),
    [
        ("Australia will provide $60 million over four years to help Fiji deliver health services.", "AUD", "Australia"),
        ("New Zealand will also provide $9 million to support Samoa's police.", "NZD", "New Zealand"),
    ],
)
def test_a_dollar_states_own_release_gives_its_dollar(nlp, text, currency, provider) -> None:
    (fact,) = run(nlp, text)
    assert (fact.currency, fact.provider) == (currency, provider)
