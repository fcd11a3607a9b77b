"""Officials: people the article names with a post they hold for a state or an IGO.

Patterns, strongest first (the confidence of the fact says which one was read):

- a title before the name: "Guatemalan Minister of Government Esteban Larreta",
  "Mexico's Interior Secretary Beatriz Ruiz Esparza", "DHS Secretary Kirsten Halvorsen",
  "State Department spokesperson Jane Doe", also across a comma ("El Salvador's minister
  of foreign affairs, Lorena Vidal");
- an apposition after the name: "Lorena Vidal, El Salvador's minister of foreign affairs";
- a surname after a title, expanded to the full name the article gives elsewhere or, for
  well-known office holders, the one ``kg/data/office_holders.json`` lists ("President
  Obrador");
- a verb that gives the post after the name ("X, who resigned as acting secretary", "X was
  sworn in as ...", "X, who heads Customs and Border Protection"; phrases in ``titles.json``);
- a counterpart of an official named before ("his Guatemalan counterpart, X");
- a title read without a country takes the one of a same-portfolio ministry the sentence
  names before the person ("The Salvadoran Foreign Ministry said ... the foreign minister, X");
- a well-known office holder named with no post ("after Trump accused ..."), weakest.

A title may be separated from the name by a qualifier ("interior minister at the time, X")
or an acronym in brackets ("... Enforcement (ICE), X"), belong to the body before "whose"
("the National Migration Institute, whose commissioner, X"), sit at a body ("senior director
for ... at the National Security Council"), or follow a copula ("X is the regional
representative for Central America of UNHCR"; the region is the post's remit, not a person).

Roles are the post the text gives, normalised (guidelines, "role"): "X for Y" stays in the
text's order with the text's English body name ("Spokesperson for the Guatemalan Migration
Institute"); the head of a unit of a body keeps the text's words ("USAID Mission Director");
a modifier after the title is kept ("Chargé d'Affaires a.i." -> "... ad interim"); judges
are officials, US federal judges titled by their court ("U.S. District Judge"); an office
named as its IGO takes the IGO's full name ("United Nations High Commissioner for
Refugees"), also when the text gives the bare title and names that one IGO. Any other post
of an IGO's official leaves the IGO's name out, the IGO being ``country`` ("spokesperson for
the UN Refugee Agency" -> "Spokesperson"; "director general of IOM" -> "Director General");
a country it works in is the remit ("Chief of Mission in Guatemala"). A diplomat "in" a
capital is posted to its state ("ambassador in Washington" -> "Ambassador to United States").
"Who runs X as its acting commissioner" gives that post of X; "who leads X in an acting
capacity" the body's head title (``organisations.json`` "head"), acting; "its commander,
General X" the post of the body the sentence names before "its" (the rank is skipped).

A post read without its state takes one, with less confidence at each step: the known
office holder's (``office_holders.json``); the state whose same-portfolio ministry the
sentence names; the one state the sentence names (its cities count), then the paragraph,
then the dateline ("TEGUCIGALPA –"); never a state without such a post (no US "Minister").
A diplomat takes only the state whose embassy the article names. "Attorney General" alone is
the US post (``heads_of_one_state``). A known holder named only as a modifier ("the Trump
administration", "Trump's policy") is no official.

Names follow :mod:`kg.extract.people` (canonical forms, first surnames); an official of a
state whose people carry two surnames is cited by the first ("Lorena Vidal Ayala" ->
"Lorena Vidal").

Titles are read by :func:`kg.extract.roles.parse_title` from the data files; a title at a
non-governmental organisation or news outlet, or of a former office, is no post. One
:class:`Official` per person: the canonical name (:mod:`kg.extract.people`), the best post
read, the sentence that states it as evidence, the spellings seen as aliases. The step also
fills ``ctx.people`` so later extractors resolve "Mallory" to "Kevin Mallory".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from .. import gazetteer
from ..facts import Evidence, Official
from ..parse import doc_text
from .parties import sentences
from rapidfuzz import fuzz

from .people import NAME_SIMILARITY, SURNAME_SIMILARITY, first_surname_form, is_given_name, surname
from .people import build_people, canonical_form, known_person, known_surname, canonical_in_article, clean, fold, is_person_entity, name_of
from .post_patterns import find_posts
from .roles import Role, is_head_word, parse_title, title_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from . import Context

# confidences by the pattern that found the post
TITLE_WITH_COUNTRY = 0.9
APPOSITION = 0.85
POST_VERB = 0.8
TITLE_WITHOUT_COUNTRY = 0.75
KNOWN_HOLDER_BY_SURNAME = 0.7
SENTENCE_COUNTRY = 0.7
CONTEXT_COUNTRY = 0.6  # the state only from the paragraph or the dateline
KNOWN_HOLDER_NO_POST = 0.5

_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their"}
# entity labels the tagger gives names it does not recognise as people ("Hugo Almeida" a WORK_OF_ART)
_MISLABELS = {"", "ORG", "WORK_OF_ART", "LAW", "PRODUCT"}
_CONNECTORS = {"and", "of", "for", "the", ",", "a", "an"}


@dataclass
class _Mention:
    """One naming of a person in a sentence, with the post read beside it (if any)."""

    text: str  # the name as written, cleaned
    sentence: "Span"
    start: int  # token index of the name
    role: Role | None = None
    confidence: float = 0.0
    after_title: bool = False  # the name directly follows a title ("President Trump")


@dataclass
class _Person:
    name: str
    mentions: list[_Mention] = field(default_factory=list)


def extract_officials(doc: "Doc", ctx: "Context") -> list[Official]:
    """The officials an article names, one per person; fills ``ctx.people``."""
    mentions: list[_Mention] = []
    for sent in _sentences(doc):
        mentions.extend(_mentions_in(sent))
    people = _people_map(doc, mentions, ctx)
    ctx.people.update(people)
    persons: dict[str, _Person] = {}
    for m in mentions:
        name = canonical_in_article(m.text, ctx.people)
        persons.setdefault(name, _Person(name)).mentions.append(m)
    made = [(_official(p, ctx), p) for p in persons.values()]
    officials = [o for o, _ in made if o is not None]
    _complete_bare_titles(officials)
    for o, p in made:
        if o is not None and o.country is None:
            o.country = _sentence_country(p)
            if o.country:
                o.confidence = min(o.confidence, SENTENCE_COUNTRY)
        if o is not None and o.country is None:
            o.country = _context_country(p, ctx)
            if o.country:
                o.confidence = min(o.confidence, CONTEXT_COUNTRY)
    _hosts_by_dateline(officials, ctx)
    _known_spellings(officials, ctx)
    _surnames_mistagged(doc, officials)
    _first_surnames(officials, ctx)
    for o in officials:
        ctx.people.setdefault(o.name, o.name)
        for alias in o.aliases:
            ctx.people.setdefault(alias, o.name)
    return officials


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


# --------------------------------------------------------------------------- find mentions


def _sentences(doc: "Doc") -> list["Span"]:
    """The article's sentences, rejoined where the parser cut after a modifier written after
    a title ("U.S. Chargé d'Affaires a.i. | Colleen Hoey and ...")."""
    out: list["Span"] = []
    for sent in sentences(doc):
        if out and out[-1].end == sent.start and _ends_in_post_modifier(out[-1]):
            out[-1] = doc[out[-1].start : sent.end]
        else:
            out.append(sent)
    return out


def _ends_in_post_modifier(sent: "Span") -> bool:
    tail = sent.text.rstrip()
    return any(
        re.search(rf"(?i)(?<!\w){re.escape(w.rstrip('.'))}\.?$", tail)
        for w in gazetteer.titles().get("post_modifiers", {})
        if "." in w
    )


@cache
def _post_modifier_words() -> frozenset[str]:
    words: set[str] = set()
    for w in gazetteer.titles().get("post_modifiers", {}):
        words.update(w.lower().split())
        words.update(x.rstrip(".") for x in w.lower().split())
    return frozenset(words)


def _mentions_in(sent: "Span") -> list[_Mention]:
    """Every person named in a sentence, with the post a title beside the name gives."""
    units = _units(sent)
    out: list[_Mention] = []
    taken: set[int] = set()
    for ent in sent.ents:
        if not is_person_entity(ent):
            continue
        name = name_of(ent)
        end = _extend_name(sent, ent.end, units)
        start = _extend_start(sent, name.start, units)
        taken.update(range(start, end))
        out.append(_read(sent, start, end, units))
    _counterparts(sent, out, units)
    for start, end in _untagged_names(sent, units, taken):
        # a full name the tagger took for a work or a law may take the apposition after it
        mislabelled = (
            end - start >= 2
            and all(t.ent_type_ in _MISLABELS for t in sent.doc[start:end])
            and not (start > sent.start and sent.doc[start - 1].lower_ in _DETERMINERS)  # "the Oval Office"
            and sent.doc[start:end].text not in gazetteer.place_names()
        )
        m = _read(sent, start, end, units, appositions=mislabelled)
        # a capitalised run counts as a name only after a title, or as a full name before a
        # verb that gives a post ("NOV 13 - Chad Wolf is sworn in as ...", tagged a law)
        full_name = end - start >= 2
        closed = end < sent.end and sent.doc[end].text == ","  # "the foreign minister, X Y Z, signed"
        if m.role is not None and (
            m.after_title
            or (full_name and (m.confidence == POST_VERB or (m.confidence == APPOSITION and (closed or mislabelled))))
        ):
            out.append(m)
        elif m.role is None and full_name and known_person(m.text) is not None:
            out.append(m)  # "López Obrador's government": a known holder's multi-word name, untagged
        elif m.role is None and not full_name and known_surname(m.text) is not None:
            out.append(m)  # "Trump said", tagged an organisation: a known holder's listed surname
    return out


def _counterparts(sent: "Span", mentions: list[_Mention], units: set[int]) -> None:
    """"Honduran Foreign Minister X and his Guatemalan counterpart, Y": Y holds X's post for Guatemala."""
    doc = sent.doc
    for k, m in enumerate(mentions):
        if m.role is not None or k == 0:
            continue
        i = m.start - 1
        if i >= sent.start and doc[i].text == ",":
            i -= 1
        if i < sent.start or doc[i].lower_ not in ("counterpart", "counterparts"):
            continue
        before = next((p for p in reversed(mentions[:k]) if p.role is not None and not p.role.excluded), None)
        if before is None:
            continue
        j = i - 1
        while j >= sent.start and j in units:
            j -= 1
        found = gazetteer.find_countries(doc[j + 1 : i].text) if j + 1 < i else []
        country = found[0][2].name if found else None
        if country is None or country == before.role.country:
            continue
        role = before.role.role
        m.role = Role(role, country, before.role.head)
        m.confidence = SENTENCE_COUNTRY


