"""Dates in news text, resolved to ISO ``YYYY-MM-DD`` against the article's own date.

Rules (each has a test in ``tests/test_dates.py``):

- A date is returned only when the text pins down a *day*. Month-only or vaguer
  expressions ("last month", "in June", "this week", "earlier this year") give ``None``:
  the facts format has day-precision date fields and we do not invent a day.
- Never invent a year: an expression without a year ("July 26", "on Friday",
  "yesterday") needs the article date; without it the answer is ``None``.
- Weekday names ("on Friday", "Sunday's") resolve to the most recent such day on or
  before the article date (news reports what happened); ``prefer="future"`` (for
  "scheduled to sign on Wednesday") takes the next such day on or after it instead.
  "last Friday" is strictly before, "next Friday" strictly after.
- Month-and-day without a year ("July 26") is taken in the past of the article date
  (or the future with ``prefer="future"``), via dateparser with the article date as
  ``RELATIVE_BASE``. Months may be abbreviated, in any case, with or without a dot
  ("Sept. 20", "SEPT 20", "Aug 5").
- :func:`resolve_month` reads the month ("YYYY-MM") of month-level expressions ("in
  July", "last month", "July 2019"), in the past of the article date, for callers that
  can use a month without a day (to tell two known events apart, never as a date field).
- A line that opens with a day and a dash ("SEPT 20 - El Salvador signs ...", as in
  timelines) is dated by that day: :func:`leading_date`.

dateparser is slow (about 4 ms a call): the common written forms of a day ("July 26, 2019",
"26 July", "Sept. 20") are read directly (:func:`explicit_day`), and dateparser is called,
cached, only on what they do not cover.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Span

Prefer = Literal["past", "future"]
#: the ``prefer`` that reads a date forward from the article's
FUTURE: Prefer = "future"

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_ISO = re.compile(rf"\b({_YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")
_HAS_YEAR = re.compile(rf"\b{_YEAR}\b")
#: a modifier's meaning (``dates.json`` "modifiers")
_BEFORE, _AFTER = "before", "after"


@cache
def _data() -> dict:
    """``kg/data/patterns/dates.json``: the words for months, weekdays and relative days."""
    return json.loads(resources.files("kg.data").joinpath("patterns/dates.json").read_text("utf-8"))


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    """The expressions built from the data file, compiled once."""
    d = _data()
    month, weekday = d["month_regex"], d["weekday_regex"]
    modifiers = _alternation(d["modifiers"])
    relative = _alternation(d["relative_days"])
    possessive = re.escape(d["possessive"])
    return {
        "month_day": re.compile(rf"\b{month}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.I),
        "day_month": re.compile(rf"\b{_DAY}\s+(?:{_alternation(d['day_month_links'])}\s+)?{month}(?:,?\s+{_YEAR}\b)?", re.I),
        "relative_day": re.compile(
            rf"\b(?:(?:{modifiers})\s+)?{weekday}\b(?:['\u2019]s)?|\b(?:{relative})\b", re.I),
        "leading": re.compile(
            rf"^\s*((?:{weekday}\.?,?\s+)?(?:{month}\s+{_DAY}|{_DAY}\s+{month})(?:,?\s+{_YEAR})?)\s*[-\u2013\u2014:]\s", re.I),
        "first_word": re.compile(rf"^\s*(?:{_alternation(d['lead_words'])})\s+", re.I),
        "weekday": re.compile(rf"(?:({modifiers})\s+)?([a-z]+)\.?(?:{possessive})?"),
        "weekday_prefix": re.compile(rf"^{weekday}\.?,?\s+", re.I),
        "explicit": re.compile(
            rf"(?:(?P<m1>{month})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?:(?:{_alternation(d['day_month_links'])})\s+)?"
            rf"(?P<m2>{month}))(?:,?\s+(?P<y>{_YEAR}))?", re.I),
        "numeric": re.compile(rf"(?P<y>{_YEAR})[-/](?P<m>\d{{1,2}})[-/](?P<d>\d{{1,2}})|(?P<m2>\d{{1,2}})/(?P<d2>\d{{1,2}})/(?P<y2>{_YEAR})"
            # "25.02.2016": dotted dates are written day first (German, Polish, Russian, Turkish ...)
            rf"|(?P<d3>\d{{1,2}})\.(?P<m3>\d{{1,2}})\.(?P<y3>{_YEAR})"),
        "month_only": re.compile(
            rf"(?:(?:{_alternation(d['month_lead_words'])})\s*)?({month})(?:,?\s+({_YEAR}))?", re.I),
    }


def _parse_iso(date: str | None) -> _dt.date | None:
    if not date:
        return None
    m = _ISO.fullmatch(date.strip()[:10])
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _weekday(expr: str) -> tuple[str | None, int] | None:
    """(the modifier's meaning or None, weekday number) for a bare weekday expression."""
    m = _rx()["weekday"].fullmatch(expr)
    if not m or m.group(2) not in _data()["weekdays"]:
        return None
    return (_data()["modifiers"][m.group(1)] if m.group(1) else None), _data()["weekdays"][m.group(2)]


def resolve_date(expression: str, article_date: str | None, *, prefer: Prefer = "past") -> str | None:
    """The ISO day an expression names, read against the article date, or None.

    >>> resolve_date("on Friday", "2019-09-21")
    '2019-09-20'
    >>> resolve_date("last month", "2019-09-21") is None
    True
    """
    if not isinstance(expression, str) or not expression.strip() or len(expression) > 80:
        return None
    base = _parse_iso(article_date)
    return _resolve(_normalise(expression), base.isoformat() if base else None, prefer)


def _normalise(expression: str) -> str:
    expr = expression.strip().replace("\u2019", "'").lower()
    expr = _rx()["first_word"].sub("", expr)
    return re.sub(r"\s+", " ", expr).strip(" ,.;:")


@lru_cache(maxsize=4096)
def _resolve(expr: str, base_iso: str | None, prefer: Prefer) -> str | None:
    base = _parse_iso(base_iso)
    iso = _ISO.fullmatch(expr)
    if iso:
        return _parse_iso(expr).isoformat() if _parse_iso(expr) else None
    if expr in _data()["relative_days"]:
        if base is None:
            return None
        return (base + _dt.timedelta(days=_data()["relative_days"][expr])).isoformat()
    wd = _weekday(expr)
    if wd is not None:
        if base is None:
            return None
        modifier, number = wd
        back = (base.weekday() - number) % 7
        ahead = (number - base.weekday()) % 7
        if modifier == _BEFORE:
            delta = -(back or 7)
        elif modifier == _AFTER:
            delta = ahead or 7
        elif prefer == FUTURE:
            delta = ahead
        else:
            delta = -back
        return (base + _dt.timedelta(days=delta)).isoformat()
    numeric = _rx()["numeric"].fullmatch(expr.strip().rstrip(".,"))
    if numeric:
        # "2019/07/26", "7/26/2019", "26/07/2019"; not "05/06/2019", read either way
        first, second = numeric.group("m2"), numeric.group("d2")
        if first and int(first) <= 12 and int(second) <= 12 and int(first) != int(second):
            return None
        return explicit_day(expr)
    # anything else must name a day of a month explicitly
    if not (_rx()["month_day"].search(expr) or _rx()["day_month"].search(expr)):
        return None
    has_year = bool(_HAS_YEAR.search(expr))
    if not has_year and base is None:
        return None
    direct = explicit_day(_rx()["weekday_prefix"].sub("", expr), base, prefer=prefer)
    if direct:
        return direct
    return _dateparser(expr, base_iso if not has_year else base_iso or "2000-01-01", prefer)


def explicit_day(value: str, base: _dt.date | None = None, *, prefer: Prefer = "past") -> str | None:
    """The ISO day of a whole expression that writes a day out ("July 26, 2019", "26th of
    July 2019", "Sept. 20", "2019/07/26", "7/26/2019", month first as US outlets write it, or "26/07/2019" when only a day-first reading is a day,
    "25.02.2016" and "03.04.2022" day first, as every dotted convention writes them),
    read without dateparser; None for any other form or an impossible day.

    Without a year the day is taken on or before ``base`` (``prefer="future"``: after
    it), as dateparser reads it with ``base`` as its relative base; without a year or
    ``base``, None.

    >>> explicit_day("17th October, 2019")
    '2019-10-17'
    >>> explicit_day("Dec. 5", _dt.date(2019, 9, 21))
    '2018-12-05'
    """
    value = value.strip().rstrip(".,")
    m = _rx()["numeric"].fullmatch(value)
    if m:
        if m.group("y3"):
            # "03.04.2022" is 3 April: no convention writes a dotted date month first
            return _day(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
        year, month, day = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (
            m.group("y2"), m.group("m2"), m.group("d2"))
        if int(month) > 12 >= int(day):
            month, day = day, month  # "26/07/2019": day first, as most of the world writes it
        return _day(int(year), int(month), int(day))
    m = _rx()["explicit"].fullmatch(value)
    if not m:
        return None
    month = _data()["month_numbers"][(m.group("m1") or m.group("m2"))[:3].lower()]
    day = int(re.match(r"\d+", m.group("d1") or m.group("d2")).group(0))  # type: ignore[union-attr]
    if m.group("y"):
        return _day(int(m.group("y")), month, day)
    if base is None:
        return None
    year = base.year
    if prefer == FUTURE:
        year += (month, day) <= (base.month, base.day)
    else:
        year -= (month, day) > (base.month, base.day)
    return _day(year, month, day)


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser(expr: str, base_iso: str, prefer: Prefer) -> str | None:
    import dateparser

    base = _parse_iso(base_iso)
    assert base is not None
    settings = {
        "PREFER_DATES_FROM": prefer,
        "RELATIVE_BASE": _dt.datetime(base.year, base.month, base.day),
        "REQUIRE_PARTS": ["day", "month"],
    }
    # weekday prefixes ("Sunday, July 21, 2019") only confuse the parser
    expr = _rx()["weekday_prefix"].sub("", expr)
    expr = re.sub(r"\b(\d+)(?:st|nd|rd|th)\b", r"\1", expr)
    try:
        parsed = dateparser.parse(expr, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return parsed.date().isoformat() if parsed else None


def date_expressions(text: str) -> list[tuple[int, int, str]]:
    """Candidate day expressions in ``text`` as (start, end, text), most specific first.

    Explicit dates (ISO, "July 26, 2019", "17th October") come before weekday and
    relative ones ("on Friday", "yesterday"); within each group, in text order.
    """
    return [(s, e, expr) for s, e, expr, _ in ranked_date_expressions(text)]


def ranked_date_expressions(text: str) -> list[tuple[int, int, str, int]]:
    """:func:`date_expressions` with each one's rank: 0 explicit, 1 weekday or relative."""
    return list(_ranked_date_expressions(text))


@lru_cache(maxsize=1024)
def _ranked_date_expressions(text: str) -> tuple[tuple[int, int, str, int], ...]:
    """:func:`ranked_date_expressions`, remembered: the meetings step reads a sentence's days
    for the sentence and again for each event it tells."""
    found: list[tuple[int, int, str, int]] = []
    taken: list[tuple[int, int]] = []
    patterns = ((_ISO, 0), (_rx()["month_day"], 0), (_rx()["day_month"], 0), (_rx()["relative_day"], 1))
    for pattern, rank in patterns:
        for m in pattern.finditer(text):
            # explicit dates do not overlap one another much: a short list is enough here
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), m.group(0), rank))
    return tuple(found)


