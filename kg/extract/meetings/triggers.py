from __future__ import annotations

from typing import TYPE_CHECKING

from .vocab import _lemmas, _not_meeting_regex, _vocab
from .syntax import _is_press_event
from .mentions import _People

if TYPE_CHECKING:
    from spacy.tokens import Token


def _is_trigger(tok: "Token") -> bool:
    """Whether a token announces a meeting on its own."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    v = _vocab()
    if _present_at(tok):
        return True
    if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
        if lemma in v["verb_particles"]:
            want = v["verb_particles"][lemma]
            return any(c.lower_ == want for c in tok.children)
        if lemma in _lemmas("verb_lemmas"):
            return True
        if lemma in _lemmas("person_object_verbs"):
            return any(c.dep_ == "dobj" and _names_a_person(c) for c in tok.children)
        if lemma in _lemmas("talk_verb_lemmas"):
            return _talks_on_a_trip(tok) or _talks_with(tok)
        if lemma in _lemmas("person_with_verbs"):
            # "would raise the case with X": talks with a person, not "raised concerns with the plan"
            holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # the parser may hang "with" on the object
            return any(
                c.dep_ == "prep" and c.lower_ == "with" and any(_names_a_person(o) for o in c.children if o.dep_ == "pobj")
                for h in holders for c in h.children
            )
        return False
    if tok.pos_ in ("NOUN", "PROPN"):
        if lower == "talk" or (lemma == "talk" and lower != "talks"):
            return False  # "a talk" is a speech; "talks" are negotiations
        if lemma not in _lemmas("noun_lemmas") and lower not in _lemmas("noun_lemmas"):
            return False
        before = tok.doc[max(tok.sent.start, tok.i - 3) : tok.i + 1].text
        if not _not_meeting_regex().search(before):
            return True
        # a press conference held together is a meeting of those who hold it (two or more: see _draft)
        joint = any(t.lower_ in ("joint", "shared") for t in tok.doc[max(tok.sent.start, tok.i - 4) : tok.i])
        return _is_press_event(tok) and (joint or _talks_with(tok))
    return False


def _present_at(tok: "Token") -> bool:
    """ "X was also in the room", "Y was present": someone at the event just told (it joins it)."""
    if tok.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    places = _lemmas("presence_places")
    for c in tok.children:
        if c.dep_ == "acomp" and c.lower_ in _lemmas("presence_words"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "at"):
            if any(o.dep_ == "pobj" and o.lemma_.lower() in places for o in c.children):
                return True
    return False


def _names_a_person(tok: "Token") -> bool:
    """A person, or a noun with a person in apposition ("his counterpart, X")."""
    return tok.ent_type_ == "PERSON" or any(
        c.dep_ in ("appos", "conj") and c.ent_type_ == "PERSON" for c in tok.children
    )


def _talks_on_a_trip(tok: "Token") -> bool:
    """"flew to San Salvador to discuss ...": talks are the purpose of a trip."""
    return tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in _lemmas("travel_verb_lemmas")


def _talks_with(tok: "Token") -> bool:
    """"discussed the plan with X": talks with someone (the parser may hang "with X" on the object)."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(_names_a_person(o) for o in c.children if o.dep_ == "pobj")
        for d in tok.children if d.dep_ == "dobj" for c in d.children
    )


def _is_signing(trigger: "Token") -> bool:
    return trigger.lemma_.lower() in _lemmas("agreement_verbs") or any(
        c.lemma_.lower() in _lemmas("agreement_verbs") for c in trigger.children
    )


def _joins(trigger: "Token", verb: "Token") -> bool:
    """ "X also attended the ceremony", "X was also in the room": someone joining the meeting
    just spoken of."""
    return _present_at(trigger) or (
        trigger.pos_ in ("NOUN", "PROPN")
        and verb.lemma_.lower() in _lemmas("joining_verbs")
        and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in trigger.children)
    )


def _anaphoric(trigger: "Token", people: _People) -> bool:
    """"the meeting", "that meeting", naming nobody: the meeting the article spoke of last."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in trigger.children):
        return False
    return not any(t.i in people.by_token for t in trigger.subtree)


def _distinct(trigger: "Token", verb: "Token") -> bool:
    """"will also participate in a bilateral meeting", "another meeting": a new event."""
    markers = _lemmas("distinct_markers")
    return any(c.lower_ in markers for tok in (trigger, verb) for c in tok.children)
