"""Meetings: named officials meeting, where and when, one fact per event.

Find, then set: each sentence is scanned for *triggers* (a meeting verb such as "met",
"hosted", "shook hands", "signed"; a meeting noun such as "talks", "a meeting", "a
Ministerial", "the signing ceremony"; "flew to X to discuss"); each trigger becomes a
draft with participants, place and date read from its own clause; drafts of the same
event, in one sentence or across the article, are merged.

Rules (vocabulary in ``kg/data/events.json``, places in ``kg/data/places.json``; each
rule has a test in ``tests/test_extract_meetings.py``):

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
  never-held ones ("had been due to meet"), only floated ones ("hopes to meet", "could
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
  participant, unless places differ (a city is compatible with its own country), days
  differ (unresolved weekdays are compared by name), a several-day event meets a dated
  one, or the new mention marks itself as another event ("will also participate in a
  bilateral meeting"). The merged meeting keeps the union of participants, the most
  specific place, the known date, and as evidence the sentence naming most people.
- Joining and splitting: "X also attended the ceremony", "X witnessed the signing" join the
  meeting spoken of last;
  a signatory signing with another counterpart is another signing (and does not take
  the earlier signing's day); a mention timed in a month ("signed in July") is not a
  meeting dated in another month.
- More people: "I" in an answer of a Q&A is the person the introduction names first; a
  bare "Both" after countries were named is no pair of people; a person the text rules
  out ("signed by X, not by Y") is no participant, and such a "not" negates no event.
- Announced talks: "would raise the case with <person>" is talks; a "when he visits El
  Paso" clause gives the place.
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
  elsewhere ("Rep. Z said in a statement") are not in it. Place: the hearing's own phrase, else Washington; date: the
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
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ..dates import date_expressions, resolve_date
from ..facts import Evidence, Meeting
from ..gazetteer import country, find_countries
from ..parse import doc_text
from .parties import canonical_person, sentences, surnames, terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from . import Context

_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "relcl", "csubj", "advcl"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# links along which a non-finite verb shares the subject of the verb it depends on
_CONTROL_DEPS = frozenset({"xcomp", "advcl", "pcomp", "conj", "prep", "pobj"})
_LOCATIVE_PREPS = frozenset({"in", "at", "to", "inside", "into"})
_NOT_SPEECH = frozenset({"ccomp", "parataxis"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# sentences back in which the same people with a day date an undated meeting
_LOOK_BACK = 2
_SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins"})


# --- vocabulary -------------------------------------------------------------------


@cache
def _vocab() -> dict:
    return terms("events.json")


@cache
def _places() -> dict:
    return terms("places.json")


@cache
def _lemmas(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _vocab()[key])


@cache
def _place_regex() -> re.Pattern[str]:
    """Cities, their other spellings and venues, longest first, as whole words."""
    p = _places()
    forms = {*p["cities"], *p["aliases"], *p["venues"], *p["regions"], *p["ambiguous_venues"]}
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def city_of(form: str) -> str | None:
    """The city a city name, alias or venue stands for ("Oval Office" -> "Washington")."""
    p = _places()
    if form in p["cities"]:
        return form
    return p["aliases"].get(form) or p["venues"].get(form)


def country_of_city(city: str | None) -> str | None:
    """The country a city of the table is in."""
    return _places()["cities"].get(city) if city else None


def country_of_region(form: str) -> str | None:
    """The country of a state or province of the table ("Chiapas" -> "Mexico")."""
    return _places()["regions"].get(form)


def _venue_city(form: str, sent: "Span") -> str | None:
    """The city of a venue that several capitals have ("Casa Presidencial"): the one in the
    country the sentence names first, else the one the article names first."""
    candidates = _places()["ambiguous_venues"].get(form)
    if not candidates:
        return None
    by_country = {country_of_city(c): c for c in candidates}
    for text in (sent.text, doc_text(sent.doc)):
        for _, _, c in find_countries(text):
            if c.name in by_country:
                return by_country[c.name]
    return None


@cache
def _unrealised_regex() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(p) for p in _vocab()["unrealised_phrases"]), re.I)


@cache
def _not_meeting_regex() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _vocab()["not_meeting_nouns"]) + r")\s*$", re.I)


# --- people -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    """One mention of a named person in the document."""

    start: int  # token offsets in the doc
    end: int
    root: int
    name: str  # canonical in the article
    titled: bool  # introduced with a title of office ("Foreign Minister X", "X, the minister")


@dataclass
class _People:
    """Every named-person mention of the article, and who among them are officials."""

    mentions: list[_Person]
    officials: set[str]
    by_token: dict[int, _Person] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    def is_official(self, name: str) -> bool:
        if _fold(name) in self.officials:
            return True
        return any(m.titled for m in self.mentions if m.name == name)

    def latest_before(self, token: int, *, officials_only: bool = True) -> str | None:
        """The last person named before a token ("he" = the most recent named official)."""
        for m in reversed(self.mentions):
            if m.end <= token and (not officials_only or self.is_official(m.name)):
                return m.name
        return None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def _people(doc: "Doc", ctx: "Context") -> _People:
    """Named-person mentions: PERSON entities, plus names of known officials the model missed."""
    known = surnames(doc)
    spans: list[tuple[int, int]] = []
    for start, end in _untagged_titled_names(doc):
        words = doc[start:end].text.split()
        spans.append((start, end))
        known.setdefault(words[-1], " ".join(words))  # "Reyes" later is the same person
    for ent in doc.ents:
        if ent.label_ == "PERSON" and country(ent.text) is None and city_of(ent.text) is None:
            spans.append((ent.start, ent.end))
    forms: set[str] = set(ctx.people)
    for o in ctx.officials:
        forms.add(o.name)
        forms.update(o.aliases)
    forms.update(known.values())
    forms.update(known)
    for form in sorted((f for f in forms if f and len(f) > 2), key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not span.text[:1].isupper():
                continue
            if not any(s < span.end and span.start < e for s, e in spans):
                spans.append((span.start, span.end))
    full_names = _full_names_by_surname(ctx, known)
    misspelt = _misspelt_surnames(doc, full_names, spans)
    spans.extend((i, i + 1) for i in misspelt)
    in_places = _inside_places(doc)
    mentions = []
    for start, end in sorted(spans):
        if _part_of_place(doc, start, end, in_places):
            continue
        span = doc[start:end]
        text = re.sub(r"['’]s?$", "", span.text.strip())
        if not text:
            continue
        name = misspelt.get(start) or canonical_person(ctx, text, known)
        if " " not in name and name in known:
            name = known[name]  # a surname the article gave in full earlier, which ctx.people lacks
        if " " not in name:
            name = _misspelling_of(name, full_names) or name
        mentions.append(_Person(start, end, span.root.i, name, _titled(span)))
    officials = {_fold(o.name) for o in ctx.officials}
    return _People(mentions, officials)


def _untagged_titled_names(doc: "Doc") -> list[tuple[int, int]]:
    """Names the tagger missed that a title follows: "Ana Ruiz Paz, undersecretary for Asia, met ...".

    Two to four capitalised proper nouns, none tagged, the last the subject or object of a verb,
    with a title of office in apposition."""
    heads = _lemmas("title_heads")
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or tok.ent_type_:
            continue
        if not any(c.dep_ == "appos" and c.lower_ in heads for c in tok.children):
            continue
        left = [c for c in tok.lefts if c.dep_ == "compound"]
        start = min((c.i for c in left), default=tok.i)
        name = doc[start : tok.i + 1]
        if not 2 <= len(name) <= 4 or any(t.pos_ != "PROPN" or not t.is_title or t.ent_type_ for t in name):
            continue
        if any(t.lower_ in heads for t in name) or country(name.text) or city_of(name.text):
            continue
        out.append((start, tok.i + 1))
    return out


def _inside_places(doc: "Doc") -> list[tuple[int, int]]:
    """Token spans of the multi-word places of the table ("Tuxtla Gutierrez", "San Pedro Sula")."""
    out = []
    for m in _place_regex().finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span) > 1:
            out.append((span.start, span.end))
    return out


def _part_of_place(doc: "Doc", start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """Whether a name the tagger called a person is the tail of a place: part of a longer
    place of the table, or a capitalised word right after a tagged place in a locative
    phrase ("in Tuxtla Gutierrez" read as GPE "Tuxtla" + PERSON "Gutierrez")."""
    if any(s <= start and end <= e and (s, e) != (start, end) for s, e in places):
        return True
    prev = doc[start - 1] if start > 0 else None
    if prev is None or prev.ent_type_ not in ("GPE", "LOC", "FAC") or not prev.text[:1].isupper():
        return False
    if prev.whitespace_ != " ":
        return False
    root = doc[start:end].root
    return _locative(root) or _locative(prev)


def _full_names_by_surname(ctx: "Context", known: dict[str, str]) -> dict[str, str]:
    """Surname -> full name, of the officials and people the article names in full."""
    out: dict[str, str] = {}
    for full in [o.name for o in ctx.officials] + list(ctx.people.values()) + list(known.values()):
        words = full.split()
        if len(words) > 1:
            out.setdefault(words[-1], full)
    return out


def _misspelling_of(word: str, full_names: dict[str, str]) -> str | None:
    """The one full name whose surname a word misspells by one letter ("Larreta" for
    "Larretta"); short words are left alone, as "Cruz" and "Ruiz" are different people."""
    if len(word) < 6 or word in full_names:
        return None
    close = {full for last, full in full_names.items() if len(last) >= 6 and _one_edit(word, last)}
    return close.pop() if len(close) == 1 else None


def _misspelt_surnames(doc: "Doc", full_names: dict[str, str], spans: list[tuple[int, int]]) -> dict[int, str]:
    """Capitalised words the tagger left untagged that misspell a surname of the article:
    token index -> the full name."""
    taken = {i for s, e in spans for i in range(s, e)}
    out: dict[int, str] = {}
    for tok in doc:
        if tok.i in taken or tok.pos_ != "PROPN" or not tok.is_title:
            continue
        full = _misspelling_of(tok.text, full_names)
        if full:
            out[tok.i] = full
    return out


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _titled(span: "Span") -> bool:
    """Whether a name comes with a title of office: "Foreign Minister X", "X, the minister"."""
    heads = _lemmas("title_heads")
    doc = span.doc
    for i in range(span.start - 1, max(span.sent.start, span.start - 7) - 1, -1):
        tok = doc[i]
        if tok.is_punct and tok.text not in ("’s", "'s", "’", "'"):
            break
        if tok.lower_ in heads:
            return True
    if span.start > span.sent.start and doc[span.start - 1].text == ",":
        # "Guatemala's interior minister at the time, Enrique X": a title phrase set off by a comma
        for i in range(span.start - 2, max(span.sent.start, span.start - 10) - 1, -1):
            if doc[i].is_punct:
                break
            if doc[i].lower_ in heads:
                return True
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in heads:
        return True
    return any(c.dep_ == "appos" and any(t.lower_ in heads for t in c.subtree) for c in root.children)


# --- triggers -----------------------------------------------------------------------


def _is_trigger(tok: "Token") -> bool:
    """Whether a token announces a meeting on its own."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    v = _vocab()
    if _present_at(tok):
        return True
    if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
        if lemma in v["verb_particles"]:
            want = v["verb_particles"][lemma]
            return any(c.lower_ == want for c in tok.children)
        if lemma in _lemmas("verb_lemmas"):
            return True
        if lemma in _lemmas("person_object_verbs"):
            return any(c.dep_ == "dobj" and _names_a_person(c) for c in tok.children)
        if lemma in _lemmas("talk_verb_lemmas"):
            return _talks_on_a_trip(tok) or _talks_with(tok)
        if lemma in _lemmas("person_with_verbs"):
            # "would raise the case with X": talks with a person, not "raised concerns with the plan"
            holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # the parser may hang "with" on the object
            return any(
                c.dep_ == "prep" and c.lower_ == "with" and any(_names_a_person(o) for o in c.children if o.dep_ == "pobj")
                for h in holders for c in h.children
            )
        return False
    if tok.pos_ in ("NOUN", "PROPN"):
        if lower == "talk" or (lemma == "talk" and lower != "talks"):
            return False  # "a talk" is a speech; "talks" are negotiations
        if lemma not in _lemmas("noun_lemmas") and lower not in _lemmas("noun_lemmas"):
            return False
        before = tok.doc[max(tok.sent.start, tok.i - 3) : tok.i + 1].text
        if not _not_meeting_regex().search(before):
            return True
        # a press conference held together is a meeting of those who hold it (two or more: see _draft)
        joint = any(t.lower_ in ("joint", "shared") for t in tok.doc[max(tok.sent.start, tok.i - 4) : tok.i])
        return _is_press_event(tok) and (joint or _talks_with(tok))
    return False


