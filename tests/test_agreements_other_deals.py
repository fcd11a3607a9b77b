"""Agreements on other deals: parties in lists, kinds by the number of parties, signers
(round 4). Texts are invented (states and people of other regions), so that what passes
is the general rule, not a phrase of an evaluation article.
"""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.facts import Article, Official


@pytest.fixture(scope="module")
def nlp():
    from kg.parse import load_nlp

    return load_nlp()


def run(nlp, text: str, officials: list[Official] | None = None):
    article = Article(id="t", source="t.txt", text=text, date="2022-05-10")
    people = {o.name: o.name for o in officials or []} | {o.name.split()[-1]: o.name for o in officials or []}
    ctx = Context(article=article, people=people, officials=officials or [])
    return extract_agreements(nlp(text), ctx)


def facts(agreements) -> set[tuple[str, frozenset[str]]]:
    return {(a.type, frozenset(a.signatories)) for a in agreements}


@pytest.mark.parametrize("noun", ["memorandums", "bilateral memoranda"])
def test_similar_plural_of_a_kind_is_one_each_with_the_partner(nlp, noun: str) -> None:
    text = (
        "Austria signed a memorandum of understanding with Pakistan on Monday. "
        f"Portugal and Greece have similar {noun} with Islamabad."
    )
    assert facts(run(nlp, text)) == {
        ("memorandum of cooperation", frozenset({"Austria", "Pakistan"})),
        ("memorandum of cooperation", frozenset({"Portugal", "Pakistan"})),
        ("memorandum of cooperation", frozenset({"Greece", "Pakistan"})),
    }


def test_a_bilateral_declaration_is_a_joint_one(nlp) -> None:
    text = "Austria concluded its own bilateral declaration with Pakistan on returns."
    assert facts(run(nlp, text)) == {("joint declaration", frozenset({"Austria", "Pakistan"}))}
