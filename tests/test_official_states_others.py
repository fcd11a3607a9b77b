"""The state of an official when the sentence names other parties: a state another person's
title names is theirs ("the Foreign Minister of Qatar, Y, ... Minister X"), unless the title
only tells two conjoined parties apart ("X and Oman's Minister Y sign ... with President Z");
the person's own post named as a kind with its state ("the first visit by a Chilean Prime
Minister") is theirs; whom a subject meets is also met by the subject of "is to meet".
Sentences invented for the test (people fictional)."""

from __future__ import annotations

from test_official_states import states


def test_a_state_another_persons_title_names_is_not_the_persons(nlp):
    text = ("The Philippines wants more jobs for its workers in the Gulf, and the Philippines already sends "
            "thousands of nurses abroad each year.\n\nLast year, during the visit of the Foreign Minister of Qatar, Sheikh Hamad Al-Kuwari, to Manila, "
            "Foreign Affairs Secretary Ramon Dizon and the visiting minister agreed to set up a joint commission.")
    assert states(nlp, text)["Ramon Dizon"] == "Philippines"


def test_a_title_that_tells_two_conjoined_parties_apart_names_no_foreign_state(nlp):
    text = ("Sweden wants faster returns, and Sweden will fund a new reception centre.\n\n"
            "On Monday, Lindqvist and Oman's Minister of Labour, Salim Al-Harthi, sign the accord "
            "after talks with President Tariq Al-Busaidi.")
    assert states(nlp, text)["Tariq Al-Busaidi"] == "Oman"


def test_the_persons_own_post_named_as_a_kind_with_its_state(nlp):
    text = ("Prime Minister Andrés Valdivia is in Canada this week, the first official visit by a Chilean "
            "Prime Minister in more than forty years.")
    assert states(nlp, text)["Andrés Valdivia"] == "Chile"


def test_a_definite_post_with_a_state_may_be_someone_else(nlp):
    text = "Prime Minister Andrés Valdivia will meet the Chilean Prime Minister in Geneva on Friday."
    assert states(nlp, text)["Andrés Valdivia"] != "Chile"


def test_the_subject_of_is_to_meet_meets_its_object():
    from kg.extract.official_pairs import _subjects
    from kg.parse import load_nlp

    doc = load_nlp()("The minister is to meet the governor on Friday.")
    meet = next(t for t in doc if t.lower_ == "meet")
    assert [t.lower_ for t in _subjects(meet)] == ["minister"]


def test_whom_a_diplomat_meets_serves_the_state_the_diplomat_is_posted_to(nlp):
    text = ("Peru's ambassador to Kenya, Luis Quispe, met Interior Minister Joseph Otieno at the ministry "
            "on Monday to discuss visas for Peruvian students.")
    assert states(nlp, text)["Joseph Otieno"] == "Kenya"


def test_the_state_a_diplomat_is_posted_to():
    from kg.extract.state_visits import posted_state

    assert posted_state("Ambassador to Peru") == "Peru"
    assert posted_state("Minister of Foreign Affairs") is None


def test_a_colleague_listed_right_before_with_a_title_shares_its_state(nlp):
    text = ("Sweden wants faster returns, and Sweden will fund a new reception centre.\n\n"
            "Swedish Migration Minister Karin Lindqvist held talks on Friday with Namibia's foreign minister, "
            "Selma Ndeitunga, and interior minister Petrus Hamutenya, on the first such visit.")
    assert states(nlp, text)["Petrus Hamutenya"] == "Namibia"


def test_a_capitals_name_that_is_another_states_subdivision_follows_the_article():
    from kg.extract.state_clues import _capital_states

    australian = "Australia will take more nurses, and Australia will pay for their flights."
    assert _capital_states("In Victoria, the premier said", australian) == {"Australia"}
    assert _capital_states("In Victoria, the president said", "Seychelles and Mauritius met.") == {"Seychelles"}
    assert _capital_states("In Kingston, the minister said", "Jamaica wants nurses. Jamaica will train them.") == {"Jamaica"}


def test_a_state_premier_in_a_capital_named_subdivision_serves_its_state(nlp):
    text = ("Australia will take more nurses from abroad, and Australia will pay for their flights.\n\n"
            "In Victoria, Premier Jane Holloway said the first nurses would arrive in March.")
    assert states(nlp, text)["Jane Holloway"] == "Australia"


def test_the_capital_of_a_visit_during_a_signing_still_places_the_host(nlp):
    text = "On his first official visit to Accra, President Luis Ferreira and Prime Minister Kwame Asante sign a labour accord."
    assert states(nlp, text)["Kwame Asante"] == "Ghana"
