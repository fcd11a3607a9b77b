"""The plain data of agreement extraction: a mention of an agreement in a sentence, the
draft of an agreement merged over its mentions, and the fact a draft becomes (label from
parties and kind).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...facts import Agreement, Evidence
from ..parties import US
from .vocab import _SHORT, _STATUS_RANK

if TYPE_CHECKING:
    from spacy.tokens import Span, Token



@dataclass
class Mention:
    kind: str | None  # None: a generic noun
    start: int  # char offsets in the document
    end: int
    plural: bool
    definite: bool
    token: "Token | None"
    concrete: bool = False  # a plural generic that names its agreements ("similar deals with X and Y")
    possessor: list[str] = field(default_factory=list)  # the country "its" stands for ("its June deal")
    signers_states: list[str] = field(default_factory=list)  # "the agreement she signed": her state
    held_by: list[str] = field(default_factory=list)  # "the accord A concluded with B": A and B
    counterpart: str | None = None  # "similar deals with X", "the deals X concluded with ...": X
    multilateral: bool = False  # "the MOC, the first ever multilateral compact": one pact of all its parties
    # the signing its own phrase tells ("the treaty signed in 2008 by X"): its month (or a year
    # alone: "the 2019 accord"), its signers
    signing: tuple[str | None, frozenset[str]] | None = None
    # its kind phrase is in quotes or after a hedge ("the so-called 'safe third country' deal"):
    # what others call it, yielding to a kind named plainly for the same agreement
    hedged: bool = False
    # its own phrase names all its parties ("the U.S.-Mexico-Canada trade agreement"): no pact
    # read before with fewer or more of them
    self_named: bool = False

    def signed_otherwise(self, draft: "Draft") -> bool:
        """Its own phrase tells a signing that is not ``draft``'s: in another month, or by
        other people ("builds on the treaty signed by X" after a memorandum signed by Y)."""
        if self.signing is None:
            return False
        month, signers = self.signing
        if month and len(month) == 4:
            # "the 2022 forum agreement": a year of its own phrase, not that of the deal signed
            # ("In 1974, A and B signed a further agreement" after the pact signed in 1954)
            when = draft.month or draft.date or draft.year
            return bool(when) and when[:4] != month
        signed_in = draft.month or (draft.date[:7] if draft.date else None)
        if month and signed_in and month != signed_in:
            return True  # "In May, he signed a memorandum" after the deal signed on July 26
        if not signers or not draft.signers:
            return False
        # nobody in common, or someone else beside both signers already known
        return not signers & set(draft.signers) or (len(draft.signers) >= 2 and bool(signers - set(draft.signers)))


    def signed_as(self, draft: "Draft") -> bool:
        """Its own phrase tells the signing ``draft`` is known by: the same year, or month."""
        month = self.signing[0] if self.signing is not None else None
        when = draft.month or draft.date
        return bool(month and when) and when[: len(month)] == month


@dataclass
class Draft:
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
    similar_to: "Draft | None" = None  # "similar deals with X": of that agreement's kind
    actor: str | None = None  # the party that signed it in the text's words ("X signed ... with Y": X)
    siblings: "list[Draft]" = field(default_factory=list)  # named with it by one plural ("agreements with X and Y")
    earlier: bool = False  # "a previous pact", "the earlier agreement": one the article's deal replaced
    counted: bool = False  # one more of a kind a phrase counts ("two memoranda"): another agreement
    named: bool = False  # called by a name of its own ("the Economic Partnership Agreement"), no kind word
    year: str | None = None  # the year a mention's own signing tells ("signed ... in 2008"), for no day
    hedged: bool = False  # its kind is only what it is called in quotes (Mention.hedged)

    def key(self) -> tuple[str, frozenset[str]]:
        return self.kind, frozenset(self.parties)


def label_of(kind: str, parties: list[str]) -> str:
    who = "-".join(_SHORT.get(p, p) for p in parties)
    return f"{who} agreement" if kind == "other" else f"{who} {kind}"


def us_first(parties: list[str]) -> list[str]:
    return [US] + [p for p in parties if p != US] if US in parties else list(parties)


def to_fact(d: Draft) -> Agreement:
    assert d.evidence is not None
    return Agreement(
        label=label_of(d.kind, us_first(d.parties)),
        type=d.kind,
        signatories=us_first(d.parties),
        signed_by=list(d.signers),
        date=d.date,
        evidence=d.evidence,
        status=d.status,
        confidence=d.confidence,
        year=None if d.date else d.year,
    )


def union(a: list[str], b: list[str]) -> list[str]:
    out = list(a)
    out += [p for p in b if p not in out]
    if US in out:
        out = [US] + [p for p in out if p != US]
    return out


def upgrade(draft: Draft, kind: str | None, hedged: bool = False) -> None:
    """Give a draft of kind ``other`` the kind a mention names; a kind named plainly replaces
    one only named in quotes ("the 'safe third country' deal ... an asylum cooperation agreement")."""
    if not kind:
        return
    if draft.kind == "other" or (draft.hedged and not hedged and kind != draft.kind):
        draft.kind = kind
        draft.hedged = hedged
        draft.confidence = max(draft.confidence, 0.8)
    elif draft.kind == kind and not hedged:
        draft.hedged = False


def add_person(people: list[str], name: str) -> None:
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


def unique(items: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for i in items:
        if not any(i is o for o in out):
            out.append(i)
    return out


def within_ranges(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in ranges)


def merge_status(draft: Draft, status: str | None) -> None:
    if status is None:
        return
    if draft.status is None or _STATUS_RANK[status] > _STATUS_RANK[draft.status]:
        draft.status = status


def one_name_per_state(parties: list[str]) -> list[str]:
    """A party of a deal is the state in law: a former name of a state that continues as a
    present one ("West Germany", the Federal Republic: ``continues`` DE) is the present state,
    named once ("the Germany deal" in a title, "West Germany and Turkey signed" in the text); a
    state that ended ("Soviet Union", "Yugoslavia") keeps its own name. Parties in order."""
    from ...gazetteer import country_by_name
    from ...states import states

    present = {c.iso2: c.name for c in states()}
    out = [present.get(c.continues, p) if (c := country_by_name(p)) is not None and c.continues else p for p in parties]
    return list(dict.fromkeys(out))


def merge_alike(drafts: list[Draft]) -> list[Draft]:
    """One agreement per kind and parties of an article, attributes merged, unless a phrase
    counted it as another ("two memoranda of cooperation, one on X and one on Y")."""
    out: list[Draft] = []
    for draft in drafts:
        same = next((
            d for d in out if not draft.counted and d.kind == draft.kind and set(d.parties) == set(draft.parties)
            and (d.earlier == draft.earlier or d.kind != "other")  # "a previous pact" is another one
            and (not _year(d) or not _year(draft) or _year(d) == _year(draft))  # as kg.mapping tells them apart
        ), None)
        if same is None:
            out.append(draft)
            continue
        for name in draft.signers:
            add_person(same.signers, name)
        same.date = same.date or draft.date
        merge_status(same, draft.status)
    return out


def _year(draft: Draft) -> str:
    """The year the graph names an agreement by, as far as the article tells it ("" when not)."""
    return (draft.date or draft.year or draft.month or "")[:4]
