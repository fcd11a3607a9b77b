"""The state an official serves when the title names none (kg/extract/official_states.py).

Sentences are invented for the test (people fictional, states real), in the forms news on
other migration deals uses: an unqualified minister of the outlet's own government, a state
the person speaks of, a conjunct of another state's official.
"""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.officials import extract_officials
from kg.facts import Article

from conftest import official_states_in as states


def test_a_state_the_person_speaks_of_is_not_the_persons(nlp):
    text = ("Sweden signed a return deal with Afghanistan on Wednesday.\n\n"
            "Justice Minister Karl Lindgren said the government was not changing its assessment "
            "of the security situation in Afghanistan.\n\nSweden will review cases individually.")
    assert states(nlp, text)["Karl Lindgren"] != "Afghanistan"


def test_the_state_that_is_the_subject_of_what_the_person_reports(nlp):
    text = ("Immigration Minister Tom Hale said New Zealand would cover the cost of settlement "
            "within existing budgets.")
    assert states(nlp, text)["Tom Hale"] == "New Zealand"


def test_a_capital_where_two_parties_met_is_not_the_state_of_either(nlp):
    text = ("The memorandum was signed in Brussels on Wednesday by Interior Minister Lars Berg and "
            "Afghanistan's Minister of Refugees, Ahmad Karimi.")
    assert states(nlp, text).get("Lars Berg") != "Belgium"


def test_a_capital_that_frames_the_sentence_places_the_person(nlp):
    text = 'In Canberra, Senator Jane Pike called the deal "a grubby exercise".'
    assert states(nlp, text)["Jane Pike"] == "Australia"


def test_the_conjunct_of_another_states_official_is_not_of_that_state(nlp):
    text = ("The memorandum was signed in Jakarta, witnessed by President Budi Santoso and "
            "Malaysian Prime Minister Aziz Rahman. Indonesia and Malaysia agreed to meet again.")
    found = states(nlp, text)
    assert found["Aziz Rahman"] == "Malaysia"
    assert found["Budi Santoso"] == "Indonesia"


def test_a_leader_paired_with_another_states_leader_after_both_states_ministers(nlp):
    # the ministers' titles name both states: the pair of leaders still says which is whose
    text = ("The accord was signed by Thai Labour Minister Somchai Wong and Cambodian Labour Minister "
            "Sok Dara at a ceremony in Bangkok, witnessed by Prime Minister Anan Sirisak and Cambodian "
            "Prime Minister Hun Vannak.")
    found = states(nlp, text)
    assert found["Hun Vannak"] == "Cambodia"
    assert found["Anan Sirisak"] == "Thailand"


def test_unqualified_ministers_serve_the_state_no_title_names(nlp):
    text = ("Malta and Libya on Thursday signed a memorandum of understanding on migration.\n\n"
            "The MoU was signed by Prime Minister Paul Vella and the Libyan foreign minister, Omar Saleh.\n\n"
            "Foreign Minister Mark Farrugia was present at the signing.\n\n"
            "A visit to Malta by Italian Interior Minister Laura Conti has been postponed.\n\n"
            "Malta has kept migrants on boats. Malta says it needs help.")
    found = states(nlp, text)
    assert found["Omar Saleh"] == "Libya"
    assert found["Laura Conti"] == "Italy"
    assert found["Paul Vella"] == "Malta"
    assert found["Mark Farrugia"] == "Malta"


def test_a_regions_government_serves_its_state(nlp):
    text = ("Today, in Erbil, the Home Secretary met the Prime Minister of the Kurdistan Region, Omar Rasul, "
            "and the Kurdistan Region's Minister of Interior, Dara Aziz, to discuss smuggling.")
    found = states(nlp, text)
    assert found["Omar Rasul"] == "Iraq"
    assert found["Dara Aziz"] == "Iraq"


def test_a_state_named_in_passing_is_not_the_articles_own(nlp):
    text = ("The United Kingdom and Iraq signed a border security agreement.\n\n"
            "British Home Secretary Anne Cole met Iraqi Interior Minister Ali Hassan in Baghdad. Iraq will "
            "share data with the United Kingdom, Iraq said.\n\n"
            "Prime Minister Sam Lee praised the deal, which follows one Italy signed with Albania. "
            "Iraq and the United Kingdom will meet again in Iraq.")
    assert states(nlp, text)["Sam Lee"] != "Italy"