def _present_at(tok: "Token") -> bool:
    """ "X was also in the room", "Y was present": someone at the event just told (it joins it)."""
    if tok.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    places = _lemmas("presence_places")
    for c in tok.children:
        if c.dep_ == "acomp" and c.lower_ in _lemmas("presence_words"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "at"):
            if any(o.dep_ == "pobj" and o.lemma_.lower() in places for o in c.children):
                return True
    return False


def _names_a_person(tok: "Token") -> bool:
    """A person, or a noun with a person in apposition ("his counterpart, X")."""
    return tok.ent_type_ == "PERSON" or any(
        c.dep_ in ("appos", "conj") and c.ent_type_ == "PERSON" for c in tok.children
    )


def _talks_on_a_trip(tok: "Token") -> bool:
    """"flew to San Salvador to discuss ...": talks are the purpose of a trip."""
    return tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in _lemmas("travel_verb_lemmas")


def _talks_with(tok: "Token") -> bool:
    """"discussed the plan with X": talks with someone (the parser may hang "with X" on the object)."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(_names_a_person(o) for o in c.children if o.dep_ == "pobj")
        for d in tok.children if d.dep_ == "dobj" for c in d.children
    )


def _governor(trigger: "Token") -> "Token":
    """The verb whose clause holds the event: the trigger itself, or the first verb above a noun."""
    tok = trigger
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _clause(verb: "Token", keep: "Token") -> set[int]:
    """Token indices of a verb's clause, without the clauses nested in it (but with ``keep``)."""
    witness = _lemmas("witness_verb_lemmas")
    out: set[int] = set()
    stack = [verb]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        for child in tok.children:
            nested = child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX")
            if _remote_conj(child, keep):
                continue  # "met X in Lima and spoke by phone with Y": the call is another event
            if nested and child.lemma_.lower() not in witness and keep not in child.subtree:
                continue
            stack.append(child)
    return out


