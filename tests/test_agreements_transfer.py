"""Agreements of any region: kind words, parties and signers beyond the 2019 episode (issue 9).

Texts are invented for these tests (states, bodies and people of other regions), so that
what passes is the general rule, not a phrase of a gold article.
"""

from __future__ import annotations

import pytest
from conftest import agreements_in

from kg.extract.agreements.signing import is_place
from kg.facts import Evidence, Official



def facts(agreements) -> set[tuple[str, frozenset[str]]]:
    return {(a.type, frozenset(a.signatories)) for a in agreements}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Norway and Zambia signed a protocol on returns on Monday.", "other"),
        ("Norway and Zambia signed a friendship treaty on Monday.", "other"),
        ("Norway and Zambia signed an asylum partnership on Monday.", "asylum cooperation agreement"),
        ("Norway and Zambia issued a joint statement on migration on Monday.", "joint declaration"),
        ("Norway and Zambia signed a memorandum of understanding on Monday.", "memorandum of cooperation"),
    ],
)
def test_agreement_words_of_any_region(nlp, text: str, kind: str) -> None:
    assert facts(agreements_in(nlp, text)) == {(kind, frozenset({"Norway", "Zambia"}))}


def test_states_present_at_a_signing_are_no_parties(nlp) -> None:
    text = (
        "Norway and Zambia signed a memorandum of understanding in Lusaka in the presence of the "
        "prime ministers of Sweden and Finland, as well as Danish Prime Minister Lars Holm."
    )
    assert facts(agreements_in(nlp, text)) == {("memorandum of cooperation", frozenset({"Norway", "Zambia"}))}


def test_an_eu_institution_signs_for_the_eu(nlp) -> None:
    text = "The European Commission and Senegal signed a joint declaration on migration on Monday."
    assert facts(agreements_in(nlp, text)) == {("joint declaration", frozenset({"European Union", "Senegal"}))}


def test_parties_written_before_the_noun_are_its_only_parties(nlp) -> None:
    text = "The EU-Senegal statement, agreed in Brussels, says migrants arriving in Spain from Senegal will be returned."
    assert facts(agreements_in(nlp, text)) == {("joint declaration", frozenset({"European Union", "Senegal"}))}


def test_an_agreement_awaited_until_something_happens_is_none(nlp) -> None:
    text = "The loan remains on hold until Senegal reaches agreement with the International Monetary Fund."
    assert agreements_in(nlp, text) == []


def test_the_two_countries_can_include_the_united_states(nlp) -> None:
    text = (
        "Canada and the United States share the longest land border in the world. "
        "The two countries signed the Safe Third Country Agreement in 2002."
    )
    assert facts(agreements_in(nlp, text)) == {("safe third country agreement", frozenset({"Canada", "United States"}))}


def test_a_signing_in_a_relative_clause_signs_its_own_agreement_only(nlp) -> None:
    officials = [
        Official("Ana Tembo", "Minister of Foreign Affairs", "Zambia", Evidence("x", 0, 1)),
        Official("Per Lund", "Minister of Justice", "Norway", Evidence("x", 0, 1)),
        Official("Eva Berg", "Minister of Immigration", "Norway", Evidence("x", 0, 1)),
    ]
    text = (
        "Eva Berg signed a treaty with Zambia on Monday. "
        "The treaty turns the memorandum of understanding that Per Lund signed with Ana Tembo in 2019 "
        "into a binding agreement."
    )
    signed = {a.type: set(a.signed_by) for a in agreements_in(nlp, text, officials)}
    assert signed["memorandum of cooperation"] == {"Per Lund", "Ana Tembo"}
    assert "Per Lund" not in signed.get("other", set())


@pytest.mark.parametrize(("name", "place"), [("Rabat", True), ("Nouakchott", True), ("Kigali", True), ("Ana Tembo", False)])
def test_a_place_is_no_signer(name: str, place: bool) -> None:
    assert is_place(name) is place


def test_a_letter_of_intent_is_an_agreement(nlp) -> None:
    text = "Norway and Zambia on Monday signed a letter of intent to open migration centres."
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Norway", "Zambia"}))}


