"""A kind the text denies or only compares the agreement to is not its kind: "the accord is
not a safe third country agreement", "an 'asylum cooperation agreement', a close cousin of a
safe third country deal". Among the agreements one plural names, a kind named plainly beats
one named only in quotes ("calls them X; critics call them 'Y' deals").

Invented texts with states of no gold article.
"""

from __future__ import annotations

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.facts import Article


def kinds(nlp, text: str) -> list[tuple[str, list[str]]]:
    article = Article(id="t", source="t.txt", text=text, date="2021-03-02")
    found = extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))
    return [(a.type, sorted(a.signatories)) for a in found]


def test_negated_copula_denies_the_kind(nlp):
    text = (
        "Belize and the United States signed an accord on refugee claims on Monday. "
        "The foreign ministry insisted that the accord does not constitute a safe third country agreement."
    )
    assert kinds(nlp, text) == [("other", ["Belize", "United States"])]


def test_negated_be_denies_the_kind(nlp):
    text = (
        "Panama signed an accord with Canada on Monday. "
        "Officials in Panama City said the accord was never a safe third country agreement."
    )
    assert kinds(nlp, text) == [("other", ["Canada", "Panama"])]


def test_kind_in_a_comparison_is_not_the_agreements(nlp):
    text = (
        'Washington has persuaded Belize to sign an "asylum cooperation agreement" '
        "- a near relative of a safe third country deal - and hopes Panama will follow."
    )
    assert [k for k, _ in kinds(nlp, text)] == ["asylum cooperation agreement"]


def test_plain_kind_of_a_plural_beats_a_quoted_one(nlp):
    text = (
        "This year Canada has concluded agreements with Belize, Panama and Costa Rica that let it "
        "send asylum seekers to those countries. Ottawa calls them asylum cooperation agreements; "
        'opponents call them "safe third country" deals.'
    )
    assert sorted(kinds(nlp, text)) == [
        ("asylum cooperation agreement", ["Belize", "Canada"]),
        ("asylum cooperation agreement", ["Canada", "Costa Rica"]),
        ("asylum cooperation agreement", ["Canada", "Panama"]),
    ]
