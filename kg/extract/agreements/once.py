"""The analyses of a sentence or of a token that do not depend on the article's ranking of
counterparts, computed once and looked up after.

:mod:`.read` reads an article twice (first to rank its counterparts, then with the ranking);
what these functions tell of a sentence (witness phrases, precedents, pronoun clauses, the
people named and who signed, dates) or of an agreement noun (refused, floated, its other
clauses, its organisations) is the same both times. Each wraps the function of the same
name; the values are kept with the document's :class:`.reading.Reading` for one extraction
context (a new ``ctx`` starts afresh), and lists are handed out as copies, as callers extend them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from . import bodies, clauses, counterparts, pronouns, scope, signing
from ..parties import canonical_person, people_with_spans as _people_with_spans
from .index import entities
from .reading import reading

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .. import Context


def _once(doc: "Doc", key: tuple, compute: Callable[[], Any], ctx: "Context | None" = None) -> Any:
    read = reading(doc)
    memo = read.memo if ctx is None else read.memo_for(ctx)
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def witness_ranges(sent: "Span") -> list[tuple[int, int]]:
    return list(_once(sent.doc, ("witness", sent.start), lambda: signing.witness_ranges(sent)))


def precedent_ranges(sent: "Span") -> list[tuple[int, int]]:
    return list(_once(sent.doc, ("precedent", sent.start), lambda: counterparts.precedent_ranges(sent)))


def pronoun_precedent_ranges(sent: "Span") -> list[tuple[int, int]]:
    return list(_once(sent.doc, ("alike", sent.start), lambda: counterparts.pronoun_precedent_ranges(sent)))


def pronoun_ranges(sent: "Span") -> list[tuple[int, int]]:
    return list(_once(sent.doc, ("pronoun", sent.start), lambda: pronouns.pronoun_ranges(sent)))


def pronoun_clauses(sent: "Span") -> frozenset[int]:
    return _once(sent.doc, ("pronoun clauses", sent.start), lambda: frozenset(pronouns.pronoun_clauses(sent)))


def people_with_spans(sent: "Span", ctx: "Context", *, known: dict[str, str]) -> list:
    return list(_once(sent.doc, ("people", sent.start), lambda: _people_with_spans(sent, ctx, known=known), ctx))


def people_named(sent: "Span", ctx: "Context", known: dict[str, str]) -> list[str]:
    """The canonical names of the people a sentence names as actors, each once, in text order."""
    names = _once(sent.doc, ("people named", sent.start),
                  lambda: list(dict.fromkeys(n for n, _ in people_with_spans(sent, ctx, known=known))), ctx)
    return list(names)


def find_signers(sent: "Span", verbs: list["Token"], ctx: "Context", known: dict[str, str]) -> list[str]:
    key = ("signers", sent.start, tuple(v.i for v in verbs))
    return list(_once(sent.doc, key, lambda: signing.find_signers(sent, verbs, ctx, known), ctx))


def signing_date(sent: "Span", verbs: list["Token"], article_date: str | None, status: str | None) -> tuple[str | None, str | None]:
    key = ("date", sent.start, tuple(v.i for v in verbs), article_date, status)
    return _once(sent.doc, key, lambda: signing.signing_date(sent, verbs, article_date, status))


def is_refused(noun: "Token") -> bool:
    return _once(noun.doc, ("refused", noun.i), lambda: clauses.is_refused(noun))


def is_floated(noun: "Token") -> bool:
    return _once(noun.doc, ("floated", noun.i), lambda: clauses.is_floated(noun))


def other_clauses(head: "Token", sent: "Span") -> list[tuple[int, int]]:
    return list(_once(head.doc, ("other clauses", head.i), lambda: clauses.other_clauses(head, sent)))


def organisation_parties(head: "Token", sent: "Span") -> list[str]:
    return list(_once(head.doc, ("organisations", head.i), lambda: bodies.organisation_parties(head, sent)))


def modifier_parties(head: "Token") -> list[str]:
    return list(_once(head.doc, ("modifiers", head.i), lambda: scope.modifier_parties(head)))


def last_person(sent: "Span", ctx: "Context", known: dict[str, str]) -> list[str]:
    """The canonical name of the last person the sentence names who is no possessor, as a
    list of one (none when it names nobody)."""
    def compute() -> list[str]:
        persons = [e for e in entities(sent, "PERSON") if e.root.dep_ != "poss"]
        return [canonical_person(ctx, persons[-1].text, known)] if persons else []

    return list(_once(sent.doc, ("last person", sent.start), compute, ctx))
