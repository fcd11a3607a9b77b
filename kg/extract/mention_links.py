"""Decisions across the people one sentence names: a counterpart's post ("his Guatemalan
counterpart, Y"), respective lists ("the prime ministers of A and B, X and Y"), and the
states that belong to another official's title. Part of the "find" stage of
:mod:`.person_mentions`; names no English word (the words are ``titles.json`` data).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import gazetteer
from .name_tokens import after_particles, is_plural_title, name_particles, namelike, particle
from .names import clean, start_after_titles, surname
from .official_mentions import APPOSITION, SENTENCE_COUNTRY, _Mention
from .roles import Role, is_head_word, parse_title, title_words
from .title_context import states_between

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token


def counterparts(sent: "Span", mentions: list[_Mention], units: set[int], earlier: list[_Mention] = ()) -> None:
    """"Honduran Foreign Minister X and his Guatemalan counterpart, Y": Y holds X's post for Guatemala.

    X's post may be one an ``earlier`` sentence gave X ("Prime Minister Julia X ... Ms X spoke
    with her Malaysian counterpart Y")."""
    doc = sent.doc
    for k, m in enumerate(mentions):
        if m.role is not None or (k == 0 and not earlier):
            continue
        # "his Myanmar counterpart, Lt Gen X": the rank or honorific before the name skipped
        lo = max(sent.start, m.start - 5)
        i = lo + start_after_titles([t.text for t in doc[lo : m.start]], m.start - lo) - 1
        if i >= sent.start and doc[i].text == ",":
            i -= 1
        if i < sent.start or doc[i].lower_ not in gazetteer.grammar_words("counterparts"):
            continue
        before = next((p for p in reversed(mentions[:k]) if p.role is not None and not p.role.excluded), None)
        if before is None and k > 0:
            before = _post_given_before(mentions[k - 1], earlier)
        if before is None and k == 0:
            before = _untagged_surname_before(doc[sent.start : i], earlier)
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


def _untagged_surname_before(words: "Span", earlier: list[_Mention]) -> _Mention | None:
    """"X and his Tunisian counterpart Y" where the tagger left the surname X untagged: the
    last earlier mention with a post whose surname is a capitalised word before the phrase."""
    seen = {surname(t.text) for t in words if t.text[:1].isupper() and t.is_alpha}
    return next((e for e in reversed(earlier) if e.role is not None and not e.role.excluded
                 and surname(e.text) in seen), None)


def _post_given_before(person: _Mention, earlier: list[_Mention]) -> _Mention | None:
    """The last earlier mention of the same person (the same surname) that gave a post, else None."""
    last = surname(person.text)
    return next((e for e in reversed(earlier) if e.role is not None and not e.role.excluded and last
                 and surname(e.text) == last), None)


def shared_titles(sent: "Span", mentions: list[_Mention]) -> None:
    """"President X and Somalia's Y" (or "President X, Brazil's Y, Uruguay's Z and Chile's W"):
    a bare head of state's or government's title before X, then a state's possessive before
    each name of the list alone, gives each that title for its state (read with the
    confidence of a state from the sentence, so a title given elsewhere wins). A list joined
    by commas alone must close with a conjunction."""
    doc = sent.doc
    k = 0
    while k < len(mentions) - 1:
        first = mentions[k]
        role = first.role
        k += 1
        if role is None or role.excluded or not first.after_title or role.role != role.head:
            continue
        chain: list[tuple[_Mention, str]] = []
        closed = False
        prev = first
        for n in range(k, len(mentions) + len(mentions) - k):
            if n >= len(mentions):
                break
            then = mentions[n]
            untagged = _possessed_name(sent, _end_of(prev), then.start)
            if untagged is not None:  # "..., Brazil's X, ...": a name the tagger took for a place
                mentions.insert(n, untagged)
                then = untagged
            link = _possessive_link(doc, prev, then)
            if then.role is not None or link is None or link[0] == role.country:
                break
            chain.append((then, link[0]))
            closed = closed or link[1]
            prev = then
        if not closed:
            continue
        for then, state in chain:
            then.role, then.confidence = Role(role.role, state, role.head), SENTENCE_COUNTRY
            first.other_states.append(state)
        k += len(chain)


