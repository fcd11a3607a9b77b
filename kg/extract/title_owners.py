"""Whose post a title is when the text names its owner apart from the title: "its commander,
X" (the body or state "its" refers to, in the sentence or the one before; after only a
quotation, in the one before), "the agency's director, X" (the body named before), "the
ministry spokesperson X" (the body named in the article). A body that is no state's gives
no post. Part of :mod:`.title_before`, which reads the title itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import gazetteer
from ..parse import doc_text
from .post_reading import _body_name, _phrase, _spokesperson, named_bodies
from .roles import Role, parse_title
from .title_bodies import bodies_named_with

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _of_its_owner(sent: "Span", its: int, role: Role) -> Role | None:
    """"the Guard would grow, and its commander, X": the post is of the body "its" refers to,
    the last one the sentence names before it, named in full as the article names it; None
    when that is no body of a state or an IGO (``state_body_words`` for bodies the data lacks)."""
    doc = sent.doc
    before = doc[sent.start : its].text.replace("\u2019", "'")
    orgs = gazetteer.find_organisations(before)
    # '"We lack nurses," said its president, X': only a quotation before "its" names no owner
    quoted = its > sent.start and not any(t.pos_ in ("NOUN", "PROPN") for t in _outside_quotes(doc[sent.start : its]))
    if (its == sent.start or quoted) and sent.start > 0:
        # "The U.N. refugee agency UNHCR said ... Its representative in Guatemala, X": a
        # sentence opened by "its" refers to the last body the sentence before names
        before = doc[sent.start - 1].sent.text.replace("\u2019", "'")
        orgs = gazetteer.find_organisations(before)
        if not orgs:
            owned = _of_its_government(before, role)
            return owned if owned is not None or not _names_another_body(doc, before) else Role(
                role.role, None, role.head, excluded=True)  # "The Nurses' Association warned ... its president"
    if orgs:
        s, e, org = orgs[-1]
        if org.kind not in ("agency", "igo"):
            return None  # "Amnesty said its director": no post for a state
        if org.kind == "igo":
            return Role(role.role, org.serves, role.head)
        return Role(f"{role.role} of {_body_name(org, before[s:e])}", role.country or org.serves, role.head)
    bodies = list(re.finditer(r"\b[Tt]he\s+((?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)", before))
    if not bodies:
        return _of_its_state(doc[sent.start : its], role)
    return _post_of_body(doc, bodies[-1].group(1), role)


def _outside_quotes(words: "Span") -> list["Token"]:
    """The tokens of ``words`` outside quotation marks."""
    out, inside = [], False
    for t in words:
        if t.text in ('"', "“", "”"):
            inside = t.text == "“" or (t.text == '"' and not inside)
            continue
        if not inside:
            out.append(t)
    return out


def _names_another_body(doc: "Doc", before: str) -> bool:
    """Whether ``before`` names a body ("the Nursing Association of Nepal") that is no state's."""
    bodies = [b.group(1) for b in re.finditer(r"\b[Tt]he\s+((?:[A-Z][\w-]+\s+(?:of\s+)?){1,4}[A-Z][\w-]+)", before)]
    return bool(bodies) and _post_of_body(doc, bodies[-1], Role("", None, ""), named=True) is None \
        and not gazetteer.find_countries(bodies[-1].split(" of ")[0])


def _of_its_state(words: "Span", role: Role) -> Role | None:
    """"Algiers recalled its ambassador, X": a state, or its capital, that is the subject
    before "its" is the one the post serves."""
    for t in words:
        state = gazetteer.country(t.text)
        name = state.name if state is not None else gazetteer.dateline_places().get(t.text)
        if t.dep_ == "nsubj" and name is not None:
            return Role(role.role, role.country or name, role.head, role.excluded)
    return None


def _of_its_government(before: str, role: Role) -> Role | None:
    """"The Rwandan government welcomed the ruling. Its spokeswoman, X": the post is the
    government's, of the state the sentence before names with a word for its government."""
    governments = gazetteer.grammar_words("governments")
    states = [c for _, e, c in gazetteer.find_countries(before)
              if (before[e:].split() or [""])[0].strip(".,;:").lower() in governments]
    if not states:
        return None
    titled = gazetteer.titles().get("government_titled_heads", {}).get("heads", [])
    title = f"Government {role.role}" if role.head in titled else role.role
    return Role(title, states[-1].name, role.head)


