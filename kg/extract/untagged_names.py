"""Capitalised runs the tagger did not mark as people that may be people's names, for the
person finder (:mod:`.person_mentions`), which keeps a run only when a title, an apposition
or a post verb marks it (or it is coordinated with a tagged person's name); and the runs that
are no names at all: the field of a title ("Commissioner for Home Affairs"), the end of a
body's name ("Government of National Accord"), a unit of government ("Press Office"), a
place or a plural noun phrase. Kept apart from the finder, which reads posts beside names.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .. import gazetteer
from .name_tokens import after_particles, after_regnal_number, joins_names, namelike_at, namelike_tokens, particle
from .names import is_given_name, is_title_only, name_words, titles_before
from .official_mentions import _in_compound
from .person_names import names_a_place_or_body
from .roles import is_head_word, parse_title, title_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def listed_names(sent: "Span", mentions: list, units: set[int], taken: set[int]) -> list[tuple[int, int]]:
    """Full names the tagger missed that are listed right after a person's name, only a comma
    or a conjunction between ("Jaime Gama and Luiz Felipe Lampreia", "X, Y Z and ..."): two to
    four name words opened by a given name (``given_names.json``, Portuguese ones included), none
    a title, a place or a body's. A list goes on from person to person, so the run is one."""
    doc = sent.doc
    flags = namelike_tokens(doc)
    out: list[tuple[int, int]] = []
    for m in mentions:
        k = m.end if m.end > m.start else m.start + len(m.text.split())
        between = 0
        while k < sent.end and between < 2 and (doc[k].text == "," or doc[k].pos_ == "CCONJ"):
            k, between = k + 1, between + 1
        if not between or k >= sent.end or k in taken or k in units or not flags[k] or doc[k].ent_type_ not in ("", "PERSON"):
            continue
        j = k
        while j < sent.end and j - k < 4 and j not in taken and doc[j].ent_type_ == "" and (
                namelike_at(doc, j, units) or particle(doc, j, sent.end, units)):
            j = j + 1 if namelike_at(doc, j, units) else after_particles(doc, j, sent.end)
        words = [t.text for t in doc[k:j]]
        if j - k >= 2 and is_given_name(words[0]) and not is_title_only(" ".join(words)) \
                and not names_a_place_or_body(" ".join(words)) and not _names_a_unit(doc[k:j]):
            out.append((k, j))
    return out


def untagged_runs(sent: "Span", units: set[int], taken: set[int]) -> list[tuple[int, int]]:
    """Runs of capitalised words the tagger did not mark as PERSON ("Rogelio Zelaya")."""
    runs: list[tuple[int, int]] = []
    flags = namelike_tokens(sent.doc)  # :func:`namelike_at` of every token, read once per document
    i, end = sent.start, sent.end
    while i < end:
        if i in taken or i in units or not flags[i]:
            i += 1
            continue
        j = i
        while j < sent.end and j not in taken and (namelike_at(sent.doc, j, units) or particle(sent.doc, j, sent.end, units)
                                                   or joins_names(sent.doc, j, sent.end, units)):
            j = j + 1 if namelike_at(sent.doc, j, units) or joins_names(sent.doc, j, sent.end, units) \
                else after_particles(sent.doc, j, sent.end)
        j = after_regnal_number(sent, j, taken)  # "King Letsie III": the number closes the name
        after_in = i > sent.start and sent.doc[i - 1].lower_ in (
            gazetteer.grammar_words("place_links") | gazetteer.grammar_words("posted_links"))
        if after_in and sent.doc[i:j].text in gazetteer.dateline_places():
            i = j
            continue  # "ambassador in Washington", "ambassador to Ottawa": a capital, not a name
        if after_title_preposition(sent, i):
            i = j
            continue  # "Minister of International Co-operation", "Commissioner for Home Affairs": a field
        if j - i == 1 and _continues_a_name(sent, i, units):
            i = j
            continue  # "Government of National Accord": the last word of a body's name
        i += titles_before([t.text for t in sent.doc[i:j]])  # "Federal Councillor X": the name after its titles
        if 1 <= j - i <= 4 and not _is_portfolio(sent.doc[i:j].text) and not _names_a_unit(sent.doc[i:j]) \
                and not _not_a_person(sent, i, j):
            runs.append((i, j))
        i = j
    return runs


