"""Successions: "X, a former prison chief who replaced Y", "Y was replaced by X", "the
president replaced Y with X", "X succeeded Y". A successor and a predecessor one sentence
names hold the same post: the one the text gives either of them goes to the other. Part of
the "find" stage of :mod:`.person_mentions`; the verbs are ``titles.json`` "grammar_words"
("succession_verbs", "succession_links").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import gazetteer
from .names import surname
from .official_mentions import SENTENCE_COUNTRY, _Mention
from .state_clues import _name_token

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVES = ("WP", "WDT")


def successions(sent: "Span", mentions: list[_Mention], earlier: "list[_Mention]" = ()) -> None:
    """Give a successor the post of the predecessor the sentence names, or the other way round.

    A pronoun on the other side ("He is succeeded by X", "X replaced her") is the person the
    ``earlier`` sentences named last, with the post the text gave that person."""
    by_token = {}
    for m in mentions:
        tok = _name_token(m)
        by_token[tok.i] = m
    for m in mentions:
        if m.role is not None:
            continue
        other = _other_side(_climb(_name_token(m)), by_token)
        if other is _PRONOUN:
            other = _last_named(earlier)
        if other is None or other is m or other.role is None or other.role.excluded:
            continue
        m.role, m.confidence = other.role, min(other.confidence, SENTENCE_COUNTRY)


_PRONOUN = _Mention("", None, -1)  # the other side is a personal pronoun


def _last_named(earlier: "list[_Mention]") -> _Mention | None:
    """The person the earlier sentences named last, as the mention that gave that person a
    post (the same surname); None when there is none."""
    if not earlier:
        return None
    last = earlier[-1]
    if last.role is not None:
        return last
    key = surname(last.text)
    return next((e for e in reversed(earlier) if e.role is not None and not e.role.excluded
                 and key and surname(e.text) == key), None)


def _climb(tok: "Token") -> "Token":
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _other_side(name: "Token", by_token: dict[int, _Mention]) -> _Mention | None:
    """The mention on the other side of a succession verb from the name, if any."""
    verbs = gazetteer.grammar_words("succession_verbs")
    links = gazetteer.grammar_words("succession_links")
    verb = name.head
    if name.dep_ == "pobj" and verb.lower_ in links:  # "replaced Y with X", "was replaced by X"
        verb = verb.head
    if verb.lemma_ not in verbs:
        return None
    linked = [g for c in verb.children if c.lower_ in links for g in c.children if g.dep_ == "pobj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if name.dep_ == "dobj":  # the predecessor: "X replaced Y", "replaced Y with X"
        sides = linked or [_antecedent(c) for c in subjects]
    elif name.dep_ == "nsubj" and not linked:  # the successor: "X succeeded Y"
        sides = objects
    elif name.dep_ == "nsubjpass":  # the predecessor: "Y was replaced by X"
        sides = linked
    elif name.dep_ == "pobj":  # the successor: "replaced Y with X", "Y was replaced by X"
        sides = objects + [c for c in subjects if c.dep_ == "nsubjpass"]
    else:
        return None
    found = [by_token[s.i] for s in sides if s.i in by_token]
    if not found and len(sides) == 1 and sides[0].tag_ == "PRP":
        return _PRONOUN
    return found[0] if len(found) == 1 else None


def _antecedent(subject: "Token") -> "Token":
    """"X, a former chief who replaced Y": the relative pronoun's noun, and the name it is in apposition to."""
    tok = subject
    if tok.tag_ in _RELATIVES and tok.head.dep_ == "relcl":
        tok = tok.head.head
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    return tok
