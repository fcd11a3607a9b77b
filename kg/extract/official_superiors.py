"""The state of an official whose post a pronoun makes someone's ("Her interior minister,
X"): the state of the official the pronoun points back to; and of one who goes with a leader
named by a bare title ("X and Y join the President"): that leader's. Part of :mod:`.officials`.
"""

from __future__ import annotations

import re

from .. import gazetteer
from ..facts import Official
from .official_mentions import CONTEXT_COUNTRY, _Person
from .official_states import _subordinate
from .state_clues import _SUBJECTS, _name_token, _paragraph_bounds


def state_of_the_superior(person: _Person, made: list[tuple[Official | None, _Person]]) -> str | None:
    """"Chancellor X said ... Her interior minister, Y, insists": a post made someone's by a
    possessive pronoun ("her", "his") is held under the official named last before it in its
    paragraph as a clause's subject ("President X met President Y. His foreign minister"
    is X's), so it serves that official's state, before any state the sentence or the
    paragraph names (those are often the other parties the leader deals with).

    Only an antecedent whose state was read from its title or a known office holder, not
    itself from context; never for "his counterpart, Minister Y" (another state's)."""
    counterparts = set(gazetteer.grammar_words("counterparts"))
    for m in person.mentions:
        if m.role is None or m.role.excluded or not _subordinate(m):
            continue
        doc = m.sentence.doc
        if any(t.lower_ in counterparts for t in doc[max(m.sentence.start, m.start - 8) : m.start]):
            continue
        lo, _ = _paragraph_bounds(m.sentence)
        at = doc[m.start].idx
        before = [
            (doc[n.start].idx, o.country) for o, p in made
            if p is not person and o is not None and o.country and o.confidence > CONTEXT_COUNTRY
            for n in p.mentions if lo <= doc[n.start].idx < at and _name_token(n).dep_ in _SUBJECTS
        ]
        if before:
            return max(before)[1]
    return _state_of_the_one_joined(person, made)


def _state_of_the_one_joined(person: _Person, made: list[tuple[Official | None, _Person]]) -> str | None:
    """"Foreign Secretary X and Defence Secretary Y join the President": the subject of a verb of
    going with someone (``state_roles.json`` "entourage_verbs") whose object is a bare definite
    title ("the President", "the Prime Minister") is in the entourage of the article's one
    holder of that post (the one its paragraph names, when the article names several), and
    serves that holder's state (read from a title, a known holder or the sentence, not from context)."""
    verbs = set(gazetteer._load_json("state_roles.json")["entourage_verbs"])
    for m in person.mentions:
        for verb in (t for t in m.sentence if t.lemma_.lower() in verbs):
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i <= m.start <= c.right_edge.i]
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ != "PERSON"
                       and any(d.dep_ == "det" and d.i == c.left_edge.i and d.tag_ == "DT" for d in c.children)]
            if not subjects or not objects:
                continue
            title = " ".join(t.text for t in objects[0].subtree if t.dep_ != "det")
            holders = [(o.country, p) for o, p in made if p is not person and o is not None and o.country
                       and o.confidence > CONTEXT_COUNTRY and o.role == title]
            lo, hi = _paragraph_bounds(m.sentence)
            paragraph = m.sentence.doc.text[lo:hi]  # a surname alone names the holder too ("Duterte and Y hold talks")
            near = {state for state, p in holders if re.search(rf"\b{re.escape(p.name.split()[-1])}\b", paragraph)}
            for states in (near, {state for state, _ in holders}):  # the holder named in the paragraph, else the article's one
                if len(states) == 1:
                    return states.pop()
    return None
