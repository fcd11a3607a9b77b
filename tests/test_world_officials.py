"""Officials of governments and bodies outside the 2019 episode.

Every sentence is invented for the test (people, not states, are fictional), about other
migration deals: EU-Tunisia, UK-Rwanda, Italy-Albania, Australia-Nauru/PNG, EU-Mauritania.
"""

from __future__ import annotations

import pytest

from conftest import official_posts_in


def posts(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    return official_posts_in(nlp, text, "2024-05-01")


@pytest.mark.parametrize(("text", "expected"), [
    ("Dutch Prime Minister Pieter van Dalen met Italian Interior Minister Marco Gallo in Rome on Monday.",
     {("Pieter van Dalen", "Prime Minister", "Netherlands"), ("Marco Gallo", "Minister of the Interior", "Italy")}),
    ("Papua New Guinea's Prime Minister Peter Kila and Nauru's President Tavita Adeang met in Port Moresby.",
     {("Peter Kila", "Prime Minister", "Papua New Guinea"), ("Tavita Adeang", "President", "Nauru")}),
    ("Rwanda's foreign minister, Amani Nkusi, said the first flight would land in Kigali.",
     {("Amani Nkusi", "Minister of Foreign Affairs", "Rwanda")}),
    ("The Turkish interior minister, Selim Kaya, met officials in Ankara.",
     {("Selim Kaya", "Minister of the Interior", "Turkey")}),
])
def test_states_of_other_deals(nlp, text, expected):
    assert posts(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("European Commission President Helga Brandt said the pact with Tunisia would hold.",
     ("Helga Brandt", "President of the European Commission", "European Union")),
    ("EU migration commissioner Tomas Lindqvist visited Nouakchott.",
     ("Tomas Lindqvist", "European Commissioner for Migration", "European Union")),
    ("European Commissioner for Home Affairs Anna Kowalski met Moroccan officials.",
     ("Anna Kowalski", "European Commissioner for Home Affairs", "European Union")),
    ("A spokesman for the European Commission, Marco Ferri, declined to comment.",
     ("Marco Ferri", "Spokesperson", "European Union")),
    ("Frontex executive director Hans Meijer said patrols would rise.",
     ("Hans Meijer", "Executive Director", "Frontex")),
    ("EU foreign policy chief Jordi Puig said the bloc would help.",
     ("Jordi Puig", "High Representative for Foreign Affairs and Security Policy", "European Union")),
    ("African Union Commission chairperson Amadou Diallo welcomed the talks.",
     ("Amadou Diallo", "Chairperson of the African Union Commission", "African Union")),
    ("Council of Europe human rights commissioner Liam Doyle urged caution.",
     ("Liam Doyle", "Commissioner for Human Rights", "Council of Europe")),
])
def test_posts_of_bodies_belong_to_the_body_not_a_state(nlp, text, expected):
    assert posts(nlp, text) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Home Secretary Alice Morton flew to Kigali to sign the treaty with Rwanda.",
     {("Alice Morton", "Home Secretary", "United Kingdom")}),
    ("Luxembourg's PM Luc Weber criticised the plan, and Australian premier Grace Hill praised it.",
     {("Luc Weber", "Prime Minister", "Luxembourg"), ("Grace Hill", "Prime Minister", "Australia")}),
    ("Belgian State Secretary for Asylum and Migration Anne Claes said so.",
     {("Anne Claes", "State Secretary for Asylum and Migration", "Belgium")}),
    ("Canadian Immigration Minister Paul Girard announced the change.",
     {("Paul Girard", "Minister of Immigration", "Canada")}),
    ("Greece's legal migration minister Eleni Dimou said returns would start soon.",
     {("Eleni Dimou", "Minister of Legal Migration", "Greece")}),
    ("Ghana's Minister of International Co-operation, Dr. Samuel Mensah, said the grant would help.",
     {("Samuel Mensah", "Minister of International Co-operation", "Ghana")}),
    ("A spokeswoman for Italian Prime Minister Giulia Conti, Anna Bianchi, said talks would go on.",
     {("Giulia Conti", "Prime Minister", "Italy"), ("Anna Bianchi", "Spokesperson for the Prime Minister", "Italy")}),
])
def test_posts_by_grammar(nlp, text, expected):
    assert posts(nlp, text) == expected


