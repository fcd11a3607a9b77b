"""Whether a signing the text mentions took place: not negated, refused, only floated
("pressed X to sign"), conditional ("if", "until"), future or modal, nor the purpose of
another act; and the clause chains ("scheduled ... to sign") a signing's date and subject
may hang on. Words: ``grammar`` and ``floating_verbs`` of agreement_terms.json; refusal and
acceptance verbs: ``patterns/agreement_signing.json``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...parse import doc_text
from .reading import reading
from .vocab import is_sign_lemma, is_sign_verb, vocab, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token



def clause_chain(verb: "Token", *, own_subject_stops: bool = False) -> set[int]:
    """The verb and the verbs it is the purpose, complement or conjunct of.

    "scheduled to be there on Wednesday to sign", "told reporters after signing":
    dates and subjects of those verbs are the signing's too; "said ... would announce
    ... after they signed" (a reported clause) is not climbed. With ``own_subject_stops``
    (for signers) a verb with a noun for subject is not climbed from: in "X held talks
    before ministers signed the accord" the ministers signed, not X.
    """
    chain = {verb.i}
    node = verb
    while node.head != node:
        if own_subject_stops and any(
            c.dep_ in words("subject_deps") and c.pos_ in ("NOUN", "PROPN") for c in node.children
        ):
            break
        if node.dep_ in ("xcomp", "advcl", "conj"):
            node = node.head
        elif (
            node.dep_ == "pcomp"
            and node.head.dep_ == "prep"
            and not keeps_from(node.head)
            and node.head.head != node.head
        ):
            # "told reporters after signing", "became the third, with X signing": the
            # verb the preposition hangs on; not "barred X from signing"
            node = node.head.head
        else:
            break
        chain.add(node.i)
    return chain


def keeps_from(prep: "Token") -> bool:
    """A preposition that says the signing did not happen: "from", "without", "against",
    "instead of"."""
    word = prep.lower_
    pairs = vocab()["grammar"]["preventing_pairs"]
    if word in pairs and prep.i > 0:
        return prep.doc[prep.i - 1].lower_ in pairs[word]
    return word in words("preventing_prepositions")


def asserted(verb: "Token") -> bool:
    """The text says the signing took place: not a future or possible one ("would receive X
    to agree on ...", "will sign"), nor the purpose of another act ("met X to agree on")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "who did not sign the agreement"
    if verb.dep_ in ("xcomp", "attr", "ccomp") and verb.head.pos_ == "AUX" and any(
        c.dep_ == "csubj" and any(g.dep_ == "neg" for g in c.children) for c in verb.head.children
    ):
        return False  # "What X has not done is sign the agreement"
    node = verb
    for i in sorted(clause_chain(verb), key=lambda i: abs(i - verb.i)):
        node = verb.doc[i]
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in words("modals") for c in node.children):
            return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return not (infinitive and verb.dep_ == "advcl")


def other_clauses(head: "Token", sent: "Span") -> list[tuple[int, int]]:
    """Char ranges (in the sentence) of conjoined clauses that do not contain the mention.

    "The United States signed a similar agreement with X and negotiates another with Y":
    Y and "negotiates" belong to the second clause, not to the agreement with X.
    """
    mine = {head.i} | {a.i for a in head.ancestors}
    out = []
    for tok in sent:
        if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        if tok.i in mine:
            continue
        left, right = tok.left_edge, tok.right_edge
        if left.i <= head.i <= right.i:
            continue
        # the clause starts at its conjunction ("and negotiates ...")
        start = min([left.idx] + [c.idx for c in tok.head.children if c.dep_ == "cc" and head.i < c.i < tok.i])
        out.append((start - sent.start_char, right.idx + len(right.text) - sent.start_char))
    return out


def is_refused(noun: "Token") -> bool:
    """The agreement is one a party will not sign: "will not sign", "refused to sign",
    "rejected", "has yet to sign", "there will be no agreement"."""
    if any(c.dep_ == "det" and c.lower_ in words("negative_determiners") for c in noun.children):
        return True
    first = noun.left_edge
    if first.i > 0 and noun.doc[first.i - 1].dep_ == "neg":
        return True  # "It is a cooperation agreement, not a safe third country agreement"
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if verb.lemma_.lower() in words("identity_lemmas") and noun.dep_ in ("attr", "dobj", "pobj") and any(c.dep_ == "neg" for c in verb.children):
        return True  # "the text is not a safe third country agreement": a kind denied
    refusing = reading(noun.doc).refusing
    holding = verb.lemma_.lower() in words("holding_lemmas")  # "X does not have a deal with Y"
    if verb.i in reading(noun.doc).accepting or is_sign_verb(verb) or holding:
        # "X is not going to sign ...": the negation may sit on the verb it is the complement of
        negated = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        # "What X has not done is sign ...": on the clause that is the copula's subject
        # (also when the parser hangs that clause elsewhere: the "what" clause right before it)
        cleft = verb.dep_ in ("xcomp", "attr", "ccomp") and verb.head.pos_ == "AUX"
        negated += [c for c in verb.head.children if c.dep_ == "csubj"] if cleft else []
        negated += [t.head for t in noun.doc[max(0, verb.head.i - 8) : verb.head.i] if cleft and t.tag_ == "WP" and t.head.i < verb.head.i]
        if any(c.dep_ == "neg" for v in negated for c in v.children):
            return True
        before = doc_text(noun.doc)[max(0, verb.idx - 40) : verb.idx]
        if re.search(vocab()["negation_before_status"], before, re.I):
            return True
    if verb.i in refusing:
        return True
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.i in refusing


