"""Meetings: talks that go on with their sides named, and reports given face to face.

Texts are written for these tests with invented people; the expected values are worked out
by hand from the rules of :mod:`kg.extract.meetings`.
"""

from __future__ import annotations

from kg.extract import Context
from kg.extract.meetings import extract_meetings
from kg.facts import Article, Evidence, Official

# 2020-03-12 is a Thursday
THURSDAY = "2020-03-12"


def official(name: str, role: str, country: str) -> Official:
    return Official(name, role, country, Evidence(name, 0, len(name)))


def run(nlp, text: str, officials: list[Official] | None = None):
    ctx = Context(article=Article(id="t", source="t.txt", text=text, date=THURSDAY), officials=officials or [])
    return extract_meetings(nlp(text), ctx)


def groups(meetings) -> list[set[str]]:
    return sorted((set(m.participants) for m in meetings), key=sorted)


def test_negotiations_that_continue_with_teams_led_by_named_people(nlp) -> None:
    text = (
        "The negotiations continued on Wednesday at the Foreign Ministry in Lisbon, with teams led by "
        "Foreign Minister Carlos Mendes and the Brazilian envoy, Paulo Reis."
    )
    (m,) = run(nlp, text, [official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal")])
    assert set(m.participants) == {"Carlos Mendes", "Paulo Reis"}
    assert m.place == "Lisbon"


def test_the_head_of_a_side_of_talks_told_without_people_takes_part(nlp) -> None:
    text = (
        "Talks between Foreign Minister Carlos Mendes and officials of the Brazilian embassy resumed in "
        "Lisbon on Wednesday. The embassy's chief counsel, Paulo Reis, is leading the Brazilian team."
    )
    (m,) = run(nlp, text, [official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal")])
    assert set(m.participants) == {"Carlos Mendes", "Paulo Reis"}


def test_who_takes_part_in_talks_told_without_people_is_at_them(nlp) -> None:
    text = (
        "The talks resumed on Wednesday in Lisbon, where the Portuguese team, in which the deputy "
        "foreign minister, Carlos Mendes, also took part, traded drafts with the Brazilian lawyers."
    )
    (m,) = run(nlp, text, [official("Carlos Mendes", "Deputy Minister of Foreign Affairs", "Portugal")])
    assert m.participants == ["Carlos Mendes"]
    assert m.place == "Lisbon"


def test_someone_present_after_a_signing_told_without_people_joins_nothing(nlp) -> None:
    text = (
        "Foreign Minister Carlos Mendes met President Ana Duarte on Wednesday in Lisbon to review the "
        "accord signed by both countries in May. The ambassador, Paulo Reis, also took part in the meeting."
    )
    meetings = run(nlp, text, [official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal")])
    assert {"Paulo Reis"} not in groups(meetings)


def test_negotiations_that_continue_without_anyone_named_are_no_meeting(nlp) -> None:
    assert run(nlp, "Negotiations on the plan will continue next week, the ministry said.") == []


def test_a_report_in_person_to_a_named_leader_is_a_meeting(nlp) -> None:
    text = "Foreign Minister Carlos Mendes will report in person to President Ana Duarte on Friday in Porto."
    (m,) = run(nlp, text, [official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal")])
    assert set(m.participants) == {"Carlos Mendes", "Ana Duarte"}
    assert m.place == "Porto"


def test_reporting_back_in_a_capital_is_a_meeting_there(nlp) -> None:
    text = "Foreign Minister Carlos Mendes reported back in Madrid in March, and Spanish officials said they were pleased."
    (m,) = run(nlp, text, [official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal")])
    assert m.participants == ["Carlos Mendes"]
    assert m.place == "Madrid"


def test_reporting_to_a_body_is_no_meeting(nlp) -> None:
    text = "Foreign Minister Carlos Mendes said he would report back to Congress next week."
    assert run(nlp, text, [official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal")]) == []