def _extend_start(sent: "Span", start: int, units: set[int]) -> int:
    """The start of a name whose given name the tagger left out: "Jaime" + "Sotelo" (tagged)."""
    doc = sent.doc
    k = start - 1
    if k >= sent.start and doc[k].ent_type_ in ("", "PERSON") and _namelike(doc[k], units):
        if is_given_name(doc[k].text):
            return k
    return start


def _extend_name(sent: "Span", end: int, units: set[int]) -> int:
    """The end of a name the tagger cut short: "Lucía Barrera" + "Toledo" (tagged a city)."""
    doc = sent.doc
    if end < sent.end and doc[end].ent_type_ in ("", "GPE") and _namelike(doc[end], units):
        return end + 1
    return end


def _read(sent: "Span", start: int, end: int, units: set[int], *, appositions: bool = True) -> _Mention:
    doc = sent.doc
    mention = _Mention(clean(doc[start:end].text), sent, start)
    by_pattern = next((p.role for p in find_posts(sent) if p.start <= start < p.end), None)
    if by_pattern is not None:
        mention.role, mention.confidence = by_pattern, POST_VERB
        return mention
    before = _title_before(sent, start, units)
    if before is not None:
        mention.role, direct = before
        mention.after_title = direct
        # a state only implied by the post ("Attorney General X") is read with less confidence
        stated = mention.role.country and not mention.role.implied_country
        mention.confidence = TITLE_WITH_COUNTRY if stated else TITLE_WITHOUT_COUNTRY
        if not direct:
            mention.confidence = APPOSITION
        return mention
    after = _title_after(sent, end, units) if appositions else None
    if after is not None:
        mention.role, mention.confidence = after, APPOSITION
        return mention
    by_verb = _post_by_verb(sent, end, units) or _head_by_verb(sent, end, units)
    if by_verb is not None:
        mention.role, mention.confidence = by_verb, POST_VERB
        return mention
    party = _party_designation(sent, end)
    if party is not None:
        mention.role, mention.confidence = party, TITLE_WITHOUT_COUNTRY
    return mention