def test_a_body_where_a_deal_was_signed_is_no_party(nlp) -> None:
    text = ("Observers criticised the letter of intent that Norway and Zambia signed in Geneva, "
            "on the margins of the UN General Assembly.")
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Norway", "Zambia"}))}


def test_a_body_a_deal_is_made_with_is_a_party(nlp) -> None:
    text = "Zambia signed an agreement on returns with UNHCR in Geneva on Monday."
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Zambia", "UNHCR"}))}


def test_the_party_in_most_deals_outranks_the_partner_named_most() -> None:
    from collections import Counter

    from kg.extract.agreements.counterparts import rank_parties

    text = "Zambia welcomed Norway's offer. Zambia and Norway signed. Zambia hopes. Chile too."
    ranking = rank_parties(text, [], [["Zambia", "Norway"], ["Chile", "Norway"]], Counter())
    assert ranking.main == "Norway"


def test_a_capital_the_deal_is_made_with_stands_for_its_state(nlp) -> None:
    text = "Norway's memorandum with Lusaka, signed in July, was followed by months of disputes."
    assert facts(agreements_in(nlp, text)) == {("memorandum of cooperation", frozenset({"Norway", "Zambia"}))}


def test_a_deal_in_a_relative_clause_is_its_antecedents(nlp) -> None:
    text = "Oslo, which has had a readmission agreement with Zambia since 2003, pushed Brussels to move quickly."
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Norway", "Zambia"}))}


def test_a_body_in_a_phrase_nested_in_the_parties_is_no_party(nlp) -> None:
    # "between A and B on tasks carried out by C": the noun's own party phrase gives A and B,
    # also when a person named before could be taken for "the two sides"
    text = (
        "Moldovan Prime Minister Dorin Recean spoke. The mission rests on the status agreement between "
        "the European Union and Moldova on tasks carried out by UNICEF, which the two sides signed in 2021."
    )
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"European Union", "Moldova"}))}


def test_an_agreement_between_parties_is_not_the_subjects(nlp) -> None:
    text = "The statute allows UNICEF to run schools in border regions, subject to an agreement between the European Union and the state concerned."
    assert facts(agreements_in(nlp, text)) == set()


def test_the_body_dealt_with_under_a_memorandum_is_its_party(nlp) -> None:
    # not the state an adjective of the relative clause names ("Iraqi war")
    text = "Jordan does not recognise them as refugees, and deals with UNHCR under a 1998 memorandum of understanding that predates the Iraqi war."
    assert facts(agreements_in(nlp, text)) == {("memorandum of cooperation", frozenset({"Jordan", "UNHCR"}))}


def test_a_new_agreement_signed_by_some_parties_of_a_framework_is_its_own(nlp) -> None:
    text = (
        "Repatriation follows a regional framework agreed by Kenya, Somalia, Ethiopia and UNHCR in 2014. "
        "Returns from Kenya take place under a tripartite agreement that Kenya, Somalia and UNHCR signed in 2013."
    )
    assert facts(agreements_in(nlp, text)) == {
        ("regional compact", frozenset({"Kenya", "Somalia", "Ethiopia", "UNHCR"})),
        ("other", frozenset({"Kenya", "Somalia", "UNHCR"})),
    }


def test_a_state_in_a_bodys_name_is_no_party(nlp) -> None:
    # "the Economic Community of West African States": ECOWAS, not the United States
    text = (
        "Ministers from European and African countries adopted a new political declaration on trade on Tuesday. "
        "The Accra Political Declaration was adopted by host Ghana and the other partner countries, together with "
        "the European Commission and the Economic Community of West African States (ECOWAS)."
    )
    assert facts(agreements_in(nlp, text)) == {("joint declaration", frozenset({"Ghana", "European Union", "ECOWAS"}))}


