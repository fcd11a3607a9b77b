"""One official per person: the canonical name, the best post read, its state (from the
title, a known office holder, the sentence, the paragraph or the dateline) and the evidence.
Part of :mod:`.officials`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from .. import gazetteer
from ..facts import Evidence, Official
from ..parse import doc_text
from .official_mentions import (
    KNOWN_HOLDER_BY_SURNAME, KNOWN_HOLDER_NO_POST, TITLE_WITHOUT_COUNTRY, _Mention, _Person,
)
from .names import NAME_SIMILARITY, SURNAME_SIMILARITY, canonical_form, first_surname_form, fold, known_person, surname
from .people import build_people, canonical_in_article
from .roles import Role, title_words, words_regex
from .title_context import _local_place_regex, other_party_states

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from . import Context


def _first_surnames(officials: list[Official], ctx: "Context") -> None:
    """"Lorena Vidal Ayala", El Salvador's foreign minister: "Lorena Vidal".

    An official of a state whose people carry two surnames is cited by the given name and
    the first surname, when the name read has exactly two surnames (:mod:`.people`).
    """
    for o in officials:
        row = gazetteer.country_by_name(o.country) if o.country else None
        short = first_surname_form(o.name) if row is not None and row.hispanic_names else None
        if short is None or any(p.name == short for p in officials if p is not o):
            continue
        old = o.name
        o.aliases = sorted({*o.aliases, old} - {short})
        o.name = short
        for k, v in list(ctx.people.items()):
            if v == old:
                ctx.people[k] = short
        ctx.people[old] = short


def _people_map(doc: "Doc", mentions: list[_Mention], ctx: "Context") -> dict[str, str]:
    """Mention -> canonical name: the article's own full names, then known office holders."""
    full = [canonical_form(m.text) for m in mentions if len(m.text.split()) >= 2]
    full = sorted(dict.fromkeys(full), key=lambda n: -len(n.split()))
    people = build_people(doc, [])
    base: dict[str, str] = {}
    for name in full:
        c = canonical_in_article(name, base)
        base.setdefault(c, c)
        base[name] = c
    for k, v in people.items():
        base.setdefault(k, canonical_in_article(v, base))
    for m in mentions:
        if m.text not in base:
            base[m.text] = canonical_in_article(m.text, base)
    for m in mentions:
        if len(base[m.text].split()) == 1:
            holder = _known_holder(base[m.text], m.role, ctx)
            if holder is not None:
                base[m.text] = holder.name
    return base


def _in_term(holder: gazetteer.OfficeHolder, date: str | None) -> bool:
    if not date:
        return True
    return (holder.start is None or holder.start <= date) and (holder.end is None or date <= holder.end)


def _known_holder(mention: str, role: Role | None, ctx: "Context") -> gazetteer.OfficeHolder | None:
    """The one well-known office holder a surname names, agreeing with the post if one is read.

    A surname the table does not list alone is that holder's only after a title that fits
    the post ("President Hernandez" in Juan Orlando Hernández's term)."""
    hits = [
        h
        for h in gazetteer.office_holders()
        if _in_term(h, ctx.article.date)
        and (any(fold(mention) == fold(a) for a in (h.name, *h.aliases))
             or (role is not None and any(fold(mention) == surname(a) for a in (h.name, *h.aliases) if " " in a)))
        and (role is None or role.head in h.role)
        and (role is None or role.country is None or role.country == h.country)
    ]
    # one person in one post over two terms (an undated article fits both) is one holder
    return hits[0] if len({(h.name, h.role, h.country) for h in hits}) == 1 else None


