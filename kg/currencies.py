"""Currency names, symbols and codes: babel's copy of the Unicode CLDR, for :mod:`kg.money`.

Every English locale's symbols, ISO 4217 codes and singular and plural names, and what
``kg/data/patterns/money_currencies.json`` adds (newspaper symbols, the usual meaning of
a bare "pounds"). A word several current currencies share ("kroner", "dinars") is the
one of the state the text names, when exactly one of them (:func:`local_currency`).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources


@cache
def data() -> dict:
    return json.loads(resources.files("kg.data").joinpath("patterns/money_currencies.json").read_text("utf-8"))


@cache
def current_codes() -> frozenset[str]:
    """Currencies legal tender somewhere today (CLDR), to choose among shared words."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    territories = Locale("en").territories
    return frozenset(c for t in territories if t.isalpha() and len(t) == 2 for c in get_territory_currencies(t))


#: the CLDR locale whose variants (en_GB, en_AU ...) name currencies as English news does
_ENGLISH = "en"


@cache
def symbols() -> dict[str, str]:
    """Symbol -> code: CLDR's English symbols that name one currency, then our aliases."""
    from babel import Locale, localedata

    seen: dict[str, set[str]] = {}
    for ident in localedata.locale_identifiers():
        if ident == _ENGLISH or ident.startswith(_ENGLISH + "_"):
            for code, symbol in Locale.parse(ident).currency_symbols.items():
                if symbol != code and symbol != "$" and not (len(symbol) == 1 and symbol.isascii()):
                    seen.setdefault(symbol, set()).add(code)
    out = {s: next(iter(c)) for s, c in seen.items() if len(c) == 1}
    out.update(data()["symbol_aliases"])
    return out


def names() -> tuple[dict[str, str], dict[str, str | None]]:
    """(full names -> code, lower case; generic words -> code or None when ambiguous).

    Full names are CLDR's singular and plural English names ("British pounds"); a generic
    word is the last word of a name ("pounds"), which names its currency alone when only
    one current currency has it, else the default of the data file (None: never alone).
    """
    full, generic, _ = name_tables()
    return full, generic


@cache
def name_tables() -> tuple[dict[str, str], dict[str, str | None], dict[str, frozenset[str]]]:
    """:func:`names`, and each generic word's current currencies ("kroner": DKK, NOK)."""
    from babel.numbers import get_currency_name, list_currencies

    full: dict[str, str] = {}
    words: dict[str, set[str]] = {}
    singular_of: dict[str, str] = {}
    current = current_codes()
    for code in sorted(list_currencies()):
        one, many = get_currency_name(code, locale="en"), get_currency_name(code, count=2, locale="en")
        for name in (one, many):
            if re.fullmatch(r"[A-Za-z.' -]+", name):
                full.setdefault(name.lower(), code)
        if code in current and re.fullmatch(r"[A-Za-z ]+", one) and re.fullmatch(r"[A-Za-z ]+", many):
            s, p = one.split()[-1].lower(), many.split()[-1].lower()
            singular_of[s], singular_of[p] = s, s
            words.setdefault(s, set()).add(code)
    for alias, code in data()["name_aliases"].items():
        full[alias.lower()] = code
    defaults = data()["word_defaults"]
    generic: dict[str, str | None] = {}
    for word, singular in singular_of.items():
        codes = words[singular]
        generic[word] = defaults[singular] if singular in defaults else (next(iter(codes)) if len(codes) == 1 else None)
    # a name that is one generic word ("euros") is also its own full name
    full = {n: c for n, c in full.items() if " " in n or n not in generic or generic[n] is not None}
    shared = {word: frozenset(words[singular]) for word, singular in singular_of.items()}
    # "CFA francs": a name several states' currencies share, the first of its codes unless a
    # state the text names uses another ("2 billion CFA francs" next to Cameroon is XAF)
    for alias, codes in data()["shared_name_aliases"].items():
        full.setdefault(alias.lower(), codes[0])
        shared[alias.lower()] = frozenset(codes)
    return full, generic, shared


@cache
def currencies_of_state(iso2: str) -> frozenset[str]:
    from babel.numbers import get_territory_currencies

    return frozenset(get_territory_currencies(iso2))


def state_currencies(text: str) -> frozenset[str]:
    """The currencies of the states ``text`` names."""
    from .gazetteer import find_countries

    return frozenset(code for _, _, c in find_countries(text) for code in currencies_of_state(c.iso2))


def local_currency(part: str | None, currency: str | None, text: str, named: list) -> str | None:
    """The currency a generic word means where the text names a state that uses it:
    "40 million kroner" in an article on Denmark is DKK, "dinars" next to Tunisia TND,
    "soles" next to Peru PEN.
    ``named`` caches the text's state currencies across the amounts of one call."""
    word = " ".join(part.split()).lower() if part else ""
    codes = name_tables()[2].get(word)
    if not codes or word in data()["dollar_words"]:  # dollars: dollar_currency
        return currency
    if len(codes) < 2 and currency is not None:
        return currency  # a word of one currency ("rubles"); one the data file keeps from
        # standing alone ("soles", "reais") is that currency next to its state
    if not named:
        named.append(state_currencies(text))
    local = codes & named[0]
    return next(iter(local)) if len(local) == 1 else currency


@cache
def codes() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies()) - frozenset(data()["codes_not_money"])
