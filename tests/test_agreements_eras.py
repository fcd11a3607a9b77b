"""Agreements of other eras and instruments (the eleventh pass): former states, the text a
statement was given in, a body's officer and the state they come from, and whose signing
a sentence tells.

Texts are invented for these tests, so that what passes is the general reading.
"""

from __future__ import annotations

import pytest
from conftest import agreements_in

from kg.facts import Official
from kg.gazetteer import find_countries



def facts(agreements) -> set[tuple[str, frozenset[str]]]:
    return {(a.type, frozenset(a.signatories)) for a in agreements}


@pytest.mark.parametrize(("text", "states"), [
    ("the Soviet Union, the USSR and Soviet troops", ["Soviet Union", "Soviet Union", "Soviet Union"]),
    ("Yugoslavia and Czechoslovakia", ["Yugoslavia", "Czechoslovakia"]),
    ("East German and West German officials", ["East Germany", "West Germany"]),
    ("West Germany, not Germany", ["West Germany", "Germany"]),
    ("Zaire and Upper Volta", ["Zaire", "Upper Volta"]),
    # a former name a present state carries stays the present state's
    ("Burma and East Timor", ["Myanmar", "Timor-Leste"]),
])
def test_former_states_are_named_as_the_text_names_them(text, states):
    assert [c.name for _, _, c in find_countries(text)] == states


def test_a_former_state_that_continues_is_the_present_state_as_a_party(nlp):
    text = "On 30 March 1960, West Germany and Greece signed an agreement on the recruitment of workers."
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Germany", "Greece"}))}


def test_a_state_that_ended_keeps_its_name_as_a_party(nlp):
    text = "In 1948 the Soviet Union and Finland signed a treaty of friendship in Moscow."
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Soviet Union", "Finland"}))}


def test_a_joint_statement_the_news_is_given_in_names_the_kind_of_what_was_agreed(nlp):
    text = (
        "Foreign ministers of Chile, Peru and Bolivia agreed in Lima on Tuesday on a common plan for border crossings. "
        "The talks lasted six hours. "
        "In a joint statement issued after the talks, the ministers said the plan would start in May."
    )
    assert facts(agreements_in(nlp, text)) == {("joint declaration", frozenset({"Chile", "Peru", "Bolivia"}))}


def test_a_joint_statement_of_other_states_names_no_kind_of_an_earlier_deal(nlp):
    text = (
        "Chile and Peru agreed on Tuesday on a common plan for border crossings. "
        "Ghana and Togo said in a joint statement that their own talks would continue."
    )
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Chile", "Peru"}))}


def test_the_home_state_of_a_bodys_officer_is_no_party(nlp):
    text = (
        "The protocol was signed in Vienna by the President of the UN General Assembly, "
        "Maria Kovac of Croatia, and UN Secretary-General Ban Ki-moon."
    )
    assert agreements_in(nlp, text) == []


def test_the_state_of_a_head_of_state_who_signs_stays_a_party(nlp):
    text = "The agreement was signed in Kabul by President Ashraf Ghani of Afghanistan and Pakistan's prime minister, Imran Khan."
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Afghanistan", "Pakistan"}))}


def test_a_signing_in_the_clause_of_another_agreement_noun_is_that_ones(nlp):
    text = (
        "Norway and Zambia signed a readmission treaty on 4 February 2003. "
        "That followed a deal in August last year, when Norwegian minister Ola Berg and Zambian minister John Phiri "
        "signed a joint declaration in Lusaka on 20 August 2021."
    )
    found = {(a.type, tuple(a.signed_by)) for a in agreements_in(nlp, text)}
    assert found == {("other", ()), ("joint declaration", ("Ola Berg", "John Phiri"))}


def test_a_capital_is_no_signer_even_as_the_surname_of_someone_the_article_names(nlp):
    text = (
        "Reporting by Jorge Lima.\n\n"
        "On Friday, Peru's foreign minister Ana Cecilia Gervasi and Bolivia's foreign minister Rogelio Mayta "
        "signed a migration agreement in Lima."
    )
    assert [a.signed_by for a in agreements_in(nlp, text)] == [["Ana Cecilia Gervasi", "Rogelio Mayta"]]


def test_a_person_whose_government_signed_is_no_signer(nlp):
    text = (
        "Norway and Zambia signed a readmission agreement in May. "
        "Zambia's President Hakainde Hichilema, whose government signed the deal under pressure from donors, "
        "faces an election next year."
    )
    assert [a.signed_by for a in agreements_in(nlp, text)] == [[]]


