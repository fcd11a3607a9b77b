"""kg.annotate.fast_match: the same dependency matches as spaCy's own matcher."""

from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher

from kg.annotate.fast_match import FastDependencyMatcher, WindowedMatcher, dependency_matcher, token_matcher
from kg.extract.parties import pattern_file

TEXTS = [
    "The foreign minister met her counterpart in Lisbon on Tuesday and discussed the return of rejected asylum seekers.",
    "The two leaders held talks at the summit, then gave a joint press conference.",
    "A video conference between the interior ministers was cancelled. Nobody met anyone.",
    "Officials from Ghana and Italy sat down with the envoy, who was accompanied by his deputy.",
    "",
    "Rain.",
]

RULES = {
    "VERB_WITH": [[
        {"RIGHT_ID": "v", "RIGHT_ATTRS": {"POS": "VERB", "LEMMA": {"IN": ["meet", "discuss", "sit"]},
                                         "DEP": {"NOT_IN": ["amod"]}}},
        {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": {}},
    ]],
    "BEFORE": [[
        {"RIGHT_ID": "n", "RIGHT_ATTRS": {"LOWER": "conference"}},
        {"LEFT_ID": "n", "REL_OP": ";", "RIGHT_ID": "k", "RIGHT_ATTRS": {"LOWER": {"IN": ["press", "video"]}}},
    ]],
}


def _plain(vocab, rules):
    plain = DependencyMatcher(vocab)
    for label, patterns in rules.items():
        plain.add(label, patterns)
    return plain


@pytest.mark.parametrize("rules", [RULES, pattern_file("meeting_triggers.json")["patterns"]], ids=["small", "meeting_triggers"])
def test_same_matches_in_the_same_order(nlp, rules):
    fast = dependency_matcher(nlp.vocab, rules)
    assert isinstance(fast, FastDependencyMatcher)
    plain = _plain(nlp.vocab, rules)
    docs = [nlp(t) for t in TEXTS] + [nlp(" ".join(TEXTS))]
    found = [fast(d) for d in docs]
    assert found == [plain(d) for d in docs]
    assert any(found)  # the texts do match


def test_unsupported_node_gets_spacys_matcher(nlp):
    rules = {"LONG": [[{"RIGHT_ID": "x", "RIGHT_ATTRS": {"LENGTH": {">=": 4}}}]]}
    matcher = dependency_matcher(nlp.vocab, rules)
    assert not isinstance(matcher, FastDependencyMatcher)
    assert matcher(nlp("Talks resumed.")) == _plain(nlp.vocab, rules)(nlp("Talks resumed."))


TOKEN_RULES = {
    "SIGNED_DEAL": [[{"LEMMA": {"IN": ["sign", "seal"]}, "POS": "VERB"}, {"LOWER": "the", "OP": "?"},
                     {"LOWER": {"IN": ["deal", "accord"]}}]],
    "TALKS": [[{"LOWER": "talks"}, {"LOWER": {"IN": ["on", "about"]}, "OP": "?"}],
              [{"LOWER": "held"}, {"IS_ALPHA": True, "OP": "{0,2}"}, {"LOWER": "talks"}]],
}


def _plain_tokens(vocab, rules):
    from spacy.matcher import Matcher

    plain = Matcher(vocab)
    for label, patterns in rules.items():
        plain.add(label, patterns)
    return plain


@pytest.mark.parametrize("name", [None, "agreement_signing.json", "aid_status.json", "people_host.json",
                                  "meeting_unrealised.json", "agreement_kinds.json"])
def test_windowed_matcher_gives_the_same_matches_in_the_same_order(nlp, name):
    rules = TOKEN_RULES if name is None else pattern_file(name)["patterns"]
    fast = token_matcher(nlp.vocab, rules)
    assert isinstance(fast, WindowedMatcher)
    plain = _plain_tokens(nlp.vocab, rules)
    texts = TEXTS + [
        "Talks", "The ministers held talks. They signed the deal on Friday and sealed an accord, then held more talks about it.",
        "Nothing was agreed. " * 30 + "Both sides signed the deal after talks on migration. " + "Rain fell. " * 30,
    ]
    docs = [nlp(t) for t in texts] + [nlp(" ".join(texts))]
    found = [fast(d) for d in docs]
    assert found == [plain(d) for d in docs]
    if name is None:
        assert any(found)


def test_a_pattern_of_unbounded_length_keeps_spacys_matcher(nlp):
    rules = {"RUN": [[{"LOWER": "talks"}, {"IS_ALPHA": True, "OP": "+"}]]}
    assert not isinstance(token_matcher(nlp.vocab, rules), WindowedMatcher)


def test_span_gate_closes_only_sentences_without_a_match(nlp):
    from kg.annotate.fast_match import SpanGate
    from kg.annotate.index import sentences
    from kg.extract.post_patterns import _matcher, patterns

    gate = SpanGate(nlp.vocab, [list(p.specs) for p in patterns()])
    doc = nlp("Rain fell on the capital. Senator Ana Ruiz, who chairs the Senate Foreign Relations Committee, "
              "spoke first. Nobody else came. The minister of the interior left.")
    sents = sentences(doc)
    opened = [gate.may_match(s) for s in sents]
    matched = [bool(_matcher(nlp.vocab)(s)) for s in sents]
    assert all(o for o, m in zip(opened, matched) if m)  # never closed where a pattern matches
    assert matched[1] and not opened[0] and not opened[2]


def test_a_pattern_that_tests_nothing_looked_up_opens_every_span(nlp):
    from kg.annotate.fast_match import SpanGate

    gate = SpanGate(nlp.vocab, [[{"IS_TITLE": True}, {"LENGTH": {">=": 3}}]])
    assert gate.may_match(nlp("no capital letters here")[:])
