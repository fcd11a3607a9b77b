"""Money mentions that may be aid: the sums of a sentence (:mod:`kg.money`), minus fees, prices
and trade figures, and their value in US dollars."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...facts import Aid
from ...money import Amount, find_amounts, to_usd
from ...parse import doc_text


from .text import token_at
from .vocab import VAGUE, article_dollar, giving_statuses, not_aid, vocab

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def amounts_in(sent: "Span", text: str | None = None) -> list[Amount]:
    """The amounts of ``text`` (default: the sentence's), a bare "$" read in the currency
    context of the whole article."""
    return find_amounts(sent.text if text is None else text, dollar=article_dollar(sent.doc))


def money_key(fact: Aid) -> tuple[float, str] | None:
    return None if fact.amount is None else (fact.amount, fact.currency or "")


def in_dollars(fact: Aid, day: str | None) -> None:
    """The fact's sum in US dollars at the article's date; with no rate for it, the text's
    own dollar figure for it ("€105m ($116m)") if it gives one."""
    if fact.amount is None or fact.currency == "USD":
        return
    usd = to_usd(fact.amount, fact.currency, day)
    if usd is not None:
        fact.amount_usd, fact.amount_usd_max = usd, to_usd(fact.amount_max, fact.currency, day)


def dollar_figure(amount: Amount, *, upper: bool = False) -> float | None:
    """The text's own US-dollar figure for ``amount``: itself, or its restatement."""
    for form in (amount, amount.restated):
        if form is not None and form.currency == "USD":
            return form.value_max if upper else form.value
    return None


def amount_given(sent: "Span") -> bool:
    """ "USAID plans to provide $25 million to Honduras": an amount a status verb gives,
    freezes or restores is aid even when no aid noun is said."""
    for amount in amounts_in(sent):
        if not_aid_amount(sent, amount):
            continue
        anchor = token_at(sent, sent.start_char + amount.start)
        verbs = [a for a in [anchor, *anchor.ancestors] if a.pos_ in ("VERB", "AUX")]
        # "delivered ... equipment valued at $2 million": the value is what was given
        while len(verbs) > 1 and verbs[0].lemma_.lower() in vocab()["valuation_verbs"]:
            verbs = verbs[1:]
        verb = verbs[0] if verbs else None
        if verb is not None and verb.lemma_.lower() in giving_statuses():
            return True
        if verb is not None and any(
            f"{verb.lemma_.lower()} {c.lower_}" in vocab()["particle_verbs"] for c in verb.children if c.dep_ == "prt"
        ):
            return True  # "handed over $10 million"
        if verb is not None and _budget_carries(verb):
            return True
    return False


def _budget_carries(verb: "Token") -> bool:
    """ "the 2020 bill, approved in May, includes $520 million for X": a budget's line is aid."""
    if verb.lemma_.lower() not in vocab()["carrier_verbs"]:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lower_ in vocab()["budget_nouns"] for c in subjects)


def not_aid_amount(sent: "Span", amount: Amount) -> bool:
    """A fee, price or trade figure rather than aid: judged on the words around the amount
    and on the subject of the verb it hangs on ("Remittances to the three countries
    exceed $20 billion")."""
    text = sent.text
    window = text[max(0, amount.start - 40) : amount.end + 40]
    if not_aid().search(window):
        return True
    if re.search(vocab()["comparison_before"], text[max(0, amount.start - 30) : amount.start], re.I):
        return True  # "sought $445 million, down from $528 million": a baseline, not a second sum
    if re.search(vocab()["ruled_out_before"], text[max(0, amount.start - 30) : amount.start], re.I):
        return True  # "it is $35 million, not $350 million": a corrected figure is no sum
    anchor = token_at(sent, sent.start_char + amount.start)
    verb = next((a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(not_aid().search(" ".join(t.text for t in c.subtree)) for c in subjects)


def same_amounts(amounts: list[Amount], text: str, previous: Aid | None = None) -> list[Amount]:
    """ "$30 million to X, and the same amount to Y": a second sum, the one before it; at
    the start of the sentence right after an aid sum, that sum ("... pledged $30 million to
    X. The same amount has been promised to Y")."""
    out = list(amounts)
    for m in re.finditer(vocab()["same_amount"], text, re.I):
        before = [a for a in out if a.end <= m.start() and a.currency != VAGUE]
        if before:
            last = before[-1]
            out.append(Amount(m.start(), m.end(), m.group(0), last.value, last.value_max, last.currency, last.restated))
        elif previous is not None and previous.amount is not None and not amounts:
            out.append(Amount(m.start(), m.end(), m.group(0), previous.amount, previous.amount_max, previous.currency or "USD"))
    out.sort(key=lambda a: a.start)
    return out

