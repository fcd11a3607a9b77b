"""The state of an official from the clause around the name (kg/extract/state_clues.py):
the state a reported clause before the name makes its subject, the state a participle the
person is the agent of describes, the counterpart "from" a state, and the party a person
meets, whose state is not theirs. Sentences invented for the test (people fictional)."""

from __future__ import annotations

import pytest

from test_official_states import states


@pytest.mark.parametrize(("text", "person", "state"), [
    ("The Greek government has approved new funds for refugees from Ukraine, prime minister Nikos Dimas said on Tuesday.",
     "Nikos Dimas", "Greece"),
    ("The country's labour minister, Ewa Dabrowska, said Poland had issued more work permits to Ukrainians.",
     "Ewa Dabrowska", "Poland"),
])
def test_the_state_a_reported_clause_makes_its_subject_is_the_speakers(nlp, text, person, state):
    assert states(nlp, text)[person] == state


def test_the_state_a_participle_with_the_person_as_agent_describes(nlp):
    text = "Belarus, ruled by President Ivan Karpovich since 1994, has sought better ties with Russia and the EU."
    assert states(nlp, text)["Ivan Karpovich"] == "Belarus"


def test_a_counterpart_from_a_state_serves_it_even_after_an_honorific(nlp):
    text = ("The Minister of Labour, Mr Sipho Dlamini, and his counterpart from the Kingdom of Lesotho, "
            "Honourable Teboho Mokoena, Minister of Employment, signed the memorandum in Pretoria.")
    assert states(nlp, text)["Teboho Mokoena"] == "Lesotho"


def test_whom_a_minister_meets_does_not_take_the_ministers_state(nlp):
    text = ("ROME - Pakistan's Interior Minister Rashid Qureshi arrived on Thursday for talks on labour migration. "
            "Qureshi will meet Foreign Minister Marco Bellini at the ministry on Friday.")
    assert states(nlp, text)["Marco Bellini"] == "Italy"


@pytest.mark.parametrize(("text", "person"), [
    ("The Kenyan minister met President Amina Juma in Dodoma on Monday.", "Amina Juma"),
    ("The Egyptian delegation held talks with Interior Minister Nikos Papas in Athens.", "Nikos Papas"),
])
def test_the_state_of_whoever_meets_the_person_is_not_the_persons(nlp, text, person):
    assert states(nlp, text)[person] is None


_ARTICLE = ("{masthead}\n\nZambia and Malawi agree on cross-border workers\n\n"
            "Zambia and Malawi agreed on Friday to ease permits for seasonal workers. Malawi has long "
            "asked for such a scheme, and Zambia will host the first talks.\n\n"
            "President Joseph Banda said the scheme would start in May.")


def test_the_masthead_settles_the_articles_own_state_when_none_stands_out(nlp):
    assert states(nlp, _ARTICLE.format(masthead="Lusaka Times"))["Joseph Banda"] == "Zambia"
    assert states(nlp, _ARTICLE.format(masthead="Regional Desk"))["Joseph Banda"] is None