def _remote_conj(child: "Token", keep: "Token") -> bool:
    """A verb joined by "and" whose own phrase says it was by phone or video."""
    if child.dep_ != "conj" or child.pos_ != "VERB" or keep in child.subtree:
        return False
    words = _lemmas("remote_words")
    return any(
        g.lower_ in words for c in child.children if c.dep_ != "conj" for g in c.subtree
    )


def _chain(verb: "Token", *, through_relative: bool = True) -> list["Token"]:
    """Verbs the clause depends on, up to reported speech ("X met Y, DHS said" stops at met).

    Without ``through_relative``, also up to a relative clause: "petitions seeking to annul
    the deal that X signed" -- the seeking is about the petitions, not about the signing."""
    chain: list["Token"] = []
    tok = verb
    start, end = _sentence_bounds(verb)
    while tok.head.i != tok.i and tok.dep_ not in _NOT_SPEECH and start <= tok.head.i < end:
        if not through_relative and tok.dep_ == "relcl":
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            chain.append(tok)
    return chain


def _sentence_bounds(tok: "Token") -> tuple[int, int]:
    """The token range of the sentence (cut at blank lines, :func:`sentences`) holding a token:
    the parser may hang a headline's verb over the first paragraph."""
    doc = tok.doc
    if "meetings_sentences" not in doc.user_data:
        doc.user_data["meetings_sentences"] = [(s.start, s.end) for s in sentences(doc)]
    spans = doc.user_data["meetings_sentences"]
    at = bisect.bisect_right(spans, (tok.i, len(doc) + 1)) - 1
    if at >= 0 and spans[at][0] <= tok.i < spans[at][1]:
        return spans[at]
    return 0, len(doc)


def _path_up(verb: "Token") -> list["Token"]:
    """The tokens above a verb, up to reported speech."""
    path: list["Token"] = []
    tok = verb
    start, end = _sentence_bounds(verb)
    while tok.head.i != tok.i and tok.dep_ not in _NOT_SPEECH and start <= tok.head.i < end:
        tok = tok.head
        path.append(tok)
    return path


def _subjects(verb: "Token") -> list["Token"]:
    """The subject of a clause, borrowed from the verb above for a non-finite one."""
    tok = verb
    while True:
        subjects = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
        if tok.dep_ == "relcl" and any(c.lower_ in _RELATIVE_PRONOUNS for c in subjects):
            subjects = [tok.head]  # "Mena, who met Trump": the noun the clause describes
        if subjects:
            out = []
            for s in subjects:
                out.append(s)
                out.extend(c for c in s.children if c.dep_ == "conj")
            return out
        if tok.dep_ == "acl" and tok.head.pos_ in ("PROPN", "NOUN"):
            return [tok.head]  # "with Foreign Minister X signing"
        if tok.dep_ not in _CONTROL_DEPS or tok.head.i == tok.i:
            return []
        tok = tok.head


# --- drafts -------------------------------------------------------------------------


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
    announced: bool = False  # "will meet": not yet held


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
    for number, sent in enumerate(sentences(doc)):
        if _unrealised_regex().search(sent.text):
            recent.append((set(), None))
            continue
        for trigger in (t for t in sent if _is_trigger(t)):
            draft = _draft(trigger, sent, people, ctx, last_day)
            if draft is None:
                continue
            if not draft.participants:
                # "Sunday's meeting" names nobody, but dates the meeting "the meeting" then speaks of
                # ("Police were present in Lima" tells of no meeting at all)
                if (draft.place or draft.date) and not draft.anaphoric and not _present_at(trigger):
                    # "to sign ... in a ceremony": the ceremony of a signing is a signing
                    draft.signing = draft.signing or (nameless_in == number and last is not None and last.signing)
                    last, nameless_in = draft, number
                continue
            if draft.anaphoric and last is not None and not last.participants:
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
            if _present_at(trigger) and not _joinable(last, draft):
                continue  # "X was in the room" with no meeting just told
            last = _add(drafts, draft, last)
        agreed_on = _agreement_day(sent, ctx.article.date) or agreed_on
        days = _days_named(sent, ctx.article.date)
        last_day = days[-1] if days else last_day
        named = {m.name for m in people.mentions if sent.start <= m.start < sent.end}
        recent.append((named, days[0] if len(set(days)) == 1 else None))
    hearing = _hearing(doc, people, ctx)
    if hearing is not None:
        _add(drafts, hearing)
    return [_to_fact(d) for d in drafts]


# --- congressional hearings ----------------------------------------------------------------