def test_the_subject_of_the_paragraph_before_the_person(nlp):
    text = ("Lithuania's parliament has voted to declare a state of emergency along the Belarusian border. "
            "Interior minister Ruta Kairyte said the move would allow border guards to use force.")
    assert states(nlp, text)["Ruta Kairyte"] == "Lithuania"


def test_a_capital_where_a_minister_meets_an_igo_is_not_the_ministers(nlp):
    text = ("The compact was adopted at the association council in Brussels, which was co-chaired by "
            "Foreign Minister Omar Nasser and Laura Rossi, the EU's High Representative.")
    assert states(nlp, text).get("Omar Nasser") != "Belgium"


def test_the_dateline_of_a_visit_is_the_hosts_not_the_visitors(nlp):
    text = ("RABAT (Reuters) - Spain and Morocco signed twenty agreements on Thursday.\n\n"
            "Moroccan Prime Minister Aziz Alami welcomed the Spanish delegation. Spain and Morocco "
            "will meet again next year in Spain.\n\n"
            "Deputy Prime Minister Lucia Ortega did not travel, citing other commitments.\n\n"
            "Spain hopes the deals will cut irregular arrivals. Spain has doubled its aid.")
    found = states(nlp, text)
    assert found["Aziz Alami"] == "Morocco"
    assert found["Lucia Ortega"] == "Spain"


def test_the_dateline_places_an_official_when_nothing_nearer_does(nlp):
    text = ("MANAGUA (AP) — Foreign Minister Ines Varela told reporters that the talks went well.\n\n"
            "Delegations of the United States and Mexico left on Friday.")
    assert states(nlp, text)["Ines Varela"] == "Nicaragua"


def test_the_state_a_deal_is_made_with_is_not_the_signers(nlp):
    text = ("That they take time. The agreement with India, which Foreign Minister Anna Berg signed "
            "in New Delhi in December 2022, has brought thousands of students and workers here.")
    assert states(nlp, text).get("Anna Berg") != "India"


def test_a_diplomat_is_posted_to_the_one_other_state_the_sentence_names(nlp):
    text = ("MANILA - The Philippines and Kuwait signed a labour deal on Friday.\n\n"
            "The signing came weeks after Kuwait expelled Philippine Ambassador Rene Castro over videos "
            "of embassy staff helping maids flee.")
    ctx = Context(Article(id="t", source="t", text=text, date="2018-05-12"))
    found = {(o.name, o.role, o.country) for o in extract_officials(nlp(text), ctx)}
    assert ("Rene Castro", "Ambassador to Kuwait", "Philippines") in found


@pytest.mark.parametrize("text, person, state", [
    ("Portugal's foreign minister, Rui Matos, came to Lima for talks with Interior Minister Carla Quispe.",
     "Carla Quispe", "Peru"),
    ("The Dutch minister will travel to Accra next week for talks with Labour Minister Kofi Mensah.",
     "Kofi Mensah", "Ghana"),
    ("Vietnam's labour minister will visit Poland in June and hold talks with Family Minister Anna Nowak in Warsaw.",
     "Anna Nowak", "Poland"),
    ("The Senegalese delegation was received in Madrid by the Minister of Social Security, Ms Lucia Ortega.",
     "Lucia Ortega", "Spain"),
])
def test_the_host_serves_the_state_the_visitor_comes_to(nlp, text, person, state):
    assert states(nlp, text)[person] == state


def test_whom_a_visitor_travels_with_is_not_the_host(nlp):
    found = states(nlp, "Portugal's prime minister, Ana Ribeiro, travelled to Luanda with Interior Minister Paulo Costa.")
    assert found.get("Paulo Costa") != "Angola"
    found = states(nlp, "Peru's president Luis Vargas flew to Quito with Defence Minister Rosa Tapia.")
    assert found.get("Rosa Tapia") != "Ecuador"


