"""Money amounts in any currency: value, range and ISO 4217 code; dollars at the ECB rate."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import json
from importlib import resources

from kg.money import dollar_currency, find_amounts, merge_restatements, named_dollars, parse_amount, to_usd


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$615 million", (615e6, None)),
        ("some $38 million in assistance", (38e6, None)),
        ("$1.2bn", (1.2e9, None)),
        ("US$450m", (450e6, None)),
        ("US $72 million", (72e6, None)),
        ("U.S.$ 12 million", (12e6, None)),
        ("$4.5 billion", (4.5e9, None)),
        ("$450mn", (450e6, None)),
        ("$3,500", (3500.0, None)),
        ("615 million dollars", (615e6, None)),
        ("90 million U.S. dollars", (90e6, None)),
        ("between $100 million and $200 million", (100e6, 200e6)),
        ("$5-7 million", (5e6, 7e6)),
        ("$12 million-$15 million", (12e6, 15e6)),
        ("$100 to $200 million", (100e6, 200e6)),
    ],
)
def test_dollar_amounts(text: str, expected: tuple[float, float | None]) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    "text",
    ["hundreds of millions", "millions of dollars", "2,000 kilometers", "20,000 troops", "30 percent", "", "no money"],
)
def test_no_amount(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize(("text", "currency"), [("€30 million", "EUR"), ("50 million pesos", "MXN"), ("£2m", "GBP")])
def test_other_currencies_are_found_but_give_no_usd_amount(text: str, currency: str) -> None:
    assert parse_amount(text) is None
    (amount,) = find_amounts(text)
    assert amount.currency == currency


def test_and_or_to_after_a_full_amount_is_not_a_range() -> None:
    assert parse_amount("$5 million and 300 troops") == (5e6, None)
    assert parse_amount("$5 million to 300 families") == (5e6, None)


def test_find_amounts_gives_offsets_of_each_amount() -> None:
    text = "It froze $40m for Belize and $2.5bn for Panama."
    found = find_amounts(text)
    assert [text[a.start : a.end] for a in found] == ["$40m", "$2.5bn"]
    assert [a.value for a in found] == [40e6, 2.5e9]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_parse_amount_never_crashes(text: str) -> None:
    result = parse_amount(text)
    assert result is None or (result[0] is not None and result[0] >= 0)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["$", "US$", "5", ",", "000", ".", "5", " million", "-", " to ", "bn", "€", "<b>", " "]), max_size=40))
def test_parse_amount_never_crashes_on_money_like_noise(parts: list[str]) -> None:
    parse_amount("".join(parts))


def test_letter_currency_prefixes_need_a_word_start() -> None:
    # "fiscal 2018" is not 2,018 lempiras, "Q 5" at a word start is quetzales
    assert find_amounts("in fiscal 2018") == []
    assert find_amounts("Q 500 million")[0].currency == "GTQ"


def test_other_dollars() -> None:
    assert parse_amount("C$20 million") is None  # parse_amount is for US dollars only
    assert find_amounts("C$20 million")[0].currency == "CAD"
    assert find_amounts("A$5m")[0].currency == "AUD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a $6.2-million grant", (6.2e6, None)),
        ("a $3-billion package", (3e9, None)),
        ("two billion dollars", (2e9, None)),
        ("half a billion dollars", (0.5e9, None)),
        ("$45m to $55m", (45e6, 55e6)),
        ("US$ 1.3bn", (1.3e9, None)),
    ],
)
def test_hyphenated_and_worded_amounts(text: str, expected: tuple[float, float | None]) -> None:
    assert parse_amount(text) == expected


def test_worded_amounts_need_a_currency_word() -> None:
    assert find_amounts("two million migrants") == []
    assert find_amounts("three million euros")[0].currency == "EUR"


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("hundreds of millions in aid", True),
        ("billions in assistance", True),
        ("several million dollars", True),
        ("tens of millions of people", False),
        ("hundreds of thousands of migrants", False),
    ],
)
def test_vague_sums(text: str, vague: bool) -> None:
    from kg.money import find_vague_amounts

    assert bool(find_vague_amounts(text)) == vague


def test_scaled_amounts_are_whole_dollars() -> None:
    assert parse_amount("$4.1 billion") == (4_100_000_000, None)
    assert parse_amount("$0.3m") == (300_000, None)


def test_fractions_of_a_scale_in_words() -> None:
    from kg.money import find_amounts

    assert [a.value for a in find_amounts("more than a quarter of a billion dollars")] == [250e6]
    assert [a.value for a in find_amounts("three quarters of a million dollars")] == [750e3]
    assert [round(a.value) for a in find_amounts("a third of a billion dollars")] == [333333333]


def _pattern_examples() -> list[dict]:
    data = json.loads(resources.files("kg.data").joinpath("patterns/money_currencies.json").read_text("utf-8"))
    return data["examples"]


@pytest.mark.parametrize("example", _pattern_examples(), ids=lambda e: e["text"][:40])
def test_the_data_files_examples(example: dict) -> None:
    found = [[a.value, a.value_max, a.currency] for a in find_amounts(example["text"])]
    assert found == example["amounts"]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        # symbols, codes and names nobody listed by hand: CLDR's, through babel
        ("Warsaw pledged 40 million zlotys", 40e6, "PLN"),
        ("₹500 crore", 5e9, "INR"),
        ("a NZ$15m package for Fiji", 15e6, "NZD"),
        ("Ankara asked for 3 billion Turkish lira", 3e9, "TRY"),
        ("KES 200 million for the camps", 200e6, "KES"),
        ("Denmark offered 100 million Danish kroner", 100e6, "DKK"),
        ("Egypt got 5 billion Egyptian pounds", 5e9, "EGP"),
    ],
)
def test_currencies_of_the_world(text: str, value: float, currency: str) -> None:
    (amount,) = find_amounts(text)
    assert (amount.value, amount.currency) == (value, currency)


def test_a_bare_dollar_takes_the_texts_currency() -> None:
    australian = "Canberra has paid A$420 million for the centre. Another $70 million is budgeted."
    assert dollar_currency(australian) == "AUD"
    assert [a.currency for a in find_amounts(australian, dollar=dollar_currency(australian))] == ["AUD", "AUD"]
    # with the US dollar named too, a bare "$" stays the US dollar
    both = "Canberra paid A$420 million (US$290 million). Washington gave $5 million."
    assert dollar_currency(both) == "USD"
    assert dollar_currency("Washington gave $5 million.") == "USD"
    # two other dollars: no single context, the US dollar
    assert dollar_currency("Ottawa gave C$5 million and Canberra A$3 million; $2 million more came.") == "USD"


def test_a_sum_restated_in_another_currency_is_one_sum() -> None:
    text = "Brussels will give Tunis €105m ($116m) and a further €150m."
    (first, second) = merge_restatements(find_amounts(text), text)
    assert (first.value, first.currency) == (105e6, "EUR")
    assert (first.restated.value, first.restated.currency) == (116e6, "USD")
    assert (second.value, second.currency, second.restated) == (150e6, "EUR", None)
    # two sums in one currency are two sums
    assert len(merge_restatements(find_amounts("€5m (€3m of it in loans)"), "€5m (€3m of it in loans)")) == 2


def test_dollars_at_the_ecb_rate_of_the_day() -> None:
    # the ECB reference rates, read by hand from the bundled table: 18 March 2016 (the
    # EU-Turkey statement) 1.1279 USD and 3.2218 TRY to the euro
    assert to_usd(6e9, "EUR", "2016-03-18") == round(6e9 * 1.1279)
    assert to_usd(3e9, "TRY", "2016-03-18") == round(3e9 * 1.1279 / 3.2218)
    assert to_usd(5e6, "USD", None) == 5e6
    # a Saturday has no fixing: Friday's rate
    assert to_usd(6e9, "EUR", "2016-03-19") == round(6e9 * 1.1279)
    # no rate known: no date, a currency the ECB does not quote, a day outside its table
    assert to_usd(5e6, "EUR", None) is None
    assert to_usd(5e6, "GTQ", "2019-07-26") is None
    assert to_usd(5e6, "EUR", "1990-01-01") is None
    assert to_usd(5e6, "EUR", "not a date") is None


def test_conversion_needs_no_network(monkeypatch) -> None:
    import socket

    from kg import money

    money._converter.cache_clear()

    def refuse(*args, **kwargs):
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert to_usd(1e6, "GBP", "2022-04-14") == round(1e6 * 1.0878 / 0.82908)


def test_a_bare_dollar_from_the_dollars_already_read() -> None:
    # the aid step reads an article's named dollars once (kg.extract.aid.vocab.named_dollars_in)
    # and decides the bare "$" from that set, as from the text
    text = "Canberra has paid A$420 million for the centre. Another $70 million is budgeted."
    assert dollar_currency(named_dollars(text)) == dollar_currency(text) == "AUD"
    assert dollar_currency({"AUD", "USD"}) == "USD"
    assert dollar_currency(set()) == "USD"


def test_a_bare_dollar_written_before_a_marked_one_is_the_us_dollar() -> None:
    # a Bangladeshi daily: its own "$" is the US dollar, and "C$" marks the exception
    daily = "The bank announced $480 million in grants. Ottawa committed C$300 million. Donors promised $344 million."
    assert dollar_currency(daily) == "USD"
    assert [a.currency for a in find_amounts(daily, dollar=dollar_currency(daily))] == ["USD", "CAD", "USD"]
    # an Australian report that marks its first sum and drops the mark later
    assert dollar_currency("Canberra will give A$16.9 million to Tuvalu and $5 million more to Nauru.") == "AUD"
    # a headline's bare sum that the body gives with its mark is that sum: no sign either way
    headline = "Canberra pledges $50m for Nauru\n\nAustralia will provide A$50 million to Nauru, and $10 million more."
    assert dollar_currency(headline) == "AUD"


@pytest.mark.parametrize(("currency", "euros"), [("XOF", 655.957), ("XAF", 655.957), ("CVE", 110.265)])
def test_a_currency_pegged_to_the_euro_converts_through_it(currency, euros) -> None:
    from kg.money import to_usd

    day = "2018-04-03"
    assert to_usd(euros * 1_000_000, currency, day) == to_usd(1_000_000, "EUR", day)
    assert to_usd(1_000_000, currency, None) is None
