"""Meetings: talks that go on with their sides named, and reports given face to face.

Texts are written for these tests with invented people; the expected values are worked out
by hand from the rules of :mod:`kg.extract.meetings`.
"""

from __future__ import annotations

from test_meetings_transfer import groups, official, run


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


def test_a_signing_on_the_same_occasion_is_the_same_event(nlp) -> None:
    text = (
        "On Tuesday in Lisbon, Foreign Minister Carlos Mendes and the Brazilian envoy, Paulo Reis, signed a "
        "mobility agreement. On the same occasion, Interior Minister Ana Duarte and Reis signed a memorandum "
        "on police cooperation."
    )
    officials = [
        official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal"),
        official("Ana Duarte", "Minister of the Interior", "Portugal"),
    ]
    assert groups(run(nlp, text, officials)) == [{"Carlos Mendes", "Paulo Reis", "Ana Duarte"}]


def test_a_trip_that_will_not_happen_holds_no_meeting(nlp) -> None:
    text = (
        "The presidency said Foreign Minister Carlos Mendes would not travel to Madrid, where he was to meet "
        "Prime Minister Ana Duarte on Monday."
    )
    assert run(nlp, text, [official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal")]) == []


def test_a_session_that_brought_two_named_people_together_is_a_meeting(nlp) -> None:
    text = "The final round, on Friday at the Foreign Ministry in Lisbon, brought Mendes and Reis together for three hours."
    officials = [official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal"), official("Paulo Reis", "Ambassador", "Brazil")]
    intro = "Foreign Minister Carlos Mendes and the Brazilian ambassador, Paulo Reis, spent the week on the text. "
    (m,) = run(nlp, intro + text, officials)
    assert set(m.participants) == {"Carlos Mendes", "Paulo Reis"}
    assert m.date == "2020-03-06"  # the Friday before the article's Thursday


def test_who_was_part_of_a_delegation_joins_the_meeting_just_told(nlp) -> None:
    text = (
        "Foreign Minister Carlos Mendes met Prime Minister Ana Duarte in Madrid on Wednesday. "
        "Ambassador Paulo Reis was also part of the Portuguese delegation."
    )
    (m,) = run(nlp, text, [official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal")])
    assert set(m.participants) == {"Carlos Mendes", "Ana Duarte", "Paulo Reis"}


def test_a_phone_call_in_a_clause_about_another_event_leaves_the_meeting(nlp) -> None:
    text = (
        "Prime Minister Ana Duarte and President Carlos Mendes met for an hour at a hotel in Madrid, "
        "hours after the palace released notes of their March phone call."
    )
    (m,) = run(nlp, text, [official("Carlos Mendes", "President", "Portugal")])
    assert set(m.participants) == {"Ana Duarte", "Carlos Mendes"}


def test_one_sentence_listing_signings_part_by_part_tells_one_signing_each(nlp) -> None:
    text = (
        "Foreign Minister Carlos Mendes signed all three accords within two months: with Brazil on 3 February "
        "2020 in Lisbon; with Angola on 17 February; and with Cape Verde on 2 March, in Praia."
    )
    meetings = run(nlp, text, [official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal")])
    assert sorted(m.date for m in meetings) == ["2020-02-03", "2020-02-17", "2020-03-02"]
    assert all(m.participants == ["Carlos Mendes"] for m in meetings)


def test_parts_without_a_day_of_their_own_are_no_further_event(nlp) -> None:
    text = "Foreign Minister Carlos Mendes met Prime Minister Ana Duarte in Madrid on Monday; with her was the trade minister."
    meetings = run(nlp, text, [official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal")])
    assert len(meetings) == 1


def test_a_trip_after_the_meetings_is_no_meeting_where_it_goes(nlp) -> None:
    text = (
        "Foreign Minister Carlos Mendes met Prime Minister Ana Duarte in Madrid on Monday. "
        "Following the meetings, the minister traveled to Morocco."
    )
    (m,) = run(nlp, text, [official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal")])
    assert m.place == "Madrid"


def test_the_group_a_signer_signed_with_is_listed_by_its_plural_noun(nlp) -> None:
    text = (
        "On Thursday Foreign Minister Carlos Mendes was in the Angolan capital, Luanda, where he and the "
        "interior ministers of the three countries signed a memorandum. The ministers who signed were "
        "Paulo Reis of Brazil, Ana Duarte of Angola and Jorge Almeida of Mozambique."
    )
    (m,) = run(nlp, text, [official("Carlos Mendes", "Minister of Foreign Affairs", "Portugal")])
    assert set(m.participants) == {"Carlos Mendes", "Paulo Reis", "Ana Duarte", "Jorge Almeida"}
