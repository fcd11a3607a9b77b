"""Meetings: a courtesy call on someone, and "the ceremony" that is the signing.

"X called on Prime Minister Y in Z" is a meeting of X and Y (an appeal, "called on Y to
resign", is none); "W, who attended the ceremony" after a signing and talks told since is
at the signing, not at the talks.

Texts are written for these tests with invented people.
"""

from __future__ import annotations

from test_meetings_transfer import groups, official, run


def test_a_call_on_a_named_person_is_a_meeting(nlp) -> None:
    text = "Labour Minister Ines Vadero called on Prime Minister Arlo Quenby at his residence in Lima on Monday."
    officials = [official("Ines Vadero", "Minister of Labour", "Chile"), official("Arlo Quenby", "Prime Minister", "Peru")]
    (meeting,) = run(nlp, text, officials)
    assert set(meeting.participants) == {"Ines Vadero", "Arlo Quenby"} and meeting.place == "Lima"


def test_a_call_on_a_title_then_the_name_is_a_meeting(nlp) -> None:
    text = "Minister Tomas Ruud called on His Excellency Sheikh Omar bin Kadir, the Prime Minister, in Doha."
    officials = [official("Tomas Ruud", "Minister of Labour", "Nepal"), official("Omar bin Kadir", "Prime Minister", "Qatar")]
    assert groups(run(nlp, text, officials)) == [{"Tomas Ruud", "Omar bin Kadir"}]


def test_a_call_on_someone_to_act_is_no_meeting(nlp) -> None:
    text = "Senator Tomas Ruud called on President Arlo Quenby to resign over the deal."
    officials = [official("Tomas Ruud", "Senator", "Peru"), official("Arlo Quenby", "President", "Peru")]
    assert run(nlp, text, officials) == []


def test_who_attended_the_ceremony_joins_the_signing_not_the_talks_told_since(nlp) -> None:
    text = (
        "Labour Minister Ines Vadero and Interior Minister Tomas Ruud signed the agreement at the ministry in Lima on Wednesday. "
        "The agreement was preceded by two days of talks between a delegation led by Secretary Arlo Quenby and officials of the ministry. "
        "The ambassador to Peru, Lena Sorel, who attended the ceremony, said the embassy expected demand to grow."
    )
    officials = [official("Ines Vadero", "Minister of Labour", "Chile"), official("Tomas Ruud", "Minister of the Interior", "Peru"),
                 official("Arlo Quenby", "Secretary", "Chile"), official("Lena Sorel", "Ambassador to Peru", "Chile")]
    assert groups(run(nlp, text, officials)) == [{"Arlo Quenby"}, {"Ines Vadero", "Tomas Ruud", "Lena Sorel"}]
