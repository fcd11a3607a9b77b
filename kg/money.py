"""Money amounts in news text: "$735 million", "US$450m", "between $100 million and $200 million".

Facts carry US dollars only. An amount in another currency (euros, pesos, quetzales)
is found and reported with its currency, but :func:`parse_amount` gives ``None`` for
it: we have no exchange rates, so we leave the amount out rather than guess.
Vague quantities ("hundreds of millions", "millions of dollars") are not amounts either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mil": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}
_USD_PREFIX = r"(?:U\.?S\.?\s?\$|USD\s?\$?|\$)"
_OTHER_PREFIX = r"(?:€|£|EUR\s?|GBP\s?|MXN\s?\$?|Mex\$|C\$|CA\$|CAD\s?|A\$|AU\$|R\$|Q\s?(?=\d)|L\s?(?=\d))"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:thousand|millions?|billions?|trillion|mln|mn|bln|bn|trn|tn|mil|[kmb])\b"
_USD_SUFFIX = r"(?:(?:U\.?S\.?|American|US)\s+)?dollars?\b|USD\b"
_OTHER_SUFFIX = r"euros?\b|pesos?\b|quetzal(?:es|s)?\b|lempiras?\b|colones\b|pounds?\b|EUR\b|MXN\b"

# "$4.5-million grant": American papers hyphenate the scale of an adjectival amount
_ONE = rf"(?P<n1>{_NUMBER})(?:[\s-]?(?P<s1>{_SCALE}))?"
_TWO = rf"(?P<n2>{_NUMBER})(?:[\s-]?(?P<s2>{_SCALE}))?"
_RANGE_SEP = r"\s?(?:-|–|—|to|and)\s?"

_AMOUNT = re.compile(
    rf"""
    (?:(?P<between>between)\s+)?
    (?:(?<![A-Za-z])(?P<pre>{_USD_PREFIX}|{_OTHER_PREFIX})\s?)?
    (?<![\d.,]){_ONE}
    (?:(?P<sep>{_RANGE_SEP})(?P<pre2>{_USD_PREFIX}|{_OTHER_PREFIX})?{_TWO})?
    (?:\s+(?P<suf>{_USD_SUFFIX}|{_OTHER_SUFFIX}))?
    """,
    re.X | re.I,
)


_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "half a": 0.5, "a half": 0.5,
    # "more than a quarter of a billion dollars": fractions of a scale in words
    "half of a": 0.5, "a quarter of a": 0.25, "quarter of a": 0.25, "three quarters of a": 0.75,
    "three-quarters of a": 0.75, "a third of a": 1 / 3, "one third of a": 1 / 3, "two thirds of a": 2 / 3,
    "two-thirds of a": 2 / 3, "one quarter of a": 0.25, "one half of a": 0.5,
}
# "half a billion dollars", "two million euros": a number in words needs a currency word
_WORDED = re.compile(
    rf"\b(?P<w>{'|'.join(sorted(_WORD_NUMBERS, key=len, reverse=True))})\s+(?P<s>million|billion|trillion)\s+"
    rf"(?P<suf>{_USD_SUFFIX}|{_OTHER_SUFFIX})",
    re.I,
)


@dataclass(frozen=True)
class Amount:
    """A money amount found in text: value (or range) and ISO 4217 currency."""

    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    currency: str  # "USD", or another code, or "???" for a currency we don't know


def _currency(pre: str | None, suf: str | None) -> str | None:
    for part in (pre, suf):
        if not part:
            continue
        p = part.strip().lower()
        if p in ("c$", "ca$", "cad"):
            return "CAD"
        if p in ("a$", "au$"):
            return "AUD"
        if p == "r$":
            return "BRL"
        if "$" in p and not p.startswith("mx") and not p.startswith("mex") or "dollar" in p or p == "usd":
            return "USD"
        if "€" in p or "eur" in p:
            return "EUR"
        if "£" in p or "pound" in p or "gbp" in p:
            return "GBP"
        if "mx" in p or "mex" in p or "peso" in p:
            return "MXN"
        if p.startswith("q"):
            return "GTQ"
        if p.startswith("l"):
            return "HNL"
        if "col" in p:
            return "CRC"
        return "???"
    return None


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _scale(text: str | None) -> float:
    if not text:
        return 1.0
    return _SCALES.get(text.lower().rstrip("."), 1.0)


def find_amounts(text: str) -> list[Amount]:
    """Every money amount in ``text`` (any currency) in text order.

    A bare number is not money: an amount needs a currency sign or word.
    """
    found: list[Amount] = []
    if not isinstance(text, str):
        return found
    for m in _AMOUNT.finditer(text):
        currency = _currency(m.group("pre"), m.group("suf"))
        if currency is None:
            continue
        # "M" of "$5 Million" is a scale, "m" glued to a following word is not
        s1, s2 = m.group("s1"), m.group("s2")
        low = _number(m.group("n1"))
        high = _number(m.group("n2")) if m.group("n2") else None
        sep = (m.group("sep") or "").strip().lower()
        if high is not None and (
            (sep == "and" and not m.group("between")) or (s1 and not s2 and not m.group("pre2"))
        ):
            # "$5 million and 300 troops", "$5 million to 300 families" are not ranges
            high = None
            end = m.end("s1") if s1 else m.end("n1")
        else:
            end = m.end()
        if high is not None:
            # "$5-7 million": the scale of the second applies to both
            low *= _scale(s1) if s1 else (_scale(s2) if low < 1000 else 1.0)
            high *= _scale(s2 or s1)
            if high < low:
                low, high = high, low
            if high == low:
                high = None
        else:
            low *= _scale(s1)
        start = m.start("pre") if m.group("pre") else m.start("n1")
        # 4.1 * 1e9 is 4099999999.9999995 in floating point; money has cents at most
        low, high = round(low, 2), (round(high, 2) if high is not None else None)
        found.append(Amount(start, end, text[start:end], low, high, currency))
    for m in _WORDED.finditer(text):
        if any(a.start < m.end() and m.start() < a.end for a in found):
            continue
        value = round(_WORD_NUMBERS[" ".join(m.group("w").lower().split())] * _scale(m.group("s")), 2)
        found.append(Amount(m.start(), m.end(), m.group(0), value, None, _currency(None, m.group("suf")) or "???"))
    found.sort(key=lambda a: a.start)
    return found


_VAGUE = re.compile(
    r"\b(?:(?:hundreds|tens|dozens)\s+of\s+(?:millions|billions|thousands)|millions|billions)"
    r"\s+(?:of\s+)?(?:(?:U\.?S\.?|American)\s+)?dollars\b"
    # "hundreds of millions in aid", "billions in assistance": money without the word dollars
    r"|\b(?:(?:hundreds|tens)\s+of\s+(?:millions|billions)|billions)(?=\s+(?:in|worth|of\s+(?:aid|assistance|funding))\b)"
    r"|\b(?:several|a\s+few|many)\s+(?:million|billion)\s+(?:(?:U\.?S\.?|American)\s+)?dollars\b",
    re.I,
)


def find_vague_amounts(text: str) -> list[tuple[int, int]]:
    """Spans of sums without a figure ("hundreds of millions of dollars"): money, but no amount."""
    if not isinstance(text, str):
        return []
    return [(m.start(), m.end()) for m in _VAGUE.finditer(text)]


def parse_amount(text: str) -> tuple[float | None, float | None] | None:
    """The first US-dollar amount in ``text`` as (value, upper bound or None), or None.

    ``None`` when the text gives no amount, only a vague one ("hundreds of millions"),
    or one in another currency (see :func:`find_amounts` for those).
    """
    for amount in find_amounts(text):
        if amount.currency == "USD":
            return amount.value, amount.value_max
        return None
    return None
