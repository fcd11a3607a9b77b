"""Posts from title words: a title phrase read into a post held for a state or an IGO.

Adds to :func:`kg.extract.roles.parse_title` what depends on the bodies named with the
title: spokespeople of a body, local posts, the head of a body ("chief of X"), a post at a
body, and whether a post is one a state or an IGO holds. Part of :mod:`.officials`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import gazetteer
from ..parse import doc_text
from ..world_spans import BODIES, mark_world
from .official_mentions import _HYPHENS
from .roles import Role, is_head_word, parse_title, title_words, words_regex
from .title_bodies import body_post
from .title_parts import _serving, written_as_an_office
from .title_places import local_post, remit_of_igo

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _has_head(words: list["Token"]) -> bool:
    t = gazetteer.titles()
    return any(
        is_head_word(w.text) or w.lower_ in t["chief_words"] or w.lower_ in _spokes_words() for w in words
    )


@lru_cache(maxsize=None)
def _spokes_words() -> frozenset[str]:
    return frozenset(w.lower() for w in gazetteer.titles().get("spokesperson_words", []))


def _role(words: list["Token"], units: set[int], *, state_post: bool = False) -> Role | None:
    """Read title tokens into a post; None when it is no post held for a state or an IGO
    (``state_post``: the text says it is, "the government's special commissioner")."""
    words = _without_nationality(_without_party(words, units), units)
    phrase = _phrase(words)
    # "UN-backed", "EU-funded": a body written into a modifier is not the body of the post
    orgs = [(s, e, o) for s, e, o in gazetteer.find_organisations(phrase) if phrase[e : e + 1] not in _HYPHENS]
    if any(o.kind in ("ngo", "media") for _, _, o in orgs):
        return None
    if any(w.lower_ in _spokes_words() for w in words) or re.search(_spokes_phrase(), phrase, re.I):
        return _with_modifiers(_spokesperson(phrase, orgs), phrase)
    local = local_post(phrase)
    role = local or parse_title(phrase)
    if role is None:
        role = _chief_of(phrase, orgs) or _head_of_state_body(words)
    if role is None or role.excluded or not written_as_an_office(role.head, phrase):
        return None if role is None or not role.excluded else role
    role = remit_of_igo(_with_organisation(role, orgs, phrase, doc_text(words[0].doc) if words else ""), orgs)
    if role.country is None:
        role = _igo_post(role, words[0].doc) or role
    region = gazetteer.subdivisions().get(role.role.split(" of ", 1)[-1]) if role.country is None and " of " in role.role else None
    if region:
        role = Role(role.role, region, role.head, implied_country=True)  # "the governor of Roraima": Brazil's
    # "the presidential adviser for ...", "the National Commissioner for Human Rights": a state's post
    state_post = state_post or bool(words_regex("state_post_words").search(phrase))
    if state_post or _is_state_post(role):
        return role
    return body_post(role, named_bodies(words[0].doc)) if words and not role.country else None


def _without_party(words: list["Token"], units: set[int]) -> list["Token"]:
    """"Greens senator": a political group the tagger marks (NORP) before a legislator's head
    is the member's party, not a portfolio; a party the data ties to one state stays
    (``titles.json`` "legislature_parties")."""
    t = gazetteer.titles()
    parties = t.get("legislature_parties", {})
    heads = {h.lower() for h in parties.get("_heads", [])}
    at = next((k for k, w in enumerate(words) if w.lower_ in heads), None)
    if at is None:
        return words
    return [w for k, w in enumerate(words)
            if not (k < at and w.ent_type_ == "NORP" and w.i not in units and w.text not in parties)]


def _without_nationality(words: list["Token"], units: set[int]) -> list["Token"]:
    """"Philippine Ambassador": a nationality the tagger marks (NORP) that opens the title
    right before its head, and that the gazetteer does not read as a state, is no portfolio;
    the state is then the context's."""
    first = words[0] if words else None
    parties = gazetteer.titles().get("legislature_parties", {})  # "Democratic Senator": read by parse_title
    if (len(words) >= 2 and first.ent_type_ == "NORP" and first.i not in units and first.lower_ not in title_words()
            and first.text not in parties and is_head_word(words[1].text)):
        return words[1:]
    return words


