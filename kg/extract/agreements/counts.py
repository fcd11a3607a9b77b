"""Agreements a sentence refers back to by their number or by the states it lists, without
naming them again: "X signed all three agreements", "X signed all three: with A on ..., with
B on ... and with C on ...". The number words are ``number_words`` of
``kg/data/patterns/parties.json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parties import pattern_file
from ...facts import Evidence
from .model import Draft, Mention
from .vocab import words

if TYPE_CHECKING:
    from spacy.tokens import Token


def counted(noun: "Token") -> int | None:
    """The number a plural agreement noun is counted by: "all three agreements", "both deals"."""
    numbers = pattern_file("parties.json")["number_words"]
    for child in noun.children:
        if child.dep_ in ("nummod", "det") and child.lower_ in numbers:
            return numbers[child.lower_]
    # "the three so-called 'safe third country' agreements": a number the parser hung elsewhere
    # in the noun's own phrase (not "two-year agreements")
    before = noun.doc[noun.left_edge.i : noun.i]
    for tok in before:
        if tok.lower_ in numbers and tok.pos_ in ("NUM", "DET") and not (tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "-"):
            return numbers[tok.lower_]
    return None


def counted_group(noun: "Token", drafts: list[Draft]) -> list[Draft]:
    """The agreements "all three agreements" refers back to: those the latest sentence that
    named agreements named, or else the most recent ones one plural named together
    (``siblings``), when they are that many; else none."""
    number = counted(noun)
    if number is None or number < 2 or not drafts:
        return []
    latest = max(d.last_sentence for d in drafts)
    together = [d for d in drafts if d.last_sentence == latest]
    if len(together) == number:
        return together
    for draft in reversed(drafts):
        group = [draft, *draft.siblings]
        if len(group) == number:
            return sorted(group, key=lambda d: next(i for i, o in enumerate(drafts) if o is d))
    return []


def each_listed(drafts: list[Draft], named: set[str], verbs: list["Token"]) -> list[Draft]:
    """ "X signed all three: with A on July 26, with B on ...": a signing whose object is a
    number or a pronoun, and no agreement has all the states the sentence lists, so each
    state's own, the most recent one with it; none unless every state listed has one."""
    numbers = pattern_file("parties.json")["number_words"]
    counted_object = any(
        c.dep_ == "dobj" and (c.lower_ in numbers or c.pos_ == "PRON") for v in verbs for c in v.children
    )
    if not counted_object or len(named) < 2 or any(named <= set(d.parties) for d in drafts):
        return []
    found = [next((d for d in reversed(drafts) if state in d.parties), None) for state in sorted(named)]
    if any(d is None for d in found) or len({id(d) for d in found}) < len(found):
        return []
    return [d for d in found if d is not None]


def more_of_a_kind(mention: Mention, noun: "Token", resolved: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """New agreements of the kind and parties of the one a phrase resolved to, when the phrase
    names more than one: "signed two memoranda of cooperation, one on X and one on Y", "a
    memorandum on X and another (``another_words``) on Y". An article that names them again
    gets no more than the phrase counts."""
    if mention.kind is None or mention.definite or len(resolved) != 1:
        return []
    number = counted(noun) if noun.tag_ in ("NNS", "NNPS") or mention.plural else None
    number = number or 1
    # "another" under the noun, or beside it as a second object of its verb ("signed a
    # memorandum on X, which ..., and another on Y")
    beside = [c for c in noun.head.children if c.i > noun.i] if noun.dep_ == "dobj" else []
    # but "two memoranda: one on X, and another on Y" counts the two it enumerates
    number += sum(
        1 for t in [*noun.subtree, *beside]
        if t.dep_ == "conj" and t.lower_ in words("another_words") and not any(c.dep_ == "pobj" for c in t.children)
        and not (number >= 2 and t.head.pos_ == "NUM")
    )
    one = resolved[0]
    known = [d for d in drafts if d.kind == one.kind and set(d.parties) == set(one.parties)]
    have = len(known) + (0 if any(one is d for d in known) else 1)
    # each stated by the phrase that counts it, not the sentence the first is read from
    phrase = noun.doc[noun.left_edge.i : noun.right_edge.i + 1]
    said = Evidence(phrase.text, phrase.start_char, phrase.end_char)
    return [Draft(one.kind, list(one.parties), confidence=one.confidence, counted=True, evidence=said) for _ in range(number - have)]


def colon_listed(noun: "Token", mentioned: list, sent) -> list[str]:
    """ "credited the governments for agreements signed in recent months: A in July, B on
    September 20 and C on September 25": the states (two or more, named by name) a colon
    lists after a plural agreement noun that its own clause, or the verb it is the object
    of, says were signed; each is an agreement with the article's main party."""
    from .clauses import asserted
    from .vocab import BY_NAME, is_sign_verb

    own = any(c.dep_ in ("acl", "relcl") and is_sign_verb(c) and c.tag_ in ("VBN", "VBD") and asserted(c) for c in noun.children)
    if not own and not (noun.dep_ == "dobj" and is_sign_verb(noun.head) and asserted(noun.head)):
        return []
    colon = next((t for t in sent if t.i > noun.i and t.text == _COLON), None)
    if colon is None:
        return []
    after = colon.idx + 1 - sent.start_char
    listed = list(dict.fromkeys(c.name for c in mentioned if c.start >= after and c.via == BY_NAME))
    return listed if len(listed) >= 2 else []


_COLON = ":"
