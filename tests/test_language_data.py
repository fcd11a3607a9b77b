"""The Python that reads articles names no English word: words live in ``kg/data``.

A new agreement word, title form or verb must be a data change (issue 9). This test reads
the source of every module that reads article text and fails on a string literal that is
a word of the language where the code decides:

- an operand of a comparison (``tok.lower_ == "signed"``, ``x in ("the", "a")``),
- an element of a set literal or of ``set``/``frozenset`` of literals (a word list),
- a regular expression given to ``re`` that spells a word (``r"\\bsigned\\b"``).

Labels are not words of the language: spaCy's annotation labels (``spacy.glossary``: POS
tags, dependency and entity labels) and the values the facts format defines
(:mod:`kg.facts`' kinds and statuses, the organisation kinds of ``organisations.json``).
"""

from __future__ import annotations

import ast
import json
import re
from importlib import resources
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

from kg.facts import AGREEMENT_KINDS, AGREEMENT_STATUSES, AID_STATUSES, ArticleFacts
from kg.link import KINDS

KG = Path(__file__).resolve().parents[1] / "kg"

#: Modules that read article language: the extractors, the annotation layer, and what they share.
TEXT_MODULES = sorted(
    {p for folder in ("extract", "annotate") for p in (KG / folder).rglob("*.py")}
    | {KG / f"{name}.py" for name in ("parse", "dates", "money", "gazetteer", "resolve", "states", "world_spans", "link", "headline")}
)
TEXT_MODULES = [p for p in TEXT_MODULES if p.exists()]

_ORG_KINDS = {row["kind"] for row in json.loads(resources.files("kg.data").joinpath("organisations.json").read_text())["organisations"]}
LABELS = {label.lower() for label in GLOSSARY} | {v.lower() for v in (*AGREEMENT_KINDS, *AGREEMENT_STATUSES, *AID_STATUSES)} | _ORG_KINDS
LABELS |= set(ArticleFacts.__dataclass_fields__)  # the fact kinds themselves
LABELS |= set(KINDS)  # the kinds of thing kg.link names

_WORD = re.compile(r"^[A-Za-z][A-Za-z'\u2019-]*(?: [A-Za-z'\u2019-]+)*$")
# what a regex spells besides words: escapes (\b, \s, \w), inline flags, named groups, classes
_REGEX_SYNTAX = re.compile(r"\\[A-Za-z]|\(\?[A-Za-z-]*[:)]|\(\?P<\w+>|\(\?P=\w+\)|\[[^\]]*\]|\{\d*,?\d*\}")
_REGEX_WORD = re.compile(r"[a-z]{3,}")
_RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


def _strings(node: ast.AST) -> list[ast.Constant]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [e for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return []


def _is_word(value: str) -> bool:
    # upper case is a code (ISO 4217, a tag), not a word
    return bool(_WORD.match(value)) and len(value) > 1 and not value.isupper() and value.lower() not in LABELS


def english_words(source: str) -> list[tuple[int, str]]:
    """(line, literal) of every English word the source compares text with."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            for operand in (node.left, *node.comparators):
                found += [(c.lineno, c.value) for c in _strings(operand) if _is_word(c.value)]
        elif isinstance(node, ast.Set):
            found += [(c.lineno, c.value) for c in _strings(node) if _is_word(c.value)]
        elif isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute)):
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            owner = node.func.value.id if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) else None
            if name in ("set", "frozenset") and node.args:
                found += [(c.lineno, c.value) for c in _strings(node.args[0]) if _is_word(c.value)]
            elif owner == "re" and name in _RE_FUNCTIONS and node.args:
                for c in _strings(node.args[0]):
                    spelled = _REGEX_WORD.findall(_REGEX_SYNTAX.sub(" ", c.value))
                    found += [(c.lineno, w) for w in spelled if w not in LABELS]
    return sorted(set(found))


def test_the_lint_sees_words_and_spares_labels() -> None:
    source = (
        'import re\n'
        'if tok.lower_ == "treaty" or tok.dep_ == "nsubj" or tok.pos_ in ("PROPN", "NOUN"):\n'
        '    pass\n'
        'WORDS = frozenset({"the", "this"})\n'
        'R = re.compile(r"\\b(?:deal|pact)s?\\b", re.I)\n'
        'S = re.compile(r"\\d{1,2}[:.]\\d{2}\\s*[A-Z]{2,4}")\n'
        'if status == "suspended" or kind in {"igo", "agency"}:\n'
        '    pass\n'
    )
    assert [w for _, w in english_words(source)] == ["treaty", "the", "this", "deal", "pact"]


@pytest.mark.parametrize("path", TEXT_MODULES, ids=lambda p: str(p.relative_to(KG.parent)))
def test_no_english_word_in_code(path: Path) -> None:
    words = english_words(path.read_text(encoding="utf-8"))
    assert not words, f"{path.name}: move these words to kg/data: " + ", ".join(f"{w!r} (line {n})" for n, w in words[:20])