def _spokesperson_of_named_body(doc: "Doc", noun: str, title: str) -> Role | None:
    """"The State Department said ... department spokeswoman X": a spokesperson of the one state
    agency or IGO the article names with that noun in its name."""
    if noun not in gazetteer.grammar_words("body_nouns"):
        return None
    named = {
        org.name: written for written, org in named_bodies(doc)
        if org.kind in ("agency", "igo") and noun in written.lower().split()
    }
    if len(named) != 1:
        return None
    written = next(iter(named.values()))
    return _spokesperson(f"{written} {title}", gazetteer.find_organisations(f"{written} {title}"))


#: how far back "the agency's" looks for the body it refers to (about two sentences)
_BODY_LOOKBACK = 400


def _of_the_body_before(before: str, noun: str, bare: Role | None) -> Role | None:
    """"The UNHCR said ... the agency's Assistant High Commissioner, X": the one international
    body or state agency the text named just before, for a body noun (``titles.json``
    "grammar_words" "body_nouns")."""
    if bare is None or bare.excluded or noun not in gazetteer.grammar_words("body_nouns"):
        return None
    found = {o for _, _, o in gazetteer.find_organisations(before[-_BODY_LOOKBACK:]) if o.kind in ("igo", "agency") and o.serves}
    if len(found) != 1:
        return None
    return Role(bare.role, found.pop().serves, bare.head)


def _of_named_owner(sent: "Span", words: list["Token"]) -> Role | None:
    """"The Guard's commander, General X": the post of the state body named before "'s",
    read as for "its commander" (:func:`_post_of_body`)."""
    pos = next((k for k, w in enumerate(words) if w.tag_ == "POS" or w.text in ("'s", "’s")), None)
    if not pos or pos == len(words) - 1:
        return None
    owner = words[:pos]
    doc = sent.doc
    if len(owner) == 1 and owner[0].is_lower and owner[0].pos_ == "NOUN" and owner[0].i > 0 \
            and doc[owner[0].i - 1].lower_ in gazetteer.grammar_words("articles"):
        # "staff of the Guatemalan Migration Institute ..., the institute's director, X": the one
        # body the text named before with that noun ending its name
        noun = owner[0].text.title()
        before = doc_text(doc)[: owner[0].idx].replace("\u2019", "'")
        names = {n for n in bodies_named_with(before, noun) if n != noun}
        bare = parse_title(_phrase(words[pos + 1 :]))
        if len(names) != 1:
            return _of_the_body_before(before, owner[0].lower_, bare)
        if bare is None or bare.excluded or " of " in bare.role:
            return None
        return _post_of_body(doc, names.pop(), bare, named=True)
    if not all(w.text[:1].isupper() and w.is_alpha and w.ent_type_ != "PERSON" for w in owner):
        return None
    if owner[0].i == 0 or doc[owner[0].i - 1].lower_ not in gazetteer.grammar_words("articles"):
        return None  # "the Guard's": a body, not a person or a country
    if gazetteer.find_organisations(" ".join(w.text for w in owner)):
        return None  # a body the data knows: read by the title's own parse
    bare = parse_title(_phrase(words[pos + 1 :]))
    if bare is None or bare.excluded:
        return None
    # "the Kurdistan Region's Minister of Interior": a post with a portfolio of a government
    # below the state's, named with a word for one ("Region")
    if " of " in bare.role and not set(gazetteer.titles().get("sub_state_words", [])) & {w.text for w in owner}:
        return None
    return _post_of_body(doc, " ".join(w.text for w in owner), bare)


def _post_of_body(doc: "Doc", short: str, role: Role, *, named: bool = False) -> Role | None:
    """The post ``role`` of the body the text calls ``short`` ("the Guard"), named in full as the
    article names it; None when that is no body of a state or an IGO. A body ``named`` in full
    may hold a demonym ("the Guatemalan Migration Institute"), not be a country."""
    if named and (gazetteer.country(short) or short in gazetteer.place_names()):
        return None
    if not named and (gazetteer.find_countries(short) or short in gazetteer.place_names()):
        return None
    # "the Guard" after "the National Guard": the longest name the article gives it
    names = re.findall(rf"\b((?:[A-Z][\w-]+\s+){{0,3}}){re.escape(short)}\b", doc_text(doc))
    full = max((re.sub(r"^(?:The|A|An)\s+", "", f"{n}{short}") for n in names), key=len, default=short)
    org = gazetteer.organisation(full)
    if org is not None and org.kind not in ("agency", "igo"):
        return None
    state_words = set(gazetteer.titles().get("state_body_words", {}).get("words", []))
    if org is None and not state_words & set(full.split()):
        return None  # "the Red Cross said its director": not a body of a state
    country = role.country or (org.serves if org is not None else None)
    return Role(f"{role.role} of the {full}", country, role.head)
