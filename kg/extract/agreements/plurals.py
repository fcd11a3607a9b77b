"""The states a plural agreement noun without a kind names one agreement each with: "the
agreements the US concluded with X, Y and Z" (a signing clause of its own), "signed
agreements with all three countries" (the object of a signing), "Agreements with Kenya and
Uzbekistan followed" (with the article's main party), "agreements signed in recent months:
A in July, B ..." (a list after a colon). The first state is the one they are all with.
"X has labour agreements with A and B", "X's deals with A and B" (one state holds them, each
with it), "the A and B agreements" (each with the article's main party).
Also "similar deals with X and Y": one per state, of the kind of the agreement just reported
(a body's, when the agreement just reported is a body's with a state).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parties import US, countries_in, names
from .clauses import asserted, concluding_verb
from .counterparts import igos, parties_named, signing_subject
from .counts import colon_listed
from .model import Draft
from .vocab import _NAMED, BY_NAME, government_words, is_sign_verb, vocab, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def concluded_with(head: "Token", mentioned: list, sent: "Span", parties: list[str], top: str | None, definite: bool) -> list[str]:
    """[the shared party, then each other one] of a plural noun, or [] when it names no
    concrete agreements; ``parties`` are those the mention's scope names."""
    concluded = signed_with(head, mentioned, sent) or signed_plural(head, mentioned, sent) or listed_within(head, mentioned, sent)
    concluded = concluded or held_with(head, mentioned, sent)
    if not concluded and (verb := concluding_verb(head)) is not None:
        # "the administration signed agreements with all three countries": one each
        who = signing_subject([verb], parties_named(verb))
        # not the states of a clause of its own under the verb ("A signed a memorandum with
        # B; C has signed agreements with D and E": D's and E's with C, not A's)
        clauses = [(k.left_edge.idx - sent.start_char, k.right_edge.idx + len(k.right_edge.text) - sent.start_char)
                   for k in verb.children if k.dep_ in ("ccomp", "conj", "parataxis", "advcl") and k.pos_ in ("VERB", "AUX")]
        apart = {c.name for c in mentioned if any(s <= c.start < e for s, e in clauses)}
        others = [p for p in parties if p != who and p not in apart]
        concluded = [who, *others] if who and others else []
    if not concluded and top is not None:
        # "Agreements with Kenya and Uzbekistan followed": one each with the main party
        partners = [p for p in partnered_plural(head, mentioned, sent, definite) if p != top]
        # "agreements signed in recent months: A in July, B on September 20 ..."
        partners = partners if len(partners) >= 2 else [p for p in colon_listed(head, mentioned, sent) if p != top]
        # "the Qatar and United Arab Emirates agreements would also be reviewed": one each
        partners = partners if len(partners) >= 2 else [p for p in coordinated_modifiers(head) if p != top]
        concluded = [top, *partners] if len(partners) >= 2 else []
    return concluded

def coordinated_modifiers(noun: "Token") -> list[str]:
    """The states a plural agreement noun's coordinated modifiers name ("the Qatar and Oman
    deals", "the Bolivian and Argentine agreements"), each a partner of its own; not the
    pair of one hyphenated modifier ("the EU-Turkey deals")."""
    mods = [c for c in noun.children if c.dep_ in words("modifier_deps")]
    if not any(c.dep_ == "conj" for m in mods for c in m.children):
        return []
    return names(countries_in(" ".join("".join(t.text_with_ws for t in m.subtree) for m in mods)))


def held_with(noun: "Token", mentioned: list, sent: "Span") -> list[str]:
    """ "X has labour agreements with A, B and C", "X's deals with A and B were reviewed": a
    plural agreement noun that one state holds (the subject of a holding verb said plainly,
    or the noun's possessor) and that is "with" two or more states is one agreement per
    state, each with the holder."""
    withs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in vocab()["partner_prepositions"]]
    if not withs:
        return []
    node = noun
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    verb = node.head
    holders: list[str] = []
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PROPN":
        holders = parties_named(owner)
    elif node.dep_ == "dobj" and verb.lemma_.lower() in words("holding_lemmas") and asserted(verb):
        holders = [p for s in verb.children if s.dep_ in words("subject_deps") for p in parties_named(s)]
    if len(set(holders)) != 1:
        return []
    spans = [(w.left_edge.idx - sent.start_char, w.right_edge.idx + len(w.right_edge.text) - sent.start_char) for w in withs]
    partners = [p for p in names([c for c in mentioned if c.via in _NAMED and any(s <= c.start < e for s, e in spans)]) if p != holders[0]]
    return [holders[0], *partners] if len(partners) >= 2 else []


