"""``accord_money``: every sum of money, marked once with its value and ISO 4217 currency.

Finding is :func:`kg.money.find_amounts` and :func:`kg.money.find_vague_amounts` over the
whole text; this component only writes what they found into ``doc.spans["kg_money"]``.
A bare "$" or "dollars" is marked ``bare_dollar``: which dollar it is depends on the
whole article (:func:`kg.money.dollar_currency`), and the readers decide it there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from .. import money
from .groups import MONEY, Found, GroupTagger, details

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: what a bare dollar is marked with until the article says which dollar it is
_BARE = "$"


def find_money(text: str) -> list[Found]:
    """Sums in ``text`` as (start, end, currency, "", details); vague sums have no value."""
    found: list[Found] = []
    for a in money.find_amounts(text, dollar=_BARE):
        bare = a.currency == _BARE
        found.append((a.start, a.end, "USD" if bare else a.currency, "", {
            "value": a.value, "max": a.value_max, "approximate": a.approximate,
            "bare_dollar": bare, "dollar": not bare and _names_a_dollar(a.text),
        }))
    for start, end in money.find_vague_amounts(text):
        found.append((start, end, "", "", {"value": None, "max": None, "approximate": True}))
    return sorted(found, key=lambda f: f[0])


def _names_a_dollar(written: str) -> bool:
    """"A$420 million", "20 Australian dollars": the sum names which dollar it is."""
    return "$" in written or bool(set(written.lower().split()) & set(money._data()["dollar_words"]))


def explicit_dollars(doc: "Doc") -> set[str]:
    """The dollars (ISO codes) the article's marked sums name explicitly."""
    mark_money(doc)
    return {s.label_ for s in doc.spans[MONEY] if details(s).get("dollar")}


class MoneyTagger(GroupTagger):
    """A pipeline component: sums of money into ``doc.spans["kg_money"]``."""

    group = MONEY

    def __init__(self, name: str = "accord_money") -> None:
        super().__init__(name)

    def find(self, text: str) -> list[Found]:
        return find_money(text)


@Language.factory("accord_money", assigns=["doc.spans"])
def make_money_tagger(nlp: Language, name: str) -> MoneyTagger:
    """The component that marks sums of money (value, upper value, currency, approximate)."""
    return MoneyTagger(name)


def mark_money(doc: "Doc") -> "Doc":
    """Mark the sums of a document no ``accord_money`` saw (once)."""
    return MoneyTagger().mark(doc)
