"""The vocabulary of agreements (``kg/data/agreement_terms.json``): function words by
grammatical role, status phrases, signing verbs, and the kinds two parties sign one of.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..parties import US, government_terms, terms

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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
def noun_set(name: str) -> frozenset[str]:
    """The nouns of one list (or the keys of one table) of agreement_terms.json, as a set."""
    return frozenset(vocab()[name])


@cache
def grammar_regex(role: str) -> re.Pattern[str]:
    """A case-insensitive regex of ``grammar`` in agreement_terms.json."""
    return re.compile(vocab()["grammar"][role], re.I)


@cache
def government_terms_() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Words for a party's government: ``government_terms`` and, for agreements only,
    ``agreement_party_terms`` ("the bloc")."""
    own = tuple(
        (party, re.compile(r"\b(?:" + "|".join(re.escape(t) for t in words) + r")\b"))
        for party, words in vocab().get("agreement_party_terms", {}).items()
    )
    return government_terms() + own


def is_sign_verb(tok: "Token") -> bool:
    """A verb that concludes an agreement (found once per document, :mod:`.reading`)."""
    from .reading import reading

    return tok.i in reading(tok.doc).signing(tok.doc)


def is_sign_lemma(tok: "Token") -> bool:
    """A verb with a signing verb's lemma, whatever its object (``SIGN`` of agreement_signing.json)."""
    from .reading import reading

    return tok.i in reading(tok.doc).sign_lemma


def signs(tok: "Token") -> bool:
    """Whether a verb of ``SIGN`` (patterns/agreement_signing.json) concludes an agreement
    here: "entered into an agreement" does, "entered into force" does not; "reached a deal"
    does, "crossings reached record highs" does not."""
    suffix = vocab()["grammar"]["gerund_suffix"]
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma.endswith(suffix):
        lemma = lemma[: -len(suffix)]  # the tagger took "signing" for a noun
    if any(c.dep_ == "prt" and c.lower_ in words("non_signing_particles") for c in tok.children):
        return False  # "Sign up to our newsletter"
    if lemma in words("entering_lemmas"):
        into = [c for c in tok.children if c.lower_ in words("entering_prepositions")]
        if not into or any(g.lower_ in words("in_force_words") for c in into for g in c.children):
            return False
    adopting = lemma in vocab()["adopting_lemmas"]
    if adopting or lemma in vocab()["sign_verbs_needing_an_agreement_object"]:
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            objects.append(tok.head)  # "a rule issued by X": X issued a rule
        if adopting:  # "adopted the Rome Declaration", not "the pact, adopted in May"
            return any(c.lower_ in vocab()["adopted_nouns"] for o in objects for c in (o, *o.conjuncts))
        # "concluded migration and mobility arrangements": an agreement noun among the conjuncts
        return not objects or any(agreement_word(c) for o in objects for c in (o, *o.conjuncts))
    return True


def agreement_word(tok: "Token") -> bool:
    return is_agreement_word(tok.lower_)


def is_agreement_word(word: str) -> bool:
    """An agreement noun ("deal", "memorandum", "declaration"), in any case."""
    word = word.lower()
    return word in vocab()["generic_nouns"] or word.startswith(tuple(vocab()["grammar"]["agreement_word_beginnings"]))


def government_words(sent: "Span") -> list[tuple[int, int, str]]:
    """(start, end, party) of each word for a government in a sentence (:func:`government_terms_`,
    char offsets in the sentence, party by party in order), scanned once per sentence: the
    article is read twice (:mod:`.read`)."""
    from ...annotate.index import per_document

    found = per_document(sent.doc, _GOVERNMENT_WORDS, lambda _doc: {})
    key = (sent.start, sent.end)
    if key not in found:
        text = sent.text
        found[key] = [(m.start(), m.end(), party) for party, pattern in government_terms_() for m in pattern.finditer(text)]
        found[key] += body_named_again(sent)
    return found[key]


def body_named_again(sent: "Span") -> list[tuple[int, int, str]]:
    """(start, end, party) of a body named again by the last word of its name, definite and
    unqualified, as the subject of a signing, when the party it serves was named before
    (not "the agency said"): "the commission has signed ..."
    after "the EU" (the European Commission's), "the bank" after "the World Bank". A word two
    parties' bodies end in names neither. Char offsets in the sentence.

    The words that can name a body again are found once per document (:func:`.index.word_positions`);
    the text before the sentence is searched for the bodies named there only when one of its
    words could be such a subject."""
    from ...parse import doc_text
    from .counterparts import organisations_in
    from ...annotate.index import in_span, word_positions

    doc, heads = sent.doc, _body_heads()
    definite = [[d] for d in words("definite_determiners")]
    subjects = [
        t for t in (doc[i] for i in in_span(word_positions(doc, _body_head_words()), sent))
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "nsubj" and is_sign_verb(t.head)
        and [c.lower_ for c in t.children if c.i < t.i] in definite
    ]
    if not subjects:
        return []
    before = doc_text(doc)[: sent.start_char]
    named = {party for _, _, party in organisations_in(before)}
    out = []
    for t in subjects:
        parties = heads[t.lower_] & named
        if len(parties) == 1:
            out.append((t.idx - sent.start_char, t.idx + len(t.text) - sent.start_char, next(iter(parties))))
    return out


@cache
def _body_heads() -> dict[str, frozenset[str]]:
    """The last word (lower case) of each body's name of two or more words that ends in a
    capital -> the parties the bodies so named serve (or are)."""
    from ...gazetteer import organisations

    heads: dict[str, set[str]] = {}
    for o in organisations():
        for name in (o.name, *o.aliases):
            words_ = name.split()
            if len(words_) >= 2 and words_[-1][:1].isupper():
                heads.setdefault(words_[-1].lower(), set()).add(o.serves or o.name)
    return {word: frozenset(parties) for word, parties in heads.items()}


@cache
def _body_head_words() -> frozenset[str]:
    return frozenset(_body_heads())


#: the ``doc.user_hooks`` key of :func:`government_words`' answers
_GOVERNMENT_WORDS = "kg_government_words"
