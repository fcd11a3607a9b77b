"""Agreements a sentence names by number, by a pronoun or one per state without naming each
again: "two memoranda", "a memorandum ... and another", "memoranda with each government",
"joins those signed by A and by B", "similar to the one A signed".

Texts are written for these tests, with states and dates the gold sets do not use.
"""

from __future__ import annotations

from collections import Counter

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.facts import Article


def run(nlp, text: str, date: str = "2020-01-11"):
    article = Article(id="t", source="t.txt", text=text, date=date)
    return extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))


def kinds_by_parties(found) -> Counter:
    return Counter((a.type, frozenset(a.signatories)) for a in found)


def test_two_memoranda_are_two_agreements(nlp) -> None:
    text = (
        "Panama and the United States signed an asylum cooperation agreement in Washington on Friday. "
        "Both governments also signed two memoranda of cooperation, one on port security and one on "
        "passenger data."
    )
    found = kinds_by_parties(run(nlp, text))
    assert found[("memorandum of cooperation", frozenset({"United States", "Panama"}))] == 2


def test_a_memorandum_and_another_are_two_agreements(nlp) -> None:
    text = (
        "Panama and the United States signed an asylum cooperation agreement in Washington on Friday. "
        "The two governments also signed a memorandum of understanding on passenger data and another to "
        "train port police."
    )
    found = kinds_by_parties(run(nlp, text))
    assert found[("memorandum of cooperation", frozenset({"United States", "Panama"}))] == 2


def test_one_memorandum_named_twice_stays_one(nlp) -> None:
    text = (
        "Panama and the United States signed a memorandum of cooperation on passenger data on Friday. "
        "Officials said a memorandum of cooperation of this kind takes a year to negotiate."
    )
    found = kinds_by_parties(run(nlp, text))
    assert found[("memorandum of cooperation", frozenset({"United States", "Panama"}))] == 1


def test_memoranda_with_each_government_are_one_per_state_listed(nlp) -> None:
    text = (
        "The United States signed asylum cooperation agreements with Belize, Panama and Costa Rica in 2019. "
        "Alongside them, the department signed memoranda of cooperation with each government on port security."
    )
    found = kinds_by_parties(run(nlp, text))
    for state in ("Belize", "Panama", "Costa Rica"):
        assert found[("memorandum of cooperation", frozenset({"United States", state}))] == 1


def test_the_agreements_a_pronoun_stands_for_are_each_with_the_shared_party(nlp) -> None:
    text = (
        "Panama signed an asylum cooperation agreement with the United States on Wednesday. "
        "The accord joins those signed by Belize on May 3 and by Costa Rica on June 9."
    )
    found = kinds_by_parties(run(nlp, text))
    assert set(found) == {
        ("asylum cooperation agreement", frozenset({"United States", s})) for s in ("Panama", "Belize", "Costa Rica")
    }


def test_the_one_a_state_signed_is_its_own_agreement_and_keeps_its_date(nlp) -> None:
    text = (
        "Panama signed an asylum cooperation agreement with the United States on Wednesday. "
        "Analysts say the Panamanian agreement is modelled on the one Belize signed on May 3."
    )
    found = {frozenset(a.signatories): a for a in run(nlp, text)}
    assert set(found) == {frozenset({"United States", "Panama"}), frozenset({"United States", "Belize"})}
    assert found[frozenset({"United States", "Belize"})].type == "asylum cooperation agreement"
    assert found[frozenset({"United States", "Panama"})].date != "2019-05-03"


def test_a_pronoun_without_a_signing_clause_names_no_agreement(nlp) -> None:
    text = (
        "Panama signed an asylum cooperation agreement with the United States on Wednesday. "
        "The accord is one of those that Belize criticised."
    )
    assert {frozenset(a.signatories) for a in run(nlp, text)} == {frozenset({"United States", "Panama"})}


def test_memoranda_also_signed_are_new_not_the_quoted_agreement(nlp) -> None:
    text = (
        'Panama signed on Friday an "Asylum Cooperation Agreement" with the United States. '
        "Both governments also signed two memoranda of cooperation, one on port security and one on passenger data."
    )
    found = kinds_by_parties(run(nlp, text))
    pair = frozenset({"United States", "Panama"})
    assert found[("asylum cooperation agreement", pair)] == 1
    assert found[("memorandum of cooperation", pair)] == 2


