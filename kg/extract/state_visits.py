"""Where a person goes and where they receive a visitor, for :mod:`.official_states`: the
host of a visit serves the state they receive in ("came to Ankara for talks with Minister
X"); the state a person travels to is the host's, not theirs ("X travels to Algiers"). The
words are ``kg/data/patterns/people_host.json``; the rest of where a state says whom an
official serves is :mod:`.state_clues`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import gazetteer
from .official_mentions import _Mention, _Person
from .parties import matcher
from .state_clues import _SUBJECTS, _capital_states, _name_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..facts import Official


def host_states(m: _Mention) -> set[str]:
    """The states of the place a visitor goes to where the person is whom they meet ("came to
    Ankara for talks with Defence Minister X", "was received in Athens by the Minister of
    ..., X"): a host serves the state they receive in. The words are ``people_host.json``:
    the person is reached from a visit verb through a meeting word and is not its subject,
    or is the subject or agent of a verb of receiving; the place is the verb's object or
    the object of its preposition, named before the person by a state's name or capital
    (a demonym there is the visitor's: "received the Egyptian minister")."""
    doc = m.sentence.doc
    marks = _host_marks(doc)
    path = [_name_token(m)]
    while path[-1].head.i != path[-1].i and path[-1].head.i >= m.sentence.start:
        path.append(path[-1].head)
    found: set[str] = set()
    for k, verb in enumerate(path[1:], start=1):
        label, below = marks.get(verb.i), path[k - 1]
        if label == "VISIT":
            hosts = below.dep_ not in _SUBJECTS and any(marks.get(t.i) == "TALKS" for t in path[:k])
        else:
            hosts = label == "RECEIVE" and (below.dep_ in ("agent", *_SUBJECTS) or _after_agent(verb, below))
        if hosts:
            places = _destinations(verb, path[0].i, _names_igo(m.sentence.text))
            if not places and label == "RECEIVE" and any(c.dep_ in _SUBJECTS and c.pos_ == "PRON" for c in verb.children):
                places = _previous_destinations(m.sentence)  # "Y returns to Lisbon. He is received by X"
            found |= places
    return found


def _previous_destinations(sentence: "Span") -> set[str]:
    """The place the sentence before ``sentence`` has someone go or go back to (VISIT or RETURN
    verbs): where the visitor a pronoun names in ``sentence`` is received. The first place the
    verb names, not what it is for ("returns to Lisbon for the Portugal-Brazil Summit")."""
    doc = sentence.doc
    if sentence.start == 0:
        return set()
    before = doc[sentence.start - 1].sent
    marks, igo = _host_marks(doc), _names_igo(before.text)
    for verb in (t for t in before if marks.get(t.i) in ("VISIT", "RETURN")):
        for end in sorted(t.i + 1 for t in verb.subtree if t.i > verb.i):
            found = _destinations(verb, end, igo)
            if found:
                return found
    return set()


def visited_states(m: _Mention) -> set[str]:
    """"Foreign Minister X travels to Algiers", "X, who arrived in Kabul on the weekend": the
    states of the places a person goes to (``people_host.json`` VISIT verbs whose subject is
    the person) are the hosts', not the person's; so are those of a visit noun the person's
    verb is set in ("During a state visit to Bonn, President X held talks") or takes as its
    object ("X begins a three-day visit to Algeria"), and of a visit that is the person's
    ("during X's visit to Dhaka", "signed in Dhaka during X's visit")."""
    name = _name_token(m)
    marks = _host_marks(m.sentence.doc)
    verbs = [name.head] if name.dep_ in _SUBJECTS else []
    verbs += [c for c in name.children if c.dep_ == "relcl" and any(s.dep_ in _SUBJECTS and s.tag_ in ("WP", "WDT")
                                                                    for s in c.children)
              and not _person_between(m, c.left_edge.i)]  # "X and Y, Minister of Z, who is visiting": Y visits
    verbs += [c for v in verbs for c in v.children if c.dep_ == "acomp"]  # "X is due in Nairobi"
    verbs += [g for v in verbs for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    verbs += [c for v in verbs for c in v.children if c.dep_ == "dobj"]  # "X began a state visit to Algeria"
    out: set[str] = set()
    igo = _names_igo(m.sentence.text)
    for verb in (v for v in verbs if marks.get(v.i) == "VISIT"):
        out |= _destinations(verb, len(m.sentence.doc), igo)
    if name.dep_ == "poss" and marks.get(name.head.i) == "VISIT":
        # "signed in Dhaka during X's visit": the visit's own destination, else where what it frames happens
        visit = name.head
        found = _destinations(visit, len(m.sentence.doc), igo)
        if not found and visit.dep_ == "pobj" and visit.head.dep_ == "prep":
            found = _destinations(visit.head.head, len(m.sentence.doc), igo)
        out |= found
    return out


def _person_between(m: _Mention, end: int) -> bool:
    """Whether another person's name stands between the mention's name and token ``end``."""
    from .person_names import in_person_name

    doc = m.sentence.doc
    return any(in_person_name(doc, k) for k in range(max(m.end, m.start + 1), end))


def _names_igo(text: str) -> bool:
    return any(o.kind == "igo" for _, _, o in gazetteer.find_organisations(text))


def _after_agent(verb: "Token", name: "Token") -> bool:
    """"received ... by the Minister of X, Mr Y": a name set off after the verb's agent, which
    the parser hangs on the verb, is the agent's apposition."""
    return name.dep_ in ("npadvmod", "appos") and any(c.dep_ == "agent" and c.i < name.i for c in verb.children)


def _destinations(verb: "Token", before: int, igo: bool = False) -> set[str]:
    """The states of the places ``verb`` goes to or is in: its object, or its preposition's
    object, named before token ``before`` by a state's name or a capital; not a capital when
    the sentence names an IGO ("came to Brussels for talks with Commissioner X": a seat of
    the EU's, not Belgium's)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    out: set[str] = set()
    for o in objects:
        if o.i >= before:
            continue
        text = o.doc[o.left_edge.i : o.i + 1].text
        out |= {c.name for s, e, c in gazetteer.find_countries(text) if text[s:e] not in c.demonyms}
        out |= set() if igo else _capital_states(text)
    return out


def _host_marks(doc: "Doc") -> dict[int, str]:
    """Token index -> label of ``people_host.json``, matched once per document."""
    found = doc.user_data.get(_HOST)
    if found is None:
        strings = doc.vocab.strings
        found = doc.user_data[_HOST] = {i: strings[label] for label, s, e in matcher(_HOST_FILE, doc.vocab)(doc)
                                        for i in range(s, e)}
    return found


_HOST = "kg_host_words"
_HOST_FILE = "people_host.json"


def posted_state(role: str | None) -> str | None:
    """"Ambassador to Peru" -> "Peru": the state a diplomat's post (``titles.json``
    "diplomatic_heads") is accredited to, as :mod:`.roles` writes it."""
    heads = gazetteer.titles().get("diplomatic_heads", [])
    for head in heads:
        if role and role.startswith(head + " to "):
            state = gazetteer.country_by_name(role[len(head) + 4:])
            return state.name if state is not None else None
    return None


def state_of_the_visit(person: _Person, made: list[tuple["Official | None", _Person]]) -> str | None:
    """"President X begins a visit to Algeria. On Monday he and President Y sign ...": the one
    state another official of the paragraph visits (:func:`visited_states`), named before the
    person, is the host's: the person's, when their post is read without a state. Not the
    visitor's own state, not one the person visits themself or that the text gives another
    party, and not a visit in the person's own sentence that does not make them the one met
    ("X and Minister Y visited Algeria": Y travels with X). First, a diplomat posted to a state
    who meets the person (:func:`posted_state`) meets that state's official."""
    from .official_pairs import _met
    from .state_clues import _paragraph_bounds

    posted = [m for m in person.mentions if m.role is not None and not m.role.excluded]
    hosts = {host for o, p in made if o is not None and p is not person and _met(person, p)
             for host in [posted_state(o.role)] if host and host != o.country}
    if len(hosts) == 1:  # "Kenya's ambassador to Peru met Interior Minister X": X serves the host
        return hosts.pop()
    found: set[str] = set()
    for o, p in made:
        if o is None or p is person or not o.country:
            continue
        for n in p.mentions:
            visited = visited_states(n) - {o.country}
            if not visited:
                continue
            lo, hi = _paragraph_bounds(n.sentence)
            if any(lo <= m.sentence.start_char < hi and (m.sentence.start > n.sentence.start
                                                          or m.sentence.start == n.sentence.start and _met(person, p))
                   for m in posted):
                found |= visited
    from .official_states import _other_states

    found -= {state for m in person.mentions for state in visited_states(m)} | _other_states(person)
    return found.pop() if len(found) == 1 else None