def signed_plural(noun: "Token", mentioned: list, sent: "Span") -> list[str]:
    """ "rewarding X, Y and Z for signing agreements that let the United States send
    asylum seekers to them": a plural agreement noun that is the object of a signing
    said to have happened, the United States named in its own phrase, is one agreement
    per other country of the sentence (at least two), each with the United States."""
    verb = noun.head
    if noun.dep_ != "dobj" or not is_sign_verb(verb) or not asserted(verb):
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    start = noun.left_edge.idx - sent.start_char
    end = noun.right_edge.idx + len(noun.right_edge.text) - sent.start_char
    if not any(c.name == US and c.via == BY_NAME and start <= c.start < end for c in mentioned):
        return []
    others = list(dict.fromkeys(c.name for c in mentioned if c.name != US and not start <= c.start < end))
    return [US] + others if len(others) >= 2 else []


def listed_within(noun: "Token", mentioned: list, sent: "Span") -> list[str]:
    """ "suspended agreements struck by X that allowed A to send asylum seekers to B, C and D":
    a plural agreement noun said to be made (the object of a signing, or with a signing
    participle of its own) whose phrase names one list of states (two or more, coordinated)
    and one state apart from it, the subject of a clause, is one agreement per state of the list,
    each with that one."""
    verb = noun.head if noun.dep_ == "dobj" else None
    made = verb is not None and is_sign_verb(verb) and asserted(verb) and not any(c.dep_ == "neg" for c in verb.children)
    made = made or any(c.dep_ == "acl" and c.tag_ == "VBN" and is_sign_verb(c) for c in noun.children)
    if not made:
        return []
    first, last = noun.left_edge.idx - sent.start_char, noun.right_edge.idx - sent.start_char
    spans = [(c, sent.char_span(c.start, c.end, alignment_mode="expand")) for c in mentioned if c.via == BY_NAME]
    # a state's head word, which its conjuncts hang on ("El Salvador" by "Salvador")
    states = [(c, span.root) for c, span in spans if span is not None and first <= c.start <= last and span.root.i != noun.i]
    listed = {t.i for _, t in states if any(o.i in {u.i for _, u in states} for o in t.conjuncts)}
    group = names([c for c, t in states if t.i in listed])
    # the one apart is a subject there ("allowed A to send"), not another partner ("as well as with D")
    apart = names([c for c, t in states if t.i not in listed and c.name not in group and t.dep_ in words("subject_deps")])
    return [apart[0], *group] if len(group) >= 2 and len(apart) == 1 else []


def partnered_plural(noun: "Token", mentioned: list, sent: "Span", definite: bool = False) -> list[str]:
    """ "Agreements with Kenya and Uzbekistan followed in September": the states (two or more)
    a plural agreement noun is "with", when its clause says they came about (a past verb, not
    negated, modal, sought nor floated); each is an agreement with the article's main party.
    A ``definite`` plural ("has begun terminating the agreements with A, B and C") names
    agreements that exist whatever the tense of its verb."""
    withs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in vocab()["partner_prepositions"]]
    # "Agreements with A and B, signed in September, have not yet been put into effect": their
    # own signing says they came about, whatever the main clause says of them
    own = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and is_sign_verb(c) and c.tag_ in ("VBN", "VBD")), None)
    verb = own or next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if not withs or verb is None or not asserted(verb) or not (_past(verb) or verb is own or definite):
        return []
    if verb.lemma_.lower() in set(vocab()["seeking_lemmas"]) | set(vocab()["floating_verbs"]):
        return []
    spans = [(w.left_edge.idx - sent.start_char, w.right_edge.idx + len(w.right_edge.text) - sent.start_char) for w in withs]
    named = names([c for c in mentioned if c.via in _NAMED and any(s <= c.start < e for s, e in spans)])
    return named if len(named) >= 2 else []


