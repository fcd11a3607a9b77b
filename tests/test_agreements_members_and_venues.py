"""Parties a sentence gives as some members of a counted group ("adopted by 164 countries,
among them A and B"), texts concluded by a participle the parser hung on the clause ("Adopted
in 1991 by ..., the X Declaration ..."), and states named only as the place of a signing ("in
the Angolan capital"), which are no parties.

Invented texts with states and people of no gold article.
"""

from __future__ import annotations

from kg.extract import extract_article
from kg.facts import Article


def facts(nlp, text: str, date: str = "2023-05-02"):
    return extract_article(Article(id="t", source="t.txt", text=text, date=date), nlp)


def parties(nlp, text: str) -> list[set[str]]:
    return [set(a.signatories) for a in facts(nlp, text).agreements]


def test_members_listed_after_a_counted_agent_of_a_relative_clause(nlp):
    text = (
        "Pacific ministers met in Suva this week. The meeting stands apart from the Pacific Labour "
        "Compact, which was adopted by 14 countries, among them Fiji, Samoa and Tonga, at a "
        "conference in Apia on March 3."
    )
    found = parties(nlp, text)
    assert {"Fiji", "Samoa", "Tonga"} in found, found


def test_members_listed_after_a_participle_before_the_text(nlp):
    text = (
        "What is the Andean Declaration? Signed on May 4, 1991 in Lima by representatives of "
        "twelve governments, among them Chile, Peru and Bolivia, the Andean Declaration on "
        "Mobility set out common rules for seasonal workers."
    )
    found = facts(nlp, text).agreements
    assert [set(a.signatories) for a in found] == [{"Chile", "Peru", "Bolivia"}], found
    assert found[0].type == "joint declaration"


def test_a_text_signed_after_a_comma_by_a_counted_group(nlp):
    text = (
        "The new plan sits beside the Lima Declaration on Labour Mobility, signed on June 2, 2021 "
        "at a summit hosted by the Peruvian president by 15 countries, including Chile, Ecuador "
        "and Bolivia."
    )
    found = parties(nlp, text)
    assert {"Chile", "Ecuador", "Bolivia"} in found, found


def test_a_list_that_is_no_agreements_parties_is_left_alone(nlp):
    # the counted group is what a programme covers, not who adopted a text
    text = "The Sahel programme will cover 14 countries, among them Niger, Mali and Chad."
    assert parties(nlp, text) == []


def test_a_state_named_as_the_place_of_a_signing_is_no_party(nlp):
    text = (
        "Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan in Nairobi "
        "in May. In August, Ruto and Hassan signed a memorandum of understanding on labour mobility "
        "in the Ethiopian capital, Addis Ababa."
    )
    found = parties(nlp, text)
    assert {"Kenya", "Tanzania"} in found, found
    assert not any("Ethiopia" in p for p in found), found


def test_a_state_named_as_the_city_of_a_planned_signing_is_no_party(nlp):
    text = (
        "Ghanaian and Togolese officials say the two countries' presidents are due to sign a "
        "border agreement in the Nigerian city of Lagos on Sunday."
    )
    found = parties(nlp, text)
    assert not any("Nigeria" in p for p in found), found


def test_guarantors_of_a_signing_are_no_parties(nlp):
    text = (
        "TIMELINE: a century of the border.\n\n"
        "MARCH 3, 1951 - After a short war, Bolivia and Paraguay sign the Protocol of Peace and "
        "Limits in Montevideo, with Uruguay, Argentina and the United States as guarantors."
    )
    found = parties(nlp, text)
    assert {"Bolivia", "Paraguay"} in found, found
    assert not any("Uruguay" in p or "Argentina" in p for p in found), found


def test_the_two_former_republics_are_the_pair_just_named(nlp):
    text = (
        "Armenia and Georgia sign treaty on their border\n\n"
        "YEREVAN, May 2 (Reuters) - Armenian President Vahagn Khachaturyan and Georgian President "
        "Mikheil Kavelashvili signed a treaty on the border on Tuesday. The presidents of the two "
        "former Soviet republics also adopted a joint statement pledging to reopen rail links."
    )
    found = facts(nlp, text).agreements
    assert not any("Soviet Union" in a.signatories for a in found), found
    kinds = sorted(a.type for a in found if set(a.signatories) == {"Armenia", "Georgia"})
    assert kinds == ["joint declaration", "other"], found


def test_a_quoted_title_and_the_holder_of_a_chair_are_no_parties(nlp):
    text = (
        "TIMELINE: ten years of the Danube Process\n\n"
        "12 MAY 2011 - At a ministerial conference in Vienna under the Hungarian EU presidency, "
        "\"Shared Mobility Partnerships\", the European Commission, Serbia, Moldova and Albania adopt "
        "the Joint Declaration on Shared Mobility Partnerships."
    )
    found = facts(nlp, text).agreements
    assert [set(a.signatories) for a in found] == [{"European Union", "Serbia", "Moldova", "Albania"}], found
    assert found[0].type == "joint declaration"


def test_member_states_adopting_a_text_are_the_members_listed_before(nlp):
    text = (
        "The Andes Dialogue turns ten.\n\n"
        "Today the dialogue has five members: Bolivia, Chile, Ecuador, Peru and Colombia. IOM "
        "serves as its secretariat.\n\n"
        "At the third ministerial meeting, held in Quito and chaired by Ecuador, member states "
        "adopted the Quito Declaration, which commits them to fair recruitment."
    )
    found = facts(nlp, text).agreements
    assert [set(a.signatories) for a in found] == [{"Bolivia", "Chile", "Ecuador", "Peru", "Colombia"}], found


def test_states_of_another_signing_clause_are_no_partners_of_a_plural(nlp):
    text = (
        "Bilateral deals govern workers' lives. Chile signed a memorandum of understanding on "
        "farm workers with Spain in 2019; Peru has signed labour agreements with Italy and Portugal."
    )
    found = facts(nlp, text).agreements
    pairs = {frozenset(a.signatories): a.type for a in found}
    assert pairs.get(frozenset({"Peru", "Italy"})) == "other", found
    assert pairs.get(frozenset({"Peru", "Portugal"})) == "other", found
    assert frozenset({"Peru", "Chile"}) not in pairs, found
