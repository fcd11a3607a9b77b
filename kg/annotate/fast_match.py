"""spaCy matchers with the same matches, in the same order, for less work.

- :class:`FastDependencyMatcher`: spaCy's ``DependencyMatcher``
  (``spacy/matcher/dependencymatcher.pyx``) first finds, for every node of every pattern,
  the tokens the node's attributes match, by running an internal ``Matcher`` with one
  one-token pattern per node over the document: one state per node and token (35
  meeting-trigger patterns, 103 nodes, 500 tokens: 50,000 states and thousands of Python
  ``IN``-set calls per article, 8 ms), although most nodes repeat another's attributes.
  Here only that step (``_get_keys_to_position_maps``) is replaced: the document's
  attribute columns are read once (``Doc.to_array``), each distinct node test is looked up
  in them once, and the result is grouped by tree root exactly as spaCy groups it; trees
  that lack a node of a pattern are skipped. The relations between nodes are spaCy's code.
- :class:`WindowedMatcher`: a token ``Matcher`` costs a state per pattern and token, so
  one whose patterns are of bounded length and each have a mandatory token that can be
  looked up (an *anchor*) runs only on the windows around the tokens an anchor accepts.

A pattern file these cannot read exactly (other attributes or operators) gets spaCy's own
matcher (:func:`dependency_matcher`, :func:`token_matcher`). ``tests/test_fast_match.py``
compares both with spaCy's on the project's pattern files.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from spacy.matcher import DependencyMatcher

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

#: token attributes a node may test here (compared by string id, as spaCy's Matcher does)
_ATTRS = ("ORTH", "LOWER", "NORM", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE")
_ALIASES = {"TEXT": "ORTH"}
#: attributes the internal Matcher refuses to test on a document that lacks them
_ANNOTATED = ("POS", "TAG", "LEMMA", "DEP")

#: one node's test: ((attribute, operator, frozenset of string ids), ...), operator "=" / "IN" / "NOT_IN"
Test = tuple[tuple[str, str, frozenset[int]], ...]


def _node_test(spec: dict[str, Any], vocab: "Vocab") -> Test | None:
    """The node's attributes as a test, or None when they use what this module does not read."""
    out = []
    for raw, value in spec.items():
        attr = _ALIASES.get(raw.upper(), raw.upper())
        if attr not in _ATTRS:
            return None
        if isinstance(value, str):
            out.append((attr, "=", frozenset({vocab.strings.add(value)})))
        elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN"):
            (op, values), = value.items()
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                return None
            out.append((attr, op, frozenset(vocab.strings.add(v) for v in values)))
        else:
            return None
    return tuple(sorted(out, key=lambda t: (t[0], t[1], sorted(t[2]))))