def is_floated(noun: "Token") -> bool:
    """The agreement is only floated: one party pressing another or proposing it.

    "Washington pressed Mexico to sign a safe third country agreement", "pushed for a
    deal", "proposed a pact", "is exploring a deal", "sounding out X about a deal",
    "talks on an agreement": not an agreement of the article (an announced signing,
    "is expected to sign", is). The floating verb must take the agreement as its object
    (directly or through "for"/"on") or govern the signing verb that does.
    """
    pressure = set(vocab()["floating_verbs"])
    clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is not None and any(c.dep_ == "mark" and c.lower_ in words("condition_markers") for c in clause.children):
        return True  # "if Mexico signed a safe third country agreement"
    node = noun
    talks = set(vocab()["talk_nouns"])
    while node.head != node and node.head.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "prep" and node.lower_ in words("talk_prepositions") and node.head.lower_ in talks:
            return True  # "talks on a deal with X": only discussed
        if node.dep_ not in ("pobj", "prep", "conj", "appos"):
            return False
        node = node.head
    verb = node.head if node.head != node else None
    if verb is None:
        return False
    direct = node.dep_ in ("dobj", "nsubjpass") or (node.dep_ == "prep" and node.lower_ in words("floating_prepositions"))
    if node.dep_ == "pobj" and verb.dep_ == "prep" and verb.head != verb:
        # "would consider further steps, including a deal": a participle listing what the
        # verb above it takes, so the deal is that verb's object
        node, verb, direct = verb, verb.head, True
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ == "dobj":
            node, verb = verb, verb.head  # "consider further steps, including a deal": the steps'
    if verb.lemma_.lower() in pressure:
        return direct
    pending = verb.lemma_.lower() in vocab()["pending_lemmas"]
    if direct and pending and verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children):
        return True  # "X is negotiating its own arrangement with Y": not made yet
    if direct and pending and verb.tag_ == "VB" and any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True  # "he will travel to X to discuss a similar arrangement": not made yet
    if node.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "prep" and c.lower_ in words("pending_prepositions")
        and any(o.dep_ == "pobj" and o.lower_ in vocab()["pending_nouns"] for o in c.children)
        for c in verb.children
    ):
        return True  # "an MoU with X is under negotiation"
    if node.dep_ == "attr" and any(c.dep_ == "csubj" and c.lemma_.lower() in pressure for c in verb.children):
        return True  # "What is needed is an agreement between X and Y"
    committed = node.dep_ == "prep" and node.lower_ in words("commitment_prepositions")
    if committed and verb.dep_ in ("xcomp", "ccomp", "acl", "relcl") and verb.head.lemma_.lower() in pressure:
        return True  # "dropped a demand that Mexico commit to a safe third country agreement"
    if not (is_sign_lemma(verb) or verb.i in reading(verb.doc).accepting):
        return False
    if verb.dep_ in ("xcomp", "ccomp", "acl") and verb.head.lemma_.lower() in pressure:
        return True  # "pressed X to sign ...", "its demand that X accept ..."
    # "a reference to the US demand that X sign ...": the parser may hang the clause on
    # another noun; the word right before its "that" is what it is the content of
    first = verb.left_edge
    return (
        first.dep_ == "mark" and first.head == verb and first.i > 0
        and verb.doc[first.i - 1].lemma_.lower() in pressure
    )


def pronoun_subject(verb: "Token", *, plural: bool = False) -> bool:
    """A signing verb whose subject is a pronoun for people (``subject_pronouns``; with
    ``plural`` only ``plural_subject_pronouns``: "they signed")."""
    role = "plural_subject_pronouns" if plural else "subject_pronouns"
    # "he traveled to X and signed ...": a conjoined verb without a subject shares the first one's
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in words(role) for c in verb.children) or counted_people(verb)


