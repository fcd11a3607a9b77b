"""Agreements: which states signed what kind of deal, who signed it, when, and how far it got.

Find, then set: each sentence is scanned for *mentions* (a kind phrase such as
"safe third country deal", a generic noun such as "the agreement", or "X and Y
agreed"); mentions are then resolved to agreements of the article.

Rules (vocabulary in ``kg/data/agreement_terms.json``; each rule has a test):

- Kind: the longest kind phrase in the mention ("asylum cooperation agreement",
  "memorandum of understanding" -> memorandum of cooperation, "regional accord" ->
  regional compact, "joint communique", "the EU-Turkey statement" -> joint declaration);
  a bare noun ("deal", "arrangement", "partnership", "protocol", "treaty") is kind ``other``. A kind phrase that names a policy ("safe third
  country policy", "designated a safe third country") is not an agreement.
- Parties: countries the sentence names (not those that only qualify a border or
  migrants, nor places passed "through"); "the three countries" is the last list of
  countries; a region ("Northern Triangle") its members. With several agreements in a
  sentence, a country inside one agreement's phrase ("the compact that X, Y and Z signed",
  "the agreement between X and Y") is that one's only, and the others take the countries
  of their own clause ("X's troops under its declaration with the US", not the country of
  the other clause). "Its"/"their" before the noun is the country named just before (in
  the sentence, else the one the sentence before named); "a bilateral agreement" with no
  other party is with the one other country named, even "to X"; "the agreement the two
  countries signed" with no pair in the sentence is the article's counterpart (named, or
  its agency) and the one country the sentence before named.
- Counterpart (no built-in party): the article is read twice, first for the parties
  each mention names, then with a ranking of the article's parties (:func:`_counterparts`):
  the one whose government it follows (its officials, its agencies, words such as
  "Washington" or "Brussels" in ``government_terms``), then how often each is named and
  agreed "with". A mention with one party of its own is with the first-ranked other party
  (not when a body such as UNHCR is the other party); the main party alone names no new
  agreement ("The U.S. administration calls it ...": the one reported). A mention with
  several parties adds none. An agreement needs two parties (a state and a body count).
  Agreements of a bilateral kind (safe third country, asylum cooperation, memorandum)
  with more than two parties, and plural mentions ("have all signed Asylum Cooperation
  Agreements", "All three have signed ..."), are one agreement per party, each with the
  counterpart: the subject of "X signed agreements with A and B", the one party after
  "with" in "A, B and C signed agreements with X", else the article's first-ranked
  party; not a pact a "multilateral" word describes, also in apposition ("the MOC, the
  first ever multilateral compact": one agreement, which the appositive names again).
  "The third country, after A and B, to sign an agreement with X" (a precedent set off
  by a comma, ``precedent_prepositions``) is one agreement each of A and B with X. A
  signer's state is a party of the multilateral pact it signs. A conjoined clause keeps its own countries and status ("signed a similar
  agreement with X and negotiates another with Y": Y is no party). An agreement that
  names no country of its own (also "the agreement she signed") has the countries
  its signers serve (``ctx.officials``); so does "that agreement, which X signed",
  rather than the agreement last mentioned. "X signed a similar agreement in July, and Y did
  so last Friday" ("did the same", "followed suit": ``patterns/agreement_repeats.json``,
  also in the sentence right after a signing) is Y's own agreement of that kind, with X's
  partner, dated by its clause, without X's signers; so is "the agreement he signed" of
  a minister of Y with no agreement of Y's reported.
- Identity and coreference: an agreement is its (kind, parties). A mention with the
  same parties as a known agreement of the same kind (or of kind ``other``) is that
  agreement. A definite mention without parties of its own ("the deal", "the
  memorandum", "such a deal") is the most recently mentioned agreement of a
  compatible kind; its kind upgrades ``other`` to the specific one. Indefinite
  mentions without identifiable parties, and plural generic ones ("immigration
  deals"), are not agreements, except "the agreements the US concluded with X, Y and
  Z" (one per country of the signing relative clause), "rewarding X, Y and Z for signing
  agreements that let the US ..." (signed, the US in the noun's own phrase: one per other
  country of the sentence) and "similar deals with X and Y" (one per country,
  of the kind just reported, or the sentence's own countries: "Both signed similar
  agreements with the US") when they are not merely sought ("to seal deals with").
  A kind phrase right after an agreement ("calls it an Asylum Cooperation Agreement")
  names that agreement. An agreement a party will not sign, rejected, has yet to sign,
  one only pressed on a party, proposed or explored ("pressed Mexico to sign ...", "talks on a deal", "pushed for
  ...") and a hypothetical one ("if X signed ...") are none, and do not retype the
  deals of the article. "A similar agreement with X" is of the kind just reported.
- Known agreements: a generic agreement ("the 90-day deal", "the June 7 migration
  accord") whose parties, signing day or month and article date fit exactly one of
  the domain's agreements (``known_agreements``) is of that one's kind, unless its own
  words say otherwise ("trade deal").
- Kind only from the text: a generic agreement ("asylum deal", a deal "to take in asylum
  seekers") is of kind ``other`` unless a kind phrase names it; agreements one plural
  names, and one that others are "similar" to, share the kind the text gives one of
  them. ``generic_kind_cues`` in the vocabulary may map topics to kinds (none now).
- Status: the first status phrase of the sentence ("scheduled to sign" -> proposed,
  "ratified", "took effect" -> in force, "signed"); negated ones ("has not ratified")
  say nothing. Merged mentions keep the furthest status (proposed < signed < ratified
  < in force; suspended wins).
- Date: a DATE entity that attaches to the signing verb itself ("on Friday agreed",
  "signed last month", "scheduled ... on Wednesday to sign") or sits in the
  agreement's noun phrase ("the June 7 joint declaration"), resolved with
  :mod:`kg.dates` (the future for proposed ones); month-only dates give none; a
  timeline line's opening day ("SEPT 20 - El Salvador signs ...") dates its signing. With
  two signings in a sentence, each agreement takes the date of the one in its own phrase
  ("the agreement that X signed on May 3, and the compact that ... signed in March"); an
  enumeration "with X on July 26, Y on September 20" gives each country its day; "on
  Wednesday" right after the signing clause is its date however the parser hangs it.
  "Entered into force" and "took effect" are statuses, not signing dates.
- Signers: people (PERSON entities, and names the officials step knows that the tagger
  missed, canonical through ``ctx.person``, else the full name a surname had earlier in
  the article) whose own clause is the signing one (or whose noun phrase the parser
  hung the signing relative clause on, "which the minister, X, signed"):
  its subject, "with minister X", "X and Y signed", "told reporters after signing";
  a correction "the official who signed ...; it was X, not Y" (X);
  not possessors ("Trump's Homeland Security chief"), modifiers ("the Trump
  administration") or people of a subordinate clause ("after Trump threatened
  tariffs"); "he signed" is the person named just before in the sentence, else the
  last one named before it. Both agents of a passive signing ("signed by the minister,
  X, and the secretary, Y, in the presence of Z") however the parser hangs the second,
  not the witness. Only a signing the text says took place has signers: not one of a
  future or modal clause ("would receive X to agree on ..."), a purpose infinitive
  ("met X to agree on ..."), a negated one ("who did not sign"), nor a person kept
  "from signing" or present as a witness ("in the presence of President Z"). A signing sentence without
  an agreement noun ("with X signing") adds its signers to the agreement of the
  countries it names, else to the one of the last three sentences. Nobody has signed
  a proposed agreement, nor has a person the text rules out ("signed by X, not by Y"), nor
  one of a participle that issued something else ("a rule issued by Y").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ..dates import date_expressions, leading_date, resolve_date, resolve_month
from ..facts import Agreement, Evidence
from ..parse import doc_text
from .counterparts import (
    Ranking,
    counterpart,
    igos,
    other_parties,
    parties_named,
    partner_of_subject,
    precedent_ranges,
    rank_parties,
    signing_subject,
    token_before,
)
from .parties import (
    US,
    CountryMemory,
    CountryMention,
    matcher,
    countries_in,
    names,
    organisations_in,
    people_with_spans,
    canonical_person,
    government_terms,
    sentences,
    surnames,
    terms,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from . import Context

_BILATERAL = ("safe third country agreement", "asylum cooperation agreement", "memorandum of cooperation")
_STATUS_RANK = {"proposed": 0, "signed": 1, "ratified": 2, "in force": 3, "suspended": 4}
_DEFINITE = {"the", "this", "that", "such", "these", "those", "its", "their", "said"}
_SHORT = {US: "US"}


@cache
def _vocab() -> dict:
    return terms("agreement_terms.json")


@cache
def _kind_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for entry in _vocab()["kinds"]:
        for p in entry["patterns"]:
            out.append((entry["kind"], re.compile(rf"(?<![\w-])(?:{p})", re.I)))
    return out


@cache
def _status_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (entry["status"], re.compile(rf"\b(?:{p})", re.I))
        for entry in _vocab()["status_patterns"]
        for p in entry["patterns"]
    ]


def _government_terms() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return government_terms()


@dataclass
class _Mention:
    kind: str | None  # None: a generic noun
    start: int  # char offsets in the document
    end: int
    plural: bool
    definite: bool
    token: "Token | None"
    concrete: bool = False  # a plural generic that names its agreements ("similar deals with X and Y")
    possessor: list[str] = field(default_factory=list)  # the country "its" stands for ("its June deal")
    signers_states: list[str] = field(default_factory=list)  # "the agreement she signed": her state
    counterpart: str | None = None  # "similar deals with X", "the deals X concluded with ...": X
    multilateral: bool = False  # "the MOC, the first ever multilateral compact": one pact of all its parties


@dataclass
class _Draft:
    kind: str
    parties: list[str]
    signers: list[str] = field(default_factory=list)
    date: str | None = None
    month: str | None = None  # "YYYY-MM" of a signing date without a day ("signed in July")
    status: str | None = None
    evidence: Evidence | None = None
    last_sentence: int = 0
    confidence: float = 0.8
    cue_kind: str | None = None  # kind implied by the first mention's topic, for kind "other"
    context: list[str] = field(default_factory=list)  # the noun phrases that name it ("the trade deal")
    similar_to: "_Draft | None" = None  # "similar deals with X": of that agreement's kind
    actor: str | None = None  # the party that signed it in the text's words ("X signed ... with Y": X)
    siblings: "list[_Draft]" = field(default_factory=list)  # named with it by one plural ("agreements with X and Y")

    def key(self) -> tuple[str, frozenset[str]]:
        return self.kind, frozenset(self.parties)


def extract_agreements(doc: "Doc", ctx: "Context") -> list[Agreement]:
    """The agreements an article reports, one per agreement, attributes merged over mentions.

    Read twice: first with the parties each mention names itself, which shows the article's
    counterparts (:func:`_counterparts`); then with them, so that "X signed the deal" in an
    article about deals with one party is X's deal with that party.
    """
    ranking = _counterparts(_read(doc, ctx, Ranking((), None)), doc, ctx)
    # an agreement has the parties the text gives: two or more (a state and a body count)
    return [_to_fact(d) for d in _read(doc, ctx, ranking) if len(d.parties) >= 2]


def _actor(draft: _Draft, verbs: list["Token"], signers: list[str], country_of: dict[str, str]) -> str | None:
    """The party of ``draft`` that signs in the sentence: the subject of the signing verb,
    else the state of its first signer."""
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        found = [p for p in parties_named(subject) if p in draft.parties] if subject is not None else []
        if found:
            return found[0]
    first = country_of.get(signers[0]) if signers else None
    return first if first in draft.parties else None


def _counterparts(drafts: list[_Draft], doc: "Doc", ctx: "Context") -> Ranking:
    """The article's parties ranked as counterparts (:func:`rank_parties`), from the
    agreements the first reading found and the parties agreements are made "with"."""
    from collections import Counter

    partner: Counter[str] = Counter()
    for sent in sentences(doc):
        if _mentions(sent):
            partner.update(
                c.name for c in countries_in(sent.text)
                if c.start > 0 and token_before(sent, c.start) in _vocab()["partner_prepositions"]
            )
    deals = [d.parties for d in drafts if len(d.parties) >= 2]
    return rank_parties(doc_text(doc), ctx.officials, deals, partner)


def _read(doc: "Doc", ctx: "Context", ranking: Ranking) -> list[_Draft]:
    """Drafts of the article's agreements, with ``ranking`` the article's counterparts."""
    top = ranking.main
    memory = CountryMemory()
    previous: list[str] = []  # the countries the sentence before named
    drafts: list[_Draft] = []
    last_person: str | None = None
    last_signed: tuple[_Draft, int] | None = None  # the agreement last reported signed, and where
    known = surnames(doc)
    country_of = {o.name: o.country for o in ctx.officials if o.country}
    for index, sent in enumerate(sentences(doc)):
        mentioned = countries_in(sent.text, memory)
        # "promised Washington under the accord": a word for a government names its party
        mentioned += [
            CountryMention(m.start(), m.end(), party, via="government")
            for party, pattern in _government_terms() for m in pattern.finditer(sent.text)
            if not any(c.start <= m.start() < c.end for c in mentioned)
        ]
        mentioned.sort(key=lambda c: c.start)
        countries = [c for c in mentioned if not c.after_preposition]
        mentions = _mentions(sent)
        sign_verbs = [t for t in sent if _is_sign_verb(t)]
        status = _status(sent.text)
        if status is None and any(
            v.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not any(c.dep_ == "neg" for c in v.children) for v in sign_verbs
        ):
            status = "signed"  # "The United States and Mexico issue a joint declaration"
        all_signers = _signers(sent, sign_verbs, ctx, known) if sign_verbs else []
        pronoun_verbs = [v for v in sign_verbs if _pronoun_subject(v) and _asserted(v)]
        if pronoun_verbs:
            # "Hill said the agreement she signed ...": the person named just before in the
            # sentence, else the last one of the sentences before
            before = [n for n, e in people_with_spans(sent, ctx, known=known) if e.end <= pronoun_verbs[0].i]
            referent = before[-1] if before else last_person
            if referent:
                all_signers = [referent] + [s for s in all_signers if s != referent]
        if sign_verbs and not all_signers:
            all_signers = _corrected_signer(sent, sign_verbs, ctx, known)
        signers = [] if status == "proposed" else all_signers
        date, month = _signing_date(sent, sign_verbs, ctx.article.date, status) if sign_verbs else (None, None)
        if sign_verbs and not date and status != "proposed":
            date = leading_date(sent.text, ctx.article.date)  # "SEPT 20 - El Salvador signs ..."
        evidence = Evidence(sent.text, sent.start_char, sent.end_char)
        parties = names(countries)
        if not mentions and sign_verbs:
            mentions = _agreed_between(sent, sign_verbs, parties)
        touched: list[tuple[_Draft, str | None]] = []
        mentions = _merge_appositions(doc, mentions)
        regions = _mention_regions(doc, sent, mentions)
        for position, mention in enumerate(mentions):
            head = _head_token(doc, mention)
            if head is not None and (_refused(head) or _floated(head)):
                continue  # "Mexico will not sign ...", "Washington pressed Mexico to sign ..."
            np_date = _noun_phrase_date(head, ctx.article.date) if head is not None else None
            start, end = regions[position]
            own_verbs = [v for v in sign_verbs if start <= v.idx - sent.start_char < end]
            if not np_date and own_verbs and len(own_verbs) < len(sign_verbs) and status != "proposed":
                # "the agreement that X signed on May 3, and the compact that ... signed in
                # March": each agreement its own signing's date
                np_date = _signing_date(sent, own_verbs, ctx.article.date, status)[0]
            # a conjoined clause is about its own agreement: "signed a deal with X and
            # negotiates another with Y"
            outside = _other_clauses(head, sent) if head is not None else []
            mention_status = _status(_masked(sent, outside)) if outside else status
            scoped = [c for c in _scoped(position, head, countries, regions, sent) if not _inside(c.start, outside)]
            # "the third country, after A and B, to sign an agreement with X": A's and B's
            # are agreements of their own with X, not parties of this one
            earlier = precedent_ranges(sent)
            precedents = names([c for c in scoped if _inside(c.start, earlier)])
            mention_parties = names([c for c in scoped if not _inside(c.start, earlier)])
            if head is not None:
                mention.possessor = _possessor(head, mention, mentioned, sent, previous)
            if head is not None and not [p for p in mention_parties if p != top]:
                mention_parties += [p for p in mention.possessor if p not in mention_parties]
                if not [p for p in mention_parties if p != top] and _bilateral(head):
                    # "sending asylum seekers to X under a bilateral agreement": the one
                    # other country named is the other party, even after a preposition
                    passed = list(dict.fromkeys(c.name for c in mentioned if c.name != top and c.via == "name"))
                    if len(passed) == 1:
                        mention_parties += passed
                if top and not [p for p in mention_parties if p != top] and len(previous) == 1 and _pair_anaphor(head):
                    # "The centerpiece is X. DHS has sent people there under the agreement the
                    # two countries signed": the article's counterpart (named or through its
                    # agency in the sentence) and the one country the sentence before named
                    if any(c.name == top for c in mentioned) or any(n == top for _, _, n in organisations_in(sent.text)):
                        mention_parties = _union(mention_parties, [top, previous[0]])
            if head is not None:
                mention_parties += [p for p in _organisation_parties(head, sent) if p not in mention_parties]
            mention_signers = [] if mention_status == "proposed" else all_signers
            if not [p for p in mention_parties if p != top] and mention_signers:
                # "Larreta and Mallory sign an asylum cooperation agreement", "the
                # agreement she signed": the parties are the states the signers serve
                from_posts = list(dict.fromkeys(country_of[s] for s in mention_signers if s in country_of))
                if from_posts:
                    mention_parties = from_posts
                    mention.signers_states = from_posts
            elif head is not None and mention_signers and any(
                c.dep_ in ("relcl", "acl") and _is_sign_verb(c) for c in head.children
            ):
                # "That agreement, which Hill signed ...": the agreement of the states its
                # own signers serve, not the one last mentioned
                mention.signers_states = list(dict.fromkeys(
                    country_of[s] for s in mention_signers if s in country_of and country_of[s] != top
                ))
            elif head is not None and mention_signers and head.dep_ == "dobj" and _is_sign_verb(head.head):
                # "X, who signed the agreement of his country with Washington": X's state's
                mention.signers_states = list(dict.fromkeys(
                    country_of[s] for s in mention_signers if s in country_of and country_of[s] not in igos()
                ))
            if len(set(mention_parties)) >= 2 and mention.kind not in _BILATERAL:
                # "Secretary X signed a regional compact with the ministers of A, B and C":
                # the state a signer serves is a party of the pact it signs
                mention_parties += [
                    c for s in mention_signers if (c := country_of.get(s)) and c not in mention_parties and c not in igos()
                ]
            similar_to = drafts[-1] if drafts and head is not None and _is_similar(head) else None
            if mention.kind is None and head is not None and _is_similar(head):
                if mention.plural:
                    similar = _similar_deals(head, countries, sent, drafts)
                    if similar is None:
                        continue
                    mention.kind, mention_parties, mention.counterpart = similar
                    mention.concrete = True
                else:
                    # "a similar agreement with X": of the kind of the agreement just reported
                    mention.kind = _last_kind(drafts)
            elif mention.plural and mention.kind is None:
                concluded = _signed_with(head, mentioned, sent) if head is not None else []
                if not concluded and head is not None:
                    concluded = _signed_plural(head, mentioned, sent)
                if not concluded and head is not None and head.dep_ == "dobj" and _is_sign_verb(head.head) and _asserted(head.head):
                    # "the administration signed agreements with all three countries": one each
                    who = signing_subject([head.head], parties_named(head.head))
                    others = [p for p in mention_parties if p != who]
                    concluded = [who, *others] if who and others else []
                if not concluded:
                    continue  # "immigration deals": a class of deals, not a concrete one
                # "the agreements the US concluded with X, Y and Z": one per country, each
                # with the one who concluded them
                mention_parties = concluded
                mention.concrete = True
                mention.counterpart = concluded[0]
            if mention.counterpart is None and (
                mention.plural or (mention.kind in _BILATERAL and len(set(mention_parties)) > 2)
            ):
                # "The United States signed agreements with X and Y": one each, with the US
                mention.counterpart = signing_subject(own_verbs or sign_verbs, mention_parties)
            resolved = _resolve(mention, mention_parties, drafts, ranking, index)
            if precedents and resolved and len(resolved[0].parties) == 2:
                partner = partner_of_subject(sent, resolved[0].parties)
                for state in precedents:
                    like = _Mention(resolved[0].kind, mention.start, mention.end, False, False, None, counterpart=partner)
                    resolved += [d for d in _resolve(like, [state], drafts, ranking, index) if d not in resolved]
            if mention.concrete and mention.kind is None:
                # "the agreements the US concluded with X, Y and Z", X's being an asylum
                # cooperation agreement: one plural names agreements of one kind
                kinds = {d.kind for d in resolved if d.kind != "other"}
                if len(kinds) == 1:
                    for d in resolved:
                        _upgrade(d, next(iter(kinds)))
            if mention.concrete and len(resolved) > 1:
                for draft in resolved:  # one plural names agreements of one kind, maybe said later
                    draft.siblings = [d for d in resolved if d is not draft]
            for draft in resolved:
                if not any(draft is d for d in drafts):
                    draft.evidence = evidence
                    draft.cue_kind = _cue_kind(sent.text)
                    draft.similar_to = similar_to
                    drafts.append(draft)
                if np_date and not draft.date:
                    draft.date = np_date
                touched.append((draft, mention_status))
                draft.context.append(_noun_phrase_text(head) if head is not None else sent.text)
                if mention_status != "proposed":
                    for s in mention_signers:
                        _add_person(draft.signers, s)
        for draft, _ in touched:
            if draft.actor is None and sign_verbs:
                draft.actor = _actor(draft, sign_verbs, all_signers, country_of)
        signed_before = last_signed if last_signed is not None and last_signed[1] == index - 1 else None
        repeats = _did_so(
            sent, sign_verbs, touched, drafts, ranking, index, ctx.article.date,
            signed_before[0] if signed_before else None,
        )
        for draft, clause_date in repeats:
            if not any(draft is d for d in drafts):
                draft.evidence = evidence
                drafts.append(draft)
            if clause_date and not draft.date:
                draft.date = clause_date
            _merge_status(draft, "signed")
            draft.last_sentence = index
        if not mentions and sign_verbs and signers and drafts:
            # "after signing documents with X", "Honduras became the third, with X signing":
            # the agreement of the countries named, else the one just reported
            named = set(p for p in parties if p != top) or set(parties)
            if named:
                recent = next((d for d in reversed(drafts) if named <= set(d.parties)), None)
            else:
                recent = max(drafts, key=lambda d: d.last_sentence)
                recent = recent if index - recent.last_sentence <= 3 else None
            if recent is not None:
                touched.append((recent, status))
                for s in signers:
                    _add_person(recent.signers, s)
        per_country = _dates_after_countries(sent, countries, ctx.article.date) if sign_verbs and status != "proposed" else {}
        for draft, _ in touched:
            # "with X on July 26, Y on September 20 and Z on September 25": each its own day
            own = [per_country[p] for p in draft.parties if p in per_country]
            if len(own) == 1 and not draft.date:
                draft.date = own[0]
        seen: list[_Draft] = []
        for draft, draft_status in touched:
            _merge_status(draft, draft_status)
            if any(draft is d for d in seen):
                continue
            seen.append(draft)
            draft.last_sentence = index
            if date and not draft.date:
                draft.date = date
            if month and not draft.month and draft_status != "proposed":
                draft.month = month
        signed_now = [d for d, st in touched if st not in (None, "proposed")] + [d for d, _ in repeats]
        if signed_now:
            last_signed = (signed_now[-1], index)
        memory.update(mentioned)
        previous = names([c for c in mentioned if c.name != top and c.via == "name"])
        persons = [e for e in sent.ents if e.label_ == "PERSON" and e.root.dep_ != "poss"]
        if persons:
            last_person = canonical_person(ctx, persons[-1].text, known)
    for d in drafts:  # in order: an agreement "similar" to another comes after it
        if d.kind == "other":
            similar = d.similar_to.kind if d.similar_to is not None and d.similar_to.kind != "other" else None
            d.kind = _known_kind(d, ctx.article.date) or similar or d.cue_kind or "other"
    for d in drafts:
        # agreements one plural names, and the one others are "similar" to, share a kind
        kinds = {s.kind for s in d.siblings if s.kind != "other"}
        kinds |= {o.kind for o in drafts if o.similar_to is d and o.kind != "other"}
        if d.kind == "other" and len(kinds) == 1:
            d.kind = kinds.pop()
    return drafts


def _known_kind(draft: _Draft, article_date: str | None) -> str | None:
    """The kind of a well-known agreement a generic mention plainly is, or None.

    ``known_agreements`` in the vocabulary lists the agreements of the domain by parties
    and signing date. A generic agreement with the same parties, no other date, written
    after that date and not about something else ("trade deal") is that agreement, if
    only one such agreement fits.
    """
    kinds = set()
    for entry in _vocab().get("known_agreements", []):
        if set(entry["parties"]) != set(draft.parties):
            continue
        if draft.date and draft.date != entry["date"]:
            continue
        if draft.month and draft.month != entry["date"][:7]:
            continue  # "the agreement signed in July" is not May's memorandum
        if article_date and article_date[:10] < entry["date"]:
            continue
        unless = entry.get("unless")
        if unless and any(re.search(unless, t, re.I) for t in draft.context):
            continue
        kinds.add(entry["kind"])
    return kinds.pop() if len(kinds) == 1 else None


def _cue_kind(sentence: str) -> str | None:
    """The kind a generic first mention implies by what it is about ("asylum seekers")."""
    for cue in _vocab().get("generic_kind_cues", []):
        if re.search(cue["pattern"], sentence, re.I):
            return cue["kind"]
    return None


def _unique(items: list[_Draft]) -> list[_Draft]:
    out: list[_Draft] = []
    for i in items:
        if not any(i is o for o in out):
            out.append(i)
    return out


def _mentions(sent: "Span") -> list[_Mention]:
    """Kind phrases and generic agreement nouns in a sentence, in text order."""
    text = sent.text
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    not_after = set(_vocab()["not_an_agreement_after"])
    generic = set(_vocab()["generic_nouns"])
    candidates = []
    for kind, pattern in _kind_patterns():
        for m in pattern.finditer(text):
            candidates.append((m.start(), m.end(), kind))
    # longest first so "safe third country agreement" beats "agreement"
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    for start, end, kind in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        following = re.match(r"^[\s'\"’”‘“]*([A-Za-z]+)", text[end:])
        next_word = following.group(1).lower() if following else ""
        words = text[start:end].lower().split()
        # "agreements on asylum": the noun is the word of the phrase that is one
        last_word = next((w for w in words if w in generic), words[-1])
        plural = last_word.endswith("s") and last_word not in ("ACA".lower(),) and not last_word.endswith("ss")
        if last_word not in generic and not last_word.startswith(tuple(_vocab()["kind_heads"])):
            # a bare kind phrase ("safe third country") needs an agreement noun after it
            if next_word in generic:
                end = end + following.end()
                plural = next_word.endswith("s")
            else:
                continue
        if next_word in not_after:
            continue
        before = text[max(0, start - 40) : start].lower().split()
        definite = bool(before) and before[-1].strip("'\"“‘") in _DEFINITE
        taken.append((start, end))
        found.append(_Mention(kind, sent.start_char + start, sent.start_char + end, plural, definite, None))
    for tok in sent:
        if tok.lower_ not in generic or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        s = tok.idx - sent.start_char
        if any(s < e and st < s + len(tok.text) for st, e in taken):
            continue
        following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.head.lower_ in not_after or (following is not None and following.lower_ in not_after):
            continue  # "agreement country status"; not "the agreement ..., the third country to do so"
        det = [c.lower_ for c in tok.lefts if c.dep_ in ("det", "poss", "predet")]
        definite = any(d in _DEFINITE for d in det) or tok.dep_ == "poss"
        plural = tok.tag_ in ("NNS", "NNPS")
        found.append(_Mention(None, tok.idx, tok.idx + len(tok.text), plural, definite, tok))
    found.sort(key=lambda m: m.start)
    return found


def _agreed_between(sent: "Span", verbs: list["Token"], parties: list[str]) -> list[_Mention]:
    """ "The United States and El Salvador agreed to ...": an agreement event without a noun."""
    out = []
    for v in verbs:
        if v.lemma_ != "agree":
            continue
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            continue
        sub_text = "".join(t.text_with_ws for t in subj[0].subtree)
        with_text = " ".join(
            "".join(t.text_with_ws for t in c.subtree) for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
        )
        named = names(countries_in(sub_text)) + names(countries_in(with_text))
        if len(set(named)) >= 2:
            out.append(_Mention(None, v.idx, v.idx + len(v.text), False, False, v))
    return out


def _resolve(
    mention: _Mention,
    parties: list[str],
    drafts: list[_Draft],
    ranking: Ranking,
    sentence_index: int,
) -> list[_Draft]:
    """The agreements a mention refers to: existing ones (coreference) or new drafts.

    A mention with one party of its own is with the article's counterpart (``ranking``,
    see :func:`_counterpart`), unless a body such as UNHCR is its other party."""
    kind = mention.kind
    own = list(parties)
    each = not mention.multilateral and (mention.plural or (kind in _BILATERAL and len(set(own)) > 2))
    hub = mention.counterpart or counterpart(own, ranking, each=each)
    # "The U.S. administration calls it an Asylum Cooperation Agreement": the article's main
    # party alone names no new agreement; the mention is one already reported
    non_us = other_parties(own, hub, ranking)
    if non_us and hub and hub not in own and not set(own) & igos():
        own = [hub] + own

    def compatible(d: _Draft) -> bool:
        return kind is None or d.kind in (kind, "other")

    if mention.plural and kind is None and not mention.concrete:
        # "immigration deals": a class of deals, not a concrete one
        return []
    if mention.definite and kind is None and mention.token is not None and not mention.concrete:
        # "the deal" refers back unless it names its own parties ("the US-Guatemala deal")
        np_parties = _noun_phrase_parties(mention.token)
        np_parties += [p for p in mention.possessor + mention.signers_states if p not in np_parties]
        if not np_parties:
            for d in reversed(drafts):
                _upgrade(d, kind)
                return [d]
        else:
            own = list(np_parties)
            each = kind in _BILATERAL and len(set(own)) > 2
            hub = counterpart(own, ranking, each=each)
            non_us = other_parties(own, hub, ranking)
            if non_us and hub and hub not in own:
                own = [hub] + own
    elif kind is not None and not non_us:
        # "the memorandum", "calls it an Asylum Cooperation Agreement": the most recent
        # agreement of a compatible kind (indefinite ones only when it was just mentioned)
        for d in reversed(drafts):
            if compatible(d) and (mention.definite or sentence_index - d.last_sentence <= 2):
                _upgrade(d, kind)
                return [d]
    if not non_us:
        # "the agreement with Panamanian minister X": the article's main party alone is the
        # agreement already reported with it; a kind named with it is kept until a later
        # mention gives its other parties ("a regional accord ... the regional pact between ...")
        for d in reversed(drafts):
            if (mention.definite or kind is not None) and compatible(d) and set(own) <= set(d.parties):
                _upgrade(d, kind)
                return [d]
        partner = _last_partner(drafts)
        if len(set(own)) == 1 and mention.signers_states and partner and partner not in own:
            # "X signed a deal with Y. ... Z's minister said the agreement he signed ...":
            # Z in X's place, with Y
            hub, non_us, own = partner, list(own), [partner, *own]
        else:
            return [_Draft(kind, own, confidence=0.8)] if kind is not None and own else []
    # several bilateral agreements, each with the United States (not "X and UNHCR signed a memorandum")
    split = not mention.multilateral and (mention.plural or (kind in _BILATERAL and len(non_us) > 1)) and hub in own
    groups = [[hub, p] for p in non_us] if split else [own]
    out: list[_Draft] = []
    for group in groups:
        if len(group) < 2 and kind is None:
            continue
        existing = next(
            (d for d in reversed(drafts) if set(d.parties) == set(group) and (kind is None or d.kind in (kind, "other"))),
            None,
        )
        if existing is None and kind not in _BILATERAL and not mention.concrete:
            # a multilateral pact named again with more (or fewer) of its parties
            existing = next(
                (
                    d for d in reversed(drafts)
                    if d.kind not in _BILATERAL and (kind is None or d.kind == kind)
                    and (set(d.parties) <= set(group) or set(group) <= set(d.parties))
                    and (len(set(d.parties) & set(group) - {hub}) >= 1 or len(d.parties) == 1)
                ),
                None,
            )
            if existing is not None:
                existing.parties = _union(existing.parties, group)
        if existing is not None:
            _upgrade(existing, kind)
            out.append(existing)
            continue
        out.append(_Draft(kind or "other", group, confidence=0.8 if kind else 0.6))
    return out


def _last_partner(drafts: list[_Draft]) -> str | None:
    """The party the last two-party agreement whose signing party is known was signed with."""
    for d in reversed(drafts):
        if d.actor in d.parties and len(d.parties) == 2:
            return next(p for p in d.parties if p != d.actor)
    return None


def _noun_phrase_parties(noun: "Token") -> list[str]:
    """Countries that modify an agreement noun: "the US-Guatemala deal", "the deal with Mexico",
    "the deal with Washington"."""
    parts = []
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss") or (
            child.dep_ == "prep" and child.lower_ in ("with", "between", "among")
        ):
            parts.append("".join(t.text_with_ws for t in child.subtree))
    if not parts:
        return []
    words = " ".join(parts)
    found = names(countries_in(words))
    return found + [p for p, pattern in _government_terms() if pattern.search(words) and p not in found]


def _signed_plural(noun: "Token", mentioned: list, sent: "Span") -> list[str]:
    """ "rewarding X, Y and Z for signing agreements that let the United States send
    asylum seekers to them": a plural agreement noun that is the object of a signing
    said to have happened, the United States named in its own phrase, is one agreement
    per other country of the sentence (at least two), each with the United States."""
    verb = noun.head
    if noun.dep_ != "dobj" or not _is_sign_verb(verb) or not _asserted(verb):
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    start = noun.left_edge.idx - sent.start_char
    end = noun.right_edge.idx + len(noun.right_edge.text) - sent.start_char
    if not any(c.name == US and c.via == "name" and start <= c.start < end for c in mentioned):
        return []
    others = list(dict.fromkeys(c.name for c in mentioned if c.name != US and not start <= c.start < end))
    return [US] + others if len(others) >= 2 else []


def _signed_with(noun: "Token", mentioned: list, sent: "Span") -> list[str]:
    """The countries of a signing relative clause on a plural agreement noun ("the agreements
    the United States had concluded with X, Y and Z"), the United States first if named."""
    for clause in noun.children:
        if clause.dep_ in ("relcl", "acl") and _is_sign_verb(clause) and _asserted(clause):
            start = clause.left_edge.idx - sent.start_char
            end = clause.right_edge.idx + len(clause.right_edge.text) - sent.start_char
            inside = names([c for c in mentioned if start <= c.start < end and c.via in ("name", "government")])
            if [n for n in inside if n != US]:
                return inside
    return []


def _did_so(
    sent: "Span", verbs: list["Token"], touched: list, drafts: list[_Draft], ranking: Ranking, index: int,
    article_date: str | None, signed_before: _Draft | None = None,
) -> list[tuple[_Draft, str | None]]:
    """ "X signed a similar agreement in July, and Y did so last Friday" (or "did the same",
    "followed suit", also in the sentence after the signing): Y signed one of the same kind,
    on the day of its own clause; the signers of X's clause are not Y's."""
    base = next((d for d, st in touched if st != "proposed"), None) if verbs else None
    if base is None:
        base = signed_before
    if base is None:
        return []
    out = []
    for verb in sent:
        if verbs and verb.i < verbs[0].i or not _repeats_an_act(verb):
            continue
        subject = " ".join(t.text for c in verb.children if c.dep_ == "nsubj" for t in c.subtree)
        states = [n for n in names(countries_in(subject)) if n not in base.parties]
        dates = [
            e for e in sent.ents
            if e.label_ == "DATE" and next((a.i for a in e.root.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb.i
        ]
        day = resolve_date(dates[0].text, article_date) if dates else None
        # "X signed with Y, and Z did so": Z in X's place, with Y
        partner = [p for p in base.parties if p != base.actor] if base.actor in base.parties else []
        for state in states:
            mention = _Mention(base.kind, verb.idx, verb.idx + len(verb.text), False, False, None)
            mention.counterpart = partner[0] if len(partner) == 1 else None
            out += [(d, day) for d in _resolve(mention, [state], drafts, ranking, index)]
    return out


def _repeats_an_act(verb: "Token") -> bool:
    """ "did so", "did the same", "followed suit" (``patterns/agreement_repeats.json``)."""
    doc = verb.doc
    window = doc[verb.i : min(len(doc), verb.i + 3)]
    return any(start == 0 for _, start, _ in matcher("agreement_repeats.json", doc.vocab)(window))


def _union(a: list[str], b: list[str]) -> list[str]:
    out = list(a)
    out += [p for p in b if p not in out]
    if US in out:
        out = [US] + [p for p in out if p != US]
    return out


def _upgrade(draft: _Draft, kind: str | None) -> None:
    if kind and draft.kind == "other":
        draft.kind = kind
        draft.confidence = max(draft.confidence, 0.8)


@cache
def _sign_lemmas() -> frozenset[str]:
    return frozenset(_vocab()["sign_verbs"])


def _is_sign_verb(tok: "Token") -> bool:
    gerund = tok.pos_ == "NOUN" and tok.lower_.endswith("ing") and tok.dep_ not in ("compound", "amod")
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBD", "VBG") and not gerund:
        return False
    lemma = tok.lemma_.lower()
    if gerund and lemma.endswith("ing"):
        lemma = lemma[:-3]  # the tagger took "signing" for a noun
    if lemma == "approve":
        return False
    if lemma not in _sign_lemmas():
        return False
    if lemma == "enter":
        # "entered into an agreement" is signing; "entered into force" is not
        into = [c for c in tok.children if c.lower_ == "into"]
        if not into or any(g.lower_ in ("force", "effect") for c in into for g in c.children):
            return False
    if lemma in _vocab()["sign_verbs_needing_an_agreement_object"]:
        # "crossings reached record highs": reaching is signing only when an agreement is reached
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            objects.append(tok.head)  # "a rule issued by X": X issued a rule
        return not objects or any(_agreement_word(o) for o in objects)
    return True


def _agreement_word(tok: "Token") -> bool:
    word = tok.lower_
    return word in _vocab()["generic_nouns"] or word.startswith(("memorand", "compact", "declaration", "communiq", "understanding"))




def _similar_deals(
    noun: "Token", countries, sent: "Span", drafts: list[_Draft]
) -> tuple[str | None, list[str], str | None] | None:
    """ "similar deals with Guatemala, signed in July, and El Salvador": one per country named
    after the noun, of the kind of the agreement just reported; "Both signed similar
    agreements with X": one per country of the subject, each with X (the counterpart).
    Deals sought ("to seal immigration deals with ...") or without "similar" are a class of
    deals, not concrete ones. Gives (kind, parties, counterpart or None).
    """
    if not any(c.dep_ == "amod" and c.lower_ in _vocab()["similar_words"] for c in noun.children):
        return None
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and (
        verb.lemma_.lower() in _vocab()["seeking_lemmas"] or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return None
    offset = noun.idx + len(noun.text) - sent.start_char
    after = names([c for c in countries if c.start >= offset])
    before = names([c for c in countries if c.start < offset])
    counterpart = None
    if before and after and len(after) == 1 and not set(after) & set(before):
        counterpart = after[0]  # "Both signed similar agreements with X": the subject's, with X
        after = before + after
    elif not after:
        after = before
    if not after:
        return None
    kind = drafts[-1].kind if drafts and drafts[-1].kind != "other" else None
    return kind, after, counterpart


def _merge_appositions(doc: "Doc", mentions: list[_Mention]) -> list[_Mention]:
    """ "the MOC, the first ever multilateral compact": a kind phrase in apposition to an
    agreement noun names that agreement again (it gives the kind when the noun has none);
    a word of ``multilateral_words`` in either makes it one pact of all its parties."""
    words = tuple(_vocab()["multilateral_words"])
    heads = [_head_token(doc, m) for m in mentions]
    out: list[_Mention] = []
    for mention, head in zip(mentions, heads):
        first = next(
            (m for m, h in zip(mentions, heads) if head is not None and h is not None and h is not head
             and head.dep_ == "appos" and head.head == h),
            None,
        )
        text = _noun_phrase_text(head).lower() if head is not None else ""
        if first is None:
            mention.multilateral = mention.multilateral or any(w in text for w in words)
            out.append(mention)
            continue
        first.kind = first.kind or mention.kind
        first.multilateral = first.multilateral or any(w in text for w in words)
    return out


def _head_token(doc: "Doc", mention: _Mention) -> "Token | None":
    """The noun a mention ends in ("... agreement", "memorandum")."""
    if mention.token is not None:
        return mention.token
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def _noun_phrase_text(noun: "Token") -> str:
    """The words that qualify an agreement noun: "the 90-day trade deal", "agreement on trade"."""
    doc = noun.doc
    words = doc[noun.left_edge.i : noun.i + 1].text
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "over", "about"):
            words += " " + "".join(t.text_with_ws for t in c.subtree)
    return words


def _refused(noun: "Token") -> bool:
    """The agreement is one a party will not sign: "will not sign", "refused to sign",
    "rejected", "has yet to sign", "there will be no agreement"."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    refusals = set(_vocab()["refusal_verbs"])
    if verb.lemma_.lower() in _vocab()["acceptance_verbs"] or _is_sign_verb(verb):
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        before = doc_text(noun.doc)[max(0, verb.idx - 40) : verb.idx]
        if re.search(_vocab()["negation_before_status"], before, re.I):
            return True
    if verb.lemma_.lower() in refusals:
        return True
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in refusals


def _floated(noun: "Token") -> bool:
    """The agreement is only floated: one party pressing another or proposing it.

    "Washington pressed Mexico to sign a safe third country agreement", "pushed for a
    deal", "proposed a pact", "is exploring a deal", "sounding out X about a deal",
    "talks on an agreement": not an agreement of the article (an announced signing,
    "is expected to sign", is). The floating verb must take the agreement as its object
    (directly or through "for"/"on") or govern the signing verb that does.
    """
    pressure = set(_vocab()["floating_verbs"])
    clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is not None and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in clause.children):
        return True  # "if Mexico signed a safe third country agreement"
    node = noun
    talks = set(_vocab()["talk_nouns"])
    while node.head != node and node.head.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "prep" and node.lower_ in ("on", "about", "over", "for") and node.head.lower_ in talks:
            return True  # "talks on a deal with X": only discussed
        if node.dep_ not in ("pobj", "prep", "conj", "appos"):
            return False
        node = node.head
    verb = node.head if node.head != node else None
    if verb is None:
        return False
    direct = node.dep_ in ("dobj", "nsubjpass") or (node.dep_ == "prep" and node.lower_ in ("for", "on", "about"))
    if verb.lemma_.lower() in pressure:
        return direct
    accepting = _sign_lemmas() | set(_vocab()["acceptance_verbs"])
    return (
        verb.lemma_.lower() in accepting
        and verb.dep_ in ("xcomp", "ccomp")
        and verb.head.lemma_.lower() in pressure
    )


def _other_clauses(head: "Token", sent: "Span") -> list[tuple[int, int]]:
    """Char ranges (in the sentence) of conjoined clauses that do not contain the mention.

    "The United States signed a similar agreement with X and negotiates another with Y":
    Y and "negotiates" belong to the second clause, not to the agreement with X.
    """
    mine = {head.i} | {a.i for a in head.ancestors}
    out = []
    for tok in sent:
        if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        if tok.i in mine:
            continue
        left, right = tok.left_edge, tok.right_edge
        if left.i <= head.i <= right.i:
            continue
        # the clause starts at its conjunction ("and negotiates ...")
        start = min([left.idx] + [c.idx for c in tok.head.children if c.dep_ == "cc" and head.i < c.i < tok.i])
        out.append((start - sent.start_char, right.idx + len(right.text) - sent.start_char))
    return out


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in ranges)


def _masked(sent: "Span", ranges: list[tuple[int, int]]) -> str:
    text = sent.text
    for s, e in sorted(ranges, reverse=True):
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def _mention_regions(doc: "Doc", sent: "Span", mentions: list[_Mention]) -> list[tuple[int, int]]:
    """Char ranges (in the sentence) of each mention's noun phrase with its relative clause.

    A country inside the phrase of one agreement ("the agreement between X and Y", "the
    compact that X, Y and Z signed") is a party of that one, not of the others of the
    sentence. The parser sometimes hangs "that X and Y signed" on the main verb: a
    relative pronoun right after the noun phrase still opens its clause.
    """
    out = []
    for m in mentions:
        head = _head_token(doc, m)
        start, end = m.start, m.end
        if head is not None and head.pos_ in ("NOUN", "PROPN"):
            left, right = head.left_edge, head.right_edge
            start, end = min(start, left.idx), max(end, right.idx + len(right.text))
            following = doc[right.i + 1] if right.i + 1 < sent.end else None
            if following is not None and following.lower_ in ("that", "which") and following.head.i > following.i:
                clause = following.head
                end = max(end, clause.right_edge.idx + len(clause.right_edge.text))
        out.append((start - sent.start_char, end - sent.start_char))
    return out


def _scoped(position: int, head: "Token | None", countries: list, regions: list[tuple[int, int]], sent: "Span") -> list:
    """The countries of a sentence that can be parties of its ``position``-th mention.

    With one mention, all of them. Else its own: those in its phrase and in no smaller
    phrase of another mention. Then those
    in no agreement's phrase: of the clause the mention is in when its phrase names a
    country other than the United States; else of the nearest enclosing clause that names
    one ("X's troops under its declaration with the US had changed ...": X, not a country
    of the sentence's other clause).
    """
    def owner(c) -> int | None:
        inside = [(e - s, i) for i, (s, e) in enumerate(regions) if s <= c.start < e]
        return min(inside)[1] if inside else None

    own = [c for c in countries if owner(c) == position]
    free = [c for c in countries if owner(c) is None]
    if head is None or head.pos_ not in ("NOUN", "PROPN") or len(regions) < 2:
        return sorted(own + free, key=lambda c: c.start)  # one agreement: all its sentence's
    # a clause with its controlled verbs: "X became the third to sign ..." is X's signing
    verbs = [a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "xcomp"]

    def within(v: "Token", c) -> bool:
        at = sent.start_char + c.start
        return v.left_edge.idx <= at <= v.right_edge.idx

    chosen = free
    if any(c.name != US for c in own):
        chosen = [c for c in free if within(verbs[0], c)] if verbs else free
    else:
        for v in verbs:
            if any(c.name != US and within(v, c) for c in free):
                chosen = [c for c in free if within(v, c)]
                break
    return sorted(own + chosen, key=lambda c: c.start)


def _possessor(head: "Token", mention: _Mention, mentioned: list, sent: "Span", previous: list[str]) -> list[str]:
    """The country "its" stands for in "its June deal with Washington": the last one named
    before it in the sentence, else the one the sentence before named; "their", all of them."""
    word = next((c.lower_ for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if word is None:
        return []
    offset = mention.start - sent.start_char
    before = list(dict.fromkeys(c.name for c in mentioned if c.start < offset and c.via in ("name", "government")))
    if word == "their":  # "Belize and Panama said their agreements ...": all of them
        return before or (previous if len(previous) >= 2 else [])
    if before:
        return [before[-1]]
    return previous if len(previous) == 1 else []


def _pair_anaphor(head: "Token") -> bool:
    """ "the agreement the two countries signed": a pair named in the noun's own phrase."""
    phrase = "".join(t.text_with_ws for t in head.subtree)
    if re.search(r"\b(?:the|both)\s+two\s+(?:countries|nations|governments)\b", phrase, re.I):
        return True
    # however the parser hangs it: "the agreement the two countries signed in July"
    after = doc_text(head.doc)[head.idx + len(head.text) : head.idx + len(head.text) + 60]
    return bool(re.match(
        r"\s*(?:that\s+|which\s+)?the\s+two\s+(?:countries|nations|governments)\s+(?:had\s+|have\s+)?(?:signed|concluded|reached)\b",
        after, re.I,
    ))


def _bilateral(head: "Token") -> bool:
    return any(c.dep_ == "amod" and c.lower_ == "bilateral" for c in head.children)


def _organisation_parties(head: "Token", sent: "Span") -> list[str]:
    """Organisations that are parties: in the agreement's noun phrase ("an agreement with
    UNHCR") or the signing verb's subject or "with" phrase; an agency stands for its state."""
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    regions = [(head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))]
    if verb is not None:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "agent") or (c.dep_ == "prep" and c.lower_ in ("with", "between", "among")):
                regions.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)))
    out: list[str] = []
    for start, _, party in organisations_in(sent.text):
        at = sent.start_char + start
        if any(s <= at < e for s, e in regions) and party not in out:
            out.append(party)
    return out


