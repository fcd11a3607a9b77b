"""Instruments of one party, and states named in an instrument's name (issue 9).

An agreement needs two parties, except when one state or body alone signed or adopted an
instrument called by its name (:mod:`kg.extract.agreements.single`). A state alone in a
declaration's name is where it was adopted, not a party, when the clause names who adopted it
(:func:`kg.extract.agreements.places.adopted_there`). Texts are invented for these tests.
"""

from __future__ import annotations

from conftest import agreements_in


def facts(agreements) -> set[tuple[str, frozenset[str]]]:
    return {(a.type, frozenset(a.signatories)) for a in agreements}


def test_one_state_that_signed_a_named_declaration_is_its_party(nlp) -> None:
    text = "Paraguay signed the Quito Declaration on Human Mobility in 2019, officials in Asuncion said."
    assert facts(agreements_in(nlp, text)) == {("joint declaration", frozenset({"Paraguay"}))}


def test_one_body_whose_leaders_adopted_a_named_declaration_is_its_party(nlp) -> None:
    text = "SADC leaders on Friday adopted the SADC Leaders' Declaration on Labour Migration at their summit."
    assert facts(agreements_in(nlp, text)) == {("joint declaration", frozenset({"Southern African Development Community"}))}


def test_one_state_and_an_unnamed_instrument_is_no_agreement(nlp) -> None:
    text = "Paraguay signed a declaration on human mobility in 2019, officials in Asuncion said."
    assert agreements_in(nlp, text) == []


def test_one_state_that_only_welcomed_a_named_declaration_is_no_party(nlp) -> None:
    text = "Paraguay welcomed the Quito Declaration on Human Mobility in 2019, officials in Asuncion said."
    assert agreements_in(nlp, text) == []


def test_a_state_in_a_declaration_name_adopted_by_others_is_no_party(nlp) -> None:
    text = (
        "Peru and Bolivia signed a border agreement on Monday. "
        "On Tuesday, ministers of the region adopted the Ecuador Declaration on refugees."
    )
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Peru", "Bolivia"}))}


def test_a_capital_in_a_declaration_name_is_no_party_of_the_signer(nlp) -> None:
    text = "Zambian President Peter Mulenga signed the Lilongwe Declaration on Friday, his office said."
    found = facts(agreements_in(nlp, text))
    assert all("Malawi" not in parties for _, parties in found)


def test_a_state_that_adopted_its_own_named_compact_stays_its_party(nlp) -> None:
    text = "Lebanon and the European Union adopted the Lebanon Compact in Brussels on Monday."
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Lebanon", "European Union"}))}


def test_two_parties_in_a_statement_name_stay_its_parties(nlp) -> None:
    text = "Officials adopted the EU-Senegal Statement on returns in Dakar on Monday."
    assert facts(agreements_in(nlp, text)) == {("joint declaration", frozenset({"European Union", "Senegal"}))}


def test_adopters_who_are_both_parties_read_before_keep_them(nlp) -> None:
    text = (
        "Peru and Bolivia signed a memorandum of understanding on border posts on Monday. "
        "On Tuesday, vice ministers of both countries signed the Chile Peace Declaration in La Paz."
    )
    assert facts(agreements_in(nlp, text)) == {
        ("memorandum of cooperation", frozenset({"Peru", "Bolivia"})),
        ("joint declaration", frozenset({"Peru", "Bolivia"})),
    }