def counted_people(verb: "Token") -> bool:
    """ "The two men signed": a subject noun for people counted by a plural pronoun word
    (``plural_subject_pronouns``), not a word for the parties ("the two governments")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in words("party_nouns") and c.pos_ == "NOUN" and c.ent_type_ == ""
        and any(n.dep_ == "nummod" and n.lower_ in words("plural_subject_pronouns") for n in c.children)
        for c in verb.children
    )


def counted_agents(noun: "Token", named: int) -> bool:
    """ "the agreement reached by the two ministers": an agreement noun whose participle's agent
    is a noun for people counted as a pair (``plural_subject_pronouns``), or whose participle
    says the meeting it came of ("the agreement reached at the meeting", ``occasion_nouns``),
    when ``named``, the people the sentence before named, are a pair too."""
    return named == 2 and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and (any(
            n.dep_ == "nummod" and n.lower_ in words("plural_subject_pronouns") and n.like_num
            for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
            and p.ent_type_ == "" and p.lower_ not in words("party_nouns") for n in p.children
        ) or any(
            p.lower_ in words("occasion_nouns") and any(d.lower_ in words("definite_determiners") for d in p.children)
            for a in c.children if a.dep_ == "prep" and a.lower_ in words("circumstance_prepositions")
            for p in a.children if p.dep_ == "pobj"
        ))
        for c in noun.children
    )


def pronoun_referents(verb: "Token", people: list, last_people: list[str], last_person: str | None) -> list[str]:
    """Who the pronoun subject of a signing stands for: "Hill said the agreement she signed
    ...": the person named just before in the sentence (``people``: names and spans), else the
    last one of the sentences before; "X met Y in Tegucigalpa, and they signed ...": every
    person named before; "X met his counterpart Y. The two signed ...": the people of the
    sentence before ("the two ministers": both people, or none)."""
    before = [n for n, e in people if e.end <= verb.i and e.root.i not in pronoun_partners(verb)]
    plural = pronoun_subject(verb, plural=True)
    referents = before if before and plural else before[-1:]
    two = counted_people(verb)
    return referents or (last_people if plural and len(last_people) >= 2 else [last_person] if last_person and not two else [])


def pronoun_partners(verb: "Token") -> set[int]:
    """The words coordinated with a pronoun subject ("he and X signed": X's), who are not
    what the pronoun stands for."""
    return {
        t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in words("subject_pronouns")
        for t in c.subtree if t.i != c.i
    }


def concluding_verb(noun: "Token") -> "Token | None":
    """The signing verb said to have happened whose direct object the noun is, also as a later
    conjunct of that object ("concluded labour and mobility arrangements with A and B")."""
    node = noun
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    verb = node.head
    return verb if node.dep_ == "dobj" and is_sign_verb(verb) and asserted(verb) else None


def passive_partners(noun: "Token", mentioned: list, sent: "Span") -> list[str]:
    """ "The first recruitment agreement was signed with Italy": the states a passive signing
    of the noun was made "with" (its subject is the noun), when it took place; not when it
    says its signers ("signed by A and B, together with C": C signed it too)."""
    from .vocab import _NAMED

    verb = noun.head
    if noun.dep_ != "nsubjpass" or not is_sign_verb(verb) or not asserted(verb) or any(c.dep_ in ("neg", "agent") for c in verb.children):
        return []
    companions = set(vocab()["companion_adverbs"])
    spans = [(w.left_edge.idx - sent.start_char, w.right_edge.idx + len(w.right_edge.text) - sent.start_char)
             for w in verb.children if w.dep_ == "prep" and w.lower_ in vocab()["partner_prepositions"]
             and not (w.i > 0 and w.nbor(-1).lower_ in companions)]
    return list(dict.fromkeys(c.name for c in mentioned if c.via in _NAMED and any(s <= c.start < e for s, e in spans)))


def signs_another_thing(verb: "Token", phrases: set[int]) -> bool:
    """A signing of a noun that is no agreement (``phrases`` are the tokens of the sentence's
    agreement phrases): "in line with an executive order signed by X", "Congress passed a
    law, which President X signed": its signer signed no agreement of the sentence."""
    from ..parties import countries_in

    head = verb.head
    if verb.dep_ not in ("acl", "relcl") or head.pos_ not in ("NOUN", "PROPN") or head.i in phrases:
        return False
    if verb.dep_ == "acl":
        return head.pos_ == "NOUN" and any(c.dep_ == "agent" for c in verb.children)
    # "which X signed": the relative pronoun is its object; a state it hangs on is a misparse
    relative = any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in words("relative_pronouns") for c in verb.children)
    return relative and not countries_in(head.doc[head.i : head.i + 1])