def named_bodies(doc: "Doc") -> list[tuple[str, gazetteer.Organisation]]:
    """(as written, organisation) of each distinct way the document names a body, from the
    spans :mod:`kg.world_spans` marks; read once per document (plain strings in ``user_data``)."""
    named = doc.user_data.get(_NAMED_BODIES)
    if named is None:
        mark_world(doc)
        pairs = {(span.text.replace("\u2019", "'"), span.label_): None for span in doc.spans[BODIES]}
        named = doc.user_data[_NAMED_BODIES] = [list(pair) for pair in pairs]
    found = [(written, gazetteer.organisation(name)) for written, name in named]
    return [(written, org) for written, org in found if org is not None]


_NAMED_BODIES = "kg_named_bodies"


def _igo_post(role: Role, doc: "Doc") -> Role | None:
    """"The High Commissioner, X" in an article naming UNHCR: the one IGO the article names
    whose name holds the bare title gives the post in full and is the body served."""
    if " " not in role.role and role.head in gazetteer.titles().get("governmental_heads", []):
        return None  # "the President": a state's post, not an IGO's
    fits = {}
    for _, org in named_bodies(doc):
        names = [n for n in (org.name, *org.aliases) if re.search(rf"(?i)\b{re.escape(role.role)}\b", n)]
        if org.kind == "igo" and names:
            fits[org.name] = Role(max(names, key=len), org.serves, role.head)
    return next(iter(fits.values())) if len(fits) == 1 else None


def _phrase(words: list["Token"]) -> str:
    """Title tokens as text, spaced as written ("Honduras' security minister")."""
    out = []
    for k, w in enumerate(words):
        out.append(w.text)
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt is not None and (nxt.i != w.i + 1 or w.whitespace_):
            out.append(" ")
    return "".join(out)


def _spokes_phrase() -> str:
    multi = [w for w in gazetteer.titles().get("spokesperson_words", []) if " " in w]
    return r"\b(?:" + "|".join(re.escape(w) for w in multi) + r")\b" if multi else r"(?!)"


def _spokesperson(phrase: str, orgs: list) -> Role | None:
    """"State Department spokesperson": a post only at a state agency, an IGO or a government body.

    "a spokeswoman for Guatemala's foreign ministry" -> "Foreign Ministry Spokesperson" (Guatemala).
    """
    press = "Press Secretary" if words_regex("press_secretary_words").search(phrase) else "Spokesperson"
    spokes = "|".join(re.escape(w) for w in gazetteer.titles().get("spokesperson_words", []))
    # "a spokeswoman for the Guatemalan Migration Institute": the text's order, "X for Y"
    after = re.search(rf"(?i)\b(?:{spokes})\s+(?:for|of|at)\s+(.+)$", phrase)
    phrase_ = phrase.replace("\u2019", "'")
    for s, e, org in orgs:
        if org.kind == "igo":
            return Role(press, org.serves, "Spokesperson")  # the IGO is the party served, not in the post
        if org.kind == "agency":
            if after is not None and s >= after.start(1):
                body = _without_article(_body_name(org, phrase_[s:e], keep_acronym=True))
                return Role(f"{press} for the {body}", org.serves, "Spokesperson")
            body = _without_article(_body_name(org, phrase_[s:e], keep_acronym=True))
            return Role(f"{body} {press}", org.serves, "Spokesperson")
    found = gazetteer.find_countries(phrase)
    if words_regex("presidency_words").search(phrase):
        # "Presidential Spokesperson X": the presidency's, of the state named or the context's
        return Role(f"Presidential {press}", found[0][2].name if found else None, "Spokesperson")
    if not found:
        return _unit_spokesperson(phrase, press)
    if words_regex("governments").search(phrase):
        return Role(f"Government {press}", found[0][2].name, "Spokesperson")
    units = "|".join(re.escape(w) for w in gazetteer.titles().get("unit_words", []))
    body = re.search(rf"((?:[A-Za-z]+\s+){{0,3}})(?:{units})\b", phrase[found[0][1] :])
    if body:
        skipped = gazetteer.grammar_words("articles") | gazetteer.grammar_words("possessives")
        words = [w for w in body.group(0).split() if w.lower() not in skipped]
        name = " ".join(w[:1].upper() + w[1:] for w in words)
        written = phrase[found[0][0] : found[0][1]]
        ministry = words[-1].lower() in gazetteer.grammar_words("cabinet_units")  # every government has one
        if written in found[0][2].demonyms and not body.group(1).startswith("'") and not ministry:
            name = f"{written} {name}"  # "the Honduran Migration Institute": the body's name
        if after is not None and found[0][0] >= after.start(1):
            return Role(f"{press} for the {name}", found[0][2].name, "Spokesperson")
        return Role(f"{name} {press}", found[0][2].name, "Spokesperson")
    return None


