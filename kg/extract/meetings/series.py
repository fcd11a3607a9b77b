"""One sentence, several events: "X signed all three: with A on July 26 in the Oval Office; with
B on Sept. 20; and with C on Sept. 25" tells of one signing per part, each on its own day.

The parts are the pieces of the sentence after the trigger cut at semicolons; a part is an event
of its own when it opens as ``series_opener`` of ``kg/data/events.json`` says ("with",
"and with") and names a day. The trigger's own draft keeps the first part; each further part is
a copy of it with that part's day and the place the part names, if any.

Places joined by "and" are one event each too: "X is due in Algeria and Tunisia for similar
talks" tells of talks in Algeria and talks in Tunisia (:func:`other_places`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...dates import date_expressions, resolve_date
from ...gazetteer import find_countries
from ...parse import doc_text
from .drafts import _Draft
from .vocab import _place_regex, _vocab, city_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def series(draft: _Draft, trigger: "Token", sent: "Span", article_date: str | None) -> list[_Draft]:
    """The further events of a sentence that lists one event per part (none if it lists none)."""
    if draft.announced or not draft.participants:
        return []
    text = doc_text(sent.doc)[trigger.idx : sent.end_char]
    parts = text.split(";")[1:]
    opener = re.compile(_vocab()["series_opener"], re.I)
    out: list[_Draft] = []
    for part in parts:
        if not opener.match(part):
            return out
        exprs = [expr for _, _, expr in date_expressions(part)]
        # "with B on Sept. 20" after "with A on July 26, 2019": the year of the series
        anchor = draft.date if draft.date and not any(re.search(r"\b\d{4}\b", e) for e in exprs) else article_date
        days = [d for e in exprs if (d := resolve_date(e, anchor, prefer="future" if anchor != article_date else "past"))]
        if len(days) != 1 or days[0] == draft.date:
            return out
        place = next((c for m in _place_regex().finditer(part) if (c := city_of(m.group(0)))), None)
        out.append(replace(draft, date=days[0], weekday=None, place=place, several_days=False, distinct=True))
    return out



def other_places(draft: _Draft, sent: "Span") -> list[_Draft]:
    """ "due in Algeria and Tunisia for talks": a copy of the draft for each place joined by a
    conjunction to the place it has, a country to a country and a city to a city."""
    if draft.place is None or not draft.participants:
        return []
    doc = sent.doc
    found: list[tuple["Token", str]] = []
    for start, end, c in find_countries(sent.text):
        span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
        if span is not None:
            found.append((span.root, c.name))
    cities = [
        (span.root, city) for m in _place_regex().finditer(sent.text)
        if (city := city_of(m.group(0))) and (span := doc.char_span(
            sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")) is not None
    ]
    kind = cities if any(name == draft.place for _, name in cities) else found
    own = next((tok for tok, name in kind if name == draft.place), None)
    if own is None:
        return []
    joined = {t.i for t in own.conjuncts}
    names = [name for tok, name in kind if tok.i in joined and name != draft.place]
    return [replace(draft, place=name, distinct=True) for name in dict.fromkeys(names)]
