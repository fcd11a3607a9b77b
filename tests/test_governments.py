"""Seats of government that stand for their government, and short names of bodies (kg.annotate.governments)."""

from __future__ import annotations

import pytest
import spacy

from kg.annotate.groups import BODIES, STATES, details
from kg.extract.parties import countries_in, organisations_in, pattern_file
from kg.annotate.index import sentences

EXAMPLES = pattern_file("parties.json")["governments"]["examples"]


@pytest.fixture(scope="module")
def nlp():
    from kg.parse import load_nlp

    return load_nlp()


def _seats(doc) -> list[str]:
    marks = [s for g in (STATES, BODIES) for s in doc.spans[g] if details(s).get("seat")]
    return [s.label_ for s in sorted(marks, key=lambda s: s.start)]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e["text"][:40])
def test_a_seat_stands_for_its_government_where_the_grammar_says_so(nlp, example):
    assert _seats(nlp(example["text"])) == example["governments"]


def test_a_government_by_its_seat_is_a_party_to_the_extractors(nlp):
    doc = nlp("Madrid signed a new deal with Rabat on Thursday. Brussels agreed to pay.")
    first, second = sentences(doc)
    assert [m.name for m in countries_in(first)] == ["Spain", "Morocco"]
    assert [party for _, _, party in organisations_in(second)] == ["European Union"]


def test_a_dateline_in_capitals_or_before_a_dash_is_never_a_government(nlp):
    for text in ("BRUSSELS - The ministers met on Monday.", "Canberra, June 3 - Ministers met.",
                 "KAMPALA (Reuters) -\nThe hub opened."):
        assert _seats(nlp(text)) == []


def test_short_names_are_bodies_only_where_the_body_is_named_in_full():
    nlp = spacy.blank("en")
    nlp.add_pipe("accord_world")
    named = nlp("The European Commission met Tunisia. The Commission said the bloc would pay.")
    assert [(s.text, s.label_) for s in named.spans[BODIES]] == [
        ("European Commission", "European Commission"), ("The Commission", "European Commission"),
        ("the bloc", "European Union")]
    assert list(nlp("The Commission said the bloc would pay Tunisia.").spans[BODIES]) == []
    other = nlp("The EU backed the Commission on Human Rights and the Commission President.")
    assert [s.label_ for s in other.spans[BODIES]] == ["European Union"]
