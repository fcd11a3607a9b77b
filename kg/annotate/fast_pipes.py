"""Two of the model's own components, the same annotations for less work.

The build's parse runs the model's pipes; two of them spend most of their time in Python
per token rather than in the network (200 news articles, about 500 tokens each):

- ``attribute_ruler`` (tag map and exceptions: POS, MORPH, some lemmas) runs a spaCy
  ``Matcher`` of 179 one- or two-token patterns over every token: one state per pattern and
  token, about 8 ms per article, more than the tagger and the lemmatizer together. Its
  patterns are plain tests (``=``, ``IN``, ``NOT_IN``, ``REGEX``, booleans) without operators, so
  :class:`PlainMatcher` finds the same ``(key, start, end)`` matches by looking each
  pattern's equality test up in the document's attribute columns (``Doc.to_array``) and
  checking the rest. spaCy's ``AttributeRuler.match`` sorts the matches itself, so their
  order is irrelevant; ``set_annotations`` is spaCy's.
- ``lemmatizer`` (rule mode) builds a ``Token`` per token and reads its text, POS and
  morphology through Python properties: about 5 ms per article. Its lemma is a pure
  function of (ORTH, POS, MORPH) (``Lemmatizer.rule_lemmatize`` caches it under that key),
  so :class:`FastEnglishLemmatizer` reads those three columns at once and asks spaCy's own
  ``lemmatize`` only for a combination not met before in this process.

:func:`speed_up` installs both on a loaded pipeline when the model's components are what
they assume (else leaves them alone). ``tests/test_fast_pipes.py`` compares every token
attribute with spaCy's own components. The bare-parse baseline of ``scripts/bench_scale.py``
keeps spaCy's components: the build is measured against spaCy, not against itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.lang.en.lemmatizer import EnglishLemmatizer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

#: token attributes a plain pattern may test (read with ``Doc.to_array``)
_COLUMNS = ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "ENT_TYPE",
            "IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE", "IS_UPPER", "IS_LOWER", "IS_STOP")
#: the order an equality test is preferred in as a pattern's anchor (the most selective first)
_ANCHOR_ORDER = ("ORTH", "LOWER", "NORM", "LEMMA", "TAG", "DEP", "POS", "ENT_TYPE")

#: one token's test: ((column, operator, values), ...), operator "=", "IN", "NOT_IN" or "REGEX"
#: (then the values are a :class:`_Regex`, whose ``in`` is the test)
Test = tuple[tuple[str, str, Any], ...]


def _token_test(spec: dict[str, Any]) -> Test | None:
    """A token spec as a test, or None when it uses what this module does not read."""
    from spacy.strings import get_string_id

    out = []
    for raw, value in spec.items():
        attr = "ORTH" if raw.upper() == "TEXT" else raw.upper()
        if attr not in _COLUMNS:
            return None
        if isinstance(value, bool) or isinstance(value, str):
            out.append((attr, "=", frozenset({int(value) if isinstance(value, bool) else get_string_id(value)})))
        elif (isinstance(value, dict) and len(value) == 1 and next(iter(value)) == "REGEX"
              and isinstance(value["REGEX"], str) and not attr.startswith("IS_")):
            out.append((attr, "REGEX", _Regex(value["REGEX"])))
        elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN"):
            (op, values), = value.items()
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                return None
            out.append((attr, op, frozenset(get_string_id(v) for v in values)))
        else:
            return None
    return tuple(out)


class _Regex:
    """spaCy's ``REGEX`` test of a string attribute (``re.search`` on the attribute's string),
    remembered per value; ``in`` is the test, so it stands where a set of values would."""

    def __init__(self, pattern: str) -> None:
        import re

        self.regex = re.compile(pattern)
        self.known: dict[int, bool] = {}
        self.strings = None

    def __contains__(self, value: int) -> bool:
        found = self.known.get(value)
        if found is None:
            found = self.known[value] = bool(self.regex.search(self.strings[value]))
        return found


class PlainMatcher:
    """spaCy's ``Matcher`` for patterns without operators whose tokens test plain values:
    the same set of ``(key, start, end)`` matches, each once (not in spaCy's order)."""

    def __init__(self, rules: list[tuple[int, list[Test]]], matcher=None) -> None:
        #: spaCy's matcher with the same patterns (its ``get``, ``len``, ``in`` and pickling)
        self.matcher = matcher
        #: (key, anchor (offset, column, value) or None, [(offset, column, op, values), ...])
        self.patterns: list[tuple[int, tuple[int, str, int] | None, list[tuple[int, str, str, frozenset[int]]]]] = []
        for key, tests in rules:
            checks = [(offset, attr, op, values) for offset, test in enumerate(tests) for attr, op, values in test]
            equal = [(offset, attr, next(iter(values))) for offset, attr, op, values in checks if op == "="]
            anchor = min(equal, key=lambda c: _ANCHOR_ORDER.index(c[1]) if c[1] in _ANCHOR_ORDER else len(_ANCHOR_ORDER),
                         default=None)
            self.patterns.append((key, anchor, checks))
        self.attrs = sorted({attr for _, _, checks in self.patterns for _, attr, _, _ in checks})
        self.regexes = [values for _, _, checks in self.patterns for _, _, op, values in checks if op == "REGEX"]

    @classmethod
    def of(cls, matcher, keys: list[int]) -> "PlainMatcher | None":
        """The plain matcher of a spaCy ``Matcher``'s ``keys``, or None when a pattern is not plain."""
        rules = []
        for key in keys:
            _, patterns = matcher.get(key)
            for pattern in patterns:
                tests = [_token_test(spec) for spec in pattern]
                if not pattern or any(t is None for t in tests):
                    return None
                rules.append((key, tests))
        return cls(rules, matcher)

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key) -> bool:
        return key in self.matcher

    def get(self, key, default=None):
        return self.matcher.get(key, default)

    def __call__(self, doc: "Doc", allow_missing: bool = False, as_spans: bool = False, **options) -> list:
        from spacy.attrs import IDS

        if as_spans or options:
            raise ValueError("PlainMatcher gives (key, start, end) tuples only")
        n = len(doc)
        if n == 0:
            return []
        table = doc.to_array([IDS[a] for a in self.attrs]).reshape(n, len(self.attrs)).T.tolist()
        column = dict(zip(self.attrs, table))
        for regex in self.regexes:
            regex.strings = doc.vocab.strings
        where: dict[str, dict[int, list[int]]] = {}
        found: set[tuple[int, int, int]] = set()
        for key, anchor, checks in self.patterns:
            length = 1 + max(offset for offset, _, _, _ in checks)
            if anchor is None:
                starts = range(n - length + 1)
            else:
                offset, attr, value = anchor
                index = where.get(attr)
                if index is None:
                    index = where[attr] = {}
                    for i, v in enumerate(column[attr]):
                        index.setdefault(v, []).append(i)
                starts = [i - offset for i in index.get(value, ()) if 0 <= i - offset <= n - length]
            for start in starts:
                for offset, attr, op, values in checks:
                    if (column[attr][start + offset] in values) == (op == "NOT_IN"):
                        break
                else:
                    found.add((key, start, start + length))
        return list(found)


