"""The home an article is written from and the states of officials it names without one
(kg/extract/article_states.py, official_superiors.py, official_states.py).

Sentences and outlets are invented (people fictional, states real): a masthead under the
headline beside its date, an outlet whose name does not say its home, a minister who goes
with "the President", and the fallback that must not hand a bare minister the state a
foreign colleague's title names.
"""

from __future__ import annotations

import pytest

from kg.extract.article_states import _masthead_state

from conftest import official_states_in as states


@pytest.mark.parametrize("text, home", [
    ("Ghana Signs Nurses Deal, Says Minister\n\nBy: Efua Ntim\nGhanaian Chronicle / March 4, 2021\n\nBody.", "Ghana"),
    ("Nurses deal signed\nBy Efua Ntim\nAccra Mail | 4 March 2021\nBody.", "Ghana"),
    ("The Daily Star\nBusiness\n\nWorkers to go abroad\n", "Bangladesh"),
    ("Kenya Signs Deal With Qatar\n\nBy Jo Doe\nMarch 3, 2019\nText.", None),  # a headline, no outlet line
    ("Workers to go abroad\nThe Nairobi Star / March 3, 2019\nBody.", "Kenya"),
    ("Workers to go abroad\nMaria Lopez\nThe Lima Daily\nQuito | Mon, May 3, 2021\nBody.", None),  # a dateline
    ("Workers to go abroad\n\nThe minister spoke to Norway on Friday.\n", None),
])
def test_the_masthead_is_the_first_line_or_an_outlet_beside_its_date(text, home):
    assert _masthead_state(text) == home


def test_ministers_who_go_with_the_president_serve_the_presidents_state(nlp):
    text = ("Ghanaian President Kwame Osei began a visit to Norway on Monday. Norwegian President "
            "Ola Strand will host a dinner on Friday.\n\n"
            "Osei and Norwegian Prime Minister Erna Lunde held talks in Oslo. Interior Minister Ama "
            "Boateng and Trade Minister Kofi Asante accompanied the President.")
    found = states(nlp, text)
    assert found["Ama Boateng"] == "Ghana"
    assert found["Kofi Asante"] == "Ghana"


def test_a_bare_minister_does_not_take_the_state_a_foreign_title_names(nlp):
    # the article's own state does not stand out (two states named as places, as often)
    text = ("Nurses trained in Ghana and in Kenya have gone abroad since 2019; clinics in Ghana and "
            "in Kenya are short of staff.\n\n"
            "Health Minister Yaw Mensah said talks would go on.\n\n"
            "In May she met Canada's Immigration Minister Paul Roy, who said the door was open.")
    found = states(nlp, text)
    assert found["Paul Roy"] == "Canada"
    assert found["Yaw Mensah"] != "Canada"


def test_a_plural_title_shared_by_two_names_names_two_states(nlp):
    # "then foreign ministers X and Y": two holders of one post, of two states, at another time
    # than today's holders (who do not rule out a state for them)
    text = ("Chile and Peru signed a returns accord on Monday. Chilean Interior Minister Rosa Vera and her "
            "Peruvian counterpart, Luis Quispe, met in Lima.\n\nAn earlier deal, signed by then foreign "
            "ministers Pablo Soto and Carlos Mamani in 2012, had lapsed. Chile and Peru had both asked for a new one.")
    found = states(nlp, text)
    assert found["Pablo Soto"] == "Chile"
    assert found["Carlos Mamani"] == "Peru"


def test_who_is_due_in_a_capital_does_not_serve_its_state(nlp):
    text = ("Kenya will host talks on refugees next week. Kenya has 500,000 refugees and Kenya wants help.\n\n"
            "Trade Minister Ola Dahl is due in Nairobi on Sunday.")
    assert states(nlp, text)["Ola Dahl"] != "Kenya"


def test_who_receives_the_visitor_of_the_sentence_before_serves_the_place_visited(nlp):
    text = ("Ghana and Togo agreed on Monday to ease border crossings.\n\nGhanaian President Kwame Osei "
            "returns to Lomé on Friday. He is received by President Faure Agbeko at the palace.")
    found = states(nlp, text)
    assert found["Faure Agbeko"] == "Togo"
    assert found["Kwame Osei"] == "Ghana"


def test_who_goes_back_to_a_capital_may_be_going_home(nlp):
    text = ("Afghanistan and Pakistan agreed to reopen the crossing.\n\nAfghan officials said Deputy "
            "Minister Abdul Rahim returned to Kabul on Monday.")
    assert states(nlp, text)["Abdul Rahim"] != "Pakistan"
