"""The title written before a name ("Guatemalan Minister of Government X", "the acting
director of ICE (ICE), X", "its commander, General X", "German Chancellor Y and Interior
Minister X"). Whose post it is when the text names the owner apart ("its commander") is read
in :mod:`.title_owners`, a place's post (a mayor's, a governor's) in :mod:`.title_places`.
Part of :mod:`.officials`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import gazetteer
from .post_reading import _has_head, _phrase, _role, _spokes_words
from .roles import Role, is_head_word, parse_title
from .title_bounds import _before_honorific, _before_qualifier, _before_rank, _from_title_start, _whose_owner, across_honorific, bracketed_acronym
from .title_context import _in_a_portfolio, _titleish, states_between
from .title_fields import in_field_list, without_clock_time
from .title_owners import _of_its_owner, _of_named_owner, _spokesperson_of_named_body
from .title_places import local_place_before

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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
        if linked.lower_ not in gazetteer.grammar_words("post_links") and not in_a_name \
                and not _has_head(list(doc[k : words[-1].i + 1])):
            return None  # "in Mexico, Ebrard said": a place, not a title; but "the secretary of ... of the United States, X"
    role = local_place_before(sent, j, words, _role(words, units)) or _nearest_title(words, units)
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


def _nearest_title(words: list["Token"], units: set[int]) -> Role | None:
    """"Committee chairperson Senator X": two titles stacked with no conjunction, the first no
    state's post; the one written right before the name, after a head of title, is the post."""
    for k in range(1, len(words)):
        if words[k].text[:1].isupper() and words[k - 1].is_lower and parse_title(words[k - 1].text) is not None:
            return _role(words[k:], units)
    return None


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