def test_a_state_that_qualifies_a_noun_by_a_hyphen_is_no_party(nlp) -> None:
    text = "The presidents of Guatemala and Belize agreed on Monday to move U.S.-bound migrants through their countries by bus."
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Guatemala", "Belize"}))}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a declaration called by its city's name, signed or adopted
        ("Ghana, Togo and Benin signed the Lomé Declaration on Border Security on 3 March 2019.", {"Ghana", "Togo", "Benin"}),
        ("Ministers from Ghana, Togo and Benin adopt the Lomé Declaration.", {"Ghana", "Togo", "Benin"}),
        # "ministers from X and from A, B and C": all act for their states
        (
            "At a conference in Accra, ministers from the EU's 27 member states and from Ghana, Togo and Benin "
            "adopt the Accra Declaration.",
            {"European Union", "Ghana", "Togo", "Benin"},
        ),
    ],
)
def test_a_named_declaration_signed_or_adopted_is_an_agreement(nlp, text: str, parties: set[str]) -> None:
    assert facts(agreements_in(nlp, text)) == {("joint declaration", frozenset(parties))}


def test_a_policy_adopted_is_no_agreement(nlp) -> None:
    assert facts(agreements_in(nlp, "Ghana and Togo adopted a new border policy in 2019.")) == set()


def test_a_counted_subject_is_the_states_the_next_sentence_lists(nlp) -> None:
    text = (
        "On June 4, four governments met in Dakar and adopted the Dakar Declaration on fisheries. "
        "The four — Senegal, Gambia, Mauritania and Guinea — share the same fishing grounds."
    )
    assert facts(agreements_in(nlp, text)) == {("joint declaration", frozenset({"Senegal", "Gambia", "Mauritania", "Guinea"}))}


def test_a_counted_subject_is_no_list_of_another_length(nlp) -> None:
    text = (
        "On June 4, four governments met in Dakar and adopted the Dakar Declaration on fisheries. "
        "Senegal and Gambia share the same fishing grounds."
    )
    assert facts(agreements_in(nlp, text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "In Lomé, ten governments of West Africa adopted the Lomé Declaration on fisheries, hosted by Togo.",
        "The Lomé Declaration on fisheries, adopted in Lomé, Togo, on May 2, 1994, by representatives of twelve governments, set rules.",
        "At a summit in Accra, all 54 member states adopt the Accra Declaration on trade.",
    ],
)
def test_a_declaration_of_parties_given_by_a_number_only_has_none(nlp, text: str) -> None:
    # not the pair the article's other agreement makes its leading parties
    before = "Togo and Ghana signed a fisheries accord in 1990. "
    assert facts(agreements_in(nlp, before + text)) == {("other", frozenset({"Togo", "Ghana"}))}


def test_a_pact_adopted_is_no_signing(nlp) -> None:
    # "adopt" concludes a declaration or compact, not a law or a deal read back
    text = (
        "Ministers from Italy, Spain and Greece signed a joint declaration on Monday. "
        "The pact, adopted in May 2024 after years of wrangling, sets faster border procedures."
    )
    assert facts(agreements_in(nlp, text)) == {("joint declaration", frozenset({"Italy", "Spain", "Greece"}))}


def test_a_further_agreement_signed_in_another_year_is_its_own(nlp) -> None:
    text = (
        "In 1950, Prime Minister Mohan Shumsher of Nepal and Prime Minister Ravi Menon of India signed the Nepal-India Pact. "
        "In 1965, Prime Minister Surya Thapa and Prime Minister Ravi Menon signed a further agreement under which each country would take half."
    )
    people = [Official(n, "Prime Minister", c, Evidence(n, 0, len(n))) for n, c in
              (("Mohan Shumsher", "Nepal"), ("Ravi Menon", "India"), ("Surya Thapa", "Nepal"))]
    found = {(a.year, frozenset(a.signed_by)) for a in agreements_in(nlp, text, people)}
    assert found == {("1950", frozenset({"Mohan Shumsher", "Ravi Menon"})), ("1965", frozenset({"Surya Thapa", "Ravi Menon"}))}


def test_a_state_called_by_its_former_name_is_that_state(nlp) -> None:
    text = "In 1957, Ceylon and Burma signed a trade agreement in Colombo."
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Sri Lanka", "Myanmar"}))}


