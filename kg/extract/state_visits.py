"""Where a person goes and where they receive a visitor, for :mod:`.official_states`: the
host of a visit serves the state they receive in ("came to Ankara for talks with Minister
X"); the state a person travels to is the host's, not theirs ("X travels to Algiers"). The
words are ``kg/data/patterns/people_host.json``; the rest of where a state says whom an
official serves is :mod:`.state_clues`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import gazetteer
from .official_mentions import _Mention
from .parties import matcher
from .state_clues import _SUBJECTS, _capital_states, _name_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
            found |= _destinations(verb, path[0].i, _names_igo(m.sentence.text))
    return found


def visited_states(m: _Mention) -> set[str]:
    """"Foreign Minister X travels to Algiers", "X, who arrived in Kabul on the weekend": the
    states of the places a person goes to (``people_host.json`` VISIT verbs whose subject is
    the person) are the hosts', not the person's; so are those of a visit noun the person's
    verb is set in ("During a state visit to Bonn, President X held talks")."""
    name = _name_token(m)
    marks = _host_marks(m.sentence.doc)
    verbs = [name.head] if name.dep_ in _SUBJECTS else []
    verbs += [c for c in name.children if c.dep_ == "relcl" and any(s.dep_ in _SUBJECTS and s.tag_ in ("WP", "WDT")
                                                                    for s in c.children)
              and not _person_between(m, c.left_edge.i)]  # "X and Y, Minister of Z, who is visiting": Y visits
    verbs += [g for v in verbs for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    out: set[str] = set()
    for verb in (v for v in verbs if marks.get(v.i) == "VISIT"):
        out |= _destinations(verb, len(m.sentence.doc), _names_igo(m.sentence.text))
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
