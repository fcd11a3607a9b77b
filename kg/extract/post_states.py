"""What a post's own words and the article's bodies say of the state it serves: the states
that have no such post ("Minister" in the US), the state whose same-portfolio ministry the
sentence names ("the Salvadoran Foreign Ministry ... the foreign minister, X"), the one state
whose embassy the article names (a diplomat's). Read by :mod:`.official_states`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import gazetteer
from .official_mentions import _Mention
from .roles import Role, words_regex


@lru_cache(maxsize=8)
def _embassy_state(text: str) -> str | None:
    """"U.S. Embassy in Honduras", "the Mexican Embassy": the one state whose embassy the article names."""
    text = text.replace("\u2019", "'")
    embassy = words_regex("embassy_words")
    states = {o.serves for s, e, o in gazetteer.find_organisations(text) if o.serves and embassy.search(text[s:e])}
    for m in embassy.finditer(text):
        found = gazetteer.find_countries(text[max(0, m.start() - 30) : m.start()])
        if found and not text[max(0, m.start() - 30) : m.start()][found[-1][1] :].strip(" '’s"):
            states.add(found[-1][2].name)
    return states.pop() if len(states) == 1 else None


def _states_without(role: Role) -> set[str]:
    """States that have no such post: the US government has no ministers (``titles.json``)."""
    rows = gazetteer.titles().get("states_without_heads", {})
    return {state for state, heads in rows.items() if not state.startswith("_") and role.head in heads}


def _body_country(m: _Mention) -> str | None:
    """"The Salvadoran Foreign Ministry said ... the foreign minister, X": the state whose
    ministry of the post's portfolio the sentence names before the person."""
    if " of " not in m.role.role:
        return None
    portfolio = m.role.role.split(" of ", 1)[1].lower()
    t = gazetteer.titles()
    row = next((r for name, r in t["portfolios"].items() if name.lower() == portfolio), None)
    aliases = {portfolio} | {a.lower() for a in (row or {}).get("aliases", [])}
    before = m.sentence.text[: m.sentence.doc[m.start].idx - m.sentence.start_char].replace("\u2019", "'")
    states = {o.serves for _, _, o in gazetteer.find_organisations(before)
              if o.kind == "agency" and o.portfolio and o.portfolio.lower() in aliases}
    units = "|".join(re.escape(w) for w in t.get("unit_words", []))
    for s, e, c in gazetteer.find_countries(before):
        words = re.match(rf"(?:'s?)?\s+((?:\w+\s+){{0,3}}?)(?:{units})\b", before[e:])
        if words and words.group(1).strip().lower() in aliases:
            states.add(c.name)
    return states.pop() if len(states) == 1 else None
