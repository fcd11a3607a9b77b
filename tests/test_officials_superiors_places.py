"""A post a possessive pronoun makes someone's ("Her interior minister, X") serves the state
of the official the pronoun points back to, not the other states the sentence names; a
local head in lower case after a place's name is that place's ("Dunkirk mayor X").

Sentences are written for the test (people invented except known office holders, states real).
"""

from __future__ import annotations

from kg.extract import Context
from kg.extract.officials import extract_officials
from kg.facts import Article


def officials(nlp, text: str, date: str = "2017-03-14") -> dict[str, tuple[str | None, str | None]]:
    ctx = Context(Article(id="t", source="t", text=text, date=date))
    return {o.name: (o.role, o.country) for o in extract_officials(nlp(text), ctx)}


def test_her_minister_serves_the_leader_named_before_not_the_states_of_the_sentence(nlp):
    text = ("Chancellor Angela Merkel says the rules for asylum in Europe have failed. Her interior "
            "minister, Jonas Keller, insists that Austria and Italy must still take back the people "
            "who entered there.")
    assert officials(nlp, text)["Jonas Keller"] == ("Minister of the Interior", "Germany")


def test_her_counterpart_is_another_states_official(nlp):
    text = ("Chancellor Angela Merkel met the Austrian leaders in Vienna. Her counterpart, Foreign "
            "Minister Jonas Keller, insists that Austria must still take back the people who entered there.")
    assert officials(nlp, text)["Jonas Keller"] == ("Minister of Foreign Affairs", "Austria")


def test_a_lower_case_mayor_after_a_place_in_no_list_is_that_places_mayor(nlp):
    text = ("Dunkirk mayor Claire Morel said on Monday that the camps near the port had to close, "
            "and asked Paris for more police.")
    assert officials(nlp, text)["Claire Morel"][0] == "Mayor of Dunkirk"
    # a party's word before the head is no place
    text = "Conservative mayor Paul Hartley said on Monday that the camps had to close."
    assert officials(nlp, text).get("Paul Hartley", ("Mayor",))[0] == "Mayor"


def test_the_same_post_after_a_conjunction_is_another_states_not_the_demonyms(nlp):
    text = ("Photo: Salvadoran President Ana Ruiz and President Tom Baker at the hotel in New York "
            "on Wednesday.")
    found = officials(nlp, text, "2019-09-25")
    assert found["Ana Ruiz"] == ("President", "El Salvador")
    assert found["Tom Baker"][1] != "El Salvador"
    # another post after the conjunction still shares the state
    text = "Honduran President Ana Ruiz and Foreign Minister Tom Baker met the press."
    assert officials(nlp, text)["Tom Baker"] == ("Minister of Foreign Affairs", "Honduras")


def test_a_style_and_a_given_name_later_is_the_full_name_given_before(nlp):
    text = ("The minister hosted Saudi Foreign Minister Prince Khalid bin Salman and Syrian Foreign "
            "Minister Khalid Haddad for the meeting. Haddad had visited Jeddah on April 12 for talks "
            "with Prince Khalid, the first such visit since 2011.")
    found = officials(nlp, text, "2023-05-01")
    assert found["Khalid bin Salman"] == ("Minister of Foreign Affairs", "Saudi Arabia")
    assert found["Khalid Haddad"] == ("Minister of Foreign Affairs", "Syria")
    assert "Prince Khalid" not in found


def test_a_noun_before_and_a_bare_title_is_no_portfolio_of_it(nlp):
    text = ("In 1982 the two governments signed a protocol to the Treaty and Prime Minister Tom "
            "Hale's government passed a law.")
    assert officials(nlp, text, "2019-05-01")["Tom Hale"][0] == "Prime Minister"
    text = "Justice and Public Security Minister Tom Hale said the border would stay open."
    assert officials(nlp, text, "2019-05-01")["Tom Hale"][0] == "Minister of Justice and Public Security"


def test_the_people_a_leader_meets_serve_the_other_titled_state(nlp):
    text = ("Cypriot President Elena Varga travelled to Amman on Monday for talks with Jordan's prime "
            "minister, Omar Khalil, on the refugee burden.\n\n"
            "President Varga then met Parliament Speaker Sami Haddad and the army commander, General "
            "Ziad Nasser.\n\n"
            "Cyprus has received more than 2,000 people by sea this month, and Varga said Cyprus could "
            "not carry the burden alone.")
    found = officials(nlp, text, "2024-04-09")
    assert found["Sami Haddad"] == ("Speaker of Parliament", "Jordan")
    assert found["Ziad Nasser"] == ("Commander of the Army", "Jordan")


def test_a_visit_the_clause_is_set_in_names_the_hosts_state_not_the_visitors(nlp):
    text = ("During a state visit to Norway in May, President Ana Ruiz, hosted by King Olav Dahl, held "
            "talks with Prime Minister Lars Berg in Oslo.")
    found = officials(nlp, text, "2019-05-01")
    assert found["Ana Ruiz"][1] != "Norway"
    assert found["Lars Berg"] == ("Prime Minister", "Norway")


def test_a_name_whose_first_word_is_a_surname_said_alone_later_stays_whole(nlp):
    text = ("During a state visit to Norway in 1964, President Kim Tae-woo held talks with Prime "
            "Minister Lars Berg in Oslo.\n\nWitnesses say Kim broke down in tears during his speech.")
    # whole, the name is the subject of the visit's clause, so the visited state is not his
    assert officials(nlp, text, "1964-12-10")["Kim Tae-woo"] == ("President", None)