class FastDependencyMatcher(DependencyMatcher):
    """spaCy's ``DependencyMatcher``, its nodes' tokens found with numpy (module docstring)."""

    def __init__(self, vocab: "Vocab") -> None:
        super().__init__(vocab)
        self._node_tests: dict[int, Test] = {}  # internal matcher key -> its node's test
        self._keys_of: dict[Test, list[int]] = {}  # test -> the keys of the nodes with it

    def add_tested(self, key: str, patterns: list, tests: list[list[Test]]) -> None:
        self.add(key, patterns)
        for node_keys, node_tests in zip(self._tokens_to_key[self._normalize_key(key)][-len(patterns):], tests):
            for k, test in zip(node_keys, node_tests):
                self._node_tests[k] = test
                self._keys_of.setdefault(test, []).append(k)

    def _get_keys_to_position_maps(self, doc: "Doc"):
        used = sorted({attr for test in self._node_tests.values() for attr, _, _ in test})
        if len(doc) == 0 or not all(doc.has_annotation(a) for a in used if a in _ANNOTATED):
            return super()._get_keys_to_position_maps(doc)
        from spacy.attrs import IDS

        table = doc.to_array(IDS["HEAD"]).tolist()
        n = len(table)
        column, where = _columns(doc, used)
        roots = _roots(table)
        positions: dict[Test, list[int]] = {}
        for test in self._keys_of:
            positive = [(attr, values) for attr, op, values in test if op != "NOT_IN"]
            if positive:
                # start from the values of one positive test, check the rest token by token
                attr, values = min(positive, key=lambda t: sum(len(where[t[0]].get(v, ())) for v in t[1]))
                found = sorted(i for v in values for i in where[attr].get(v, ()))
            else:
                found = list(range(n))
            for attr, op, values in test:
                col = column[attr]
                if op == "NOT_IN":
                    found = [i for i in found if col[i] not in values]
                else:
                    found = [i for i in found if col[i] in values]
            positions[test] = found
        keys_to_position_maps: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        # roots in the order spaCy meets them: that of their first matched token
        for i in sorted({i for found in positions.values() for i in found}):
            keys_to_position_maps[roots[i]]
        # nodes with the same test share one list per tree (spaCy only reads them)
        for test, found in positions.items():
            by_root: dict[int, list[int]] = {}
            for i in found:
                by_root.setdefault(roots[i], []).append(i)
            for key in self._keys_of[test]:
                for r, at in by_root.items():
                    keys_to_position_maps[r][key] = at
        return keys_to_position_maps

    def __call__(self, doclike):
        """spaCy's ``DependencyMatcher.__call__`` (3.8), skipping the trees that lack a
        node of a pattern, where spaCy's product of positions is empty."""
        from spacy.tokens import Doc, Span

        if isinstance(doclike, Doc):
            doc = doclike
        elif isinstance(doclike, Span):
            doc = doclike.as_doc(copy_user_data=True)
        else:
            return super().__call__(doclike)
        matched_key_trees = []
        keys_to_position_maps = self._get_keys_to_position_maps(doc)
        cache: dict = {}
        for key in self._patterns.keys():
            for root, tree, tokens_to_key in zip(self._root[key], self._tree[key], self._tokens_to_key[key]):
                for keys_to_position in keys_to_position_maps.values():
                    if not all(k in keys_to_position for k in tokens_to_key):
                        continue
                    for matched_tree in self._get_matches(cache, doc, tree, tokens_to_key, keys_to_position):
                        matched_key_trees.append((key, matched_tree))
        for i, (match_id, nodes) in enumerate(matched_key_trees):
            on_match = self._callbacks.get(match_id)
            if on_match is not None:
                on_match(self, doc, i, matched_key_trees)
        return matched_key_trees


def _columns(doc: "Doc", attrs: list[str]) -> tuple[dict[str, list[int]], dict[str, dict[int, list[int]]]]:
    """Each attribute's values by token, and its tokens by value, read once per document
    for every matcher (kept in ``doc.user_hooks``, never serialised)."""
    from spacy.attrs import IDS

    column, where = doc.user_hooks.setdefault(_COLUMNS, ({}, {}))
    missing = [a for a in attrs if a not in column]
    if missing:
        for attr, values in zip(missing, doc.to_array([IDS[a] for a in missing]).reshape(len(doc), len(missing)).T.tolist()):
            column[attr] = values
            index = where[attr] = {}
            for i, value in enumerate(values):
                index.setdefault(value, []).append(i)
    return column, where


#: ``doc.user_hooks`` key of :func:`_columns`
_COLUMNS = "kg_match_columns"


def _roots(heads: list[int]) -> list[int]:
    """Each token's tree root (the last of its ancestors), from ``HEAD`` offsets (uint64)."""
    n = len(heads)
    up = [i + (h - (1 << 64) if h >= 1 << 63 else h) for i, h in enumerate(heads)]
    roots = [-1] * n
    for i in range(n):
        path = []
        j = i
        while roots[j] < 0 and up[j] != j:
            path.append(j)
            j = up[j]
        r = roots[j] if roots[j] >= 0 else j
        roots[j] = r
        for k in path:
            roots[k] = r
    return roots


def dependency_matcher(vocab: "Vocab", rules: dict[str, list]) -> DependencyMatcher:
    """A dependency matcher with ``rules`` (label -> patterns) added in order: a
    :class:`FastDependencyMatcher` when every node can be tested here, else spaCy's."""
    tests = {label: [[_node_test(node.get("RIGHT_ATTRS", {}), vocab) for node in p] for p in patterns]
             for label, patterns in rules.items()}
    if any(t is None for label in tests.values() for p in label for t in p):
        plain = DependencyMatcher(vocab)
        for label, patterns in rules.items():
            plain.add(label, patterns)
        return plain
    fast = FastDependencyMatcher(vocab)
    for label, patterns in rules.items():
        fast.add_tested(label, patterns, tests[label])  # type: ignore[arg-type]
    return fast


