"""Which states a sentence names as parties, for a sum told in the sentences after it.

A sum with no recipient of its own ("Paris promises 40 million euros in aid") is for the
parties the text named last. Two things decide which: the state's word must name a party,
not a person's nationality ("in the presence of Italian Prime Minister Giorgia Meloni"
makes Italy no party to what Brussels promises next), and the parties named after the
last aid fact are newer than that fact's recipients ("Benin signs. France pledges X. ...
Hortefeux signs the agreement with Tunisia. Paris promises Y": Y is for Tunisia).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...gazetteer import country_by_name
from ..parties import names
from .vocab import VIA_NAME, words

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ...facts import Aid


def by_name(text: str, countries, sent: "Span | None" = None) -> list[str]:
    """The states a sentence names by their name, not by their people's word ("the Greek
    islands", "another Syrian from Turkey" names Turkey only), unless it names none by name
    ("London has paid towards security on the French side"); a people's word that opens a
    named person's title ("Dutch Prime Minister Mark Rutte") names no party at all."""
    def demonym(c) -> bool:
        state = country_by_name(c.name)
        return state is not None and text[c.start : c.end] in state.demonyms
    named = [c for c in countries if c.via == VIA_NAME]
    parties = [c for c in named if not demonym(c)]
    if parties:
        return names(parties)
    return names([c for c in named if sent is None or not person_title(sent, c.start)])


def person_title(sent: "Span", start: int) -> bool:
    """Whether the word at ``start`` (an offset in the sentence) opens the capitalised title
    of a named person: "Italian Prime Minister Giorgia Meloni", "Tunisian Secretary of State
    for Foreign Affairs Mounir Ben Rjiba"; not "the Tunisian Government", whose words reach
    no person."""
    at = sent.char_span(start, start + 1, alignment_mode="expand")
    if at is None or not len(at):
        return False
    joiners = set(words("title_joiners"))
    for tok in sent.doc[at[0].i + 1 : sent.end]:
        if tok.ent_type_ == "PERSON":
            return True
        if not (tok.text[:1].isupper() or tok.lower_ in joiners):
            return False
    return False


def newer_parties(said_at: dict[int, list[str] | None], since: int, now: int, last: "Aid") -> bool:
    """Whether a sentence after ``since`` (the sentence of the ``last`` aid fact) and before
    ``now`` named parties other than its donor and recipients: a sum then is for them, not
    for that fact's recipients."""
    known = {last.provider, *last.recipients}
    return any(any(n not in known for n in (said_at.get(k) or [])) for k in range(since + 1, now))
