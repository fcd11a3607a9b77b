"""Whose currency a sum is in when its words leave it open: a bare "$" the text restates in US
dollars is the donor's own dollar, and a currency word several states share ("kroner") is the
donor's, else that of the one state of the article that has a currency of that name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...gazetteer import country_by_name
from ...money import Amount
from ...parse import doc_text
from ..parties import countries_in, names
from .vocab import VAGUE

if TYPE_CHECKING:
    from spacy.tokens import Doc


def in_donor_dollars(amounts: list[Amount], text: str, donor: str | None) -> list[Amount]:
    """ "Canada will give $100 million (about US$73 million)": a bare "$" sum the text restates
    in US dollars of another value is in the donor's own dollar, and the restatement is
    that sum's dollar figure, not a second sum."""
    dollar = _own_dollar(donor)
    out: list[Amount] = []
    for a in amounts:
        last = out[-1] if out else None
        if (
            dollar and last is not None and last.currency == "USD" == a.currency and last.restated is None
            and last.text.startswith("$") and not a.text.startswith("$") and a.value != last.value
            and "(" in text[last.end : a.start] and a.start - last.end <= 12
        ):
            out[-1] = Amount(last.start, last.end, last.text, last.value, last.value_max, dollar, a)
            continue
        out.append(a)
    return out


def in_donor_currency(amounts: list[Amount], donor: str | None, doc: "Doc") -> list[Amount]:
    """ "Denmark has promised 40 million kroner": a currency word several states share, read
    as the donor's own currency when that is one of them, else as the currency of the one
    state of the article that has a currency of that name (CLDR plural names, through babel)."""
    own: dict[str, str] | None = None  # read only for a sum that may need it (most are US dollars)
    out = []
    for a in amounts:
        said = (a.text[: a.restated.start - a.start] if a.restated else a.text).split("(")[0]  # without "($5.8 million"
        named = re.findall(r"[^\W\d_]+", said)[-1:]
        if named and a.currency not in (VAGUE, "USD") and own is None:
            own = _own_currency_words(doc, donor)
        code = own.get(named[0].lower()) if named and a.currency not in (VAGUE, "USD") else None
        out.append(a if code is None or code == a.currency else Amount(a.start, a.end, a.text, a.value, a.value_max, code, a.restated))
    return out


def _own_currency_words(doc: "Doc", donor: str | None) -> dict[str, str]:
    """The currency words of the article's states, and the donor's own over them."""
    own = dict(_article_currency_words(doc))
    state = country_by_name(donor) if donor else None
    if state is not None:
        own.update(_currency_words(state.iso2))
    return own


def _currency_words(iso2: str) -> dict[str, str]:
    """The last word of the plural name of each currency of a state ("kroner" -> "DKK")."""
    from babel.numbers import get_currency_name, get_territory_currencies

    return {get_currency_name(c, count=2, locale="en").split()[-1].lower(): c for c in get_territory_currencies(iso2)}


def _article_currency_words(doc: "Doc") -> dict[str, str]:
    """Currency words that the states the article names give one currency, found once per Doc."""
    found = doc.user_data.get("kg_aid_currency_words")
    if found is None:
        codes: dict[str, set[str]] = {}
        for name in names(countries_in(doc_text(doc))):
            state = country_by_name(name)
            for word, code in _currency_words(state.iso2).items() if state else ():
                codes.setdefault(word, set()).add(code)
        found = doc.user_data["kg_aid_currency_words"] = {w: next(iter(c)) for w, c in codes.items() if len(c) == 1}
    return found


def _own_dollar(donor: str | None) -> str | None:
    """The dollar currency of the donor state (CLDR's territory currencies, through babel), if any."""
    from babel.numbers import get_currency_symbol, get_territory_currencies

    state = country_by_name(donor) if donor else None
    if state is None:
        return None
    codes = [c for c in get_territory_currencies(state.iso2) if c != "USD"]
    return next((c for c in codes if get_currency_symbol(c, "en").endswith("$")), None)