def _is_similar(noun: "Token") -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _vocab()["similar_words"] for c in noun.children)


def _last_kind(drafts: list[_Draft]) -> str | None:
    """The kind of the agreement reported last, if it is a specific one."""
    return drafts[-1].kind if drafts and drafts[-1].kind != "other" else None


def _noun_phrase_date(noun: "Token", article_date: str | None) -> str | None:
    """A date inside the agreement's own noun phrase: "the June 7 joint declaration"."""
    for child in noun.lefts:
        if child.ent_type_ == "DATE" and child.dep_ in ("compound", "nmod", "npadvmod", "amod", "nummod", "poss"):
            ent = next((e for e in noun.doc.ents if e.start <= child.i < e.end), None)
            if ent is not None:
                return resolve_date(ent.text, article_date)
    return None


def _clause_chain(verb: "Token") -> set[int]:
    """The verb and the verbs it is the purpose, complement or conjunct of.

    "scheduled to be there on Wednesday to sign", "told reporters after signing":
    dates and subjects of those verbs are the signing's too; "said ... would announce
    ... after they signed" (a reported clause) is not climbed.
    """
    chain = {verb.i}
    node = verb
    while node.head != node:
        if node.dep_ in ("xcomp", "advcl", "conj"):
            node = node.head
        elif (
            node.dep_ == "pcomp"
            and node.head.dep_ == "prep"
            and not _keeps_from(node.head)
            and node.head.head != node.head
        ):
            # "told reporters after signing", "became the third, with X signing": the
            # verb the preposition hangs on; not "barred X from signing"
            node = node.head.head
        else:
            break
        chain.add(node.i)
    return chain