def _not_a_person(sent: "Span", i: int, j: int) -> bool:
    """A capitalised run that is no person's name: after "the" ("the Kurdistan Region"),
    titles alone ("Counsellor"), a place ("Rakhine State") or a body ("Police")."""
    doc = sent.doc
    if i > sent.start and doc[i - 1].lower_ in gazetteer.grammar_words("determiners"):
        return True
    in_phrase = doc[i].ent_type_ not in ("", "PERSON") or (
        i > sent.start and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ not in title_words())
    if in_phrase and any(t.tag_ in ("NNPS", "NNS") for t in doc[i:j]):
        return True  # "(Nepali) Migrant Workers", "Recruiting Agencies": a person's name is no plural
    if j < sent.end and doc[j].ent_iob_ == "I" and doc[j].ent_type_ != "PERSON" and doc[j].is_alpha:
        return True  # "the Honduran Council | of Private Enterprise": the start of a longer body's name
    if (j + 1 < sent.end and doc[i].ent_type_ == "ORG" and doc[j].pos_ == "CCONJ" and doc[j + 1].ent_type_ == "ORG"
            and doc[j + 1].text[:1].isupper()):
        return True  # "Pacific Labour | and Mobility Division": a body's name the tagger split at "and"
    text = doc[i:j].text
    return is_title_only(text) or names_a_place_or_body(text)


def after_title_preposition(sent: "Span", i: int) -> bool:
    """Whether token ``i`` opens the portfolio of a title (after a head of title and a
    preposition: "Commissioner for Home Affairs"), or is the first part of a hyphenated
    word ("Minister of International Co-operation")."""
    doc = sent.doc
    if i + 1 < sent.end and _in_compound(doc[i + 1]):
        return True
    opens = gazetteer.grammar_words("portfolio_prepositions")
    k = i - 1
    if k > sent.start and (doc[k].pos_ == "CCONJ" or (doc[k].text == "," and _conjoined(doc, i, sent.end))):
        # "Commissioner for Neighbourhood and Enlargement", "Minister for Relief, Disaster
        # Preparedness and Refugees": a later field of the portfolio
        k -= 1
        while k > sent.start and (doc[k].text == "," or doc[k].pos_ == "CCONJ"
                                  or (doc[k].text[:1].isupper() and doc[k].is_alpha and not is_head_word(doc[k].text))):
            k -= 1
        return k - 1 >= sent.start and doc[k].lower_ in opens and is_head_word(doc[k - 1].text) and k < i - 2
    return i - 2 >= sent.start and doc[i - 1].lower_ in opens and is_head_word(doc[i - 2].text)


def _conjoined(doc: "Doc", i: int, end: int) -> bool:
    """Whether the capitalised run at ``i`` is parsed as a conjunct (a field in a list), not
    an apposition (the name after a title: "..., Hilary Onek")."""
    while i < end and doc[i].text[:1].isupper():
        if doc[i].dep_ == "conj":
            return True
        i += 1
    return False


def _continues_a_name(sent: "Span", i: int, units: set[int]) -> bool:
    """Whether the one capitalised word at ``i`` ends a longer capitalised name: it follows a
    capitalised word that is no head of a title, no state or body, and no courtesy title."""
    doc = sent.doc
    if i <= sent.start:
        return False
    prev = doc[i - 1]
    return (prev.text[:1].isupper() and prev.is_alpha and bool(prev.whitespace_) and parse_title(prev.text) is None
            and prev.i not in units and prev.lower_ not in name_words("leading_titles"))


def _names_a_unit(run: "Span") -> bool:
    """"Intergovernmental Secretariat", "Press Office": a run holding a word for a unit of
    government (``titles.json`` "unit_words") names a body, not a person."""
    units = _unit_words()
    return any(tok.text in units for tok in run)


@cache
def _unit_words() -> frozenset[str]:
    return frozenset(gazetteer.titles().get("unit_words", []))


def _is_portfolio(text: str) -> bool:
    """"Western Hemisphere" after "Assistant Secretary for": a field of office, not a name."""
    return text.lower() in _portfolios()


@cache
def _portfolios() -> frozenset[str]:  # the names and aliases of titles.json "portfolios", lower-cased
    return frozenset(alias.lower() for name, row in gazetteer.titles()["portfolios"].items()
                     for alias in (name, *row["aliases"]))
