from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..parties import sentences
from .vocab import _CLAUSE_DEPS, _CONTROL_DEPS, _NOT_SPEECH, _SUBJECT_DEPS, _lemmas, _vocab, _word_in, has_lemma, is_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _governor(trigger: "Token") -> "Token":
    """The verb whose clause holds the event: the trigger itself, or the first verb above a noun."""
    tok = trigger
    # a verb form that stands as a preposition ("following talks with X") is no clause of its own
    while (tok.pos_ not in ("VERB", "AUX") or (tok.dep_ == "prep" and tok.i != trigger.i)) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _clause(verb: "Token", keep: "Token") -> set[int]:
    """Token indices of a verb's clause, without the clauses nested in it (but with ``keep``)."""
    witness = _lemmas("witness_verb_lemmas")
    out: set[int] = set()
    stack = [verb]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        for child in tok.children:
            nested = child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX")
            if _remote_conj(child, keep):
                continue  # "met X in Lima and spoke by phone with Y": the call is another event
            if nested and child.lemma_.lower() not in witness and keep not in child.subtree and not _echo(child):
                continue
            stack.append(child)
    return out


def _echo(clause: "Token") -> bool:
    """ "X and Y were present at the signing, as was Z": a clause that repeats the event's
    predicate for another subject is part of the event."""
    return (
        clause.dep_ == "advcl"
        and has_lemma(clause, "echo_clause_verbs")
        and any(c.dep_ == "mark" and is_word(c, "echo_clause_marks") for c in clause.children)
    )


def _remote_conj(child: "Token", keep: "Token") -> bool:
    """A verb joined by "and" whose own phrase says it was by phone or video."""
    if child.dep_ != "conj" or child.pos_ != "VERB" or keep in child.subtree:
        return False
    words = _lemmas("remote_words")
    return any(
        g.lower_ in words for c in child.children if c.dep_ != "conj" for g in c.subtree
    )


def _chain(verb: "Token", *, through_relative: bool = True) -> list["Token"]:
    """Verbs the clause depends on, up to reported speech ("X met Y, DHS said" stops at met).

    Without ``through_relative``, also up to a relative clause: "petitions seeking to annul
    the deal that X signed" -- the seeking is about the petitions, not about the signing."""
    chain: list["Token"] = []
    tok = verb
    start, end = _sentence_bounds(verb)
    while tok.head.i != tok.i and tok.dep_ not in _NOT_SPEECH and start <= tok.head.i < end:
        if not through_relative and tok.dep_ == "relcl":
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            chain.append(tok)
    return chain


def _sentence_bounds(tok: "Token") -> tuple[int, int]:
    """The token range of the sentence (cut at blank lines, :func:`sentences`) holding a token:
    the parser may hang a headline's verb over the first paragraph."""
    doc = tok.doc
    if "meetings_sentences" not in doc.user_data:
        doc.user_data["meetings_sentences"] = [(s.start, s.end) for s in sentences(doc)]
    spans = doc.user_data["meetings_sentences"]
    at = bisect.bisect_right(spans, (tok.i, len(doc) + 1)) - 1
    if at >= 0 and spans[at][0] <= tok.i < spans[at][1]:
        return spans[at]
    return 0, len(doc)


def _path_up(verb: "Token") -> list["Token"]:
    """The tokens above a verb, up to reported speech."""
    path: list["Token"] = []
    tok = verb
    start, end = _sentence_bounds(verb)
    while tok.head.i != tok.i and tok.dep_ not in _NOT_SPEECH and start <= tok.head.i < end:
        tok = tok.head
        path.append(tok)
    return path


def _subjects(verb: "Token") -> list["Token"]:
    """The subject of a clause, borrowed from the verb above for a non-finite one."""
    tok = verb
    while True:
        subjects = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
        if tok.dep_ == "relcl" and any(is_word(c, "relative_pronouns") for c in subjects):
            subjects = [tok.head]  # "Mena, who met Trump": the noun the clause describes
        if subjects:
            out = []
            for s in subjects:
                out.append(s)
                out.extend(c for c in s.children if c.dep_ == "conj")
            return out
        if tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "attr" and tok.head.pos_ == "NOUN":
            # "X was the first minister to sit down with Y": the one the predicate describes
            described = [c for c in tok.head.head.children if c.dep_ in _SUBJECT_DEPS]
            if described:
                return described
        if tok.dep_ == "acl" and tok.head.pos_ in ("PROPN", "NOUN"):
            return [tok.head]  # "with Foreign Minister X signing"
        if tok.dep_ not in _CONTROL_DEPS or tok.head.i == tok.i:
            return []
        tok = tok.head


def _remote(trigger: "Token", clause: set[int], sent: "Span") -> bool:
    """Talks by phone or video are no meeting: nobody met."""
    words = _lemmas("remote_words")
    doc = trigger.doc
    other = {t.i for c in trigger.children if _remote_conj(c, trigger) for t in c.subtree}
    # "met at the hotel, hours after the White House released a memo of their phone call": a
    # clause with a subject of its own tells of another event
    other |= {
        t.i for c in trigger.children
        if c.dep_ == "advcl" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for t in c.subtree
    }
    near = clause | {t.i for t in trigger.subtree if sent.start <= t.i < sent.end and t.i not in other}
    return any(doc[i].lower_ in words for i in near)


