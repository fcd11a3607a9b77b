"""Dates in text resolve to ISO days against the article date, and only when a day is named."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.dates import date_expressions, find_date_in_sentence, leading_date, resolve_date, resolve_month

SATURDAY = "2019-09-21"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Friday", "2019-09-20"),  # the most recent Friday before a Saturday article
        ("Friday", "2019-09-20"),
        ("Saturday", "2019-09-21"),  # the article's own weekday is that day
        ("Sunday's", "2019-09-15"),
        ("Sunday\u2019s", "2019-09-15"),
        ("last Saturday", "2019-09-14"),  # "last" is strictly before
        ("next Monday", "2019-09-23"),
        ("yesterday", "2019-09-20"),
        ("today", "2019-09-21"),
        ("July 26", "2019-07-26"),
        ("Nov. 3", "2018-11-03"),  # a month-day in the future of the article is last year's
        ("Sept. 25, 2019", "2019-09-25"),
        ("2019-09-20", "2019-09-20"),
        ("17th October, 2019", "2019-10-17"),
        ("Sunday, July 21, 2019", "2019-07-21"),
        ("SEPT 20", "2019-09-20"),  # timeline capitals
        ("Sept 20", "2019-09-20"),
        ("Sep. 20", "2019-09-20"),
        ("Aug. 5", "2019-08-05"),
        ("AUG 5", "2019-08-05"),
        ("JUNE 7", "2019-06-07"),
    ],
)
def test_day_expressions_resolve_against_the_article_date(expression: str, expected: str) -> None:
    assert resolve_date(expression, SATURDAY) == expected


@pytest.mark.parametrize("expression", ["last month", "this week", "in June", "June 2019", "earlier this year", "recently"])
def test_expressions_without_a_day_give_none(expression: str) -> None:
    assert resolve_date(expression, SATURDAY) is None


@pytest.mark.parametrize("expression", ["July 26", "on Friday", "yesterday", "next Monday"])
def test_no_year_is_invented_without_an_article_date(expression: str) -> None:
    assert resolve_date(expression, None) is None


def test_explicit_dates_need_no_article_date() -> None:
    assert resolve_date("March 4, 2020", None) == "2020-03-04"
    assert resolve_date("2020-03-04", None) == "2020-03-04"


def test_future_preference_for_planned_events() -> None:
    # "is scheduled to sign on Wednesday" in a Saturday article: the coming Wednesday
    assert resolve_date("on Wednesday", SATURDAY, prefer="future") == "2019-09-25"
    assert resolve_date("Nov. 3", SATURDAY, prefer="future") == "2019-11-03"


def test_a_bad_article_date_counts_as_none() -> None:
    assert resolve_date("on Friday", "not a date") is None
    assert resolve_date("on Friday", "2019-02-30") is None


def test_find_date_in_sentence_prefers_explicit_dates() -> None:
    sent = "Ministers met in Tegucigalpa on Tuesday, March 3, 2020, to sign the pact."
    assert find_date_in_sentence(sent, None) == "2020-03-03"
    assert find_date_in_sentence("Costa Rica signed the deal on Monday.", "2020-01-08") == "2020-01-06"
    assert find_date_in_sentence("Costa Rica signed the deal last month.", "2020-01-08") is None
    assert find_date_in_sentence("", "2020-01-08") is None


def test_date_expressions_are_found_in_text_order_specific_first() -> None:
    found = [e for _, _, e in date_expressions("On Monday, Jan. 6, 2020, and yesterday")]
    assert found[0] == "Jan. 6, 2020"
    assert "yesterday" in found


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.text(max_size=12), st.just(SATURDAY)))
def test_resolve_date_never_crashes(expression: str, article_date: str | None) -> None:
    result = resolve_date(expression, article_date)
    assert result is None or len(result) == 10


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=2000))
def test_find_date_in_sentence_never_crashes(text: str) -> None:
    find_date_in_sentence(text, SATURDAY)
    find_date_in_sentence("<p>" + text + "</p>", None)


def test_find_date_in_huge_text_is_bounded() -> None:
    assert find_date_in_sentence("Friday " * 50000, SATURDAY) == "2019-09-20"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("SEPT 20 - Panama signs an agreement.", "2019-09-20"),
        ("JUNE 7 - Belize and Panama issue a declaration.", "2019-06-07"),
        ("Aug. 5 \u2014 Talks resume.", "2019-08-05"),
        ("Sept. 2: Talks resume.", "2019-09-02"),
        ("20 Sept - Talks resume.", "2019-09-20"),
        ("July 26, 2018 - Talks resume.", "2018-07-26"),
        ("Panama - Talks resume on Sept. 2.", None),  # not at the start of the line
        ("Sept. 2 talks resume.", None),  # no dash: a sentence, not a timeline entry
        ("JULY - Talks resume.", None),  # no day
    ],
)
def test_a_timeline_line_is_dated_by_the_day_it_opens_with(line: str, expected: str | None) -> None:
    assert leading_date(line, SATURDAY) == expected


def test_a_timeline_line_without_a_year_needs_the_article_date() -> None:
    assert leading_date("SEPT 20 - Panama signs.", None) is None


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("in July", "2019-07"),
        ("last month", "2019-08"),
        ("this month", "2019-09"),
        ("in December", "2018-12"),  # a month after the article's is last year's
        ("mid-June", "2019-06"),
        ("June 2018", "2018-06"),
        ("Sept. 20", "2019-09"),  # a day gives its month
        ("last week", None),
        ("recently", None),
    ],
)
def test_months_resolve_in_the_past_of_the_article_date(expression: str, expected: str | None) -> None:
    assert resolve_month(expression, SATURDAY) == expected


def test_a_month_without_a_year_needs_the_article_date() -> None:
    assert resolve_month("in July", None) is None
    assert resolve_month("July 2019", None) == "2019-07"


# -- written-out days read without dateparser, and read as dateparser reads them ---------

_FORMS = ["{M} {d}, {y}", "{Mon}. {d} {y}", "{d} {M} {y}", "{d}th of {M}, {y}", "{M} {d}", "{d} {Mon}",
          "{MON} {d}", "{y}/{m}/{d}", "{m}/{d}/{y}", "{Mon} {d}"]


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(min_value=__import__("datetime").date(1990, 1, 1), max_value=__import__("datetime").date(2030, 12, 31)),
    base=st.dates(min_value=__import__("datetime").date(1990, 1, 1), max_value=__import__("datetime").date(2030, 12, 31)),
    form=st.sampled_from(_FORMS),
    prefer=st.sampled_from(["past", "future"]),
)
def test_written_out_days_read_directly_agree_with_dateparser(day, base, form, prefer) -> None:
    from kg.dates import _dateparser, explicit_day

    text = form.format(M=day.strftime("%B"), Mon=day.strftime("%b"), MON=day.strftime("%b").upper(),
                       d=day.day, m=day.month, y=day.year)
    direct = explicit_day(text, base, prefer=prefer)
    assert direct is not None
    assert direct == _dateparser(text, base.isoformat(), prefer)


def test_impossible_or_yearless_days_are_not_read() -> None:
    import datetime

    from kg.dates import explicit_day

    assert explicit_day("February 30, 2019") is None
    assert explicit_day("July 26") is None  # no year, no base: never invented
    assert explicit_day("July 26", datetime.date(2019, 7, 25)) == "2018-07-26"
    assert explicit_day("July 26", datetime.date(2019, 7, 25), prefer="future") == "2019-07-26"
    assert explicit_day("July 26", datetime.date(2019, 7, 26)) == "2019-07-26"
    assert explicit_day("next July") is None


def test_publication_dates_of_the_header_are_read_without_dateparser(monkeypatch) -> None:
    import dateparser

    from kg.read import detect_title_and_date

    monkeypatch.setattr(dateparser, "parse", lambda *a, **k: (_ for _ in ()).throw(AssertionError("called")))
    for line, iso in [("Published: 17th October, 2019", "2019-10-17"), ("Oct. 2, 2019", "2019-10-02"),
                      ("MEXICO CITY (Reuters - 26 July 2019) -", "2019-07-26"), ("Updated 7/26/2019", "2019-07-26")]:
        assert detect_title_and_date(f"A headline of some words\n{line}\nBody.")[1] == iso


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("14/03/2021", "2021-03-14"),  # day first: the only reading that is a day
        ("3/14/2021", "2021-03-14"),  # month first, as US outlets write it
        ("2021/03/14", "2021-03-14"),
        ("04/04/2021", "2021-04-04"),  # the same either way
        ("04/03/2021", None),  # 4 March or April 3: not guessed
    ],
)
def test_numeric_days_resolve_only_when_one_reading_fits(expression: str, expected: str | None) -> None:
    assert resolve_date(expression, "2021-06-01") == expected


@pytest.mark.parametrize(
    "line, iso",
    [
        ("17.11.2018 | 07:45", "2018-11-17"),  # the first number can only be the day
        ("Posted: 06.09.2021 14:20", "2021-09-06"),  # dotted dates are day first, even when both fit
        ("9.1.2023", "2023-01-09"),
        ("30.02.2020 | 11:00", None),  # no such day
    ],
)
def test_dotted_header_dates_are_read_day_first(line: str, iso: str | None) -> None:
    from kg.read import detect_title_and_date

    assert detect_title_and_date(f"Talks on the border open in Ljubljana\n{line}\nBody text follows.")[1] == iso


def test_a_dotted_day_in_text_resolves_day_first() -> None:
    assert resolve_date("05.07.2024", "2024-08-01") == "2024-07-05"
