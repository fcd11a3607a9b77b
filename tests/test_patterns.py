"""Every spaCy pattern file of kg/data/patterns finds, in each of its examples, what the example says.

A file is a ``Matcher`` file (each match: the text of the span) unless its ``"kind"`` is
``"dependency"``: a ``DependencyMatcher`` file, each match the matched tokens' texts in
text order, joined by spaces.
"""

from __future__ import annotations

from importlib import resources

import pytest

from kg.extract.parties import DEPENDENCY, matcher, pattern_file

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
    assert _matches(name, doc) == example["matches"]


def _matches(name: str, doc) -> list[str]:
    if pattern_file(name).get("kind") == DEPENDENCY:
        return [" ".join(doc[i].text for i in sorted(ids)) for _, ids in matcher(name, doc.vocab)(doc)]
    return [doc[start:end].text for _, start, end in matcher(name, doc.vocab)(doc)]


def test_a_dependency_pattern_file_is_read_by_a_dependency_matcher(nlp, monkeypatch) -> None:
    data = {"kind": DEPENDENCY, "patterns": {"SIGN": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "sign"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": {"DEP": "nsubj"}},
    ]]}, "examples": []}
    monkeypatch.setattr("kg.extract.parties.pattern_file", lambda name: data)
    monkeypatch.setitem(globals(), "pattern_file", lambda name: data)
    doc = nlp("Rwanda signed the agreement.")
    assert _matches("a dependency file", doc) == ["Rwanda signed"]
