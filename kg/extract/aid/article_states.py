"""Whose money and for whom, from the states the whole article names rather than the sum's
sentence: a sum's currency gives its donor when no word does, a state's sum in its own money
for no one abroad is spent at home (no aid), and a state's sum for no one named goes to the
one other state the story is about."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .vocab import vocab

if TYPE_CHECKING:
    from spacy.tokens import Doc


def currency_provider(doc: "Doc", currency: str | None) -> str | None:
    """The donor a sum's currency gives when no word does: "the government will provide 3 billion
    won" in an article naming South Korea and Vietnam is South Korea's, "ZiG 40 million" next to
    Zimbabwe and South Africa Zimbabwe's; the one state named that uses the currency, never a
    currency of the whole world's news (USD, EUR)."""
    from ...annotate.groups import STATES
    from ...currencies import currencies_of_state
    from ...currencies import data as money_data

    if not currency or currency in money_data()["world_currencies"] or STATES not in doc.spans:
        return None
    users = {s.label_ for s in doc.spans[STATES] if s.kb_id_ and currency in currencies_of_state(s.kb_id_)}
    return next(iter(users)) if len(users) == 1 else None


def spent_at_home(doc: "Doc", fact) -> bool:
    """A state's sum in its own money for no one named abroad ("Brazil will invest R$98
    million in shelters", "Taiwan approved NT$45 million"): it spends at home, which is no aid
    (GUIDELINES.md); a currency of the whole world's news (USD, EUR) says nothing of this."""
    from ...annotate.groups import STATES
    from ...currencies import currencies_of_state
    from ...currencies import data as money_data

    if fact.recipients or not fact.provider or not fact.currency or STATES not in doc.spans:
        return False
    if fact.currency in money_data()["world_currencies"] or re.search(vocab()["abroad_cue"], fact.evidence.text, re.I):
        return False  # "to help countries in the Americas": money that goes abroad
    from types import SimpleNamespace

    from .recipients import from_origin

    states = doc.spans[STATES]
    ev = fact.evidence
    named = [SimpleNamespace(start=s.start_char - ev.start, end=s.end_char - ev.start, name=s.label_) for s in states if ev.start <= s.start_char < ev.end]
    # "to help Fiji deliver health services": another state in the sentence, but not one
    # people were "deported from"
    if any(c.name != fact.provider for c in from_origin(ev.text, named)):
        return False
    return any(s.label_ == fact.provider and s.kb_id_ and fact.currency in currencies_of_state(s.kb_id_) for s in states)


def counterpart(doc: "Doc", fact, donors: "set[str] | frozenset[str]" = frozenset()) -> list[str]:
    """ "Berlin will provide 2.5 million euros for the reintegration of returnees" in a story
    of Germany and Georgia: a state's sum for no one named goes to the one other state the
    story is about (named at least twice, twice as often as any third state)."""
    from collections import Counter

    from ...annotate.groups import STATES
    from .vocab import region_pattern

    # redirected money with no country named went "to other priorities", to no one abroad
    if fact.recipients or fact.amount is None or fact.status == "redirected" or STATES not in doc.spans or region_pattern().search(fact.evidence.text):
        return []
    counts = Counter(s.label_ for s in doc.spans[STATES])
    if not fact.provider or fact.provider not in counts:
        return []
    # another donor of the story gives, it does not get ("Norway has given us $14 million, and Canada ...")
    others = [(n, name) for name, n in counts.most_common() if name != fact.provider and name not in donors]
    if not others or others[0][0] < 2 or (len(others) > 1 and others[0][0] < 2 * others[1][0]):
        return []
    return [others[0][1]]


def spent_in_own_province(fact) -> bool:
    """ "The Centre has approved a package of Rs 3,008 crore for West Bengal", "In Gothenburg, the
    city's social services have spent 38 million kronor": a sum in a state's own money, in a
    sentence that names no state but places inside that one, is the state's spending at home,
    which is no aid (GUIDELINES.md); "lempiras of American cooperation for Honduras" names a
    state and stays aid."""
    from ...currencies import currencies_of_state
    from ...currencies import data as money_data
    from ...gazetteer import country_by_name, find_countries
    from .recipients import place_countries

    if not fact.currency or fact.evidence is None or fact.currency in money_data()["world_currencies"]:
        return False
    states = [c for c in (country_by_name(n) for n in [fact.provider, *fact.recipients] if n) if c is not None]
    home = next((c.name for c in states if fact.currency in currencies_of_state(c.iso2)), None)
    # "The Australian government has committed $1.2 million to ... in regional Queensland": the
    # donor's people's word may qualify its government; a state named by name ("Norway offered
    # ... to the pool, it said in Oslo"), another state or a state that is no donor may not
    text = fact.evidence.text
    if home is None or any(
        c.name != home or home != fact.provider or text[a:b] not in c.demonyms for a, b, c in find_countries(text)
    ):
        return False
    # "In Stockholm, ...": the sentence's first word is a preposition like any other
    places = place_countries(text[:1].lower() + text[1:], "", frozenset({home}))
    return bool(places) and all(p == home for p in places)
