"""Domain knowledge as data: countries with their aliases and demonyms.

The lists live in ``kg/data/*.json`` so that adding a country, agency or title is a
data change, not a code change. Lookups are case-sensitive on purpose: "US" the
country and "us" the pronoun must not meet.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    name: str  # canonical short English name
    iso2: str
    wikidata: str | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


def _load_json(name: str) -> dict:
    return json.loads(resources.files("kg.data").joinpath(name).read_text(encoding="utf-8"))


@cache
def countries() -> tuple[Country, ...]:
    rows = _load_json("countries.json")["countries"]
    return tuple(
        Country(r["name"], r["iso2"], r.get("wikidata"), tuple(r["aliases"]), tuple(r["demonyms"]))
        for r in rows
    )


@cache
def _country_index() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for c in countries():
        for form in (c.name, *c.aliases, *c.demonyms):
            index.setdefault(form, c)
            # "the United States" and "United States" are the same mention
            if form.startswith("the "):
                index.setdefault(form[4:], c)
        # possessives: "Mexico's", "Honduras'"
        index.setdefault(c.name + "'s", c)
        index.setdefault(c.name + "'", c)
    return index


def country(mention: str) -> Country | None:
    """The country a mention names ("U.S.", "Salvadoran", "Honduras'"), or None."""
    m = mention.strip().replace("\u2019", "'")
    return _country_index().get(m) or _country_index().get(re.sub(r"^the\s+", "", m))


def country_by_name(name: str) -> Country | None:
    """The country with this canonical name."""
    return next((c for c in countries() if c.name == name), None)


@cache
def _country_regex() -> re.Pattern[str]:
    forms = sorted(_country_index(), key=len, reverse=True)
    alternation = "|".join(re.escape(f) for f in forms)
    # word boundaries that also work after "U.S." (ends in a dot)
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])")


def find_countries(text: str) -> list[tuple[int, int, Country]]:
    """Every country mention in ``text`` as (start, end, country), longest forms first."""
    text = text.replace("\u2019", "'")
    return [
        (m.start(), m.end(), _country_index()[m.group(0)])
        for m in _country_regex().finditer(text)
        if not _REGION_BEFORE.search(text, 0, m.start())
    ]


# "Central American", "Latin America": a region, not the United States
_REGION_BEFORE = re.compile(r"\b(?:Central|Latin|South|North|Middle)[ -]$")