def _possessive_link(doc: "Doc", prev: _Mention, then: _Mention) -> tuple[str, bool] | None:
    """The state whose possessive alone stands before ``then`` after a comma or a conjunction
    that follows ``prev`` ("X, Brazil's Y", "X and Somalia's Y"), and whether a conjunction
    joins them; None when the words between are anything else."""
    end = _end_of(prev)
    at = end
    conjunction = False
    while at < then.start and at - end < 2 and (doc[at].text == "," or doc[at].pos_ == "CCONJ"):
        conjunction = conjunction or doc[at].pos_ == "CCONJ"
        at += 1
    if at == end or at >= then.start:
        return None
    found = states_between(doc, at, then.start)
    # the state's span may hold its possessive ending or not
    if len(found) != 1 or found[0][0] != at or found[0][1] not in (then.start, then.start - 1):
        return None
    if doc[then.start - 1].tag_ != "POS":
        return None
    return found[0][2], conjunction


def _possessed_name(sent: "Span", at: int, limit: int) -> _Mention | None:
    """A name of two words or more right after a state's possessive at ``at`` (after a comma
    or a conjunction) and closed by another before ``limit``, that no entity marks as a person
    ("President X, Brazil's Y, Uruguay's Z"); None when there is none."""
    doc = sent.doc
    units: set[int] = set()
    while at < limit and (doc[at].text == "," or doc[at].pos_ == "CCONJ"):
        at += 1
    found = states_between(doc, at, limit)
    if not found or found[0][0] != at:
        return None
    start = found[0][1] + (doc[found[0][1]].tag_ == "POS")
    if doc[start - 1].tag_ != "POS":
        return None
    end = start
    while end < limit and (namelike(doc[end], units) or particle(doc, end, limit, units)):
        end = after_particles(doc, end, limit) if doc[end].lower_ in name_particles() else end + 1
    if end - start < 2 or end >= limit or not (doc[end].text == "," or doc[end].pos_ == "CCONJ"):
        return None
    if any(t.ent_type_ == "PERSON" for t in doc[start:end]):
        return None
    return _Mention(clean(doc[start:end].text), sent, start, end=end)


def plural_titles(sent: "Span", mentions: list[_Mention]) -> None:
    """"then foreign ministers X and Y", "the foreign ministers, X and Y": a plural title right
    before a list of names (or before a comma and the list) gives each name that title in the singular; "the ministers of labour, X, and of the interior, Y":
    a plural head before a list of fields, each followed by its holder's name, gives each name
    the head of its field."""
    doc = sent.doc
    for run in _untitled_lists(doc, mentions):
        before = run[0].start - 1
        if before > sent.start and doc[before].text == ",":
            before -= 1  # "the foreign ministers, X and Y": the list in apposition to the title
        role = _singular_title(sent, before)
        if role is None or role.country is not None:
            continue
        # "signed by A and B ... by then foreign ministers X and Y": as many states listed
        # before the title as names, each name's in order
        states = _states_listed_before(sent, run[0].start, len(run))
        for n, m in enumerate(run):
            m.role, m.confidence = role, APPOSITION
            if states is not None:
                m.role, m.confidence = Role(role.role, states[n], role.head), SENTENCE_COUNTRY
    head: str | None = None
    for m in mentions:
        if m.role is not None:
            head = None
            continue
        field = _field_before(sent, m.start)
        if field is None:
            head = None
            continue
        of, words = field
        plural = _singular_title(sent, of - 1)
        if plural is not None and plural.country is None:
            head = plural.role
        elif head is None or not (doc[of - 1].pos_ == "CCONJ" or doc[of - 1].text == ","):
            head = None
            continue
        role = parse_title(f"{head} {doc[of].text} {words}")
        if role is not None and not role.excluded and role.head != role.role:
            m.role, m.confidence = role, APPOSITION


def _field_before(sent: "Span", name_at: int) -> tuple[int, str] | None:
    """", of the interior, X": the preposition's token and the field's words between it and
    the comma before the name at ``name_at``; None when the words there are not such."""
    doc = sent.doc
    comma = name_at - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    j = comma - 1
    while j > sent.start and comma - j <= 5 and doc[j].lower_ not in gazetteer.grammar_words("portfolio_prepositions"):
        if not (doc[j].is_alpha and (doc[j].is_lower or doc[j].lower_ in title_words())):
            return None
        j -= 1
    if doc[j].lower_ not in gazetteer.grammar_words("portfolio_prepositions") or j + 1 >= comma:
        return None
    return j, doc[j + 1 : comma].text


def _states_listed_before(sent: "Span", end: int, count: int) -> list[str] | None:
    """The ``count`` distinct states the sentence names before token ``end`` as one list
    ("A and B", "A, B and C"), in order; None when it names any other number of states."""
    found = states_between(sent.doc, sent.start, end)
    if len(found) != count or len({name for _, _, name in found}) != count:
        return None
    for (_, stop, _), (start, _, _) in zip(found, found[1:]):
        between = sent.doc[stop:start]
        if not 0 < len(between) <= 2 or not all(t.is_punct or t.pos_ == "CCONJ" for t in between):
            return None
    return [name for _, _, name in found]


