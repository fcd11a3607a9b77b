"""Every spaCy pattern file of kg/data/patterns finds, in each of its examples, what the example says."""

from __future__ import annotations

from importlib import resources

import pytest

from kg.extract.parties import matcher, pattern_file

FILES = sorted(
    p.name for p in resources.files("kg.data").joinpath("patterns").iterdir()
    if p.name.endswith(".json") and "patterns" in pattern_file(p.name)
)


@pytest.fixture(scope="module")
def nlp():
    from kg.parse import load_nlp

    return load_nlp()


def test_there_are_pattern_files() -> None:
    assert "agreement_repeats.json" in FILES


@pytest.mark.parametrize(
    ("name", "example"),
    [(name, example) for name in FILES for example in pattern_file(name)["examples"]],
    ids=lambda v: v if isinstance(v, str) else v["text"][:40],
)
def test_pattern_examples(nlp, name: str, example: dict) -> None:
    doc = nlp(example["text"])
    found = [doc[start:end].text for _, start, end in matcher(name, doc.vocab)(doc)]
    assert found == example["matches"]
