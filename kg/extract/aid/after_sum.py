"""Words after a sum that say what happened to it although the parser hung them elsewhere: a
sum in apposition inside a relative clause takes the verb over the money the clause describes,
and a participle right after a sum takes that sum ("on top of €2.5 million already paid out":
the parser hangs "paid out" on "top", but it is the €2.5 million that was paid). The status
reader is passed in (:func:`kg.extract.aid.status.status_token`), which imports this module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .text import is_verb
from .vocab import strong_nouns

if TYPE_CHECKING:
    from spacy.tokens import Token


def restated_in_relative_clause(anchor: "Token", status_token: "Callable[[Token], str | None]") -> str | None:
    """ "would release part of the aid it had frozen for the three countries, some $143
    million": a sum in apposition inside a relative clause restates the money the clause
    describes, so the verb over that money says what happens to it, not the clause's own."""
    head = anchor
    while head.dep_ != "appos" and head.head != head and head.head.pos_ in ("NUM", "SYM"):
        head = head.head  # "$", "143" -> "million": the sum's own words
    if head.dep_ != "appos":
        return None
    clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.lower_ not in strong_nouns():
        return None
    return next((s for a in clause.head.ancestors if (s := status_token(a))), None)


def trailing_participle(anchor: "Token", status_token: "Callable[[Token], str | None]") -> str | None:
    """The status of a participle that follows the sum, on a noun the sum hangs under before
    any verb ("on top of €2.5 million already paid out since autumn": delivered, not the
    "announced" of the main clause)."""
    node, found = anchor, None
    while node.head != node and not is_verb(node.head):
        node = node.head
        for child in node.children:
            # "a package of 900 million euros, first offered in June, remains on hold": an aside
            # between commas describes the money; its main verb says what happens to it
            aside = any(t.is_punct for t in child.doc[max(anchor.i, child.i - 2) : child.i])
            if found is None and child.dep_ == "acl" and child.tag_ == "VBN" and child.i > anchor.i and not aside:
                found = child
    if found is None or node.dep_ in ("nsubj", "nsubjpass"):
        return None  # the money is what the sentence's verb speaks of: that verb says its status
    return status_token(found)