def _official(person: _Person, ctx: "Context") -> Official | None:
    """The official a person's mentions make, or None when no mention gives a post."""
    with_role = [m for m in person.mentions if m.role is not None]
    if any(m.role.excluded for m in with_role) and not any(not m.role.excluded for m in with_role):
        return None  # only ever "former"
    with_role = [m for m in with_role if not m.role.excluded]
    aliases = sorted({m.text for m in person.mentions} - {person.name})
    holder = _known_holder(person.name, None, ctx)
    if not with_role:
        if holder is None or all(_modifies(m) for m in person.mentions):
            return None  # "the Trump administration", "Trump's policy": no one acting
        first = next(m for m in person.mentions if not _modifies(m))
        return Official(person.name, holder.role, holder.country, _evidence(first.sentence),
                        KNOWN_HOLDER_NO_POST, aliases)
    best = max(with_role, key=lambda m: (m.confidence, m.role.country is not None, " of " in m.role.role, -m.start))
    role, country = best.role.role, best.role.country
    # "the Honduran Secretary of Security, X" ... "the Honduran secretary X": the post in full
    fuller = [
        m.role for m in with_role
        if m.role.role.startswith(role + " ") and m.role.country in (None, country)
    ]
    if fuller:
        role = max(fuller, key=lambda r: len(r.role)).role
    elif " of " not in role and best.role.head not in gazetteer.titles().get("bare_heads_kept", {}).get("heads", []):
        # "X was sworn in as acting secretary": the full post this person is known to have
        # held (``office_holders.json``, any term) when the bare title is its head
        own = {
            (h.role, h.country) for h in gazetteer.office_holders()
            if len(person.name.split()) >= 2 and fold(person.name) in {fold(a) for a in (h.name, *h.aliases)}
            and h.role.startswith(role + " of ") and country in (None, h.country)
        }
        if len(own) == 1:
            role, country = next(iter(own))
    if country is None:
        other = next((m.role.country for m in with_role if m.role.country), None)
        # a known office holder named in full serves one state, whatever post the text gives
        known = holder is not None and (len(person.name.split()) >= 2 or best.role.head in holder.role)
        country = other or (holder.country if known else None)
    confidence = best.confidence
    if len(person.name.split()) == 1:
        confidence = min(confidence, TITLE_WITHOUT_COUNTRY)
    elif holder is not None and fold(person.name) != fold(best.text) and len(best.text.split()) == 1:
        confidence = min(confidence, KNOWN_HOLDER_BY_SURNAME)
    return Official(person.name, role, country, _evidence(best.sentence), confidence, aliases)


def _known_spellings(officials: list[Official], ctx: "Context") -> None:
    """"the U.N. High Commissioner for Refugees, Filipo Grandi": a misspelt full name of the
    one known holder of that very post (``office_holders.json``, in term) is that holder."""
    for o in officials:
        if len(o.name.split()) < 2 or known_person(o.name) is not None or not o.role or not o.country:
            continue
        hits = [
            h for h in gazetteer.office_holders()
            if h.role == o.role and h.country == o.country and _in_term(h, ctx.article.date)
            and fuzz.ratio(fold(o.name), fold(h.name)) >= NAME_SIMILARITY
        ]
        if len(hits) != 1 or any(p.name == hits[0].name for p in officials if p is not o):
            continue
        old, o.name = o.name, hits[0].name
        o.aliases = sorted({*o.aliases, old} - {o.name})
        for k, v in list(ctx.people.items()):
            if v == old:
                ctx.people[k] = o.name
        ctx.people[old] = o.name


def _hosts_by_dateline(officials: list[Official], ctx: "Context") -> None:
    """"GUATEMALA CITY - ... U.S. Ambassador X": a diplomat named without a host state, in an
    article filed from another state, is posted there ("Ambassador to Guatemala").

    Only when the sentence that gives the post names no third state.
    """
    heads = set(gazetteer.titles().get("diplomatic_heads", []))
    if not any(o.role in heads and o.country for o in officials):
        return
    host = _dateline_country(ctx.article.text)
    if host is None:
        return
    for o in officials:
        if o.role not in heads or not o.country or o.country == host:
            continue
        if _states_in(o.evidence.text) - {o.country, host}:
            continue
        o.role = f"{o.role} to {host}"


def _modifies(m: _Mention) -> bool:
    """"the Trump administration", "Trump officials", "Trump's": a name only modifying a noun."""
    doc = m.sentence.doc
    end = m.start + len(m.text.split())
    if end >= len(doc):
        return False
    last, nxt = doc[end - 1], doc[end]
    if nxt.tag_ == "POS" or nxt.text in ("'s", "’s") or last.dep_ == "poss":
        # "López Obrador's government": the head of a government, not a modifier only
        after = end + 1 if nxt.tag_ == "POS" or nxt.text in ("'s", "’s") else end
        return not (after < len(doc) and doc[after].lower_ in gazetteer.grammar_words("governments"))
    return last.dep_ == "compound" and nxt.pos_ in ("NOUN", "PROPN") and nxt.ent_type_ != "PERSON"


def _complete_bare_titles(officials: list[Official]) -> None:
    """"Acting Secretary Chad Wolf" beside "Acting Secretary of Homeland Security X": the same post.

    A title without portfolio or country takes both from the one other post of the
    article that it abbreviates; when several fit it stays as the text says it.
    """
    for o in officials:
        if not o.role or " of " in o.role:
            continue
        fits = {
            (p.role, p.country)
            for p in officials
            if p is not o and p.role and p.country and p.role.startswith(o.role + " of ")
            and o.country in (None, p.country)
        }
        if len(fits) == 1:
            o.role, o.country = next(iter(fits))