def test_a_committee_chair_takes_the_state_from_the_sentence(nlp):
    text = "British MP Sarah Quinn, who chairs the home affairs select committee, said she had doubts."
    assert ("Sarah Quinn", "Chair of the Home Affairs Select Committee", "United Kingdom") in posts(nlp, text)


@pytest.mark.parametrize("text", [
    "For more information contact:\nPress Office\nIntergovernmental Authority on Development\nTel: +251 11 123 4567",
    "The Commissioner for Home Affairs said the pact would hold.",
    "The Minister of International Co-operation said the grant would help.",
    "Contact: Director of Communications, Office of the Deputy Prime Minister, Intergovernmental Secretariat, Ottawa",
    "Contact: Press Secretary, Intergovernmental Office, Ottawa",
])
def test_no_official_from_words_of_a_title_or_a_contact_block(nlp, text):
    assert posts(nlp, text) == set()


def posts_on(nlp, text: str, date: str | None) -> set[tuple[str, str | None, str | None]]:
    return official_posts_in(nlp, text, date)


def test_a_title_and_surname_of_a_known_holder_is_that_holder_not_the_datelines_state(nlp):
    text = "WASHINGTON - The United States signed a deal with Honduras. President Hernandez said it would help."
    assert posts_on(nlp, text, "2019-09-25") == {("Juan Orlando Hernández", "President", "Honduras")}


def test_a_known_holder_named_without_a_post_in_the_term(nlp):
    text = "Meloni said the centres in Albania would open in the spring."
    assert posts_on(nlp, text, "2024-03-01") == {("Giorgia Meloni", "Prime Minister", "Italy")}
    assert posts_on(nlp, text, "2019-03-01") == set()  # before her term: nobody the table knows


def test_one_holder_over_two_terms_stays_known_without_a_date(nlp):
    assert posts_on(nlp, "Trump said the deal was done.", None) == {("Donald Trump", "President", "United States")}


@pytest.mark.parametrize(("text", "expected"), [
    ("European Commission President Ursula von der Leyen said so.",
     ("Ursula von der Leyen", "President of the European Commission", "European Union")),
    ("The EU's enlargement commissioner, Oskar Varga, signed the deal.",
     ("Oskar Varga", "European Commissioner for Enlargement", "European Union")),
])
def test_name_particles_and_lower_case_portfolios_of_a_body(nlp, text, expected):
    assert posts_on(nlp, text, "2023-07-16") == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("German Chancellor Olaf Brandt and Interior Minister Nina Faber met Italian Prime Minister Giulia Conti.",
     {("Olaf Brandt", "Chancellor", "Germany"), ("Nina Faber", "Minister of the Interior", "Germany"),
      ("Giulia Conti", "Prime Minister", "Italy")}),
    ("British Foreign Secretary David Hale met Moroccan King Hassan III in Rabat.",
     {("David Hale", "Foreign Secretary", "United Kingdom"), ("Hassan III", "King", "Morocco")}),
])
def test_heads_whose_post_depends_on_the_state(nlp, text, expected):
    assert posts_on(nlp, text, "2023-12-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Spanish Prime Minister Luis Ortega and European Commission chief Ursula von der Leyen pledged money.",
     {("Luis Ortega", "Prime Minister", "Spain"),
      ("Ursula von der Leyen", "President of the European Commission", "European Union")}),
    ("Mauritania's interior minister, Mohamed Ahmed Ould Mohamed Lemine, said patrols would increase.",
     {("Mohamed Ahmed Ould Mohamed Lemine", "Minister of the Interior", "Mauritania")}),
    ("Egypt's President Karim Abdel al-Masri met the delegation in Cairo.",
     {("Karim Abdel al-Masri", "President", "Egypt")}),
])
def test_names_the_tagger_splits_at_a_particle(nlp, text, expected):
    assert posts_on(nlp, text, "2024-02-08") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Rwandan government welcomed the ruling. Its spokeswoman, Ange Mukamana, said Rwanda was safe.",
     {("Ange Mukamana", "Government Spokesperson", "Rwanda")}),
    ("UNHCR criticised the plan. Its spokesman, Paul Ndoye, said so.", {("Paul Ndoye", "Spokesperson", "UNHCR")}),
    ("Amnesty International criticised the plan. Its spokesman, Ian Bell, said so.", set()),
])
def test_its_spokesperson_speaks_for_the_government_or_body_named_before(nlp, text, expected):
    assert posts_on(nlp, text, "2024-10-08") == expected
