"""Domain knowledge as data: states, international bodies, titles, places.

States come from maintained packages (:mod:`kg.states`); organisations, titles and places
live in ``kg/data/*.json`` so that adding an agency or title is a data change, not a code
change. Lookups are case-sensitive on purpose: "US" the
country and "us" the pronoun must not meet.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .states import Country, historic_states, states, subdivision_homonyms, subdivisions


#: how many recent texts the finders remember (a long article has a few hundred sentences)
_REMEMBERED = 2048


def _load_json(name: str) -> dict:
    return json.loads(resources.files("kg.data").joinpath(name).read_text(encoding="utf-8"))


@cache
def countries() -> tuple[Country, ...]:
    """Every state (ISO 3166-1, Kosovo), then the former ones (:func:`kg.states.historic_states`)."""
    return states() + historic_states()


@cache
def _country_index() -> dict[str, Country]:
    index: dict[str, Country] = {}
    left_out = frozenset(_load_json("countries.json").get("forms_left_out", {}).get("forms", ()))
    for c in countries():
        for form in (f for f in (c.name, *c.aliases, *c.demonyms) if f not in left_out):
            index.setdefault(form, c)
            # "the United States" is "United States"; "the States" is no "Member States" (one word, no name)
            bare = _leading_article().sub("", form)
            if bare != form and (" " in bare or bare in (c.name, *c.aliases)):
                index.setdefault(bare, c)
        if c.name in left_out:
            continue
        # possessives: "Mexico's", "Honduras'"
        index.setdefault(c.name + "'s", c)
        index.setdefault(c.name + "'", c)
    return index


def country(mention: str) -> Country | None:
    """The country a mention names ("U.S.", "Salvadoran", "Honduras'"), or None."""
    m = mention.strip().replace("\u2019", "'")
    return _country_index().get(m) or _country_index().get(_leading_article().sub("", m))


@cache
def _leading_article() -> re.Pattern[str]:
    """"the United States": the article before a state's name (``countries.json`` "articles")."""
    return re.compile(r"^(?:" + "|".join(_load_json("countries.json")["articles"]["words"]) + r")\s+")


def country_by_name(name: str) -> Country | None:
    """The country with this canonical name."""
    return _by_name().get(name)


@cache
def _by_name() -> dict[str, Country]:
    return {c.name: c for c in reversed(countries())}


def _names_regex(forms: Iterable[str]) -> re.Pattern[str]:
    """Any of ``forms`` as whole words (boundaries that also work after "U.S."), the longest
    that fits at each place. The forms are compiled as a character trie: an alternation of
    the 1,600 state forms would be tried one by one at every character."""
    return re.compile(rf"(?<![\w.])(?:{_trie(forms)})(?![\w])")


def _trie(forms: Iterable[str]) -> str:
    """A regular expression for a set of strings, shared prefixes factored out; at each
    character it tries the longer forms first, then ends the shorter (greedy ``?``)."""
    root: dict = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{group})?" if "" in node else group

    return build(root)


@cache
def _country_regex() -> re.Pattern[str]:
    return _names_regex(_country_index())


def find_countries(text: str) -> list[tuple[int, int, Country]]:
    """Every country mention in ``text`` as (start, end, country), longest forms first.

    Extractors ask about the same sentence several times: the answer is remembered for
    the most recent texts."""
    return list(_countries_in(text))


@lru_cache(maxsize=_REMEMBERED)
def _countries_in(text: str) -> tuple[tuple[int, int, Country], ...]:
    text = text.replace("\u2019", "'")
    return tuple(
        (m.start(), m.end(), _country_index()[m.group(0)])
        for m in _country_regex().finditer(text)
        if not _region_before().search(text, max(0, m.start() - _LOOK_BACK), m.start())
        and not _city_after().match(text, m.end()) and not _currency_after(text, m.group(0), m.end())
        and not _only_language(text, m.group(0), m.end()) and not _given_name(text, m.group(0), m.end())
        and not _subdivision_meant(text, m.group(0), m.start(), m.end())
    )


def _currency_after(text: str, form: str, end: int) -> bool:
    """"US$1.2 million", "US $5m": a state's short form written onto a currency sign names the currency."""
    sign = text[end:end + 1] if not form.isupper() or text[end:end + 1] != " " else text[end + 1:end + 2]
    return bool(sign) and unicodedata.category(sign) == unicodedata.category("$")  # a currency sign


@cache
def _subdivision_homonyms() -> dict[str, re.Pattern[str]]:
    """State name -> the other subdivisions of the state it is also a subdivision of, as one pattern."""
    return {name: _names_regex(others) for name, others in subdivision_homonyms().items()}


