from __future__ import annotations

from dataclasses import dataclass
import re
from typing import TYPE_CHECKING

from ...facts import Evidence
from ...parse import doc_text
from .vocab import _COUNT_DEPS, _lemmas, _vocab, has_lemma, is_word, number_of
from .syntax import _standing_role, _clause, _governor, _negated_or_floated, _one_sided, _purpose_of, _remote, _subjects
from .mentions import _People
from .triggers import _anaphoric, _distinct, _is_call, _is_press_event, _is_signing, _is_trigger, _joins, _present_at, _receives_nobody, _refers_back
from .participants import _participants, _unnamed_group
from .where_when import (
    _date, _future, _month, _place, _relative_day, _sequence_offset, _several_days, _shifted, _tiers, _vague_time, _went_there,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .. import Context


@dataclass
class _Draft:
    participants: list[str]
    place: str | None
    date: str | None
    weekday: str | None  # the weekday named when the date could not be resolved
    several_days: bool
    distinct: bool  # the text says it is another meeting ("also", "another")
    anaphoric: bool  # "the meeting", naming nothing of its own: the meeting spoken of last
    vague_time: bool  # "last month", "in July": a time is given, only not a day
    evidence: Evidence
    named: int  # people named in the evidence sentence, to pick the best evidence
    joins: bool = False  # "X also attended the ceremony": one more participant of the last meeting
    month: int | None = None  # "in July": the month a vaguely timed mention names
    signing: bool = False
    colleagues: int = 0  # "his two colleagues": how many people of the subject's last meeting join
    colleague_state: str | None = None  # "his Moroccan counterpart": the state of the one who joins
    announced: bool = False  # "will meet": not yet held
    unnamed_group: bool = False  # "met with security ministers": a group the next sentence may name
    refers_back: bool = False  # "the signing", "the meeting": an event the article told already
    nouns: frozenset[str] = frozenset()  # what the text called the event ("meeting", "summit")


def _draft(
    trigger: "Token", sent: "Span", people: _People, ctx: "Context", last_day: str | None = None
) -> _Draft | None:
    verb = _governor(trigger)
    if _negated_or_floated(trigger, verb) or _earlier_event(trigger, verb) or _receives_nobody(trigger, people):
        return None
    if _standing_role(verb):
        return None
    if trigger.dep_ == "dobj" and _refers_back(trigger) and (
        has_lemma(trigger.head, "commenting_verbs") or any(c.dep_ == "oprd" for c in trigger.head.children)
    ):
        # "X authorised the signing", "Y welcomed the meeting", "Z called the signing a blow to
        # the law" (the event with a predicate of its own): a view of it, not a part in it
        return None
    clause = _clause(verb, trigger)
    # the parser may hang a sentence on a verb of the one before ("... She announces X.
    # 1-2 May - A and B co-chair the meeting"): that verb's subject is not the event's
    subjects = [s for s in _subjects(verb) if sent.start <= s.i < sent.end]
    for s in subjects:
        # "X, who landed in Y on Tuesday, held talks": the arrival says where and when
        clause |= {t.i for c in s.children if c.dep_ == "relcl" and has_lemma(c, "trip_verbs") for t in c.subtree}
        if s.i in clause:
            continue
        if verb.dep_ == "acl" and verb.head.i == s.i:
            # "X, and Y, signed ..." read as a noun phrase the verb describes: the phrase is the subject
            clause |= {t.i for t in s.subtree} - {t.i for t in verb.subtree}
        elif verb in s.subtree:
            clause.add(s.i)  # the noun a relative clause describes, without the rest of its phrase
        else:
            clause |= {t.i for t in s.subtree}
    clause = (clause | _company(verb)) - _other_events(verb, trigger)
    # the parser may run a sentence on into the next paragraph; the event's words stay in its own
    clause = {i for i in clause if sent.start <= i < sent.end} | _run_on_subject(verb, sent)
    if _remote(trigger, clause, sent):
        return None
    participants = _participants(trigger, clause, subjects, sent, people, ctx)
    # "X was present", "Y is leading the U.S. team": who joins the meeting just told need not
    # be an official of their own; that meeting already has one
    if participants and not any(people.is_official(p) for p in participants) and not _present_at(trigger):
        return None
    if (_is_press_event(trigger) or _is_call(trigger)) and len(participants) < 2:
        return None  # a press conference of one is no meeting, nor a call whose caller is unknown
    if has_lemma(trigger, "signing_verbs") and _one_sided(trigger):
        return None
    tiers = [{i for i in tier if sent.start <= i < sent.end} for tier in _tiers(trigger, clause, verb)]
    # "Morgan, who was on a two-day visit": a relative clause tells of another event's length
    described = {d.i for r in sent if r.dep_ == "relcl" and trigger not in r.subtree for d in r.subtree}
    # "returned after five days in New York, where he held a meeting": a length outside the
    # event's own phrase and clause is the length of something else
    outside = set(range(sent.start, sent.end)) - tiers[0] - tiers[1]
    several = _several_days(sent, ignore=described | outside)
    # "returned on Friday from New York, where he met X": the clause says where, not when
    when = tiers[:3] if tiers[2] and not _went_there(verb) else tiers
    # "a meeting with President X, who took office on 14 January": the day of another event
    aside = {
        d.i for r in sent if r.dep_ == "relcl" and r.head.i in people.by_token and trigger not in r.subtree
        and not has_lemma(r, "trip_verbs") for d in r.subtree
    }
    when = [tier - aside for tier in when]
    offset = _sequence_offset(trigger)
    # "said on Wednesday, after a meeting": the day of the verb above is not the event's
    own = [tier & offset[2] for tier in when] if offset else when
    date, weekday = _date(sent, own, ctx.article.date, future=_future(verb), anchor=trigger.i)
    if date is None and weekday is None:
        date = _relative_day(sent, own, last_day)
    if offset and date is None and weekday is None:
        # "signed on Tuesday, a day after talks in Tunis": that many days from the day above
        above, _ = _date(sent, [tier - offset[2] for tier in when], ctx.article.date, future=_future(verb), anchor=trigger.i)
        date = _shifted(above, offset[0] * offset[1])
    if date is None and weekday is None and len(participants) == 1 and (_names_a_document(trigger) or _describes_its_signer(trigger, people)):
        return None
    place = _place(sent, tiers)
    # "signed ... in Addis Abeba by X and Y": a town the tagger took for a person is the place
    participants = [p for p in participants if p != place]
    anaphoric = _anaphoric(trigger, people) and place is None and date is None and weekday is None
    joins = _joins(trigger, verb)
    start, end = sent.start_char, sent.end_char
    return _Draft(
        unnamed_group=_unnamed_group(trigger, clause, people),
        refers_back=trigger.pos_ in ("NOUN", "PROPN") and _refers_back(trigger),
        nouns=frozenset({trigger.lemma_.lower()}) if trigger.pos_ in ("NOUN", "PROPN") else frozenset(),
        announced=_future(verb),
        colleagues=_colleagues(sent, clause) or int(_counterpart_state(sent, clause) is not None),
        colleague_state=_counterpart_state(sent, clause),
        joins=joins,
        signing=_is_signing(trigger),
        month=_month(sent, (tiers[0] | tiers[1]) - aside),
        participants=participants,
        place=place,
        date=None if several else date,
        weekday=None if several else weekday,
        several_days=several,
        distinct=not anaphoric and not joins and _distinct(trigger, verb),
        anaphoric=anaphoric,
        vague_time=_vague_time(sent, tiers[0] | tiers[1]),
        evidence=Evidence(doc_text(sent.doc)[start:end], start, end),
        named=len(participants),
    )


def _names_a_document(trigger: "Token") -> bool:
    """ "the agreement that X signed with Guatemala in July", "the first of those accords, signed
    by X": a signing told only to say whose a document is, of one person with no day, with a
    state for the other side or the person as its agent, names the document, not an event."""
    if not has_lemma(trigger, "signing_verbs") or trigger.dep_ not in ("relcl", "acl"):
        return False
    head = trigger.head
    nouns = [head] + [g for c in head.children if c.dep_ == "prep" and is_word(c, "genitive_prepositions") for g in c.children]
    if not any(is_word(n, "described_documents") or has_lemma(n, "described_documents") for n in nouns):
        return False
    # the signatory named as the document's ("signed by X") or the other side a state ("with Guatemala"),
    # not a person: "the agreement she signed in September" may still tell of her signing
    return any(c.dep_ == "agent" for c in trigger.children) or any(
        c.dep_ == "prep" and is_word(c, "companion_prepositions") and any(g.ent_type_ == "GPE" for g in c.children)
        for c in trigger.children
    )


def _describes_its_signer(trigger: "Token", people: _People) -> bool:
    """ "X, the country's first prime minister, who signed the treaty in 1962": a signing a
    relative clause tells of the person it hangs on (by name or title), alone, with no day and
    no other side ("who signed in July the agreement with Washington" has one), says who that
    person is, not that an event took place."""
    if not has_lemma(trigger, "signing_verbs") or trigger.dep_ != "relcl":
        return False
    if any(t.dep_ == "prep" and is_word(t, "companion_prepositions") for t in trigger.subtree):
        return False
    head = trigger.head
    return head.i in people.by_token or is_word(head, "title_heads") or (head.dep_ == "appos" and head.head.i in people.by_token)


def _other_events(verb: "Token", trigger: "Token") -> set[int]:
    """ "X was due in Banjul for talks with Y, and will meet Z in Dakar", "X received Y, and
    is expected to meet Z": a verb joined by "and" whose phrase announces a meeting of its own
    is another event, with its own company and day."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and trigger not in c.subtree:
            if any(t.pos_ == "VERB" and _is_trigger(t) for t in c.subtree):
                out |= {t.i for t in c.subtree}
    return out


def _company(verb: "Token") -> set[int]:
    """Who came along: "travelled to X with Y to meet Z" (the trip's companion), "X,
    accompanied by Y, met Z" (a clause of company); the trip is the verb a purpose hangs on."""
    out: set[int] = set()
    for v in (verb, *_purpose_of(verb)):
        # "travelled to X with Y": the parser may hang "with Y" on the destination
        near = [c for c in v.children] + [w for c in v.children if c.dep_ == "prep" for g in c.children for w in g.children]
        for c in near:
            if c.dep_ == "prep" and is_word(c, "companion_prepositions") and has_lemma(v, "trip_verbs"):
                out |= {t.i for t in c.subtree}
            elif c.head.i == v.i and c.dep_ in ("advcl", "acl", "conj") and has_lemma(c, "company_verbs") and c.tag_ == "VBN":
                out |= {t.i for t in c.subtree}
    return out


def _earlier_event(trigger: "Token", verb: "Token") -> bool:
    """ "After the ceremony, X met Y", "on the eve of the summit": a meeting noun that refers
    back and only times another event is the event told before; the verb's trigger tells the new one
    ("after their meeting, they signed" still tells of their meeting)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or not _refers_back(trigger):
        return False
    prep = trigger.head
    # "after the summit", "on the eve of the summit", "ahead of the summit"
    if is_word(prep.head, "sequence_nouns"):
        return True  # a day before or after the event is not the event
    # "following the meetings, the Secretary traveled to Quito": a trip after it is no part of it
    return is_word(prep, "sequence_prepositions") and verb.i != trigger.i and (_is_trigger(verb) or has_lemma(verb, "trip_verbs"))


def _run_on_subject(verb: "Token", sent: "Span") -> set[int]:
    """The words before the verb, when the parser ran the sentence on from the one before and
    hung the verb there ("... ORG said. X and Y, the agency's head, signed ..." read as a
    conjunct of "said"): with no subject of its own and no verb before it in the sentence,
    what opens the sentence is its subject."""
    if verb.head.i == verb.i or sent.start <= verb.head.i < sent.end or verb.i >= sent.end:
        return set()
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return set()
    doc = sent.doc
    if any(doc[i].pos_ in ("VERB", "AUX") for i in range(sent.start, verb.i)):
        return set()
    return set(range(sent.start, verb.i))


def _colleagues(sent: "Span", clause: set[int]) -> int:
    """ "receive his two colleagues": the number of colleagues the clause speaks of, else 0."""
    for i in sorted(clause):
        tok = sent.doc[i]
        if tok.lemma_.lower() not in _lemmas("colleague_nouns"):
            continue
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            continue
        for c in tok.children:
            if c.dep_ in _COUNT_DEPS and number_of(c):
                return number_of(c) or 0
    return 0


def _counterpart_state(sent: "Span", clause: set[int]) -> str | None:
    """ "held a bilateral meeting with his Moroccan counterpart": the state a colleague noun's
    own adjective names, else None."""
    from ..parties import countries_in, names

    for i in sorted(clause):
        tok = sent.doc[i]
        if tok.lemma_.lower() not in _lemmas("colleague_nouns") or tok.tag_ != "NN":
            continue
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) or any(c.dep_ == "appos" for c in tok.children):
            continue  # "his American counterpart, X,": named beside, no one to look for
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and (found := names(countries_in(c.text))):
                return found[0]
    return None


def _colleagues_of(draft: _Draft, drafts: list[_Draft], ctx: "Context") -> list[str]:
    """ "He will receive his two colleagues": the others of the last meeting he took part in,
    if they are that many; else those of them whose post is of his rank (ministers and
    secretaries are colleagues, not the director of an agency), if they are that many; "his
    Moroccan counterpart": the one of them who serves that state."""
    for old in reversed(drafts):
        shared = set(old.participants) & set(draft.participants)
        if not shared:
            continue
        others = [p for p in old.participants if p not in draft.participants]
        if draft.colleague_state is not None:
            serving = [p for p in others if any(o.name == p and o.country == draft.colleague_state for o in ctx.officials)]
            return serving if len(serving) == 1 else []
        if len(others) == draft.colleagues:
            return others
        ranks = {_rank(n, ctx) for n in shared} - {None}
        peers = [p for p in others if _rank(p, ctx) in ranks]
        return peers if len(peers) == draft.colleagues else []
    return []


def _rank(name: str, ctx: "Context") -> str | None:
    """The rank class of a person's post ("Secretary of Security" and "Minister of
    Government" are both "minister"), from the officials of the article."""
    for o in ctx.officials:
        if o.name == name and o.role:
            words = set(re.findall(r"[a-z]+", o.role.lower()))
            for rank, heads in _vocab()["rank_classes"].items():
                if words & set(heads):
                    return rank
    return None