def _singular_title(sent: "Span", head_at: int) -> Role | None:
    """The title, in the singular, of a plural head at token ``head_at`` and the title words
    before it ("then foreign ministers": "Minister of Foreign Affairs"); None when there is none."""
    doc = sent.doc
    if head_at < sent.start:
        return None
    head = doc[head_at]
    # "Senators": a plural the tagger took for a proper noun keeps its own form as lemma
    if not (head.tag_ == "NNS" and is_head_word(head.lemma_)) and not is_plural_title(head.text):
        return None
    j = head_at
    stops = gazetteer.grammar_words("determiners") | gazetteer.grammar_words("portfolio_prepositions")
    # "three former foreign ministers": a modifier that ends the post ("former") is read with the title
    modifiers = gazetteer.titles()["modifiers_excluding"]
    while j - 1 >= sent.start and (doc[j - 1].lower_ in title_words() or doc[j - 1].lower_ in modifiers) \
            and doc[j - 1].lower_ not in stops:
        j -= 1
    role = parse_title(" ".join([*(t.text for t in doc[j:head_at]), _singular(head)]))
    return role if role is not None and not role.excluded else None


def _singular(head: "Token") -> str:
    """A plural head's singular: its lemma, or its form without the plural ending."""
    if is_head_word(head.lemma_):
        return head.lemma_
    ending = max((e for e in gazetteer.grammar_words("plural_endings") if head.lower_.endswith(e)
                  and is_head_word(head.lower_[: -len(e)])), key=len)
    return head.text[: -len(ending)]


def respective_posts(sent: "Span", mentions: list[_Mention]) -> None:
    """"the prime ministers of Italy, Belgium and Greece, X, Y and Z": a plural title of a
    list of states, then as many names: each name holds the post for its state, in order."""
    doc = sent.doc
    for run in _untitled_lists(doc, mentions):
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


def _untitled_lists(doc: "Doc", mentions: list[_Mention]) -> "Iterator[list[_Mention]]":
    """The runs of two or more mentions listed one after the other, none of them titled yet."""
    k = 0
    while k < len(mentions):
        run = [mentions[k]]
        while k + len(run) < len(mentions) and _listed_after(doc, run[-1], mentions[k + len(run)]):
            run.append(mentions[k + len(run)])
        k += len(run)
        if len(run) >= 2 and all(m.role is None for m in run):
            yield run


def _listed_after(doc: "Doc", first: _Mention, then: _Mention) -> bool:
    """Whether only commas and conjunctions stand between two names ("X, Y and Z")."""
    end = first.end if first.end > first.start else first.start + 1
    # "A (Busia) and B (Nominated)": a bracket after a name (a constituency, a party) is read past
    if end < then.start and doc[end].text == "(":
        close = next((k for k in range(end + 1, min(then.start, end + 6)) if doc[k].text == ")"), None)
        if close is not None:
            end = close + 1
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
    if of <= sent.start or sent.doc[of].lower_ not in gazetteer.grammar_words("portfolio_prepositions"):
        return None
    role = _singular_title(sent, of - 1)
    return role if role is not None and role.country is None else None


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
    before it) is that official's, not the state of a later person whose title names none,
    when an earlier official's title names none either (whose party the later one is taken
    for) or the later one is joined to it ("Salvadoran President X and President Y"); "EU
    Commissioner X and Turkish Minister Y signed ..., attended by Prime Minister Z" says
    nothing against Z being Turkish."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for k, earlier in enumerate(ordered):
        role = earlier.role
        if role is None or role.excluded or not role.country or role.implied_country or not earlier.after_title:
            continue
        since = _end_of(ordered[k - 1]) if k > 0 else sent.start
        if role.country not in {name for _, _, name in states_between(sent.doc, since, earlier.start)}:
            continue
        for j, later in enumerate(ordered[k + 1 :], start=k + 1):
            # the later one is taken for the party named without a state ("Foreign Minister X"):
            # when every earlier official's title names a state, nothing says whose they are
            untitled = any(m.role is not None and not m.role.excluded and not m.role.country for m in ordered[:j])
            # ... or it is a conjunct ("Salvadoran President X and President Y": two states' holders)
            joined = not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[_end_of(earlier) : later.start])
            if later.role is not None and not later.role.country and (untitled or joined) \
                    and role.country not in later.other_states:
                later.other_states.append(role.country)


def _end_of(m: _Mention) -> int:
    return m.end if m.end > m.start else m.start + 1