def _subdivision_meant(text: str, form: str, start: int, end: int) -> bool:
    """"the state of Georgia", "Georgia and Texas": a state's name that is also another state's
    subdivision (:func:`_subdivision_homonyms`) names the subdivision when words beside it
    (``countries.json`` "subdivision_homonyms") or that state's other subdivisions in the
    text say so; else it names the state."""
    name = form.removesuffix("'s").removesuffix("'")
    others = _subdivision_homonyms().get(name)
    if others is None:
        return False
    rows = _load_json("countries.json")["subdivision_homonyms"]
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if any(before.endswith(w) for w in rows["words_before"]) or any(after.startswith(w + " ") or after == w for w in rows["words_after"]):
        return True
    return others.search(text) is not None


@cache
def _given_name_forms() -> frozenset[str]:
    return frozenset(_load_json("countries.json").get("given_name_forms", {}).get("forms", ()))


_NEXT_NAME = re.compile(r"[ \t]+([A-Z][\w.]*)")


def _given_name(text: str, form: str, end: int) -> bool:
    """"Chad Wolf", "Jordan Bardella": a state's name that is also a given name, before a
    surname ("Chad President X" is the state: a word for its government follows)."""
    if form not in _given_name_forms():
        return False
    nxt = _NEXT_NAME.match(text, end)
    return nxt is not None and nxt.group(1).lower() not in _language_demonyms()[1]


@cache
def _language_demonyms() -> tuple[frozenset[str], frozenset[str]]:
    row = _load_json("countries.json").get("language_demonyms", {})
    return frozenset(row.get("words", ())), frozenset(row.get("state_nouns", ()))


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def _only_language(text: str, form: str, end: int) -> bool:
    """"its Spanish initials", "a Spanish-language network": a language, not the country.

    A demonym that is also a language's name names the country only when a word for its
    government, an office or its people follows ("Spanish Foreign Minister", "French
    officials"); ``countries.json`` "language_demonyms".
    """
    words, nouns = _language_demonyms()
    if form not in words:
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is None or nxt.group(1).lower() not in nouns


#: how far before a state's name a region word can stand ("Central American")
_LOOK_BACK = 20


@cache
def _region_before() -> re.Pattern[str]:
    """"Central American", "Latin America": a region, not a state (``countries.json``
    "region_words_before")."""
    words = _load_json("countries.json")["region_words_before"]["words"]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")[ -]$")


@cache
def _city_after() -> re.Pattern[str]:
    """"Panama City", "the Korean War": a capital or a war, not the state (``countries.json`` "city_words_after")."""
    words = _load_json("countries.json")["city_words_after"]["words"]
    return re.compile(r" (?:" + "|".join(map(re.escape, words)) + r")\b")


# --- organisations, titles of office, given names, meeting words --------------------


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: str  # "agency" (of a state), "igo", "ngo", "media"
    serves: str | None  # the country an agency belongs to, or the IGO itself
    portfolio: str | None  # the field a department covers ("Homeland Security")
    aliases: tuple[str, ...]
    head: str | None = None  # the title of the body's head ("Commissioner"), when the data gives it
    #: head of title -> the post as English names it with the body ("President" ->
    #: "President of the European Commission"), for bodies whose posts carry their name
    posts: tuple[tuple[str, str], ...] = ()

    def post(self, head: str) -> str | None:
        """The post a ``head`` of this body is named as, or None when the body does not name its posts."""
        return dict(self.posts).get(head)


@cache
def organisations() -> tuple[Organisation, ...]:
    rows = _load_json("organisations.json")["organisations"]
    return tuple(
        Organisation(r["name"], r["kind"], r.get("serves"), r.get("portfolio"), tuple(r["aliases"]), r.get("head"),
                     tuple(r.get("posts", {}).items()))
        for r in rows
    )


@cache
def _organisation_index() -> dict[str, Organisation]:
    index: dict[str, Organisation] = {}
    for o in organisations():
        for form in (o.name, *o.aliases):
            index.setdefault(form, o)
            if not form.startswith("the "):
                index.setdefault("the " + form, o)
    return index


def organisation(mention: str) -> Organisation | None:
    """The organisation a mention names ("DHS", "the State Department", "UNHCR"), or None."""
    m = mention.strip().replace("\u2019", "'")
    return _organisation_index().get(m)


@cache
def _organisation_regex() -> re.Pattern[str]:
    return _names_regex(_organisation_index())


def find_organisations(text: str) -> list[tuple[int, int, Organisation]]:
    """Every organisation mention in ``text`` as (start, end, organisation), longest forms first."""
    return list(_organisations_in(text))


