"""One agreement per distinct deal of the article: a mention is resolved to an agreement
already read (same parties and a compatible kind, or a definite "the deal") or starts a new
one. A mention whose own phrase tells another signing (another month, other signers) is
another deal; a plural or a bilateral kind with several parties is one agreement each with
the counterpart. ("X did so" and other repeats of the last signing: :mod:`.repeats`.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .counterparts import Ranking, counterpart, igos, other_parties
from ..parties import US, countries_in, names
from .model import Draft, Mention, union, upgrade
from .scope import noun_phrase_parties
from .places import adopted_there, others_adopted
from .vocab import _BILATERAL, vocab, words
from .referents import named_first, salient

if TYPE_CHECKING:
    from spacy.tokens import Token



def resolve(
    mention: Mention,
    parties: list[str],
    drafts: list[Draft],
    ranking: Ranking,
    sentence_index: int,
) -> list[Draft]:
    """The agreements a mention refers to: existing ones (coreference) or new drafts.

    A mention with one party of its own is with the article's counterpart (``ranking``,
    see :func:`_counterpart`), unless a body such as UNHCR is its other party."""
    kind = mention.kind
    own = list(parties)
    if not own and others_adopted(mention.token) and any(adopted_there(c) for c in mention.token.children):
        return []  # "ministers adopted the Malta Declaration": theirs, no deal read before
    each = not mention.multilateral and (mention.plural or (kind in _BILATERAL and len(set(own)) > 2))
    hub = mention.counterpart or counterpart(own, ranking, each=each)
    if mention.token is not None and is_earlier(mention.token) and not mention.plural:
        return _earlier_deal(kind, union([hub], own) if hub else own, drafts)
    drafts = [d for d in drafts if not d.earlier]  # "the deal" is never the one it replaced
    if mention.self_named and mention.multilateral and len(set(own)) >= 2:
        # "adopted by 164 countries, among them A and B": one text of the parties listed, not
        # the one the article is about named again
        same = next((d for d in reversed(drafts) if set(d.parties) == set(own) and kind in (None, d.kind)), None)
        return [same] if same is not None else [Draft(kind or "other", own, confidence=0.8, hedged=mention.hedged)]
    # "The U.S. administration calls it an Asylum Cooperation Agreement": the article's main
    # party alone names no new agreement; the mention is one already reported
    non_us = other_parties(own, hub, ranking)
    if non_us and hub and hub not in own and not set(own) & igos():
        own = [hub] + own  # a body alone ("agreed a roadmap with UNHCR") is with the main party

    named = kind is None and is_named(mention.token)
    if mention.definite and kind is not None and not mention.plural:
        # "Under the memorandum, A and B will ...": the pact of them all read before, not one each
        whole = next((d for d in reversed(drafts) if d.kind == kind and len(set(d.parties)) > 2 and set(own) <= set(d.parties)), None)
        if whole is not None:
            return [whole]

    def compatible(d: Draft) -> bool:
        # a deal called by its own name is no memorandum or declaration of the same parties
        if named and d.kind != "other" and not d.named:
            return False
        if kind is not None and d.hedged and not mention.hedged:
            return True  # "the 'safe third country' deal ... an asylum cooperation agreement"
        return kind is None or d.kind == kind or (d.kind == "other" and not d.named)

    if mention.plural and kind is None and not mention.concrete:
        # "immigration deals": a class of deals, not a concrete one
        return []
    if mention.definite and kind is not None and not mention.plural and not mention.concrete and len(set(parties)) == 1:
        # "The MoU was signed by ... the head of X's government": the one of that kind
        # already reported with X, before any counterpart is guessed
        known = own_kind_first(
            [d for d in reversed(drafts) if compatible(d) and set(parties) <= set(d.parties) and not mention.signed_otherwise(d)], kind)
        if known is not None:
            upgrade(known, kind, mention.hedged)
            return [known]
        # "German Chancellor X defended the compact": the compact of many read before, not one with the hub
        known = next((d for d in reversed(drafts) if d.kind == kind and kind in vocab()["multilateral_kinds"]), None)
        if known is not None:
            return [known]
    if mention.definite and kind is not None and is_topic(mention) and not _own_parties(mention):
        # "The MoU, valid for three years, also commits X to ...", "The compact builds on the
        # commitments Y made": what the agreement it refers back to does, not its parties
        known = own_kind_first([d for d in reversed(drafts) if compatible(d) and not mention.signed_otherwise(d)], kind)
        if known is not None:
            upgrade(known, kind, mention.hedged)
            return [known]
    if mention.definite and kind is None and mention.token is not None and not mention.concrete:
        # "the deal" refers back unless it names its own parties ("the US-Guatemala deal")
        np_parties = noun_phrase_parties(mention.token)
        np_parties += [p for p in mention.possessor + mention.signers_states + mention.held_by if p not in np_parties]
        if not np_parties:
            for d in named_first(drafts, parties):
                if mention.signed_otherwise(d):
                    # "The protocol signed today ..." after "the agreement signed in 2022": an
                    # agreement signed then, read before
                    known = next((o for o in reversed(drafts) if compatible(o) and mention.signed_as(o)), None)
                    if known is not None:
                        upgrade(known, kind, mention.hedged)
                        return [known]
                    # "builds on the friendship treaty signed in 2008 by X": another deal of its
                    # parties, or of those its own clause names ("the agreement that A, B and C
                    # signed in 2013")
                    theirs = list(parties) if len(set(parties)) >= 2 else list(d.parties)
                    if len(set(parties)) == 1 and hub and not set(parties) <= set(d.parties):
                        theirs = union([hub], parties)  # "the deal Guatemala signed in July": its own, with the hub
                    return [Draft("other", theirs, confidence=0.6)]
                upgrade(d, kind, mention.hedged)
                if len(set(d.parties)) < 2 and set(d.parties) <= set(parties):
                    d.parties = union(d.parties, parties)  # "the agreement" gives the parties it lacked
                return [d]
        else:
            own = list(np_parties)
            each = kind in _BILATERAL and len(set(own)) > 2
            hub = mention.counterpart or counterpart(own, ranking, each=each)
            non_us = other_parties(own, hub, ranking)
            if non_us and hub and hub not in own:
                own = [hub] + own
    elif kind is not None and not non_us:
        # "the memorandum", "calls it an Asylum Cooperation Agreement": the most recent
        # agreement of a compatible kind (indefinite ones only when it was just mentioned)
        fits = [d for d in reversed(drafts) if compatible(d) and (mention.definite or sentence_index - d.last_sentence <= 2)
                and not mention.signed_otherwise(d)]
        known = own_kind_first(fits, kind) if mention.definite else next(iter(fits), None)
        if known is not None:
            upgrade(known, kind, mention.hedged)
            return [known]
    if not non_us:
        # "the agreement with Panamanian minister X": the article's main party alone is the
        # agreement already reported with it; a kind named with it is kept until a later
        # mention gives its other parties ("a regional accord ... the regional pact between ...")
        for d in reversed(drafts):
            if (mention.definite or kind is not None) and compatible(d) and set(own) <= set(d.parties) and not mention.signed_otherwise(d):
                upgrade(d, kind, mention.hedged)
                return [d]
        if not own and kind is not None and not mention.definite and not mention.plural:
            # "13 February 1992 - A and B sign an agreement ... 7 April 2022 - ... The two sides
            # adopt a joint declaration": a new instrument of the parties of the deal signed
            # at another time
            other = next((d for d in reversed(drafts) if compatible(d) and len(set(d.parties)) >= 2), None)
            if other is not None and mention.signed_otherwise(other):
                return [Draft(kind, list(other.parties), confidence=0.6, hedged=mention.hedged)]
        partner = last_partner(drafts)
        if len(set(own)) == 1 and mention.signers_states and partner and partner not in own:
            # "X signed a deal with Y. ... Z's minister said the agreement he signed ...":
            # Z in X's place, with Y
            hub, non_us, own = partner, list(own), [partner, *own]
        elif (not own and kind is not None and kind not in vocab()["multilateral_kinds"] and mention.definite and not mention.plural
              and mention.token is not None and mention.token.text[:1].isupper() and ranking.main is not None and len(ranking.parties) >= 2
              and not others_adopted(mention.token)):  # not "Leaders adopted the Malta Declaration": theirs
            # "That is in the Joint Declaration of June 7", no agreement read before: the
            # instrument called by its name is the one of the article's two leading parties
            return [Draft(kind, list(ranking.parties[:2]), confidence=0.6, hedged=mention.hedged)]
        else:
            return [Draft(kind, own, confidence=0.8, hedged=mention.hedged)] if kind is not None and own else []
    # several bilateral agreements, each with the United States (not "X and UNHCR signed a memorandum")
    split = not mention.multilateral and (mention.plural or (kind in _BILATERAL and len(non_us) > 1)) and hub in own
    groups = [[hub, p] for p in non_us] if split else [own]
    out: list[Draft] = []
    for group in groups:
        if len(group) < 2 and kind is None:
            continue
        same = [d for d in reversed(drafts) if set(d.parties) == set(group) and not mention.signed_otherwise(d)]
        # "signing the communique": the joint declaration of those parties before a later 'other' deal
        existing = next((d for d in same if kind is not None and d.kind == kind), None) or salient(
            [d for d in same if compatible(d)], generic=kind is None and mention.definite
        )
        if existing is None and (kind not in _BILATERAL or mention.multilateral) and not mention.concrete and not mention.self_named:
            # a multilateral pact named again with more (or fewer) of its parties
            existing = next(
                (
                    d for d in reversed(drafts)
                    if (d.kind not in _BILATERAL or mention.multilateral) and (kind is None or d.kind == kind or d.kind == "other")
                    and not mention.signed_otherwise(d) and not _new_of_another_kind(mention, d)
                    and (set(d.parties) <= set(group) or set(group) <= set(d.parties))
                    and (len(set(d.parties) & set(group) - {hub}) >= 1 or len(d.parties) == 1)
                ),
                None,
            )
            if existing is not None:
                existing.parties = union(existing.parties, group)
        if existing is not None:
            upgrade(existing, kind, mention.hedged)
            out.append(existing)
            continue
        out.append(Draft(kind or "other", group, confidence=0.8 if kind else 0.6, named=named, hedged=bool(kind) and mention.hedged))
    return out


def own_kind_first(candidates: list[Draft], kind: str | None) -> Draft | None:
    """The agreement "the memorandum" refers back to among ``candidates`` (latest first): the
    latest of its own kind before a deal of no kind read since ("signed a memorandum. The
    memorandum builds on the readmission agreement of 2004. ... the memorandum"), else the latest."""
    return next((d for d in candidates if d.kind == kind), None) or next(iter(candidates), None)


def _new_of_another_kind(mention: Mention, draft: Draft) -> bool:
    """ "a tripartite agreement that A, B and C signed in 2003" after the regional compact of
    A, B, C and D: an indefinite noun its own clause signs is a new agreement, not one of
    another kind read before."""
    return not mention.definite and mention.kind is None and mention.signing is not None and draft.kind != "other"


def ordinal_of(noun: "Token", drafts: list[Draft]) -> Draft | None:
    """ "the first of those agreements", "the last of the deals": the one of that rank
    (``ordinals``) among the agreements the sentence that read the most recent one named, in
    the order their parties are written there."""
    of = noun.head if noun.dep_ == "pobj" else None
    rank = vocab()["ordinals"].get(of.head.lower_) if of is not None and of.dep_ == "prep" else None
    if rank is None or not drafts or drafts[-1].evidence is None:
        return None
    said = drafts[-1].evidence
    group = [d for d in drafts if d.evidence is not None and d.evidence.start == said.start and len(d.parties) == 2]
    if len(group) < 2 or abs(rank) > len(group):
        return None

    def written(d: Draft) -> int:
        places = [said.text.find(p) for p in d.parties if p != US and said.text.find(p) >= 0]
        return min(places) if places else len(said.text)

    group.sort(key=written)
    return group[rank - 1] if rank > 0 else group[rank]


def is_named(noun: "Token | None") -> bool:
    """ "the Indonesia-Japan Economic Partnership Agreement", "the Implementing Protocol": an
    agreement noun written as a name, with a capitalised word of its own (not a state's)."""
    if noun is None or not noun.text[:1].isupper():
        return False
    if any(t.pos_ in ("VERB", "AUX") and t.text[:1].isupper() and t.i > noun.sent.start for t in noun.sent):
        return False  # "Honduras Asylum Deal With US Signed as ...": a headline's capitals name nothing
    return any(
        c.dep_ in ("compound", "amod") and c.text[:1].isupper() and c.pos_ in ("PROPN", "ADJ", "NOUN", "VERB")
        and c.ent_type_ not in ("GPE", "NORP", "LOC") and not countries_in(c.text)
        for c in noun.lefts
    )


def is_earlier(noun: "Token") -> bool:
    """ "a previous pact", "the earlier agreement", "replaces the 2019 agreement": the deal
    before the one reported."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words("replacing_lemmas"):
        return True
    return any(c.dep_ == "amod" and c.lower_ in words("earlier_words") for c in noun.children)


def _earlier_deal(kind: str | None, parties: list[str], drafts: list[Draft]) -> list[Draft]:
    """The earlier agreement of ``parties`` (those of the agreement last reported when the
    mention names fewer than two), one per article however often it is named."""
    if len(set(parties)) < 2:
        latest = next((d for d in reversed(drafts) if not d.earlier and set(parties) <= set(d.parties)), None)
        if latest is None:
            return []
        parties = list(latest.parties)
    known = next((d for d in drafts if d.earlier and set(d.parties) == set(parties)), None)
    if known is not None:
        upgrade(known, kind)
        return [known]
    return [Draft(kind or "other", parties, confidence=0.6, earlier=True)]


def is_topic(mention: Mention) -> bool:
    """A singular agreement noun that is the active subject of its clause ("The compact builds
    on ..."): the clause says what the agreement does, its other states are no parties."""
    token = mention.token
    return token is not None and not mention.plural and not mention.concrete and token.dep_ in words("subject_deps")


def _own_parties(mention: Mention) -> list[str]:
    """The parties a mention names in its own phrase, possessors and signers' states."""
    assert mention.token is not None
    found = noun_phrase_parties(mention.token)
    return found + [p for p in mention.possessor + mention.signers_states + mention.held_by if p not in found]


def last_partner(drafts: list[Draft]) -> str | None:
    """The party the last two-party agreement whose signing party is known was signed with."""
    for d in reversed(drafts):
        if d.actor in d.parties and len(d.parties) == 2:
            return next(p for p in d.parties if p != d.actor)
    return None


def known_kind(draft: Draft, article_date: str | None, told: frozenset[str] = frozenset()) -> str | None:
    """The kind of a well-known agreement a generic mention plainly is, or None.

    ``known_agreements`` in the vocabulary lists the agreements of the domain by parties
    and signing date. A generic agreement with the same parties, no other date, written
    after that date and not about something else ("trade deal") is that agreement, if
    only one such agreement fits, or if only one of those that fit is of a kind the article
    names for its other agreements (``told``: "the Guatemalan agreement" among asylum
    cooperation agreements with its neighbours).
    """
    kinds = set()
    for entry in vocab().get("known_agreements", []):
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
    if len(kinds) > 1 and len(kinds & told) == 1:
        kinds &= told
    return kinds.pop() if len(kinds) == 1 else None


def settle_kinds(drafts: list[Draft], article_date: str | None) -> None:
    """The kind of each agreement still of kind ``other`` once the article is read: a
    well-known agreement's, that of the one it is "similar" to, its topic's; then a kind of
    many parties kept only for many, and the kind shared by the agreements one plural names."""
    for d in drafts:  # in order: an agreement "similar" to another comes after it
        if d.kind == "other":
            similar = d.similar_to.kind if d.similar_to is not None and d.similar_to.kind != "other" else None
            told = frozenset(o.kind for o in drafts if o.kind != "other")
            known = known_kind(d, article_date, told)
            if not d.earlier and any(o is not d and o.kind == known and set(o.parties) == set(d.parties) for o in drafts):
                known = None  # that one is read already: this is another instrument of its parties
            if d.similar_to is not None and d.similar_to.kind == "other" and not any(
                set(e["parties"]) == set(d.similar_to.parties) for e in vocab().get("known_agreements", [])
            ):
                known = None  # "similar arrangements with A and B" to a deal no well-known one can be: alike
            d.kind = known or similar or d.cue_kind or "other"
    for d in drafts:
        fits_parties(d)
    for d in drafts:
        # agreements one plural names, and the one others are "similar" to, share a kind
        kinds = {s.kind for s in d.siblings if s.kind != "other"}
        kinds |= {o.kind for o in drafts if o.similar_to is d and o.kind != "other"}
        plain = {s.kind for s in d.siblings if s.kind != "other" and not s.hedged}
        if len(kinds) > 1 and len(plain) == 1:
            kinds = plain  # "calls them asylum cooperation agreements; critics call them 'safe third country' deals"
        if (d.kind == "other" or (d.hedged and d.kind not in kinds)) and len(kinds) == 1:
            d.kind = kinds.pop()
            d.hedged = False


def fits_parties(draft: Draft) -> None:
    """A kind of many parties (``multilateral_kinds``: "regional compact") is no kind of a
    deal between two: "the EU-Jordan Compact", "a similar compact between the EU and
    Lebanon" are agreements of kind ``other``, unless a phrase naming it says it is
    multilateral ("a regional compact" signed by two of its parties so far)."""
    if draft.kind not in vocab()["multilateral_kinds"] or len(set(draft.parties)) > 2:
        return
    said = tuple(vocab()["multilateral_words"])
    if not any(w in phrase.lower() for phrase in draft.context for w in said):
        draft.kind = "other"


def cue_kind_of(sentence: str) -> str | None:
    """The kind a generic first mention implies by what it is about ("asylum seekers")."""
    for cue in vocab().get("generic_kind_cues", []):
        if re.search(cue["pattern"], sentence, re.I):
            return cue["kind"]
    return None
