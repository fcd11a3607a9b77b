"""Agreements on other deals: parties in lists, kinds by the number of parties, signers
(round 4). Texts are invented (states and people of other regions), so that what passes
is the general rule, not a phrase of an evaluation article.
"""

from __future__ import annotations

import pytest
from conftest import agreements_in

from kg.facts import Evidence, Official



def facts(agreements) -> set[tuple[str, frozenset[str]]]:
    return {(a.type, frozenset(a.signatories)) for a in agreements}


@pytest.mark.parametrize("noun", ["memorandums", "bilateral memoranda"])
def test_similar_plural_of_a_kind_is_one_each_with_the_partner(nlp, noun: str) -> None:
    text = (
        "Austria signed a memorandum of understanding with Pakistan on Monday. "
        f"Portugal and Greece have similar {noun} with Islamabad."
    )
    assert facts(agreements_in(nlp, text)) == {
        ("memorandum of cooperation", frozenset({"Austria", "Pakistan"})),
        ("memorandum of cooperation", frozenset({"Portugal", "Pakistan"})),
        ("memorandum of cooperation", frozenset({"Greece", "Pakistan"})),
    }


def test_a_bilateral_declaration_is_a_joint_one(nlp) -> None:
    text = "Austria concluded its own bilateral declaration with Pakistan on returns."
    assert facts(agreements_in(nlp, text)) == {("joint declaration", frozenset({"Austria", "Pakistan"}))}


def test_a_compact_of_two_parties_is_no_regional_compact(nlp) -> None:
    text = (
        "Ghana and the European Union on Monday adopted the EU-Ghana Compact on refugee jobs. "
        "A similar compact between the EU and Togo was adopted last month."
    )
    assert facts(agreements_in(nlp, text)) == {
        ("other", frozenset({"European Union", "Ghana"})),
        ("other", frozenset({"European Union", "Togo"})),
    }


def test_a_regional_compact_stays_one_of_many_parties(nlp) -> None:
    text = "Ministers of Ghana, Togo and Benin signed a regional compact on migration on Monday."
    assert facts(agreements_in(nlp, text)) == {("regional compact", frozenset({"Ghana", "Togo", "Benin"}))}


def test_a_body_that_only_qualifies_a_government_is_no_party(nlp) -> None:
    officials = [
        Official("Lars Holm", "Prime Minister", "Norway", Evidence("x", 0, 1)),
        Official("Omar Haddad", "Prime Minister", "Sudan", Evidence("x", 0, 1)),
    ]
    text = (
        "Norway and Sudan on Thursday signed a memorandum of understanding on migration. "
        "The MoU was signed in Oslo by Prime Minister Lars Holm and Omar Haddad, head of "
        "Sudan's UN-recognised Government of National Accord."
    )
    out = agreements_in(nlp, text, officials)
    assert facts(out) == {("memorandum of cooperation", frozenset({"Norway", "Sudan"}))}
    assert set(out[0].signed_by) == {"Lars Holm", "Omar Haddad"}


def test_a_single_word_the_tagger_takes_for_a_person_signs_nothing(nlp) -> None:
    text = "Norway and Sudan signed a migration MoU on Thursday. The MoU was signed by Lars Holm and Omar Haddad."
    out = agreements_in(nlp, text)
    assert facts(out) == {("memorandum of cooperation", frozenset({"Norway", "Sudan"}))}
    assert all(len(name.split()) > 1 for name in out[0].signed_by)


def test_an_agreement_a_state_does_not_have_is_none(nlp) -> None:
    text = (
        "Norway and Chile signed a migration partnership on Monday. Norway does not have a "
        "migration partnership or a readmission agreement with Eritrea."
    )
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Norway", "Chile"}))}


def test_a_word_for_a_government_where_a_deal_was_signed_is_a_place(nlp) -> None:
    officials = [
        Official("Per Lund", "Minister of the Interior", "Norway", Evidence("x", 0, 1)),
        Official("Ali Karimi", "Minister of Refugees", "Afghanistan", Evidence("x", 0, 1)),
    ]
    text = (
        "Norway has signed an agreement with Afghanistan on returns. The memorandum of "
        "understanding was signed in Brussels on Wednesday by Interior Minister Per Lund and "
        "Afghanistan's Minister of Refugees, Ali Karimi."
    )
    out = agreements_in(nlp, text, officials)
    assert facts(out) == {("memorandum of cooperation", frozenset({"Norway", "Afghanistan"}))}


