from __future__ import annotations


from ...facts import Meeting
from ...gazetteer import country
from .vocab import country_of_city
from .drafts import _Draft


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


def _day_of_the_same_people(draft: _Draft, recent: list[tuple[set[str], str | None]]) -> str | None:
    """The day a recent sentence gives to two of the meeting's people together: "X told Y
    on Tuesday that ..." then "X met Y at the White House" is one occasion."""
    for names, day in reversed(recent):
        if day and len(names & set(draft.participants)) >= 2:
            return day
    return None


def _same_place(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    if country_of_city(a) == b or country_of_city(b) == a:
        return True
    # "Zulum in Cameroon, meets ..." and "met ... in Maroua": a town the table lacks may be in
    # the country named; only a town known to lie elsewhere, or two towns, differ
    return any(country(one) is not None and country(other) is None and country_of_city(other) is None
               for one, other in ((a, b), (b, a)))


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
    return _other_company(old, new)


def _other_company(old: _Draft, new: _Draft) -> bool:
    """ "X met Y ... X met Z": mentions sharing one person, each naming someone the other
    lacks, are two events, whatever their times (one of them is often undated); mentions
    sharing two or more people are told of one occasion."""
    shared = set(old.participants) & set(new.participants)
    return len(shared) == 1 and bool(set(old.participants) - shared) and bool(set(new.participants) - shared)


def _compatible(old: _Draft, new: _Draft) -> bool:
    """Whether a new mention is the event of an earlier draft. A mention that said it was
    another event, naming nobody it met ("She also met the foreign minister"), does not take in
    a later one that names its company: nothing ties the two."""
    return (
        (not new.distinct or _same_signers_same_day(old, new))
        and not (old.distinct and len(old.participants) == 1 and len(new.participants) > 1)
        and not _other_company(old, new)
        and bool(set(old.participants) & set(new.participants))
        and _same_place(old.place, new.place)
        and _same_day(old, new)
    )


def _same_signers_same_day(old: _Draft, new: _Draft) -> bool:
    """ "the two ministers also signed a joint statement" on the day they signed the protocol:
    the same people on the same day are at one occasion, whatever else they also did."""
    return set(old.participants) == set(new.participants) and bool(old.date) and old.date == new.date


def _joinable(last: _Draft | None, new: _Draft) -> bool:
    """Whether there is a meeting just told that a mention ("X was in the room") can join."""
    if last is None or not last.participants:
        return False
    return _same_place(last.place, new.place) and _same_day(last, new)


def _signs_for_the_other_side(new: _Draft, last: _Draft | None, adjacent: bool) -> bool:
    """ "The agreement was signed for the EU by A and B. C signed for Serbia.": one signer
    alone, right after a signing by others, is the other side of that signing, not a
    signing of his own (a counterpart, a day or a place of his own says otherwise)."""
    return (
        adjacent and last is not None and last.signing and bool(last.participants)
        and new.signing and len(new.participants) == 1 and new.participants[0] not in last.participants
        and not new.distinct and not new.announced
    )


def _add(drafts: list[_Draft], new: _Draft, last: _Draft | None = None) -> _Draft:
    """Merge a draft into the latest draft of the same event, or keep it as a new one;
    return the draft it became part of."""
    if (new.anaphoric or new.joins) and last is not None and _same_place(last.place, new.place) and _same_day(last, new):
        _merge(last, new)
        return last
    if (
        new.refers_back and last is not None and last.participants
        and set(new.participants) <= set(last.participants) and _same_day(last, new)
    ):
        # "X said after the signing at the ministry in <district>": the event just told, its
        # people only, wherever the sentence puts the venue
        _merge(last, new)
        return last
    for old in reversed(drafts):
        if _compatible(old, new):
            _merge(old, new)
            return _join_earlier(drafts, old)
    drafts.append(new)
    return new


def _join_earlier(drafts: list[_Draft], grown: _Draft) -> _Draft:
    """A draft that grew may now be the same event as an earlier one it shares two or more
    people with ("May and Macron hosted the summit", "the treaty was signed by Rudd and
    Collomb", then "May and Macron held talks before a session attended by Rudd and Collomb"
    is one summit): the earlier draft takes it in."""
    at = next(i for i, d in enumerate(drafts) if d is grown)
    for earlier in drafts[:at]:
        if len(set(earlier.participants) & set(grown.participants)) >= 2 and _compatible(earlier, grown):
            _merge(earlier, grown)
            del drafts[at]
            return earlier
    return grown


def _merge(old: _Draft, new: _Draft) -> None:
    old.participants = list(dict.fromkeys(old.participants + new.participants))
    if old.place is None or country_of_city(new.place) == old.place or (
        new.place and country(old.place) is not None and country(new.place) is None
    ):  # the town rather than its country
        old.place = new.place or old.place
    old.date = old.date or new.date
    old.weekday = old.weekday or new.weekday
    old.several_days = old.several_days or new.several_days
    old.nouns = old.nouns | new.nouns
    if new.named > old.named:
        old.evidence, old.named = new.evidence, new.named


def _fold_bare(drafts: list[_Draft]) -> list[_Draft]:
    """A mention of one person alone that gives neither place nor time nor says it was
    another event, of someone a placed or dated meeting of the article has (a headline's
    "X defends deal after meeting"), tells that meeting again. Two of its people meeting
    alone may be a meeting of their own at a summit, and stay."""
    kept = list(drafts)
    for bare in drafts:
        if bare.place or bare.date or bare.weekday or bare.month or bare.announced or bare.distinct or bare.vague_time or bare.several_days:
            continue
        people = set(bare.participants)
        if len(people) == 1 and any(d is not bare and (d.place or d.date) and people <= set(d.participants) for d in kept):
            kept.remove(bare)
    return kept


def _to_fact(d: _Draft) -> Meeting:
    return Meeting(participants=d.participants, place=d.place, date=d.date, evidence=d.evidence, confidence=0.8)