def _hearing(doc: "Doc", people: _People, ctx: "Context") -> _Draft | None:
    """A congressional hearing: the named members who question or chair it and the named
    witnesses before it, in Washington unless the hearing's own phrase says where, on the
    day the sentences about the hearing or the questioning name."""
    sents = sentences(doc)
    hearing_sents = [
        s for n, s in enumerate(sents)
        if _hearing_noun(s) is not None and _of_a_legislature(sents[max(0, n - 1) : n + 2])
    ]
    if not hearing_sents:
        return None
    members: list[tuple[int, str]] = []
    witnesses: list[tuple[int, str]] = []
    questioning: list["Span"] = []
    for sent in sents:
        here = [m for m in people.mentions if sent.start <= m.start < sent.end]
        for m in here:
            if _legislator(doc, m) and (_questions(doc[m.root]) or _chairs(doc[m.root])):
                members.append((m.start, m.name))
                questioning.append(sent)
        for m in here:
            if _witness(doc, m, sent) or _questioned(doc[m.root], doc):
                witnesses.append((m.start, m.name))
                questioning.append(sent)
        if any(_questions(t) for t in sent if t.lemma_.lower() in _lemmas("legislator_groups")):
            questioning.append(sent)  # "Senators on Tuesday pressed two officials"
    if not members or not witnesses:
        return None
    names = list(dict.fromkeys(n for _, n in sorted(members + witnesses)))
    if not any(people.is_official(n) for n in names):
        return None
    told = [s for s in sents if s in hearing_sents or s in questioning]
    date = next((days[0] for s in told if (days := _days_named(s, ctx.article.date))), None)
    place = None
    for s in hearing_sents:
        noun = _hearing_noun(s)
        place = place or _place(s, [{t.i for t in noun.subtree}])
    best = max(told, key=lambda s: sum(s.start <= m.start < s.end and m.name in names for m in people.mentions))
    return _Draft(
        participants=names, place=place or _vocab()["legislature_city"], date=date, weekday=None,
        several_days=False, distinct=False, anaphoric=False, vague_time=False,
        evidence=Evidence(doc_text(doc)[best.start_char : best.end_char], best.start_char, best.end_char),
        named=len(names),
    )


def _hearing_noun(sent: "Span") -> "Token | None":
    """The "hearing" of a sentence, unless the sentence speaks of a court's."""
    if any(t.lemma_.lower() in _lemmas("court_words") for t in sent):
        return None
    return next((t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in _lemmas("hearing_nouns")), None)


def _of_a_legislature(near: list["Span"]) -> bool:
    """Whether a hearing's sentence or the sentences around it speak of a legislature
    ("testified before the Senate Judiciary Committee. At the hearing, ...")."""
    words = _lemmas("legislature_words")
    return any(t.lemma_.lower() in words or t.lower_ in words for s in near for t in s)


def _legislator(doc: "Doc", m: _Person) -> bool:
    """A name with a legislator's title right before it ("Sen. X", "Rep. X")."""
    titles = _lemmas("legislator_titles")
    return any(doc[i].lower_ in titles for i in range(max(0, m.start - 1), m.end))


