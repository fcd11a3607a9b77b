"""Organisations that are parties to an agreement ("signed by X, Y and the UN refugee
agency"), told from bodies that only qualify another noun or name where it was signed; and the home
state of a body's officer, which is no party of what the officer signs.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..parties import owns_elided
from .counterparts import igos, organisations_in
from .vocab import agreement_word, is_sign_verb, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .. import Context


def organisation_parties(head: "Token", sent: "Span") -> list[str]:
    """Organisations that are parties: in the agreement's noun phrase ("an agreement with
    UNHCR") or the signing verb's subject or "with" phrase; an agency stands for its state."""
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    regions = [(head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))]
    closed = any(c.dep_ == "prep" and c.lower_ in words("closed_party_prepositions") for c in head.children)
    if verb is not None and not closed:  # "an agreement between A and B": A and B, whoever the subject is
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "agent") or (c.dep_ == "prep" and c.lower_ in words("party_prepositions")):
                regions.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)))
    regions += [_span(c) for v in _trailing_signings(head, sent) for c in v.children if c.dep_ in ("agent", "nsubj")]
    # "deals with UNHCR under a memorandum" (the parser's "deals" a noun): the party phrase of
    # the word the agreement's own preposition hangs on
    governor = head.head.head if head.dep_ == "pobj" and head.head.lower_ in words("under_prepositions") else None
    if governor is not None and governor != verb and not closed:
        regions += [_span(c) for c in governor.children if c.dep_ == "prep" and c.lower_ in words("party_prepositions")]
    out: list[str] = []
    for start, end, party in organisations_in(sent.text):
        at = sent.start_char + start
        node = _root_of(sent, at, sent.start_char + end)
        if _modifies_another(node, head) or owns_elided(sent.text[end : end + 20]):
            continue  # "head of X's UN-recognised government": a body that qualifies another noun
        if any(s <= at < e for s, e in regions) and party not in out and not _circumstance(node, head):
            out.append(party)
    return out


def _span(tok: "Token") -> tuple[int, int]:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def _trailing_signings(head: "Token", sent: "Span") -> list["Token"]:
    """Signing participles after the agreement noun whose nearest agreement noun before them
    is this one, however the parser hung them: "the Agreement on the return of refugees,
    signed by X, Y and UNHCR" (parsed as the refugees' signing)."""
    out = []
    for v in sent:
        if v.i > head.i and v.dep_ in ("acl", "relcl") and is_sign_verb(v):
            nearest = next((t for t in reversed(sent.doc[head.i : v.i]) if agreement_word(t)), None)
            if nearest == head:
                out.append(v)
    return out


def _root_of(sent: "Span", start: int, end: int) -> "Token | None":
    """The head word of the name between chars ``start`` and ``end``: "agency" in "the UN
    refugee agency", not its first word "UN", which only qualifies it."""
    inside = [t for t in sent if start <= t.idx < end] or [t for t in sent if t.idx >= start][:1]
    return next((t for t in inside if t.head not in inside or t.head == t), inside[0] if inside else None)


def _modifies_another(node: "Token | None", head: "Token") -> bool:
    """The organisation whose head word is ``node`` only qualifies a noun other than the
    agreement's ("UN-recognised government", "a UNHCR-run camp"), not "the UNHCR agreement"."""
    return node is not None and node.dep_ in words("modifier_deps") and node.head != head and node.head.pos_ in ("NOUN", "PROPN")


def _circumstance(node: "Token | None", head: "Token") -> bool:
    """The organisation whose head word is ``node`` names where or when the agreement was
    made, not who made it: "the letter that X and Y signed in New York, on the margins of the
    UN General Assembly". Going up from it, the first preposition of ``party_prepositions``
    ("with"), or the "by" of a signing verb ("signed by X, Y and UNHCR"), makes it a party,
    one of ``circumstance_prepositions`` ("in", "on", "at") a circumstance."""
    while node is not None and node != head and node.head != node:
        if node.dep_ == "prep" and node.lower_ in words("party_prepositions"):
            return False
        if node.dep_ == "agent" and is_sign_verb(node.head):
            return False
        if node.dep_ == "prep" and node.lower_ in words("circumstance_prepositions"):
            return True
        node = node.head
    return False


def with_home_state(parties: list[str], head: "Token", ctx: "Context") -> list[str]:
    """ "The Ministry of Justice and UNHCR signed an agreement": bodies alone, with a ministry
    that names no state (``home_government_nouns``) among the signing verb's subjects or
    partners, are with the state most of the article's officials serve (none on a tie)."""
    if not parties or not set(parties) <= igos():
        return parties
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    # "an arrangement the ministry signed with UNHCR": the relative clause's signing too
    verbs = [v for v in [verb, *(c for c in head.children if c.dep_ in ("relcl", "acl") and is_sign_verb(c))] if v is not None]
    sides = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "agent") or c.dep_ == "prep" and c.lower_ in words("party_prepositions")]
    nouns = [t for c in sides for t in c.subtree if t.lemma_.lower() in words("home_government_nouns")]
    if not nouns or any(t.ent_type_ in ("GPE", "NORP") for n in nouns for t in n.subtree):
        return parties
    served = Counter(o.country for o in ctx.officials if o.country and o.country not in igos()).most_common(2)
    if not served or len(served) > 1 and served[0][1] == served[1][1]:
        return parties
    return [*parties, served[0][0]]


def staff_homes(sent: "Span") -> list[tuple[int, int]]:
    """ "signed by the President of the UN General Assembly, Abdul Rahman Pazhwak of
    Afghanistan": the state a body's officer is from (a state attached to the name of a person
    whose post is a body's) is no party of what the officer signs. Offsets in the sentence;
    the document's officers are read once (:func:`_staff_homes`)."""
    base = sent.start_char
    return [(a - base, b - base) for start, end, a, b in _staff_homes(sent.doc) if sent.start <= start and end <= sent.end]


def _staff_homes(doc) -> list[tuple[int, int, int, int]]:
    """(first token, end token of the person, start char, end char of the home) of each
    state attached to the name of a person whose post is a body's, in the document."""
    from ...annotate.index import per_document
    from ...annotate.people import ATTR, people
    from ...gazetteer import country_by_name

    def build(doc) -> list[tuple[int, int, int, int]]:
        out = []
        for person in people(doc):
            serves = ((person._.get(ATTR) or {}).get("post") or {}).get("state")
            if not serves or country_by_name(serves) is not None:
                continue  # no post, or a state's: "President Ghani of Afghanistan" signs for it
            for prep in (c for t in person for c in t.children if c.pos_ == "ADP" and not person.start <= c.i < person.end):
                for obj in (o for o in prep.children if o.pos_ == "PROPN"):
                    out.append((person.start, person.end, obj.left_edge.idx, obj.idx + len(obj.text)))
        return out

    return per_document(doc, _STAFF_HOMES, build)


#: the ``doc.user_hooks`` key of :func:`_staff_homes`
_STAFF_HOMES = "kg_agreement_staff_homes"
