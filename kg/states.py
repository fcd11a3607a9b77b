"""Every state, from maintained packages: names, ISO codes, demonyms and capitals.

- `pycountry <https://pypi.org/project/pycountry/>`_ (the ISO 3166-1 database, maintained
  with each ISO release) says which states exist, their codes, and their ISO short, common
  and official names ("Türkiye", "Republic of Türkiye").
- `countryinfo <https://pypi.org/project/countryinfo/>`_ adds what ISO does not carry:
  the name English text uses ("Ivory Coast"), other spellings ("Holland", "Turkiye"),
  the demonym ("Rwandan", "Dutch") and the capital ("Kigali").

``kg/data/countries.json`` holds only what neither package has (Wikidata QIDs, press forms
such as "U.S." or "Britain", the canonical name where the press and ISO differ, states
whose people carry two surnames) and a few forms to leave out; ``tests/test_gazetteer.py``
checks every row of it against the package data.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

#: a form written in a script English news does not use ("Российская Федерация")
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' .,()\u2019-]+$")
#: a plural demonym is the singular plus "s" when it ends so ("Rwandan" -> "Rwandans",
#: "Filipino" -> "Filipinos", "New Zealander" -> "New Zealanders")
_PLURAL_S = re.compile(r"(?:an|i|ot|ek|o|er)$")


@dataclass(frozen=True)
class Country:
    """A state as the gazetteer knows it."""

    name: str  # canonical short English name ("Netherlands", "United States")
    iso2: str
    wikidata: str | None
    aliases: tuple[str, ...]  # other names, press forms included ("Holland", "U.S.")
    demonyms: tuple[str, ...]  # adjective and people ("Dutch", "Rwandan", "Rwandans")
    hispanic_names: bool = False  # people carry two surnames and are cited by the first
    iso3: str | None = None
    capital: str | None = None
    continues: str | None = None  # a former state: the ISO code of the present state it is in law


def hand_table() -> dict:
    """``kg/data/countries.json`` as written."""
    return json.loads(resources.files("kg.data").joinpath("countries.json").read_text(encoding="utf-8"))


@cache
def package_rows() -> dict[str, dict]:
    """ISO alpha-2 -> what the packages say of that state, before the hand table.

    Keys: ``iso3``, ``names`` (short name first), ``demonyms``, ``capital``.
    """
    import pycountry
    from countryinfo import all_countries

    info: dict[str, list[dict]] = {}
    for entry in all_countries():
        row = entry.info()
        iso = row.get("ISO") or {}
        # an entry without an ISO number is a part of a state ("Wales" under GB) or a former one
        if iso.get("alpha2") and iso.get("numeric"):
            info.setdefault(iso["alpha2"], []).append(row)
    rows: dict[str, dict] = {}
    former = _former_names()
    heads = _inverted_heads()
    for c in pycountry.countries:
        entries = info.get(c.alpha_2, [])
        iso_names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        press = [e["name"] for e in entries]
        spellings = [s for e in entries for s in e.get("altSpellings") or []]
        iso_names = [n for n in iso_names if n and _is_name(n, c.alpha_2, c.alpha_3)]
        press = [n for n in press if n and _is_name(n, c.alpha_2, c.alpha_3)]
        short = _short_names(press, iso_names, former.get(c.alpha_2, set()))
        names = [n for n in (*short, *iso_names, *spellings) if n and _is_name(n, c.alpha_2, c.alpha_3)]
        # the package writes alternatives as "Bosnian,Herzegovinian" or "Kirghiz/Kyrgyz"
        demonyms = [d.strip() for e in entries for d in re.split(r"[/,]", e.get("demonym") or "") if d.strip()]
        head = heads.get(c.alpha_2)
        if head and names:
            names.append(head)
            demonyms += _head_demonyms(names[0], head, demonyms)
        capital = next((e["capital"] for e in entries if isinstance(e.get("capital"), str) and e["capital"]), None)
        rows[c.alpha_2] = {
            "iso3": c.alpha_3,
            "names": list(dict.fromkeys(names)),
            "demonyms": list(dict.fromkeys(demonyms)),
            "capital": capital,
        }
    return rows


def _short_names(press: list[str], iso: list[str], former: set[str] = frozenset()) -> list[str]:
    """The press names, the one to use first: countryinfo's name ("Ivory Coast", "Turkey"),
    but ISO's short name where the press name is ISO's with a leading article ("The Gambia"
    -> "Gambia"), a former name that shares no word stem with any ISO name ("Swaziland" ->
    "Eswatini", renamed in 2018; "Turkey" and "Türkiye" share one), or the name of the
    state's former ISO entry, withdrawn when the state took its present code ("East Timor",
    ISO 3166-3 TPTL, -> "Timor-Leste")."""
    if not press or not iso:
        return press
    articles = tuple(f"{a} " for a in hand_table().get("articles", {}).get("words", []))
    first = press[0]
    bare = next((first[len(a):] for a in articles if first.startswith(a)), None)
    if bare in iso or first in former or not _stems(first) & {stem for n in iso for stem in _stems(n)}:
        return [iso[0], *press]
    return press


def _former_names() -> dict[str, set[str]]:
    """ISO alpha-2 -> the names of the withdrawn ISO 3166-3 entries whose code became it
    ("TPTL" East Timor -> TL, "ZRCD" Zaire -> CD), the inverted ones by their head ("Burma")."""
    import pycountry

    out: dict[str, set[str]] = {}
    for h in pycountry.historic_countries:
        code = getattr(h, "alpha_4", "") or ""
        if len(code) == 4:
            out.setdefault(code[2:], set()).add(h.name.split(",")[0].strip())
    return out


def _inverted_heads() -> dict[str, str]:
    """ISO alpha-2 -> the head of its inverted ISO name ("Korea, Republic of" -> "Korea"), for
    the one state of those sharing that head whose qualifier is plainest (fewest words; a state
    whose ISO name is the head itself has none): "Korea" is the Republic of Korea, not the
    Democratic People's Republic; a tie ("Virgin Islands, British" and "..., U.S.") names none."""
    import pycountry

    by_head: dict[str, list[tuple[int, str]]] = {}
    for c in pycountry.countries:
        head, _, qualifier = c.name.partition(",")
        if "(" not in head:
            by_head.setdefault(head.strip(), []).append((len(qualifier.split()), c.alpha_2))
    out: dict[str, str] = {}
    for head, rows in by_head.items():
        rows.sort()
        plain = rows[0]
        if len(rows) == 1 and plain[0] == 0:
            continue  # an ISO name that is no inversion ("France")
        if len(rows) == 1 or rows[1][0] > plain[0]:
            out.setdefault(plain[1], head)
    return {iso2: head for iso2, head in out.items() if _LATIN.match(head)}