@pytest.mark.parametrize("text, person, state", [
    ("Minister Omar Haddad met his Ghanaian counterpart, Interior and Cultural Affairs Minister Kwame Boateng, in Beirut.",
     "Kwame Boateng", "Ghana"),
    ("On Monday Ms Lind spoke to her Chilean counterpart, Labour and Social Welfare Minister Jorge Pinto, in Oslo.",
     "Jorge Pinto", "Chile"),
])
def test_the_counterpart_named_with_a_long_title_serves_the_counterparts_state(nlp, text, person, state):
    assert states(nlp, text)[person] == state


@pytest.mark.parametrize("text, person, state", [
    ("Democrats objected. Senator Laura Finch of Oregon called the cut reckless.", "Laura Finch", "United States"),
    ("Opposition was loud. Premier candidate and Senator Ruth Gale of Queensland called it a grubby deal.",
     "Ruth Gale", "Australia"),
])
def test_a_legislator_of_a_first_level_subdivision_serves_its_state(nlp, text, person, state):
    assert states(nlp, text)[person] == state


def test_subdivisions_are_package_data_without_the_names_states_share():
    from kg.states import subdivisions

    found = subdivisions()
    assert found["Vermont"] == "United States" and found["Ontario"] == "Canada"
    assert "Georgia" not in found and "Punjab" not in found


@pytest.mark.parametrize("text, person, absent", [
    ("ATHENS, 3 May 2024\n\nThe talks were attended by the Deputy Minister of Labour, Ms Sofia Andreou.", "Sofia Andreou", "Bulgaria"),
    ("The hearing was chaired by the Minister of Trade, Mr Chad Olsen.", "Chad Olsen", "Chad"),
])
def test_a_state_or_capital_inside_a_name_is_no_place(nlp, text, person, absent):
    assert states(nlp, text).get(person) != absent


@pytest.mark.parametrize("text, person, absent", [
    ("Interior Minister Omar Said says just over 40,000 Afghans have gone home since March.", "Omar Said", "Afghanistan"),
    ("Labour Minister Ines Braga said 2,000 Nepalis would arrive before the harvest.", "Ines Braga", "Nepal"),
])
def test_people_of_a_state_the_person_reports_on_are_not_the_state(nlp, text, person, absent):
    assert states(nlp, text).get(person) != absent


@pytest.mark.parametrize("text, person, absent", [
    ("Prime Minister Jean Tremblay met President Ana Ruiz at the summit on Tuesday. Labour Minister Paul Girard "
     "has said he is open to reviewing the rules. And Chile's Minister of Labour, Rosa Pinto, has asked Ottawa for new permits.",
     "Paul Girard", "Chile"),
    ("The talks went on all day. Interior Minister Lena Berg said she wanted faster returns. "
     "Morocco's Minister of the Interior, Karim Alaoui, asked for more patrol boats.",
     "Lena Berg", "Morocco"),
])
def test_a_state_another_persons_title_names_in_the_paragraph_is_not_the_persons(nlp, text, person, absent):
    assert states(nlp, text).get(person) != absent


@pytest.mark.parametrize("text, person, state", [
    ("Washington, D.C. - Representative Dana Holt (D-OR), Chair of the Subcommittee on Trade, and "
     "Representative Luis Ortiz (D-NM) released a statement on aid to Honduras.", "Luis Ortiz", "United States"),
    ("Senator Amy Ross (R-Kan.) said the cuts to Haiti were a mistake.", "Amy Ross", "United States"),
])
def test_a_party_designation_names_the_legislators_state(nlp, text, person, state):
    assert states(nlp, text)[person] == state


def test_a_leaders_own_minister_is_not_taken_for_a_foreign_one(nlp):
    text = ("Peruvian President Luis Vargas met Chilean President Ana Soto in Lima on Monday. "
            "His foreign minister, Raul Campos, later said the corridor would stay open as long as it served Peru.")
    assert states(nlp, text).get("Raul Campos") != "Chile"


def test_a_capital_that_seats_an_igo_the_sentence_names_makes_no_host(nlp):
    text = "Minister Rui Matos came to Brussels for talks with the EU's Commissioner Hanna Berg on the pact."
    assert states(nlp, text).get("Hanna Berg") != "Belgium"


