"""States that sign in a clause set off by "after" are the parties of the agreement that
clause names ("..., after A and B signed return agreements that let X send ... to them"),
not precedents of another one; "signed off on" approves something, it signs nothing; the
head of a government that signed ("the government of X signed") is no signer.

Invented texts with states of no gold article.
"""

from __future__ import annotations

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.facts import Article


def found(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    article = Article(id="t", source="t.txt", text=text, date="2021-03-02")
    out = extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))
    return sorted((a.type, sorted(a.signatories), sorted(a.signed_by)) for a in out)


def test_signers_of_an_after_clause_are_its_parties(nlp):
    text = (
        "In May, after Ghana and Togo each signed asylum cooperation agreements that allow Denmark to send "
        "some asylum seekers to them, the Danish government said it would release its aid."
    )
    assert [(k, p) for k, p, _ in found(nlp, text)] == [
        ("asylum cooperation agreement", ["Denmark", "Ghana"]),
        ("asylum cooperation agreement", ["Denmark", "Togo"]),
    ]


def test_signing_off_is_no_signature(nlp):
    text = (
        "Belgium signed a readmission agreement with Ghana on Monday. "
        "Senator Jan Peeters, who chairs the budget committee, signed off on the funding level."
    )
    assert found(nlp, text) == [("other", ["Belgium", "Ghana"], [])]


def test_the_head_of_a_signing_government_is_no_signer(nlp):
    text = (
        "The first deportees arrived in Panama under the agreement that the outgoing government of "
        "Maria Lopez signed with Canada on March 3."
    )
    assert found(nlp, text) == [("other", ["Canada", "Panama"], [])]