# -- token patterns: the matcher run only where a match can be --------------------------------

#: the most tokens one token pattern may take, by ``OP`` (None: no bound)
_REPEATS = {None: 1, "1": 1, "?": 1, "!": 1, "+": None, "*": None}


def _max_tokens(op: str | None) -> int | None:
    if op in _REPEATS:
        return _REPEATS[op]
    if op and op.startswith("{") and op.endswith("}"):
        bounds = op[1:-1].split(",")
        return int(bounds[-1]) if bounds[-1].strip() else None
    return None


class WindowedMatcher:
    """A spaCy ``Matcher`` called on a whole document, run only on the parts of it where a
    match can be: around the tokens that can be one of the patterns' mandatory tokens.

    Every pattern here has a mandatory token (no ``OP``, or ``"1"``) with a plain value or an
    ``IN`` set over a token attribute (:data:`_ATTRS`), an *anchor* (in each document, the
    one the fewest of its tokens pass is used), and every token of it
    that may repeat without bound (``+``, ``*``, ``{n,}``) has such a test too, its *run*
    test. A match holds its pattern's anchor, at most ``budget`` tokens of the bounded kind
    (the anchor one of them) and any number of tokens a run test accepts; so it lies in the
    window reached from a token an anchor accepts by stepping over run tokens freely and
    over ``budget - 1`` others each way. The matcher runs on those windows (merged where they
    meet or touch, so disjoint, in text order), which gives the same matches in the same
    order as one run over the document: spaCy's ``Matcher`` reads nothing outside the tokens
    it matches, and matches end in text order. With no filter (``greedy``) and plain
    ``(key, start, end)`` tuples, as :func:`kg.extract.parties.matcher` calls it.
    """

    def __init__(self, matcher, anchors: list[tuple[Test, ...]], runs: list[Test], budget: int) -> None:
        self.matcher = matcher
        self.anchors = anchors
        self.runs = runs
        self.budget = budget
        self.attrs = sorted({attr for test in (*(t for c in anchors for t in c), *runs) for attr, _, _ in test})

    def __len__(self) -> int:
        return len(self.matcher)

    def __call__(self, doclike, **options):
        from spacy.attrs import IDS
        from spacy.tokens import Doc

        if options or not isinstance(doclike, Doc) or not all(
                doclike.has_annotation(a) for a in self.attrs if a in _ANNOTATED):
            return self.matcher(doclike, **options)
        doc, n = doclike, len(doclike)
        column, where = _columns(doc, self.attrs)
        known: dict[Test, list[int]] = {}

        def tokens(test: Test) -> list[int]:
            """The tokens ``test`` accepts, in order (it has a condition with values)."""
            if test not in known:
                attr, values = min(((a, v) for a, op, v in test if op != "NOT_IN"),
                                   key=lambda t: sum(len(where[t[0]].get(v, ())) for v in t[1]))
                found = sorted(i for v in values for i in where[attr].get(v, ()))
                for attr, op, values in test:
                    col = column[attr]
                    found = [i for i in found if (col[i] in values) != (op == "NOT_IN")]
                known[test] = found
            return known[test]

        def accepted(tests: list[Test]) -> set[int]:
            return {i for test in tests for i in tokens(test)}

        free = accepted(self.runs)
        windows: list[list[int]] = []
        # each pattern's anchor is its mandatory token that the fewest tokens of this document pass
        starts = {i for choices in self.anchors for i in min((tokens(t) for t in choices), key=len)}
        for i in sorted(starts):
            lo, left = i, self.budget - 1
            while lo > 0 and (lo - 1 in free or left > 0):
                left -= lo - 1 not in free
                lo -= 1
            hi, right = i + 1, self.budget - 1
            while hi < n and (hi in free or right > 0):
                right -= hi not in free
                hi += 1
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        if sum(hi - lo for lo, hi in windows) * 2 > n:
            return self.matcher(doc)  # most of the document: one run costs less than many
        out = []
        for lo, hi in windows:
            out.extend((key, lo + start, lo + end) for key, start, end in self.matcher(doc[lo:hi]))
        return out


