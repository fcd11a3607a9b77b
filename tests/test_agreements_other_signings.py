"""Signings that conclude no agreement of the sentence: "Sign up to our newsletter" (a
particle that makes the verb another one), "Congress passed a law, which President X signed"
(a relative clause on a noun that is no agreement); and a demonym that names a war ("the
Korean War") is no party.

Texts are written for these tests, with states and people the gold sets do not use.
"""

from __future__ import annotations

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.extract.agreements.vocab import is_sign_verb
from kg.extract.parties import countries_in
from kg.facts import Article


def run(nlp, text: str, date: str = "2019-09-30"):
    article = Article(id="t", source="t.txt", text=text, date=date)
    return extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))


def test_sign_up_is_no_signing(nlp) -> None:
    doc = nlp("Sign up to our free Andes Weekly email for the latest news. Chile and Peru signed the pact.")
    signing = [t.text for t in doc if is_sign_verb(t)]
    assert signing == ["signed"]


def test_the_signer_of_a_law_signs_no_agreement(nlp) -> None:
    text = (
        "Chile and Peru agreed in 1950 to let seasonal workers cross the border. In 1951 the Chilean "
        "Congress passed Law 78, which President Jorge Alessandri signed that July, and the two "
        "governments signed a new labour agreement."
    )
    found = run(nlp, text)
    # the 1950 accord and the new one the two governments signed in 1951: two agreements
    assert [(sorted(a.signatories), a.year) for a in found] == [(["Chile", "Peru"], "1950"), (["Chile", "Peru"], "1951")]
    assert all(a.signed_by == [] for a in found)


def test_a_war_named_by_a_demonym_is_no_party() -> None:
    assert countries_in("Growers lobbied on, with the Korean War as justification.") == []
    assert [c.name for c in countries_in("Korea and Japan signed a pact after the war.")] == ["South Korea", "Japan"]
