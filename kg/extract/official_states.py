"""The state an official serves when the title names none: from a known office holder's
ministry named in the sentence, the sentence, the paragraph, the dateline, the officials
nearby, the article's own state (the one no minister's title names), or the one state
among the article's officials that has such a post; never a state the text gives another
party (a counterpart's, a conjunct's, one in another official's title). Part of
:mod:`.officials`; where in the text a state counts is :mod:`.state_clues`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import gazetteer
from ..facts import Official
from ..parse import doc_text
from .article_states import _dateline_country, _masthead_state, _states_counted, home_states
from .official_mentions import CONTEXT_COUNTRY, TITLE_WITH_COUNTRY, _Mention, _Person
from .official_pairs import (
    _beside_another_state, _held, _met, _side_by_side, past_holder, plural_title_partner_states,
)
from .roles import Role
from .state_clues import (
    _conjunct_states, _paragraph_bounds, _paragraph_states_before, _states_before, _states_in, _states_reported,
    _name_token, _own_clause, _subject_states, _unnamed, _unquoted, counterpart_state, governed_state, group_state, kind_state, meeting_party_states,
    pair_state, subdivision_state,
)
from .post_states import _body_country, _embassy_state, _states_without
from .state_visits import host_states, visited_states
from .state_roles import acting_states, place_only_states
from .title_context import other_party_states, states_between

if TYPE_CHECKING:
    from . import Context


def _hosts_by_dateline(officials: list[Official], ctx: "Context") -> None:
    """"GUATEMALA CITY - ... U.S. Ambassador X": a diplomat named without a host state, in an
    article filed from another state, is posted there ("Ambassador to Guatemala"); else (no
    dateline, or one of the diplomat's own state) in the one other state the sentence names
    ("Kuwait expelled Philippine Ambassador X").

    Only when the sentence that gives the post names no third state.
    """
    heads = set(gazetteer.titles().get("diplomatic_heads", []))
    if not any(o.role in heads and o.country for o in officials):
        return
    dateline = _dateline_country(ctx.article.text)
    for o in officials:
        if o.role not in heads or not o.country:
            continue
        named = _states_in(_unquoted(o.evidence.text)) - {o.country}
        host = dateline if dateline not in (None, o.country) else (next(iter(named)) if len(named) == 1 else None)
        if host is None or o.country == host or named - {host}:
            continue
        o.role = f"{o.role} to {host}"


def _sentence_country(person: _Person) -> str | None:
    """"El Salvador followed ..., when Foreign Minister X signed": the one country the sentence names first.

    Only for a post read without a country, and only when the sentence names exactly one
    country and names it before the person. The person's own clues come first: the
    counterpart phrase that names them ("his Zimbabwean counterpart, Minister X") or the
    subdivision they represent ("Senator X of Vermont"), the state they rule ("Belarus, ruled
    by President X") or whose delegation they were in ("the Mexican delegation, which included
    X"), then the place they receive a visitor in ("came to Ankara for talks with Minister X").
    """
    own = {counterpart_state(m) or subdivision_state(m) or governed_state(m) or group_state(m) or kind_state(m)
           for m in person.mentions} - {None}
    if len(own) == 1:
        return own.pop()
    hosts = {s for m in person.mentions for s in host_states(m)}
    if len(hosts) == 1:
        return hosts.pop()
    for m in person.mentions:
        if m.role is not None and not m.role.excluded:
            body = _body_country(m)
            if body:
                return body
    others = _other_states(person)
    for m in person.mentions:
        if m.role is None or m.role.excluded:
            continue
        others |= _titled_in_sentence(m, person)
        name_at = m.sentence.doc[m.start].idx - m.sentence.start_char
        found = [f for f in gazetteer.find_countries(_own_clause(_unnamed(m.sentence), name_at)) if f[2].name not in others]
        distinct = {c.name for _, _, c in found}
        if len(distinct) == 1 and all(e <= name_at for _, e, _ in found):
            return distinct.pop()
    return None


def _context_country(person: _Person, ctx: "Context") -> str | None:
    """The state of a post read without one, from its context: the state that is the subject
    of the clause the person reports ("Kenya will ..., X said"), else the one state the sentence
    names (a city of it counts, "in Guatemala City"), else the one the paragraph names; not
    when the paragraph names its states only as places or as their people ("The flight
    departed from Warsaw, Poland", "Somali refugees"): what the article says decides then.

    Only for a post that states hold: an IGO's post never takes a country from context.
    """
    posted = [m for m in person.mentions if m.role is not None and not m.role.excluded]
    if not posted:
        return None
    if any(m.role.head in gazetteer.titles().get("diplomatic_heads", []) for m in posted):
        # a diplomat serves the state that sends them, not the one the text places them in
        return _embassy_state(ctx.article.text)
    others = _other_states(person)
    for m in posted:
        found = (_states_reported(m) or _states_before(m)) - _states_without(m.role) - others - _titled_in_sentence(m, person)
        if len(found) == 1:
            return found.pop()
    for m in posted:
        found = _paragraph_states(m, person, others)
        if found and found <= _placed_around(m):
            continue  # where the news happens or whom it moves, not whom the person serves: the article says
        if len(found) == 1:
            return found.pop()
        found &= _subject_states(m)
        if len(found) == 1:
            return found.pop()
    return None


def _titled_in_sentence(m: _Mention, person: _Person) -> set[str]:
    """"During the visit of the Foreign Minister of Kuwait, Y, ... Minister X held talks": the
    states the titles of others in the person's sentence name are theirs, not X's (:func:`_titled_nearby`)."""
    return _titled_nearby(m, person, bounds=(m.sentence.start_char, m.sentence.end_char))


def _paragraph_states(m: _Mention, person: _Person, others: set[str]) -> set[str]:
    """The states the paragraph of ``m`` names that may be the person's (:func:`_context_country`)."""
    paragraph = m.sentence.doc.char_span(*_paragraph_bounds(m.sentence), alignment_mode="expand")
    elsewhere = other_party_states(paragraph, m.start) if paragraph is not None else set()
    return _paragraph_states_before(m) - _states_without(m.role) - others - elsewhere - _titled_nearby(m, person)


def _state_of_the_place(person: _Person) -> str | None:
    """"The National Guard grew in Mexico. The Guard's commander, X, said ...": the one state
    the paragraph names only as a place, when nothing else in the article says whom the
    person serves (the last reading; :func:`_context_country` defers it to the article)."""
    posted = [m for m in person.mentions if m.role is not None and not m.role.excluded]
    if not posted or any(m.role.head in gazetteer.titles().get("diplomatic_heads", []) for m in posted):
        return None
    others = _other_states(person)
    for m in posted:
        found = _paragraph_states(m, person, others)
        if len(found) == 1:
            return found.pop()
    return None


def _placed_around(m: _Mention) -> set[str]:
    """The states the mention's paragraph names only as a place or as their people ("The
    flight departed from Warsaw, Poland"), which the person's own sentence does not give them (:mod:`.state_roles`); never the state the article is written from
    ("more boats crossing to the UK" in a Home Office release: the home's officials)."""
    doc = m.sentence.doc
    lo, hi = _paragraph_bounds(m.sentence)
    paragraph = doc.char_span(lo, hi, alignment_mode="expand")
    if paragraph is None:
        return set()
    placed = place_only_states(doc, (paragraph.start, paragraph.end))
    return placed - (_states_before(m) | _states_reported(m)) - home_states(doc_text(doc))


def _state_of_the_pair(person: _Person) -> str | None:
    """The one state a mention of a state's post pairs the person with (:func:`.state_clues.pair_state`)."""
    found = {pair_state(m) for m in person.mentions
             if m.role is not None and not m.role.excluded and _is_governmental(m.role)} - {None}
    found -= {s for m in person.mentions if m.role is not None for s in _states_without(m.role)}
    return found.pop() if len(found) == 1 else None


def _state_of_the_dateline(person: _Person, ctx: "Context", made: list[tuple[Official | None, _Person]]) -> str | None:
    """"TEGUCIGALPA –": the state an article is filed from, for a post read without one when
    nothing nearer says; not when a minister's or leader's title names that state ("Moroccan
    Prime Minister X" in a piece from Rabat on a Spanish visit: the untitled are the visitors),
    and never for a diplomat (who serves the state that sends them)."""
    posted = [m for m in person.mentions if m.role is not None and not m.role.excluded]
    heads = gazetteer.titles().get("diplomatic_heads", [])
    if not posted or any(m.role.head in heads for m in posted):
        return None
    dateline = _dateline_country(ctx.article.text)
    if dateline in _states_without(posted[0].role) | _other_states(person) | _titled_states(made):
        return None
    return dateline


def _subordinate(m: _Mention) -> bool:
    """"His foreign minister, X", "her deputy X": a post a pronoun makes someone's, a person
    already named (whose state is then X's too)."""
    name = _name_token(m)
    heads = [name, name.head] if name.dep_ == "appos" else [name]
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for h in heads for c in h.children)


def _titled_nearby(m: _Mention, person: _Person, made: list[tuple[Official | None, _Person]] = (),
                   bounds: tuple[int, int] | None = None) -> set[str]:
    """The states the titles of other people in the paragraph of ``m`` name ("Mexico's
    Secretary of Labour, Y" beside Minister X; or in the sentence ``bounds``): another party's. Only a state the sentence
    writes, and only when no other official of that state is named there without it
    ("President Y attended with foreign minister X"), and not a diplomat's (who serves abroad: "Kuwait expelled Philippine Ambassador Y" says
    nothing against X being Philippine)."""
    from ..annotate.people import ATTR, people

    doc = m.sentence.doc
    lo, hi = bounds or _paragraph_bounds(m.sentence)
    heads = gazetteer.titles().get("diplomatic_heads", [])
    own = {n.start for n in person.mentions}
    titled: set[str] = set()
    plain: set[str] = set()  # a state another official there serves named without it is no foreign one
    for span in people(doc):
        post = (span._.get(ATTR) or {}).get("post") or {}
        if not (lo <= span.start_char < hi) or span.start in own or not post.get("state") or post.get("implied") \
                or post.get("excluded") or post.get("head") in heads:
            continue
        if bounds is not None and (_conjoined(span) or _listed_before(span, m)):
            continue  # "X and Cameroon's Minister Y sign": a state that tells two parties apart, no foreign one
        sent = span.sent
        written = post["state"] in {state for _, _, state in states_between(doc, sent.start, sent.end)}
        (titled if written else plain).add(post["state"])
    for o, p in made:  # and the officials whose state is known from elsewhere ("President Y"), not from here
        if o is not None and o.country and p is not person and o.confidence > CONTEXT_COUNTRY:
            plain |= {o.country for n in p.mentions if lo <= n.sentence.start_char < hi
                      and o.country not in {st for _, _, st in states_between(doc, n.sentence.start, n.sentence.end)}}
    return titled - plain


def _conjoined(span) -> bool:
    """Whether a person's name (or the title it is in apposition to) is a conjunct of another
    person's, also when the parse misses it: a name closed by "and" right before the title."""
    tok = span.root
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
        return True
    doc = span.doc
    for k in range(span.start - 1, max(span.sent.start, span.start - 12), -1):
        if doc[k].ent_type_ == "PERSON" or doc[k].pos_ in ("VERB", "AUX"):
            return False
        if doc[k].pos_ == "CCONJ":
            return doc[k - 1].ent_type_ == "PERSON"
    return False


def _listed_before(span, m: _Mention) -> bool:
    """"Senegal's foreign minister, Y, and interior minister X": a titled person named right
    before the person with "and" between and no verb, often a colleague of the same state."""
    doc = span.doc
    between = doc[span.end : m.start]
    return span.end <= m.start and len(between) <= 12 and any(t.pos_ == "CCONJ" for t in between) \
        and not any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" for t in between)


def _titled_states(made: list[tuple[Official | None, _Person]]) -> set[str]:
    """The states a minister's or leader's title names in the article ("Libyan foreign
    minister", "his Libyan counterpart, Minister X"); not a diplomat's ("Mexico's ambassador to the United States" serves abroad)."""
    heads = gazetteer.titles().get("diplomatic_heads", [])
    titled = {m.role.country for _, p in made for m in p.mentions
              if m.role is not None and m.role.country and _is_governmental(m.role) and not m.role.implied_country
              and m.role.head not in heads and not _beside_another_state(p, m.role.country, made)}
    # "his Zimbabwean counterpart, Minister X", "the Venezuelan delegation was led by Minister X"
    # name a foreign official's state too
    return titled | {counterpart_state(m) or group_state(m) for _, p in made for m in p.mentions if m.role is not None} - {None}


def _state_of_the_government(person: _Person, officials: list[Official]) -> str | None:
    """"Public Safety Minister X" in an article whose officials serve Canada and the US: the
    one state among the article's officials that has such a post (the US has no ministers),
    when neither the sentence, the paragraph nor the dateline names one. Not a state whose officials
    carry it in their title when the article names, twice, a state no title names that may be the person's: its own."""
    posted = [m for m in person.mentions if m.role is not None and not m.role.excluded]
    if not posted:  # any post read as an official's: an IGO's names its IGO, so this one is a state's
        return None
    states = {o.country for o in officials if o.country and gazetteer.country_by_name(o.country) is not None}
    # a post with a portfolio has one holder per state: another's "Minister of Labour" of Chile is not this one's
    held = {o.country for o in officials if o.name != person.name and o.role == posted[0].role.role != posted[0].role.head
            and not past_holder(person)}  # a holder of another time ("then foreign minister") is no rival
    never = _states_without(posted[0].role) | _other_states(person) | held
    titled = {o.country for o in officials if o.confidence >= TITLE_WITH_COUNTRY} | never
    found = states - never
    if any(n >= 2 and s not in titled for s, n in _states_counted(doc_text(posted[0].sentence.doc)).items()):
        found -= titled
    return found.pop() if len(found) == 1 else None


def _state_of_officials_nearby(person: _Person, made: list[tuple[Official | None, _Person]]) -> str | None:
    """"Education Minister X wrote that ..." in a paragraph whose other officials all serve
    Israel: the one state of the other officials named in the person's paragraphs, for a
    post read without its state when neither the sentence nor the paragraph names one (any
    post: the head of a state body too, "Director-General of the Department of Employment").
    Not a diplomat's: "Israel's ambassador in Bangkok" beside Labour Minister X is posted
    where X governs, so their state says nothing of X's. Only an official whose own words
    give their state (a title, a known holder, the sentence), not one read from the paragraph
    or the article like this one ("Minister Y" beside President X: Y's guess is no clue to
    X's), and not one named beside the person as another party ("X and German Minister Y")."""
    posted = [m for m in person.mentions if m.role is not None and not m.role.excluded]
    if not posted:  # any post read as an official's: an IGO's names its IGO, so this one is a state's
        return None
    spans = {_paragraph_bounds(m.sentence) for m in posted}
    heads = gazetteer.titles().get("diplomatic_heads", [])
    found = {
        o.country for o, p in made
        if p is not person and o is not None and o.country and gazetteer.country_by_name(o.country) is not None
        and not any(n.role is not None and n.role.head in heads for n in p.mentions)  # a diplomat serves abroad
        # a state the other's own words or a known holder give, not one read from around them
        and o.confidence != CONTEXT_COUNTRY
        and any(lo <= m.sentence.start_char < hi for m in p.mentions for lo, hi in spans)
        and not _side_by_side(person, p) and not _met(person, p)
    }
    found -= _states_without(posted[0].role) | _other_states(person)
    if not any(_subordinate(m) for m in posted):  # "His foreign minister, X": the leader's own
        found -= {state for m in posted for state in _titled_nearby(m, person, made)}  # foreign: named with their state
    return found.pop() if len(found) == 1 else None


def _state_of_the_article(person: _Person, made: list[tuple[Official | None, _Person]]) -> str | None:
    """"Prime Minister Robert Abela" in an article on Malta and Libya whose Libyan and Italian
    officials are named with their states: news names its own government's officials
    without a state and a foreign one's with it, so a post read without a state (a minister's,
    or a state body's head's) takes the state the article names that no minister's or leader's title names: the one
    another official named without a state serves (before the other titled state of whom
    the person meets: "X met Tunisian minister Y" in a piece that titles Egypt's too), else
    the outlet's own when its masthead
    names one (:func:`_masthead_state`), else the most named one when it is named at least
    twice as often as any other such state (of the states the text makes an actor, when
    none stands out among all: :func:`.state_roles.acting_states`); never one named only in passing (twice at
    least, and a quarter as often as the most named state). The demonyms of the people the
    news is about do not count (:func:`_states_counted`). A state whose holder of the same
    post the article names is not this one's; when that leaves no untitled state, the most
    named other state is (the other party's leader, named without a state)."""
    posted = [m for m in person.mentions if m.role is not None and not m.role.excluded]
    if not posted:  # any post read as an official's: an IGO's names its IGO, so this one is a state's
        return None
    counts = _states_counted(doc_text(posted[0].sentence.doc))
    # a state whose holder of this very post the article names is not this holder's ("Prime
    # Minister Y" beside Italy's Prime Minister X in Tunis)
    never = _states_without(posted[0].role) | _other_states(person) | _held(person, posted[0].role, made)
    met = _states_met(person, made)
    partners = plural_title_partner_states(person, made)  # "then foreign ministers X and Y": two states
    never |= met | partners
    named = {s for s in counts if gazetteer.country_by_name(s) is not None and s not in never}
    other = {s for s in _titled_states(made) - never if gazetteer.country_by_name(s) is not None}
    left = named - _titled_states(made)
    # a state named in passing ("as Italy did") is not the article's own; the states whose
    # officials are titled are foreign ones, however often the article names them
    most = max((counts[s] for s in left), default=0)
    left = {s for s in left if counts[s] >= 2 and 4 * counts[s] >= most}
    served = left & {o.country for o, p in made if o is not None and p is not person
                     and any(m.role is not None and m.role.country is None for m in p.mentions)}
    home = _masthead_state(doc_text(posted[0].sentence.doc))
    if home in named:
        return home  # the outlet's own ("Buenos Aires Times", "EL COMERCIO (Quito)"), also when it titles some of its own
    if len(served) == 1:  # another untitled official's ("then prime minister John Key")
        return served.pop()
    if met and len(other) == 1:  # whom X met serves the other titled state, when no untitled colleague says
        return other.pop()
    ranked = sorted(left, key=lambda s: -counts[s])
    if not ranked and (_held(person, posted[0].role, made) or partners):
        # the article's own holder of the post (or the partner of a shared title) is named: this one is the other party's
        ranked = sorted((s for s in named if counts[s] >= 2), key=lambda s: -counts[s])
    homes = home_states(doc_text(posted[0].sentence.doc))
    if len(ranked) > 1 and counts[ranked[0]] < 2 * counts[ranked[1]] and (not homes or homes & set(ranked)):
        # no state stands out: those the text makes an actor, not only a topic or a place (not
        # when the article is filed from none of them: all are foreign then)
        acting = acting_states(posted[0].sentence.doc)
        ranked = [s for s in ranked if s in acting] or ranked
    if not ranked:
        return None
    return ranked[0] if len(ranked) == 1 or counts[ranked[0]] >= 2 * counts[ranked[1]] else None


def _states_met(person: _Person, made: list[tuple[Official | None, _Person]]) -> set[str]:
    """"X then met Parliament Speaker Y": the state of an official the person meets (read
    from a title or a known holder, not from context) is the other party's, not theirs."""
    return {o.country for o, p in made if o is not None and p is not person and o.country
            and o.confidence > CONTEXT_COUNTRY and _met(person, p)}


def _is_governmental(role: Role) -> bool:
    return role.head in gazetteer.titles().get("governmental_heads", [])


def _other_states(person: _Person) -> set[str]:
    """States that are not this person's: a counterpart's, another party's named where the
    person is ("the Libyan side"), the one of whoever meets them ("the Kenyan minister met X"),
    or the one the person travels to ("X travels to Algiers")."""
    out = {state for m in person.mentions for state in m.other_states}
    out |= {state for m in person.mentions for state in meeting_party_states(m) | visited_states(m)}
    for m in person.mentions:
        if m.role is not None:
            out |= other_party_states(m.sentence, m.start) | _conjunct_states(m)
    return out - {counterpart_state(m) for m in person.mentions if m.role is not None}
