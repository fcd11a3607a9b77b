"""Meetings told in an interview printed as questions and answers: "I" in the guest's
answer and "you" in the interviewer's question are the guest, whatever the labels
("Q:"/"A:", the outlet and the guest's surname, initials after a first full label), and a
speaker label names nobody taking part. Invented texts."""

from __future__ import annotations

from kg.extract.meetings.interviews import _turns
from test_extract_meetings import _ministers, run

_OUTLET_AND_SURNAME = (
    "INTERVIEW\n\nThe Harbour Post spoke to Lena Vartiainen, the agency's envoy in Panama.\n\n"
    "Harbour Post: How many claims are pending?\n\n"
    "Vartiainen: About 12,000. The backlog grew in the spring.\n\n"
    "Harbour Post: You met Security Minister Tomas Vidal last week. Did you discuss returns?\n\n"
    "Vartiainen: Yes, in Panama City. We discussed the reception centres.\n\n"
    "Harbour Post: Thank you.\n\nVartiainen: Thank you.\n"
)

_INITIALS = (
    "INTERVIEW\n\nLabour Minister Osei Darko spoke to The Coastal Ledger about the new pact.\n\n"
    "The Coastal Ledger (CL): What does the pact offer?\n\n"
    "Osei Darko (OD): Jobs. I met Panama's Foreign Minister Ana Ruiz in Panama City in May and we "
    "agreed to set up a working group.\n\n"
    "CL: When will it start?\n\nOD: Next year.\n"
)


def test_you_in_the_interviewers_question_is_the_guest_and_the_label_takes_no_part(nlp) -> None:
    (m,) = run(nlp, _OUTLET_AND_SURNAME, officials=_ministers("Tomas Vidal"))
    assert set(m.participants) == {"Lena Vartiainen", "Tomas Vidal"}


def test_i_in_an_answer_labelled_with_initials_is_the_guest(nlp) -> None:
    (m,) = run(nlp, _INITIALS, officials=_ministers("Ana Ruiz"))
    assert set(m.participants) == {"Osei Darko", "Ana Ruiz"}
    assert m.place == "Panama City"


def test_turns_need_two_speakers_who_each_come_back() -> None:
    found = _turns(_INITIALS)
    assert found is not None and found.interviewer == "CL"
    assert found.labels["OD"] == {"OD", "Osei Darko"}
    assert _turns("Photo: a port.\n\nRelated: more news.\n\nPhoto: a ship.\n") is None


def test_i_outside_a_q_and_a_is_nobody_in_particular(nlp) -> None:
    text = 'Photo: the port.\n\n"I met Foreign Minister Ana Ruiz in Panama City," a diplomat said.\n\nPhoto: a ship.\n'
    for m in run(nlp, text, officials=_ministers("Ana Ruiz")):
        assert "Ana Ruiz" in m.participants and len(m.participants) <= 1
