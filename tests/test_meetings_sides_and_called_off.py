"""Meetings whose sides a verbless sentence names, meetings called off, joint letters and
receptions. Texts are written for these tests with invented people; the expected values are
worked out by hand from the rules of :mod:`kg.extract.meetings`."""

from __future__ import annotations

from test_meetings_transfer import groups, official, run

KOVAC = official("Ana Kovac", "Minister of Foreign Affairs", "Croatia")
LULA = official("Paulo Reis", "President", "Brazil")


def test_receiving_the_post_holder_of_a_state_named_in_apposition(nlp) -> None:
    text = "On Monday in Brasília, President Paulo Reis received the prime minister of Portugal, António Costa, at the palace."
    (m,) = run(nlp, text, [LULA])
    assert set(m.participants) == {"Paulo Reis", "António Costa"}
    assert m.place == "Brasília"


def test_receiving_applications_of_a_state_is_no_meeting(nlp) -> None:
    assert run(nlp, "On Monday President Paulo Reis received the applications of Portugal.", [LULA]) == []


def test_negotiating_at_a_place_is_talks_of_the_negotiator(nlp) -> None:
    text = "Foreign Minister Ana Kovac and her team spent Thursday and Friday negotiating in Lima."
    (m,) = run(nlp, text, [KOVAC])
    assert (m.participants, m.place) == (["Ana Kovac"], "Lima")
    text = "The accord, which Foreign Minister Ana Kovac negotiated in Lima against the clock, took effect in May."
    (m,) = run(nlp, text, [KOVAC])
    assert (m.participants, m.place) == (["Ana Kovac"], "Lima")


def test_a_deal_negotiated_somewhere_by_nobody_named_is_no_meeting(nlp) -> None:
    assert run(nlp, "The accord negotiated in Lima took effect in May.", [KOVAC]) == []


def test_a_verbless_sentence_after_nameless_talks_names_their_sides(nlp) -> None:
    text = (
        "Foreign Minister Ana Kovac arrived in Lima on Monday.\n\n"
        "10:05 - Talks resume at the foreign ministry in Lima. On the Croatian side, Kovac; "
        "on the Peruvian side, the ministry's legal adviser, Tomas Ruud."
    )
    assert groups(run(nlp, text, [KOVAC])) == [{"Ana Kovac", "Tomas Ruud"}]


def test_a_sentence_with_its_own_subject_after_nameless_talks_names_no_side(nlp) -> None:
    text = (
        "Foreign Minister Ana Kovac arrived in Lima on Monday.\n\n"
        "10:05 - Talks resume at the foreign ministry in Lima. Reminder: Tomas Ruud suspended the old accord in June."
    )
    assert run(nlp, text, [KOVAC]) == []


def test_a_meeting_to_come_that_a_later_sentence_postpones_is_left_out(nlp) -> None:
    text = (
        "Foreign Minister Ana Kovac was due to meet Tomas Ruud, the interior minister, in Lima today. "
        "That meeting has been postponed, the ministry says."
    )
    assert run(nlp, text, [KOVAC]) == []


def test_a_trip_reported_as_to_come_that_its_traveller_calls_off_is_left_out(nlp) -> None:
    text = (
        "When it became known that Foreign Minister Ana Kovac would travel to Lima on Monday to sign the "
        "accord with Tomas Ruud, lawyers went to court. The court ruled on Sunday. Kovac called off the trip."
    )
    assert run(nlp, text, [KOVAC]) == []


def test_a_held_meeting_stays_when_another_trip_is_called_off(nlp) -> None:
    text = (
        "Foreign Minister Ana Kovac met Tomas Ruud in Lima on Monday. "
        "A planned visit by the Chilean delegation was called off."
    )
    assert groups(run(nlp, text, [KOVAC])) == [{"Ana Kovac", "Tomas Ruud"}]


def test_the_letter_after_a_letter_of_intent_is_that_joint_document(nlp) -> None:
    text = (
        "Croatia and Peru sign letter of intent on returns.\n\n"
        "The letter was signed in Lima by Foreign Minister Ana Kovac and Peru's interior minister, Tomas Ruud."
    )
    assert groups(run(nlp, text, [KOVAC])) == [{"Ana Kovac", "Tomas Ruud"}]


def test_a_letter_with_no_joint_letter_before_stays_one_sided(nlp) -> None:
    text = (
        "Croatia and Peru discussed returns.\n\n"
        "The letter was signed in Lima by Foreign Minister Ana Kovac and sent to the ministry."
    )
    assert run(nlp, text, [KOVAC]) == []


def test_a_cancelling_word_in_a_clause_about_another_noun_leaves_the_meeting(nlp) -> None:
    text = "Foreign Minister Ana Kovac met Tomas Ruud in Lima on Monday to discuss a law that scrapped the visa fees."
    assert groups(run(nlp, text, [KOVAC])) == [{"Ana Kovac", "Tomas Ruud"}]


def test_a_cancelling_clause_about_the_meeting_itself_still_calls_it_off(nlp) -> None:
    text = "The meeting between Foreign Minister Ana Kovac and Tomas Ruud, which had been cancelled twice, was set for May."
    assert run(nlp, text, [KOVAC]) == []
