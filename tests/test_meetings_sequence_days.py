"""Meetings put before or after another event: "said on Wednesday, after a meeting in X" does not
date the meeting Wednesday; "signed on Tuesday, a day after talks in X failed" dates the talks
Monday. And one event per place joined by "and" ("due in A and B for talks"). Texts are written
for these tests with invented people (the article date is a Thursday, 2020-03-12)."""

from __future__ import annotations

from test_meetings_transfer import official, run

OFFICIALS = [official("Omar Kadir", "Interior Minister", "Ghana"), official("Lena Sorel", "Interior Minister", "Togo"),
             official("Tomas Ruud", "Prime Minister", "Ghana"), official("Ines Vadero", "Prime Minister", "Togo")]


def test_a_day_after_talks_dates_the_talks_the_day_before(nlp) -> None:
    text = (
        "Kadir and his counterpart Lena Sorel signed the accord in Lome on Tuesday, a day after talks in Lome "
        "between Prime Minister Tomas Ruud and Prime Minister Ines Vadero failed to produce a deal."
    )
    found = {frozenset(m.participants): m.date for m in run(nlp, "Interior Minister Omar Kadir arrived. " + text, OFFICIALS)}
    assert found == {frozenset({"Omar Kadir", "Lena Sorel"}): "2020-03-10",
                     frozenset({"Tomas Ruud", "Ines Vadero"}): "2020-03-09"}, found


def test_the_day_of_saying_is_not_the_day_of_the_meeting_before_it(nlp) -> None:
    text = (
        "LOME (Reuters) - Ghana and Togo have agreed to share patrols of the coast, Interior Minister Omar Kadir "
        "said on Wednesday, after a late-night meeting in Lome that ended weeks of tension.\n\n"
        "Kadir and his Togolese counterpart Lena Sorel signed the agreement in Lome late on Tuesday."
    )
    meetings = run(nlp, text, OFFICIALS)
    assert [(set(m.participants), m.date) for m in meetings] == [({"Omar Kadir", "Lena Sorel"}, "2020-03-10")]


def test_talks_due_in_two_countries_are_talks_in_each(nlp) -> None:
    text = (
        "Interior Minister Omar Kadir met his Togolese counterpart Lena Sorel in Accra on Monday. "
        "Kadir is due in Benin and Nigeria later this week for similar talks."
    )
    assert [(m.participants, m.place) for m in run(nlp, text, OFFICIALS)] == [
        (["Omar Kadir", "Lena Sorel"], "Accra"), (["Omar Kadir"], "Benin"), (["Omar Kadir"], "Nigeria"),
    ]


def test_countries_joined_in_a_topic_are_no_places_of_the_meeting(nlp) -> None:
    text = "Interior Minister Omar Kadir met Lena Sorel in Accra on Monday to discuss migrants from Benin and Nigeria."
    assert [m.place for m in run(nlp, text, OFFICIALS)] == ["Accra"]


def test_a_past_participle_of_a_future_clause_tells_a_past_day(nlp) -> None:
    """ "X will take in 300 returnees under an agreement signed on Tuesday": the signing is
    done; its Tuesday is the one before the article's Thursday."""
    text = (
        "Ghana will take in 300 returnees under an agreement signed on Tuesday in Accra. The memorandum was signed "
        "by Interior Minister Lena Sorel and Ambassador Tomas Ruud."
    )
    officials = [official("Lena Sorel", "Minister of the Interior", "Ghana"), official("Tomas Ruud", "Ambassador", "Togo")]
    assert [(m.participants, m.place, m.date) for m in run(nlp, text, officials)] == [
        (["Lena Sorel", "Tomas Ruud"], "Accra", "2020-03-10")
    ]


def test_a_reception_someone_is_expected_to_give_on_a_weekday_lies_ahead(nlp) -> None:
    # the article is of Thursday 2020-03-12: "is expected to ... on Tuesday" is the 17th
    text = "President Ana Ruiz is expected to receive Foreign Minister Tomas Vidal on Tuesday."
    (m,) = run(nlp, text, [official("Ana Ruiz", "President", "Peru"), official("Tomas Vidal", "Foreign Minister", "Borduria")])
    assert m.date == "2020-03-17"