def test_every_state_of_a_list_after_from_is_a_place_passed(nlp) -> None:
    text = (
        "Norway signed a deal with Chile on Monday. Five men from Vietnam, Jamaica, Laos and "
        "Yemen were flown to Chile in July under an agreement that was not made public."
    )
    assert ("other", frozenset({"Jamaica", "Laos", "Yemen"})) not in facts(agreements_in(nlp, text))
    assert all(len(a.signatories) == 2 for a in agreements_in(nlp, text))


def test_those_like_a_wished_agreement_are_agreements(nlp) -> None:
    text = (
        '"What is needed is a comprehensive agreement between the European Union and Ghana, '
        'like those with Togo and Benin," the president said.'
    )
    assert facts(agreements_in(nlp, text)) == {
        ("other", frozenset({"European Union", "Togo"})),
        ("other", frozenset({"European Union", "Benin"})),
    }


def test_plural_agreements_with_a_list_that_came_about_are_one_each(nlp) -> None:
    officials = [Official("Eva Berg", "Minister of the Interior", "Norway", Evidence("x", 0, 1))]
    text = (
        "Norway's Interior Minister Eva Berg signed a migration agreement with Chile in 2023. "
        "Agreements with Peru and Ghana followed in September."
    )
    assert facts(agreements_in(nlp, text, officials)) == {
        ("other", frozenset({"Norway", "Chile"})),
        ("other", frozenset({"Norway", "Peru"})),
        ("other", frozenset({"Norway", "Ghana"})),
    }


def test_plural_agreements_only_sought_are_none(nlp) -> None:
    officials = [Official("Eva Berg", "Minister of the Interior", "Norway", Evidence("x", 0, 1))]
    text = (
        "Norway's Interior Minister Eva Berg signed a migration agreement with Chile in 2023. "
        "Agreements with Peru and Ghana could follow next year."
    )
    assert facts(agreements_in(nlp, text, officials)) == {("other", frozenset({"Norway", "Chile"}))}


def test_an_earlier_agreement_is_one_of_its_own(nlp) -> None:
    text = (
        "Peru and Chile signed an agreement on Friday to protect domestic workers, after a "
        "previous pact lapsed in 2016. Under the deal, workers will be paid a minimum wage. "
        "Peru stopped sending workers to Chile after the earlier agreement expired."
    )
    out = agreements_in(nlp, text)
    assert [a.type for a in out] == ["other", "other"]
    assert all(set(a.signatories) == {"Peru", "Chile"} for a in out)


def test_a_roadmap_agreed_with_a_body_is_an_agreement(nlp) -> None:
    officials = [Official("Amina Ochieng", "Minister of the Interior", "Kenya", Evidence("x", 0, 1))]
    text = (
        "Kenya's Interior Minister Amina Ochieng set a date for closing the camps. On Thursday, "
        "Kenya and UNHCR agreed a joint roadmap for the closure. A roadmap for reform is still missing."
    )
    assert facts(agreements_in(nlp, text, officials)) == {("other", frozenset({"Kenya", "UNHCR"}))}


def test_a_place_after_on_is_no_party(nlp) -> None:
    text = (
        "Chile and Peru signed an arrangement on Monday. Under the arrangement, Peru will take "
        "up to 150 refugees a year from those held on Nauru."
    )
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Chile", "Peru"}))}


def test_an_agreement_its_own_clause_dates_otherwise_has_the_parties_it_names(nlp) -> None:
    text = (
        "Kenya and UNHCR signed a roadmap in Nairobi on Thursday. The main instrument is still the "
        "tripartite agreement that Kenya, Somalia and UNHCR signed in Nairobi on 10 November 2013."
    )
    assert facts(agreements_in(nlp, text)) == {
        ("other", frozenset({"Kenya", "UNHCR"})),
        ("other", frozenset({"Kenya", "Somalia", "UNHCR"})),
    }