def _units(sent: "Span") -> set[int]:
    """Token indices inside a country or organisation mention ("El Salvador", "DHS")."""
    spans = [(s, e) for s, e, _ in gazetteer.find_countries(sent.text)]
    spans += [(s, e) for s, e, _ in gazetteer.find_organisations(sent.text)]
    spans += [(m.start(), m.end()) for m in _local_place_regex().finditer(sent.text)]
    out: set[int] = set()
    for tok in sent:
        rel = tok.idx - sent.start_char
        if any(s <= rel < e for s, e in spans):
            out.add(tok.i)
    return out


@cache
def _local_place_regex() -> re.Pattern[str]:
    names = sorted([*gazetteer.local_places(), *gazetteer.titles().get("world_regions", [])], key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def _titleish(tok: "Token", units: set[int]) -> bool:
    """Whether a token can be part of a title phrase."""
    if tok.i in units:
        return True
    if tok.tag_ == "POS" or tok.text in ("'s", "’s", "'", "’"):
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        return prev is not None and (prev.i in units or (prev.text[:1].isupper() and prev.is_alpha))
    low = tok.lower_
    t = gazetteer.titles()
    if low in _post_modifier_words() and tok.i > 0 and (
        is_head_word(tok.doc[tok.i - 1].text) or tok.doc[tok.i - 1].lower_ in _post_modifier_words()
        or tok.doc[tok.i - 1].text.endswith("Affaires")
    ):
        return True  # "Chargé d'Affaires a.i.", "... ad interim"
    if low == "." and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _post_modifier_words():
        return True
    if low in ("to", "at"):
        return _links_a_unit(tok, units)
    if low == "in":  # "chief of mission in Guatemala", "ambassador in Washington"
        return tok.i > 0 and tok.doc[tok.i - 1].lower_ in title_words() and (
            _links_a_unit(tok, units) or _diplomat_in_capital(tok)
        )
    if low in title_words() or low in t["modifiers_excluding"] or low in _spokes_words() or low in _ignored_words():
        return True
    if _in_compound(tok):  # "Co-operation": the parts of a hyphenated word are one word
        return _titleish(tok.doc[tok.i - 1] if tok.text in _HYPHENS else tok.doc[tok.i - 2], units)
    if tok.text in ("-", "‑") and 0 < tok.i < len(tok.doc) - 1:  # "Secretary-General", "president-elect" split
        after = tok.doc[tok.i + 1]
        return is_head_word(tok.doc[tok.i - 1].text) and (is_head_word(after.text) or after.lower_ in t["modifiers_excluding"])
    if tok.text[:1].isupper() and tok.ent_type_ != "PERSON" and tok.is_alpha:
        return tok.pos_ in ("PROPN", "NOUN", "ADJ")  # an unlisted portfolio: "Agriculture"
    if (tok.is_lower and tok.pos_ == "NOUN" and tok.dep_ == "compound" and is_head_word(tok.head.text)
            and tok.head.lower_ not in t["chief_words"]):
        return True  # a lower-case unlisted portfolio: "the EU's enlargement commissioner"
    return False


_HYPHENS = ("-", "\u2011")


def _in_compound(tok: "Token") -> bool:
    """Whether ``tok`` is the hyphen or the second part of a hyphenated word written without spaces."""
    doc = tok.doc
    if tok.text in _HYPHENS:
        return 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_ and not tok.whitespace_ and doc[tok.i + 1].is_lower
    return tok.i > 1 and tok.is_lower and doc[tok.i - 1].text in _HYPHENS and not doc[tok.i - 1].whitespace_ \
        and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].is_alpha


@cache
def _ignored_words() -> frozenset[str]:
    return frozenset(w.lower() for w in gazetteer.titles().get("modifiers_ignored", []))


def _diplomat_in_capital(tok: "Token") -> bool:
    """"ambassador in Washington": a capital that names a government (a dateline place) after a diplomat."""
    doc = tok.doc
    diplomats = {h.lower() for h in gazetteer.titles().get("diplomatic_heads", [])}
    return (
        doc[tok.i - 1].lower_ in diplomats
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text in gazetteer.dateline_places()
    )


def _links_a_unit(tok: "Token", units: set[int]) -> bool:
    """"Ambassador to Guatemala", "director at the National Security Council": part of the title."""
    doc = tok.doc
    k = tok.i + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    return k < len(doc) and k in units and tok.i > 0 and (is_head_word(doc[tok.i - 1].text) or doc[tok.i - 1].is_alpha)


