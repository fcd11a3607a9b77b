"""The vocabulary of agreements (``kg/data/agreement_terms.json``): function words by
grammatical role, status phrases, signing verbs, and the kinds two parties sign one of.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..parties import US, government_terms, terms

if TYPE_CHECKING:
    from spacy.tokens import Token


_BILATERAL = ("safe third country agreement", "asylum cooperation agreement", "memorandum of cooperation")

_STATUS_RANK = {"proposed": 0, "signed": 1, "ratified": 2, "in force": 3, "suspended": 4}

_SHORT = {US: "US"}

# how kg.extract.parties found a country: by its name, or by a word for its government
BY_NAME, BY_GOVERNMENT = "name", "government"
_NAMED = (BY_NAME, BY_GOVERNMENT)



@cache
def vocab() -> dict:
    return terms("agreement_terms.json")


@cache
def words(role: str) -> frozenset[str]:
    """The function words of one grammatical role (``grammar`` in agreement_terms.json)."""
    return frozenset(vocab()["grammar"][role])


@cache
def grammar_regex(role: str) -> re.Pattern[str]:
    """A case-insensitive regex of ``grammar`` in agreement_terms.json."""
    return re.compile(vocab()["grammar"][role], re.I)


@cache
def status_regexes() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (entry["status"], re.compile(rf"\b(?:{p})", re.I))
        for entry in vocab()["status_patterns"]
        for p in entry["patterns"]
    ]


def government_terms_() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return government_terms()


@cache
def sign_lemmas() -> frozenset[str]:
    return frozenset(vocab()["sign_verbs"])


def is_sign_verb(tok: "Token") -> bool:
    suffix = vocab()["grammar"]["gerund_suffix"]
    gerund = tok.pos_ == "NOUN" and tok.lower_.endswith(suffix) and tok.dep_ not in ("compound", "amod")
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBD", "VBG") and not gerund:
        return False
    lemma = tok.lemma_.lower()
    if gerund and lemma.endswith(suffix):
        lemma = lemma[: -len(suffix)]  # the tagger took "signing" for a noun
    if lemma not in sign_lemmas():
        return False
    if lemma in words("entering_lemmas"):
        # "entered into an agreement" is signing; "entered into force" is not
        into = [c for c in tok.children if c.lower_ in words("entering_prepositions")]
        if not into or any(g.lower_ in words("in_force_words") for c in into for g in c.children):
            return False
    if lemma in vocab()["sign_verbs_needing_an_agreement_object"]:
        # "crossings reached record highs": reaching is signing only when an agreement is reached
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            objects.append(tok.head)  # "a rule issued by X": X issued a rule
        return not objects or any(agreement_word(o) for o in objects)
    return True


def agreement_word(tok: "Token") -> bool:
    word = tok.lower_
    return word in vocab()["generic_nouns"] or word.startswith(tuple(vocab()["grammar"]["agreement_word_beginnings"]))


def sentence_status(sentence: str) -> str | None:
    negation = re.compile(vocab()["negation_before_status"], re.I)
    best: tuple[int, str] | None = None
    for status, pattern in status_regexes():
        for m in pattern.finditer(sentence):
            if negation.search(sentence[max(0, m.start() - 40) : m.start()]):
                continue
            # the first status phrase in the list order wins; proposed before signed
            # because "scheduled to sign" contains "sign"
            return status
    return best[1] if best else None
