"""An agreement only demanded, refused, denied or still being negotiated is no agreement of
the article, however the sentence hangs it: "its demand that X accept ...", "X is not going
to sign ...", "would consider steps, including a pact", "is negotiating an arrangement", "a
cooperation agreement, not a safe third country agreement".

Invented texts with states of no gold article.
"""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.facts import Article

SIGNED = "Paraguay and Ecuador signed a joint declaration on migration on March 3. "


def found(nlp, text: str) -> list[tuple[str, list[str]]]:
    article = Article(id="t", source="t.txt", text=text, date="2022-04-02")
    agreements = extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))
    return sorted((a.type, sorted(a.signatories)) for a in agreements)


ONLY_SIGNED = [("joint declaration", ["Ecuador", "Paraguay"])]


@pytest.mark.parametrize(
    "sentence",
    [
        # the content of a demand, hung on the noun or (misparsed) on another one
        "The minister said Quito had dropped its demand that Paraguay accept a so-called safe third country arrangement.",
        "The text was a compromise, a nod to the Ecuadorian demand that Paraguay sign a safe third country agreement.",
        # negated on the verb the signing completes
        "First, Paraguay is not going to sign a safe third country agreement with Ecuador.",
        # listed under a verb that only considers it
        "An annex said the two governments would consider further steps, possibly including a safe third country agreement, within 90 days.",
        # still being negotiated
        "Chile, meanwhile, is negotiating its own migration arrangement with Paraguay, according to sources in Santiago.",
    ],
)
def test_floated_or_refused_deal_is_no_agreement(nlp, sentence):
    assert found(nlp, SIGNED + sentence) == ONLY_SIGNED


def test_negotiated_in_the_past_is_an_agreement(nlp):
    text = SIGNED + "Chile negotiated a readmission arrangement with Paraguay in 2015."
    assert ("other", ["Chile", "Paraguay"]) in found(nlp, text)


def test_kind_denied_in_apposition_names_nothing(nlp):
    text = (
        "Peru signed an asylum agreement with Chile on Friday. "
        'The Peruvian ministry said: "It is a cooperation agreement, not a safe third country agreement."'
    )
    assert [k for k, _ in found(nlp, text)] == ["other"]


def test_place_in_a_participle_clause_is_no_party(nlp):
    text = (
        "Under a 2020 memorandum with UNHCR, Ghana has taken in more than 900 refugees evacuated "
        "from detention camps in Mali."
    )
    assert found(nlp, text) == [("memorandum of cooperation", ["Ghana", "UNHCR"])]


def test_signing_hung_on_the_nearest_noun_keeps_its_parties(nlp):
    text = (
        "The returns follow the tripartite agreement on the repatriation of Malian refugees signed "
        "in Accra on May 4, 2018 by Ghana, Mali and the United Nations High Commissioner for Refugees."
    )
    assert [sorted(p) for _, p in found(nlp, text)] == [["Ghana", "Mali", "UNHCR"]]
