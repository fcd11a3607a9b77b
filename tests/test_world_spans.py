"""States and bodies marked once on the document (kg.annotate.world), as a pipeline component and on demand."""

from __future__ import annotations

import spacy

from kg.annotate.world import BODIES, STATES, mark_world, world_in


def test_the_component_marks_states_with_iso_codes_and_bodies_with_qids():
    nlp = spacy.blank("en")
    nlp.add_pipe("accord_world")
    doc = nlp("The European Commission and the Netherlands met Rwandan and U.S. officials in Kigali.")
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans[STATES]] == [
        ("Netherlands", "Netherlands", "NL"), ("Rwandan", "Rwanda", "RW"), ("U.S.", "United States", "US")]
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans[BODIES]] == [
        ("European Commission", "European Commission", "Q8880")]


def test_a_document_the_component_did_not_see_is_marked_on_first_use():
    doc = spacy.blank("en")("Talks in Tunis. Tunisia and the EU agreed.")
    second = doc[4:]
    assert STATES not in doc.spans
    assert [s.label_ for s in world_in(second)] == ["Tunisia"]
    assert [s.label_ for s in world_in(second, BODIES)] == ["European Union"]
    assert mark_world(doc) is doc and len(doc.spans[STATES]) == 1
