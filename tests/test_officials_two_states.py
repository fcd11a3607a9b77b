"""The state an official serves in an article about two states (fifteenth pass): the clue the
text gives beside the name, not the other party's state nor the one named last.

Sentences are invented for the test (people fictional, states and places real): where a
minister is ("Minister X in Tunis") is not whom they serve; a demonym on a border or a coast
names a place; a state read from around one official is no clue to another's; the
host of a visit serves the state visited; a person's own visit takes them abroad; when no
state stands out, the one the text makes an actor is the article's.
"""

from __future__ import annotations

from kg.extract.state_roles import acting_states, is_place
from kg.extract.title_context import states_between

from conftest import official_states_in as states


def test_where_a_minister_is_is_not_the_state_they_serve(nlp):
    # before: "Larsen in Tunis" read as "Senator X of Vermont", Tunis a governorate of Tunisia
    text = ("Ole Larsen in Tunis: Norway looks south for returns\n\n"
            "Migration minister Ole Larsen returned from Tunisia on Thursday without an agreement.\n\n"
            "Norway has paid for coast guard training since 2019, and Norway will pay more, the ministry said.")
    assert states(nlp, text)["Ole Larsen"] == "Norway"


def test_a_demonym_on_a_border_names_a_place(nlp):
    doc = nlp("Twelve men were detained on the Austrian border and flown home.")
    assert {doc[s:e].text: is_place(doc[s:e]) for s, e, _ in states_between(doc, 0, len(doc))} == {"Austrian": True}


def test_a_border_in_the_paragraph_gives_the_minister_no_state(nlp):
    # before: the minister took Austria, the one state of the paragraph (its border)
    text = ("Slovenia's police deal with Pakistan, explained\n\n"
            "Slovenia signed the police agreement in May. Slovenia's interior ministry paid for the training.\n\n"
            "In June, twelve men who had been detained near Jesenice on the Austrian border were flown to "
            "Islamabad. Interior Minister Boris Kranjc defended the operation in parliament.")
    assert states(nlp, text)["Boris Kranjc"] == "Slovenia"


def test_a_state_guessed_for_one_official_is_no_clue_to_anothers(nlp):
    # before: the secretary named beside the German minister took Germany, the minister's own
    # state read from the paragraph, and so did the president the minister called on
    text = ("Republic of the Philippines\nDEPARTMENT OF LABOR\n\nPRESS RELEASE\n\n"
            "Labor Secretary Maria Santos and Minister of Health Karl Weber signed the declaration on Tuesday.\n\n"
            "Minister Weber said Germany needs thousands of nurses every year.\n\n"
            "Earlier, Minister Weber paid a courtesy call on President Ramon Cruz, where the two discussed "
            "the protection of seafarers and the recognition of German skills.")
    found = states(nlp, text)
    assert found["Maria Santos"] == "Philippines"
    assert found["Ramon Cruz"] == "Philippines"


def test_the_host_of_a_visit_serves_the_state_visited(nlp):
    # before: the host took the visitor's state, the one other official of the paragraph
    text = ("TIMELINE: Spain and the Maghreb\n\n"
            "March 2021 - Spanish Prime Minister Carlos Ruiz says Spain will cut visas.\n\n"
            "May 2022 - Prime Minister Carlos Ruiz begins a three-day visit to Morocco. On 12 May he and "
            "King Hassan Idrissi sign a declaration on mobility in Rabat.")
    assert states(nlp, text)["Hassan Idrissi"] == "Morocco"


def test_a_persons_own_visit_takes_them_abroad(nlp):
    # before: the prime minister took Kenya, the capital where the protocol was signed during his visit
    text = ("Explained: the Uganda-Kenya border deal\n\n"
            "Uganda and Kenya signed the border agreement in 1990. Uganda ratified it in 1992, and Uganda "
            "now wants it enforced.\n\n"
            "A protocol to the agreement, signed in Nairobi in 2011 during prime minister Joseph Okello's "
            "visit, settled the remaining disputes.")
    assert states(nlp, text)["Joseph Okello"] != "Kenya"


def test_the_state_the_text_makes_an_actor(nlp):
    doc = nlp("Norway offers more routes. Morocco's plan for Western Sahara was praised.")
    assert acting_states(doc) == {"Norway", "Morocco"}
