"""Money amounts in news text: "$615 million", "US$450m", "between $100 million and $200 million".

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

_ONE = rf"(?P<n1>{_NUMBER})(?:\s?(?P<s1>{_SCALE}))?"
_TWO = rf"(?P<n2>{_NUMBER})(?:\s?(?P<s2>{_SCALE}))?"
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
        found.append(Amount(start, end, text[start:end], low, high, currency))
    return found


_VAGUE = re.compile(
    r"\b(?:(?:hundreds|tens|dozens)\s+of\s+(?:millions|billions|thousands)|millions|billions)"
    r"\s+(?:of\s+)?(?:(?:U\.?S\.?|American)\s+)?dollars\b",
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
