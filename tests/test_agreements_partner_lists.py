"""A state's deals with a list of partners are one bilateral deal each: "concluded migration
and mobility partnership arrangements with A, B and C" ("partnership" only qualifies the
noun), "X signed with Y, the ministry said, joining A and B" (A's and B's are their own
deals with Y, signed before); a region after "in" is a place, not its states as parties.

Texts are written for these tests, with states the gold sets do not use for these readings.
"""

from __future__ import annotations

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.facts import Article


def run(nlp, text: str, date: str = "2020-01-11"):
    article = Article(id="t", source="t.txt", text=text, date=date)
    return extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))


def test_coordinated_plural_object_names_one_deal_per_partner(nlp) -> None:
    text = (
        "Peru has in recent years concluded migration and mobility partnership arrangements with several "
        "Asian partners, including Japan, South Korea and Vietnam."
    )
    found = sorted(sorted(a.signatories) for a in run(nlp, text))
    assert found == [["Japan", "Peru"], ["Peru", "South Korea"], ["Peru", "Vietnam"]]


def test_a_compound_agreement_word_is_no_deal_of_its_own(nlp) -> None:
    text = "Chile signed mobility partnership arrangements with Bolivia and Paraguay."
    found = sorted(sorted(a.signatories) for a in run(nlp, text))
    assert found == [["Bolivia", "Chile"], ["Chile", "Paraguay"]]


def test_states_joined_have_their_own_deals_with_the_same_partner(nlp) -> None:
    text = (
        "Panama signed a safe third country agreement with the U.S. on Wednesday, the State Department "
        "said, joining Peru and Ecuador."
    )
    found = {frozenset(a.signatories): a for a in run(nlp, text)}
    assert set(found) == {
        frozenset({"United States", "Panama"}), frozenset({"United States", "Peru"}),
        frozenset({"United States", "Ecuador"}),
    }
    assert found[frozenset({"United States", "Panama"})].date == "2020-01-08"
    # the states joined signed before: not on this signing's day
    assert found[frozenset({"United States", "Peru"})].date is None


def test_a_region_after_in_is_a_place_not_parties(nlp) -> None:
    from kg.extract.parties import countries_in

    place = countries_in("Honduras would complete the set in the Northern Triangle.")
    assert [c.name for c in place if not c.after_preposition] == ["Honduras"]
    parties = countries_in("The Northern Triangle states signed the pact.")
    assert {c.name for c in parties if not c.after_preposition} == {"Guatemala", "Honduras", "El Salvador"}


def test_the_agreement_signed_with_a_state_no_deal_has_yet_is_its_own(nlp) -> None:
    text = (
        "Austria and Serbia signed a labour recruitment agreement in Vienna on 12 May 1966, and Austria "
        "later opened recruitment offices in Belgrade. The first recruitment agreement was signed with "
        "Spain in 1962."
    )
    found = sorted(sorted(a.signatories) for a in run(nlp, text, "2016-05-12"))
    assert found == [["Austria", "Serbia"], ["Austria", "Spain"]]


def test_a_state_signing_together_with_others_is_no_partner(nlp) -> None:
    text = (
        "The residence agreement was signed in Lima on 4 March 2004 by Peru and Ecuador, together "
        "with Bolivia."
    )
    found = [sorted(a.signatories) for a in run(nlp, text)]
    assert found == [["Bolivia", "Ecuador", "Peru"]]