def _title_before(sent: "Span", start: int, units: set[int]) -> tuple[Role, bool] | None:
    """The post a title right before a name gives, and whether it is directly before."""
    doc = sent.doc
    named_at = _before_honorific(sent, start - 1)
    i = _before_rank(sent, named_at)
    direct = i == named_at
    if i >= sent.start and doc[i].text == ",":
        direct, i = False, i - 1
        i = _before_qualifier(sent, i)
    # "the acting director of Immigration and Customs Enforcement (ICE), X": an acronym in brackets
    if i - 2 >= sent.start and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].text.isupper():
        i -= 3
    j = i
    while j >= sent.start and _titleish(doc[j], units):
        j -= 1
    words = [t for t in doc[j + 1 : i + 1]]
    after_named = bool(words) and words[0].dep_ == "cc" and j >= sent.start and doc[j].ent_type_ == "PERSON"
    while words and words[0].lower_ in _CONNECTORS:
        words.pop(0)
    words, shared = _last_coordinated_title(_from_title_start(words, units))
    if shared is None and after_named:
        shared = _state_of_named_before(sent, j, units)
    if not words or not _has_head(words):
        return None
    if j >= sent.start and doc[j].lower_ == "whose":
        words = _whose_owner(sent, j, units) + words
    if not direct and words[-1].text[:1].isupper() and not is_head_word(words[-1].text) and words[-1].i in units:
        k = words[-1].i
        while k > words[0].i and doc[k - 1].i in units:
            k -= 1
        linked = doc[k - 2] if doc[k - 1].lower_ == "the" else doc[k - 1]
        # "cites the U.N. High Commissioner for Refugees, X": a body's name holding a head is a title
        if linked.lower_ not in ("of", "for", "to", "at", "in") and not _has_head(list(doc[k : words[-1].i + 1])):
            return None  # "in Mexico, Ebrard said": a place, not a title; but "the secretary of ... of the United States, X"
    role = _role(words, units)
    if role is None and len(words) >= 2 and words[0].is_lower and all(w.lower_ in _spokes_words() for w in words[1:]):
        role = _spokesperson_of_named_body(doc, words[0].lower_, _phrase(words[1:]))
    if j - 1 >= sent.start and (doc[j].tag_ == "POS" or doc[j].text in ("'s", "’s")) and doc[j - 1].is_lower:
        words = [doc[j - 1], doc[j], *words]  # "the institute's director": a noun for a body named before
    owned = _of_named_owner(sent, words) if role is None or role.country is None and " of " not in role.role else None
    if owned is not None:
        return owned, direct
    if j >= sent.start and doc[j].lower_ == "its" and (role is None or " of " not in role.role):
        bare = role or parse_title(_phrase(words))
        if bare is not None and not bare.excluded:
            role = _of_its_owner(sent, j, bare) or role
    if role is not None and role.country is None and shared is not None:
        role = Role(role.role, shared, role.head, role.excluded)  # the state named before the conjunction
    return (role, direct) if role is not None else None


def _state_of_named_before(sent: "Span", j: int, units: set[int]) -> str | None:
    """"German Chancellor X and Interior Minister Y": the state of the title before the name
    that ends at token ``j``, which a coordinated title after it shares."""
    doc = sent.doc
    k = j
    while k > sent.start and doc[k - 1].ent_type_ == "PERSON":
        k -= 1
    before = _title_before(sent, k, units) if k > sent.start else None
    return before[0].country if before is not None else None


def _last_coordinated_title(words: list["Token"]) -> tuple[list["Token"], str | None]:
    """"German Chancellor Olaf Scholz and Interior Minister X": the title of X is the last of
    two coordinated titles, when both sides of the conjunction have a head of their own (a
    portfolio such as "Justice and Public Security" has none after the conjunction); with
    the state the first one names, which the second shares when it names none."""
    for k in range(len(words) - 1, 0, -1):
        if words[k].dep_ == "cc" or words[k].text == ",":
            head, tail = words[:k], words[k + 1 :]
            if _has_head(head) and _has_head(tail) and parse_title(_phrase(tail)) is not None:
                first = parse_title(_phrase(head))
                return tail, first.country if first is not None else None
    return words, None


def _before_honorific(sent: "Span", i: int) -> int:
    """"Minister of X, Dr. Y": the index before the honorifics written before a name (``titles.json``)."""
    honorifics = {h.rstrip(".") for h in gazetteer.titles().get("honorifics", [])}
    doc = sent.doc
    while i >= sent.start and (doc[i].text.rstrip(".") in honorifics or (doc[i].text == "." and i - 1 >= sent.start
                                                                       and doc[i - 1].text in honorifics)):
        i -= 2 if doc[i].text == "." else 1
    return i


def _before_rank(sent: "Span", i: int) -> int:
    """"its commander, General X": the index before a military rank written before the name, else ``i``."""
    doc = sent.doc
    ranks = gazetteer.titles().get("military_ranks", {}).get("ranks", [])
    for rank in sorted(ranks, key=lambda r: -len(r)):
        k = i
        for word in reversed(rank.replace(".", " .").split()):
            if k < sent.start or doc[k].text.rstrip(".") != word.rstrip(".") and doc[k].text != word:
                break
            k -= 1
        else:
            if k >= sent.start and doc[k].text == ",":
                return k  # only a rank after a post: "General X" alone gives no post
    return i


