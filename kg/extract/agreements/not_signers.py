"""Who among the people of a signing sentence signed nothing: people the text rules out
("not by Y"), witnesses ("in the presence of Z"), heads of a government named through it
("the government of X signed"), names that only qualify a noun ("the Specified Skilled
Worker system"), and places the tagger took for people. Read by :func:`.signing.find_signers`,
which decides who did sign.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...gazetteer import capital_country, country, place_names
from .vocab import grammar_regex, vocab, words

if TYPE_CHECKING:
    from spacy.tokens import Span


def leads_body(ent: "Span") -> bool:
    """The person is named as the head of a government (``led_body_nouns``): "the government
    of X", "X's administration"."""
    root = ent.root
    owner = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ == "poss" else None
    return owner is not None and owner.lemma_.lower() in words("led_body_nouns")


def ruled_out(ent: "Span") -> bool:
    """The text denies the person's part: "not by Y", "rather than Y", "instead of Y"."""
    for node in [ent.root, *ent.root.ancestors]:
        if node.pos_ in ("VERB", "AUX"):
            return False
        if any(c.dep_ == "neg" for c in node.children):
            return True
        before = node.doc[max(0, node.left_edge.i - 2) : node.left_edge.i].text.lower()
        if node.dep_ in ("prep", "pobj", "conj", "appos") and grammar_regex("denial_before").search(before):
            return True
    return False


def is_witness(ent: "Span") -> bool:
    """The person only attended the signing: "in the presence of Z", "in Z's company"."""
    for node in ent.root.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            return False
        if node.lemma_.lower() in words("witness_nouns"):
            return True
    return False


def is_place(name: str) -> bool:
    """A name of a place or state (a capital the tagger took for a person)."""
    return name in place_names() or capital_country(name) is not None or country(name) is not None


def qualifies_noun(ent: "Span") -> bool:
    """A name that only qualifies a common noun after it ("on the Specified Skilled Worker
    system", "the Kigali Declaration's Hassan Centre"): a programme or a thing named after
    someone, no person at the signing."""
    root, head = ent.root, ent.root.head
    if head.lower_.endswith(vocab()["grammar"]["gerund_suffix"]):
        return False  # "with Minister X signing": the tagger took the signing for a noun
    # not a title: the parser also hangs a name coordinated with one on it ("Secretary X and
    # Y's foreign minister, Z, signed"), and a title after a name is its post
    return (root.dep_ in ("compound", "nmod") and head.pos_ == "NOUN" and head.i not in range(ent.start, ent.end)
            and head.lemma_.lower() not in words("signer_title_heads"))


def named_as_place(ent: "Span") -> bool:
    """A name the text gives as where the signing was ("signed ... in Nusa Dua", grammar
    ``venue_prepositions``): a place the tagger took for a person, even one no gazetteer knows."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in words("venue_prepositions")
