"""The title written before a name ("Guatemalan Minister of Government X", "the acting
director of ICE (ICE), X", "its commander, General X", "German Chancellor Y and Interior
Minister X"). Part of :mod:`.officials`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import gazetteer
from ..parse import doc_text
from .post_reading import _body_name, _has_head, _phrase, _role, _spokes_words, _spokesperson, named_bodies
from .roles import Role, is_head_word, parse_title
from .title_bodies import bodies_named_with
from .title_bounds import _before_honorific, _before_qualifier, _before_rank, _from_title_start, _whose_owner, across_honorific, bracketed_acronym
from .title_context import _in_a_portfolio, _titleish, states_between
from .title_fields import in_field_list, without_clock_time
from .title_places import local_place_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _title_before(sent: "Span", start: int, units: set[int], named: set[int] = frozenset()) -> tuple[Role, bool] | None:
    """The post a title right before a name gives, and whether it is directly before; the
    title stops at another name (``named``: "... von der Leyen and Egyptian President X")."""
    sent, units = across_honorific(sent, start, units)  # "..., Hon. X": the parser's sentence ended at "Hon."
    doc = sent.doc
    if start > sent.start and is_head_word(doc[start].text) and parse_title(doc[start - 1 : start + 1].text) is not None:
        return None  # "of Myanmar's State | Counsellor": the word ends a head of title, it is no name
    if start > sent.start and (doc[start - 1].tag_ == "POS" or doc[start - 1].text in ("'", "’")):
        return None  # "Minister of Expatriates' | Welfare": a word after a possessive is no name
    named_at = _before_honorific(sent, start - 1)
    i = _before_rank(sent, named_at)
    direct = i == named_at
    if direct and i >= sent.start and doc[i].lower_ in gazetteer.grammar_words("title_connectors") and doc[i].text != ",":
        return None  # "head of the Department of Justice and | Police": the capitalised word ends the title
    if i >= sent.start and doc[i].text == ",":
        direct, i = False, i - 1
        i = _before_qualifier(sent, i)
    # "the acting director of Immigration and Customs Enforcement (ICE), X": an acronym in brackets
    if i - 2 >= sent.start and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].text.isupper():
        i -= 3
    j = i
    while j >= sent.start and j not in named and (_titleish(doc[j], units) or in_field_list(sent, j)
                                                  or bracketed_acronym(sent, j, units)) \
            and not _opens_the_title(sent, j):
        j -= 3 if bracketed_acronym(sent, j, units) else 1
    words = [t for t in doc[j + 1 : i + 1]]
    after_named = bool(words) and words[0].dep_ == "cc" and j >= sent.start and doc[j].ent_type_ == "PERSON"
    words = _past_the_named_place(words, doc[j] if j >= sent.start else None)
    while words and words[0].lower_ in gazetteer.grammar_words("title_connectors"):
        words.pop(0)
    words, shared, joint = _last_coordinated_title(_from_title_start(words, units), units)
    words = _after_another_conjunct(words)
    words = without_clock_time(words)  # "12:05 PM ET": no "PM"
    if shared is None and after_named:
        shared = _state_of_named_before(sent, j, units, _phrase(words))
    if not words or not _has_head(words):
        return None
    if j >= sent.start and doc[j].lower_ in gazetteer.grammar_words("relative_owners"):
        words = _whose_owner(sent, j, units) + words
    if not direct and words[-1].text[:1].isupper() and not is_head_word(words[-1].text) and words[-1].i in units:
        k = words[-1].i
        while k > words[0].i and doc[k - 1].i in units:
            k -= 1
        linked = doc[k - 2] if doc[k - 1].lower_ in gazetteer.grammar_words("articles") else doc[k - 1]
        # "cites the U.N. High Commissioner for Refugees, X": a body's name holding a head is a title
        in_a_name = linked.text[:1].isupper() and linked.is_alpha and linked in words  # "director of Migración Colombia"
        # "Minister for International Development and the Pacific, X": a region joined to a field of the portfolio
        in_a_name = in_a_name or (linked.dep_ == "cc" and linked in words and _has_head(words[: words.index(linked)]))
        if linked.lower_ not in gazetteer.grammar_words("post_links") and not in_a_name \
                and not _has_head(list(doc[k : words[-1].i + 1])):
            return None  # "in Mexico, Ebrard said": a place, not a title; but "the secretary of ... of the United States, X"
    role = local_place_before(sent, j, words, _role(words, units))
    if role is None and len(words) >= 2 and words[0].is_lower and all(w.lower_ in _spokes_words() for w in words[1:]):
        role = _spokesperson_of_named_body(doc, words[0].lower_, _phrase(words[1:]))
    if j - 1 >= sent.start and (doc[j].tag_ == "POS" or doc[j].text in ("'s", "’s")) and doc[j - 1].is_lower:
        words = [doc[j - 1], doc[j], *words]  # "the institute's director": a noun for a body named before
    owned = _of_named_owner(sent, words) if role is None or role.country is None else None
    if owned is not None:
        return owned, direct
    if j >= sent.start and doc[j].lower_ in gazetteer.grammar_words("possessive_owners") and (role is None or " of " not in role.role):
        bare = role or parse_title(_phrase(words))
        if bare is None and all(w.lower_ in _spokes_words() for w in words):
            bare = Role("Spokesperson", None, "Spokesperson")  # "its spokeswoman": whose, the owner says
        if bare is not None and not bare.excluded:
            role = _of_its_owner(sent, j, bare) or role
    if role is not None and role.country is None and shared is not None:
        role = Role(role.role, shared, role.head, role.excluded)  # the state named before the conjunction
    if role is not None and joint is not None and not role.excluded:
        role = Role(f"{joint} and {role.role}", role.country, role.head)  # one holder of two posts
    return (role, direct) if role is not None else None


def _past_the_named_place(words: list["Token"], before: "Token | None") -> list["Token"]:
    """"Sen. X of Vermont and Rep. Y": words that go on from a name with a link ("of
    Vermont") are that person's place; the next title starts after the conjunction."""
    if before is None or before.ent_type_ != "PERSON" or not words \
            or words[0].lower_ not in gazetteer.grammar_words("post_links"):
        return words
    cut = next((k for k, w in enumerate(words) if w.dep_ == "cc" or w.text == ","), None)
    return words[cut + 1 :] if cut is not None else words


def _opens_the_title(sent: "Span", j: int) -> bool:
    """Whether token ``j`` is a determiner that opens a title ("with Ebrard and | the U.S.
    chargé d'affaires, X"), not one inside it after a preposition ("Minister of the Interior")."""
    doc = sent.doc
    if doc[j].lower_ not in gazetteer.grammar_words("determiners"):
        return False
    if j - 2 >= sent.start and doc[j - 1].dep_ == "cc" and _in_a_portfolio(doc[j - 2]):
        return False  # "Minister for International Development and the Pacific": a field's article
    return j == sent.start or doc[j - 1].lower_ not in gazetteer.grammar_words("post_links")


def _state_of_named_before(sent: "Span", j: int, units: set[int], title: str = "") -> str | None:
    """"German Chancellor X and Interior Minister Y": the state of the title before the name
    that ends at token ``j``, which a coordinated title after it shares; not when it is the
    same post (``title``): "Salvadoran President X and President Y" are two states' presidents."""
    doc = sent.doc
    k = j
    while k > sent.start and doc[k - 1].ent_type_ == "PERSON":
        k -= 1
    before = _title_before(sent, k, units) if k > sent.start else None
    state = before[0].country if before is not None else None
    own = parse_title(title) if title else None
    if before is not None and own is not None and own.role == before[0].role:
        return None
    # a state the head alone implies ("Taoiseach X and Cabinet Office minister Y") is not shared
    return state if state in {name for _, _, name in states_between(doc, sent.start, k)} else None


def _last_coordinated_title(words: list["Token"], units: set[int] = frozenset()) -> tuple[list["Token"], str | None, str | None]:
    """"German Chancellor Olaf Scholz and Interior Minister X": the title of X is the last of
    two coordinated titles, when both sides of the conjunction have a head of their own (a
    portfolio such as "Justice and Public Security" has none after the conjunction); with
    the state the first one names, which the second shares when it names none. A title after
    the conjunction that opens with a state ("Faeser and Georgia's interior minister X") is
    one of its own whatever stands before: no portfolio goes on after a state's name.
    Two titles joined by a conjunction right before one name are that person's joint post
    ("Deputy Prime Minister and Minister of Foreign Affairs, X"): the first is returned last."""
    for k in range(len(words) - 1, 0, -1):
        if words[k].dep_ == "cc" or words[k].text == ",":
            head, tail = words[:k], words[k + 1 :]
            if words[k].dep_ == "cc" and tail and _has_head(tail) and _opens_with_state(tail, units):
                if parse_title(_phrase(tail)) is not None:
                    return tail, None, None
            first = parse_title(_phrase(head)) if _has_head(head) else None
            bare = parse_title(_phrase(tail)) if first is None and words[k].dep_ == "cc" and _has_head(tail) else None
            if bare is not None and bare.role == bare.head and not _names_a_field(head):
                return tail, None, None  # "signed the Treaty and Prime Minister X": a noun, no portfolio
            if first is not None and _has_head(tail) and parse_title(_phrase(tail)) is not None:
                # "Immigration and Integration Minister": one portfolio of two fields, not two titles
                joint = _joint_post(head, tail) if words[k].dep_ == "cc" and not first.excluded else None
                return tail, first.country, joint
    return words, None, None


def _names_a_field(words: list["Token"]) -> bool:
    """Whether words before a conjunction may be a field of a title ("Justice and Public Security
    Minister"): a portfolio of ``titles.json`` or a state."""
    text = _phrase(words)
    rows = gazetteer.titles()["portfolios"].items()
    return text.lower() in {a.lower() for name, row in rows for a in (name, *row["aliases"])} \
        or bool(gazetteer.find_countries(text))


def _after_another_conjunct(words: list["Token"]) -> list["Token"]:
    """"a meeting between McEntee and Home Secretary X" (the surname tagged as a body): a word
    before the conjunction that the article gives a person as a surname, and that the title
    or the name after it is the conjunct of, is another party; the title starts after the
    conjunction. A portfolio of two fields ("University and Research Minister") stays whole."""
    for k in range(len(words) - 1, 0, -1):
        if words[k].dep_ != "cc":
            continue
        before, tail = words[:k], words[k + 1 :]
        at = {w.i for w in before}
        doc = words[0].doc
        surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
        # the head of title or the name after it ("Home Secretary X", X the conjunct)
        after = doc[words[k].i + 1 : min(len(doc), words[-1].i + 5)]
        if tail and len(before) == 1 and before[0].text in surnames and _has_head(tail) and any(
                w.dep_ == "conj" and w.head.i in at and (is_head_word(w.text) or w.ent_type_ == "PERSON") for w in after):
            return tail
        break
    return words


def _joint_post(head: list["Token"], tail: list["Token"]) -> str | None:
    """"Ethiopia's Deputy Prime Minister and Minister of Foreign Affairs, X": the title just
    before the conjunction, when the same holder has both: it opens with no determiner ("the
    Prime Minister and President X" are two people) and the title after it names no state of
    its own; only the last title of a list ("the Trade Minister and Italian Deputy Prime
    Minister and Foreign Minister X")."""
    cut = max((k for k, w in enumerate(head) if w.dep_ == "cc" or w.text == ","), default=-1)
    first = head[cut + 1 :]
    determiners = gazetteer.grammar_words("determiners")
    if not first or first[0].lower_ in determiners or tail[0].lower_ in determiners or not _ends_a_title(first):
        return None
    if first[0].i > 0 and first[0].doc[first[0].i - 1].lower_ in determiners:
        return None
    if (parse_title(_phrase(tail)) or Role("", None, "")).country:
        return None  # "... and Minister of Foreign Affairs of Ethiopia"; a remit ("envoy for X") is none
    read = parse_title(_phrase(first))
    return read.role if read is not None and not read.excluded else None


def _ends_a_title(words: list["Token"]) -> bool:
    """Whether title words end with their title, not with a name after it: a head of title
    last ("Deputy Prime Minister"), or a portfolio after its preposition ("Minister of Health")."""
    heads = [k for k, w in enumerate(words) if is_head_word(w.text)]
    if not heads or heads[-1] == len(words) - 1:
        return bool(heads)
    after = words[heads[-1] + 1]
    return after.lower_ in gazetteer.grammar_words("portfolio_prepositions") and all(
        w.ent_type_ != "PERSON" for w in words[heads[-1] + 1 :])


def _opens_with_state(words: list["Token"], units: set[int]) -> bool:
    """Whether title words open with a state's name or demonym ("Gambian", "Georgia's"), as
    the gazetteer or, for a name it leaves out as ambiguous, the tagger reads it."""
    if words[0].ent_type_ in ("GPE", "NORP") and words[0].ent_iob_ == "B":
        return True
    found = gazetteer.find_countries(_phrase(words)) if words[0].i in units else []
    return bool(found) and found[0][0] == 0


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