def _of_its_owner(sent: "Span", its: int, role: Role) -> Role | None:
    """"the Guard would grow, and its commander, X": the post is of the body "its" refers to,
    the last one the sentence names before it, named in full as the article names it; None
    when that is no body of a state or an IGO (``state_body_words`` for bodies the data lacks)."""
    doc = sent.doc
    before = doc[sent.start : its].text.replace("\u2019", "'")
    orgs = gazetteer.find_organisations(before)
    if its == sent.start and sent.start > 0:
        # "The U.N. refugee agency UNHCR said ... Its representative in Guatemala, X": a
        # sentence opened by "its" refers to the last body the sentence before names
        before = doc[sent.start - 1].sent.text.replace("\u2019", "'")
        orgs = gazetteer.find_organisations(before)
        if not orgs:
            return None
    if orgs:
        s, e, org = orgs[-1]
        if org.kind not in ("agency", "igo"):
            return None  # "Amnesty said its director": no post for a state
        if org.kind == "igo":
            return Role(role.role, org.serves, role.head)
        return Role(f"{role.role} of {_body_name(org, before[s:e])}", role.country or org.serves, role.head)
    bodies = list(re.finditer(r"\b[Tt]he\s+((?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)", before))
    if not bodies:
        return None
    return _post_of_body(doc, bodies[-1].group(1), role)


_BODY_NOUNS = {"department", "ministry", "agency", "institute", "embassy", "secretariat", "commission"}


def _spokesperson_of_named_body(doc: "Doc", noun: str, title: str) -> Role | None:
    """"The State Department said ... department spokeswoman X": a spokesperson of the one state
    agency or IGO the article names with that noun in its name."""
    if noun not in _BODY_NOUNS:
        return None
    text = doc_text(doc).replace("\u2019", "'")
    named = {
        org.name: text[s:e] for s, e, org in gazetteer.find_organisations(text)
        if org.kind in ("agency", "igo") and noun in text[s:e].lower().split()
    }
    if len(named) != 1:
        return None
    written = next(iter(named.values()))
    return _spokesperson(f"{written} {title}", gazetteer.find_organisations(f"{written} {title}"))


def _of_named_owner(sent: "Span", words: list["Token"]) -> Role | None:
    """"The Guard's commander, General X": the post of the state body named before "'s",
    read as for "its commander" (:func:`_post_of_body`)."""
    pos = next((k for k, w in enumerate(words) if w.tag_ == "POS" or w.text in ("'s", "’s")), None)
    if not pos or pos == len(words) - 1:
        return None
    owner = words[:pos]
    doc = sent.doc
    if len(owner) == 1 and owner[0].is_lower and owner[0].pos_ == "NOUN" and owner[0].i > 0 \
            and doc[owner[0].i - 1].lower_ == "the":
        # "staff of the Guatemalan Migration Institute ..., the institute's director, X": the one
        # body the text named before with that noun ending its name
        noun = owner[0].text.title()
        before = doc_text(doc)[: owner[0].idx].replace("\u2019", "'")
        names = {m.group(1) for m in re.finditer(rf"\b((?:[A-Z][\w-]+\s+){{1,4}}){noun}\b", before)}
        names = {f"{n}{noun}".strip() for n in names}
        names = {n for n in names if not any(o != n and o.endswith(" " + n) for o in names)}
        names = {re.sub(r"^(?:The|A|An)\s+", "", n) for n in names}
        if len(names) != 1:
            return None
        bare = parse_title(_phrase(words[pos + 1 :]))
        if bare is None or bare.excluded or " of " in bare.role:
            return None
        return _post_of_body(doc, names.pop(), bare, named=True)
    if not all(w.text[:1].isupper() and w.is_alpha and w.ent_type_ != "PERSON" for w in owner):
        return None
    if owner[0].i == 0 or doc[owner[0].i - 1].lower_ != "the":
        return None  # "the Guard's": a body, not a person or a country
    if gazetteer.find_organisations(" ".join(w.text for w in owner)):
        return None  # a body the data knows: read by the title's own parse
    bare = parse_title(_phrase(words[pos + 1 :]))
    if bare is None or bare.excluded or " of " in bare.role:
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


def _before_qualifier(sent: "Span", i: int) -> int:
    """"interior minister at the time, X": the index before a qualifier that ends the title, else ``i``."""
    doc = sent.doc
    for q in sorted(gazetteer.titles().get("qualifiers", []), key=lambda q: -len(q.split())):
        n = len(q.split())
        k = i - n + 1
        if k > sent.start and " ".join(t.lower_ for t in doc[k : i + 1]) == q and is_head_word(doc[k - 1].text):
            return k - 1
    return i


def _whose_owner(sent: "Span", whose: int, units: set[int]) -> list["Token"]:
    """"the National Migration Institute, whose commissioner, X": the body the title belongs to."""
    doc = sent.doc
    k = whose - 1
    if k >= sent.start and doc[k].text == ",":
        k -= 1
    end = k
    while k >= sent.start and k in units:
        k -= 1
    return list(doc[k + 1 : end + 1])


def _from_title_start(words: list["Token"], units: set[int]) -> list["Token"]:
    """"the government of President X": the title starts after an "of" that comes before any head.

    Not inside an organisation's name ("Department of Homeland Security Secretary").
    """
    for k, w in enumerate(words):
        if w.lower_ in ("of", "for"):  # checked first: "of" is part of "Chief of Staff"
            rest = words[k + 1 :]
            # "spokesman for the European Commission": a body after "for" is the post's
            return rest if _has_head(rest) and parse_title(_phrase(rest)) is not None else words
        if is_head_word(w.text) or w.i in units:
            return words
    return words


def _title_after(sent: "Span", end: int, units: set[int]) -> Role | None:
    """The post an apposition gives: "X, El Salvador's minister of foreign affairs," ."""
    doc = sent.doc
    if end >= sent.end or doc[end].text != ",":
        return None
    k = end + 1
    while k < sent.end and doc[k].lower_ in _DETERMINERS:
        k += 1
    words, k = _title_words(sent, k, units)
    if not words:
        return None
    if words[-1].text in ("'s", "’s", "'", "’"):
        return None  # "X, the ministry's ..." is not a title
    if k < sent.end and doc[k].text not in (",", ".", ";", ")", "—", "–", "-") and not doc[k].is_space:
        # "X, foreign minister said": only a full apposition names the post
        if doc[k].pos_ in ("VERB", "AUX") and len(words) <= 2 and not any(t.i in units for t in words):
            return None
    return _role(words, units)


