"""Which states an article is written about and from: how often its text names each one as a
state (not as the origin of the people it is about), and the state its masthead names. Read
by :func:`kg.extract.official_states._state_of_the_article` for a post read without its state.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import gazetteer
from .state_clues import _unquoted

#: the most words a masthead line takes ("Korea JoongAng Daily", "News24 | South Africa | Politics")
_MASTHEAD_WORDS = 6


@lru_cache(maxsize=8)
def _masthead_state(text: str) -> str | None:
    """The one state a short first line names by its name, demonym or capital ("The Times of
    Israel", "Jakarta Post", "News24 | South Africa", "EL COMERCIO (Quito)"): an outlet named
    for its home, or its section."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    small = gazetteer.grammar_words("title_small_words")

    def words(part: str) -> list[str]:
        return re.findall(r"[^\W\d_][\w'.-]*", part)  # a capital in brackets counts too

    # the parts between bars that are names, not a headline ("No way in: Rudd's PNG gamble") or a
    # note ("El Comercio (Lima) | Translated from Spanish"): every word capitalised but the small ones
    parts = [p for p in re.split(r"\s+[|/]\s+", line) if not any(w[0].islower() and w not in small for w in words(p))]
    first = " | ".join(parts)
    if not parts or len(first.split()) > _MASTHEAD_WORDS:
        return None
    tokens = words(first)
    places = gazetteer.dateline_places()
    found = {c.name for _, _, c in gazetteer.find_countries(first)}
    found |= {places[w] for w in (first, *tokens) if w in places}
    found |= {state for place, state in places.items() if " " in place and re.search(rf"(?<!\w){re.escape(place)}(?!\w)", first)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=8)
def _states_counted(text: str) -> Counter:
    """How often the text names each state outside quotes (a speaker's "Panama is keeping
    its word" says nothing of whom the speaker serves), not counting the demonyms that name
    the people the news is about ("Venezuelan migrants", "Afghan asylum seekers"): in
    migration news the migrants' state is named most, and its government is seldom the writer's."""
    text = _unquoted(text).replace("\u2019", "'")
    moved = gazetteer.grammar_words("people_moved")
    counts: Counter = Counter()
    for s, e, c in gazetteer.find_countries(text):
        form = text[s:e]
        if form in c.demonyms:
            after = re.match(r"\s+([^\W\d_]+)", text[e:])
            if after and after.group(1).lower() in moved:
                continue
        counts[c.name] += 1
    return counts


def state_of_the_head(role: str | None, text: str) -> str | None:
    """A post named without its state ("then-Chancellor X" in a piece on two states): a head only some
    states use with that meaning (``titles.json`` "heads_by_state": Germany's and Austria's
    "Chancellor", Britain's "Foreign Secretary") serves the one of those states the article
    names as a state at least twice; read before any state of the sentence or the paragraph,
    which may be the other party's ("workers from rural Anatolia")."""
    if not role:
        return None
    rows = gazetteer.titles().get("heads_by_state", {})
    for key, posts in sorted(rows.items(), key=lambda row: -len(row[0])):  # "Vice Chancellor" before "Chancellor"
        if key.startswith("_") or not posts or not (role == key or role.endswith(" " + key)):
            continue
        counts = _states_counted(text)
        named = {state for state in posts if counts[state] >= 2}
        return named.pop() if len(named) == 1 else None
    return None
