"""Decisions across the people one sentence names: a counterpart's post ("his Guatemalan
counterpart, Y"), respective lists ("the prime ministers of A and B, X and Y"), and the
states that belong to another official's title. Part of the "find" stage of
:mod:`.person_mentions`; names no English word (the words are ``titles.json`` data).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import gazetteer
from .names import start_after_titles, surname
from .official_mentions import APPOSITION, SENTENCE_COUNTRY, _Mention
from .roles import Role, is_head_word, parse_title, title_words
from .title_context import states_between

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def counterparts(sent: "Span", mentions: list[_Mention], units: set[int], earlier: list[_Mention] = ()) -> None:
    """"Honduran Foreign Minister X and his Guatemalan counterpart, Y": Y holds X's post for Guatemala.

    X's post may be one an ``earlier`` sentence gave X ("Prime Minister Julia X ... Ms X spoke
    with her Malaysian counterpart Y")."""
    doc = sent.doc
    for k, m in enumerate(mentions):
        if m.role is not None or k == 0:
            continue
        # "his Myanmar counterpart, Lt Gen X": the rank or honorific before the name skipped
        lo = max(sent.start, m.start - 5)
        i = lo + start_after_titles([t.text for t in doc[lo : m.start]], m.start - lo) - 1
        if i >= sent.start and doc[i].text == ",":
            i -= 1
        if i < sent.start or doc[i].lower_ not in gazetteer.grammar_words("counterparts"):
            continue
        before = next((p for p in reversed(mentions[:k]) if p.role is not None and not p.role.excluded), None)
        if before is None:
            before = _post_given_before(mentions[k - 1], earlier)
        if before is None:
            continue
        j = i - 1
        while j >= sent.start and j in units:
            j -= 1
        found = gazetteer.find_countries(doc[j + 1 : i].text) if j + 1 < i else []
        country = found[0][2].name if found else None
        if country is None or country == before.role.country:
            continue
        role = before.role.role
        m.role = Role(role, country, before.role.head)
        m.confidence = SENTENCE_COUNTRY
        before.other_states.append(country)  # "X met his Moroccan counterpart": X is not Morocco's


def _post_given_before(person: _Mention, earlier: list[_Mention]) -> _Mention | None:
    """The last earlier mention of the same person (the same surname) that gave a post, else None."""
    last = surname(person.text)
    return next((e for e in reversed(earlier) if e.role is not None and not e.role.excluded and last
                 and surname(e.text) == last), None)


def shared_titles(sent: "Span", mentions: list[_Mention]) -> None:
    """"President X and Somalia's Y": a bare head of state's or government's title before X,
    then a state's possessive before Y alone, gives Y that title for that state (read with
    the confidence of a state from the sentence, so a title Y is given elsewhere wins)."""
    doc = sent.doc
    for first, then in zip(mentions, mentions[1:]):
        role = first.role
        if then.role is not None or role is None or role.excluded or not first.after_title or role.role != role.head:
            continue
        end = _end_of(first)
        if end >= then.start or doc[end].pos_ != "CCONJ":
            continue
        found = states_between(doc, end + 1, then.start)
        # the state's span may hold its possessive ending or not
        if len(found) != 1 or found[0][0] != end + 1 or found[0][1] not in (then.start, then.start - 1):
            continue
        if doc[then.start - 1].tag_ != "POS" or found[0][2] == role.country:
            continue
        then.role, then.confidence = Role(role.role, found[0][2], role.head), SENTENCE_COUNTRY
        first.other_states.append(found[0][2])


def respective_posts(sent: "Span", mentions: list[_Mention]) -> None:
    """"the prime ministers of Italy, Belgium and Greece, X, Y and Z": a plural title of a
    list of states, then as many names: each name holds the post for its state, in order."""
    doc = sent.doc
    k = 0
    while k < len(mentions):
        run = [mentions[k]]
        while k + len(run) < len(mentions) and _listed_after(doc, run[-1], mentions[k + len(run)]):
            run.append(mentions[k + len(run)])
        k += len(run)
        if len(run) < 2 or any(m.role is not None for m in run):
            continue
        before = run[0].start - 1
        if before < sent.start or not doc[before].is_punct:
            continue
        states = _listed_states(sent, before, len(run))
        if states is None:
            continue
        role = _plural_title(sent, states[0][0] - 1)
        if role is None:
            continue
        for m, (_, name) in zip(run, states):
            m.role, m.confidence = Role(role.role, name, role.head), APPOSITION


