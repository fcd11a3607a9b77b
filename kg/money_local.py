"""Sums written with a local symbol of letters: "R20 million" in a South African release,
"KSh 5 billion" in a Kenyan paper, "S/ 3 millones" in a Peruvian one, "N100 million" in a
Nigerian one.

Such a symbol names money only where the state that writes it is in the text: "R" is a rand
next to South Africa, a letter anywhere else. The symbols are those every CLDR locale of a
territory writes for the territory's own currency (babel: en_ZA's "R", en_KE's "Ksh",
es_PE's "S/"), that the world-wide table of :func:`kg.currencies.symbols` leaves out
because they are letters or ambiguous, and the newspaper forms of
``money_currencies.json`` "local_symbol_aliases" ("N" for the naira, whose "₦" is hard to
type). A one-letter symbol must touch its number and be followed by a scale or a grouped
figure ("R20 million", "N50,000"), so "R5" and "K9" stay road and unit names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from .currencies import data, state_currencies, symbols

@cache
def local_symbols() -> dict[str, frozenset[str]]:
    """Currency code -> the letter symbols its own territories' locales write for it."""
    from babel import Locale, localedata
    from babel.numbers import get_territory_currencies

    found: dict[str, set[str]] = defaultdict(set)
    for ident in localedata.locale_identifiers():
        try:
            locale = Locale.parse(ident)
        except (ValueError, TypeError):
            continue
        if not locale.territory or not locale.territory.isalpha():
            continue
        for code in get_territory_currencies(locale.territory):
            symbol = locale.currency_symbols.get(code)
            if symbol and symbol != code and re.fullmatch(r"[A-Za-z]{1,3}[/.]?", symbol) and symbol not in symbols():
                found[code].add(symbol)
    for code, forms in data()["local_symbol_aliases"].items():
        found[code].update(forms)
    return {code: frozenset(forms) for code, forms in found.items()}


@cache
def _pattern(number: str, scale: str) -> re.Pattern[str]:
    every = {s for forms in local_symbols().values() for s in forms}
    longer = sorted((s for s in every if len(s) > 1), key=len, reverse=True)
    letters = sorted(s for s in every if len(s) == 1)
    return re.compile(
        rf"(?<![\w$/.])(?:(?P<long>{'|'.join(map(re.escape, longer))})\s?|(?P<one>{'|'.join(map(re.escape, letters))})(?=\d))"
        rf"(?P<n>{number})(?:[\s-]?(?P<s>(?i:{scale})))?"
    )


def find_local_amounts(text: str, number: str, scale: str) -> list[tuple[int, int, str, str, str | None]]:
    """(start, end, currency, figure, scale word or None) of each sum ``text`` writes with the
    local symbol of a state it names. ``number`` and ``scale`` are the figure and scale
    patterns of :mod:`kg.money`."""
    out = []
    named: frozenset[str] | None = None
    for m in _pattern(number, scale).finditer(text):
        symbol = m.group("long") or m.group("one")
        if m.group("one") and not (m.group("s") or "," in m.group("n")):
            continue  # "R5", "K9": a road or a unit, not a sum
        if named is None:
            named = state_currencies(text)
        codes = [code for code in named if symbol in local_symbols().get(code, ())]
        if len(codes) != 1:
            continue  # no state of the text writes it, or several do
        end = m.end("s") if m.group("s") else m.end("n")
        out.append((m.start(), end, codes[0], m.group("n"), m.group("s")))
    return out
