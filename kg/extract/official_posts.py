"""One official per person: the canonical name, the best post read (its state from the title
or a known office holder; from context in :mod:`.official_states`) and the evidence.
Part of :mod:`.officials`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from .. import gazetteer
from ..annotate.index import proper_nouns
from ..facts import Evidence, Official
from ..parse import doc_text
from .official_mentions import (
    KNOWN_HOLDER_BY_SURNAME, KNOWN_HOLDER_NO_POST, TITLE_WITHOUT_COUNTRY, _Mention, _Person,
)
from .names import (
    NAME_SIMILARITY, SURNAME_SIMILARITY, canonical_form, first_surname_form, fold, known_person, name_particles, surname,
)
from .people import build_people, canonical_in_article, double_surnames_kept
from .roles import Role, title_words

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
        short = first_surname_form(o.name, ctx.article.text) if row is not None and row.hispanic_names else None
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
    base = double_surnames_kept((m.text for m in mentions), doc_text(doc))  # "Sánchez Cordero said": kept whole
    written = {base.get(m.text) or canonical_form(m.text): m.text for m in mentions if len(m.text.split()) >= 2}
    full = sorted(written, key=lambda n: -len(n.split()))
    people = build_people(doc, [])
    for name in full:
        c = canonical_in_article(name, base)
        base.setdefault(c, c)
        base[name] = c
        base.setdefault(written[name], c)  # "Enrique Antonio X": so the tagger's "Antonio X" is the same person
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
    return _known_holder_on(mention, role, ctx.article.date)


@lru_cache(maxsize=8192)
def _known_holder_on(mention: str, role: Role | None, date: str | None) -> gazetteer.OfficeHolder | None:
    """:func:`_known_holder` on an article's date (remembered: it reads the data alone)."""
    hits = [
        h
        for h in gazetteer.office_holders()
        if _in_term(h, date)
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
            if h.role.startswith(role + " of ") and country in (None, h.country)
            and len(person.name.split()) >= 2 and fold(person.name) in {fold(a) for a in (h.name, *h.aliases)}
        }
        if len(own) == 1:
            role, country = next(iter(own))
    if country is None:
        other = next((m.role.country for m in with_role if m.role.country), None)
        # a known office holder named in full serves one state, whatever post the text gives
        known = holder is not None and (len(person.name.split()) >= 2 or best.role.head in holder.role)
        country = other or (holder.country if known else _state_held_once(person.name, best.role))
    confidence = best.confidence
    if len(person.name.split()) == 1:
        confidence = min(confidence, TITLE_WITHOUT_COUNTRY)
    elif holder is not None and fold(person.name) != fold(best.text) and len(best.text.split()) == 1:
        confidence = min(confidence, KNOWN_HOLDER_BY_SURNAME)
    return Official(person.name, role, country, _evidence(best.sentence), confidence, aliases)


def _state_held_once(name: str, role: Role) -> str | None:
    """"then-President X" in an article dated after X's term: the state of the one post of
    that head a known holder named in full held in any term (``office_holders.json``), before
    any state the sentence names near the name ("signed under then-President X with El Salvador")."""
    if len(name.split()) < 2:
        return None
    states = {h.country for h in gazetteer.office_holders()
              if fold(name) in {fold(a) for a in (h.name, *h.aliases)} and role.head in h.role}
    return states.pop() if len(states) == 1 else None


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
        if _particles_apart(o.name) in [_particles_apart(a) for a in (hits[0].name, *hits[0].aliases)]:
            continue  # "Abdel-Fattah El-Sisi" for "Abdel Fattah al-Sisi": another transliteration, kept as written
        old, o.name = o.name, hits[0].name
        o.aliases = sorted({*o.aliases, old} - {o.name})
        for k, v in list(ctx.people.items()):
            if v == old:
                ctx.people[k] = o.name
        ctx.people[old] = o.name


def _particles_apart(name: str) -> list[str]:
    """A name's words folded, hyphens made spaces and name particles ("al", "El") left out."""
    return [w for w in fold(name).replace("-", " ").split() if w not in name_particles()]


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


def _complete_bare_titles(officials: list[Official], persons: dict[str, _Person] | None = None) -> None:
    """"Acting Secretary Chad Wolf" beside "Acting Secretary of Homeland Security X": the same post.

    A title without portfolio or country takes both from the one other post of the
    article that it abbreviates; when several fit it stays as the text says it. A state's
    head ("President") takes no IGO's post. Not from a person the text joins to this one
    ("President X and European Commission President Y", "Minister X and Y, Minister of Labour
    of Cambodia"): the text names two posts there.
    """
    from .official_pairs import _side_by_side

    persons = persons or {}

    def joined(o: Official, p: Official) -> bool:
        a, b = persons.get(o.name), persons.get(p.name)
        return a is not None and b is not None and _side_by_side(a, b)

    for o in officials:
        if not o.role or " of " in o.role:
            continue
        fits = {
            (p.role, p.country)
            for p in officials
            if p is not o and p.role and p.country and p.role.startswith(o.role + " of ")
            and o.country in (None, p.country) and not _igo_post_for_state_head(o.role, p.country)
            and not joined(o, p)
        }
        if len(fits) == 1:
            o.role, o.country = next(iter(fits))


def _igo_post_for_state_head(head: str, country: str) -> bool:
    """"President X" beside "the President of the UN General Assembly, Y": a head only states
    have alone (``titles.json`` "governmental_heads") does not abbreviate an IGO's post."""
    org = gazetteer.organisation(country)
    return org is not None and org.kind == "igo" and head in gazetteer.titles().get("governmental_heads", [])


def _surnames_mistagged(doc: "Doc", officials: list[Official]) -> None:
    """An official's surname the tagger did not take for a person ("Larios said"): an alias.

    Spelt as the official's or within a typo of it ("Larreta" for an article's first
    "Esteban Larretta"), when only one official of the article has a surname that close.
    """
    full = [o for o in officials if len(o.name.split()) >= 2]
    for i in proper_nouns(doc):
        tok = doc[i]
        if tok.ent_type_ == "PERSON" or not tok.text[:1].isupper() or len(tok.text) < 4:
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


def _evidence(sent: "Span") -> Evidence:
    # the sentence's text sliced from the document's (``Span.text`` joins a new token per word)
    return Evidence(doc_text(sent.doc)[sent.start_char : sent.end_char], sent.start_char, sent.end_char)
