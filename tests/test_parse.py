"""Cutting text for the parser: pieces that join back exactly and that each cost little.

No language model is needed here: :func:`kg.parse.split_for_parser` is plain text work,
and the properties below are what the parse of every article relies on (offsets of the
evidence point into the article's text, so the pieces must add up to it exactly).
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.parse import MAX_PIECE_CHARS, MAX_RUN_CHARS, split_for_parser

TEXTISH = st.lists(st.sampled_from(list("ab .!?\n") + ["\n\n", "xxxxxxxxxx", "é", "\u2019"]), max_size=600).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=TEXTISH, max_chars=st.integers(20, 400), max_run=st.integers(3, 50))
@example(text="aa" + "x" * 20, max_chars=20, max_run=21)  # a run longer than a piece, cut at the piece
def test_pieces_join_back_to_the_text_and_stay_within_the_bounds(text, max_chars, max_run):
    pieces = split_for_parser(text, max_chars=max_chars, max_run=max_run)
    assert "".join(pieces) == text
    assert all(pieces)
    assert all(len(p) <= max_chars for p in pieces)
    assert all(len(run) <= max_run for p in pieces for run in re.findall(r"\S+", p))


def test_a_short_article_is_one_piece():
    text = "Guatemala signed the agreement.\n\nThe minister said so."
    assert split_for_parser(text) == [text]


def test_a_long_text_is_cut_between_paragraphs_first():
    paragraph = "The minister met officials in Guatemala City on Friday. " * 40 + "\n\n"
    text = paragraph * 10  # about 23 kB, three pieces
    pieces = split_for_parser(text)
    assert len(pieces) == 3 and all(p.endswith("\n\n") for p in pieces[:-1])


def test_a_long_line_is_cut_after_a_sentence():
    text = "The minister met officials in Guatemala City on Friday. " * 400  # one line, 22 kB
    pieces = split_for_parser(text)
    assert len(pieces) == 3 and all(p.endswith("Friday. ") for p in pieces)


def test_a_run_without_whitespace_is_cut_into_short_pieces():
    pieces = split_for_parser("Before. " + "!" * 1000 + " after.")
    assert pieces[0] == "Before. "
    # cut until what is left of the run is short enough to parse with what follows
    assert pieces[1:] == ["!" * MAX_RUN_CHARS] * 9 + ["!" * MAX_RUN_CHARS + " after."]
    assert MAX_RUN_CHARS < MAX_PIECE_CHARS