def _unit_spokesperson(phrase: str, press: str) -> Role | None:
    """"Government spokesperson X", "Foreign Ministry spokesperson X": the spokesperson of a
    government, or of a ministry (every government has those), serves a state the context names."""
    if words_regex("governments").search(phrase):
        return Role(f"Government {press}", None, "Spokesperson")
    if words_regex("official_spokesperson_words").search(phrase):
        return Role(f"Official {press}", None, "Spokesperson")  # "X, Official Spokesperson"
    units = "|".join(re.escape(w) for w in gazetteer.grammar_words("cabinet_units"))
    body = re.search(rf"(?i)\b((?:[A-Za-z]+\s+){{0,2}})(?:{units})\b", phrase) if units else None
    if body is None:
        return None
    skipped = gazetteer.grammar_words("articles") | gazetteer.grammar_words("possessives")
    name = " ".join(w[:1].upper() + w[1:] for w in body.group(0).split() if w.lower() not in skipped)
    return Role(f"{name} {press}", None, "Spokesperson")


def _with_modifiers(role: Role | None, phrase: str) -> Role | None:
    """"Eswatini's acting government spokesperson": the modifiers the text gives the post
    (``titles.json`` "modifiers_kept") before it."""
    if role is None:
        return None
    kept = gazetteer.titles()["modifiers_kept"]
    mods = [kept[w.lower()] for w in phrase.split() if w.lower() in kept and kept[w.lower()] not in role.role]
    if not mods:
        return role
    return Role(" ".join([*mods, role.role]), role.country, role.head, role.excluded, role.implied_country)


def _without_article(name: str) -> str:
    """A body's name without the article before it ("the Migration Institute" -> "Migration Institute")."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in gazetteer.grammar_words("articles") else name


def _chief_of(phrase: str, orgs: list) -> Role | None:
    """"UNHCR chief X": the head of an agency or an IGO."""
    t = gazetteer.titles()
    if not any(w.lower() in t["chief_words"] for w in phrase.split()):
        return None
    for s, e, org in orgs:
        if org.kind in ("agency", "igo"):
            full = _whole_name(phrase, s, e)
            if full != phrase[s:e]:
                return _head_of_unlisted_body(phrase, full)  # "the Federal Department of Justice and Police"
            return Role(_head_post(org, phrase[s:e]), org.serves, "Head")
    return None


def _whole_name(phrase: str, s: int, e: int) -> str:
    """The capitalised name a body's name found at ``s:e`` stands in ("Department of Justice"
    in "the Federal Department of Justice and Police"): capitalised words on either side,
    small words only between capitalised ones."""
    small = gazetteer.grammar_words("title_small_words") - gazetteer.grammar_words("articles")
    before = phrase[:s].split()
    while before and before[-1][:1].isupper() and before[-1].isalpha() and not is_head_word(before[-1]):
        s -= len(before.pop()) + 1
    after = re.match(r"(?:\s+(?:(?:%s)\s+)*[A-Z][\w-]*)*" % "|".join(map(re.escape, small)), phrase[e:])
    return phrase[max(s, 0) : e + (after.end() if after else 0)].strip()


def _head_of_unlisted_body(phrase: str, body: str) -> Role | None:
    """"head of the Federal Department of Justice and Police": the head of a body the data
    does not list, a state's when a word of its name marks a state body (``titles.json``
    "state_body_words"); the state is the context's."""
    if not _state_body_words() & set(body.split()):
        return None
    chief = next(w for w in phrase.split() if w.lower() in gazetteer.titles()["chief_words"])
    return Role(f"{chief[:1].upper()}{chief[1:]} of the {body}", None, "Head")


