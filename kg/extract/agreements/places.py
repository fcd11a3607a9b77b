"""States a sentence names only as places inside a clause about people or things, not about
the agreement: "Rwanda has taken in asylum seekers evacuated from detention in Libya under a
memorandum with UNHCR" (Libya is where the people were, no party of the memorandum).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .vocab import grammar_regex, is_sign_lemma, noun_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: the tags of a participle that opens a clause on a noun ("evacuated from ...", "crossing ...")
_PARTICIPLES = ("VBN", "VBG")


def in_participle_clause(start: int, head: "Token", sent: "Span") -> bool:
    """The state named at ``start`` (char offset in the sentence) is the object of a
    preposition in a participle clause on a noun other than the agreement ``head``, a clause
    that does not hold the agreement noun itself. Answered once per state and noun: the
    article is read twice (:mod:`.read`)."""
    from ...annotate.index import per_document

    known = per_document(sent.doc, _KEY, lambda _doc: {})
    key = (sent.start, start, head.i)
    if key not in known:
        known[key] = _in_participle_clause(start, head, sent)
    return known[key]


def _in_participle_clause(start: int, head: "Token", sent: "Span") -> bool:
    at = sent.start_char + start
    tok = next((t for t in sent if t.idx <= at < t.idx + len(t.text)), None)
    if tok is None or tok.dep_ not in ("pobj", "compound"):
        return False
    for node in tok.ancestors:
        if node.i == head.i or head in node.subtree and node.dep_ != "acl":
            return False  # the agreement's own phrase or a clause it belongs to
        reduced = not any(c.dep_ in ("aux", "auxpass") for c in node.children)  # not "will be reserved"
        if node.dep_ == "acl" and reduced and node.tag_ in _PARTICIPLES and node.head.pos_ == "NOUN" and node.head.i != head.i:
            # but "the agreement on the return of refugees signed by A, B and C": a signing
            # the parser hung on the nearest noun is the agreement's
            return not (node.left_edge.i <= head.i <= node.right_edge.i) and not is_sign_lemma(node)
    return False


#: the ``doc.user_hooks`` key of :func:`in_participle_clause`'s answers
_KEY = "kg_agreement_participle_places"


def names_a_place(start: int, sent: "Span") -> bool:
    """The state named at ``start`` (char offset in the sentence) only qualifies a place where
    something happened: "signed in the Angolan capital, Luanda", "due to sign in the Saudi
    city of Jeddah", "talks in Ethiopia's capital". The place noun is one of ``place_nouns``
    under one of ``venue_prepositions``; the state is where, not who. So is a state that
    holds a body's chair (``chair_nouns``: "under the Czech EU presidency")."""
    from .vocab import words

    at = sent.start_char + start
    tok = next((t for t in sent if t.idx <= at < t.idx + len(t.text)), None)
    if tok is None:
        return False
    if adopted_there(tok):
        return True
    while tok.dep_ in ("compound", "amod", "poss") and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    # "at a conference under the Czech EU presidency": the state holding a body's chair
    return tok.lemma_.lower() in words("chair_nouns") or (
        tok.lemma_.lower() in words("place_nouns") and tok.head.lower_ in words("venue_prepositions"))


def adopted_there(tok: "Token") -> bool:
    """``tok`` names the one state (or its capital) in the name of an instrument whose
    adopters the clause names otherwise: "EU leaders adopted the Malta Declaration", "Leaders
    signed the Kigali Declaration" (where it was adopted, not who). The noun is one of
    ``adopted_nouns``, capitalised as a name, the object of a signing verb (or its passive
    subject with an agent) whose subject does not name that state; "Jordan adopted its Jordan
    Compact" and "the EU-Turkey Statement" (two parties: its own) keep theirs."""
    from ...gazetteer import capital_country
    from ..parties import countries_in, names
    from .counterparts import organisations_in

    noun = tok
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i:
        noun = noun.head
    if noun.i == tok.i or not noun.text[:1].isupper() or noun.lower_ not in noun_set("adopted_nouns"):
        return False

    def states(node: "Token", upto: int | None = None) -> set[str]:
        # the subject's own words, not where it met ("EU leaders meeting in Valletta")
        aside = {t.i for c in node.children if c.dep_ in ("prep", "acl", "relcl") for t in c.subtree}
        words = [t for t in node.subtree if (upto is None or t.i < upto) and t.i not in aside]
        text = "".join(t.text_with_ws for t in words)
        found = set(names(countries_in(text))) | {n for _, _, n in organisations_in(text)}  # "EU-Turkey": two
        return found | {c.name for t in words if (c := capital_country(t.text)) is not None}

    title = states(noun, noun.i)
    if len(title) != 1:
        return False
    subject = adopters(noun)
    return subject is not None and not (title & states(subject))


def adopters(noun: "Token | None") -> "Token | None":
    """Who the clause says signed or adopted the instrument ``noun``: the subject of the
    signing verb it is the object of ("Leaders adopted the X Declaration", also of a verb
    conjoined to it), or the agent of a passive one ("adopted by heads of state"); None when
    the clause names none."""
    if noun is None or not is_sign_lemma(noun.head):
        return None
    verb = noun.head
    if noun.dep_ == "dobj":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":  # "met in Valletta and adopted the ..."
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return subject
    if noun.dep_ == "nsubjpass":
        return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return None


def others_adopted(noun: "Token | None") -> bool:
    """The clause names who adopted the instrument ``noun`` and they are not the pair read
    before ("Leaders adopted the Malta Declaration", not "ministers of both countries signed
    the X Declaration"): no deal read before and no article's leading pair is it."""
    subject = adopters(noun)
    return subject is not None and not grammar_regex("pair_words").search("".join(t.text_with_ws for t in subject.subtree))