def _surnames_mistagged(doc: "Doc", officials: list[Official]) -> None:
    """An official's surname the tagger did not take for a person ("Larios said"): an alias.

    Spelt as the official's or within a typo of it ("Larreta" for an article's first
    "Esteban Larretta"), when only one official of the article has a surname that close.
    """
    full = [o for o in officials if len(o.name.split()) >= 2]
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON" or not tok.text[:1].isupper() or len(tok.text) < 4:
            continue
        if gazetteer.country(tok.text) or gazetteer.organisation(tok.text) or tok.lower_ in title_words():
            continue
        owners = [o for o in full if o.name.split()[-1] == tok.text]
        if not owners:
            owners = [
                o for o in full
                if fold(tok.text)[0] == surname(o.name)[:1]
                and fuzz.ratio(fold(tok.text), surname(o.name)) >= SURNAME_SIMILARITY
            ]
        if len(owners) == 1 and tok.text not in owners[0].aliases:
            owners[0].aliases.append(tok.text)


def _sentence_country(person: _Person) -> str | None:
    """"El Salvador followed ..., when Foreign Minister X signed": the one country the sentence names first.

    Only for a post read without a country, and only when the sentence names exactly one
    country and names it before the person.
    """
    for m in person.mentions:
        if m.role is not None and not m.role.excluded:
            body = _body_country(m)
            if body:
                return body
    others = _other_states(person)
    for m in person.mentions:
        if m.role is None or m.role.excluded:
            continue
        found = [f for f in gazetteer.find_countries(m.sentence.text) if f[2].name not in others]
        distinct = {c.name for _, _, c in found}
        name_at = m.sentence.doc[m.start].idx - m.sentence.start_char
        if len(distinct) == 1 and all(e <= name_at for _, e, _ in found):
            return distinct.pop()
    return None


def _context_country(person: _Person, ctx: "Context") -> str | None:
    """The state of a post read without one, from its context: the one state the sentence
    names (a city of it counts, "in Guatemala City"), else the one the paragraph names,
    else the article's dateline ("TEGUCIGALPA –").

    Only for a post that states hold: an IGO's post never takes a country from context.
    """
    posted = [m for m in person.mentions if m.role is not None and not m.role.excluded]
    if not posted:
        return None
    if any(m.role.head in gazetteer.titles().get("diplomatic_heads", []) for m in posted):
        # a diplomat serves the state that sends them, not the one the text places them in
        return _embassy_state(ctx.article.text)
    others = _other_states(person)
    for m in posted:
        found = _states_in(m.sentence.text) - _states_without(m.role) - others
        if len(found) == 1:
            return found.pop()
    for m in posted:
        found = _paragraph_states(m.sentence) - _states_without(m.role) - others
        if len(found) == 1:
            return found.pop()
    dateline = _dateline_country(ctx.article.text)
    return dateline if dateline not in _states_without(posted[0].role) | others else None


def _state_of_the_government(person: _Person, officials: list[Official]) -> str | None:
    """"Public Safety Minister X" in an article whose officials serve Canada and the US: the
    one state among the article's officials that has such a post (the US has no ministers),
    when neither the sentence, the paragraph nor the dateline names one."""
    posted = [m for m in person.mentions if m.role is not None and not m.role.excluded]
    if not posted or not _is_governmental(posted[0].role):
        return None
    states = {o.country for o in officials if o.country and gazetteer.country_by_name(o.country) is not None}
    found = states - _states_without(posted[0].role) - _other_states(person)
    return found.pop() if len(found) == 1 else None


def _is_governmental(role: Role) -> bool:
    return role.head in gazetteer.titles().get("governmental_heads", [])


def _other_states(person: _Person) -> set[str]:
    """States that are not this person's: a counterpart's, or another party's named where
    the person is ("the Libyan side")."""
    out = {state for m in person.mentions for state in m.other_states}
    for m in person.mentions:
        if m.role is not None:
            out |= other_party_states(m.sentence, m.start)
    return out


