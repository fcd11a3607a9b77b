"""Every dependency pattern file of kg/data/patterns finds, in each of its examples, the
(label, trigger) pairs the example says: the words that announce a meeting are data, and
their examples are their specification."""

from __future__ import annotations

from importlib import resources

import pytest

from kg.extract.meetings.triggers import dependency_matcher
from kg.extract.parties import pattern_file

FILES = sorted(
    p.name for p in resources.files("kg.data").joinpath("patterns").iterdir()
    if p.name.endswith(".json") and "dependency_patterns" in pattern_file(p.name)
)


@pytest.fixture(scope="module")
def nlp():
    from kg.parse import load_nlp

    return load_nlp()


def test_the_meeting_triggers_are_a_pattern_file() -> None:
    assert "meeting_triggers.json" in FILES


@pytest.mark.parametrize(
    ("name", "example"),
    [(name, example) for name in FILES for example in pattern_file(name)["examples"]],
    ids=lambda v: v if isinstance(v, str) else v["text"][:40],
)
def test_dependency_pattern_examples(nlp, name: str, example: dict) -> None:
    doc = nlp(example["text"])
    found = sorted({(doc.vocab.strings[label], doc[tokens[0]].text) for label, tokens in dependency_matcher(name, doc.vocab)(doc)})
    assert found == sorted(tuple(m) for m in example["matches"])