def _head_of_state_body(words: list["Token"]) -> Role | None:
    """"the head of Libya's UN-backed Government of National Accord": the head of a body of a
    state the data does not list, named in capitals with a word for a state body
    (``titles.json`` "state_body_words"), modifiers before it ("UN-backed") left out."""
    t = gazetteer.titles()
    openers = gazetteer.grammar_words("portfolio_prepositions")
    if len(words) < 4 or words[0].lower_ not in t["chief_words"] or words[1].lower_ not in openers:
        return None
    rest = words[2:]
    found = gazetteer.find_countries(_phrase(rest))
    if not found or found[0][0] != 0:
        return None
    state_end = rest[0].idx + found[0][1]
    k = next((n for n, w in enumerate(rest) if w.idx >= state_end), len(rest))
    while k < len(rest) and (not rest[k].text[:1].isupper() or _hyphenated(rest[k])):
        k += 1  # the possessive and modifiers: "'s UN-backed"
    body = rest[k:]
    small = gazetteer.grammar_words("title_small_words")
    state_words = set(t.get("state_body_words", {}).get("words", []))
    if not body or not all(w.text[:1].isupper() or w.lower_ in small for w in body):
        return None
    if not state_words & {w.text for w in body}:
        return None
    return Role(f"{words[0].text[:1].upper()}{words[0].text[1:]} of the {_phrase(body)}", found[0][2].name, "Head")


def _hyphenated(tok: "Token") -> bool:
    """Whether ``tok`` is part of a hyphenated word ("UN-backed")."""
    doc = tok.doc
    after = tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text in _HYPHENS
    return after or tok.text in _HYPHENS or (tok.i > 0 and doc[tok.i - 1].text in _HYPHENS and not doc[tok.i - 1].whitespace_)


def _head_post(org: gazetteer.Organisation, written: str, title: str | None = None) -> str:
    """The post of the head of a body: the title given ("Acting Commissioner of U.S. Customs
    and Border Protection"), else "Head of" it. An IGO's name, being the party served, is left
    out of its officials' posts: its head is the title the data gives ("Director General"),
    else "Head"."""
    if org.kind == "igo":
        # a body that names its posts with itself: "European Commission chief" -> its President's post
        head = title or org.head
        return (org.post(head) if head else None) or head or "Head"
    return f"{title or 'Head'} of {_body_name(org, written)}"


def _body_name(org: gazetteer.Organisation, written: str, *, keep_acronym: bool = False, text: str = "") -> str:
    """A body as the text names it in words ("the National Migration Institute"), else the
    longest of its names the article ``text`` spells out elsewhere ("the INM" after "the
    National Migration Institute (INM)"), else its longest name (an acronym spelt out)."""
    written = written.replace("\u2019", "'")
    if " " in written and not re.search(r"\b[A-Z]{2,}\b", written) and not written.endswith("'s"):
        return written
    if keep_acronym and not written.endswith("'s"):
        return written
    names = (org.name, *org.aliases)
    return max([n for n in names if " " in n and n in text] or names, key=len)