def test_the_state_an_act_under_a_described_agreement_goes_to_is_its_party(nlp) -> None:
    text = (
        "The European Commission signed a memorandum with Togo last July. The bloc pledged 2 "
        "billion euros to Ghana in March under a strategic partnership signed in Accra."
    )
    assert ("other", frozenset({"European Union", "Ghana"})) in facts(agreements_in(nlp, text))


def test_renamed_states_carry_their_current_name(nlp) -> None:
    text = "Norway signed a migration deal with Swaziland on Monday."
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Norway", "Eswatini"}))}


def test_an_anaphora_outside_a_phrase_naming_its_state_is_no_party(nlp) -> None:
    text = (
        "Norway has courted Chile, Peru and Ghana for months. The memorandum of cooperation that "
        "Norway signed with Chile last month shows that these governments are willing to work with us."
    )
    assert facts(agreements_in(nlp, text)) == {("memorandum of cooperation", frozenset({"Norway", "Chile"}))}


def test_an_anaphora_that_signed_with_a_state_is_each_of_its_list(nlp) -> None:
    officials = [Official("Per Lund", "Minister of Foreign Affairs", "Norway", Evidence("x", 0, 1))]
    text = (
        "Norwegian Foreign Minister Per Lund courted Chile, Peru and Ghana for months. In October, "
        "after all three had signed asylum cooperation agreements with Norway, it released the money."
    )
    assert facts(agreements_in(nlp, text, officials)) == {
        ("asylum cooperation agreement", frozenset({"Norway", p})) for p in ("Chile", "Peru", "Ghana")
    }


def test_an_agreement_another_minister_signed_earlier_is_another_one(nlp) -> None:
    officials = [
        Official("Eva Berg", "Minister of the Interior", "Norway", Evidence("x", 0, 1)),
        Official("Lars Holm", "Minister of the Interior", "Norway", Evidence("x", 0, 1)),
        Official("Ana Tembo", "Minister of the Interior", "Zambia", Evidence("x", 0, 1)),
    ]
    text = (
        "The interior minister, Eva Berg, and her Zambian counterpart, Ana Tembo, signed a joint "
        "communique in Oslo on speeding up returns. It builds on the returns agreement that the "
        "then interior minister, Lars Holm, signed with Tembo in July 2021. The communique was "
        "welcomed in Lusaka. Berg and Tembo posed for photographs after signing the communique."
    )
    out = agreements_in(nlp, text, officials)
    by_kind = {a.type: set(a.signed_by) for a in out}
    assert by_kind == {"joint declaration": {"Eva Berg", "Ana Tembo"}, "other": {"Lars Holm", "Ana Tembo"}}


def test_a_communique_the_news_is_said_in_is_no_agreement(nlp) -> None:
    text = "In a communique, the Zambian foreign ministry said talks with Norway would go on."
    assert agreements_in(nlp, text) == []



@pytest.mark.parametrize(
    "text, first, partners",
    [
        ("Qatar signed a memorandum of understanding with Ghana on Monday. Qatar's labour ministry said "
         "Qatar would open a recruitment office. Ghana has signed similar labour agreements with Oman, "
         "Bahrain and Kuwait in the last three years.",
         ("Qatar", "Ghana"), ["Oman", "Bahrain", "Kuwait"]),
        ("Japan and Peru signed a memorandum of understanding on seasonal work in May, Japan's embassy "
         "said. Japan will train the workers. Peru had already signed similar memoranda with Italy and Portugal.",
         ("Japan", "Peru"), ["Italy", "Portugal"]),
    ],
)
def test_similar_plural_signed_by_one_subject_is_one_each_with_it(nlp, text, first, partners) -> None:
    """The subject of "X has signed similar agreements with A and B" is a party of each, even
    when the article's most-named party is the other one of the first agreement."""
    subject = first[1]
    assert facts(agreements_in(nlp, text)) == {("memorandum of cooperation", frozenset(first))} | {
        ("memorandum of cooperation", frozenset({subject, p})) for p in partners
    }
