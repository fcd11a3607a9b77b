"""The post patterns of ``kg/data/patterns/posts.jsonl``: every example of every pattern runs."""

from __future__ import annotations

import pytest

from kg.extract.post_patterns import find_posts, patterns


def test_every_pattern_has_examples():
    assert patterns()
    assert [p.id for p in patterns() if not p.examples] == []
    assert len({p.id for p in patterns()}) == len(patterns())


@pytest.mark.parametrize(("pattern_id", "example"), [(p.id, ex) for p in patterns() for ex in p.examples],
                         ids=lambda v: v if isinstance(v, str) else v["person"])
def test_pattern_example(nlp, pattern_id, example):
    doc = nlp(example["text"])
    found = [(doc[f.start : f.end].text, f.role.role, f.role.country) for f in find_posts(doc) if f.pattern == pattern_id]
    assert found == [(example["person"], example["post"], example["country"])]


def test_no_post_without_the_pattern(nlp):
    doc = nlp("Sarah Quinn, who joined the committee in May, said she had doubts.")
    assert find_posts(doc) == []


def test_a_former_principal_gives_no_post(nlp):
    doc = nlp("Jan Novak, a spokesman for former Prime Minister Petr Fiala, said so.")
    assert find_posts(doc) == []


def test_positions_in_a_later_sentence_are_the_documents(nlp):
    doc = nlp("The talks went on for hours. Later, MP Sarah Quinn, who chairs the home affairs select committee, "
              "said she had doubts.")
    sentence = list(doc.sents)[-1]
    assert [doc[f.start : f.end].text for f in find_posts(sentence)] == ["Sarah Quinn"]


def test_a_committee_of_no_legislature_gives_no_post(nlp):
    doc = nlp("Lawyer Maria Rossi, who chairs the bar association committee, said the centres were illegal.")
    assert find_posts(doc) == []


def test_a_body_of_no_state_headed_by_someone_gives_no_post(nlp):
    doc = nlp("The Migrant Solidarity Network, led by Paolo Rossi, criticised the deal with Libya.")
    assert find_posts(doc) == []