def _keeps_from(prep: "Token") -> bool:
    """A preposition that says the signing did not happen: "from", "without", "against",
    "instead of"."""
    word = prep.lower_
    if word == "of" and prep.i > 0:
        return prep.doc[prep.i - 1].lower_ in ("instead", "rather")
    return word in ("from", "without", "against")


_MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "wo", "ca"}


def _asserted(verb: "Token") -> bool:
    """The text says the signing took place: not a future or possible one ("would receive X
    to agree on ...", "will sign"), nor the purpose of another act ("met X to agree on")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "who did not sign the agreement"
    node = verb
    for i in sorted(_clause_chain(verb), key=lambda i: abs(i - verb.i)):
        node = verb.doc[i]
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in node.children):
            return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return not (infinitive and verb.dep_ == "advcl")


def _signers(sent: "Span", verbs: list["Token"], ctx: "Context", known: dict[str, str]) -> list[str]:
    """People who are the subject of a signing verb or hang below it ("with minister X"),
    when the text says the signing took place (:func:`_asserted`)."""
    verbs = [v for v in verbs if _asserted(v)]
    chains: set[int] = set()
    for v in verbs:
        chains |= _clause_chain(v)
    verb_ids = {v.i for v in verbs}
    out: list[str] = []
    for name, ent in people_with_spans(sent, ctx, known=known):
        # the person's own clause must be the signing's: "after X threatened tariffs" is not
        if _ruled_out(ent):
            continue  # "signed by X, not by Y"
        if _witness(ent):
            continue  # "signed ... in the presence of President Z"
        clause = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX") or a.i in verb_ids), None)
        if (
            clause is not None and (clause.i in verb_ids or clause.i in chains)
            or _signing_noun_phrase(ent, verb_ids)
            or _second_agent(ent, verb_ids)
        ):
            _add_person(out, name)
    return out


def _corrected_signer(sent: "Span", verbs: list["Token"], ctx: "Context", known: dict[str, str]) -> list[str]:
    """A correction naming who signed: "misidentified the official who signed the
    agreement; it was Minister X, not Minister Y" -> X (the signing's subject is a
    common noun the correction then names)."""
    if not any(
        _asserted(v) and v.dep_ in ("relcl", "acl") and v.head.pos_ == "NOUN" and v.head.ent_type_ != "PERSON"
        for v in verbs
    ):
        return []
    for name, ent in people_with_spans(sent, ctx, known=known):
        before = doc_text(sent.doc)[sent.start_char : ent.start_char]
        after = doc_text(sent.doc)[ent.end_char : ent.end_char + 12]
        if re.search(r"\bit\s+was\s+(?:[A-Z][\w.'’-]*\s+)*$", before) and re.match(r",?\s+not\b", after):
            return [name]
    return []


def _ruled_out(ent: "Span") -> bool:
    """The text denies the person's part: "not by Y", "rather than Y", "instead of Y"."""
    for node in [ent.root, *ent.root.ancestors]:
        if node.pos_ in ("VERB", "AUX"):
            return False
        if any(c.dep_ == "neg" for c in node.children):
            return True
        before = node.doc[max(0, node.left_edge.i - 2) : node.left_edge.i].text.lower()
        if node.dep_ in ("prep", "pobj", "conj", "appos") and re.search(r"(?:\bnot|rather than|instead of)$", before):
            return True
    return False