@pytest.mark.parametrize(("text", "person", "state"), [
    ("Brazil signed the deal. The ceremony was attended by the governor of Roraima, Paulo Souza, and by the minister.",
     "Paulo Souza", "Brazil"),
    ("Kenya signed the deal. The governor of Turkana, Jeremiah Lomorukai, attended.", "Jeremiah Lomorukai", "Kenya"),
])
def test_the_governor_of_a_first_level_subdivision_serves_its_state(nlp, text, person, state):
    assert states(nlp, text)[person] == state


def test_a_state_a_governors_post_implies_is_still_the_articles_own(nlp):
    text = ("Kenya will host 20,000 more refugees from Somalia. The Minister of the Interior, Amina Odhiambo, "
            "signed the plan in Nairobi, attended by the governor of Turkana, Jeremiah Lomorukai.")
    assert states(nlp, text)["Amina Odhiambo"] == "Kenya"


@pytest.mark.parametrize(("text", "person", "state"), [
    ("DHAKA: More than 5,000 Rohingya refugees have returned to Myanmar since the government announced its plan.\n\n"
     "Caretaker Home Minister Anwar Hossain told a press conference on Wednesday that the plan would go ahead.",
     "Anwar Hossain", "Bangladesh"),
    ("NAIROBI: Somali refugees began returning on Monday.\n\nInterior Minister Joseph Kamau said the camps would close.",
     "Joseph Kamau", "Kenya"),
])
def test_a_dateline_in_capitals_before_a_colon_places_the_person(nlp, text, person, state):
    assert states(nlp, text)[person] == state


def test_a_heading_before_a_colon_is_no_dateline(nlp):
    text = "Note: Somali refugees began returning on Monday.\n\nInterior Minister Joseph Kamau said the camps would close."
    assert states(nlp, text)["Joseph Kamau"] is None


@pytest.mark.parametrize(("text", "person", "absent"), [
    ("Kenya's president is in Europe this week.\n\nRuto will meet Foreign Minister Ana Costa at the ministry on "
     "Friday before travelling on to Madrid.", "Ana Costa", "Spain"),
    ("Ghana's president is touring Asia.\n\nMahama met Interior Minister Lee Min-ho on Monday before he flew to "
     "Tokyo.", "Lee Min-ho", "Japan"),
])
def test_where_the_visitor_goes_next_does_not_place_the_host(nlp, text, person, absent):
    assert states(nlp, text)[person] != absent


def test_the_outlets_home_in_brackets_serves_its_untitled_minister(nlp):
    text = ("LA REPÚBLICA (Lima)\n\nNine governments agree on documents for Venezuelan migrants\n\n"
            "Nine countries, among them Peru, Chile and Colombia, signed a plan on Venezuelan migrants "
            "and Venezuelan refugees on Tuesday.\n\n"
            "The meeting was opened by Foreign Minister Rosa Quispe, who said no country could face the "
            "exodus alone.\n\nVenezuela did not send a delegation, and Venezuelan citizens still lack passports. "
            "Colombia has taken in the largest number of Venezuelan nationals. Chile and Peru have asked for help.")
    assert states(nlp, text)["Rosa Quispe"] == "Peru"


def test_a_headline_that_names_a_state_is_no_masthead(nlp):
    text = ("No way out: the Fiji gamble\n\n"
            "Asylum seekers who arrive by boat will never be settled in Australia under the deal with Fiji. "
            "Australia would pay for their housing, and Fiji would host them.\n\n"
            "Immigration Minister Tom Hale said the deal would deter smugglers.\n\n"
            "Australia has done this before; Fiji has not.")
    assert states(nlp, text)["Tom Hale"] != "Fiji"


def test_the_people_on_the_move_do_not_make_their_state_the_articles_own(nlp):
    text = ("Afghan asylum seekers who fail to win protection in Norway can now be sent home under a "
            "deal signed in Kabul with Afghanistan's Minister of Refugees, Ahmad Karimi.\n\n"
            "Afghan asylum seekers make up the largest group of arrivals; Afghan migrants and Afghan "
            "refugees wait for decisions.\n\nJustice Minister Lars Berg said the deal would deter smugglers.\n\n"
            "Norway will pay for reintegration. Afghan nationals who are refugees will be protected, and "
            "Afghan migrants with families here may stay. Afghan refugees in camps are not covered.\n\n"
            "Opposition Senator Kari Dahl said it was not safe to send anyone back to Afghanistan.")
    assert states(nlp, text)["Lars Berg"] == "Norway"