@lru_cache(maxsize=_REMEMBERED)
def _organisations_in(text: str) -> tuple[tuple[int, int, Organisation], ...]:
    text = text.replace("\u2019", "'")
    return tuple((m.start(), m.end(), _organisation_index()[m.group(0)]) for m in _organisation_regex().finditer(text))


@cache
def titles() -> dict:
    """The lexicon of titles of office (``kg/data/titles.json``): heads, modifiers, portfolios."""
    return _load_json("titles.json")


@cache
def grammar_words(role: str) -> frozenset[str]:
    """The English function words of one grammatical role (``titles.json`` "grammar_words":
    "determiners", "post_links", "relative_owners" ...), lower case."""
    return frozenset(titles().get("grammar_words", {}).get(role, ()))


@cache
def given_name_data() -> dict:
    """``kg/data/given_names.json``: given names, and double given names used as one."""
    return _load_json("given_names.json")


@cache
def given_names() -> frozenset[str]:
    """Common given names, to tell a middle name from the first part of a compound surname."""
    data = given_name_data()
    return frozenset(data["given_names"]) | hispanic_given_names()


@cache
def hispanic_given_names() -> frozenset[str]:
    """Given names that mark a Spanish-style name, cited by given name and first surname."""
    return frozenset(given_name_data().get("hispanic_given_names", []))


@cache
def meeting_words() -> dict:
    """Lemmas and phrases that announce a meeting (``kg/data/events.json``)."""
    return _load_json("events.json")


@cache
def local_places() -> dict[str, str]:
    """Cities and provinces where local officials serve -> their country (``kg/data/local_places.json``)."""
    return dict(_load_json("local_places.json")["places"])


@cache
def dateline_places() -> dict[str, str]:
    """Capitals that open a dateline but hold no local post we read ("WASHINGTON —") -> country.

    Every state's capital (:mod:`kg.states`) and seat of government (``countries.json``
    "seats": "The Hague"), and the hand list of ``local_places.json``,
    which wins ("Washington" rather than "Washington D.C.")."""
    places = {c.capital: c.name for c in countries() if c.capital and c.capital not in local_places()}
    seats = {r["iso2"]: r.get("seats", []) for r in _load_json("countries.json")["countries"]}
    for c in countries():
        places.update({seat: c.name for seat in seats.get(c.iso2, []) if seat not in local_places()})
    places.update(_load_json("local_places.json").get("dateline_places", {}))
    return places


def capital_country(mention: str) -> Country | None:
    """The state whose capital ``mention`` names ("Kigali", "Rome"), for a capital that stands
    for its government ("Rome said", "Kigali agreed"); None for any other word."""
    name = dateline_places().get(mention.strip())
    return country_by_name(name) if name else None


@cache
def place_names() -> frozenset[str]:
    """Every city, venue or province name the data files know (``places.json``, ``local_places.json``)."""
    data = _load_json("places.json")
    names = set(local_places())
    for key in ("cities", "aliases", "regions", "venues"):
        value = data.get(key) or {}
        names.update(value if isinstance(value, (dict, list)) else ())
    return frozenset(n for n in names if isinstance(n, str) and n and not n.startswith("_"))


@cache
def place_states() -> dict[str, str]:
    """Place name -> the state it lies in: cities, their aliases, venues, provinces
    (``places.json``), local places, capitals and seats of government."""
    data = _load_json("places.json")
    out: dict[str, str] = dict(dateline_places())
    out.update(local_places())
    out.update(data.get("regions") or {})
    cities = dict(data.get("cities") or {})
    out.update(cities)
    for key in ("aliases", "venues"):
        out.update({form: cities[city] for form, city in (data.get(key) or {}).items() if city in cities})
    return {k: v for k, v in out.items() if k and not k.startswith("_") and country_by_name(v) is not None}


@cache
def _place_regex() -> re.Pattern[str]:
    return _names_regex(place_states())


def find_places(text: str) -> list[tuple[int, int, str, str]]:
    """Every place mention in ``text`` as (start, end, place, its state's name), longest first."""
    return [(m.start(), m.end(), m.group(0), place_states()[m.group(0)]) for m in _place_regex().finditer(text)]


@dataclass(frozen=True)
class OfficeHolder:
    name: str
    aliases: tuple[str, ...]
    role: str
    country: str
    start: str | None  # ISO date the term began, None when long before our articles
    end: str | None  # ISO date it ended, None when it outlasts them


@cache
def office_holders() -> tuple[OfficeHolder, ...]:
    """Well-known holders of high office (``kg/data/office_holders.json``)."""
    rows = _load_json("office_holders.json")["office_holders"]
    return tuple(
        OfficeHolder(r["name"], tuple(r.get("aliases", ())), r["role"], r["country"], r.get("start"), r.get("end"))
        for r in rows
    )