def test_a_pronoun_subject_of_a_conjoined_signing(nlp):
    officials = [
        Official(name="Ola Berg", role="Minister of Justice", country="Norway", evidence=None),
        Official(name="John Phiri", role="Minister of Home Affairs", country="Zambia", evidence=None),
    ]
    text = (
        "Norway's justice minister, Ola Berg, has made the region a personal project. "
        "In May he traveled to Lusaka and signed a memorandum of understanding with Zambian minister John Phiri."
    )
    found = agreements_in(nlp, text, officials)
    assert [(a.type, a.signed_by) for a in found] == [("memorandum of cooperation", ["Ola Berg", "John Phiri"])]


def test_a_body_named_again_by_its_last_word_is_the_party_it_serves(nlp):
    text = (
        "The EU and Senegal signed a readmission arrangement in Dakar on Monday. "
        "The commission has signed comparable arrangements with Ghana and with Nigeria."
    )
    assert facts(agreements_in(nlp, text)) == {
        ("other", frozenset({"European Union", "Senegal"})),
        ("other", frozenset({"European Union", "Ghana"})),
        ("other", frozenset({"European Union", "Nigeria"})),
    }


def test_a_series_without_the_noun_each_state_on_its_own_day(nlp):
    text = "Zambia signed a readmission agreement with Norway on 3 March. Malawi followed on March 20, and Uganda on April 2."
    assert {(frozenset(a.signatories), a.date) for a in agreements_in(nlp, text)} == {
        (frozenset({"Norway", "Zambia"}), "2022-03-03"),
        (frozenset({"Norway", "Malawi"}), "2022-03-20"),
        (frozenset({"Norway", "Uganda"}), "2022-04-02"),
    }


def test_a_count_of_the_parties_makes_one_agreement_of_them_all(nlp):
    officials = [Official(name="Anna Lind", role="Minister of Justice", country="Sweden", evidence=None)]
    text = (
        "Lind signed a memorandum of cooperation on Thursday with the interior ministers of Estonia, Latvia and "
        "Lithuania, committing the four governments to share information on smuggling networks."
    )
    assert facts(agreements_in(nlp, text, officials)) == {
        ("memorandum of cooperation", frozenset({"Sweden", "Estonia", "Latvia", "Lithuania"})),
    }


def test_the_deal_a_third_state_signed_in_another_month_is_its_own_with_the_hub(nlp):
    text = (
        "Last Friday, Norway and Zambia signed a readmission agreement in Oslo. "
        "Together with the deal Malawi signed in March, the agreements let Norway return rejected applicants."
    )
    assert facts(agreements_in(nlp, text)) == {("other", frozenset({"Norway", "Zambia"})), ("other", frozenset({"Norway", "Malawi"}))}


def test_an_agreement_a_dropped_demand_would_have_committed_a_party_to_is_only_floated(nlp):
    text = "He said Norway had dropped a demand that Zambia commit to a readmission agreement for now."
    assert agreements_in(nlp, text) == []


def test_a_series_after_come_each_state_listed(nlp):
    text = (
        "On 10 May 1965, Spain and Chile signed an agreement on the recruitment of workers. Argentina followed in 1968. "
        "After Argentina came Peru in 1971, Bolivia in 1973 and Ecuador in 1975."
    )
    found = facts(agreements_in(nlp, text))
    assert ("other", frozenset({"Spain", "Chile"})) in found
    later = {p for _, parties in found for p in parties} - {"Spain", "Chile"}
    assert later == {"Argentina", "Peru", "Bolivia", "Ecuador"} and len(found) == 5


def test_a_demonym_in_an_instruments_title_names_no_party(nlp):
    text = "Norway and Zambia signed an agreement on the Protection of Ghanaian Nationals in Europe on Monday."
    assert {p for _, parties in facts(agreements_in(nlp, text)) for p in parties} == {"Norway", "Zambia"}


def test_a_leader_defending_a_compact_of_many_makes_no_deal_of_their_state(nlp):
    text = (
        "Kenya and Uganda hosted the talks. The United Nations adopted a regional compact on migration in Nairobi on Monday. "
        "Ethiopian Prime Minister Abiy Ahmed defended the compact against critics at home."
    )
    assert agreements_in(nlp, text) == []