def test_the_outlets_home_is_not_given_to_a_second_holder_of_a_post_it_titles(nlp):
    text = ("Brussels Daily | Politics\n\n"
            "Belgium and Morocco sign a declaration on returns\n\n"
            "Secretary of State for Migration Anne Claes signed the text in Rabat with Morocco's interior "
            "minister, Karim Alaoui. Belgium will give Morocco money for reintegration.\n\n"
            "Earlier Claes held talks with Foreign Minister Omar Benali. Belgian Foreign Minister Marie "
            "Dupont had prepared the visit. Morocco and Belgium will meet again.")
    found = states(nlp, text)
    assert found["Anne Claes"] == "Belgium"
    assert found.get("Omar Benali") != "Belgium"


def test_a_note_after_the_masthead_leaves_the_outlets_home(nlp):
    text = ("La Nación (Asunción) | Translated from Spanish\n\nBorder closed after the flood\n\n"
            "Brazil and Argentina closed two crossings on Monday, and Argentina's Interior Minister Juan "
            "Ruiz said Argentina would wait. Brazil's Foreign Minister Ana Lima said Brazil would decide "
            "on Friday.\n\nPresident Carla Benítez is expected to visit the border this weekend.\n\n"
            "Brazil has closed crossings before. Argentina and Brazil will meet again; Paraguay will attend.")
    assert states(nlp, text)["Carla Benítez"] == "Paraguay"


def test_a_second_holder_of_a_post_the_article_gives_its_own_serves_the_other_party(nlp):
    text = ("In Athens, Greece signed the pact on Sunday, and Prime Minister Nikos Pappas called it a "
            "turning point.\n\nEgyptian Foreign Minister Sameh Adel said Egypt would stop departures. "
            "Egypt wants visas for its workers, and Egypt will host the next round.\n\n"
            "Prime Minister Omar Sabry is expected to visit next month.\n\nGreece will publish the text.")
    found = states(nlp, text)
    assert found["Nikos Pappas"] == "Greece"
    assert found["Omar Sabry"] == "Egypt"


@pytest.mark.parametrize(("text", "person", "state"), [
    ("Portugal will resume returns, the government in Lisbon said.\n\n"
     "On Monday, Foreign Minister Rui Costa travels to Rabat, where he is received by the king, and says "
     "that Morocco will take back its nationals.\n\nPortugal has waited a year for this.", "Rui Costa", "Portugal"),
    ("Norway will pay for reintegration, the government said.\n\n"
     "Justice Minister Lars Berg, who arrived in Kabul on the weekend, said Afghanistan would take back its "
     "nationals.\n\nNorway has similar agreements with Iraq and Somalia, and Norway wants more.", "Lars Berg", "Norway"),
])
def test_the_state_a_person_travels_to_is_the_hosts(nlp, text, person, state):
    assert states(nlp, text)[person] == state


def test_the_head_of_a_state_body_takes_the_articles_state_as_a_minister_does(nlp):
    text = ("Kenya and Qatar signed a labour agreement on Monday.\n\n"
            "Kenya will send 5,000 workers a year under the deal.\n\n"
            "Jane Wanjiru, director-general of the Department of Employment, said the applications had doubled.\n\n"
            "Kenya hopes to sign similar deals, and Kenya has asked for talks with Oman.")
    assert states(nlp, text)["Jane Wanjiru"] == "Kenya"


def test_a_monarchy_gives_no_president_its_state(nlp):
    # before: Japan, the paragraph's one state that acts; Japan has an emperor and a prime minister
    text = ("Trade talks\n\nTOKYO -- Japan and Peru agreed on a new labour framework on Monday.\n\n"
            "President Harold Benton said he was pleased with the talks. Japan had pressed for more visas.")
    assert states(nlp, text)["Harold Benton"] != "Japan"


def test_the_states_without_a_head_are_states_the_gazetteer_knows():
    from kg import gazetteer

    rows = {k: v for k, v in gazetteer.titles()["states_without_heads"].items() if not k.startswith("_")}
    assert "President" in rows["Japan"] and "President" not in rows["United States"]
    assert all(gazetteer.country(name) is not None and gazetteer.country(name).name == name for name in rows)
