"""Where in the text a state says whom an official serves, for :mod:`.official_states`.

A state named before the person ("In Canberra, Senator X ...") places them; one named after
the name of a subject is what they say or do ("X said ... the security situation in
Afghanistan"), unless it is the subject of the clause they report ("X said New Zealand would
cover the cost"); a capital where two parties met is neither's; a conjunct named with its
state ("President X and Malaysian Prime Minister Y") is another party; the states a
paragraph makes its subjects ("Lithuania's parliament has voted ...") are what it speaks of.
Quoted words never count: a state a speaker names says nothing of whom the speaker serves.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import gazetteer
from ..annotate.index import ents_in
from ..parse import doc_text
from .official_mentions import _Mention
from .state_roles import is_people
from .title_context import _local_place_regex, _other_party_matches, _party_designation, states_between

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _states_before(m: _Mention) -> set[str]:
    """The states of a sentence that names one before the person ("In Canberra, Senator X
    ..."); all the states it names then, so that one named after keeps it ambiguous. When the
    sentence names states only after the name, they are what the person speaks of or travels
    to ("X said the government would not send people to Afghanistan"): none, but for the
    phrase that ends with the name of a person who is no subject ("I met X in Tegucigalpa", not
    "... before travelling to Madrid"). A
    capital counts only in a sentence that names no other state and no IGO: "signed in
    Brussels by Minister X and Afghanistan's minister", "a council in Brussels co-chaired by
    Minister X and the EU's High Representative" say where two parties met, not whom X serves."""
    text = _own_clause(_unnamed(m.sentence), _name_at(m))
    before = text[: _name_at(m)]
    if _states_in(before):
        return _states_in(text)
    if not _speaks_or_acts(m):
        # the phrase the name ends: "met X in Tegucigalpa on Monday", up to a comma
        last = m.sentence.doc[max(m.end, m.start + 1) - 1]
        name_end = last.idx + len(last.text) - m.sentence.start_char
        # ... up to a clause of its own ("met X on Friday before travelling on to Madrid")
        clause = next((t.idx - m.sentence.start_char for t in m.sentence.doc[max(m.end, m.start + 1) : m.sentence.end]
                       if t.dep_ in ("mark", "cc") or t.pos_ == "VERB"), len(text))
        before = text[:name_end] + re.split(r"[,;]", text[name_end:clause], maxsplit=1)[0]
        if _states_in(before):
            return _states_in(before)
    capitals = _capital_states(before, doc_text(m.sentence.doc))
    if not capitals or _states_in(text) - capitals or any(o.kind == "igo" for _, _, o in gazetteer.find_organisations(text)):
        return set()  # a meeting place of two parties, a state's and an IGO's included
    return capitals


def _own_clause(text: str, at: int) -> str:
    """``text`` blanked (offsets kept) outside the clause, between semicolons, of the character
    at ``at``: "Moldova's government has asked for more; Interior Minister X should agree"
    names X's counterpart before the semicolon, not X's state."""
    lo, hi = _clause_bounds(text, at)
    return " " * lo + text[lo:hi] + " " * (len(text) - hi)


def _clause_bounds(text: str, at: int) -> tuple[int, int]:
    """The characters of the clause, between semicolons, of the character at ``at``."""
    lo, hi = text.rfind(";", 0, at) + 1, text.find(";", at)
    return lo, (len(text) if hi < 0 else hi)


def _speaks_or_acts(m: _Mention) -> bool:
    """Whether the person is the subject of the sentence's clause ("X said ...", "X, who did
    not travel to Beirut, ..."), so that what follows the name is what they say or do; "I met
    Minister X in Tegucigalpa" places the person instead."""
    return _name_token(m).dep_ in ("nsubj", "nsubjpass")


def _states_reported(m: _Mention) -> set[str]:
    """"X said New Zealand would cover the cost", "Jakarta will monitor it, X said": the state
    (or its capital) that is the subject of the clause the person reports speaks for the
    person's own state, unlike one named elsewhere in what they say ("X said ... the
    security situation in Afghanistan")."""
    doc, sent = m.sentence.doc, m.sentence
    name = _name_token(m)
    if name.dep_ == "appos" and name.head.dep_ in _SUBJECTS:
        name = name.head  # "The interior minister, X, said ..."
    if name.dep_ not in _SUBJECTS:
        return set()
    # the person's verb, and a verb that goes with it ("X gave ..., warning that Kenya would ...")
    verbs = {name.head.i} | {c.i for c in name.head.children if c.dep_ in ("advcl", "conj", "xcomp")}
    places = gazetteer.dateline_places()
    found: set[str] = set()
    lo, hi = _clause_bounds(sent.text, _name_at(m))
    # the reported clause after the person, or before ("The Czech government has approved ..., X said")
    for tok in (t for t in sent if t.i != name.i and not (m.start <= t.i < max(m.end, m.start + 1))):
        if tok.dep_ not in _SUBJECTS or tok.head.dep_ != "ccomp" or tok.head.head.i not in verbs \
                or not lo <= tok.idx - sent.start_char < hi:  # not across a semicolon
            continue
        c = gazetteer.country(tok.text)
        if c is not None and tok.text in c.demonyms:
            continue  # "X says 133,000 Syrians have gone home": people of a state, not the state
        phrase = doc[tok.left_edge.i : tok.i + 1].text
        found |= _states_in(phrase) or {places[p] for p in (phrase, tok.text) if p in places}
    return found


def _name_at(m: _Mention) -> int:
    """The character offset of the name in its sentence."""
    return m.sentence.doc[m.start].idx - m.sentence.start_char


def _conjunct_states(m: _Mention) -> set[str]:
    """"President X and Malaysian Prime Minister Y", "relations between President X and
    Somalia's Y": a conjunct whose own words name a state is another party, its state not the
    state of a person named without one; unless the words just before the person name it
    too ("the Prime Minister of the Kurdistan Region, X, and the Kurdistan Region's minister")."""
    doc = m.sentence.doc
    name = _name_token(m)
    conjuncts = [c for c in name.children if c.dep_ == "conj"]
    if name.dep_ == "conj":
        conjuncts.append(name.head)
    out: set[str] = set()
    for c in conjuncts:
        lo = c.left_edge.i if c.i > name.i else max(c.left_edge.i, c.i - 8)
        out |= _states_in(doc[lo : c.i + 1].text)
    return out - _states_in(doc[max(m.sentence.start, m.start - 12) : m.start].text) if out else out


def counterpart_state(m: _Mention) -> str | None:
    """"his Zimbabwean counterpart, Home Affairs and Cultural Heritage Minister X": the state
    of the counterpart phrase (``people_other_party.json``) whose title and name follow it with
    no verb, pronoun or other person between: the person's own state, not another party's."""
    doc = m.sentence.doc
    for start, end in _other_party_matches(doc):
        between = doc[end : m.start]
        if not (m.sentence.start <= start and end <= m.start) or len(between) > _TITLE_SPAN:
            continue
        if any(t.pos_ in ("VERB", "AUX", "PRON") or (t.ent_type_ == "PERSON" and not _same_name(t, m.start))
               for t in between):
            continue
        found = {state for _, _, state in states_between(doc, start, end)}
        if len(found) == 1:
            return found.pop()
    return None


def subdivision_state(m: _Mention) -> str | None:
    """"Senator X of Vermont", "Representative X of California": the state whose first-level
    subdivision (ISO 3166-2, :func:`kg.states.subdivisions`) the name is "of" serves (the
    prepositions that say so are ``state_roles.json`` "subdivision_prepositions": "Minister X
    in Tunis" is where X is, not whom X serves); "X (D-NJ)": the state whose legislators' party
    designations those are."""
    designated = _party_designation(m.sentence, max(m.end, m.start + 1))
    if designated is not None:
        return designated.country
    name = _name_token(m)
    subdivisions = gazetteer.subdivisions()
    # "of Vermont", "from Texas" say whom the person represents; "Tesfaye in Tunis" only where they are
    represents = gazetteer._load_json("state_roles.json")["subdivision_prepositions"]
    for prep in (c for c in name.children if c.dep_ == "prep" and c.i >= name.i and c.lower_ in represents):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            state = subdivisions.get(place.doc[place.left_edge.i : place.i + 1].text)
            if state:
                return state
    return None


def kind_state(m: _Mention) -> str | None:
    """"Prime Minister X is in Canberra, the first visit by a Sri Lankan Prime Minister in sixty
    years", "President X begins the first visit by a sitting Philippine president": an
    indefinite noun phrase of the sentence that names the person's own post with one state,
    and no one's name after it, says of what state the person holds that post (a definite one,
    "met the Sri Lankan Prime Minister", may be someone else)."""
    if m.role is None or not m.role.head:
        return None
    head = m.role.head.lower()
    found: set[str] = set()
    for det in m.sentence:
        noun = det.head
        if det.pos_ != "DET" or "Definite=Ind" not in det.morph or noun.i <= det.i or noun.ent_type_ == "PERSON":
            continue
        if noun.i + 1 < len(det.doc) and det.doc[noun.i + 1].ent_type_ == "PERSON":
            continue  # "a Sri Lankan Prime Minister, Y," names someone
        phrase = det.doc[det.i : noun.i + 1].text
        if not phrase.lower().endswith(" " + head):
            continue
        found |= _states_in(phrase)
    return found.pop() if len(found) == 1 else None


def _same_name(token: "Token", name_start: int) -> bool:
    """Whether ``token`` opens the person entity the name at ``name_start`` is the rest of
    ("Honourable Richard X", the name read from "Richard"): no other person between."""
    doc = token.doc
    return all(doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "I" for k in range(token.i + 1, name_start + 1))


def governed_state(m: _Mention) -> str | None:
    """"Belarus, ruled by President X", "the Czech government, led by Prime Minister X": the
    one state of the noun phrase a participle whose agent is the person describes."""
    name = _name_token(m)
    agent = name.head
    if name.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.dep_ != "acl":
        return None
    noun = agent.head.head
    found = _states_in(noun.doc[noun.left_edge.i : noun.i + 1].text)
    return found.pop() if len(found) == 1 else None


def meeting_party_states(m: _Mention) -> set[str]:
    """"The Kenyan minister met President X", "the Egyptian delegation held talks with Minister
    X": the states named in the subject of a meeting word whose object is the person are the
    other party's, not the person's."""
    from .meetings.triggers import triggers_in

    name = _name_token(m)
    out: set[str] = set()
    for t in triggers_in(m.sentence):
        met = name.head.i == t.i and name.dep_ in ("dobj", "pobj")
        met = met or (name.dep_ == "pobj" and name.head.dep_ == "prep" and name.head.head.i == t.i)
        if not met:
            continue
        verb = t.head if t.dep_ == "dobj" else t  # "held talks with X": the subject of "held"
        for subject in (c for c in verb.children if c.dep_ in _SUBJECTS):
            out |= _states_in(_unquoted(subject.doc[subject.left_edge.i : subject.right_edge.i + 1].text))
    return out


#: how many tokens a title between a counterpart phrase and the name may take
_TITLE_SPAN = 12


_SUBJECTS = ("nsubj", "nsubjpass")


def _name_token(m: _Mention) -> "Token":
    """The syntactic head of the name's tokens."""
    doc = m.sentence.doc
    end = m.end if m.end > m.start else m.start + 1
    return next((t for t in doc[m.start : end] if not (m.start <= t.head.i < end)), doc[end - 1])


def _paragraph_states_before(m: _Mention) -> set[str]:
    """The states the paragraph of the mention names outside what the person says or does:
    the sentences around the person's, and the person's own as :func:`_states_before` reads it."""
    lo, hi = _paragraph_bounds(m.sentence)
    text = doc_text(m.sentence.doc)
    around = text[lo : m.sentence.start_char] + " " * 3 + text[m.sentence.end_char : hi]
    return _states_in(_unquoted(around)) | _states_before(m) | _states_reported(m)


def _subject_states(m: _Mention) -> set[str]:
    """"Lithuania's parliament has voted to ... Belarusian border. Interior minister X said":
    the states that are the subject, or own it, of a sentence before the person's in the
    paragraph; the paragraph speaks of what they do."""
    doc = m.sentence.doc
    lo, _ = _paragraph_bounds(m.sentence)
    before = doc.char_span(lo, m.sentence.start_char, alignment_mode="expand")
    first = before.start if before is not None else m.sentence.start
    out: set[str] = set()
    for start, end, state in states_between(doc, first, m.sentence.start):
        root = doc[start:end].root
        subject = root if root.dep_ != "poss" else root.head
        if subject.dep_ in ("nsubj", "nsubjpass"):
            out.add(state)
    return out


def _paragraph_bounds(sentence: "Span") -> tuple[int, int]:
    """The characters of the paragraph of ``sentence``."""
    doc = sentence.doc
    text = doc_text(doc)
    memo = doc.user_data.setdefault(_PARAGRAPHS, {})
    brk = memo.setdefault("break", "\n\n" if "\n\n" in text else "\n")
    lo = text.rfind(brk, 0, sentence.start_char)
    hi = text.find(brk, sentence.end_char)
    return (lo + 1 if lo >= 0 else 0), (hi if hi >= 0 else len(text))


_PARAGRAPHS = "kg_paragraph_states"


_QUOTED = re.compile(r'"[^"\n]*"|\u201c[^\u201d\n]*\u201d')


def _unquoted(text: str) -> str:
    """``text`` with what it quotes blanked out (offsets kept): a state a speaker names
    ("people would only be sent to Uganda") says nothing of the state the speaker serves."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


@lru_cache(maxsize=1)
def _capitals_regex() -> re.Pattern[str]:
    names = sorted(gazetteer.dateline_places(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def _capital_states(text: str, article: str | None = None) -> set[str]:
    """The states whose capitals or seats of government ``text`` names ("In Canberra, ...").
    A capital's name that is also a first-level subdivision of another state (ISO 3166-2:
    "Victoria", Seychelles' capital and an Australian state; "Kingston") is that state's in an
    ``article`` that names that state more often than the capital's."""
    places = gazetteer.dateline_places()
    found = {places[m.group(0)]: m.group(0) for m in _capitals_regex().finditer(text)}
    if not found or article is None:
        return set(found)
    from .article_states import _states_counted

    counts, subdivisions = _states_counted(article), gazetteer.subdivisions()
    return {subdivisions[place] if counts[subdivisions.get(place, state)] > counts[state] else state
            for state, place in found.items()}


def _unnamed(sentence: "Span") -> str:
    """The sentence unquoted, and with the names of people blanked out (offsets kept): a
    state or capital inside a name ("Ms Sofia X", "Chad Y") names no place."""
    from ..annotate.people import people

    text = _unquoted(sentence.text)
    names = [e for e in ents_in(sentence) if e.label_ == "PERSON"]
    names += [p for p in people(sentence.doc) if sentence.start <= p.start and p.end <= sentence.end]
    for name in names:
        lo, hi = name.start_char - sentence.start_char, name.end_char - sentence.start_char
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def _states_in(text: str) -> set[str]:
    found = {c.name for s, e, c in gazetteer.find_countries(text) if not is_people(text[s:e])}  # not "Afghans"
    places = gazetteer.local_places()
    found |= {places[m.group(0)] for m in _local_place_regex().finditer(text) if m.group(0) in places}
    return found


def pair_state(m: _Mention) -> str | None:
    """"witnessed by President X and Malaysian Prime Minister Y": two leaders named side by side,
    the other's own words naming one state, in a sentence that names one more: X serves that
    one. It holds though an earlier pair's titles name both states ("signed by Indonesian
    Minister A and Malaysian Minister B, witnessed by ..."), which rules out neither for X."""
    other = _conjunct_states(m)
    if len(other) != 1:
        return None
    named = _states_in(_unnamed(m.sentence)) - other
    return named.pop() if len(named) == 1 else None


def group_state(m: _Mention) -> str | None:
    """"The Mexican delegation, which included Economy Secretary X", "a Honduran team led by
    Minister X", "the Venezuelan delegation was led by Minister X": the one state named in a delegation or team that a clause says the person
    was in or led (``grammar_words`` "group_nouns", "member_verbs")."""
    name = _name_token(m)
    while name.dep_ in ("conj", "appos", "npadvmod") and name.head.i < name.i:
        name = name.head  # "led by the Minister of Transport, X": the title's place
    verb = name.head
    if name.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif name.dep_ != "dobj":
        return None
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl"):  # "the Venezuelan delegation was led by Minister X"
        noun = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if name.dep_ == "pobj" else None
    if noun is None or verb.lemma_ not in gazetteer.grammar_words("member_verbs") \
            or noun.lower_ not in gazetteer.grammar_words("group_nouns"):
        return None
    found = _states_in(noun.doc[noun.left_edge.i : noun.i + 1].text)
    return found.pop() if len(found) == 1 else None
