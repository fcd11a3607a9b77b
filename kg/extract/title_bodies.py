"""Posts named with a body the article names in full elsewhere. Part of :mod:`.officials`.

A title read with no state and no listed portfolio ("Commission President X", "General
Assembly President X", "X, Commissioner for Neighbourhood and Enlargement") is no post by
itself: the text leans on a body it names in full elsewhere ("the European Commission",
"the UN General Assembly"). Two forms of English:

- the head "of" a short name of the body, its last words ("Commission" for "European
  Commission"): the body's own name of the post (``organisations.json`` "posts"), else the
  text's words ("President of the General Assembly"); the body's state or IGO is served;
- a head with a field that, of the bodies the article names, only one names among its posts
  ("Commissioner for X" of the European Commission): that post, the field after "for". A bare
  head ("the new commissioner, X") is left alone: a title written around the name may say more.

Only one body may fit; a title that already reads as a state's post is not asked.
"""

from __future__ import annotations

import re

from .. import gazetteer
from .roles import Role


def body_post(role: Role, bodies: list[tuple[str, gazetteer.Organisation]]) -> Role | None:
    """The post ``role`` names with one of the article's ``bodies`` ((as written, body) pairs), or None."""
    head = re.escape(role.head)
    short = re.match(rf"^{head} of (?:the )?((?:[A-Z][\w'-]*\s?)+)$", role.role)
    if short is not None:
        return _of_short_name(role, short.group(1).strip(), bodies)
    field = re.match(rf"^{head} for (.+)$", role.role)
    if field is not None:
        return _named_by_body(role, field.group(1), bodies)
    return None


def _of_short_name(role: Role, name: str, bodies: list[tuple[str, gazetteer.Organisation]]) -> Role | None:
    """"Commission President" in an article naming the European Commission: its President."""
    fits = {
        org.name: org for _, org in bodies
        if org.kind in ("igo", "agency") and org.serves
        and any(n != name and n.endswith(" " + name) for n in (org.name, *org.aliases))
    }
    if len(fits) != 1:
        return None
    org = next(iter(fits.values()))
    post = org.post(role.head)
    return Role(post or f"{role.head} of the {name}", org.serves, role.head)


def _named_by_body(role: Role, field: str, bodies: list[tuple[str, gazetteer.Organisation]]) -> Role | None:
    """"Commissioner for Neighbourhood and Enlargement" in an article naming the European
    Commission: the one post a body of the article names with this head."""
    fits = {(org.post(role.head), org.serves) for _, org in bodies if org.kind == "igo" and org.post(role.head)}
    if len(fits) != 1:
        return None
    post, serves = next(iter(fits))
    if not post.endswith(f" {field}"):
        post = f"{post} for {field}"
    return Role(post, serves, role.head)


def bodies_named_with(text: str, noun: str) -> set[str]:
    """The proper names in ``text`` that hold ``noun`` ("Agency") as a word, in full: capitalised
    words joined by the small words of a name and by the commas of a list of fields ("the
    Population and Immigration Authority", "the Mexican Agency for International Development
    Cooperation", "the Ministry of Gender, Labour and Social Development"); after the noun, only
    through "of" or "for". Before the noun a name stops at an article or a possessive ("Mexico
    and the Ministry of X", "Uganda's Ministry of X": the ministry's); a name inside a longer
    one is left out."""
    small = "|".join(re.escape(w) for w in gazetteer.grammar_words("title_small_words"))
    cap = r"[^\W\d_a-z][\w'-]*"
    found = set()
    for m in re.finditer(rf"{cap}(?:(?:\s+(?:{small}))*\s+{cap}|,\s+{cap}(?=[^.;:]*?\s(?:{small})\s))*", text):
        words = m.group(0).split()
        found.update(_name_around(words, at) for at, w in enumerate(words) if w.strip(",") == noun)
    return {n for n in found if not any(o != n and n in o for o in found)}


def _name_around(words: list[str], at: int) -> str:
    """The name that holds the noun at ``at`` in a run of capitalised and small ``words``."""
    small, articles = gazetteer.grammar_words("title_small_words"), gazetteer.grammar_words("articles")
    start = 0
    for k in range(at):
        word = words[k].strip(",")
        if word.lower() in articles or words[k].endswith(",") or _possessive(word):
            start = k + 1
    while start < at and words[start].lower() in small:
        start += 1
    end = len(words)
    if at + 1 < end and words[at + 1].lower() not in gazetteer.grammar_words("portfolio_prepositions"):
        end = at + 1  # "the Migration Institute and the Red Cross": the name ends at its noun
    for k in range(at + 2, end):
        if words[k].lower() in articles and words[k - 1].lower() in gazetteer.grammar_words("field_conjunctions"):
            end = k - 1  # "the Ministry of Labour and the Red Cross": another name
            break
    while end > at + 1 and words[end - 1].strip(",").lower() in small:
        end -= 1
    return " ".join(words[start:end]).rstrip(",")


def _possessive(word: str) -> bool:
    return any(word.endswith(p) and len(word) > len(p) for p in gazetteer.grammar_words("possessives") if p[:1] in "'’")
