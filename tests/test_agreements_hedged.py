"""A kind named in quotes or after a hedge ("the so-called 'safe third country' pact") is
what the agreement is called; a kind named plainly for the same agreement replaces it, and
the two mentions are one agreement. A kind named only in quotes stays.

Invented texts with states of no gold article.
"""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.facts import Article


def kinds(nlp, text: str) -> list[tuple[str, list[str]]]:
    article = Article(id="t", source="t.txt", text=text, date="2021-03-02")
    found = extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))
    return [(a.type, sorted(a.signatories)) for a in found]


@pytest.mark.parametrize(
    "text",
    [
        "Panama signed a 'safe third country' pact with the United States on Monday. "
        "Officials in Washington describe the text as an asylum cooperation agreement.",
        "Belize on Tuesday signed the so-called safe third country deal with the United States. "
        "The asylum cooperation agreement would let U.S. officials send asylum seekers to Belize.",
    ],
)
def test_plain_kind_replaces_quoted_one(nlp, text):
    found = kinds(nlp, text)
    assert [k for k, _ in found] == ["asylum cooperation agreement"], found


def test_quoted_kind_alone_stays(nlp):
    text = "Panama signed a 'safe third country' pact with the United States on Monday."
    assert [k for k, _ in kinds(nlp, text)] == ["safe third country agreement"]


def test_plain_kinds_do_not_replace_each_other(nlp):
    text = (
        "Panama signed a safe third country agreement with the United States on Monday. "
        "Belize signed an asylum cooperation agreement with the United States on Friday."
    )
    found = kinds(nlp, text)
    assert ("safe third country agreement", ["Panama", "United States"]) in found, found
    assert ("asylum cooperation agreement", ["Belize", "United States"]) in found, found


def test_known_agreement_ambiguity_settled_by_kinds_the_article_names():
    """Two well-known agreements fit a generic deal of the same parties: the one of a kind the
    article names for its other agreements is meant; with none named, no kind is guessed."""
    from kg.extract.agreements.merge import known_kind
    from kg.extract.agreements.model import Draft
    from kg.extract.agreements.vocab import vocab

    entries = vocab()["known_agreements"]
    by_parties: dict[frozenset[str], list[dict]] = {}
    for e in entries:
        by_parties.setdefault(frozenset(e["parties"]), []).append(e)
    pair = next((e for e in by_parties.values() if len({x["kind"] for x in e}) > 1), None)
    assert pair is not None, "no two known agreements of one pair of parties"
    parties = list(pair[0]["parties"])
    late = max(e["date"] for e in pair)
    assert known_kind(Draft("other", parties), late) is None
    for e in pair:
        assert known_kind(Draft("other", parties), late, frozenset({e["kind"]})) == e["kind"]


def signers_by_party(nlp, text: str) -> dict[str, list[str]]:
    article = Article(id="t", source="t.txt", text=text, date="2021-03-02")
    found = extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))
    return {next(p for p in a.signatories if p != "United States"): sorted(a.signed_by) for a in found}


def test_the_agreement_is_the_one_of_the_party_its_sentence_names(nlp):
    """After "the agreements with A, B and C", "the agreement ... signed by A's minister" is
    A's, not the one named last."""
    text = (
        "Officials said the transfer was the first under the agreement with Panama. "
        "The minister said the asylum cooperation agreements with Panama, Belize and Costa Rica were working.\n\n"
        "The agreement was signed on 12 March by Homeland Security Secretary John Carver and Panama's "
        "interior minister Luis Ortega."
    )
    found = signers_by_party(nlp, text)
    assert found.get("Panama") == ["John Carver", "Luis Ortega"], found
    assert found.get("Costa Rica") == [], found


def test_the_agreement_without_a_party_of_its_own_is_the_last_one(nlp):
    text = (
        "Belize signed an asylum cooperation agreement with the United States in May. "
        "Costa Rica signed an asylum cooperation agreement with the United States on Friday.\n\n"
        "The agreement was signed at the White House by Homeland Security Secretary John Carver."
    )
    found = signers_by_party(nlp, text)
    assert found.get("Belize") == [], found
    assert found.get("Costa Rica") == ["John Carver"], found


@pytest.mark.parametrize(
    "ordinal, party",
    [("first", "Panama"), ("last", "Belize")],
)
def test_ordinal_of_those_agreements_picks_one(nlp, ordinal, party):
    """ "the first of those agreements, signed by X": the one of that rank among the
    agreements just named together, in the order their parties are written."""
    text = (
        "The minister noted that Panama, Costa Rica and Belize had each signed an asylum cooperation "
        "agreement with the United States last year.\n\n"
        f"Lawmakers asked when transfers would begin under the {ordinal} of those agreements, signed by "
        "Homeland Security Secretary John Carver in March."
    )
    found = signers_by_party(nlp, text)
    assert found.get(party) == ["John Carver"], found
    assert sum(1 for s in found.values() if s) == 1, found
