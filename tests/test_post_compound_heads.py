"""Posts whose head is a compound of its own ("Chief Minister", "Chief Negotiator", "Chief of
Police") and heads a state names its own way ("Foreign Secretary" in the South Asian foreign
services, as in the British one).

Sentences are written for the test (people invented, states real).
"""

from __future__ import annotations

import pytest

from conftest import official_posts_in
from kg.extract.roles import parse_title


def posts(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    return official_posts_in(nlp, text, "2021-03-01")


@pytest.mark.parametrize(("phrase", "role", "country"), [
    # "Chief Minister" heads a state's province: the place before it is its field, after "of"
    ("Punjab Chief Minister", "Chief Minister of Punjab", None),
    ("Chief Minister of Sabah", "Chief Minister of Sabah", None),
    # "chief negotiator", "chief of police": the post, not the head of a body named "negotiator"
    ("Kenya's chief negotiator", "Chief Negotiator", "Kenya"),
    ("Spain's chief of police", "Chief of Police", "Spain"),
    # a South Asian foreign secretary keeps the service's title; another state's is its minister's
    ("Pakistani Foreign Secretary", "Foreign Secretary", "Pakistan"),
    ("Sri Lanka's foreign secretary", "Foreign Secretary", "Sri Lanka"),
    ("Mexican Foreign Secretary", "Secretary of Foreign Affairs", "Mexico"),
])
def test_compound_heads(phrase, role, country):
    read = parse_title(phrase)
    assert read is not None and (read.role, read.country) == (role, country)


def test_chief_minister_in_a_sentence(nlp):
    text = "Kerala Chief Minister Anil Varghese flew to Dubai to meet Indian workers on Monday."
    assert ("Anil Varghese", "Chief Minister of Kerala", "India") in posts(nlp, text)


def test_chief_negotiator_after_the_name(nlp):
    text = 'Tomas Lindqvist, Norway\'s chief negotiator, called the accord "a fair outcome" on Friday.'
    assert ("Tomas Lindqvist", "Chief Negotiator", "Norway") in posts(nlp, text)


def test_foreign_secretaries_of_two_south_asian_states(nlp):
    text = ("In Islamabad, Pakistani Foreign Secretary Imran Qadir met Nepal's Foreign Secretary "
            "Binod Sharma to sign the labour protocol.")
    found = posts(nlp, text)
    assert ("Imran Qadir", "Foreign Secretary", "Pakistan") in found
    assert ("Binod Sharma", "Foreign Secretary", "Nepal") in found



@pytest.mark.parametrize(("phrase", "role"), [
    # a department named before its head gives the head its portfolio; its acronym is no word of the post
    ("Department of Migrant Workers (DMW) Secretary", "Secretary of Migrant Workers"),
    ("Department of Agriculture Secretary", "Secretary of Agriculture"),
    ("Overseas Workers Minister", "Minister of Overseas Workers"),
])
def test_department_before_its_head(phrase, role):
    read = parse_title(phrase)
    assert read is not None and read.role == role


def test_department_with_acronym_before_the_head_in_a_sentence(nlp):
    text = ("Indonesia and Malaysia renewed the domestic workers memorandum on Monday. Department of Overseas "
            "Workers (DOW) Secretary Budi Santoso said the agencies would be audited.")
    assert ("Budi Santoso", "Secretary of Overseas Workers", "Indonesia") in posts(nlp, text)


def test_migrant_workers_is_a_government_portfolio(nlp):
    text = "Nepal and Qatar signed a labour pact on Monday. Migrant Workers Secretary Ram Thapa said fees would end."
    assert ("Ram Thapa", "Secretary of Migrant Workers", "Nepal") in posts(nlp, text)


@pytest.mark.parametrize(("phrase", "role", "country"), [
    # a department's head written before the department: its field is the post's portfolio
    ("Secretary of Nepal's Department of Overseas Workers", "Secretary of Overseas Workers", "Nepal"),
    ("Minister of the Ministry of Health", "Minister of Health", None),
    # another head of a department keeps the department's name
    ("Director of the Department of Immigration", "Director of the Department of Immigration", None),
])
def test_department_after_its_head(phrase, role, country):
    read = parse_title(phrase)
    assert read is not None and (read.role, read.country) == (role, country)


@pytest.mark.parametrize(("phrase", "role", "country"), [
    # a post serving another holder of the government keeps that post after "to"
    ("chief of staff to the prime minister", "Chief of Staff to the Prime Minister", None),
    # the state named with the holder served is the state; it wins over one a portfolio implies
    ("Secretary of State to the Minister of Foreign Affairs of Morocco",
     "Secretary of State to the Minister of Foreign Affairs", "Morocco"),
    # a host state after "to" stays the diplomat's posting
    ("Chilean Ambassador to Peru", "Ambassador to Peru", "Chile"),
])
def test_post_serving_another(phrase, role, country):
    read = parse_title(phrase)
    assert read is not None and (read.role, read.country) == (role, country)


def test_post_serving_another_in_an_apposition(nlp):
    text = ("Ghana closed the crossing on Tuesday. Kofi Mensah, chief of staff to the president, "
            "confirmed the decision on the radio.")
    assert ("Kofi Mensah", "Chief of Staff to the President", "Ghana") in posts(nlp, text)


@pytest.mark.parametrize(("phrase", "role", "country"), [
    # a cabinet post keeps the text's "for" ...
    ("Irish Minister for Justice", "Minister for Justice", "Ireland"),
    ("Norway's Minister for Migration", "Minister for Migration", "Norway"),
    # ... but for foreign affairs, "of" whatever the text says (GUIDELINES)
    ("New Zealand's Minister for Foreign Affairs", "Minister of Foreign Affairs", "New Zealand"),
    # and a portfolio written before the head is "of" it
    ("Irish justice minister", "Minister of Justice", "Ireland"),
])
def test_the_texts_for_of_a_cabinet_post(phrase, role, country):
    read = parse_title(phrase)
    assert read is not None and (read.role, read.country) == (role, country)


def test_title_before_an_honorific_the_parser_ended_a_sentence_at(nlp):
    # the parser may end a sentence at "Hon."; the title before it is still the holder's post
    text = ("Ghana's Minister for Employment, Labour Relations and Pensions, Hon. Kwame Boateng, "
            "opened the labour migration forum in Accra.")
    assert ("Kwame Boateng", "Minister for Employment, Labour Relations and Pensions", "Ghana") in posts(nlp, text)


def test_a_bare_foreign_secretary_in_a_piece_on_britain_and_india(nlp):
    # the South Asian use of the title is no clue to the state of a holder named without one
    text = ("India and the United Kingdom signed a mobility pact on Tuesday. India's minister said the pact "
            "would help students. The United Kingdom will issue 3,000 visas a year. The minister met "
            "foreign secretary Tom Ashby on Monday.")
    assert ("Tom Ashby", "Foreign Secretary", "United Kingdom") in posts(nlp, text)


def test_a_head_that_names_its_body_stays_a_state_post(nlp):
    # "House Speaker" is the Speaker of a state's house though no state is named with it
    text = "The envoys met a team linked to House Speaker Anan Wongsa in Bangkok on Monday."
    assert ("Anan Wongsa", "Speaker of the House of Representatives", "Thailand") in posts(nlp, text)
