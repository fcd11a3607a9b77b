"""Which state a well-known office holder serves, for a donor the text names by its leader: "X's
government", "his government" after naming X, "he pledged ..." after naming X (the holders
of :func:`kg.gazetteer.office_holders`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...gazetteer import office_holders
from ...parse import doc_text
from ..parties import US
from .vocab import office_holder_patterns, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _first_named(doc: "Doc") -> dict[int, int]:
    """Where the article first gives each foreign office holder's full name (index into
    :func:`kg.gazetteer.office_holders`), found once per document."""
    found = doc.user_data.get("kg_aid_holders")
    if found is None:
        text = doc_text(doc)
        found = {}
        for n, holder in enumerate(office_holders()):
            if holder.country != US:
                at = [i for f in (holder.name, *holder.aliases) if (i := text.find(f)) >= 0]
                if at:
                    found[n] = min(at)
        doc.user_data["kg_aid_holders"] = found
    return found


def last_foreign_holder(doc: "Doc", window: int, end: int) -> str | None:
    """The country of the foreign office holder named last between ``window`` and ``end``,
    by full name or, once the article has given the full name, by surname ("Hernández")."""
    text = doc_text(doc)
    holders = office_holders()
    best: tuple[int, str] | None = None
    for n, first in _first_named(doc).items():
        if first >= end:
            continue
        holder = holders[n]
        for form in [holder.name, *holder.aliases, holder.name.split()[-1]]:
            at = text.rfind(form, window, end)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, holder.country)
    return best[1] if best else None


def pronoun_holder(subject: "Token") -> str | None:
    """ "López Obrador has long argued ... In June, he pledged $30 million": "he" or "she" is the
    well-known office holder named last in the sentence before or in this one, and gives that
    holder's state."""
    if subject.lower_ not in words("third_person_subjects"):
        return None
    doc = subject.doc
    first = doc[subject.sent.start - 1].sent.start if subject.sent.start > 0 else subject.sent.start
    return office_holder_country(doc_text(doc)[doc[first].idx : subject.idx])


def possessive_pronoun(subject: "Token") -> bool:
    return any(c.dep_ == "poss" and c.lower_ in words("third_person_possessives") for c in subject.children)


def office_holder_country(text: str, *, foreign: bool = False) -> str | None:
    """The country of the last well-known office holder named in ``text`` (with ``foreign``,
    the last one who does not serve the United States)."""
    best: tuple[int, str] | None = None
    for pattern, country in office_holder_patterns():
        if foreign and country == US:
            continue
        for m in pattern.finditer(text):
            if best is None or m.start() > best[0]:
                best = (m.start(), country)
    return best[1] if best else None