def test_a_timeline_day_cut_off_as_its_own_sentence_dates_the_entry(nlp) -> None:
    text = (
        "Portugal and Angola signed the agreement that brought thousands of Angolan workers north.\n\n"
        "3 MAY 1952 – In Lisbon, Portugal and Angola sign a protocol under which Angola is to send 9,000 workers to the ports.\n\n"
        "1960 – Portugal signs a labour agreement with Brazil.\n\n"
        "2021 – Several hundred Angolans who came under the 1952 protocol are still alive."
    )
    found = {(frozenset(a.signatories), a.date) for a in agreements_in(nlp, text)}
    assert found == {(frozenset({"Portugal", "Angola"}), "1952-05-03"), (frozenset({"Portugal", "Brazil"}), None)}


def test_a_signer_named_by_title_and_state_is_that_official(nlp) -> None:
    text = "Prime Minister Ana Lind and the Ugandan president signed a joint declaration on trade in Kampala on Monday."
    people = [Official("Ana Lind", "Prime Minister", "Sweden", Evidence("Ana Lind", 0, 8)),
              Official("Moses Okello", "President", "Uganda", Evidence("Moses Okello", 0, 12))]
    found = [(a.type, set(a.signatories), a.signed_by) for a in agreements_in(nlp, text, people)]
    assert found == [("joint declaration", {"Sweden", "Uganda"}, ["Ana Lind", "Moses Okello"])]


def test_a_timeline_entry_dates_its_later_sentences_and_names_another_instrument(nlp) -> None:
    # an invented timeline: the declaration of a later entry is no kind of the earlier deal
    text = (
        "Timeline: Norway and Zambia on migration\n\n"
        "3 March 1998 - Norway and Zambia sign a readmission agreement in Oslo, allowing returns "
        "of people who entered Norway irregularly.\n\n"
        "2005 - A fishing quota dispute strains relations. Trade falls for two years.\n\n"
        "9 June 2019 - King Harald receives the Zambian president in Oslo. The two sides adopt a "
        "joint declaration on labour migration.\n"
    )
    found = {(a.type, frozenset(a.signatories), a.date) for a in agreements_in(nlp, text)}
    assert found == {
        ("other", frozenset({"Norway", "Zambia"}), "1998-03-03"),
        ("joint declaration", frozenset({"Norway", "Zambia"}), "2019-06-09"),
    }


@pytest.mark.parametrize(
    "tail",
    [
        "and a memorandum with Chile is under negotiation.",
        "and its minister will travel to Santiago next week to discuss a similar arrangement with Chile.",
    ],
)
def test_a_deal_under_negotiation_or_to_be_discussed_is_no_agreement(nlp, tail: str) -> None:
    text = (
        "Norway and Zambia signed a memorandum of understanding on labour in Oslo on Monday. "
        f"Norway has signed similar labour agreements with Peru and Ghana, {tail}"
    )
    assert facts(agreements_in(nlp, text)) == {
        ("memorandum of cooperation", frozenset({"Norway", "Zambia"})),
        ("memorandum of cooperation", frozenset({"Norway", "Peru"})),
        ("memorandum of cooperation", frozenset({"Norway", "Ghana"})),
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A memorandum between Norway and Chile is under negotiation, officials said.", set()),
        ("The Norwegian minister will go to Santiago to negotiate a readmission agreement with Chile.", set()),
        ("Norway negotiated a readmission agreement with Chile in 2019.", {("other", frozenset({"Norway", "Chile"}))}),
    ],
)
def test_a_pending_deal_is_no_agreement_a_negotiated_one_is(nlp, text: str, found: set) -> None:
    assert facts(agreements_in(nlp, text)) == found


def test_a_named_treaty_of_another_year_is_another_agreement_and_the_memorandum_its_own(nlp) -> None:
    text = (
        "On 3 March 2021, Norway and Zambia signed a memorandum of understanding on returns in Oslo. "
        "The memorandum builds on the Norway-Zambia readmission agreement of 2004.\n\n"
        "Officials said the memorandum had cut the time taken to verify nationality."
    )
    found = {(a.type, frozenset(a.signatories)) for a in agreements_in(nlp, text)}
    assert found == {
        ("memorandum of cooperation", frozenset({"Norway", "Zambia"})),
        ("other", frozenset({"Norway", "Zambia"})),
    }