def _paragraph_states(sentence: "Span") -> set[str]:
    """The states the paragraph of ``sentence`` names; each paragraph read once per document.

    Paragraphs end at blank lines, or at line breaks in a text that has no blank lines.
    """
    doc = sentence.doc
    text = doc_text(doc)
    memo = doc.user_data.setdefault(_PARAGRAPHS, {})
    brk = memo.setdefault("break", "\n\n" if "\n\n" in text else "\n")
    lo = text.rfind(brk, 0, sentence.start_char)
    hi = text.find(brk, sentence.end_char)
    key = f"{lo}:{hi}"
    if key not in memo:
        memo[key] = sorted(_states_in(text[lo + 1 if lo >= 0 else 0 : hi if hi >= 0 else len(text)]))
    return set(memo[key])


_PARAGRAPHS = "kg_paragraph_states"


@lru_cache(maxsize=8)
def _embassy_state(text: str) -> str | None:
    """"U.S. Embassy in Honduras", "the Mexican Embassy": the one state whose embassy the article names."""
    text = text.replace("\u2019", "'")
    embassy = words_regex("embassy_words")
    states = {o.serves for s, e, o in gazetteer.find_organisations(text) if o.serves and embassy.search(text[s:e])}
    for m in embassy.finditer(text):
        found = gazetteer.find_countries(text[max(0, m.start() - 30) : m.start()])
        if found and not text[max(0, m.start() - 30) : m.start()][found[-1][1] :].strip(" '’s"):
            states.add(found[-1][2].name)
    return states.pop() if len(states) == 1 else None


def _states_without(role: Role) -> set[str]:
    """States that have no such post: the US government has no ministers (``titles.json``)."""
    rows = gazetteer.titles().get("states_without_heads", {})
    return {state for state, heads in rows.items() if not state.startswith("_") and role.head in heads}


def _states_in(text: str) -> set[str]:
    found = {c.name for _, _, c in gazetteer.find_countries(text)}
    places = gazetteer.local_places()
    found |= {places[m.group(0)] for m in _local_place_regex().finditer(text) if m.group(0) in places}
    return found


@lru_cache(maxsize=8)
def _dateline_country(text: str) -> str | None:
    """"GUATEMALA CITY (AP) —", "WASHINGTON —", "San Salvador, 4 October 2019": the state
    of the place an article is filed from, read from the head of its first lines."""
    places = {k.lower(): v for k, v in gazetteer.local_places().items()}
    places.update({k.lower(): v for k, v in gazetteer.dateline_places().items()})
    cut = -1
    for _ in range(8):  # the first eight lines, without splitting the whole text
        cut = text.find("\n", cut + 1)
        if cut < 0:
            break
    for line in (text if cut < 0 else text[:cut]).splitlines()[:8]:
        m = re.match(r"\s*([A-Za-zÀ-ÿ.' ]{3,40}?)(?:,\s*[A-Z][A-Za-z. ]{1,20}?)?\s*(?:\([^)]*\)\s*)?(?:[—–]|-\s)", line)
        m = m or re.match(r"\s*([A-Za-zÀ-ÿ.' ]{3,40}?),\s*(?:\d|[A-Z][a-z]+\.? \d)", line)
        if not m:
            continue
        head = m.group(1).strip().lower()
        if head in places:
            return places[head]
        c = gazetteer.country(m.group(1).strip().title())
        if c is not None:
            return c.name
    return None


def _body_country(m: _Mention) -> str | None:
    """"The Salvadoran Foreign Ministry said ... the foreign minister, X": the state whose
    ministry of the post's portfolio the sentence names before the person."""
    if " of " not in m.role.role:
        return None
    portfolio = m.role.role.split(" of ", 1)[1].lower()
    t = gazetteer.titles()
    row = next((r for name, r in t["portfolios"].items() if name.lower() == portfolio), None)
    aliases = {portfolio} | {a.lower() for a in (row or {}).get("aliases", [])}
    before = m.sentence.text[: m.sentence.doc[m.start].idx - m.sentence.start_char].replace("\u2019", "'")
    states = {o.serves for _, _, o in gazetteer.find_organisations(before)
              if o.kind == "agency" and o.portfolio and o.portfolio.lower() in aliases}
    units = "|".join(re.escape(w) for w in t.get("unit_words", []))
    for s, e, c in gazetteer.find_countries(before):
        words = re.match(rf"(?:'s?)?\s+((?:\w+\s+){{0,3}}?)(?:{units})\b", before[e:])
        if words and words.group(1).strip().lower() in aliases:
            states.add(c.name)
    return states.pop() if len(states) == 1 else None


def _evidence(sent: "Span") -> Evidence:
    return Evidence(sent.text, sent.start_char, sent.end_char)
