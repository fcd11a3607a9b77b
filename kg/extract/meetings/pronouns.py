"""Who a subject that names nobody stands for: "he"/"she" (the last official named, or the
speaker of the clause above), "I" in a guest's answer and "you" in a question of a Q&A, "the Acting Secretary" (the
official of the article with that title)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...gazetteer import country
from .vocab import _lemmas, _vocab, has_lemma, is_word
from .interviews import guest_speaking
from .mentions import _People, _Person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .. import Context


def _resolve_subject(subject: "Token", people: _People, ctx: "Context") -> str | None:
    """"he"/"she" = the last official named; "the Acting Secretary" = the official with that title."""
    if subject.lower_ in _lemmas("pronouns"):
        return _speaker(subject, people) or _antecedent(subject, people, ctx=ctx)
    if subject.lower_ in _lemmas("first_person") or subject.lower_ in _lemmas("second_person"):
        # "I met X" in a guest's answer, "you met X" in the interviewer's question
        return guest_speaking(subject.idx, subject.lower_ in _lemmas("first_person"), people, subject.doc)
    if subject.lemma_.lower() not in _lemmas("role_subject_heads") or subject.tag_ in ("NNS", "NNPS"):
        return None  # "The ministers sign 13 instruments": a group, not the one official with that title
    phrase = [t for t in subject.subtree if t.i <= subject.i and t.dep_ != "det" and t.is_alpha]
    # "the Egyptian Minister": the state a word names is the official's, not a word of the post
    demonyms = [t for t in phrase if t.dep_ in ("amod", "compound") and t.text[:1].isupper() and country(t.text)]
    states = {country(t.text).name for t in demonyms}
    words = [t.lower_ for t in phrase if t not in demonyms]
    if not words:
        return None
    holders = [
        o.name for o in ctx.officials if o.role and set(words) <= set(re.findall(r"\w+", o.role.lower()))
        and (not states or o.country in states)
    ]
    holders = list(dict.fromkeys(holders))
    specific = [w for w in words if w not in _lemmas("generic_title_heads")]
    if not holders and specific and len(specific) < len(words):
        # "the labor chief": the one official whose post has the words besides "chief"
        holders = list(dict.fromkeys(
            o.name for o in ctx.officials if o.role and set(specific) <= set(re.findall(r"\w+", o.role.lower()))
        ))
    if len(holders) == 1:
        return holders[0]
    for m in people.latest_first(subject.i):
        if m.end > subject.i or (holders and m.name not in holders):
            continue
        if holders or _title_before(subject.doc, m, words):
            return m.name
    return None


def _antecedent(pronoun: "Token", people: _People, depth: int = 0, ctx: "Context | None" = None) -> str | None:
    """The official "he"/"she" stands for: the last one named, unless that one is the object
    of a clause whose subject is another person ("he told reporters, standing beside Y. He was
    due to meet Z": he is the subject before, not Y) or an official named by title ("The Home
    Secretary ... held talks with Y. She also met Z": the Home Secretary)."""
    m = people.latest_official(pronoun.i)
    if m is None:
        return None
    tok = pronoun.doc[m.root]
    while tok.dep_ in ("appos", "compound", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("pobj", "dobj") or depth > 2:
        return m.name
    for up in tok.ancestors:
        subject = next((c for c in up.children if c.dep_ == "nsubj"), None) if up.pos_ in ("VERB", "AUX") else None
        if subject is None:
            continue
        named = people.by_token.get(subject.i)
        if named is not None and people.is_official(named.name):
            return named.name
        if is_word(subject, "pronouns"):
            return _antecedent(subject, people, depth + 1, ctx) or m.name
        if named is None and ctx is not None and has_lemma(subject, "role_subject_heads"):
            return _resolve_subject(subject, people, ctx) or m.name
        return m.name
    return m.name


def _speaker(subject: "Token", people: _People) -> str | None:
    """ "X said that he will ...": the pronoun subject of reported speech is the named speaker."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _lemmas("speech_verbs"):
        return None
    for s in verb.head.children:
        if s.dep_ == "nsubj":
            for t in (s, *(c for c in s.children if c.dep_ == "appos")):
                m = people.by_token.get(t.i)
                if m is not None and people.is_official(m.name):
                    return m.name
    return None


def _title_before(doc: "Doc", mention: _Person, words: list[str]) -> bool:
    """Whether a mention comes right after a title with all these words ("Acting ... Secretary X")."""
    window = {t.lower_ for t in doc[max(0, mention.start - 8) : mention.start]}
    return set(words) <= window
