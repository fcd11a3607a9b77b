"""Posts named with a body the article names in full elsewhere. Part of :mod:`.officials`.

A title read with no state and no listed portfolio ("Commission President X", "General
Assembly President X", "X, Commissioner for Neighbourhood and Enlargement") is no post by
itself: the text leans on a body it names in full elsewhere ("the European Commission",
"the UN General Assembly"). Two forms of English:

- the head "of" a short name of the body, its last words ("Commission" for "European
  Commission"): the body's own name of the post (``organisations.json`` "posts"), else the
  text's words ("President of the General Assembly"); the body's state or IGO is served;
- a head (with or without a field) that, of the bodies the article names, only one names
  among its posts ("Commissioner" of the European Commission): that post, the field after "for".

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
    field = re.match(rf"^{head}(?: for (.+))?$", role.role)
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


def _named_by_body(role: Role, field: str | None, bodies: list[tuple[str, gazetteer.Organisation]]) -> Role | None:
    """"Commissioner for Neighbourhood and Enlargement" in an article naming the European
    Commission: the one post a body of the article names with this head."""
    fits = {(org.post(role.head), org.serves) for _, org in bodies if org.kind == "igo" and org.post(role.head)}
    if len(fits) != 1:
        return None
    post, serves = next(iter(fits))
    if field and not post.endswith(f" {field}"):
        post = f"{post} for {field}"
    return Role(post, serves, role.head)

