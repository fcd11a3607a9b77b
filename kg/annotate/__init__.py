"""The annotation layer: what every extractor reads, put on the ``Doc`` once.

spaCy pipeline components (registered factories, each split into *find* and *set
annotations* like ``spacy/pipeline/span_ruler.py``) that :func:`kg.parse.load_nlp` adds
after the model's own pipes. Each writes span groups; extractors read them and never
search the text again for what they hold.

The contract (span groups of ``doc.spans``; ``span._.kg`` is a plain dict of details,
:func:`kg.annotate.groups.details`; when a found form does not fall on token boundaries
the span is widened and ``details["cut"]`` keeps the form's offsets inside it,
:func:`kg.annotate.groups.form_offsets`):

``kg_states`` (``accord_world``)
    A state named, by name, alias or demonym. ``label_``: its canonical name
    ("Netherlands"); ``kb_id_``: ISO 3166-1 alpha-2 ("NL"), for a former state its ISO 3166-3
    code ("SU", "YU") or the hand table's ("FRG", West Germany); details ``form`` (as
    written), ``demonym`` (bool).
``kg_bodies`` (``accord_world``)
    An international body or state agency. ``label_``: its name; ``kb_id_``: Wikidata QID
    or ""; details ``kind`` ("igo", "agency", ...), ``serves`` (the state an agency serves).
``kg_places`` (``accord_world``)
    A city, capital, seat, venue or province. ``label_``: the place; ``kb_id_``: the ISO
    code of its state; details ``state`` (the state's canonical name).
``kg_money`` (``accord_money``)
    A sum. ``label_``: ISO 4217 currency ("" for a sum without a figure); details
    ``value`` (None when vague: "hundreds of millions of dollars"), ``max`` (upper value
    of a range or None), ``approximate`` ("about €3 billion"), ``bare_dollar`` (a "$"
    whose dollar the whole article decides: :func:`kg.money.dollar_currency`),
    ``dollar`` (the sum names its dollar: "A$").
``kg_dates`` (``accord_dates``)
    An expression naming a day. ``label_``: its ISO day when it carries its year, else
    ""; details ``rank`` (0 explicit, 1 weekday or relative), ``iso``. Readers resolve
    the rest against the article date (:func:`kg.dates.find_date_in_span`).
``kg_boilerplate`` (``accord_boilerplate``)
    A whole line that is not the story. ``label_``: "byline", "dateline" (read), "timestamp", "caption", "credit",
    "press_contact", "related", "newsletter" or "copyright"; details ``skipped`` (no
    extractor reads its sentences).

One per-document index (:func:`kg.annotate.index.doc_index`, built on first use) holds
the sentences extractors read (:func:`~kg.annotate.index.sentences`) and each group by
position (:func:`~kg.annotate.index.spans_in`: the spans of a group inside a sentence
in O(log n + answer)).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .boilerplate import mark_boilerplate
from .dates import mark_dates
from .groups import BODIES, BOILERPLATE, DATES, GROUPS, MONEY, PLACES, STATES, details, form_offsets
from .money import mark_money
from .world import mark_world

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: the components, in the order they run after the model's pipes
PIPES = ("accord_world", "accord_money", "accord_dates", "accord_boilerplate")


def add_pipes(nlp: "Language") -> "Language":
    """Add the annotation components to ``nlp`` (those it has not already)."""
    for name in PIPES:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def annotate(doc: "Doc") -> "Doc":
    """Annotate a document the pipeline did not (a blank or foreign ``nlp``): each group once."""
    for mark in (mark_world, mark_money, mark_dates, mark_boilerplate):
        mark(doc)
    return doc


__all__ = [
    "BODIES", "BOILERPLATE", "DATES", "GROUPS", "MONEY", "PIPES", "PLACES", "STATES",
    "add_pipes", "annotate", "details", "form_offsets",
]