def _questions(tok: "Token") -> bool:
    """The subject of a questioning verb ("X told the witnesses", "Senators pressed"), or the
    agent of one ("Asked by X")."""
    while tok.dep_ in ("appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    verbs = _lemmas("questioning_verbs")
    if tok.dep_ == "nsubj":
        return tok.head.lemma_.lower() in verbs
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_.lower() in verbs


def _questioned(tok: "Token", doc: "Doc") -> bool:
    """A witness: the subject of "testified", or the named object of a titled member's
    questioning ("Sen. X asked Y ...", "Rep. X questioned Secretary Y")."""
    while tok.dep_ in ("appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_.lower() in _lemmas("testify_verbs"):
        return True
    if tok.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in _lemmas("questioning_verbs"):
        return False
    titles = _lemmas("legislator_titles")
    return any(
        c.dep_ == "nsubj" and any(t.lower_ in titles for t in c.subtree) for c in verb.children
    )


def _chairs(tok: "Token") -> bool:
    """ "X, who chairs the subcommittee": a member leading the hearing's body."""
    return any(
        t.lemma_.lower() in _lemmas("chair_verbs")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _lemmas("legislature_words") for c in t.children)
        for t in tok.subtree
    )


def _witness(doc: "Doc", m: _Person, sent: "Span") -> bool:
    """A name the sentence gives after "the witnesses", with only appositions between
    ("told the witnesses, X, the acting director of ..., and Y, ...")."""
    for i in range(m.start - 1, sent.start - 1, -1):
        tok = doc[i]
        if tok.lemma_.lower() in _lemmas("hearing_witnesses"):
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            return False
    return False


def _names_the_event_just_told(draft: _Draft, last: _Draft | None, adjacent: bool) -> bool:
    """Whether a mention with people but no place or time names the people of an event the
    sentence just before told without them, with its place or time: a signing names a signing
    ("signed ... in a ceremony in New York" is one), a meeting a meeting."""
    return (
        adjacent
        and last is not None
        and not last.participants
        and draft.place is None
        and draft.date is None
        and draft.weekday is None
        and not (draft.distinct or draft.vague_time or draft.several_days)
        and draft.signing == last.signing
    )


def _days_named(sent: "Span", article_date: str | None) -> list[str]:
    """The days a sentence names, resolved, in text order."""
    found = []
    for start, _, expr in date_expressions(sent.text):
        iso = resolve_date(expr, article_date, prefer="past")
        if iso:
            found.append((start, iso))
    return [iso for _, iso in sorted(found)]


def _day_of_the_same_people(draft: _Draft, recent: list[tuple[set[str], str | None]]) -> str | None:
    """The day a recent sentence gives to two of the meeting's people together: "X told Y
    on Tuesday that ..." then "X met Y at the White House" is one occasion."""
    for names, day in reversed(recent):
        if day and len(names & set(draft.participants)) >= 2:
            return day
    return None


def _is_signing(trigger: "Token") -> bool:
    return trigger.lemma_.lower() in _lemmas("agreement_verbs") or any(
        c.lemma_.lower() in _lemmas("agreement_verbs") for c in trigger.children
    )


def _agreement_day(sent: "Span", article_date: str | None) -> str | None:
    """The day an agreement verb of the sentence gives in its own clause ("agreed on Friday")."""
    for tok in sent:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _lemmas("agreement_verbs"):
            clause = _clause(tok, tok)
            date, _ = _date(sent, [clause], article_date, future=False, anchor=tok.i)
            if date:
                return date
    return None


_LIVE_STAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[—–-]", re.I)


def _live_entry(sent: "Span") -> bool:
    """Whether a sentence is in a live blog's time-stamped entry ("2:47 p.m. — ..."), which
    tells of the article's own day."""
    text = doc_text(sent.doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    return bool(_LIVE_STAMP.match(text[line_start : sent.start_char + 1] or ""))


def _dateline_city(text: str) -> str | None:
    """The city of a wire dateline ("NEW YORK, Sept. 25, 2019 -", "WASHINGTON (Reuters) -")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:4]
    index = {_fold(f): f for f in (*_places()["cities"], *_places()["aliases"])}
    for line in lines:
        m = re.match(r"([A-Z][A-Z.'\- ]{2,40}?)\s*(?:,|\(|—|–|-\s)", line)
        if m and m.group(1).isupper():
            form = index.get(_fold(m.group(1)))
            if form:
                return city_of(form)
    return None


def _draft(
    trigger: "Token", sent: "Span", people: _People, ctx: "Context", last_day: str | None = None
) -> _Draft | None:
    verb = _governor(trigger)
    if _negated_or_floated(trigger, verb):
        return None
    clause = _clause(verb, trigger)
    subjects = _subjects(verb)
    for s in subjects:
        if s.i in clause:
            continue
        if verb in s.subtree:
            clause.add(s.i)  # the noun a relative clause describes, without the rest of its phrase
        else:
            clause |= {t.i for t in s.subtree}
    # the parser may run a sentence on into the next paragraph; the event's words stay in its own
    clause = {i for i in clause if sent.start <= i < sent.end}
    if _remote(trigger, clause, sent):
        return None
    participants = _participants(trigger, clause, subjects, sent, people, ctx)
    if participants and not any(people.is_official(p) for p in participants):
        return None
    if _is_press_event(trigger) and len(participants) < 2:
        return None  # a press conference of one is no meeting
    if trigger.lemma_.lower() in ("sign", "formalize", "formalise") and _one_sided(trigger):
        return None
    tiers = [{i for i in tier if sent.start <= i < sent.end} for tier in _tiers(trigger, clause, verb)]
    # "Morgan, who was on a two-day visit": a relative clause tells of another event's length
    described = {d.i for r in sent if r.dep_ == "relcl" and trigger not in r.subtree for d in r.subtree}
    several = _several_days(sent, ignore=described)
    date, weekday = _date(sent, tiers, ctx.article.date, future=_future(verb), anchor=trigger.i)
    if date is None and weekday is None:
        date = _relative_day(sent, tiers, last_day)
    place = _place(sent, tiers)
    anaphoric = _anaphoric(trigger, people) and place is None and date is None and weekday is None
    joins = _joins(trigger, verb)
    start, end = sent.start_char, sent.end_char
    return _Draft(
        announced=_future(verb),
        colleagues=_colleagues(sent, clause),
        joins=joins,
        signing=_is_signing(trigger),
        month=_month(sent, tiers[0] | tiers[1]),
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


_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")]
    )
    for m in names
}


def _month(sent: "Span", tokens: set[int]) -> int | None:
    """The month a clause names as a time ("signed in July"), if any."""
    for i in sorted(tokens):
        tok = sent.doc[i]
        if tok.lower_ in _MONTHS and tok.pos_ == "PROPN" and tok.ent_type_ == "DATE":
            return _MONTHS[tok.lower_]
    return None


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}


def _colleagues(sent: "Span", clause: set[int]) -> int:
    """ "receive his two colleagues": the number of colleagues the clause speaks of, else 0."""
    for i in sorted(clause):
        tok = sent.doc[i]
        if tok.lemma_.lower() not in _lemmas("colleague_nouns"):
            continue
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            continue
        for c in tok.children:
            if c.dep_ in ("nummod", "det", "predet") and (c.lower_ in _NUMBERS or c.text.isdigit()):
                return _NUMBERS.get(c.lower_) or int(c.text)
    return 0


def _colleagues_of(draft: _Draft, drafts: list[_Draft], ctx: "Context") -> list[str]:
    """ "He will receive his two colleagues": the others of the last meeting he took part in,
    if they are that many; else those of them whose post is of his rank (ministers and
    secretaries are colleagues, not the director of an agency), if they are that many."""
    for old in reversed(drafts):
        shared = set(old.participants) & set(draft.participants)
        if not shared:
            continue
        others = [p for p in old.participants if p not in draft.participants]
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


def _joins(trigger: "Token", verb: "Token") -> bool:
    """ "X also attended the ceremony", "X was also in the room": someone joining the meeting
    just spoken of."""
    return _present_at(trigger) or (
        trigger.pos_ in ("NOUN", "PROPN")
        and verb.lemma_.lower() in _lemmas("joining_verbs")
        and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in trigger.children)
    )


def _several_days(sent: "Span", ignore: set[int] = frozenset()) -> bool:
    """"three days of talks", "a two-day visit", "over three days"; not "the 90-day deal",
    nor a phrase among the ``ignore`` tokens."""
    events = _lemmas("noun_lemmas") | _lemmas("several_day_events")
    for m in re.finditer(_vocab()["multi_day"], sent.text, re.I):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and all(t.i in ignore for t in span):
            continue
        if re.search(r"\b(?:of|in|over|for|during)\b", m.group(0), re.I):
            return True
        after = sent.doc.char_span(sent.start_char + m.end(), sent.end_char, alignment_mode="contract")
        following = [t for t in after if not t.is_punct][:1] if after is not None else []
        if following and (following[0].lemma_.lower() in events or following[0].lower_ in events):
            return True
    return False


def _remote(trigger: "Token", clause: set[int], sent: "Span") -> bool:
    """Talks by phone or video are no meeting: nobody met."""
    words = _lemmas("remote_words")
    doc = trigger.doc
    other = {t.i for c in trigger.children if _remote_conj(c, trigger) for t in c.subtree}
    near = clause | {t.i for t in trigger.subtree if sent.start <= t.i < sent.end and t.i not in other}
    return any(doc[i].lower_ in words for i in near)


def _is_press_event(trigger: "Token") -> bool:
    before = trigger.doc[max(trigger.sent.start, trigger.i - 3) : trigger.i + 1].text.lower()
    return any(before.endswith(p) for p in _vocab()["press_nouns"])


def _anaphoric(trigger: "Token", people: _People) -> bool:
    """"the meeting", "that meeting", naming nobody: the meeting the article spoke of last."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in trigger.children):
        return False
    return not any(t.i in people.by_token for t in trigger.subtree)


def _vague_time(sent: "Span", tokens: set[int]) -> bool:
    """"last month", "in July": the clause times the event, only not to the day."""
    words = _lemmas("vague_time_words")
    return any(sent.doc[i].lower_ in words for i in tokens)


@cache
def _relative_day_regex() -> list[tuple[int, re.Pattern[str]]]:
    out = []
    for offset, phrases in _vocab()["relative_days"].items():
        alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        out.append((int(offset), re.compile(rf"\b(?:{alternation})\b", re.I)))
    return out


def _relative_day(sent: "Span", tiers: list[set[int]], last_day: str | None) -> str | None:
    """"The same day", "the next day": the day the article named last, moved by the offset."""
    if not last_day:
        return None
    near = set().union(*tiers)
    for offset, regex in _relative_day_regex():
        for m in regex.finditer(sent.text):
            span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
            if span is not None and any(t.i in near for t in span):
                try:
                    day = _dt.date.fromisoformat(last_day) + _dt.timedelta(days=offset)
                except ValueError:
                    return None
                return day.isoformat()
    return None


def _negated_or_floated(trigger: "Token", verb: "Token") -> bool:
    """"did not meet", "will not sign", "hopes to meet", "could hold talks", "proposed talks"."""
    for tok in (trigger, verb):
        if any(c.dep_ == "neg" and not _contrastive(c) for c in tok.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ in _lemmas("floated_modals") for c in tok.children):
            return True
    floated = _lemmas("floated_lemmas")
    return any(_word_in(t, floated) for t in [verb, *_chain(verb, through_relative=False)] if t.i != trigger.i)


def _contrastive(neg: "Token") -> bool:
    """ "signed by X, not by Y": the "not" rules out a person, not the event."""
    return neg.i > neg.sent.start and neg.doc[neg.i - 1].text in (",", ";", "—", "–")


def _word_in(tok: "Token", lemmas: frozenset[str]) -> bool:
    """Lemma lookup that survives the small model's slips ("hopes" -> "hop")."""
    lower = tok.lower_
    forms = {tok.lemma_.lower(), lower, lower[:-1], lower[:-2], lower[:-3]}
    return any(f in lemmas for f in forms if f)


def _one_sided(trigger: "Token") -> bool:
    """A signing of a document nobody else signs (a decree, a law) is no meeting."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ == "NOUN":
        objects.append(trigger.head)
    return any(o.lemma_.lower() in _lemmas("one_sided_documents") for o in objects)


def _participants(
    trigger: "Token", clause: set[int], subjects: list["Token"], sent: "Span", people: _People, ctx: "Context"
) -> list[str]:
    """Named people of the clause in text order, with pronoun and title subjects resolved."""
    found: list[tuple[int, str]] = []
    doc = sent.doc
    for m in people.mentions:
        if m.root in clause and sent.start <= m.start < sent.end and _acting(sent.doc[m.root], trigger):
            if re.search(_vocab()["ruled_out_before"], doc_text(doc)[sent.start_char : doc[m.start].idx]):
                continue  # "signed by X, not by Y"
            found.append((m.start, m.name))
    taken = {name for _, name in found}
    for m in people.mentions:
        if sent.start <= m.start < sent.end and m.name not in taken and _witnessing(doc[m.root], trigger):
            found.append((m.start, m.name))  # "signed by X and Y in the presence of Z"
    named_here = bool(found)
    for s in subjects:
        if s.i in people.by_token:
            continue
        for who in _group_subject(s, people) or _they(s, people) or [_resolve_subject(s, people, ctx)]:
            if who:
                found.append((s.i, who))
    for c in trigger.children:
        if c.dep_ == "poss" and c.pos_ == "PRON" and not named_here:
            who = people.latest_before(c.i)  # "his meeting" with nobody else named
            if who:
                found.append((c.i, who))
    for i in sorted(clause):
        tok = doc[i]
        if tok.lower_ in _lemmas("object_pronouns") and _object_of(tok, trigger):
            # "Y said X will visit to meet with him": not X, so the official the sentence named
            # before; a "him" the sentence does not name ("a lawyer who met him") stays unknown
            taken = {name for _, name in found}
            who = next((m.name for m in reversed(people.mentions)
                        if sent.start <= m.start and m.end <= tok.i and m.name not in taken
                        and people.is_official(m.name)), None)
            if who:
                found.append((tok.i, who))
    return list(dict.fromkeys(name for _, name in sorted(found)))


def _object_of(tok: "Token", trigger: "Token") -> bool:
    """Whether a word is the object of the trigger: "met him", "meet with him", "talks with her"."""
    if tok.dep_ == "dobj":
        return tok.head.i == trigger.i
    if tok.dep_ == "pobj" and tok.head.lower_ == "with":
        return tok.head.head.i == trigger.i
    return tok.dep_ == "conj" and _object_of(tok.head, trigger)


def _witnessing(root: "Token", trigger: "Token") -> bool:
    """A person in whose presence the event took place: "in the presence of X" attached to the
    trigger's clause or to a verb above it (the parser may hang it on "said")."""
    tok = root
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    if tok.head.head.lemma_.lower() not in _lemmas("witness_nouns"):
        return False
    holder = _governor(tok.head.head)
    return holder.i == trigger.i or holder in trigger.ancestors or trigger in holder.ancestors


def _acting(root: "Token", trigger: "Token") -> bool:
    """Whether a name is a person taking part, not a possessor, modifier or source."""
    if root.dep_ == "poss" and root.head.i != trigger.i:
        return False  # "Trump's chief"; but "Whitfield's meeting"
    if (
        root.dep_ == "compound"
        and root.head.ent_type_ != "PERSON"
        and root.head.i != trigger.i
        # a second surname the canonical name leaves out ("Julián Ordóñez Tinoco") is still the name
        and not (
            0 < root.head.i - root.i <= 2
            and root.head.is_title
            and all(t.pos_ == "PROPN" for t in root.doc[root.i : root.head.i + 1])
        )
    ):
        return False  # "the Trump administration"
    return not any(t.lower_ == "according" for t in root.ancestors)


def _they(subject: "Token", people: _People) -> list[str]:
    """ "X raised it with Y when they met": "they" are the people the clause above names
    (not the speaker of "Z said X raised ...")."""
    if subject.lower_ != "they" or subject.dep_ != "nsubj":
        return []
    verb = subject.head
    start, end = _sentence_bounds(verb)
    up = verb.head
    while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i and start <= up.head.i < end:
        up = up.head
    if up.i == verb.i or up.pos_ not in ("VERB", "AUX"):
        return []
    clause = _clause(up, verb) - {t.i for t in verb.subtree}
    for s in _subjects(up):
        clause |= {t.i for t in s.subtree}
    names = [m.name for m in people.mentions if m.root in clause and _acting(subject.doc[m.root], up)]
    names = list(dict.fromkeys(names))
    return names if len(names) >= 2 else []


def _group_subject(subject: "Token", people: _People) -> list[str]:
    """"the two leaders", "both men": the two people named just before."""
    two = subject.lower_ == "both" or any(
        c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod") for c in subject.children
    )
    if not two or (subject.lower_ != "both" and subject.lower_ not in _lemmas("group_subjects")):
        return []
    names: list[str] = []
    latest: _Person | None = None
    for m in reversed(people.mentions):
        if m.end <= subject.i and m.name not in names:
            names.append(m.name)
            latest = latest or m
        if len(names) == 2:
            doc = subject.doc
            since = doc_text(doc)[doc[latest.end - 1].idx : subject.idx]
            if subject.lower_ == "both" and find_countries(since):
                return []  # "What about X and Y? - Both signed ...": the countries named since
            return names[::-1]
    return []


def _resolve_subject(subject: "Token", people: _People, ctx: "Context") -> str | None:
    """"he"/"she" = the last official named; "the Acting Secretary" = the official with that title."""
    if subject.lower_ in _lemmas("pronouns"):
        return _speaker(subject, people) or people.latest_before(subject.i)
    if subject.lower_ in _lemmas("first_person"):
        return _interviewee(subject, people)
    if subject.lemma_.lower() not in _lemmas("role_subject_heads"):
        return None
    words = [t.lower_ for t in subject.subtree if t.i <= subject.i and t.dep_ != "det" and t.is_alpha]
    if not words:
        return None
    holders = [
        o.name for o in ctx.officials if o.role and set(words) <= set(re.findall(r"\w+", o.role.lower()))
    ]
    holders = list(dict.fromkeys(holders))
    if len(holders) == 1:
        return holders[0]
    for m in reversed(people.mentions):
        if m.end > subject.i or (holders and m.name not in holders):
            continue
        if holders or _title_before(subject.doc, m, words):
            return m.name
    return None


def _speaker(subject: "Token", people: _People) -> str | None:
    """ "X said that he will ...": the pronoun subject of reported speech is the named speaker."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _lemmas("speech_verbs"):
        return None
    for s in verb.head.children:
        if s.dep_ == "nsubj":
            for t in (s, *(c for c in s.children if c.dep_ == "appos")):
                m = people.by_token.get(t.i)
                if m is not None and people.is_official(m.name):
                    return m.name
    return None


_QUESTION_LINE = re.compile(r"^\s*(?:Q|Question)\s*[:.]", re.M)
_ANSWER_LINE = re.compile(r"^\s*(?:A|Answer)\s*[:.]", re.M)


def _interviewee(subject: "Token", people: _People) -> str | None:
    """ "I met X" in an answer of a Q&A: the person the introduction names before the first
    question is the one speaking."""
    text = doc_text(subject.doc)
    first_question = _QUESTION_LINE.search(text)
    if first_question is None or subject.idx < first_question.start():
        return None
    markers = [(m.start(), "Q") for m in _QUESTION_LINE.finditer(text[: subject.idx])]
    markers += [(m.start(), "A") for m in _ANSWER_LINE.finditer(text[: subject.idx])]
    if max(markers)[1] != "A":
        return None
    doc = subject.doc
    intro = [m for m in people.mentions if doc[m.start].idx < first_question.start()]
    return intro[0].name if intro else None


def _title_before(doc: "Doc", mention: _Person, words: list[str]) -> bool:
    """Whether a mention comes right after a title with all these words ("Acting ... Secretary X")."""
    window = {t.lower_ for t in doc[max(0, mention.start - 8) : mention.start]}
    return set(words) <= window


# --- place and date ------------------------------------------------------------------


def _tiers(trigger: "Token", clause: set[int], verb: "Token") -> list[set[int]]:
    """Where to look for place and date, nearest first: the trigger's phrase, its clause,
    then the adjuncts of the verbs it depends on ("told reporters in Washington after signing")."""
    own = {t.i for t in trigger.subtree} if trigger.pos_ != "VERB" else set(clause)
    rest = clause - own
    # the words on the path up count too: "on September 20, when X signed ..."
    outer: set[int] = {t.i for t in _path_up(verb)}
    for up in _chain(verb):
        for child in up.children:
            if child.dep_ in _CLAUSE_DEPS or trigger in child.subtree or child.dep_ in _SUBJECT_DEPS:
                continue
            if child.dep_ in ("prep", "npadvmod", "advmod", "dobj", "pobj", "attr", "dative", "acomp"):
                outer |= {t.i for t in child.subtree}
    # "would raise it with X when he visits El Paso": the occasion named by a "when" clause
    occasion: set[int] = set()
    for child in verb.children:
        if child.dep_ == "advcl" and any(c.lower_ == "when" for c in child.children if c.dep_ in ("advmod", "mark")):
            occasion |= {t.i for t in child.subtree}
    return [own, rest, outer - own - rest, occasion - own - rest - outer]


def _locative(tok: "Token") -> bool:
    """Whether a place name stands where an event happens: "in Miami", "visit San Salvador"."""
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _SIDELINES:
        return True  # "on the sidelines of the UN General Assembly"
    if tok.dep_ == "pobj":
        return tok.head.lower_ in _LOCATIVE_PREPS
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("visit", "host")


def _place(sent: "Span", tiers: list[set[int]]) -> str | None:
    """The city (or a venue's city), else the country, of the nearest tier naming one.

    A city of the table comes first, then a place the tagger knows and the table lacks
    ("in Comitan"), then a country or the country of a state ("in Chiapas")."""
    doc = sent.doc
    cities: list[tuple[int, str]] = []
    nations: list[tuple[int, str]] = []
    covered: set[int] = set()
    for m in _place_regex().finditer(sent.text):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is None:
            continue
        covered.update(range(span.start, span.end))
        if not _locative(span.root):
            continue
        region = country_of_region(m.group(0))
        city = city_of(m.group(0)) or _venue_city(m.group(0), sent)
        if region:
            nations.append((span.root.i, region))
        elif city:
            cities.append((span.root.i, city))
    for start, end, c in find_countries(sent.text):
        span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
        if span is not None and _locative(span.root) and not covered & set(range(span.start, span.end)):
            nations.append((span.root.i, c.name))
            covered.update(range(span.start, span.end))
    guessed = _untabled_places(sent, covered)
    for tier in tiers:
        for found in (cities, guessed, nations):
            for i, name in found:
                if i in tier:
                    return name
    return _the_capital(sent, tiers)


def _the_capital(sent: "Span", tiers: list[set[int]]) -> str | None:
    """"will visit the capital": the one city of the table the sentence names ("In Tegucigalpa,
    the minister said that X will visit the capital")."""
    near = set().union(*tiers)
    if not any(
        sent.doc[i].lemma_.lower() == "capital" and _locative(sent.doc[i])
        and any(c.lower_ == "the" for c in sent.doc[i].children)
        for i in near
    ):
        return None
    named = {city_of(m.group(0)) for m in _place_regex().finditer(sent.text)} - {None}
    return named.pop() if len(named) == 1 else None


def _untabled_places(sent: "Span", covered: set[int]) -> list[tuple[int, str]]:
    """Places the tagger found and the table lacks, in a locative position: "in Comitan",
    with the capitalised words that continue them ("in Tuxtla Gutierrez", tagged GPE + PERSON)."""
    out = []
    for ent in sent.ents:
        if ent.label_ != "GPE" or covered & set(range(ent.start, ent.end)) or country(ent.text):
            continue
        if not _locative(ent.root):
            continue
        end = ent.end
        while end < sent.end and _continues(sent.doc[end]):
            end += 1
        words = [t.text for t in sent.doc[ent.start : end] if t.lower_ != "the"]
        if words:
            out.append((ent.root.i, " ".join(words)))
    return out


def _continues(tok: "Token") -> bool:
    """A capitalised word that carries a place name on ("Tuxtla" + "Gutierrez")."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha and tok.ent_type_ in ("", "GPE", "PERSON", "LOC")


def _future(verb: "Token") -> bool:
    """An announced meeting ("will visit", "is scheduled to sign"): weekdays look ahead."""
    markers = _lemmas("future_markers")
    for tok in (verb, *_chain(verb)):
        # "will meet", "is scheduled to meet", "is due in X to meet"
        if tok.lemma_.lower() in markers or any(
            c.dep_ in ("aux", "acomp") and c.lower_ in markers for c in tok.children
        ):
            return True
    return False


def _date(
    sent: "Span", tiers: list[set[int]], article_date: str | None, *, future: bool, anchor: int | None = None
) -> tuple[str | None, str | None]:
    """The day of the nearest tier naming one (nearest the anchor token first), resolved;
    else the bare weekday named, if any."""
    doc = sent.doc
    weekday = None
    found = []
    for start, end, expr in date_expressions(sent.text):
        span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
        if span is not None:
            found.append((span, expr))
    if anchor is not None:
        found.sort(key=lambda f: min(abs(t.i - anchor) for t in f[0]))
    for tier in tiers:
        for span, expr in found:
            if not any(t.i in tier for t in span):
                continue
            iso = resolve_date(expr, article_date, prefer="future" if future else "past")
            if iso:
                return iso, None
            named = re.search(r"[a-z]+day", expr.lower())
            weekday = weekday or (named.group(0) if named else None)
    return None, weekday


def _distinct(trigger: "Token", verb: "Token") -> bool:
    """"will also participate in a bilateral meeting", "another meeting": a new event."""
    markers = _lemmas("distinct_markers")
    return any(c.lower_ in markers for tok in (trigger, verb) for c in tok.children)


# --- one meeting per event --------------------------------------------------------------


def _same_place(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return country_of_city(a) == b or country_of_city(b) == a


def _same_day(a: _Draft, b: _Draft) -> bool:
    if a.date and b.date:
        return a.date == b.date
    for vague, dated in ((a, b), (b, a)):
        if vague.month and dated.date and int(dated.date[5:7]) != vague.month:
            return False  # "signed in July" is not the meeting of 3 October
    if (a.several_days and b.date) or (b.several_days and a.date):
        return False  # a day of a several-day event is a meeting of its own
    if a.weekday and b.weekday:
        return a.weekday == b.weekday
    return True


def _other_signing(old: _Draft, new: _Draft) -> bool:
    """ "X signed the first one with Y ... X signed the second one with Z": a signatory
    signing with another counterpart signs another document, at another event."""
    if not (old.signing and new.signing) or (old.date and old.date == new.date):
        return False
    shared = set(old.participants) & set(new.participants)
    return bool(shared) and bool(set(old.participants) - shared) and bool(set(new.participants) - shared)


def _compatible(old: _Draft, new: _Draft) -> bool:
    return (
        not new.distinct
        and not _other_signing(old, new)
        and bool(set(old.participants) & set(new.participants))
        and _same_place(old.place, new.place)
        and _same_day(old, new)
    )


def _joinable(last: _Draft | None, new: _Draft) -> bool:
    """Whether there is a meeting just told that a mention ("X was in the room") can join."""
    if last is None or not last.participants:
        return False
    return _same_place(last.place, new.place) and _same_day(last, new)


def _add(drafts: list[_Draft], new: _Draft, last: _Draft | None = None) -> _Draft:
    """Merge a draft into the latest draft of the same event, or keep it as a new one;
    return the draft it became part of."""
    if (new.anaphoric or new.joins) and last is not None and _same_place(last.place, new.place) and _same_day(last, new):
        _merge(last, new)
        return last
    for old in reversed(drafts):
        if _compatible(old, new):
            _merge(old, new)
            return old
    drafts.append(new)
    return new


def _merge(old: _Draft, new: _Draft) -> None:
    old.participants = list(dict.fromkeys(old.participants + new.participants))
    if old.place is None or country_of_city(new.place) == old.place:
        old.place = new.place or old.place
    old.date = old.date or new.date
    old.weekday = old.weekday or new.weekday
    old.several_days = old.several_days or new.several_days
    if new.named > old.named:
        old.evidence, old.named = new.evidence, new.named


def _to_fact(d: _Draft) -> Meeting:
    return Meeting(participants=d.participants, place=d.place, date=d.date, evidence=d.evidence, confidence=0.8)