def _negated_or_floated(trigger: "Token", verb: "Token") -> bool:
    """"did not meet", "will not sign", "would not travel to meet", "hopes to meet", "could hold
    talks", "proposed talks"."""
    chain = _chain(verb, through_relative=False)
    for tok in (trigger, verb, *_purpose_of(verb)):
        if _negated(tok):
            return True  # "did not meet"; "would no longer travel to Kuwait to witness the signing"
    for tok in (trigger, verb):
        if any(c.dep_ == "aux" and c.lower_ in _lemmas("floated_modals") for c in tok.children):
            return True
    floated = _lemmas("floated_lemmas")
    return any(_word_in(t, floated) for t in [verb, *chain] if t.i != trigger.i)


def _purpose_of(verb: "Token") -> list["Token"]:
    """The verbs of its sentence a non-finite verb is the purpose or complement of: "travel"
    for "would no longer travel to Kuwait to witness the signing"."""
    out = []
    start, end = _sentence_bounds(verb)
    while (
        verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX")
        and start <= verb.head.i < end
    ):
        verb = verb.head
        out.append(verb)
    return out


def _negated(tok: "Token") -> bool:
    """A verb with a negation of its own ("not", or the "no" of "no longer")."""
    return any(
        (c.dep_ == "neg" and not _contrastive(c)) or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))
        for c in tok.children
    )


def _contrastive(neg: "Token") -> bool:
    """ "signed by X, not by Y": the "not" rules out a person, not the event."""
    return neg.i > neg.sent.start and neg.doc[neg.i - 1].text in (",", ";", "—", "–")


def _one_sided(trigger: "Token") -> bool:
    """A signing of a document nobody else signs (a decree, a law) is no meeting, nor is
    signing off on something ("X signed off on the funding level": approved it)."""
    if any(c.dep_ == "prt" and is_word(c, "approval_particles") for c in trigger.children):
        return True
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ in ("NOUN", "PROPN"):
        noun = trigger.head
        objects.append(noun)
        # "the executive order on migration signed by X": the document is the noun the phrase hangs on
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
            objects.append(noun)
    return any(has_lemma(o, "one_sided_documents") and not _joint(o) for o in objects) and not _signed_by_several(trigger)


def _signed_by_several(trigger: "Token") -> bool:
    """ "Presidents X and Y sign the Brasilia Presidential Act": an act two named people sign
    together is a joint one, whatever its name."""
    signers = [c for c in trigger.children if c.dep_ == "nsubj"]
    signers += [o for c in trigger.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    # the names that begin in the signers' phrases (the parser may hang one on the other)
    named = [t for s in signers for t in s.subtree if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
    return len(named) >= 2


def _joint(document: "Token") -> bool:
    """ "a letter of understanding", "a letter of intent": a document two sides sign; "the
    letter" after the article named a letter of intent is that document again."""
    if _names_joint(document):
        return True
    return any(c.dep_ == "det" and is_word(c, "definite_determiners") for c in document.children) and any(
        t.lemma_ == document.lemma_ and _names_joint(t) for t in document.doc[: document.i]
    )


def _names_joint(document: "Token") -> bool:
    return any(
        is_word(p, "genitive_prepositions") and any(has_lemma(c, "joint_document_complements") for c in p.children)
        for p in document.children if p.dep_ == "prep"
    )


def _locative(tok: "Token") -> bool:
    """Whether a place name stands where an event happens: "in Miami", "visit San Salvador"."""
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and is_word(tok.head, "genitive_prepositions") and has_lemma(tok.head.head, "sideline_nouns"):
        return True  # "on the sidelines of the UN General Assembly"
    if tok.dep_ == "pobj" and is_word(tok.head, "genitive_prepositions") and has_lemma(tok.head.head, "settlement_nouns"):
        return _locative(tok.head.head)  # "in the seaside resort of Le Touquet": where the resort is
    if tok.dep_ == "pobj" and tok.head.head.lower_ in _lemmas("title_heads"):
        return False  # "the U.S. ambassador in San Salvador": where the post is, not the event
    if tok.dep_ == "pobj":
        return is_word(tok.head, "locative_prepositions")
    return tok.dep_ == "dobj" and has_lemma(tok.head, "place_object_verbs")


def _standing_role(verb: "Token") -> bool:
    """"X, who co-chairs the caucus, said": a relative clause in the simple present about a
    person tells what they do as a rule, not an event."""
    word = [verb]  # "co-chairs" may be parsed as three words, the relative clause on the first
    while word[0].i > 0 and not word[0].doc[word[0].i - 1].whitespace_:
        word.insert(0, word[0].doc[word[0].i - 1])
    return verb.tag_ in ("VBZ", "VBP") and any(
        t.dep_ == "relcl" and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and is_word(c, "relative_pronouns") for c in t.children)
        for t in word
    )