class FastEnglishLemmatizer(EnglishLemmatizer):
    """spaCy's English lemmatizer whose ``__call__`` (rule mode, no overwrite) lemmatizes
    each (ORTH, POS, MORPH) once per process; :func:`speed_up` gives a loaded component
    this class."""

    def __call__(self, doc: "Doc") -> "Doc":
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        # the lemma is a function of (ORTH, POS, MORPH) in rule mode only
        if getattr(self.lemmatize, "__func__", None) is not type(self).rule_lemmatize or self.overwrite:
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        if len(doc) == 0:
            return doc
        import numpy

        known: dict = self.__dict__.setdefault("_kg_lemmas", {})
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma == 0:  # else set by the attribute ruler
                key = (orth, pos, morph)
                lemma = known.get(key)
                if lemma is None:
                    lemma = known[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


def speed_up(nlp: "Language") -> "Language":
    """Give ``nlp``'s attribute ruler a :class:`PlainMatcher` and its rule lemmatizer
    :class:`FastEnglishLemmatizer`, where the components are spaCy's own with plain patterns."""
    from spacy.matcher import Matcher
    from spacy.pipeline import AttributeRuler

    for name, pipe in nlp.pipeline:
        if type(pipe) is AttributeRuler and type(pipe.matcher) is Matcher:
            keys = [pipe.vocab.strings.add(str(i)) for i in range(len(pipe.attrs))]
            plain = PlainMatcher.of(pipe.matcher, keys)
            if plain is not None and len(pipe.matcher) == len(keys):
                pipe.matcher = plain
        elif type(pipe) is EnglishLemmatizer:
            pipe.__class__ = FastEnglishLemmatizer
    return nlp


__all__ = ["FastEnglishLemmatizer", "PlainMatcher", "speed_up"]
