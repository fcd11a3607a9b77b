"""One fact per distinct sum and transfer: a restated, repeated or referred-back sum is the fact
already found, and an amountless mention of it adds to that fact."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...facts import Aid
from ...gazetteer import find_countries
from ...money import find_amounts
from .amounts import amounts_in, money_key
from .status import status_token
from .text import phrase_head, token_at
from .vocab import region_pattern, regex, strong_nouns, vocab, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class SumIndex:
    """The article's facts by sum (amount and currency), so that looking for a sum said
    before costs a lookup, not a pass over every fact found so far."""

    def __init__(self) -> None:
        self._by_sum: dict[tuple[float, str], list[Aid]] = {}

    def add(self, fact: Aid) -> None:
        key = money_key(fact)
        if key is not None:
            self._by_sum.setdefault(key, []).append(fact)

    def replace(self, old: Aid, new: Aid) -> None:
        same = self._by_sum.get(money_key(old), [])
        same[same.index(old)] = new

    def of(self, fact: Aid) -> list[Aid]:
        """The facts with the sum of ``fact``, in the order found."""
        key = money_key(fact)
        return self._by_sum.get(key, []) if key is not None else []


def same_amount_before(fact: Aid, same_sum: list[Aid], sent: "Span", headline_end: int = -1) -> Aid | None:
    """An earlier fact (of ``same_sum``, those with its sum) from the same donor to the same
    countries, and the same status or none on one side: one amount-and-status is one fact;
    not a sum the sentence calls another ("a further 3 billion euros"), unless the earlier one is
    the headline's, which tells the body's news ("UK pays extra £100m"). A headline's sum (before
    ``headline_end``) with the same status is the body's told loosely, whatever countries its
    other words name ("Sudanese face tighter Egyptian rules as donors pledge $1.5bn", then
    "$1.5 billion for ... Sudan"); a headline's sum with another status is the body's sum too."""
    if fact.amount is None:
        return None
    further = _additional(fact, sent)
    for other in same_sum:
        headline = told_in_headline(other, headline_end)
        if further and not headline:
            continue  # "UK pays extra £100m" over "The UK paid Rwanda another £100m": the headline's is that one
        loose = headline and other.status == fact.status
        if (
            _same_donor(other, fact)
            and (set(other.recipients) == set(fact.recipients) or not other.recipients or not fact.recipients or loose)
            # "WB to give $480m grant" over "The World Bank announced $480 million": a headline
            # words the body's news loosely, its status too
            and (other.status == fact.status or other.status is None or fact.status is None or headline)
        ):
            return other
    return None


def told_in_headline(fact: Aid, headline_end: int) -> bool:
    """Whether ``fact`` is a headline's: before ``headline_end``, or in a line that is no
    sentence (no final stop) and names neither donor nor recipients ("WB to give $480m grant
    for Rohingya crisis" under the outlet's name)."""
    if fact.evidence is None:
        return False
    if fact.evidence.start < headline_end:
        return True
    return not fact.provider and not fact.recipients and not re.search(r"[.!?:;\"'”’)]\s*$", fact.evidence.text)


def _additional(fact: Aid, sent: "Span") -> bool:
    text = sent.text
    return any(
        (a.value, a.currency) == money_key(fact) and regex("additional_before", re.I).search(text[max(0, a.start - 40) : a.start])
        for a in amounts_in(sent)
    )


def _same_donor(a: Aid, b: Aid) -> bool:
    """The same donor, or one side names none: an unnamed donor is unknown, not another."""
    return a.provider == b.provider or a.provider is None or b.provider is None


def definite_repeat(fact: Aid, said_before: bool, sent: "Span") -> bool:
    """ "the $370 million sent to South America is not coming back": a sum with "the" that an
    earlier fact already has (``said_before``) is that money again, described by a participle;
    not when a status verb now acts on it ("released the $143 million", "the $9 million was cut")."""
    if fact.amount is None or not said_before or _additional(fact, sent):
        return False  # "the €3 billion it had pledged and a further €3 billion": a new sum
    text = sent.text
    for a in amounts_in(sent):
        if (a.value, a.currency) != money_key(fact) or not regex("definite_before", re.I).search(text[: a.start]):
            continue
        head = phrase_head(token_at(sent, sent.start_char + a.start))
        if head.dep_ in ("nsubj", "nsubjpass", "dobj") and status_token(head.head):
            return False
        return True
    return False


def is_definite(nouns: list["Token"]) -> bool:
    """ "the money", "that aid": aid already reported."""
    return any(
        c.dep_ == "det" and c.lower_ in words("definite_determiners") for n in nouns if n.lower_ in strong_nouns() for c in n.children
    )


def recent_recipients(facts: list[Aid], where: dict[int, int], index: int) -> list[str]:
    """Recipients of the last aid fact of the last three sentences, if any."""
    fact = recent_with_recipients(facts, where, index)
    return fact.recipients if fact is not None else []


def recent_with_recipients(facts: list[Aid], where: dict[int, int], index: int) -> Aid | None:
    """The last aid fact of the last three sentences that has recipients, if any."""
    for other in reversed(facts):
        if index - where.get(id(other), -99) > 3:
            break
        if other.recipients:
            return other
    return None


def same_as_recent(fact: Aid, facts: list[Aid], where: dict[int, int], index: int, definite: bool = False) -> Aid | None:
    """An earlier fact an amountless mention repeats: same provider, recipients and status
    within three sentences; or, for "the money"/"the aid", the same status anywhere before."""
    if fact.amount is not None:
        return None
    if definite:
        for other in reversed(facts):
            if other.status == fact.status and _same_donor(other, fact) and (
                not fact.recipients or set(fact.recipients) & set(other.recipients)
            ):
                return other
    for other in reversed(facts):
        if index - where.get(id(other), -99) > 3:
            break
        if (
            _same_donor(other, fact)
            and set(other.recipients) == set(fact.recipients)
            and other.status == fact.status
        ):
            return other
    return None


def without_promises_of_sums(facts: list[Aid]) -> list[Aid]:
    """The facts less each amountless promise ("agreed ... in return for more money", "the
    package had been announced") of money the article gives as a sum promised by the same
    donor (or an unnamed one) to some of the same countries (or none named): the
    status-only mention of a sum is that sum, wherever it comes in the article. So too for
    money released again or sent elsewhere ("is restoring some of the aid" over "will release
    $143 million"), told at the same status."""
    promise = words("commitment_statuses")
    once = words("once_told_statuses")

    def stage(status: str | None) -> str | None:
        return "promise" if status in promise else status if status in once else None

    sums = [f for f in facts if f.amount is not None and stage(f.status)]
    return [
        f for f in facts
        if f.amount is not None or stage(f.status) is None or not any(
            stage(s.status) == stage(f.status) and _same_donor(f, s)
            and (not f.recipients or not s.recipients or set(f.recipients) & set(s.recipients))
            for s in sums
        )
    ]


def restored_from_frozen(facts: list[Aid]) -> None:
    """ "The donor froze $300 million in aid to the three countries ... its ministry
    restored part of it, roughly $90 million": money released again goes to the countries whose
    money was taken, unless its own sentence names the states it goes to ("Belize will
    receive $40 million of the released funds") or a region. States the sentence only implies
    (the leaders who signed first) are no recipients of it."""
    for i, fact in enumerate(facts):
        if fact.status != "restored" or fact.amount is None:
            continue
        # the freeze said before it, else the one the article goes on to give ("release $143
        # million of the aid frozen in March. ... the freeze, which covered $450 million across
        # the three countries")
        taken = next((f for f in reversed(facts[:i]) if f.status in words("taking_statuses") and f.recipients), None) or next(
            (f for f in facts[i + 1 :] if f.status in words("taking_statuses") and f.recipients), None
        )
        if taken is None or not set(fact.recipients) < set(taken.recipients):
            continue
        text = fact.evidence.text if fact.evidence else ""
        named = {c.name for _, _, c in find_countries(text)}
        if region_pattern().search(_clause_of_sum(text, fact)) or named & set(fact.recipients):
            continue
        fact.recipients = list(taken.recipients)


def sums_of_earlier_talk(facts: list[Aid]) -> list[Aid]:
    """ "The State Department said it is ending aid programs in X, Y and Z. ... How much
    money? ... roughly $450 million": a sum whose own words give no status is the money of
    the amountless status change the article reported last (no sum with its own status in
    between): it takes that status, donor and, when it names none, its countries; and that
    amountless mention (and the headline's that says it again), now a sum, is no fact of its own."""
    talk: Aid | None = None
    absorbed: set[int] = set()
    for fact in facts:
        if fact.amount is None:
            talk = fact if fact.status is not None else talk
            continue
        if fact.status is not None:
            talk = None
            continue
        if talk is None or not _same_donor(talk, fact):
            continue
        if fact.recipients and talk.recipients and not set(fact.recipients) & set(talk.recipients):
            continue
        fact.status = talk.status
        fact.provider = fact.provider or talk.provider
        fact.recipients = fact.recipients or list(talk.recipients)
        absorbed.add(id(talk))
    said = [(f.provider, frozenset(f.recipients), f.status) for f in facts if id(f) in absorbed]
    return [f for f in facts if f.amount is not None or (f.provider, frozenset(f.recipients), f.status) not in said]


def _clause_of_sum(text: str, fact: Aid) -> str:
    """The coordinated clause of ``text`` that says the sum of ``fact`` (all of it when the sum
    is not found): "release $143 million ..., and Trump promised aid for the region" -> the first."""
    at = next((a.start for a in find_amounts(text) if (a.value, a.currency) == money_key(fact)), None)
    if at is None:
        return text
    start = 0
    for cut in regex("clause_break").finditer(text):
        if cut.start() >= at:
            return text[start : cut.start()]
        start = cut.end()
    return text[start:]


def headline_told_again(facts: list[Aid], headline_end: int) -> list[Aid]:
    """ "Deal will bring back frozen aid" over a story that gives the frozen sum: an amountless
    status change in the headline (the text before ``headline_end``) that a sum of the story
    tells with the same status, donor and some of its countries is that sum, not a fact of its
    own. In the body, such a mention may be other money and stays."""
    sums = [f for f in facts if f.amount is not None and f.status is not None]
    return [
        f for f in facts
        if f.amount is not None or f.evidence is None or f.evidence.start >= headline_end or not any(
            s.status == f.status and _same_donor(f, s) and set(f.recipients) & set(s.recipients) for s in sums
        )
    ]


def pooled(fact: Aid, facts: list[Aid]) -> list[str]:
    """ "Norway offered 100 million kroner to the pool": money paid into a whole the article
    told before ("a pool of €420 million for Italy, Spain, Greece and Cyprus") goes where
    that whole goes."""
    m = re.search(vocab()["pool_anaphor"], fact.evidence.text if fact.evidence else "", re.I)
    if m is None:
        return []
    noun = re.compile(rf"\b{re.escape(m.group('noun'))}\b", re.I)
    earlier = [f for f in facts[: facts.index(fact)] if f.recipients and f.evidence and noun.search(f.evidence.text)]
    return list(earlier[-1].recipients) if earlier else []


def others_named(fact: Aid) -> bool:
    """ "Under the partnership with Germany, the German side committed EUR 2 million for Indian
    nurses": a giver among the recipients whose other recipients its own sentence names is a
    partner named twice, and the money goes to the others; a state's own money for itself and
    for states of earlier sentences is no aid."""
    named = {c.name for _, _, c in find_countries(fact.evidence.text if fact.evidence else "")}
    others = [r for r in fact.recipients if r != fact.provider]
    return bool(others) and all(r in named for r in others)
