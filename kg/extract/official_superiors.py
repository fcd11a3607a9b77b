"""The state of an official whose post a pronoun makes someone's ("Her interior minister,
X"): the state of the official the pronoun points back to. Part of :mod:`.officials`.
"""

from __future__ import annotations

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
    return None