def find_date_in_sentence(sent_text: str, article_date: str | None, *, prefer: Prefer = "past") -> str | None:
    """The first day a sentence names that resolves against the article date, or None."""
    if not isinstance(sent_text, str) or not sent_text:
        return None
    for _, _, expr in date_expressions(sent_text[:5000]):
        iso = resolve_date(expr, article_date, prefer=prefer)
        if iso:
            return iso
    return None


def find_date_in_span(span: "Span", article_date: str | None, *, prefer: Prefer = "past") -> str | None:
    """Like :func:`find_date_in_sentence`, for a span of an already parsed Doc.

    spaCy's DATE entities are tried first (they bound the expression well), then the
    day expressions ``accord_dates`` marked in the span, explicit ones first.
    """
    from .annotate.index import ents_in

    for ent in ents_in(span):
        if ent.label_ == "DATE":
            for _, _, expr in date_expressions(ent.text):
                iso = resolve_date(expr, article_date, prefer=prefer)
                if iso:
                    return iso
    for _, _, expr in marked_date_expressions(span):
        iso = resolve_date(expr, article_date, prefer=prefer)
        if iso:
            return iso
    return None


def marked_date_expressions(span: "Span") -> list[tuple[int, int, str]]:
    """The day expressions ``accord_dates`` marked in ``span`` as :func:`date_expressions`
    gives them for its text (offsets relative to the span, explicit ones first)."""
    from .annotate.groups import DATES, details, form_offsets
    from .annotate.index import spans_in
    from .parse import doc_text

    text, base = doc_text(span.doc), span.start_char
    marks = []
    for mark in spans_in(span, DATES):
        start, end = form_offsets(mark)
        marks.append((details(mark).get("rank", 0), start - base, end - base, text[start:end]))
    return [(s, e, expr) for _, s, e, expr in sorted(marks, key=lambda m: (m[0], m[1]))]


