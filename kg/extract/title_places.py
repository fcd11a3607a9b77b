"""Posts of a place within a state: a city's mayor, a province's governor, a state's premier.

The place names the post ("Mayor of Tijuana", "Governor of Roraima", "Premier of Quebec") and
the state it lies in is the post's. A title phrase names the place before the head, possessive
or not ("Tijuana's mayor", "Roraima's then-governor", "Victoria's Premier"), or words right
before a lower-case local head do ("Calais mayor X", "Inari's municipal manager"). The heads are
``titles.json`` "local_heads"; the places ``local_places.json`` and the states' first-level
subdivisions (ISO 3166-2, from pycountry: :func:`kg.states.subdivisions`), so a province or a
federal state nobody listed by hand is read as well. An international body's office in a
state is the other post a place names: "IOM Nigeria Chief of Mission" is the Chief of Mission
in Nigeria, serving the IOM, as the text would write "IOM's chief of mission in Nigeria".
Part of :mod:`.officials`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import gazetteer
from .roles import Role, parse_title, title_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: "Roraima's then-governor", "the Victoria's Premier": capitalised place words, a possessive, the title
_POSSESSIVE_PLACE = re.compile(r"^(?:[Tt]he\s+)?(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*?)\s*['’]s?\s+(?P<rest>\S.*)$")


def _local_heads() -> list[str]:
    return gazetteer.titles().get("local_heads", [])


@lru_cache(maxsize=8192)
def local_post(phrase: str) -> Role | None:
    """"Tijuana's mayor", "the governor of Chiapas": a place the data lists as local names
    the post (a place not in the phrase as a substring is not tried by regex); "Roraima's
    then-governor": a state's subdivision before a possessive does, its state implied."""
    for place, country in sorted(gazetteer.local_places().items(), key=lambda kv: -len(kv[0])):
        if place not in phrase or not re.search(rf"(?<!\w){re.escape(place)}(?!\w)", phrase):
            continue
        rest = re.sub(rf"{re.escape(place)}(?:['’]s?)?", " ", phrase)
        role = parse_title(rest)
        if role is not None and role.head in _local_heads():
            return Role(f"{role.head} of {place}", country, role.head, role.excluded)
    m = _POSSESSIVE_PLACE.match(phrase)
    state = gazetteer.subdivisions().get(m.group("place")) if m else None
    if state is None:
        return None
    role = parse_title(m.group("rest"))
    if role is None or role.head not in _local_heads() or " of " in role.role or role.country is not None:
        return None
    return Role(f"{role.role} of {m.group('place')}", state, role.head, role.excluded, implied_country=True)


def local_place_before(sent: "Span", j: int, words: list["Token"], role: Role | None) -> Role | None:
    """"Calais mayor X", "Inari's municipal manager, X": a local head written in lower case
    right after capitalised words that name no state or body holds the post of that place
    (``titles.json`` "local_heads"), also when the place is in no list; its state comes from context."""
    doc = sent.doc
    heads = _local_heads()
    written = [" ".join(w.text.capitalize() for w in words[-n:]) for n in (2, 1)]  # "municipal manager"
    head = role.head if role is not None else next((h for h in written if h in heads), None)
    if not words or (role is not None and role.role != role.head) or head not in heads or not words[-1].is_lower:
        return role
    n = len(head.split())  # "municipal manager": a head of two words
    if len(words) < n or not all(w.is_lower for w in words[-n:]):
        return role
    k = ahead = words[-n].i
    if k - 2 >= sent.start and doc[k - 1].text in gazetteer.grammar_words("possessives") and _place_word(doc[k - 2]):
        k = ahead = k - 1  # "Cartaya's mayor": the place owns the post
    while k - 1 >= sent.start and _place_word(doc[k - 1]):
        k -= 1
    place = doc[k:ahead].text
    if k == ahead or k > words[0].i and any(w.i < k for w in words) \
            or gazetteer.country(place) or gazetteer.find_countries(place) or gazetteer.find_organisations(place):
        return role
    return Role(f"{head} of {place}", None, head)


def _place_word(tok: "Token") -> bool:
    """A capitalised word that may name a place: no title, party or grammar word."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in title_words() \
        and tok.lower_ not in gazetteer.grammar_words("party_families") and not tok.is_stop \
        and tok.ent_type_ != "NORP"


def remit_of_igo(role: Role, orgs: list) -> Role:
    """"IOM Nigeria Chief of Mission", "UNHCR Kenya Representative": a state named between an
    IGO and a head of an office with a remit (``titles.json`` "heads_with_remit") is the
    office's remit ("Chief of Mission in Nigeria"); the post serves the IGO."""
    heads = gazetteer.titles().get("heads_with_remit", {}).get("heads", [])
    igo = next((o for _, _, o in orgs if o.kind == "igo" and o.serves), None)
    if igo is None or role.country is None or role.implied_country or role.head not in heads \
            or role.role != role.head or gazetteer.country(role.country) is None:
        return role
    return Role(f"{role.role} in {role.country}", igo.serves, role.head, role.excluded)
