"""Which states an article is written about and from: how often its text names each one as a
state (not as the origin of the people it is about), the state its masthead names, the state
of the government body that publishes it ("From: Home Office") and of its dateline. Read by
:mod:`kg.extract.official_states` for a post read without its state.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import gazetteer
from ..headline import _DATE_PATTERN
from .state_clues import _unquoted
from .state_roles import is_people

#: the most words a masthead line takes ("Korea JoongAng Daily", "News24 | South Africa | Politics")
_MASTHEAD_WORDS = 6
#: how many of the first lines may hold the masthead (headline, byline and section may come first)
_MASTHEAD_LINES = 5


@lru_cache(maxsize=8)
def _masthead_state(text: str) -> str | None:
    """The one state an outlet's masthead names by its name, demonym or capital ("The Times of
    Israel", "Jakarta Post", "News24 | South Africa", "EL COMERCIO (Quito)"), or an outlet whose
    name does not say its home (``state_roles.json`` "outlet_homes": "The Daily Star"): an outlet
    named for its home, or its section. The masthead is a short first line, or a line of the
    first few that gives the outlet beside a date, below headline and byline ("Manila Bulletin /
    June 3, 2019"); a place alone beside a date is a dateline, not an outlet."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_MASTHEAD_LINES]
    places = gazetteer.dateline_places()
    for i, line in enumerate(lines):
        parts = [p for p in re.split(r"\s*(?:\s[|/]|[|/]$)\s*", line) if p]
        dated = [p for p in parts if _DATE_PATTERN.search(p)]
        named = [p for p in parts if p not in dated]
        if i and (not dated or any(p in places or gazetteer.country(p) for p in named)) or not named:
            continue  # below the first line, only an outlet beside its date, not a dateline ("Manila | Wed, May 3")
        state = _masthead_parts_state(named)
        if state:
            return state
    return None


def _masthead_parts_state(parts: list[str]) -> str | None:
    small = gazetteer.grammar_words("title_small_words")

    def words(part: str) -> list[str]:
        return re.findall(r"[^\W\d_][\w'.-]*", part)  # a capital in brackets counts too

    homes = gazetteer._load_json("state_roles.json")["outlet_homes"]
    if len(parts) == 1 and parts[0] in homes:
        return homes[parts[0]]
    # the parts between bars that are names, not a headline ("No way in: Rudd's PNG gamble") or a
    # note ("El Comercio (Lima) | Translated from Spanish"): every word capitalised but the small ones
    parts = [p for p in parts if not any(w[0].islower() and w not in small for w in words(p))]
    first = " | ".join(parts)
    if not parts or len(first.split()) > _MASTHEAD_WORDS:
        return None
    if first in homes:
        return homes[first]
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
    the people the news is about ("Venezuelan migrants", "Afghan asylum seekers", "Syrians"): in
    migration news the migrants' state is named most, and its government is seldom the writer's."""
    text = _unquoted(text).replace("\u2019", "'")
    moved = gazetteer.grammar_words("people_moved")
    counts: Counter = Counter()
    for s, e, c in gazetteer.find_countries(text):
        form = text[s:e]
        if is_people(form):
            continue  # "Syrians living in Turkey": the people the news is about
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


@lru_cache(maxsize=8)
def _dateline_country(text: str) -> str | None:
    """"GUATEMALA CITY (AP) —", "WASHINGTON —", "TOKYO --", "San Salvador, 4 October 2019", "DHAKA:": the state
    of the place an article is filed from, read from the head of its first lines."""
    places = {k.lower(): v for k, v in gazetteer.local_places().items()}
    places.update({k.lower(): v for k, v in gazetteer.dateline_places().items()})
    cut, seen = -1, 0
    while seen < 8:  # the first eight lines that hold words (a masthead, headline, byline and date may come first)
        start, cut = cut + 1, text.find("\n", cut + 1)
        if cut < 0:
            break
        seen += bool(text[start:cut].strip())
    for line in [line for line in (text if cut < 0 else text[:cut]).splitlines() if line.strip()][:8]:
        m = re.match(r"\s*([A-Za-zÀ-ÿ.' ]{3,40}?)(?:,\s*[A-Z][A-Za-z. ]{1,20}?)?\s*(?:\([^)]*\)\s*)?(?:[—–]|--?\s)", line)
        m = m or re.match(r"\s*([A-Za-zÀ-ÿ.' ]{3,40}?),\s*(?:\d|[A-Z][a-z]+\.? \d)", line)
        m = m or re.match(r"\s*([A-ZÀ-Þ.' ]{3,40}?):\s", line)  # "ISLAMABAD: More than ...", in capitals only
        if not m:
            continue
        head = m.group(1).strip().lower()
        if head in places:
            return places[head]
        c = gazetteer.country(m.group(1).strip().title())
        if c is not None:
            return c.name
    return None


@lru_cache(maxsize=8)
def _publisher_state(text: str) -> str | None:
    """"Government of Canada", "From: Home Office": the state of a government body that publishes
    the text, named on one of its first lines (opened by ``state_roles.json`` "publisher_openers",
    or a line that is the body's name alone)."""
    openers = tuple(gazetteer._load_json("state_roles.json")["publisher_openers"])
    for line in [line.strip() for line in text.splitlines() if line.strip()][:8]:
        rest = next((line[len(o):].strip() for o in openers if line.startswith(o)), None)
        if rest is None:
            continue
        states = {o.serves for _, _, o in gazetteer.find_organisations(rest) if o.serves}
        if len(states) == 1:
            return states.pop()
    return None


def home_states(text: str) -> set[str]:
    """The states an article is written from: its masthead's, its publisher's, its dateline's."""
    return {_masthead_state(text), _publisher_state(text), _dateline_country(text)} - {None}
