"""Meetings: named officials meeting, where and when, one fact per event.

Find, decide, merge, one module per stage:

- :mod:`.triggers` finds the words that announce a meeting ("met", "hosted", "shook hands",
  "signed", "talks", "summit", "flanked by X", "over dinner with X") and the sentences that
  say an event did not happen, with the spaCy patterns of
  ``kg/data/patterns/meeting_triggers.json`` and ``meeting_unrealised.json``, run once per
  document;
- :mod:`.mentions` finds the people named (and drops states, places, bodies and title
  words the tagger took for names); :mod:`.syntax` reads a trigger's clause;
- :mod:`.participants` decides who took part (coordination, pronouns, titles, counted
  groups, a group the next sentence lists), :mod:`.pronouns` who a subject that names
  nobody stands for; :mod:`.where_when` the place and the day;
- :mod:`.drafts` makes one draft per trigger; :mod:`.merge` keeps one meeting per event;
  :mod:`.hearings` reads a legislature's hearing.

Every word the decisions read is in ``kg/data/events.json`` (places in
``kg/data/places.json`` and every state's capital from :mod:`kg.states`); each rule has a
test in ``tests/test_extract_meetings.py`` or ``tests/test_meetings_transfer.py``.

Rules:

- Clause: a verb trigger's clause is its subtree; a noun trigger's is the subtree of
  the first verb above it ("participate in a Ministerial with X"). Clauses nested in it
  (reported speech, relative clauses, "after Trump threatened ...") are not part of
  it, except witnessing ones ("as Trump watched"). A non-finite trigger ("after signing
  documents with X", "to sign") takes the subject of the verb it depends on.
- Participants: named people (PERSON entities, names of the officials found earlier,
  surnames already seen) in the clause, canonical through ``ctx.person``; not
  possessors of other nouns ("Trump's chief"), modifiers ("the Trump administration")
  or sources ("according to X"). A pronoun subject ("he met") is the most recent named
  official; a title subject ("The Acting Secretary will participate") is the official of
  the article with that title. At least one participant must be an official (in
  ``ctx.officials`` or introduced with a title); unnamed "officials" are not participants.
- More participants: the noun a relative clause describes ("Mena, who met Trump");
  "the two leaders"/"both men" = the two people named just before; a surname one letter
  off one the article gives in full ("Larreta"/"Larretta") is that person. A name
  that continues a place ("in Tuxtla Gutierrez", "Gutierrez" tagged PERSON) is not one.
- Anaphora: "the meeting" naming nothing of its own joins the meeting spoken of last
  ("Whitfield, who also attended the meeting"), or takes the day and place of an earlier
  mention that named nobody ("Sunday's meeting ... Following the meeting, Whitfield").
- Not meetings: negated ("did not meet", "will not sign"), postponed, cancelled or
  never-held ones ("had been due to meet"; a meeting told as to come that a sentence soon
  after calls off, by naming one of its people or "that meeting" again), only floated ones ("hopes to meet", "could
  meet", "proposed talks"), phone calls and video links ("talks by phone"), press conferences (unless held
  jointly, by two or more named people), and signings of
  one-sided documents (a decree, a law).
- Place: the first tier that names one, of the trigger's own phrase, its clause, then
  the verbs it depends on: a city of the table or a venue in one city ("the Oval Office"
  -> Washington), else a country, in a locative position only ("in Miami", "at the White
  House", "visit San Salvador"), so "Washington calls it" or "Guatemala's minister" are
  not places. A state gives its country ("in Chiapas" -> Mexico); a venue several
  capitals have ("Casa Presidencial") is the one in the country named first; "on the
  sidelines of" a venue is at it; a place the tagger knows and the table lacks comes
  after the table's cities and before countries.
- Date: "the same day"/"the next day" count from the last day the article named (a
  timeline's "SEPT 25 -" line); an undated meeting takes the one day of a sentence just
  before naming two of its people ("X told Y on Tuesday ..." then "X met Y"), unless its
  clause gives a vaguer time ("last month"). A day expression in the same tiers, resolved against the article date with
  :mod:`kg.dates` (the next such day for announced meetings, "will visit ... on
  Thursday"); talks over several days have none.
- One meeting per event: a draft joins the most recent earlier one that shares a
  participant, unless each names someone the other lacks and they share only one person
  ("X met Y ... X met Z" are two events), places differ (a city is compatible with its own country), days
  differ (unresolved weekdays are compared by name), a several-day event meets a dated
  one, or the new mention marks itself as another event ("will also participate in a
  bilateral meeting"). The merged meeting keeps the union of participants, the most
  specific place, the known date, and as evidence the sentence naming most people.
- Joining and splitting: "X also attended the ceremony", "X witnessed the signing" join the
  meeting spoken of last;
  "witnessed by X" and "X and Y join the President" (the next sentence) take part; one
  signer alone right after a signing by others ("C signed for Serbia") is its other side;
  named hosts who "received their counterparts from A and B" meet; "the two ministers" are
  the last two named whose posts say "minister", when the article names two;
  a signatory signing with another counterpart is another signing (and does not take
  the earlier signing's day); a mention timed in a month ("signed in July") is not a
  meeting dated in another month.
- More people: "I" in a guest's answer of a Q&A and "you" in the interviewer's question
  are the guest (:mod:`.interviews`: the person the guest's label names, else the one the
  introduction names first), and speaker labels name nobody taking part; a
  bare "Both" after countries were named is no pair of people; a person the text rules
  out ("signed by X, not by Y") is no participant, and such a "not" negates no event.
- Announced talks: "would raise the case with <person>" is talks; a "when he visits El
  Paso" clause gives the place.
- A mention of one person alone with neither place nor time (a headline's "X defends the
  deal after first meeting with Y") tells again a placed or dated meeting that has that
  person; two people alone stay (a meeting of their own at a summit).
- Sentences are those of :func:`sentences` (cut at blank lines): a clause, the verbs above it
  and its place and date stay inside the sentence, though the parser may run a headline or
  a paragraph into the next one.
- Told in passing: "in the presence of X" makes X a participant; a relative clause ("the
  deal that X signed with Y") is an event of its own, not floated by the verbs above it
  ("petitions seeking to annul the deal ..."); an object pronoun ("Y said X will come to
  meet with him") is the official the sentence names before it who does not already take
  part. A signing (or meeting) with people but no place or time takes those of a signing
  (meeting) the sentence just before told without people ("became the third country to
  sign, in a ceremony in New York. The agreement was signed by A and B"). "Visit the
  capital" is the one city of the table the sentence names.
- Present: "X was (also) in the room", "X was present", "in attendance", "on hand" join the
  meeting just told (same place and day), and are nothing without one.
- Hearings: a "hearing" (not in a sentence about a court) in or next to a sentence that
  speaks of a legislature ("the Senate subcommittee") is a meeting of the titled members
  ("Sen. X", "Rep. Y") who question ("X told the witnesses", "Asked by X") or chair ("who
  chairs the subcommittee") and the witnesses: people named after "the witnesses", who
  "testified", or whom such a member asked or questioned; members who only speak
  elsewhere ("Rep. Z said in a statement") are not in it. Any legislature's: a witness
  "appearing before" the committee or "telling senators", "Senators X and Y", "Committee
  chairperson Senator Z". Place: the hearing's own phrase, else the capital of its
  members' (or witnesses') state, else Washington; date: the
  first day of the sentences on the hearing or its questioning ("Senators on Tuesday pressed").
- Colleagues: "he will receive his two colleagues" adds the others of the last meeting he
  took part in, if they are that many, else those of them whose post has his rank (a
  minister's colleagues are ministers and secretaries, not an agency director), if they are
  that many; otherwise nobody. "X said that he will ..." - the pronoun is the speaker X.
- "X raised it with Y when they met in Geneva": "they" are the people of the clause above
  (not its speaker), so the meeting has its place and day. "X is due in Quito on Friday to
  meet Y": the "due" phrase gives the place and makes the meeting announced (next Friday).
  A length told in a relative clause of another event ("Y, who was on a two-day visit")
  does not make the meeting several days long. A name the tagger missed, with a title in
  apposition ("X Y, undersecretary for ..., met Z"), is a titled person; "discussed the plan
  on Tuesday with X" (the parser hangs "with X" on the object) is talks; a verb joined by
  "and" that was by phone ("and spoke by phone with Y") is another event, outside the clause.
  A borough is its city ("Manhattan" -> New York). A held (not announced) meeting with no day
  in a live blog's time-stamped entry ("2:47 p.m. — ...") is on the article's day.
- Other deals: a state or region with its designator ("Rakhine State", "Kurdistan Region",
  from pycountry's subdivisions) is no participant; a sentence the parser ran on from the one
  before (its verb hung on a verb there) takes the words before its verb as its subject; a
  negated trip negates its purpose ("would no longer travel to Kuwait to witness the signing");
  "co-chaired by X and Y" is a meeting of X and Y; "she", after a clause whose subject is an
  official named by title ("The Home Secretary ... held talks with Y. She also met Z"), is that
  official, not Y; "X and Y were present at the signing, as was Z": the clause that repeats the
  predicate for Z is part of the event; a trip made to do something with a named person
  ("travelled to Niamey to launch a partnership with X") and an agreement made with a named
  person at a place ("agreed it with his counterpart X in Queenstown") are meetings.
- Company and bystanders (``tests/test_meetings_company.py``): a trip's companion ("travelled
  to X with Y to meet Z") and "accompanied by Y" take part; "X was the first minister to sit
  down with Y" is X's meeting; "signed by the Interior Minister", "the labor chief", "the
  Egyptian Minister" are the article's official with that post (and state); a name that
  qualifies a thing ("the government of X", "pressure from X") or owns someone ("X's successor")
  takes no part, nor does who authorised, welcomed or criticised the event; a conjunct verb
  with a meeting of its own ("and will meet Z") is another event; "after the ceremony" and
  "on the eve of the summit" time another event; "the summit" is the last event called so; "in
  the presence of the two leaders" are the two named before; a visit of a place alone is no
  meeting; an arrival relative clause ("who landed in Y on Tuesday") places and dates the
  talks; a wire dateline's day is not the event's; a venue with "the" the table lacks is no town.
- Talks and their sides (``tests/test_meetings_talks_sides.py``): negotiations that go on "between
  X and Y" or "with teams led by X and Y" are talks of X and Y; who heads a side of talks told
  without their people ("X is leading the U.S. team", "X also took part") takes part in them, and
  need not be an official; "X was also part of the delegation" and "brought X and Y together"
  are meetings; "report in person to X", "reported back to X / in <city>" too; a trip that
  will not happen ("would not travel to X, where he was to meet Y") holds none, nor does a trip
  "following the meetings"; a signing "on the same occasion" is the event just told; a sentence
  that lists events part by part ("with A on July 26; with B on Sept. 20") tells one per part
  (:mod:`.series`); a phone call in a clause with its own subject leaves the meeting a meeting;
  "she and the ministers of the three countries signed" is a group the next sentence may list
  ("The ministers who signed were X, Y and Z"); a verbless sentence right after talks told
  without their people names their sides ("On the Mexican side, X; on the US side, Y").
- Groups and pronouns (``tests/test_meetings_groups_and_pronouns.py``): a subject whose relative
  clause lists its people ("The delegation, which included X and Y, met Z") brings them; "the
  two met" are the two people named just before; a pronoun subject is not a person its own
  clause meets ("... ties with Y's government. He is due to meet Y": the official before Y);
  "after the three signed" with three countries named since the last people is no group of
  people; "X was joined by Y" joins X's meeting just told, also after a signing told there
  without its people ("where they also signed a memorandum"); "told the Senate committee in
  Ottawa" is a meeting there (a report given face to face); an ordinance is one-sided, and
  "signed off on the funding level" is one person's approval, no signing; "X and Y put their
  names to it" is a signing of X and Y.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...facts import Meeting
from ...parse import doc_text
from ..parties import sentences
from .vocab import _LOOK_BACK, _lemmas, city_of, country_of_city, country_of_region, has_lemma, is_word
from .mentions import _people
from .triggers import _in_passing, _is_signing, _later, _present_at, triggers_in, unrealised
from .where_when import _agreement_day, _dateline_city, _days_named, _live_entry
from .drafts import _Draft, _colleagues_of, _draft
from .syntax import _governor
from .merge import _add, _fold_bare, _day_of_the_same_people, _joinable, _names_the_event_just_told, _other_signing, _signs_for_the_other_side, _to_fact
from .hearings import _hearing
from .participants import lists_the_group, lists_the_sides
from .series import other_places, series
from ...annotate.boilerplate import eventless_lines

__all__ = ["city_of", "country_of_city", "country_of_region", "extract_meetings"]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .. import Context


#: how many sentences after a planned meeting a "called off" may still speak of it
_CALL_OFF_REACH = 4


def _reported_as_to_come(trigger: "Token") -> bool:
    """ "it became known that X would travel to Y to sign it": an event told as to come."""
    return any(c.dep_ == "aux" and is_word(c, "reported_future_markers") for t in [trigger, *trigger.ancestors] for c in t.children)


def _calls_off(sent: "Span", planned: _Draft, people) -> bool:
    """Whether a sentence that says an event did not happen speaks of the planned one: it
    names one of its people ("X called off the trip") or the event again ("That meeting has
    been postponed")."""
    named = {m.name for m in people.within(sent.start, sent.end)}
    again = any(
        has_lemma(t, "several_day_events") and any(c.dep_ == "det" and is_word(c, "definite_determiners") for c in t.children)
        for t in sent
    )
    return again or bool(named & set(planned.participants))


def _aside(trigger: "Token", found: list["Token"]) -> bool:
    """ "President Y, hosted by President X, held talks with Z": a participle set beside a name
    whose own clause tells an event is an aside on how that one came, not a meeting of its own."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or trigger.head.ent_type_ != "PERSON":
        return False
    clause = trigger.head.head
    inside = {t.i for t in trigger.subtree}
    return any(f.i != trigger.i and f.i not in inside and f in clause.subtree for f in found)


def _gathering_just_told(draft: _Draft, last: _Draft) -> bool:
    """ "EU leaders met at a summit. X told reporters after the meeting": the generic noun
    speaks of the summit or conference just told."""
    return bool(draft.nouns) and draft.nouns <= _lemmas("generic_event_nouns") and bool(last.nouns & _lemmas("gathering_nouns"))


def extract_meetings(doc: "Doc", ctx: "Context") -> list[Meeting]:
    """Meetings of named officials in one parsed article, one per event."""
    people = _people(doc, ctx)
    drafts: list[_Draft] = []
    last: _Draft | None = None  # the meeting the article spoke of last, for "the meeting"
    agreed_on: str | None = None  # the day the article last said an agreement was made
    last_day: str | None = None  # the last day the article named, for "the same day"
    recent: list[tuple[set[str], str | None]] = []  # people and the one day of recent sentences
    dateline = _dateline_city(doc_text(doc))
    nameless_in = -2  # the sentence of the last event told without its people
    last_in = -2  # the sentence that told the meeting spoken of last
    group: _Draft | None = None  # a meeting just told with an unnamed group ("met with ministers")
    planned: tuple[_Draft, int] | None = None  # the last meeting told as to come, and its sentence
    quiet = eventless_lines(doc)  # a press contact's lines name whom to call, not who met
    read = [s for s in sentences(doc) if not any(a <= s.start_char < b for a, b in quiet)]
    for number, sent in enumerate(read):
        if group is not None and (listed := lists_the_group(sent, people)):
            # "... met with security ministers. They were X, Y and Z."
            group.participants += [p for p in listed if p not in group.participants]
        group = None
        if (
            last is not None and not last.participants and nameless_in == number - 1 and last.nouns
            and not last.signing and not triggers_in(sent) and (sides := lists_the_sides(sent, people))
        ):
            # "Talks resume at the ministry. On the Mexican side, X; on the US side, Y."
            last.participants, last.named = sides, len(sides)
            last = _add(drafts, last)
            continue
        if unrealised(sent):
            if planned is not None and number - planned[1] <= _CALL_OFF_REACH and planned[0] in drafts and _calls_off(sent, planned[0], people):
                # "X would travel to Y on Monday to sign it. ... X called off the trip."
                drafts.remove(planned[0])
                last = None if last is planned[0] else last
            planned = None
            recent.append((set(), None))
            continue
        found = triggers_in(sent)
        told: tuple[int, _Draft] | None = None  # the last trigger of the sentence and its meeting
        for trigger in found:
            if any(c.dep_ == "dobj" and c in found for c in trigger.children) or _aside(trigger, found):
                continue  # "X and Y hosted the summit": the summit's own mention tells the event
            if _in_passing(trigger, found):
                continue  # "At the end of the meeting, X and Y signed": the signing tells its own event
            draft = _draft(trigger, sent, people, ctx, last_day)
            if draft is None:
                continue
            if last is not None and (
                any(_in_passing(t, found) and t in trigger.subtree for t in found)
                or (draft.distinct and _later(trigger, _governor(trigger)) and not (draft.vague_time or draft.month or draft.several_days))
            ):
                # "At the end of the meeting, X and Y signed", "X and Y later held talks": there and then
                draft.place, draft.date = draft.place or last.place, draft.date or last.date
            if not draft.participants:
                # "Sunday's meeting" names nobody, but dates the meeting "the meeting" then speaks of
                # ("Police were present in Lima" tells of no meeting at all)
                if (draft.place or draft.date) and not draft.anaphoric and not _present_at(trigger):
                    # "to sign ... in a ceremony": the ceremony of a signing is a signing
                    draft.signing = draft.signing or (nameless_in == number and last is not None and last.signing)
                    last, nameless_in = draft, number
                continue
            if draft.anaphoric and last is not None and not last.participants and (draft.signing or not last.signing):
                # "the meeting" after "the accord signed by both countries on May 4" is no signing
                draft.place, draft.date, draft.anaphoric = last.place, last.date, False
            elif _names_the_event_just_told(draft, last, nameless_in == number - 1):
                # "X signed in New York on Wednesday. The agreement was signed by A and B."
                draft.place, draft.date = last.place, last.date
            if (
                draft.date is None and not draft.several_days and not draft.vague_time and _is_signing(trigger)
                and not any(_other_signing(d, draft) for d in drafts)
            ):
                draft.date = agreed_on  # "signed the agreement at a hotel" after "signed on Wednesday"
            if draft.date is None and draft.weekday is None and not draft.several_days and not draft.vague_time:
                draft.date = _day_of_the_same_people(draft, recent[-_LOOK_BACK:])
            if (
                draft.date is None and draft.weekday is None and not draft.announced
                and not (draft.several_days or draft.vague_time) and _live_entry(sent)
            ):
                draft.date = ctx.article.date  # "2:47 p.m. - It's done. X and Y signed ...": a live blog's day
            if draft.place is None and dateline and draft.date and draft.date == ctx.article.date:
                draft.place = dateline  # a wire story's own day happens where it is datelined
            if draft.colleagues:
                peers = _colleagues_of(draft, drafts, ctx)
                draft.participants += [p for p in peers if p not in draft.participants]
                draft.named = len(draft.participants)
            if _present_at(trigger) and last is not None and not last.participants and (last.signing or not last.nouns):
                # "The two met in X, where they also signed Y. A was joined by B": A's meeting just told
                told = next((d for d in reversed(drafts) if d.participants), None)
                last = told if told is not None and set(told.participants) & set(draft.participants) else last
            if (
                _present_at(trigger) and last is not None and not last.participants and nameless_in >= number - 1
                and last.nouns and not last.signing
            ):
                # "Talks resume at the ministry. X is leading the other team": who heads a side
                # of talks just told without their people takes part in them, there and then
                draft.place, draft.date = draft.place or last.place, draft.date or last.date
                draft.joins = False
            elif _present_at(trigger) and not _joinable(last, draft):
                continue  # "X was in the room" with no meeting just told
            if draft.anaphoric and last is not None and not (draft.nouns & last.nouns) and not _gathering_just_told(draft, last):
                # "after the meeting" speaks of the last event called so, not of a signing or
                # talks told since; else of the last meeting that is no signing
                named = next((d for d in reversed(drafts) if d.participants and draft.nouns & d.nouns), None)
                if named is not None:
                    last = named
                elif not draft.signing and last.signing:
                    last = next((d for d in reversed(drafts) if d.participants and not d.signing), last)
                elif draft.nouns and draft.nouns <= _lemmas("ceremony_nouns") and not last.signing:
                    # "X, who attended the ceremony" after talks told since the signing: the signing's
                    last = next((d for d in reversed(drafts) if d.participants and d.signing), last)
            if trigger.dep_ == "relcl" and told is not None and told[0] == trigger.head.i and last is told[1]:
                draft.joins = True  # "the summit that X is hosting": its host takes part in it
            if _signs_for_the_other_side(draft, last, last_in == number - 1):
                draft.joins = True  # "The deal was signed for the EU by A and B. C signed for Serbia."
            last = _add(drafts, draft, last)
            last_in = number
            told = (trigger.i, last)
            planned = (draft, number) if last is draft and (draft.announced or _reported_as_to_come(trigger)) else planned
            group = last if draft.unnamed_group else group
            # "due in A and B for talks": one event per place, unless the mention told an earlier event
            more_places = other_places(draft, sent) if last is draft else []
            for more in series(draft, trigger, sent, ctx.article.date) + more_places:
                # "signed all three: with A on July 26; with B on Sept. 20": one event per part
                last = _add(drafts, more, None)
        agreed_on = _agreement_day(sent, ctx.article.date) or agreed_on
        days = _days_named(sent, ctx.article.date)
        last_day = days[-1] if days else last_day
        named = {m.name for m in people.within(sent.start, sent.end)}
        recent.append((named, days[0] if len(set(days)) == 1 else None))
    hearing = _hearing(doc, people, ctx)
    if hearing is not None:
        _add(drafts, hearing)
    return [_to_fact(d) for d in _fold_bare(drafts)]