def _head_demonyms(name: str, head: str, demonyms: list[str]) -> list[str]:
    """"South Korean" -> "Korean" when the state's name is a word before its head ("South
    Korea" and "Korea"): the demonym of the head is the demonym without that word."""
    lead = name[: -len(head)] if name.endswith(" " + head) else ""
    return [d[len(lead):] for d in demonyms if lead and d.startswith(lead) and len(d) > len(lead)]


def _stems(name: str) -> set[str]:
    """The first three letters of each word of a name, accents dropped ("Türkiye" -> "tur")."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return {w[:3] for w in re.findall(r"[a-z]{3,}", folded)}


def _is_name(form: str, iso2: str, iso3: str) -> bool:
    """A form English prose writes: not an ISO code, not an inverted ISO label, Latin script."""
    return form not in (iso2, iso3) and "," not in form and "(" not in form and bool(_LATIN.match(form))


def _plurals(demonyms: list[str]) -> list[str]:
    return [d + "s" for d in demonyms if _PLURAL_S.search(d)]


@cache
def states() -> tuple[Country, ...]:
    """Every state: the hand table's rows first (their order is the index's priority), then
    every other ISO 3166-1 state, each with the package data merged into the hand row."""
    table = hand_table()
    hand = {r["iso2"]: r for r in table["countries"]}
    dropped = set(table.get("forms_left_out", {}).get("forms", []))
    rows = package_rows()
    out: list[Country] = []
    for iso2 in [*hand, *(k for k in rows if k not in hand)]:
        h = hand.get(iso2, {})
        p = rows.get(iso2, {"iso3": h.get("iso3"), "names": [], "demonyms": [], "capital": h.get("capital")})
        name = h.get("name") or (p["names"][0] if p["names"] else iso2)
        demonyms = [*p["demonyms"], *h.get("demonyms", [])]
        demonyms += _plurals(demonyms)
        aliases = [a for a in (*p["names"], *h.get("aliases", [])) if a != name]
        out.append(Country(
            name=name,
            iso2=iso2,
            wikidata=h.get("wikidata"),
            aliases=tuple(a for a in dict.fromkeys(aliases) if a not in dropped),
            demonyms=tuple(d for d in dict.fromkeys(demonyms) if d not in dropped),
            hispanic_names=bool(h.get("hispanic_names")),
            iso3=p.get("iso3"),
            capital=h.get("capital") or p.get("capital"),
        ))
    return tuple(out)


@cache
def historic_states() -> tuple[Country, ...]:
    """States that no longer exist, named apart from their successors: the ISO 3166-3 entries
    of pycountry ("USSR, Union of Soviet Socialist Republics", "Yugoslavia", "Czechoslovakia")
    whose name no present state carries ("Burma" and "East Timor" stay Myanmar's and
    Timor-Leste's), with the press forms of the hand table's ``historic`` rows ("Soviet Union",
    "East Germany", "West Germany": the Federal Republic before 1990, the same state in law as
    Germany, ``continues`` its code).

    They come after every present state, so a form both carry is the present state's; the
    longest form still wins in a text ("West Germany", not "Germany")."""
    import pycountry

    taken = {_fold(f) for c in states() for f in (c.name, *c.aliases)}
    codes = {c.iso2 for c in states()}
    hand = {r["iso2"]: r for r in hand_table().get("historic", {}).get("states", [])}
    found: dict[str, dict] = {}
    for h in pycountry.historic_countries:
        # "Zaire, Republic of": the parts of an inverted name that are names end in a capital
        names = [p.strip() for p in h.name.split(",") if _is_name(p.strip(), h.alpha_2, h.alpha_3)]
        names = [n for n in names if n.split()[-1][:1].isupper()]
        # a code a present state took again ("BY", Byelorussian SSR) gives way to the long one
        code = h.alpha_4 if h.alpha_2 in codes or h.alpha_2 in found else h.alpha_2
        if names and _fold(names[0]) not in taken:
            found[code] = {"iso3": h.alpha_3, "names": names}
    out: list[Country] = []
    for code in [*found, *(k for k in hand if k not in found)]:
        h, p = hand.get(code, {}), found.get(code, {"iso3": None, "names": []})
        name = h.get("name") or p["names"][0]
        demonyms = [*h.get("demonyms", [])]
        out.append(Country(
            name=name,
            iso2=code,
            wikidata=h.get("wikidata"),
            aliases=tuple(a for a in dict.fromkeys((*p["names"], *h.get("aliases", []))) if a != name),
            demonyms=tuple(dict.fromkeys((*demonyms, *_plurals(demonyms)))),
            iso3=p["iso3"],
            continues=h.get("continues"),
        ))
    return tuple(out)


def _fold(name: str) -> str:
    """A name's letters only, lower case ("Viet-Nam" and "Vietnam" alike)."""
    return re.sub(r"[^a-z]", "", name.lower())


@cache
def subdivisions() -> dict[str, str]:
    """The first-level subdivisions of states (ISO 3166-2, from pycountry: "Vermont", "Queensland",
    "Ontario") -> the canonical name of their state; only names no other subdivision and no
    state carries ("Punjab" is India's and Pakistan's, "Georgia" a state's and a US state's)."""
    import pycountry

    names = {c.iso2: c.name for c in states()}
    taken = {f for c in states() for f in (c.name, *c.aliases)}
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.country_code in names and _LATIN.match(sub.name):
            found.setdefault(sub.name, set()).add(names[sub.country_code])
    return {name: next(iter(s)) for name, s in found.items() if len(s) == 1 and name not in taken}


@cache
def subdivision_homonyms() -> dict[str, list[str]]:
    """A state's name that is also a first-level subdivision of another state ("Georgia", US-GA;
    "Niger", NG-NI) -> the names of that other state's other subdivisions ("Texas", "Kano")."""
    import pycountry

    by_iso = {c.iso2: c for c in states()}
    by_name = {c.name: c for c in states()}
    out: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        c, other = by_name.get(sub.name), by_iso.get(sub.country_code)
        if sub.parent_code is None and c is not None and other is not None and c.iso2 != other.iso2:
            out[sub.name] = [n for n, s in subdivisions().items() if s == other.name]
    return {name: others for name, others in out.items() if others}


__all__ = ["Country", "hand_table", "historic_states", "package_rows", "states", "subdivision_homonyms", "subdivisions"]