def _signing_noun_phrase(ent: "Span", verb_ids: set[int]) -> bool:
    """ "which the foreign minister, X, signed": the parser hangs the signing verb of a
    relative clause on the subject's noun phrase; the person in apposition signed."""
    node = ent.root
    while node.dep_ in ("appos", "compound", "conj") and node.head != node:
        node = node.head
    return any(c.i in verb_ids and c.dep_ in ("acl", "relcl") and c.i > node.i for c in node.children)


_WITNESS_NOUNS = {"presence", "attendance", "witness", "company"}


def _witness(ent: "Span") -> bool:
    """The person only attended the signing: "in the presence of Z", "in Z's company"."""
    for node in ent.root.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            return False
        if node.lemma_.lower() in _WITNESS_NOUNS:
            return True
    return False


def _second_agent(ent: "Span", verb_ids: set[int]) -> bool:
    """ "signed by the minister, X, and the secretary, Y, in the presence of Z, the ministry
    said": the parser makes "the secretary" the subject of the next verb; a noun phrase
    right after the "and" of a passive signing with a "by" agent is its second agent."""
    node = ent.root
    while node.dep_ in ("appos", "compound") and node.head != node:
        node = node.head
    if node.dep_ != "nsubj" or node.head.dep_ != "conj" or node.head.head.i not in verb_ids:
        return False
    verb = node.head.head
    if not any(c.dep_ == "agent" for c in verb.children):
        return False
    before = node.doc[node.left_edge.i - 1] if node.left_edge.i > 0 else None
    return before is not None and before.dep_ == "cc" and before.head.i == verb.i


