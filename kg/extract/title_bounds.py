"""Where a title written before a name starts and ends: the honorifics, ranks and qualifiers
between the title and the name ("Minister of X, Dr. Y", "its commander, General X", "interior
minister at the time, X"), the body a "whose" refers to, and the first word of the title
("the government of President X"). Part of :mod:`.title_before`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .. import gazetteer
from .post_reading import _has_head, _phrase
from .roles import is_head_word, parse_title

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _before_honorific(sent: "Span", i: int) -> int:
    """"Minister of X, Dr. Y": the index before the honorifics written before a name (``titles.json``)."""
    honorifics = _honorifics()
    doc = sent.doc
    while i >= sent.start and (doc[i].text.rstrip(".") in honorifics or (doc[i].text == "." and i - 1 >= sent.start
                                                                       and doc[i - 1].text in honorifics)):
        i -= 2 if doc[i].text == "." else 1
        if i - 1 >= sent.start and doc[i].lower_ in gazetteer.grammar_words("articles") and doc[i - 1].text == ",":
            i -= 1  # "the Prime Minister, the Hon X": the article of the style after the comma
    return i


def across_honorific(sent: "Span", start: int, units: set[int]) -> tuple["Span", set[int]]:
    """"Minister for Relief, Disaster Preparedness and Refugees, Hon. X": a sentence the parser
    ended at an honorific's dot goes on back into the title before it; the sentence widened to
    that title, and the state and body tokens of it (``units``)."""
    doc, honorifics = sent.doc, _honorifics()
    i = start - 1
    while i > 0 and (doc[i].text.rstrip(".") in honorifics or (doc[i].text == "." and doc[i - 1].text.rstrip(".") in honorifics)):
        i -= 1
    if start != sent.start or i == start - 1 or i < 0 or doc[i].sent.start == sent.start:
        return sent, units
    from .title_context import _units  # title_context reads titles through this module's callers

    wide = doc[doc[i].sent.start : sent.end]
    return wide, units | _units(wide)


def bracketed_acronym(sent: "Span", j: int, units: set[int]) -> bool:
    """"Department of Migrant Workers (DMW) Secretary X": an acronym in brackets that ends the
    name of a body inside a title, between capitalised words of the title."""
    from .title_context import _titleish

    doc = sent.doc
    return doc[j].text == ")" and j - 3 >= sent.start and doc[j - 2].text == "(" and doc[j - 1].text.isupper() \
        and j + 1 < sent.end and doc[j + 1].text[:1].isupper() and _titleish(doc[j - 3], units) \
        and doc[j - 3].text[:1].isupper()


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """The honorifics of ``titles.json``, without their dots."""
    return frozenset(h.rstrip(".") for h in gazetteer.titles().get("honorifics", []))


def _before_rank(sent: "Span", i: int) -> int:
    """"its commander, General X": the index before a military rank written before the name, else ``i``."""
    doc = sent.doc
    ranks = gazetteer.titles().get("military_ranks", {}).get("ranks", [])
    if i < sent.start or not {doc[i].text, doc[i].text.rstrip(".")} & _rank_ends(tuple(ranks)):
        return i  # no rank ends on the word before the name (the loop below would find none)
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


@lru_cache(maxsize=4)
def _rank_ends(ranks: tuple[str, ...]) -> frozenset[str]:
    """The last words of the ranks, as written and without their dots."""
    lasts = [rank.replace(".", " .").split()[-1] for rank in ranks if rank.split()]
    return frozenset(lasts) | frozenset(w.rstrip(".") for w in lasts)


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
    """"the government of President X": the title starts after an "of" that comes before any head,
    or after one whose words before it are no title ("the State Visit of Prime Minister X": "State"
    heads titles, "State Visit" is none).

    Not inside an organisation's name ("Department of Homeland Security Secretary").
    """
    preps = gazetteer.grammar_words("portfolio_prepositions")
    for k, w in enumerate(words):
        if w.lower_ in preps:  # checked first: "of" is part of "Chief of Staff"
            rest = words[k + 1 :]
            # "spokesman for the European Commission": a body after "for" is the post's
            return rest if _has_head(rest) and parse_title(_phrase(rest)) is not None else words
        if w.i in units:
            return words
        if is_head_word(w.text):
            of = next((n for n in range(k + 1, len(words)) if words[n].lower_ in preps), None)
            if of is None or parse_title(_phrase(words[k:of])) is not None or any(t.i in units for t in words[k:of]):
                return words
    return words