def _post_by_verb(sent: "Span", end: int, units: set[int]) -> Role | None:
    """"X, who resigned as acting secretary", "X was sworn in as acting Secretary of Homeland Security".

    The post a verb phrase of ``titles.json`` ("post_verbs") gives, read from the title that follows.
    """
    doc = sent.doc
    k = end
    if k < sent.end and doc[k].text == ",":
        k += 1
    k = _after_phrase(sent, k, "post_verbs")
    if k is None:
        return None
    while k < sent.end and doc[k].lower_ in _DETERMINERS:
        k += 1
    words, _ = _title_words(sent, k, units)
    return _role(words, units) if words else None


def _after_phrase(sent: "Span", k: int, vocabulary: str) -> int | None:
    """Where the longest phrase of ``titles.json``'s ``vocabulary`` starting at token ``k`` ends, or None."""
    for phrase in sorted(gazetteer.titles().get(vocabulary, []), key=lambda p: -len(p.split())):
        words = phrase.split()
        if [t.lower_ for t in sent.doc[k : min(sent.end, k + len(words))]] == words:
            return k + len(words)
    return None


def _title_words(sent: "Span", k: int, units: set[int]) -> tuple[list["Token"], int]:
    """The title that starts at token ``k`` (up to a name), or [] when it has no head; and where it stopped."""
    doc = sent.doc
    words: list["Token"] = []
    while k < sent.end and _titleish(doc[k], units) and doc[k].ent_type_ != "PERSON":
        words.append(doc[k])
        k += 1
    while words and words[-1].lower_ in _CONNECTORS:
        words.pop()
    return (words if words and _has_head(words) else []), k


def _head_by_verb(sent: "Span", end: int, units: set[int]) -> Role | None:
    """"X, who heads Customs and Border Protection": the head of a state body or an IGO."""
    doc = sent.doc
    k = end + 1 if end < sent.end and doc[end].text == "," else end
    k = _after_phrase(sent, k, "head_verbs")
    if k is None:
        return None
    j = k
    while j < sent.end and j in units:
        j += 1
    if j == k:
        return None
    text = doc[k:j].text
    hit = next(((e, o) for s, e, o in gazetteer.find_organisations(text) if s == 0 and o.kind in ("agency", "igo")), None)
    if hit is None:
        return None
    end, org = hit
    rest = doc[k:sent.end].text[end:]
    # "who runs X as its acting commissioner": the post the text gives, of the body
    as_post = re.match(r"\s*,?\s+as\s+(?:its|the)\s+((?:[\w-]+\s+){0,3}?[\w-]+)(?=\s*[,.;]|\s+(?:and|since|until|when)\b|$)", rest)
    if as_post:
        role = parse_title(as_post.group(1))
        if role is not None and not role.excluded:
            title = role.role if org.kind == "igo" else f"{role.role} of {_body_name(org, text[:end])}"
            return Role(title, org.serves, role.head)
    # "who leads X in an acting capacity": the body's head title, acting
    phrases = gazetteer.titles().get("acting_capacity", {}).get("phrases", [])
    acting = any(re.match(rf"\s*,?\s+{re.escape(p)}\b", rest, re.I) for p in phrases)
    if acting and org.head:
        return Role(_head_post(org, text[:end], f"Acting {org.head}"), org.serves, org.head)
    return Role(_head_post(org, text[:end]), org.serves, "Head")


def _party_designation(sent: "Span", end: int) -> Role | None:
    """"Eliot Engel, D-N.Y.," or "(R-Texas)": a member of the US Congress, chamber unknown."""
    rest = doc_text(sent.doc)[sent.doc[end - 1].idx + len(sent.doc[end - 1].text) : sent.end_char][:20]
    if re.match(r"\s*[,(]\s*[DR]-[A-Z][a-zA-Z.]+", rest):
        chamber = _chamber(sent)
        role = {"House": "Representative", "Senate": "Senator"}.get(chamber or "", "Member of Congress")
        return Role(role, "United States", role)
    return None


_CHAMBER = re.compile(r"(?<!White )\b(House|Senate)\b(?!\s+(?:of\s+(?:Commons|Lords)|Bill|bill))")


def _chamber(sent: "Span") -> str | None:
    """The one chamber of Congress the sentence, or else the sentence before it, names.

    "before the House Homeland Security Committee. Chairman X (D-Miss.)": a member of the
    House (a Representative); "Senate" gives a Senator; both or neither, unknown.
    """
    doc = sent.doc
    previous = doc[sent.start - 1].sent if sent.start > 0 else None
    for text in (sent.text, previous.text if previous is not None else ""):
        found = {m.group(1) for m in _CHAMBER.finditer(text)}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def _has_head(words: list["Token"]) -> bool:
    t = gazetteer.titles()
    return any(
        is_head_word(w.text) or w.lower_ in t["chief_words"] or w.lower_ in _spokes_words() for w in words
    )


def _spokes_words() -> set[str]:
    return {w.lower() for w in gazetteer.titles().get("spokesperson_words", [])}


