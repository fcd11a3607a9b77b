"""``accord_boilerplate``: the lines of a news page that are not the story.

Bylines, photo captions and credits, press contacts, "Related:"/"Read more" links,
newsletter blurbs and copyright lines are marked in ``doc.spans["kg_boilerplate"]``
(label: the kind). The kinds ``boilerplate.json`` lists as skipped are left out of the
sentences every extractor reads (:mod:`kg.annotate.index`), so that "Press contact:
Jonas Vermeulen, communications officer" never yields an official. A line is
boilerplate only when the whole line matches one of its kind's expressions.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.language import Language

from .groups import BOILERPLATE, Found, GroupTagger

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: a line longer than this is running text, whatever it starts with
MAX_LINE = 400
_LINE = re.compile(r"[^\n]+")


@cache
def data() -> dict:
    """``kg/data/patterns/boilerplate.json``."""
    return json.loads(resources.files("kg.data").joinpath("patterns/boilerplate.json").read_text("utf-8"))


@cache
def _kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (kind, re.compile("|".join(f"(?:{p})" for p in patterns), re.I))
        for kind, patterns in data()["kinds"].items()
    )


@cache
def skipped_kinds() -> frozenset[str]:
    """The kinds no extractor reads."""
    return frozenset(data()["skipped"])


def line_kind(line: str) -> str | None:
    """The kind of boilerplate a whole line is, or None for a line of the story."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_LINE:
        return None
    return next((kind for kind, rx in _kinds() if rx.fullmatch(stripped)), None)


@cache
def _contact_heading() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in data()["contact_headings"]["patterns"]), re.I)


def contact_block(line: str) -> str | None:
    """The kind of the lines under ``line`` when it is a contact heading ("Press contacts:",
    "For more information please contact:"), else None."""
    return data()["contact_headings"]["kind"] if _contact_heading().fullmatch(line.strip()) else None


def eventless_lines(doc: "Doc") -> list[tuple[int, int]]:
    """The (start, end) characters of the lines that are read but tell no event (the kinds
    ``tell_no_event`` lists: a press contact's "Jorge Galindo, IOM, Tel: ..." met nobody)."""
    kinds = frozenset(data()["tell_no_event"])
    spans = doc.spans[BOILERPLATE] if BOILERPLATE in doc.spans else ()
    return [(s.start_char, s.end_char) for s in spans if s.label_ in kinds]


#: a list item's marker at the start of a line ("- ", "• ")
_LIST_ITEM = re.compile(r"\s*[-\u2022*\u2013\u2014]\s+\S")


def find_boilerplate(text: str) -> list[Found]:
    """Boilerplate lines of ``text`` as (start, end, kind, "", details); ``skipped`` in details.
    The list items right under a heading line of a kind ("Related:", "Read more:") are of
    that kind: links to other stories, not this one. The lines under a contact heading
    ("Press contacts:", "For more information please contact:"), from its first line to the
    next blank line, are of the kind ``contact_headings`` gives it: who to call, not who acted."""
    found: list[Found] = []
    heading: str | None = None  # the kind of the heading line whose list items follow
    block: str | None = None  # the kind of the lines under a contact heading, to the blank line
    opened = False  # whether the block has a line yet (blank lines right under a "...:" heading do not end it)
    end = 0
    for m in _LINE.finditer(text):
        line = m.group(0)
        kind = line_kind(line)
        if "\n\n" in text[end : m.start() + 1]:
            heading = None  # a blank line ends the list
            block = block if not opened else None
        end = m.end()
        if kind is None and heading is not None and _LIST_ITEM.match(line):
            kind = heading
        else:
            heading = kind if kind is not None and line.rstrip().endswith(":") else None
        if block is not None and kind is None:
            kind, opened = block, True
        elif (opens := contact_block(line)) is not None:
            block, opened = opens, not line.rstrip().endswith(":")  # "Contacts" then a blank line opens nothing
        elif block is not None and kind is not None:
            opened = True  # "Tel: ..." inside the block: a line of it
        else:
            block = None
        if kind is not None:
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            end = m.start() + len(m.group(0).rstrip())
            found.append((m.start() + lead, end, kind, "", {"skipped": kind in skipped_kinds()}))
    return found


class BoilerplateTagger(GroupTagger):
    """A pipeline component: boilerplate lines into ``doc.spans["kg_boilerplate"]``."""

    group = BOILERPLATE

    def __init__(self, name: str = "accord_boilerplate") -> None:
        super().__init__(name)

    def find(self, text: str) -> list[Found]:
        return find_boilerplate(text)


@Language.factory("accord_boilerplate", assigns=["doc.spans"])
def make_boilerplate_tagger(nlp: Language, name: str) -> BoilerplateTagger:
    """The component that marks news boilerplate lines by kind."""
    return BoilerplateTagger(name)


def mark_boilerplate(doc: "Doc") -> "Doc":
    """Mark the boilerplate of a document no ``accord_boilerplate`` saw (once)."""
    return BoilerplateTagger().mark(doc)
