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

        table = doc.to_array([IDS[a] for a in used] + [IDS["HEAD"]]).tolist()
        n = len(table)
        column = {attr: [row[i] for row in table] for i, attr in enumerate(used)}
        where: dict[str, dict[int, list[int]]] = {}
        for attr, values in column.items():
            index = where[attr] = {}
            for i, value in enumerate(values):
                index.setdefault(value, []).append(i)
        roots = _roots([row[-1] for row in table])
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
    match can be: around the tokens that can be one of the pattern's mandatory tokens.

    Every pattern here is of bounded length (no ``+``, ``*`` or open ``{n,}``) and has a
    mandatory token (no ``OP``, or ``"1"``) with a plain value or an ``IN`` set over a token
    attribute (:data:`_ATTRS`), its *anchor*. A match holds its pattern's anchor, so it lies
    within ``longest - 1`` tokens of a token the anchor accepts; the matcher runs on those
    windows (merged where they meet), disjoint, in text order, which gives the same matches
    in the same order as one run over the document: spaCy's ``Matcher`` reads nothing outside
    the tokens it matches, and matches end in text order. With no filter (``greedy``) and
    plain ``(key, start, end)`` tuples, as :func:`kg.extract.parties.matcher` is called.
    """

    def __init__(self, matcher, anchors: list[Test], longest: int) -> None:
        self.matcher = matcher
        self.anchors = anchors
        self.longest = longest
        self.attrs = sorted({attr for test in anchors for attr, _, _ in test})

    def __len__(self) -> int:
        return len(self.matcher)

    def __call__(self, doclike, **options):
        from spacy.attrs import IDS
        from spacy.tokens import Doc

        if options or not isinstance(doclike, Doc) or not all(
                doclike.has_annotation(a) for a in self.attrs if a in _ANNOTATED):
            return self.matcher(doclike, **options)
        doc = doclike
        columns = doc.to_array([IDS[a] for a in self.attrs]).reshape(len(doc), len(self.attrs)).T.tolist()
        column = dict(zip(self.attrs, columns))
        at: set[int] = set()
        for test in self.anchors:
            found = range(len(doc))
            for attr, op, values in test:
                col = column[attr]
                found = [i for i in found if (col[i] in values) != (op == "NOT_IN")]
            at.update(found)
        out = []
        reach = self.longest - 1
        windows: list[list[int]] = []
        for i in sorted(at):
            lo, hi = max(0, i - reach), min(len(doc), i + reach + 1)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        if sum(hi - lo for lo, hi in windows) * 2 > len(doc):
            return self.matcher(doc)  # most of the document: one run costs less than many
        for lo, hi in windows:
            out.extend((key, lo + start, lo + end) for key, start, end in self.matcher(doc[lo:hi]))
        return out


def _anchor(pattern: list[dict[str, Any]], vocab: "Vocab") -> Test | None:
    """The test of the pattern's most selective-looking mandatory token (the one with the
    fewest values to accept), or None."""
    best: tuple[int, Test] | None = None
    for spec in pattern:
        if spec.get("OP", "1") != "1":
            continue
        # the conditions read here (a token the others would refuse is only a wider window)
        test = tuple(t for k, v in spec.items() if k != "OP" for t in (_node_test({k: v}, vocab) or ()))
        if not test:
            continue
        positive = [len(values) for _, op, values in test if op != "NOT_IN"]
        if positive and (best is None or min(positive) < best[0]):
            best = (min(positive), test)
    return best[1] if best else None


def token_matcher(vocab: "Vocab", rules: dict[str, list]):
    """A ``Matcher`` with ``rules`` (label -> patterns) added in order, in a
    :class:`WindowedMatcher` when every pattern has an anchor and a bounded length."""
    from spacy.matcher import Matcher

    built = Matcher(vocab)
    for label, patterns in rules.items():
        built.add(label, patterns)
    anchors, longest = [], 0
    for patterns in rules.values():
        for pattern in patterns:
            lengths = [_max_tokens(spec.get("OP")) for spec in pattern]
            anchor = _anchor(pattern, vocab)
            if anchor is None or None in lengths:
                return built
            anchors.append(anchor)
            longest = max(longest, sum(lengths))  # type: ignore[arg-type]
    return WindowedMatcher(built, list(dict.fromkeys(anchors)), longest)
