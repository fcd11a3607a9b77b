"""Each agreement a phrase names once: a headline's capitals name no agreement of their own
("Paraguay Asylum Deal With US Signed as ..."), "two memoranda: one on X, and another on Y"
counts two, not three; a region before a singular member noun ("the third Northern Triangle
nation") is one member, named elsewhere, not all its states.

Texts are written for these tests, with states the gold sets do not use for these readings.
"""

from __future__ import annotations

from collections import Counter

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.extract.parties import countries_in
from kg.facts import Article


def run(nlp, text: str, date: str = "2019-09-30"):
    article = Article(id="t", source="t.txt", text=text, date=date)
    return extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))


def test_a_headline_deal_is_the_agreement_its_article_names(nlp) -> None:
    text = (
        "Paraguay Asylum Deal With US Signed as Critics Warn of Risks\n\n"
        "Paraguay has become the second South American nation to sign an asylum deal with the United "
        "States. The Asylum Cooperation Agreement was signed on September 25 in New York on the margins "
        "of the United Nations General Assembly."
    )
    found = [(a.type, sorted(a.signatories), a.date) for a in run(nlp, text)]
    assert found == [("asylum cooperation agreement", ["Paraguay", "United States"], "2019-09-25")]


def test_the_ones_a_count_enumerates_are_not_more(nlp) -> None:
    text = (
        "Paraguay and the United States signed an asylum cooperation agreement on Friday. The two "
        "governments also signed two memoranda of cooperation in Asuncion: one on sharing biometric "
        "data, and another on border security."
    )
    kinds = Counter(a.type for a in run(nlp, text))
    assert kinds == Counter({"memorandum of cooperation": 2, "asylum cooperation agreement": 1})


def test_a_region_before_a_singular_member_noun_is_one_member() -> None:
    one = countries_in("Honduras became the third Northern Triangle nation to sign the deal.")
    assert [c.name for c in one] == ["Honduras"]
    all_three = countries_in("The three Northern Triangle nations signed the deal.")
    assert {c.name for c in all_three} == {"Guatemala", "Honduras", "El Salvador"}


def test_similar_deals_reached_are_their_own_and_not_the_accords_parties(nlp) -> None:
    text = (
        "Paraguay has become the third nation to sign an asylum deal with the United States. The Asylum "
        "Cooperation Agreement was signed on September 25 in New York.\n\n"
        "As with similar deals reached with Peru on July 26 and Ecuador on September 20, the accord would "
        "let US authorities send asylum seekers who passed through Paraguay back there to seek protection."
    )
    found = {frozenset(a.signatories): (a.type, a.date) for a in run(nlp, text)}
    assert found == {
        frozenset({"United States", "Paraguay"}): ("asylum cooperation agreement", "2019-09-25"),
        frozenset({"United States", "Peru"}): ("asylum cooperation agreement", "2019-07-26"),
        frozenset({"United States", "Ecuador"}): ("asylum cooperation agreement", "2019-09-20"),
    }


def test_what_a_state_has_not_done_is_sign_no_agreement_but_the_kind_named_is_held(nlp) -> None:
    text = (
        "Peru and Chile signed a joint declaration on migration in June.\n\n"
        'What Peru has not done is sign a "safe third country" agreement, the kind of pact Chile has with '
        "Argentina, which would require migrants who cross Peru to seek asylum there instead of in Chile."
    )
    found = sorted((a.type, sorted(a.signatories)) for a in run(nlp, text, "2019-09-06"))
    assert found == [("joint declaration", ["Chile", "Peru"]), ("safe third country agreement", ["Argentina", "Chile"])]