def _role(words: list["Token"], units: set[int]) -> Role | None:
    """Read title tokens into a post; None when it is no post held for a state or an IGO."""
    phrase = _phrase(words)
    orgs = gazetteer.find_organisations(phrase)
    if any(o.kind in ("ngo", "media") for _, _, o in orgs):
        return None
    if any(w.lower_ in _spokes_words() for w in words) or re.search(_spokes_phrase(), phrase, re.I):
        return _spokesperson(phrase, orgs)
    local = _local_post(phrase)
    role = local or parse_title(phrase)
    if role is None:
        role = _chief_of(phrase, orgs)
    if role is None or role.excluded:
        return None if role is None else role
    role = _with_organisation(role, orgs, phrase)
    if role.country is None:
        role = _igo_post(role, doc_text(words[0].doc)) or role
    return role if _is_state_post(role) else None


def _igo_post(role: Role, text: str) -> Role | None:
    """"The High Commissioner, X" in an article naming UNHCR: the one IGO the article names
    whose name holds the bare title gives the post in full and is the body served."""
    if " " not in role.role and role.head in gazetteer.titles().get("governmental_heads", []):
        return None  # "the President": a state's post, not an IGO's
    fits = {}
    for _, _, org in gazetteer.find_organisations(text.replace("\u2019", "'")):
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
    press = "Press Secretary" if re.search(r"\bpress secretary\b", phrase, re.I) else "Spokesperson"
    spokes = "|".join(re.escape(w) for w in gazetteer.titles().get("spokesperson_words", []))
    # "a spokeswoman for the Guatemalan Migration Institute": the text's order, "X for Y"
    after = re.search(rf"(?i)\b(?:{spokes})\s+(?:for|of|at)\s+(.+)$", phrase)
    phrase_ = phrase.replace("\u2019", "'")
    for s, e, org in orgs:
        if org.kind == "igo":
            return Role(press, org.serves, "Spokesperson")  # the IGO is the party served, not in the post
        if org.kind == "agency":
            if after is not None and s >= after.start(1):
                body = re.sub(r"^the\s+", "", _body_name(org, phrase_[s:e], keep_acronym=True), flags=re.I)
                return Role(f"{press} for the {body}", org.serves, "Spokesperson")
            body = re.sub(r"^the\s+", "", _body_name(org, phrase_[s:e], keep_acronym=True), flags=re.I)
            return Role(f"{body} {press}", org.serves, "Spokesperson")
    found = gazetteer.find_countries(phrase)
    if not found:
        return None
    if re.search(r"\bgovernment\b", phrase, re.I):
        return Role(f"Government {press}", found[0][2].name, "Spokesperson")
    units = "|".join(re.escape(w) for w in gazetteer.titles().get("unit_words", []))
    body = re.search(rf"((?:[A-Za-z]+\s+){{0,3}})(?:{units})\b", phrase[found[0][1] :])
    if body:
        words = [w for w in body.group(0).split() if w.lower() not in ("'s", "the", "s")]
        name = " ".join(w[:1].upper() + w[1:] for w in words)
        written = phrase[found[0][0] : found[0][1]]
        if written in found[0][2].demonyms and not body.group(1).startswith("'"):
            name = f"{written} {name}"  # "the Honduran Migration Institute": the body's name
        if after is not None and found[0][0] >= after.start(1):
            return Role(f"{press} for the {name}", found[0][2].name, "Spokesperson")
        return Role(f"{name} {press}", found[0][2].name, "Spokesperson")
    return None


def _local_post(phrase: str) -> Role | None:
    """"Tijuana's mayor", "the governor of Chiapas": the place names the post."""
    t = gazetteer.titles()
    for place, country in sorted(gazetteer.local_places().items(), key=lambda kv: -len(kv[0])):
        if not re.search(rf"(?<!\w){re.escape(place)}(?!\w)", phrase):
            continue
        rest = re.sub(rf"{re.escape(place)}(?:['’]s?)?", " ", phrase)
        role = parse_title(rest)
        if role is not None and role.head in t.get("local_heads", []):
            return Role(f"{role.head} of {place}", country, role.head, role.excluded)
    return None


def _chief_of(phrase: str, orgs: list) -> Role | None:
    """"UNHCR chief X": the head of an agency or an IGO."""
    t = gazetteer.titles()
    if not any(w.lower() in t["chief_words"] for w in phrase.split()):
        return None
    for s, e, org in orgs:
        if org.kind in ("agency", "igo"):
            return Role(_head_post(org, phrase[s:e]), org.serves, "Head")
    return None


def _head_post(org: gazetteer.Organisation, written: str, title: str | None = None) -> str:
    """The post of the head of a body: the title given ("Acting Commissioner of U.S. Customs
    and Border Protection"), else "Head of" it. An IGO's name, being the party served, is left
    out of its officials' posts: its head is the title the data gives ("Director General"),
    else "Head"."""
    if org.kind == "igo":
        return title or org.head or "Head"
    return f"{title or 'Head'} of {_body_name(org, written)}"


def _body_name(org: gazetteer.Organisation, written: str, *, keep_acronym: bool = False) -> str:
    """A body as the text names it in words ("the National Migration Institute"), else its
    longest English name (an acronym spelt out)."""
    written = written.replace("\u2019", "'")
    if " " in written and not re.search(r"\b[A-Z]{2,}\b", written) and not written.endswith("'s"):
        return written
    if keep_acronym and not written.endswith("'s"):
        return written
    return max((org.name, *org.aliases), key=len)


def _with_organisation(role: Role, orgs: list, phrase: str = "") -> Role:
    """"Acting CBP Commissioner" -> "Acting Commissioner of U.S. Customs and Border Protection".

    A body the text names in words keeps the text's name ("the National Migration
    Institute, whose commissioner"); an acronym is spelt out.
    """
    heads = gazetteer.titles().get("organisation_heads", [])
    if " of " in role.role or " at " in role.role or role.head not in heads:
        return role
    if any(phrase[s:e] in role.role for s, e, _ in orgs):
        return role  # "USAID Mission Director": the body is already in the post
    hit = next(((s, e, o) for s, e, o in orgs if o.kind in ("agency", "igo")), None)
    if hit is None:
        return role
    s, e, org = hit
    if org.kind == "igo":
        # an IGO's official serves the IGO (``country``): the post does not repeat its name
        return Role(role.role, role.country or org.serves, role.head, role.excluded, role.implied_country)
    formal = _body_name(org, phrase.replace("\u2019", "'")[s:e])
    if formal != phrase.replace("\u2019", "'")[s:e] and org.portfolio:
        return role  # "DHS Secretary" is the Secretary of Homeland Security, read by parse_title
    return Role(f"{role.role} of {formal}", role.country or org.serves, role.head, role.excluded, role.implied_country)