def _add_person(people: list[str], name: str) -> None:
    """Add a name unless it is a shorter or longer spelling of one already there."""
    last = name.split()[-1]
    for i, other in enumerate(people):
        if other == name:
            return
        if other.split()[-1] == last and (name in other or other in name or len(name.split()) == 1 or len(other.split()) == 1):
            if len(name) > len(other):
                people[i] = name
            return
    people.append(name)


def _pronoun_subject(verb: "Token") -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she") for c in verb.children)


def _status(sentence: str) -> str | None:
    negation = re.compile(_vocab()["negation_before_status"], re.I)
    best: tuple[int, str] | None = None
    for status, pattern in _status_patterns():
        for m in pattern.finditer(sentence):
            if negation.search(sentence[max(0, m.start() - 40) : m.start()]):
                continue
            # the first status phrase in the list order wins; proposed before signed
            # because "scheduled to sign" contains "sign"
            return status
    return best[1] if best else None


def _merge_status(draft: _Draft, status: str | None) -> None:
    if status is None:
        return
    if draft.status is None or _STATUS_RANK[status] > _STATUS_RANK[draft.status]:
        draft.status = status


def _signing_date(
    sent: "Span", verbs: list["Token"], article_date: str | None, status: str | None
) -> tuple[str | None, str | None]:
    """The day and the month ("YYYY-MM") of the DATE entity attached to a signing verb, or to
    the verb it is the purpose of; a month-only date ("in July") gives a month and no day."""
    allowed: set[int] = set()
    for v in verbs:
        allowed |= _clause_chain(v)
    prefer = "future" if status == "proposed" else "past"
    dates = []
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        verb = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if ent.root.head in verbs:
            pass  # "today's signing"
        elif verb is None or verb.i not in allowed:
            # the parser hangs "on Wednesday" after "signed in New York" on the main verb
            prep = ent.root.head
            if not (prep.dep_ == "prep" and prep.lower_ == "on" and any(v.right_edge.i + 1 == prep.i for v in verbs)):
                continue
        dates.append((min(abs(ent.root.i - v.i) for v in verbs), ent))
    for _, ent in sorted(dates, key=lambda d: d[0]):
        iso = resolve_date(ent.text, article_date, prefer=prefer)
        if iso is None:
            for _, _, expr in date_expressions(ent.text):
                iso = resolve_date(expr, article_date, prefer=prefer)
                if iso:
                    break
        if iso:
            return iso, iso[:7]
        # a month-only date ("last month") is the date: it just has no day
        month = resolve_month(ent.text, article_date)
        if month:
            return None, (month if prefer == "past" else None)
        # a span ("in two months") dates nothing: the next date may
    return None, None


