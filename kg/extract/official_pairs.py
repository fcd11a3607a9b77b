"""Two people of one article in one clause: conjoined ("Prime Minister X and President Y")
or the two parties of a meeting ("X met Y"), often of two states, so the one's state says
nothing of the other's. Part of :mod:`.officials`, used by :mod:`.official_states`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import gazetteer
from .official_mentions import CONTEXT_COUNTRY, _Person
from .state_clues import _name_token, counterpart_state, group_state

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..facts import Official
    from .roles import Role


def _coordinated(person: _Person, other: _Person) -> bool:
    """Whether a mention of ``other`` is a conjunct of one of ``person``'s ("Prime Minister X and
    President Y" are often two states' leaders, so Y's state says nothing of X's)."""
    for m in person.mentions:
        for n in other.mentions:
            if m.sentence.start != n.sentence.start:
                continue
            a, b = m.sentence.doc[max(m.end, m.start + 1) - 1], n.sentence.doc[max(n.end, n.start + 1) - 1]
            if (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i):
                return True
    return False


def _side_by_side(person: _Person, other: _Person) -> bool:
    """Whether the two are named as two parties in one sentence: conjuncts (:func:`_coordinated`),
    or one name closed by "and" right before the other's title ("President X and European
    Commission President Y", whatever the parse makes of it)."""
    if _coordinated(person, other):
        return True
    for m in person.mentions:
        for n in other.mentions:
            if m.sentence.start != n.sentence.start:
                continue
            first, second = (m, n) if m.start < n.start else (n, m)
            doc, end = m.sentence.doc, max(first.end, first.start + 1)
            if end < second.start and doc[end].pos_ == "CCONJ" and \
                    not any(t.ent_type_ == "PERSON" or t.pos_ in ("VERB", "AUX") for t in doc[end + 1 : second.start]):
                return True
    return False


def _met(person: _Person, other: _Person) -> bool:
    """Whether one of them is the subject of a meeting word whose object is the other ("X will
    meet Foreign Minister Y", "X received Y", "X held talks with Y"): two parties, often of two
    states, so the one's state says nothing of the other's."""
    from .meetings.triggers import triggers_in
    from .state_clues import _SUBJECTS

    def role(tok: "Token", trigger: "Token") -> bool | None:
        """True for the trigger's subject, False for its object, None for neither; the subject
        of "held talks" is the verb's, and a relative "who" stands for the name it follows
        ("X, who held talks with Y"); a conjunct or an apposition stands for the word it joins
        ("met Speaker Y and the army commander, General Z")."""
        while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i and tok.head.i != trigger.i:
            tok = tok.head
        verbs = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
        for verb in verbs:
            subjects = _subjects(verb)
            if tok in subjects or (verb.dep_ == "relcl" and verb.head.i == tok.i and any(c.tag_ == "WP" for c in subjects)):
                return True
        if tok.head.i == trigger.i:
            return True if tok.dep_ in _SUBJECTS else False if tok.dep_ in ("dobj", "pobj") else None
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i == trigger.i:
            return False
        return None

    for m in person.mentions:
        for n in other.mentions:
            if m.sentence.start != n.sentence.start:
                continue
            a, b = _name_token(m), _name_token(n)
            for t in triggers_in(m.sentence):
                if {role(a, t), role(b, t)} == {True, False}:
                    return True
    return False


def _subjects(verb: "Token") -> list["Token"]:
    """The subjects of ``verb``; a verb without one that completes another ("X is to meet Y",
    "X wants to meet Y") or frames it ("After meeting Y, X said") has the governing verb's."""
    from .state_clues import _SUBJECTS

    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if subjects or verb.dep_ not in ("xcomp", "advcl", "pcomp") or verb.head.i == verb.i:
            return subjects
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return []


def _beside_another_state(person: _Person, state: str, made: list[tuple["Official | None", _Person]]) -> bool:
    """"Colombian Transport Minister X and Y sign", Y named elsewhere as the Venezuelan
    delegation's leader: a title names its state to tell two parties' officials named side by
    side apart, not because the state is foreign to the outlet."""
    return any(o is not None and o.country and o.country != state and _named_with_state(p, o.country)
               and _side_by_side(person, p) for o, p in made if p is not person)


def _named_with_state(person: _Person, state: str) -> bool:
    """Whether the text names the person with their state somewhere: in a title ("Venezuelan
    Minister X"), a delegation they lead or a counterpart phrase; the officials of the outlet's
    own state are named without it ("German Chancellor Y and President X" in a Kenyan paper)."""
    return any(m.role is not None and (m.role.country == state and not m.role.implied_country
                                       or state in (group_state(m), counterpart_state(m)))
               for m in person.mentions)


def plural_title_partner_states(person: _Person, made: list[tuple["Official | None", _Person]]) -> set[str]:
    """"signed by then foreign ministers X and Y": one title in the plural shared by two names
    joined by "and" names two holders of one post, of two states; the state already read for
    the one is not the other's."""
    out: set[str] = set()
    for o, p in made:
        if p is person or o is None or not o.country or not _coordinated(person, p):
            continue
        for m in (m for m in person.mentions if m.role is not None):
            for n in (n for n in p.mentions if n.sentence.start == m.sentence.start):
                first = min(_name_token(m), _name_token(n), key=lambda t: t.i)
                doc, head = first.doc, m.role.head.lower().split()
                words = [*doc[first.left_edge.i : first.i], *([first.head] if first.dep_ == "appos" else [])]
                if any(t.tag_ == "NNS" and t.lemma_.lower() in head for t in words):
                    out.add(o.country)
    return out


def past_holder(person: _Person) -> bool:
    """"then foreign minister X", "then interior ministers X and Y": a holder the title dates to
    another time (``state_roles.json`` "past_title_words"), so a holder of the same post named
    for today is no other state's sign: one state has one holder at a time, not over the years."""
    words = set(gazetteer._load_json("state_roles.json")["past_title_words"])
    for m in person.mentions:
        tok, seen = _name_token(m), 0
        while seen < 4:  # the name, the conjunct it joins, the title it stands beside
            if any(t.lower_ in words for t in tok.doc[max(tok.left_edge.i, m.sentence.start) : tok.i]):
                return True
            if tok.dep_ not in ("conj", "appos") or tok.head.i >= tok.i:
                break
            tok, seen = tok.head, seen + 1
    return False


def _held(person: _Person, role: "Role", made: list[tuple["Official | None", _Person]]) -> set[str]:
    """The states whose holder of this post the article names already: a post with a portfolio
    has one holder per state at a time ("Belgian Foreign Minister Y" beside Foreign Minister X,
    not a "then foreign minister"); a bare head ("Minister", "Senator") has many."""
    if past_holder(person):
        return set()
    return {o.country for o, p in made if o is not None and p is not person and o.country
            and o.confidence > CONTEXT_COUNTRY and o.role == role.role and len(role.role.split()) > 1}