def _is_state_post(role: Role) -> bool:
    """A post with a state or IGO behind it, or one only states have ("Minister")."""
    if role.country:
        return True
    t = gazetteer.titles()
    if role.head not in t.get("governmental_heads", []):
        return False
    portfolio = role.role.split(" of ", 1)[1] if " of " in role.role else None
    # "legal migration minister": a head only governments have holds a state post whatever its field
    return portfolio is None or portfolio in t["portfolios"] or role.head in t.get("state_only_heads", {}).get("heads", [])


def _untagged_names(sent: "Span", units: set[int], taken: set[int]) -> list[tuple[int, int]]:
    """Runs of capitalised words the tagger did not mark as PERSON ("Rogelio Zelaya")."""
    runs: list[tuple[int, int]] = []
    i = sent.start
    while i < sent.end:
        if i in taken or not _namelike(sent.doc[i], units):
            i += 1
            continue
        j = i
        while j < sent.end and j not in taken and (_namelike(sent.doc[j], units) or _particle(sent.doc, j, sent.end, units)):
            j += 1
        after_in = i > sent.start and sent.doc[i - 1].lower_ == "in"
        if after_in and sent.doc[i:j].text in gazetteer.dateline_places():
            i = j
            continue  # "ambassador in Washington": a capital, not a name
        if _after_title_preposition(sent, i):
            i = j
            continue  # "Minister of International Co-operation", "Commissioner for Home Affairs": a field
        if 1 <= j - i <= 4 and not _is_portfolio(sent.doc[i:j].text):
            runs.append((i, j))
        i = j
    return runs


def _after_title_preposition(sent: "Span", i: int) -> bool:
    """Whether token ``i`` opens the portfolio of a title (after a head of title and a
    preposition: "Commissioner for Home Affairs"), or is the first part of a hyphenated
    word ("Minister of International Co-operation")."""
    doc = sent.doc
    if i + 1 < sent.end and _in_compound(doc[i + 1]):
        return True
    opens = set(gazetteer.titles().get("portfolio_prepositions", []))
    return i - 2 >= sent.start and doc[i - 1].lower_ in opens and is_head_word(doc[i - 2].text)


def _is_portfolio(text: str) -> bool:
    """"Western Hemisphere" after "Assistant Secretary for": a field of office, not a name."""
    return any(
        text.lower() == alias.lower()
        for name, row in gazetteer.titles()["portfolios"].items()
        for alias in (name, *row["aliases"])
    )


def _namelike(tok: "Token", units: set[int]) -> bool:
    text = tok.text
    if tok.i in units or not text[:1].isupper() or tok.lower_ in title_words():
        return False
    if text.isupper() and len(text) > 2:
        return False  # "WASHINGTON", "DHS"
    return tok.pos_ == "PROPN" and (tok.is_alpha or re.fullmatch(r"[A-Z]\.|[A-Z][\w'’-]+", text) is not None)


def _particle(doc: "Doc", j: int, end: int, units: set[int]) -> bool:
    """"de", "von der" inside a name: "Luis de Guindos", "Ursula von der Leyen" (``given_names.json``)."""
    particles = set(gazetteer.given_name_data().get("name_particles", []))
    k = j
    while k < end and doc[k].lower_ in particles:
        k += 1
    return k > j and k < end and _namelike(doc[k], units)


# --------------------------------------------------------------------------- people and posts


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
        return not (after < len(doc) and doc[after].lower_ == "government")
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
    for m in person.mentions:
        if m.role is None or m.role.excluded:
            continue
        found = gazetteer.find_countries(m.sentence.text)
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
    for m in posted:
        found = _states_in(m.sentence.text) - _states_without(m.role)
        if len(found) == 1:
            return found.pop()
    text = doc_text(m.sentence.doc)
    # paragraphs end at blank lines, or at line breaks in a text that has no blank lines
    brk = "\n\n" if "\n\n" in text else "\n"
    for m in posted:
        lo = text.rfind(brk, 0, m.sentence.start_char)
        hi = text.find(brk, m.sentence.end_char)
        found = _states_in(text[lo + 1 if lo >= 0 else 0 : hi if hi >= 0 else len(text)]) - _states_without(m.role)
        if len(found) == 1:
            return found.pop()
    dateline = _dateline_country(ctx.article.text)
    return dateline if dateline not in _states_without(posted[0].role) else None


def _embassy_state(text: str) -> str | None:
    """"U.S. Embassy in Honduras", "the Mexican Embassy": the one state whose embassy the article names."""
    text = text.replace("\u2019", "'")
    states = {o.serves for s, e, o in gazetteer.find_organisations(text) if o.serves and re.search(r"(?i)embassy", text[s:e])}
    for m in re.finditer(r"(?i)\bembassy\b", text):
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


def _dateline_country(text: str) -> str | None:
    """"GUATEMALA CITY (AP) —", "WASHINGTON —", "San Salvador, 4 October 2019": the state
    of the place an article is filed from, read from the head of its first lines."""
    places = {k.lower(): v for k, v in gazetteer.local_places().items()}
    places.update({k.lower(): v for k, v in gazetteer.dateline_places().items()})
    for line in text.splitlines()[:8]:
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
