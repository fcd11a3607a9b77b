"""What a bare "$" or "dollars" means in a text: the US dollar, or the dollar the text's
own currency context gives.

Writers mark a dollar that is not the US dollar ("A$", "C$", "NZ$", "Australian dollars")
and leave the US dollar bare, in any outlet; an outlet whose own dollar is not the US
dollar may drop the mark after the first sum ("A$16.9 million ... $5 million more"). So:

- a text that names exactly one dollar explicitly, and never the US dollar, means that
  dollar by its bare "$" when the first dollar sum it writes is marked (an Australian
  report: "A$420 million ... another $70 million");
- but when its first dollar sum is bare, the writer's bare "$" is the US dollar and the
  marked one is the exception (a Bangladeshi daily: "$480 million ... $2 billion ...
  C$300 million ... $344 million"); a bare sum the text gives again with the mark
  ("Canberra pledges $50m" over "A$50 million") is that marked sum, no sign either way;
- a text that names no dollar at all leaves the choice to the reader, who knows who pays:
  the payer's dollar, or that of the dollar-using state the text names most besides the
  recipients (a Canadian ministry's "$245 million", an Australian release's "$100
  million": :func:`home_dollar`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: what :func:`kg.money.find_amounts` is told a bare dollar is, to tell it from a named one
_BARE = "$"


def dollar_sums(text: str) -> list[tuple[str | None, float]]:
    """(ISO code of the dollar it names, or None for a bare "$"; value) of each dollar sum
    of ``text``, in text order."""
    from .money import _data, find_amounts

    out: list[tuple[str | None, float]] = []
    for a in find_amounts(text, dollar=_BARE):
        if a.currency == _BARE:
            out.append((None, a.value))
        elif "$" in a.text or set(a.text.lower().split()) & set(_data()["dollar_words"]):
            out.append((a.currency, a.value))
    return out


def dollar_currency(text: "str | Doc | set[str]") -> str:
    """What a bare "$" means in ``text`` (see the module's docstring). Given the set of
    dollars a text names (:func:`named_dollars`), the order of its sums is unknown: the one
    non-US dollar of the set, when the US dollar is not in it, else USD."""
    if isinstance(text, set):
        return next(iter(text)) if len(text) == 1 and "USD" not in text else "USD"
    if not isinstance(text, str):
        from .parse import doc_text

        text = doc_text(text)
    sums = dollar_sums(text)
    named = {code for code, _ in sums if code}
    if len(named) != 1 or "USD" in named:
        return "USD"
    marked = {value for code, value in sums if code}
    for code, value in sums:
        if code:
            return code  # the first dollar sum names its dollar: later bare ones are that dollar
        if value not in marked:
            return "USD"  # the writer's bare "$" came first: it is the US dollar
    return "USD"


def named_dollars(text: "str | Doc") -> set[str]:
    """The dollars (ISO codes) ``text`` names explicitly: "A$", "US$", "Canadian dollars".
    Given an annotated document, read from the amounts ``accord_money`` marked."""
    if not isinstance(text, str) and hasattr(text, "spans"):
        from .annotate.money import explicit_dollars

        return explicit_dollars(text)
    return {code for code, _ in dollar_sums(text if isinstance(text, str) else "") if code}


def is_dollar(code: str) -> bool:
    """Whether CLDR's English name of the currency ``code`` calls it a dollar."""
    from babel.numbers import get_currency_name

    from .money import _data

    return bool(set(get_currency_name(code, locale="en").lower().split()) & set(_data()["dollar_words"]))


def state_dollar(iso2: str) -> str | None:
    """The dollar the state ``iso2`` pays in (USD where it uses the US dollar), None for a
    state whose money is no dollar."""
    from .currencies import currencies_of_state

    dollars = sorted(c for c in currencies_of_state(iso2) if is_dollar(c))
    return ("USD" if "USD" in dollars else dollars[0]) if dollars else None


def home_dollar(text: str, besides: "frozenset[str] | set[str]" = frozenset()) -> str:
    """The dollar of the state ``text`` names most among the states that pay in a dollar
    (the US dollar on a tie of two dollars), leaving out the states in ``besides`` (the ones money goes to:
    aid "to Belize" says nothing of whose dollar it is): an Australian report on Vanuatu
    writes Australian dollars, a Canadian op-ed on Mexico's workers Canadian dollars. USD
    when it names none."""
    from collections import Counter

    from .gazetteer import find_countries

    counts = Counter(c.iso2 for _, _, c in find_countries(text) if c.name not in besides)
    dollars = [(n, dollar) for iso2, n in counts.most_common() if (dollar := state_dollar(iso2))]
    if len(dollars) > 1 and dollars[0][0] == dollars[1][0] and dollars[0][1] != dollars[1][1]:
        return "USD"  # "Canada, ..., the United Kingdom and the United States": no state's text more than another's
    return dollars[0][1] if dollars else "USD"