def _listed_after(doc: "Doc", first: _Mention, then: _Mention) -> bool:
    """Whether only commas and conjunctions stand between two names ("X, Y and Z")."""
    end = first.end if first.end > first.start else first.start + 1
    between = doc[end : then.start]
    return 0 < len(between) <= 2 and all(t.is_punct or t.pos_ == "CCONJ" for t in between)


def _listed_states(sent: "Span", end: int, count: int) -> list[tuple[int, str]] | None:
    """The ``count`` states listed right before token ``end`` ("Italy, Belgium and Greece"),
    as (first token, state) in text order; None when the tokens there are not such a list."""
    doc = sent.doc
    found = states_between(doc, sent.start, end)
    out: list[tuple[int, str]] = []
    at = end
    for start, stop, name in reversed(found):
        between = doc[stop:at]
        if len(between) > 2 or not all(t.is_punct or t.pos_ == "CCONJ" for t in between):
            break
        if out and not len(between):
            break
        out.insert(0, (start, name))
        at = start
        if len(out) == count:
            break
    if len(out) != count or len({name for _, name in out}) != count:
        return None
    return out


def _plural_title(sent: "Span", of: int) -> Role | None:
    """The title, in the singular, of a plural head before "of" at token ``of`` ("the prime
    ministers of ...": "Prime Minister"); None when there is none."""
    doc = sent.doc
    if of <= sent.start or doc[of].lower_ not in gazetteer.grammar_words("portfolio_prepositions"):
        return None
    head = doc[of - 1]
    if head.tag_ != "NNS" or not is_head_word(head.lemma_):
        return None
    j = of - 1
    stops = gazetteer.grammar_words("determiners") | gazetteer.grammar_words("portfolio_prepositions")
    while j - 1 >= sent.start and doc[j - 1].lower_ in title_words() and doc[j - 1].lower_ not in stops:
        j -= 1
    role = parse_title(" ".join([*(t.text for t in doc[j : of - 1]), head.lemma_]))
    return role if role is not None and not role.excluded and role.country is None else None


def states_of_later_titles(sent: "Span", mentions: list[_Mention]) -> None:
    """"then immigration minister X and Rwanda's foreign minister, Y" (or "... X and Y, the head
    of Libya's ..."): a state named in the title of an official named after X, between the two
    names or in that official's apposition, is that official's, not X's."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for k, m in enumerate(ordered):
        end = _end_of(m)
        for n, later in enumerate(ordered[k + 1 :], start=k + 1):
            role = later.role
            if role is None or role.excluded or not role.country or role.implied_country or later.start <= end:
                continue
            upto = later.start
            if later.confidence == APPOSITION:  # the title after the name, up to the next name
                upto = ordered[n + 1].start if n + 1 < len(ordered) else sent.end
            if role.country in {name for s, _, name in states_between(sent.doc, end, upto)
                                if not later.start <= s < _end_of(later)}:
                m.other_states.append(role.country)


def states_of_earlier_titles(sent: "Span", mentions: list[_Mention]) -> None:
    """"... by Foreign Minister X and U.S. Ambassador Y, in the presence of President Z": a
    state named in the title directly before an earlier official's name (after the name
    before it) is that official's, not the state of a later person whose title names none."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for k, earlier in enumerate(ordered):
        role = earlier.role
        if role is None or role.excluded or not role.country or role.implied_country or not earlier.after_title:
            continue
        since = _end_of(ordered[k - 1]) if k > 0 else sent.start
        if role.country not in {name for _, _, name in states_between(sent.doc, since, earlier.start)}:
            continue
        for later in ordered[k + 1 :]:
            if later.role is not None and not later.role.country and role.country not in later.other_states:
                later.other_states.append(role.country)


def _end_of(m: _Mention) -> int:
    return m.end if m.end > m.start else m.start + 1
