"""Agreements: kind, parties, signers, date, status, and one agreement per agreement.

Texts are written for these tests with countries, people and dates that the seed
articles do not use, so that the rules, not the seeds, are what passes.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.facts import Article


@pytest.fixture(scope="module")
def nlp():
    from kg.parse import load_nlp

    return load_nlp()


def run(nlp, text: str, date: str | None = "2020-01-11", people: dict[str, str] | None = None):
    article = Article(id="t", source="t.txt", text=text, date=date)
    return extract_agreements(nlp(text), Context(article=article, people=people or {}))


def by_parties(agreements):
    return {frozenset(a.signatories): a for a in agreements}


def test_kind_parties_label_status_and_date(nlp) -> None:
    (a,) = run(nlp, "Panama signed a safe third country agreement with the United States on Friday.")
    assert a.type == "safe third country agreement"
    assert a.signatories == ["United States", "Panama"]
    assert a.label == "US-Panama safe third country agreement"
    assert a.status == "signed"
    assert a.date == "2020-01-10"  # the Friday before Saturday 2020-01-11


def test_each_country_of_a_plural_mention_has_its_own_bilateral_agreement(nlp) -> None:
    found = run(nlp, "Belize, Panama and Costa Rica have all signed Asylum Cooperation Agreements with Washington.")
    assert {frozenset(a.signatories) for a in found} == {
        frozenset({"United States", c}) for c in ("Belize", "Panama", "Costa Rica")
    }
    assert {a.type for a in found} == {"asylum cooperation agreement"}


def test_the_three_countries_are_the_last_ones_listed(nlp) -> None:
    text = (
        "Officials from Belize, Panama and Costa Rica met in Washington. "
        "Later the three countries signed asylum cooperation deals with the United States."
    )
    assert len(run(nlp, text)) == 3


def test_later_mentions_merge_into_one_agreement(nlp) -> None:
    text = (
        "Costa Rica has signed a so-called 'safe third country' deal with the United States. "
        "The Costa Rican legislature, however, has not ratified the deal. "
        "Critics said the arrangement would overwhelm shelters."
    )
    (a,) = run(nlp, text)
    assert a.status == "signed"  # "has not ratified" says nothing new
    assert a.evidence.text.startswith("Costa Rica has signed")


def test_ratifying_the_agreement_raises_the_status(nlp) -> None:
    text = "Panama signed an agreement with the United States in May. Panama has since ratified the agreement."
    (a,) = run(nlp, text)
    assert a.status == "ratified"


def test_memorandum_coreference_pronoun_signer_and_kind_upgrade(nlp) -> None:
    text = (
        "Belize has signed a deal with the acting Homeland Security chief. "
        "Acting Secretary Dana Whitfield formalized an agreement on border training. "
        "The visit lasted four days. "
        "She signed the memorandum with Belizean Minister Oscar Ramirez at the start of the trip."
    )
    (a,) = run(nlp, text)
    assert a.type == "memorandum of cooperation"
    assert a.signatories == ["United States", "Belize"]
    assert a.signed_by == ["Dana Whitfield", "Oscar Ramirez"]


def test_memorandum_of_understanding_is_a_memorandum_of_cooperation(nlp) -> None:
    (a,) = run(nlp, "Nicaragua and the United States signed a memorandum of understanding on Tuesday.")
    assert a.type == "memorandum of cooperation"
    assert a.date == "2020-01-07"


def test_signers_are_canonical_and_not_possessors(nlp) -> None:
    text = (
        "Panama signed a deal with U.S. President Carter's envoy. "
        "Envoy Lia Moreno signed the agreement with Panamanian minister Raul Vega in Panama City."
    )
    (a,) = run(nlp, text, people={"Lia Moreno": "Lia M. Moreno"})
    assert "Carter" not in " ".join(a.signed_by)
    assert a.signed_by[-1] == "Raul Vega"


def test_signing_documents_without_an_agreement_noun_adds_signers(nlp) -> None:
    text = (
        "The United States and Panama on Friday agreed to strengthen Panama's asylum system. "
        "Acting Secretary Dana Whitfield spoke to reporters after signing documents with Panama's foreign minister, Irma Lopez."
    )
    (a,) = run(nlp, text)
    assert a.signatories == ["United States", "Panama"]
    assert a.type == "asylum cooperation agreement"  # a generic deal first reported as about asylum
    assert a.date == "2020-01-10"
    assert set(a.signed_by) == {"Dana Whitfield", "Irma Lopez"}


def test_regional_compact_is_multilateral_and_proposed_has_no_signers(nlp) -> None:
    text = (
        "Secretary Dana Whitfield is scheduled to be in Panama on Wednesday to sign a regional accord. "
        "The regional pact between the U.S. and officials of Panama, Belize and Costa Rica targets smuggling."
    )
    (a,) = run(nlp, text)
    assert a.type == "regional compact"
    assert set(a.signatories) == {"United States", "Panama", "Belize", "Costa Rica"}
    assert a.status == "proposed"
    assert a.signed_by == []
    assert a.date == "2020-01-15"  # the coming Wednesday


def test_joint_communique(nlp) -> None:
    (a,) = run(nlp, "Colombia and the United States issued a joint communique on migration on Monday.")
    assert a.type == "joint declaration"
    assert set(a.signatories) == {"United States", "Colombia"}


def test_passing_mention_with_canada_counts(nlp) -> None:
    text = "The deal with Panama is new. The United States has a similar safe third country agreement with Canada."
    found = by_parties(run(nlp, text))
    assert found[frozenset({"United States", "Canada"})].type == "safe third country agreement"


def test_unnamed_agreement_for_one_country_with_month_only_date(nlp) -> None:
    text = (
        "The talks marked the halfway point of the 60 day agreement signed last month for Belize "
        "to slow the flow of migration toward the U.S. border."
    )
    (a,) = run(nlp, text)
    assert a.signatories == ["United States", "Belize"]
    assert a.type == "other"
    assert a.date is None
    assert a.label == "US-Belize agreement"


@pytest.mark.parametrize(
    "text",
    [
        "Costa Rican officials criticised the Trump administration's 'Safe Third Country' policy.",
        "The secretary hopes to seal immigration deals with Panama and Belize.",
        "Agreements are hard to reach, analysts said.",
        "The United States could designate Belize a safe third country.",
    ],
)
def test_generic_mentions_are_not_agreements(nlp, text: str) -> None:
    assert run(nlp, text) == []


def test_mentions_of_the_same_agreement_give_one_fact(nlp) -> None:
    text = (
        "Panama signed an asylum cooperation agreement with Washington on Thursday. "
        "Panama's asylum agreement with the United States will take months to implement. "
        "The agreement was criticised."
    )
    assert len(run(nlp, text)) == 1


def test_evidence_is_the_sentence_with_its_offsets(nlp) -> None:
    text = "Weather was fine. Belize signed a safe third country deal with the United States."
    (a,) = run(nlp, text)
    assert text[a.evidence.start : a.evidence.end] == a.evidence.text
    assert a.evidence.text.startswith("Belize signed")
    assert 0 <= a.confidence <= 1


_NOISE = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.sampled_from(
            ["the deal", "Panama", "signed", "agreement", "with", "the United States", "memorandum", ".",
             "<p>", "&amp;", "\u2019s", "safe third country", "three countries", "He", "on Friday", "\n\n", "😀"]
        ),
        max_size=60,
    ).map(" ".join),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_NOISE, date=st.one_of(st.none(), st.just("2020-01-11"), st.text(max_size=10)))
def test_never_crashes_on_random_text(nlp, text: str, date: str | None) -> None:
    from kg.facts import AGREEMENT_KINDS, AGREEMENT_STATUSES

    for a in run(nlp, text, date=date):
        assert a.type in AGREEMENT_KINDS
        assert a.status is None or a.status in AGREEMENT_STATUSES
        assert text[a.evidence.start : a.evidence.end] == a.evidence.text


def test_never_crashes_on_empty_or_huge_text(nlp) -> None:
    assert run(nlp, "") == []
    big = "Panama signed a safe third country agreement with the United States. " * 300
    assert len(run(nlp, big)) == 1


def test_people_in_a_subordinate_clause_did_not_sign(nlp) -> None:
    text = (
        "Panama's government signed a 'safe third country' agreement with the United States on Friday, "
        "after President Ray Hollis threatened tariffs."
    )
    (a,) = run(nlp, text)
    assert a.signed_by == []


def test_conjoined_signers(nlp) -> None:
    text = (
        "Belize signed an asylum cooperation agreement with the United States on Wednesday. "
        "Belizean Foreign Minister Carla Ruiz and Acting Secretary Dana Whitfield signed the accord in New York."
    )
    (a,) = run(nlp, text)
    assert a.signed_by == ["Carla Ruiz", "Dana Whitfield"]
    assert a.date == "2020-01-08"


def test_a_generic_deal_about_asylum_is_an_asylum_cooperation_agreement(nlp) -> None:
    (a,) = run(nlp, "Belize signed a deal with the United States to take in asylum seekers.")
    assert a.type == "asylum cooperation agreement"
    (b,) = run(nlp, "Belize signed a deal with the United States to curb drug trafficking.")
    assert b.type == "other"


def test_an_indefinite_kind_phrase_right_after_names_the_last_agreement(nlp) -> None:
    text = (
        "The agreement with Belize was signed in the Oval Office by Belizean minister Carla Ruiz. "
        "Washington calls it a memorandum of cooperation; critics call it a safe third country deal."
    )
    (a,) = run(nlp, text)
    assert a.type == "memorandum of cooperation"


def test_a_neighbour_across_a_border_is_not_a_party(nlp) -> None:
    text = "Under the U.S.-Panama joint declaration, Panama will guard its border with Colombia."
    (a,) = run(nlp, text)
    assert set(a.signatories) == {"United States", "Panama"}


def test_an_agreement_a_party_will_not_sign_is_not_an_agreement(nlp) -> None:
    text = "Belizean minister Carla Ruiz said Belize will not sign a safe third country agreement with the United States."
    assert run(nlp, text) == []


def test_a_date_inside_the_noun_phrase_dates_the_agreement(nlp) -> None:
    (a,) = run(nlp, "The March 3 joint declaration between Washington and Panama commits Panama to patrols.", date="2020-04-01")
    assert a.type == "joint declaration"
    assert a.date == "2020-03-03"


def test_an_administration_named_after_a_person_is_not_a_signer(nlp) -> None:
    (a,) = run(nlp, "The Hollis administration signed an asylum cooperation agreement with Belize.")
    assert a.signed_by == []


def test_a_signing_sentence_goes_to_the_agreement_of_its_country(nlp) -> None:
    text = (
        "This summer the United States signed asylum agreements with Belize and Panama. "
        "Belize went first, on July 2. "
        "A week later Panama followed, with Foreign Minister Irma Lopez signing in New York."
    )
    found = by_parties(run(nlp, text))
    assert found[frozenset({"United States", "Panama"})].signed_by == ["Irma Lopez"]
    assert found[frozenset({"United States", "Belize"})].signed_by == []


def test_a_surname_takes_the_full_name_given_earlier(nlp) -> None:
    text = (
        "Acting Secretary Dana Whitfield visited Belize on Monday. "
        "Belize signed an asylum cooperation agreement with Whitfield on Tuesday."
    )
    (a,) = run(nlp, text)
    assert a.signed_by == ["Dana Whitfield"]


def test_similar_deals_with_named_countries_are_agreements_of_the_same_kind(nlp) -> None:
    text = (
        "Panama signed an asylum cooperation agreement with the United States on Wednesday. "
        "The agreement follows similar deals with Belize, signed in July, and Costa Rica, signed last week."
    )
    found = by_parties(run(nlp, text))
    assert set(found) == {frozenset({"United States", c}) for c in ("Panama", "Belize", "Costa Rica")}
    assert {a.type for a in found.values()} == {"asylum cooperation agreement"}


def test_deals_sought_are_not_agreements(nlp) -> None:
    text = (
        "Panama signed an asylum cooperation agreement with the United States on Wednesday. "
        "The envoy hopes to seal similar deals with Belize and Costa Rica."
    )
    assert len(run(nlp, text)) == 1