def test_states_of_a_pronoun_clause_are_no_pair_to_refer_back_to(nlp) -> None:
    text = (
        "Panama signed an asylum cooperation agreement with the United States on Friday. "
        "The agreement follows those Washington concluded with Belize in June and with Costa Rica in July. "
        "Both governments also signed a memorandum of cooperation on port security."
    )
    found = kinds_by_parties(run(nlp, text))
    assert found[("memorandum of cooperation", frozenset({"United States", "Panama"}))] == 1
    assert not any(kind == "memorandum of cooperation" and "Belize" in parties for kind, parties in found)


def test_another_instrument_of_a_well_known_agreements_parties_keeps_its_own_kind(nlp) -> None:
    text = (
        "El Salvador signed an asylum cooperation agreement with the United States on September 20, 2019. "
        "The two governments also signed a letter of intent on temporary work visas."
    )
    types = sorted(a.type for a in run(nlp, text, date="2019-09-21"))
    assert types == ["asylum cooperation agreement", "other"]


def test_a_memorandum_a_coordinated_subject_signed_with_three_states_is_one(nlp) -> None:
    text = (
        "The secretary was in Panama City on Thursday, where she and the security ministers of Belize, "
        "Panama and Costa Rica signed a memorandum of cooperation to fight human smuggling."
    )
    found = run(nlp, text)
    assert len(found) == 1
    assert found[0].type == "memorandum of cooperation"
    assert {"Belize", "Panama", "Costa Rica"} <= set(found[0].signatories)


def test_memoranda_signed_with_three_states_stay_several(nlp) -> None:
    text = "The United States signed memoranda of cooperation with Belize, Panama and Costa Rica on Thursday."
    found = run(nlp, text)
    assert len(found) == 3
    assert all(len(a.signatories) == 2 for a in found)


def test_another_beside_the_memorandum_is_a_second_one(nlp) -> None:
    text = (
        "Panama and the United States signed an asylum cooperation agreement on Friday. The two governments "
        "also signed a memorandum of cooperation on passenger data, which lets officers check records, and "
        "another on port security."
    )
    found = kinds_by_parties(run(nlp, text))
    assert found[("memorandum of cooperation", frozenset({"United States", "Panama"}))] == 2


def test_a_state_that_owns_a_thing_named_before_is_no_party(nlp) -> None:
    text = (
        "Chile and Peru have signed a memorandum of cooperation on border controls, under which Peru has "
        "pledged to align its visa rules with the EU's by the end of the year."
    )
    assert {frozenset(a.signatories) for a in run(nlp, text)} == {frozenset({"Chile", "Peru"})}


def test_leaders_of_three_states_signing_one_memorandum_sign_one_agreement_read_again_as_one(nlp) -> None:
    text = (
        "The leaders of Chile, Peru and Bolivia have signed a memorandum of cooperation on border controls. "
        "Under the memorandum, Peru and Bolivia will send police officers to help Chilean forces."
    )
    found = run(nlp, text)
    assert [(a.type, set(a.signatories)) for a in found] == [("memorandum of cooperation", {"Chile", "Peru", "Bolivia"})]


def test_the_three_agreements_are_those_of_the_three_states_last_listed(nlp) -> None:
    text = (
        "The department will release aid to Belize, Panama and Costa Rica. Critics say the administration is "
        "paying the governments for signing the three so-called 'safe third country' agreements with Washington."
    )
    found = kinds_by_parties(run(nlp, text))
    for state in ("Belize", "Panama", "Costa Rica"):
        assert found[("safe third country agreement", frozenset({"United States", state}))] == 1


def test_the_signer_of_an_order_is_no_signer_of_the_agreements_it_suspends(nlp) -> None:
    from kg.facts import Evidence, Official

    officials = [Official("Mara Quinn", "President", "United States", Evidence("x", 0, 1))]
    text = (
        "The United States signed asylum cooperation agreements with Belize, Panama and Costa Rica in 2019. "
        "The State Department suspended the three asylum cooperation agreements on Saturday, citing an executive "
        "order signed by President Mara Quinn on Tuesday."
    )
    article = Article(id="t", source="t.txt", text=text, date="2021-02-08")
    found = extract_agreements(nlp(text), Context(article=article, people={"Mara Quinn": "Mara Quinn"}, officials=officials))
    assert len(found) == 3
    assert all(a.signed_by == [] for a in found)
