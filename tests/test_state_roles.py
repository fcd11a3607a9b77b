"""The state an official serves, read from the article as a whole and from the part a state's
name plays where it is written (kg/extract/state_roles.py, kg/extract/article_states.py).

Sentences are invented for the test (people fictional, states real): a state named as the
place a flight comes from or workers are in, or as its people ("Afghans"), gives a nearby
official no state; the masthead, the publishing body and the dateline say where the article
is written from; a foreign diplomat in the paragraph is no colleague of the minister there.
"""

from __future__ import annotations

from kg.extract.article_states import _dateline_country, home_states
from kg.extract.state_roles import is_people, is_place, names_people, place_only_states
from kg.extract.title_context import states_between
from kg import gazetteer

from conftest import official_states_in as states


def test_a_plural_demonym_names_people_not_the_state():
    assert is_people("Afghans") and is_people("Thais")
    assert not is_people("Afghan") and not is_people("Thailand") and not is_people("Swiss")


def test_a_state_after_a_preposition_of_place_is_a_place(nlp):
    doc = nlp("The plane left from Lisbon, Portugal, on Monday. Spain opened two new offices.")
    roles = {doc[s:e].text: is_place(doc[s:e]) for s, e, _ in states_between(doc, 0, len(doc))}
    assert roles == {"Portugal": True, "Spain": False}
    assert place_only_states(doc, (0, len(doc))) == {"Portugal"}


def test_a_state_named_as_an_actor_elsewhere_is_not_place_only(nlp):
    doc = nlp("Workers went to Chile in May. Chile later closed its border.")
    assert place_only_states(doc, (0, len(doc))) == set()


def test_an_origin_in_the_paragraph_gives_the_minister_no_state(nlp):
    # before: the paragraph's one state, Portugal (where the flight came from)
    text = ("News release\n\n"
            "OTTAWA — Immigration Minister Mark Tenley announced on Monday that the first charter flight "
            "has landed in Halifax. The flight departed from Lisbon, Portugal, with 240 passengers on board.\n\n"
            "Canada has welcomed more than 9,000 people under the programme.")
    assert states(nlp, text)["Mark Tenley"] == "Canada"


def test_a_place_only_state_that_is_the_articles_home_still_counts(nlp):
    text = ("Press release\n\nFrom: Home Office\n\n"
            "The partnership was agreed in Rome on Monday.\n\n"
            "Border Security Minister Paul Brandt said the patrols would stop more boats. "
            "Fewer boats crossed to the United Kingdom this year.")
    assert home_states(text) == {"United Kingdom"}
    doc = nlp(text)
    assert place_only_states(doc, (0, len(doc))) == {"United Kingdom"}
    assert states(nlp, text)["Paul Brandt"] == "United Kingdom"


def test_a_foreign_diplomat_nearby_is_no_colleague(nlp):
    # before: the minister took the state of the one other official of the paragraph, Israel's ambassador
    text = ("Bangkok Post\n\nEDITORIAL\n\nThousands of farm workers went abroad last year.\n\n"
            "Those questions now fall to the ministry. Labour Minister Somsak Chai has said workers will not "
            "be sent back until they are safe, even as Israeli farmers offer bonuses to lure them back. "
            "Israel's ambassador in Bangkok, Dana Levin, has said her country wants the Thai workers to return.")
    found = states(nlp, text)
    assert found["Dana Levin"] == "Israel"
    assert found["Somsak Chai"] == "Thailand"


def test_people_of_another_state_do_not_make_the_sentence_ambiguous(nlp):
    text = ("In Pakistan, Prime Minister Tariq Hameed said in May that Afghans born in Pakistan "
            "should be able to apply for citizenship.")
    assert states(nlp, text)["Tariq Hameed"] == "Pakistan"


def test_a_dateline_with_two_hyphens_after_the_masthead_lines():
    text = ("Asia Weekly\n\nPolitics\n\nAnalysis: a new visa\n\nA subtitle\n\nAugust 11, 2021\n\n"
            "TOKYO -- When the two governments signed the memorandum, officials were hopeful.")
    assert _dateline_country(text) == "Japan"


def test_a_former_name_of_a_state_is_that_state():
    assert {c.name for _, _, c in gazetteer.find_countries("Ceylon's Prime Minister")} == {"Sri Lanka"}


def test_a_demonym_on_the_people_moved_names_people(nlp):
    doc = nlp("Nearly one million Somali refugees live in the region. Kenyan officials visited the camps.")
    found = {doc[s:e].text: names_people(doc[s:e]) for s, e, _ in states_between(doc, 0, len(doc))}
    assert found == {"Somali": True, "Kenyan": False}


def test_the_refugees_state_and_its_places_give_the_host_no_state(nlp):
    # before: the paragraph's one state, Somalia (the refugees' and the place they return to)
    text = ("East Africa Weekly\n\nKenya called the meeting last spring. Kenya has hosted refugees for thirty years.\n\n"
            "Nearly one million Somali refugees live in the region. The summit, which President Daniel Mwangi "
            "hosted, agreed to create conditions in Somalia so people can return.\n\n"
            "Kenya will review the camps next year.")
    assert states(nlp, text)["Daniel Mwangi"] == "Kenya"


def test_people_moved_left_out_do_not_leave_another_state_alone(nlp):
    # a paragraph naming Spain as a co-host and Venezuelans as refugees stays ambiguous: the
    # dateline decides, not Spain as the one state left once the refugees are set aside
    text = ("BOGOTÁ — Colombia will register a million more people this year.\n\n"
            "Foreign minister Carla Rivas said she would ask donors to help cover that bill. At a conference "
            "co-hosted by the European Union and Spain last May, donors promised US$2 billion for Venezuelan "
            "refugees across the region.")
    assert states(nlp, text)["Carla Rivas"] == "Colombia"

