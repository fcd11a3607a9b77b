"""Agreements a sentence names by a pronoun in place of an agreement noun, beside one it
names: "The accord joins those signed by A on July 26 and by B", "the agreement follows those
Washington concluded with A and with B", "the pact is similar to the one A signed in July",
"... intends to sign a third one with C". Each state the pronoun's clause names has an
agreement of the kind of the one the sentence names, with that agreement's shared party.
The pronouns are ``agreement_pronouns`` (``grammar`` of ``kg/data/agreement_terms.json``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parties import countries_in, names
from .counterparts import parties_named
from .bodies import organisation_parties
from .counterparts import Ranking, first_written, pronoun_precedent_ranges
from .merge import resolve
from .model import Draft, Mention, within_ranges
from .scope import scoped_countries
from .vocab import is_sign_lemma, is_sign_verb, vocab, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _subject(verb: "Token") -> "Token | None":
    """The subject of a verb, or of the verb it completes ("intends to sign": its subject's)."""
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ in words("subject_deps")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _clause(pronoun: "Token") -> "Token | None":
    """The signing that makes ``pronoun`` an agreement: its own relative or participial
    clause ("those signed by A", "the one A signed"), or the verb that signs it "with" a
    state ("sign a third one with C")."""
    for child in pronoun.children:
        # a clause that says who signed: its subject, its agent, or the state it was signed with
        if child.dep_ in ("relcl", "acl") and (is_sign_verb(child) or is_sign_lemma(child)) and any(
            c.dep_ in ("agent", *words("subject_deps")) or (c.dep_ == "prep" and c.lower_ in vocab()["partner_prepositions"])
            for c in child.children
        ):
            return child
    head = pronoun.head
    if pronoun.dep_ == "nummod" and head.dep_ in words("subject_deps") and (is_sign_verb(head.head) or is_sign_lemma(head.head)):
        return head.head  # "the one Belize signed" parsed as a number of "Belize"
    if pronoun.dep_ == "dobj" and (is_sign_verb(head) or is_sign_lemma(head)) and any(
        c.dep_ == "prep" and c.lower_ in vocab()["partner_prepositions"] for c in pronoun.children
    ):
        return head
    return None


def pronoun_clauses(sent: "Span") -> set[int]:
    """The signing verbs of the sentence's agreement pronouns' own clauses ("the one A signed
    on July 26"): what they tell is about those agreements."""
    return {
        clause.i for tok in sent
        if tok.lower_ in words("agreement_pronouns") and (clause := _clause(tok)) is not None and clause.i != tok.head.i
    }


def pronoun_ranges(sent: "Span") -> list[tuple[int, int]]:
    """Char ranges (in the sentence) of the agreement pronouns' phrases with their clauses."""
    out = []
    for tok in sent:
        if tok.lower_ in words("agreement_pronouns") and (clause := _clause(tok)) is not None:
            last = sent.doc[max(tok.right_edge.i, clause.right_edge.i if clause.i != tok.head.i else 0)]
            out.append((tok.left_edge.idx - sent.start_char, last.idx + len(last.text) - sent.start_char))
    return out


def pronoun_deals(sent: "Span", reference: Draft | None, hub: str | None = None) -> list[tuple[str, list[str]]]:
    """(shared party, the other states) of the agreements the sentence names by a pronoun,
    those of the kind and with the shared party of ``reference``, the agreement the sentence
    names with a noun; none without one. ``hub`` is the article's main party, the one its
    agreements are made with (:class:`.counterparts.Ranking`)."""
    if reference is None or len(set(reference.parties)) != 2:
        return []
    out: list[tuple[str, list[str]]] = []
    for tok in sent:
        if tok.lower_ not in words("agreement_pronouns") or tok.pos_ not in ("PRON", "DET", "NUM", "NOUN"):
            continue
        clause = _clause(tok)
        if clause is None:
            continue
        subject = _subject(clause)
        subject_parties = [p for p in parties_named(subject) if p in reference.parties] if subject is not None else []
        # "those Washington concluded with A": the subject's; "the Salvadoran agreement follows
        # the one A signed": the party not named before it; else the party the reference
        # agreement was signed with, not the one that signed it ("X signed ... with Y": Y)
        before = {p for p in names(countries_in(sent.doc[sent.start : tok.i].text)) if p in reference.parties}
        if len(subject_parties) == 1:
            shared = subject_parties[0]
        elif len(before) == 1:
            shared = next(p for p in reference.parties if p not in before)
        elif hub in reference.parties:
            # "The agreement is similar to one signed with A": the party the article's deals
            # are all made with, not the other party of this one
            shared = hub
        else:
            shared = _shared_party(reference)
        if shared is None:
            continue
        # the states of the pronoun's phrase, its clause included
        own_clause = clause.i != tok.head.i or tok.dep_ == "nummod"
        span = sent.doc[tok.left_edge.i : max(tok.right_edge.i, clause.right_edge.i if own_clause else 0) + 1]
        states = [s for s in names(countries_in(span.text)) if s != shared and s not in reference.parties]
        if states:
            out.append((shared, states))
    return out


def _shared_party(reference: Draft) -> str | None:
    """Of a two-party agreement, the party it was signed with: the one that is not its
    ``actor`` (the party the text says signed it)."""
    if reference.actor is None or reference.actor not in reference.parties:
        return None
    return next((p for p in reference.parties if p != reference.actor), None)


def add_pronoun_deals(sent: "Span", touched: list, drafts: list[Draft], ranking: Ranking, index: int, evidence) -> None:
    """Add to ``drafts`` the agreements :func:`pronoun_deals` finds, each "similar" to the
    first agreement the sentence names (it has that one's kind once the article is read)."""
    reference = touched[0][0] if touched else None
    for shared, states in pronoun_deals(sent, reference, ranking.main):
        like = Mention(None, 0, 0, False, False, None, counterpart=shared)  # its kind settled later
        for state in states:
            for draft in resolve(like, [state], drafts, ranking, index):
                if not any(draft is d for d in drafts):
                    draft.evidence, draft.similar_to, draft.last_sentence = evidence, reference, index
                    drafts.append(draft)


def deals_like_those(
    mention: Mention, head, countries: list, region: tuple[int, int], regions: list, sent, drafts: list[Draft],
    ranking: Ranking, index: int,
) -> list[Draft]:
    """The agreements "..., like those with C and D" names after an agreement that is only
    wished or refused: each of the first party written of that one's with C, with D."""
    alike = pronoun_precedent_ranges(sent)
    if not alike:
        return []
    scoped = scoped_countries(regions.index(region), head, countries, regions, sent)
    own = names([c for c in scoped if not within_ranges(c.start, alike)]) + organisation_parties(head, sent)
    partner = first_written(sent, own)
    out: list[Draft] = []
    for state in names([c for c in scoped if within_ranges(c.start, alike)]):
        like = Mention(mention.kind, mention.start, mention.end, False, False, None, counterpart=partner)
        out += [d for d in resolve(like, [state], drafts, ranking, index) if d not in out]
    return out