def _dates_after_countries(sent: "Span", countries: list, article_date: str | None) -> dict[str, str]:
    """Country -> the day written right after it ("Guatemala on July 26"), when a sentence
    enumerates two or more countries so; one dated country is the sentence's date anyway."""
    out: dict[str, str] = {}
    for c in countries:
        if c.name == US:
            continue
        after = sent.text[c.end : c.end + 40]
        m = re.match(r"\s+(?:on|in)\s+", after)
        if not m:
            continue
        at = sent.start_char + c.end + m.end()
        ent = next((e for e in sent.ents if e.label_ == "DATE" and e.start_char == at), None)
        iso = resolve_date(ent.text, article_date) if ent is not None else None
        if iso:
            out[c.name] = iso
    return out if len(out) >= 2 else {}


def _label(kind: str, parties: list[str]) -> str:
    who = "-".join(_SHORT.get(p, p) for p in parties)
    return f"{who} agreement" if kind == "other" else f"{who} {kind}"


def _us_first(parties: list[str]) -> list[str]:
    return [US] + [p for p in parties if p != US] if US in parties else list(parties)


def _to_fact(d: _Draft) -> Agreement:
    assert d.evidence is not None
    return Agreement(
        label=_label(d.kind, _us_first(d.parties)),
        type=d.kind,
        signatories=_us_first(d.parties),
        signed_by=list(d.signers),
        date=d.date,
        evidence=d.evidence,
        status=d.status,
        confidence=d.confidence,
    )
