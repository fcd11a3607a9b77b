"""Every spaCy pattern file of kg/data/patterns finds, in each of its examples, what the example says.

The convention (also in ``kg/data/patterns/README.md``), one for every pattern file:

- ``"patterns"``: label -> list of spaCy patterns. The file is read by a ``Matcher`` unless its
  ``"kind"`` is ``"dependency"``: then by a ``DependencyMatcher`` (:func:`kg.extract.parties.matcher`
  builds either, once per vocab).
- ``"examples"``: ``{"text": ..., "matches": [...]}``; each runs here as a test. A match is written
  as the matched text: for a ``Matcher`` the span's text, for a ``DependencyMatcher`` the matched
  tokens' texts in text order, joined by spaces. Plain strings are compared as the list of
  matches in the order spaCy returns them; a file whose labels mean different things (a trigger
  and what it is not) writes each match as ``[label, text]``, compared as a sorted set of pairs.
- ``"_comment"``: what the patterns are for and who reads the labels.
- ``"labels"`` (optional): label -> what the reader makes of it, in order of precedence
  (``agreement_status.json``: which status a label gives, the first label found winning).
"""

from __future__ import annotations

from importlib import resources

import pytest

from kg.extract.parties import DEPENDENCY, matcher, pattern_file

FILES = sorted(
    p.name for p in resources.files("kg.data").joinpath("patterns").iterdir()
    if p.name.endswith(".json") and "patterns" in pattern_file(p.name)
)


def test_there_are_pattern_files() -> None:
    assert {"agreement_repeats.json", "meeting_triggers.json", "meeting_unrealised.json"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_every_pattern_file_follows_the_convention(name: str) -> None:
    data = pattern_file(name)
    assert set(data) <= {"_comment", "kind", "labels", "patterns", "examples"}, sorted(data)
    assert data.get("kind") in (None, DEPENDENCY)
    assert data["examples"], "a pattern file specifies itself with examples"
    for example in data["examples"]:
        assert set(example) == {"text", "matches"}


@pytest.mark.parametrize(
    ("name", "example"),
    [(name, example) for name in FILES for example in pattern_file(name)["examples"]],
    ids=lambda v: v if isinstance(v, str) else v["text"][:40],
)
def test_pattern_examples(nlp, name: str, example: dict) -> None:
    doc = nlp(example["text"])
    expected = example["matches"]
    if any(isinstance(m, list) for m in expected):
        assert sorted(set(_labelled_matches(name, doc))) == sorted(tuple(m) for m in expected)
    else:
        assert [text for _, text in _labelled_matches(name, doc)] == expected


def _labelled_matches(name: str, doc) -> list[tuple[str, str]]:
    """(label, matched text) of each match, in the order spaCy gives them."""
    strings = doc.vocab.strings
    if pattern_file(name).get("kind") == DEPENDENCY:
        return [(strings[label], " ".join(doc[i].text for i in sorted(ids))) for label, ids in matcher(name, doc.vocab)(doc)]
    return [(strings[label], doc[start:end].text) for label, start, end in matcher(name, doc.vocab)(doc)]


def test_a_dependency_pattern_file_is_read_by_a_dependency_matcher(nlp, monkeypatch) -> None:
    data = {"kind": DEPENDENCY, "patterns": {"SIGN": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "sign"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": {"DEP": "nsubj"}},
    ]]}, "examples": []}
    monkeypatch.setattr("kg.extract.parties.pattern_file", lambda name: data)
    monkeypatch.setitem(globals(), "pattern_file", lambda name: data)
    doc = nlp("Rwanda signed the agreement.")
    assert _labelled_matches("a dependency file", doc) == [("SIGN", "Rwanda signed")]
