"""Posts of international bodies and of any government, read by the grammar of a title: a head
and its complements (the body or state it belongs to, a possessor, a field, a remit).

Sentences and phrases are written for the test (people invented, states and bodies real).
"""

from __future__ import annotations

import pytest

from conftest import official_posts_in
from kg.extract.roles import parse_title


def posts(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    return official_posts_in(nlp, text, "2022-05-01")


@pytest.mark.parametrize(("phrase", "role", "country"), [
    # a body's full name written with a head that alone names a state's post stays as written
    ("World Bank Group President", "President of the World Bank Group", "World Bank"),
    ("the president of the World Bank Group", "President of the World Bank Group", "World Bank"),
    # an acronym is read as the body's name
    ("IDB President", "President of the Inter-American Development Bank", "Inter-American Development Bank"),
    # states after the "for" of an office with a remit are its remit; the possessor is served
    ("the World Bank's country director for Nepal, Bhutan and Bangladesh",
     "Country Director for Nepal, Bhutan and Bangladesh", "World Bank"),
    ("UNHCR's representative for Chad and Niger", "Representative for Chad and Niger", "UNHCR"),
    ("Kenya's special envoy for Somalia", "Special Envoy for Somalia", "Kenya"),
    # a demonym right after an office's "for" names whom the post is for, not the state
    ("IGAD's special envoy for Sudanese Refugees", "Special Envoy for Sudanese Refugees", "IGAD"),
    ("SADC executive secretary", "Executive Secretary", "Southern African Development Community"),
    # a head written around its field: "European ... Commissioner"
    ("European Migration Commissioner", "European Commissioner for Migration", "European Union"),
    ("European Home Affairs Commissioner", "European Commissioner for Home Affairs", "European Union"),
    # a modifier kept before heads is no part of a split head
    ("Deputy Foreign Minister", "Deputy Minister of Foreign Affairs", None),
    ("Supreme Leader", "Supreme Leader", None),
])
def test_body_and_remit_phrases(phrase, role, country):
    read = parse_title(phrase)
    assert read is not None and (read.role, read.country) == (role, country)


def test_envoy_of_a_body_for_refugees_of_a_state(nlp):
    text = "Abdi Warsame Farah, IGAD's special envoy for Sudanese refugees, visited the camps on Monday."
    assert ("Abdi Warsame Farah", "Special Envoy for Sudanese Refugees", "IGAD") in posts(nlp, text)


def test_country_director_of_a_bank_for_several_states(nlp):
    text = ("Lena Moravec, the World Bank's country director for Nepal and Bhutan, said the grant "
            "would reach the camps by June.")
    assert ("Lena Moravec", "Country Director for Nepal and Bhutan", "World Bank") in posts(nlp, text)


@pytest.mark.parametrize(("phrase", "role", "country"), [
    # an organ of a body is named with it
    ("the President of the ECOWAS Commission", "President of the ECOWAS Commission", "ECOWAS"),
    ("the president of the UN General Assembly", "President of the UN General Assembly", "United Nations"),
    ("The European parliament's president", "President of the European Parliament", "European Union"),
    # the head of a body the data does not list, by its proper name; a demonym inside the name is kept
    ("head of the National Agency for the Protection of Chilean Seasonal Workers",
     "Head of the National Agency for the Protection of Chilean Seasonal Workers", "Chile"),
    ("head of the Bureau for Returnee Affairs", "Head of the Bureau for Returnee Affairs", None),
    # a listed body's name inside a longer name is not that body
    ("head of the Federal Department of Justice and Police", "Head of the Federal Department of Justice and Police", None),
    # a field after "in charge of" stays as the text links it
    ("the Minister in charge of Disaster Relief", "Minister in charge of Disaster Relief", None),
    ("House Speaker", "Speaker of the House of Representatives", None),
])
def test_organs_named_bodies_and_links(phrase, role, country):
    read = parse_title(phrase)
    assert read is not None and (read.role, read.country) == (role, country)


def test_a_name_the_tagger_ran_into_the_host_state(nlp):
    text = "The memorandum was witnessed by Philippine Ambassador to Saudi Arabia Gatot Abdullah Mansyur, the ministry said."
    assert posts(nlp, text) == {("Gatot Abdullah Mansyur", "Ambassador to Saudi Arabia", "Philippines")}


def test_supreme_leader_with_an_honorific(nlp):
    text = "Iran's Supreme Leader Ayatollah Hassan Karimi issued a decree on schooling for Afghan children."
    assert ("Hassan Karimi", "Supreme Leader", "Iran") in posts(nlp, text)


def test_a_bare_head_gives_way_to_the_apposition_that_names_the_body(nlp):
    text = ("The memorandum was signed by Ambassador Joseph Mwale, UNHCR's Representative to the African Union, "
            "and by the Chadian minister.")
    assert ("Joseph Mwale", "Representative to African Union", "UNHCR") in posts(nlp, text)


def test_a_bare_head_keeps_its_post_before_the_next_clause(nlp):
    text = "After talks at the State Department with Secretary Jane Doyle, the Mexican chancellor said the flow fell."
    assert ("Jane Doyle", "Minister of Foreign Affairs", "Mexico") not in posts(nlp, text)


def test_a_post_named_after_a_minister_in_charge(nlp):
    text = "The deal was signed by Claire Uwase, the Minister in charge of Disaster Relief, Ambassador Paul Kagabo and others."
    assert ("Claire Uwase", "Minister in charge of Disaster Relief", None) in posts(nlp, text)


@pytest.mark.parametrize(("phrase", "role", "country"), [
    # a city after an office's "in" is where the office sits, not its remit; a state is the remit
    ("UNHCR's regional representative in Nairobi", "Regional Representative", "UNHCR"),
    ("UNHCR's representative in Uganda", "Representative in Uganda", "UNHCR"),
    # a department's field is no portfolio of a post that names its own region
    ("the State Department's special envoy for the Horn of Africa", "Special Envoy for the Horn of Africa", "United States"),
    # a coordinator keeps the field written before it
    ("the UN's Emergency Relief Coordinator", "Emergency Relief Coordinator", "United Nations"),
    ("the UN Resident Coordinator", "Resident Coordinator", "United Nations"),
])
def test_remits_regions_and_coordinators(phrase, role, country):
    read = parse_title(phrase)
    assert read is not None and (read.role, read.country) == (role, country)

