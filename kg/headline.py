"""The headline and publication date an article's header gives, when the input does not.

Part of reading (:mod:`kg.read`). Only the header is read (where outlets put headline,
byline and dateline), and only dates that name day, month and year: anything less would
have to be resolved against today, which is never an archived article's date.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from functools import lru_cache
from importlib import resources


# The header of an article: where outlets put headline, byline and dateline. Dates
# further down are about events (or photo captions), not about publication.
HEADER_CHARS = 400
HEADER_LINES = 8

#: the words of dates (``kg/data/patterns/dates.json``): months, "17th of October", the
#: cues of a publication date ("Published: ...") and of a byline ("By Jane Doe")
_WORDS = json.loads(resources.files("kg.data").joinpath("patterns/dates.json").read_text("utf-8"))
_MONTH = _WORDS["month_regex"]
_OF = "|".join(re.escape(w) for w in _WORDS["day_month_links"])
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# Only dates that name a day, a month and a year: anything less ("Wednesday",
# "July 26") would have to be resolved against today, which is never the
# publication date of an archived article.
_DATE_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}"  # 2019-09-21 (and the date part of 2019-09-21T10:15Z)
    rf"|\d{{4}}/\d{{1,2}}/\d{{1,2}}"  # 2019/09/21
    rf"|{_MONTH}\s+{_DAY},?\s+\d{{4}}"  # July 22, 2019 / Jul. 26 2019
    rf"|{_DAY}\s+(?:(?:{_OF})\s+)?{_MONTH},?\s+\d{{4}}"  # 17th October, 2019 / 26 July 2019
    r"|\d{1,2}/\d{1,2}/\d{4}"  # 7/26/2019 (month first, as US outlets write it)
    r"|\d{1,2}\.\d{1,2}\.\d{4}"  # 25.02.2016 (day first, as every dotted convention writes it)
    r")(?!\d)",  # a time may follow ("2019-07-26T10:15"), more digits may not
    re.IGNORECASE,
)
_DATE_CUE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _WORDS["publication_cues"]) + r")\b", re.IGNORECASE)
_DATE_CUE_WINDOW = 40
_SHORT_LINE = 80
_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "DATE_ORDER": "MDY",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def detect_title_and_date(text: str) -> tuple[str | None, str | None]:
    """The headline and the ISO (YYYY-MM-DD) publication date the text's header gives.

    The date is an explicit date with day, month and year found in the header
    region (the first :data:`HEADER_LINES` lines, at most :data:`HEADER_CHARS`
    characters): one on a short line or after a cue word ("Published:",
    "UPDATED ... —", "date") or inside a dateline's parentheses
    ("CITY (Agency - 17th October, 2019)") is preferred, else the first one.
    Weekday names and dates without a year are never resolved, and dates in the
    body (a photo caption, a quoted event) are never looked at.

    The title is the first line that looks like a headline: more than two words,
    short, not ending in a full stop. Labels that may precede it (a section word,
    a handle, a byline, an agency or date line) are skipped; body text ends the
    search with ``None``.
    """
    lines = _header_lines(text)
    return _detect_title(lines), _detect_date(lines)


def _header_lines(text: str) -> list[str]:
    header = text[:HEADER_CHARS]
    return [line.strip() for line in header.split("\n") if line.strip()][:HEADER_LINES]


def _detect_date(lines: list[str]) -> str | None:
    first_any: str | None = None
    for line in lines:
        for match in _DATE_PATTERN.finditer(line):
            iso = explicit_date(match.group(0))
            if iso is None:
                continue
            if _is_dateline(line, match.start()):
                return iso
            first_any = first_any or iso
    return first_any


def _is_dateline(line: str, start: int) -> bool:
    """Whether a date at ``start`` of ``line`` reads as the article's own date."""
    before = line[:start]
    return (
        len(line) <= _SHORT_LINE
        or bool(_DATE_CUE.search(before[-_DATE_CUE_WINDOW:]))
        or before.rfind("(") > before.rfind(")")  # inside "(Agency - date)"
    )


def explicit_date(value: str) -> str | None:
    """ISO date of a string that names day, month and year, else None (never guessed)."""
    iso = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])", value)
    if iso:
        try:
            return _dt.date(*(int(part) for part in iso.groups())).isoformat()
        except ValueError:
            return None
    from .dates import explicit_day

    # the forms of _DATE_PATTERN are read directly; dateparser (about 4 ms a call, on
    # every article of every build) only reads what a record or a meta tag gives otherwise
    day = explicit_day(value)
    if day is not None:
        return day
    return _dateparser_date(value.strip())


@lru_cache(maxsize=1024)
def _dateparser_date(value: str) -> str | None:
    import dateparser  # deferred: its language data take a moment to load

    try:
        parsed = dateparser.parse(value, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date().isoformat() if parsed else None


# A handle ("@name", "(@name)"), a byline ("By Jane Doe"), a link.
_BY = "|".join(re.escape(w) for w in _WORDS["byline_words"])
_LABEL_PATTERN = re.compile(rf"^(?:\(?@\w+\)?|(?:{_BY})\s.+|https?://\S+)$", re.IGNORECASE)
# "MEXICO CITY (Reuters) -": a wire dateline, which opens the body.
_WIRE_DATELINE = re.compile(r"^[^()]{0,60}\([^()]{1,60}\)\s*[-–—]")
_MAX_TITLE_WORDS = 30
_MAX_TITLE_CHARS = 200


def _detect_title(lines: list[str]) -> str | None:
    for line in lines:
        candidate = line.lstrip("#").strip()  # a Markdown heading is a headline too
        if _is_label(candidate):
            continue
        return candidate if _is_headline(candidate) else None
    return None


def _is_label(line: str) -> bool:
    """A line that may sit above a headline: section, handle, byline, agency, date."""
    words = line.split()
    return (
        len(words) <= 2
        or (bool(_LABEL_PATTERN.match(line)) and len(words) <= 8)
        or (bool(_DATE_PATTERN.search(line)) and len(line) <= _SHORT_LINE)
    )


def _is_headline(line: str) -> bool:
    words = line.split()
    return (
        2 < len(words) <= _MAX_TITLE_WORDS
        and len(line) <= _MAX_TITLE_CHARS
        and not _WIRE_DATELINE.match(line)
        and (not line.endswith((".", ",", ";", ":")) or _ends_with_abbreviation(line))
    )


def _ends_with_abbreviation(line: str) -> bool:
    """ "... to the U.S." ends a headline, not a sentence."""
    return bool(re.search(r"\b(?:[A-Z]\.){2,}$", line)) and not line.endswith("..")