def leading_date(line: str, article_date: str | None) -> str | None:
    """The day a timeline entry opens with ("SEPT 20 - ...", "Aug. 5 — ..."), or None.

    >>> leading_date("SEPT 20 - El Salvador signs an agreement.", "2019-12-02")
    '2019-09-20'
    """
    if not isinstance(line, str):
        return None
    m = _rx()["leading"].match(line[:80])
    return resolve_date(m.group(1), article_date) if m else None


def resolve_month(expression: str, article_date: str | None) -> str | None:
    """The month ("YYYY-MM") an expression names, read in the past of the article date.

    >>> resolve_month("in July", "2019-11-21")
    '2019-07'
    >>> resolve_month("last month", "2019-07-22")
    '2019-06'
    """
    if not isinstance(expression, str) or not expression.strip() or len(expression) > 80:
        return None
    day = resolve_date(expression, article_date)
    if day:
        return day[:7]
    base = _parse_iso(article_date)
    expr = _normalise(expression)
    if expr in _data()["relative_months"]:
        if base is None:
            return None
        months = base.year * 12 + base.month - 1 + _data()["relative_months"][expr]
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    m = _rx()["month_only"].fullmatch(expr)
    if not m:
        return None
    month = _data()["month_numbers"][m.group(1)[:3].lower()]
    if m.group(2):
        return f"{int(m.group(2)):04d}-{month:02d}"
    if base is None:
        return None
    year = base.year if month <= base.month else base.year - 1
    return f"{year:04d}-{month:02d}"
