"""Governments named by their seat, and bodies by their short name, for ``accord_world``.

- A capital or seat of government stands for its government where the grammar says so:
  "Rabat said", "a deal with Canberra", "Brussels agreed" (``patterns/parties.json``
  "governments"). It is read from the parse of the place's head word, never from a list
  of verbs, and never at a dateline ("RABAT, March 3 -") or as the place where something
  happens ("published in Rabat"). The seat of an organisation ("Brussels" for the EU,
  ``organisations.json`` "seats") gives the body; a state's capital or seat its state.
- A short name ("the Commission", "the bloc") is a body only in a document that names
  the body, or one of its kin, in full (``organisations.json`` "short_forms").
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from .. import gazetteer
from ..link import wikidata_id
from .groups import Found

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: what may follow a dateline's place on its line: a comma, a parenthesis or a dash
_DATELINE_AFTER = re.compile(r"\s*[,(\-\u2013\u2014]")


def _data(name: str) -> dict:
    return json.loads(resources.files("kg.data").joinpath(name).read_text(encoding="utf-8"))


@cache
def _grammar() -> tuple[frozenset[str], frozenset[str]]:
    """(dependency labels of a place acting, prepositions whose object it can be)."""
    row = _data("patterns/parties.json")["governments"]
    return frozenset(row["deps"]), frozenset(row["prepositions"])


@cache
def _seats() -> dict[str, gazetteer.Organisation]:
    """Seat city -> the organisation it stands for ("Brussels" -> European Union)."""
    rows = _data("organisations.json")["organisations"]
    return {seat: gazetteer.organisation(r["name"]) for r in rows for seat in r.get("seats", ())}  # type: ignore[misc]


def acts(token: "Token") -> bool:
    """Whether a place's head word acts in its clause: a subject, possessor or agent, the
    object of a preposition of partnership ("with Rabat"), or coordinated with one that does."""
    deps, prepositions = _grammar()
    seen = 0
    while token.dep_ == "conj" and token.head is not token and seen < 10:
        token, seen = token.head, seen + 1
    if token.dep_ in deps:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in prepositions


def _dateline(doc: "Doc", text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    form = text[start:end]
    return form.isupper() or bool(_DATELINE_AFTER.match(text, end))


def governments(doc: "Doc", places: list["Span"]) -> tuple[list[Found], list[Found]]:
    """(states, bodies) that a marked place stands for, as :func:`kg.annotate.groups.set_group` takes them."""
    from .groups import form_offsets
    from ..parse import doc_text

    text = doc_text(doc)
    states: list[Found] = []
    bodies: list[Found] = []
    for place in places:
        start, end = form_offsets(place)
        form = text[start:end]
        if not acts(place.root) or _dateline(doc, text, start, end):
            continue
        body = _seats().get(form)
        if body is not None:
            bodies.append((start, end, body.name, wikidata_id("organisation", body.name) or "",
                           {"kind": body.kind, "serves": body.serves, "seat": form}))
            continue
        state = gazetteer.capital_country(form)
        if state is not None:
            states.append((start, end, state.name, state.iso2, {"form": form, "demonym": False, "seat": form}))
    return states, bodies


@cache
def _short_forms() -> tuple[list[dict], re.Pattern[str] | None]:
    data = _data("organisations.json")
    forms = data.get("short_forms", [])
    if not forms:
        return [], None
    alternation = "|".join(re.escape(f["form"]) for f in sorted(forms, key=lambda f: -len(f["form"])))
    not_before = "|".join(re.escape(w) for w in data.get("short_forms_not_before", ()))
    guard = rf"(?!\s+(?:{not_before})\s+[A-Z])" if not_before else ""
    return forms, re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])(?!\s+[A-Z]){guard}")


def short_forms(text: str, named: set[str]) -> list[Found]:
    """Bodies named by a short form in a text that names them (or their kin) in full."""
    forms, pattern = _short_forms()
    if pattern is None or not named:
        return []
    by_form = {f["form"]: f for f in forms}
    out: list[Found] = []
    for m in pattern.finditer(text):
        row = by_form[m.group(0)]
        if named.isdisjoint(row["when_named"]):
            continue
        body = gazetteer.organisation(row["body"])
        if body is not None:
            out.append((m.start(), m.end(), body.name, wikidata_id("organisation", body.name) or "",
                        {"kind": body.kind, "serves": body.serves, "short_form": True}))
    return out


__all__ = ["acts", "governments", "short_forms"]