def _test(spec: dict[str, Any], vocab: "Vocab") -> Test | None:
    """The conditions of a token pattern this module reads, when one of them names values
    (dropping the others only accepts more tokens), else None."""
    test = tuple(t for k, v in spec.items() if k != "OP" for t in (_node_test({k: v}, vocab) or ()))
    return test if any(op != "NOT_IN" for _, op, _ in test) else None


def _anchors(pattern: list[dict[str, Any]], vocab: "Vocab") -> tuple[Test, ...]:
    """The tests of the pattern's mandatory tokens that name values: each can be its anchor."""
    tests = (_test(spec, vocab) for spec in pattern if spec.get("OP", "1") == "1")
    return tuple(dict.fromkeys(t for t in tests if t is not None))


def token_matcher(vocab: "Vocab", rules: dict[str, list]):
    """A ``Matcher`` with ``rules`` (label -> patterns) added in order, in a
    :class:`WindowedMatcher` when every pattern has an anchor and a run test for each
    token that repeats without bound."""
    from spacy.matcher import Matcher

    built = Matcher(vocab)
    for label, patterns in rules.items():
        built.add(label, patterns)
    anchors, runs, budget = [], [], 0
    for patterns in rules.values():
        for pattern in patterns:
            choices = _anchors(pattern, vocab)
            if not choices:
                return built
            anchors.append(choices)
            bounded = 0
            for spec in pattern:
                most = _max_tokens(spec.get("OP"))
                if most is None:
                    run = _test(spec, vocab)
                    if run is None:
                        return built
                    runs.append(run)
                else:
                    bounded += most
            budget = max(budget, bounded)
    return WindowedMatcher(built, list(dict.fromkeys(anchors)), list(dict.fromkeys(runs)), budget)


# -- a token Matcher called span by span: skip the spans where no pattern can match --------------

#: ``OP`` values of a token that must appear at least once in a match
_MANDATORY = (None, "1", "+")


class SpanGate:
    """Whether a token ``Matcher`` with ``patterns`` can match inside a span at all.

    A pattern matches only where each of its mandatory tokens (no ``OP``, ``"1"`` or ``"+"``)
    is present; each such token's value conditions (``=`` or ``IN`` over :data:`_ATTRS`) are
    looked up in the document's attribute columns (:func:`_columns`, read once per document).
    A span that lacks, for every pattern, some mandatory token's value has no match, so the
    matcher's answer there is known without running it (an empty list). A pattern whose
    tokens test nothing looked up here opens every span.
    """

    def __init__(self, vocab: "Vocab", patterns: list[list[dict[str, Any]]]) -> None:
        #: per pattern, the value conditions of its mandatory tokens: (attribute, values) each
        self.required: list[list[tuple[str, frozenset[int]]]] = []
        for pattern in patterns:
            conditions = []
            for spec in pattern:
                if spec.get("OP") not in _MANDATORY:
                    continue
                for attr, op, values in _test(spec, vocab) or ():
                    if op != "NOT_IN":
                        conditions.append((attr, values))
            self.required.append(list(dict.fromkeys(conditions)))
        self.open = any(not r for r in self.required)
        self.attrs = sorted({attr for r in self.required for attr, _ in r})

    def may_match(self, span) -> bool:
        """False when no pattern can match inside ``span`` (a ``Span`` of a parsed document)."""
        doc = span.doc
        if self.open or not all(doc.has_annotation(a) for a in self.attrs if a in _ANNOTATED):
            return True
        _, where = _columns(doc, self.attrs)
        # per condition, the sorted tokens that meet it, merged once per document
        merged = doc.user_hooks.setdefault(_GATE_TOKENS, {})
        start, end = span.start, span.end

        def present(attr: str, values: frozenset[int]) -> bool:
            at = merged.get((attr, values))
            if at is None:
                index = where[attr]
                at = merged[(attr, values)] = sorted(i for v in values for i in index.get(v, ()))
            k = bisect_left(at, start)
            return k < len(at) and at[k] < end

        return any(all(present(attr, values) for attr, values in r) for r in self.required)


#: ``doc.user_hooks`` key of :meth:`SpanGate.may_match`'s merged token lists
_GATE_TOKENS = "kg_gate_tokens"
