"""Instruments of one party: a state or a body that alone signs or adopts an instrument
called by its name ("Chile signed the Lima Declaration", "ASEAN leaders adopted the ASEAN
Leaders' Declaration on ..."). An agreement otherwise needs two parties (a state and a body
count): a mention that names one party is mostly one whose other party the text leaves to
the reader, so one party is kept only when the sentence says that party concluded an
instrument that has a name of its own, by one of ``one_party_lemmas`` as the verb's subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .counterparts import parties_named
from .vocab import vocab

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .model import Draft

#: the modifiers that make a capitalised noun a name ("the Lima Declaration", "Leaders' Declaration")
_TITLE_DEPS = ("compound", "amod", "poss", "nmod")


def one_party_instrument(draft: "Draft", doc: "Doc") -> bool:
    """``draft`` has one party, is reported signed, and its sentence says that party (the
    subject of a signing or adopting verb) concluded an instrument of the draft called by its
    name (a capitalised noun with a capitalised modifier, not the sentence's first word)."""
    if len(draft.parties) != 1 or draft.status != "signed" or draft.actor != draft.parties[0] or draft.evidence is None:
        return False
    sent = doc.char_span(draft.evidence.start, draft.evidence.end, alignment_mode="expand")
    if sent is None:
        return False
    lemmas = set(vocab()["one_party_lemmas"])
    for noun in sent:
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in lemmas or not _titled(noun, sent.start):
            continue
        if not any(noun.text in phrase for phrase in draft.context):
            continue  # another instrument of the sentence
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and draft.parties[0] in parties_named(subject):
            return True
    return False


def _titled(noun: "Token", first: int) -> bool:
    return noun.i > first and noun.text[:1].isupper() and any(
        c.dep_ in _TITLE_DEPS and c.text[:1].isupper() for c in noun.lefts)