def _with_organisation(role: Role, orgs: list, phrase: str = "", text: str = "") -> Role:
    """"Acting CBP Commissioner" -> "Acting Commissioner of U.S. Customs and Border Protection".

    A body the text names in words keeps the text's name ("the National Migration
    Institute, whose commissioner"); an acronym is spelt out.
    """
    heads = gazetteer.titles().get("organisation_heads", [])
    if " of " in role.role or " at " in role.role or role.head not in heads:
        return role
    after_field = gazetteer.titles().get("heads_after_field", {}).get("heads", [])
    kept = set(gazetteer.titles()["modifiers_kept"].values())
    if role.head in after_field and set(role.role.split()[: -len(role.head.split())]) - kept:
        return role  # "White House homeland security adviser": the field names the post, not the body
    if any(phrase[s:e] in role.role for s, e, _ in orgs):
        return role  # "USAID Mission Director": the body is already in the post
    hit = next(((s, e, o) for s, e, o in orgs if o.kind in ("agency", "igo")), None)
    if hit is None:
        return role
    s, e, org = hit
    if org.kind == "igo":
        # an IGO's official serves the IGO (``country``): the post does not repeat its name
        return Role(role.role, role.country or org.serves, role.head, role.excluded, role.implied_country)
    formal = _body_name(org, phrase.replace("\u2019", "'")[s:e], text=text)
    if formal != phrase.replace("\u2019", "'")[s:e] and org.portfolio and role.head != org.head:
        return role  # "DHS Secretary" is the Secretary of Homeland Security, read by parse_title; "INM commissioner" its head
    return Role(f"{role.role} of {formal}", role.country or org.serves, role.head, role.excluded, role.implied_country)


def _is_state_post(role: Role) -> bool:
    """A post with a state or IGO behind it, or one only states have ("Minister")."""
    if role.country:
        return True
    t = gazetteer.titles()
    tail = role.role.removeprefix(role.head) or role.role  # "Chief of Staff to the ...": the head's own "of" is no portfolio's
    portfolio = tail.split(" of ", 1)[1] if " of " in tail else None
    opener, _, field = role.role.removeprefix(role.head + " ").partition(" ")
    if portfolio is None and opener in gazetteer.grammar_words("portfolio_prepositions") and field in t["portfolios"] \
            and role.head in t.get("heads_with_field_before", {}).get("heads", []):
        portfolio = field  # "Integration commissioner" read as "Commissioner for Integration": still the field's
    if _names_a_portfolio(role) or _serving(role.role, parse_title)[1] is not None:
        return True  # "Secretary General for Migration Policy", "Border Security Commander", "Adviser to the President"
    if portfolio in t["portfolios"] or (portfolio or "").partition(" for ")[0] in t["portfolios"]:
        # "Secretary of State for Migration": a department, then the field within it; "Migration Director X": the head of a government portfolio's service; "the army
        # commander", "Parliament Speaker": a post in a body every state has
        return True
    if portfolio and portfolio.startswith("the ") and _state_body_words() & set(portfolio.split()):
        return True  # "president of the National Council for ...": a state body the data lacks
    if role.head not in t.get("governmental_heads", []):
        return False
    # "legal migration minister": a head only governments have holds a state post whatever its field
    return portfolio is None or portfolio in t["portfolios"] or role.head in t.get("state_only_heads", {}).get("heads", [])


def _names_a_portfolio(role: Role) -> bool:
    """Whether the field of a post ("for Migration Policy", "Border Security" before the head)
    opens or ends with a government portfolio ``titles.json`` lists: a field of government. Only
    a short field of capitalised words, the first after the head: a body's name ("of the
    Foundation for Justice") is no field."""
    head = role.head
    if role.role.endswith(f" {head}"):
        field = role.role[: -len(head) - 1]
    else:
        m = re.match(rf"{re.escape(head)} (?:{'|'.join(gazetteer.grammar_words('portfolio_prepositions'))}) (.+)$", role.role)
        field = m.group(1) if m else ""
    words = field.split()
    small, joins = gazetteer.grammar_words("title_small_words"), gazetteer.grammar_words("field_conjunctions")
    if not 2 <= len(words) <= 4 or any(w.lower() in small or not w[:1].isupper() for w in words if w.lower() not in joins):
        return False
    index = {a.lower() for row in gazetteer.titles()["portfolios"].values() for a in row["aliases"]}
    return any(" ".join(words[:k]).lower() in index or " ".join(words[-k:]).lower() in index for k in (1, 2))


def _state_body_words() -> set[str]:
    """``titles.json`` "state_body_words": words that mark a body the data lacks as a state's."""
    return set(gazetteer.titles().get("state_body_words", {}).get("words", []))