def _past(verb: "Token") -> bool:
    """A verb that tells a thing done: a simple past, or a participle of a perfect."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() in words("perfect_auxiliaries") for c in verb.children)
    )


def signed_with(noun: "Token", mentioned: list, sent: "Span") -> list[str]:
    """The countries of a signing relative clause on a plural agreement noun ("the agreements
    the United States had concluded with X, Y and Z"), the United States first if named."""
    for clause in noun.children:
        if clause.dep_ in ("relcl", "acl") and is_sign_verb(clause) and asserted(clause):
            start = clause.left_edge.idx - sent.start_char
            end = clause.right_edge.idx + len(clause.right_edge.text) - sent.start_char
            inside = names([c for c in mentioned if start <= c.start < end and c.via in _NAMED])
            if [n for n in inside if n != US]:
                return inside
    return []


def similar_deals(
    noun: "Token", countries, sent: "Span", drafts: list[Draft]
) -> tuple[str | None, list[str], str | None] | None:
    """ "similar deals with Guatemala, signed in July, and El Salvador": one per country named
    after the noun, of the kind of the agreement just reported; "Both signed similar
    agreements with X": one per country of the subject, each with X (the counterpart); "X has
    signed similar agreements with A and B": one per country after the noun, each with X.
    Deals sought ("to seal immigration deals with ...") or without "similar" are a class of
    deals, not concrete ones. Gives (kind, parties, counterpart or None).
    """
    if not any(c.dep_ == "amod" and c.lower_ in vocab()["similar_words"] for c in noun.children):
        return None
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    # "to seal similar deals", "is seeking similar deals"; but "had reached similar arrangements" were made
    # ("similar deals reached with X on July 26": a participle without auxiliary, made too)
    done = verb is not None and (_past(verb) or verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    sought = verb is not None and verb.lemma_.lower() in vocab()["seeking_lemmas"] and not (is_sign_verb(verb) and done)
    if verb is not None and (
        sought or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return None
    offset = noun.idx + len(noun.text) - sent.start_char
    # "..., and an MoU with Kuwait is under negotiation": a clause of its own subject names its own deal
    cut = min((c.left_edge.idx - sent.start_char for c in (verb.children if verb is not None else ())
               if c.dep_ == "conj" and c.i > noun.i and c.pos_ in ("VERB", "AUX")
               and any(g.dep_ in words("subject_deps") for g in c.children)), default=len(sent.text))
    after = names([c for c in countries if offset <= c.start < cut])
    before = names([c for c in countries if c.start < offset])
    counterpart = None
    if before and after and len(after) == 1 and not set(after) & set(before):
        counterpart = after[0]  # "Both signed similar agreements with X": the subject's, with X
        after = before + after
    elif len(set(before)) == 1 and len(after) >= 2 and before[0] not in after and _subject_of(verb, before[0], sent):
        counterpart = before[0]  # "X has signed similar agreements with A and B": one each, with X
        after = before + after
    elif not after:
        after = before
    elif not before and drafts and len(bodies := [p for p in drafts[-1].parties if p in igos()]) == 1 and not set(after) & set(igos()):
        # "Similar agreements have been signed with A and B" after a body's deal with a state:
        # the body's with each, as it makes them with one state after another
        counterpart, after = bodies[0], bodies + after
    if not after:
        return None
    kind = drafts[-1].kind if drafts and drafts[-1].kind != "other" else None
    return kind, after, counterpart


def _subject_of(verb: "Token | None", party: str, sent: "Span") -> bool:
    """``party`` is named in the subject of ``verb`` (by a word for its government or a body
    named again too: "The commission has signed ...")."""
    again = government_words(sent)
    for subject in (c for c in verb.children if c.dep_ == "nsubj") if verb is not None else ():
        lo, hi = subject.left_edge.idx - sent.start_char, subject.right_edge.idx + len(subject.right_edge.text) - sent.start_char
        if party in parties_named(subject) or any(p == party and lo <= s < hi for s, _, p in again):
            return True
    return False
