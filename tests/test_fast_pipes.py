"""kg.annotate.fast_pipes: the build's attribute ruler and lemmatizer annotate as spaCy's own."""

from __future__ import annotations

import pytest
from spacy.attrs import IDS
from spacy.matcher import Matcher

from kg.annotate.fast_pipes import FastEnglishLemmatizer, PlainMatcher
from kg.parse import load_model

TEXTS = [
    "The interior minister said on Tuesday that the two governments hadn't yet signed the deal.",
    "Y'all know nothin' about it, she told reporters in Tegucigalpa, where there's a summit today.",
    "Aid worth $143 million was suspended in March; officials got the funds released by October.\n\n- Honduras\n- El Salvador",
    "Rain.",
    "",
    "   \n  ",
    "\"We are not a safe third country,\" said the president's spokeswoman, who'd been briefed. It's over.",
]

#: every attribute the model's components and the annotation layer set, compared token by token
COLUMNS = ("ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START")


@pytest.fixture(scope="module")
def stock():
    return load_model()


def _rows(doc):
    return doc.to_array([IDS[c] for c in COLUMNS]).tolist(), [t.lemma_ for t in doc], [str(t.morph) for t in doc]


def test_the_build_pipeline_uses_the_cheaper_components(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler").matcher, PlainMatcher)
    assert isinstance(nlp.get_pipe("lemmatizer"), FastEnglishLemmatizer)


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_is_annotated_as_by_spacys_components(nlp, stock, text):
    assert _rows(nlp(text)) == _rows(stock(text))


def test_a_word_met_again_gets_the_lemma_it_got_the_first_time(nlp, stock):
    texts = ["Officials met. The officials were meeting again and had met twice."] * 2
    assert [_rows(d) for d in nlp.pipe(texts)] == [_rows(d) for d in stock.pipe(texts)]


def test_plain_matcher_finds_the_matches_of_spacys_matcher(stock):
    ruler = stock.get_pipe("attribute_ruler")
    keys = [stock.vocab.strings.add(str(i)) for i in range(len(ruler.attrs))]
    plain = PlainMatcher.of(ruler.matcher, keys)
    assert plain is not None
    with stock.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        docs = list(stock.pipe(TEXTS))
    for doc in docs:
        expected = ruler.matcher(doc, allow_missing=True, as_spans=False)
        assert sorted(plain(doc, allow_missing=True)) == sorted(expected)
    assert any(plain(doc, allow_missing=True) for doc in docs)


def test_plain_matcher_reads_sets_regexes_booleans_and_two_token_patterns(stock):
    vocab = stock.vocab
    rules = {
        "NEG": [[{"LOWER": {"REGEX": "^n'?t$"}}]],
        "SPACE": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]],
        "WAS_GIVEN": [[{"LOWER": {"IN": ["was", "were"]}}, {"TAG": "VBN"}]],
        "THE": [[{"ORTH": "the"}], [{"LOWER": "the", "TAG": "DT"}]],
    }
    matcher = Matcher(vocab)
    for label, patterns in rules.items():
        matcher.add(label, patterns)
    plain = PlainMatcher.of(matcher, [vocab.strings[label] for label in rules])
    assert plain is not None
    doc = stock("The aid wasn't restored; it was given back to the  \n ministry.\n\nThe end.")
    assert sorted(plain(doc, allow_missing=True)) == sorted(matcher(doc, allow_missing=True))
    found = {vocab.strings[k] for k, _, _ in plain(doc)}
    assert found == {"NEG", "SPACE", "WAS_GIVEN", "THE"}


def test_a_pattern_with_an_operator_is_not_plain(stock):
    matcher = Matcher(stock.vocab)
    matcher.add("ANY", [[{"LOWER": "aid"}, {"OP": "*"}]])
    assert PlainMatcher.of(matcher, [stock.vocab.strings["ANY"]]) is None
