"""Meetings in other deals: a state or region with its designator is no participant, a
sentence the parser ran on from the one before keeps its own subject, and a trip that will
not happen takes its purpose with it.

Texts are written for these tests with invented people; the expected values are worked out
by hand from the rules of :mod:`kg.extract.meetings`.
"""

from __future__ import annotations

import pytest

from kg.extract.meetings.mentions import _not_a_person
from kg.extract.meetings.vocab import is_subdivision
from test_meetings_transfer import groups, official, run


@pytest.mark.parametrize("name", ["Kachin State", "Punjab Province", "Kurdistan Region"])
def test_a_subdivision_with_its_designator_is_no_person(name) -> None:
    assert is_subdivision(name)
    assert _not_a_person(name)


@pytest.mark.parametrize("name", ["Ian Ward", "Ines Vadero", "Kachin"])
def test_names_are_no_subdivision(name) -> None:
    assert not is_subdivision(name)


def test_a_region_read_as_an_official_takes_no_part(nlp) -> None:
    text = (
        "Today, in Erbil, the Home Secretary met the Prime Minister of the Kurdistan Region, Karim Dosky, "
        "and the Kurdistan Region's Minister of Interior, Aram Salih, to discuss smuggling."
    )
    officials = [official("Kurdistan Region", "Prime Minister", None),
                 official("Karim Dosky", "Prime Minister", "Iraq"),
                 official("Aram Salih", "Minister of the Interior", "Iraq")]
    assert groups(run(nlp, text, officials)) == [{"Karim Dosky", "Aram Salih"}]


def test_a_sentence_run_on_from_the_one_before_keeps_its_subject(nlp) -> None:
    """The parse of "Officials submitted proposals. Ansa Kilonzo and Mara Ndeti signed the
    roadmap." that hangs the second sentence on the first: "signed" a conjunct of
    "submitted", the names its object."""
    from spacy.tokens import Doc

    from kg.extract.meetings.drafts import _run_on_subject

    words = ["Officials", "submitted", "proposals", ".", "Ansa", "Kilonzo", "and", "Mara", "Ndeti",
             "signed", "the", "roadmap", "."]
    heads = [1, 1, 1, 1, 5, 1, 5, 8, 5, 1, 11, 9, 9]
    deps = ["nsubj", "ROOT", "dobj", "punct", "compound", "dobj", "cc", "compound", "conj",
            "conj", "det", "dobj", "punct"]
    pos = ["NOUN", "VERB", "NOUN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN",
           "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _run_on_subject(doc[9], doc[4:13]) == set(range(4, 9))
    assert _run_on_subject(doc[1], doc[0:4]) == set()  # a verb of its own sentence


def test_a_trip_that_will_no_longer_happen_witnesses_nothing(nlp) -> None:
    text = (
        "Labor Secretary Ramon Cruz and Deputy Foreign Minister Sami Hadid signed the agreement in Kuwait City. "
        "The spokesman confirmed that President Dario Santos would no longer travel to Kuwait this month to "
        "witness the signing."
    )
    officials = [official("Ramon Cruz", "Secretary of Labor", "Philippines"),
                 official("Sami Hadid", "Deputy Minister of Foreign Affairs", "Kuwait"),
                 official("Dario Santos", "President", "Philippines")]
    assert groups(run(nlp, text, officials)) == [{"Ramon Cruz", "Sami Hadid"}]


def test_co_chairs_of_a_conference_meet(nlp) -> None:
    text = (
        "At the conference on Wednesday, co-chaired by Foreign Minister Lena Sorel and President Omar Kadir, "
        "donors pledged $3 billion."
    )
    officials = [official("Lena Sorel", "Minister of Foreign Affairs", "France"),
                 official("Omar Kadir", "President", "Niger")]
    assert groups(run(nlp, text, officials)) == [{"Lena Sorel", "Omar Kadir"}]


def test_she_after_a_title_subject_is_the_titled_official(nlp) -> None:
    text = (
        "The Interior Secretary, accompanied by Commander Tom Reed, held talks in Baghdad on Monday with "
        "Iraq's Interior Minister, Sami Karim. She also met Iraq's foreign minister during the visit."
    )
    officials = [official("Jane Holt", "Secretary of the Interior", "United Kingdom"),
                 official("Tom Reed", "Commander", "United Kingdom"),
                 official("Sami Karim", "Minister of the Interior", "Iraq")]
    meetings = run(nlp, text, officials)
    assert {"Sami Karim"} not in groups(meetings)
    assert {"Jane Holt"} in groups(meetings)


def test_another_meeting_with_unnamed_people_does_not_take_in_a_later_one(nlp) -> None:
    text = (
        "The Interior Secretary, accompanied by Commander Tom Reed, held talks in Baghdad on Monday with "
        "Iraq's Interior Minister, Sami Karim. She also met Iraq's foreign minister during the visit. "
        "Today, in Erbil, the Interior Secretary met the regional prime minister, Aziz Barwari."
    )
    officials = [official("Jane Holt", "Secretary of the Interior", "United Kingdom"),
                 official("Tom Reed", "Commander", "United Kingdom"),
                 official("Sami Karim", "Minister of the Interior", "Iraq"),
                 official("Aziz Barwari", "Prime Minister", "Iraq")]
    found = groups(run(nlp, text, officials))
    assert {"Jane Holt"} in found
    assert {"Jane Holt", "Aziz Barwari"} in found


def test_as_was_y_adds_y_to_those_present(nlp) -> None:
    text = (
        "The treaty was signed at the palace by Prime Minister Carla Vella and Omar Zidan. "
        "Foreign Minister Luca Grech and Home Affairs Minister Paul Borg were present at the signing, "
        "as was the Tunisian foreign minister, Hedi Mansour."
    )
    officials = [official("Carla Vella", "Prime Minister", "Malta"),
                 official("Omar Zidan", "Head of Government", "Libya"),
                 official("Luca Grech", "Minister of Foreign Affairs", "Malta"),
                 official("Paul Borg", "Minister of Home Affairs", "Malta"),
                 official("Hedi Mansour", "Minister of Foreign Affairs", "Tunisia")]
    (m,) = run(nlp, text, officials)
    assert set(m.participants) == {"Carla Vella", "Omar Zidan", "Luca Grech", "Paul Borg", "Hedi Mansour"}


def test_a_trip_made_to_launch_something_with_someone_is_a_meeting(nlp) -> None:
    text = "In July, Commissioner Ylva Berg travelled to Niamey to launch a partnership with Interior Minister Hamadou Souley."
    officials = [official("Ylva Berg", "Commissioner", "European Union"),
                 official("Hamadou Souley", "Minister of the Interior", "Niger")]
    (m,) = run(nlp, text, officials)
    assert (set(m.participants), m.place) == ({"Ylva Berg", "Hamadou Souley"}, "Niamey")


def test_the_list_under_a_related_heading_is_links_not_the_story(nlp) -> None:
    from kg.annotate.boilerplate import find_boilerplate

    text = (
        "Talks will continue in June.\n\nRelated:\n- Refugees on the island tell of uncertainty\n"
        "- Moana Tui raises deportations with Ellis Grant at leaders' meeting\n\n- A bullet of the story"
    )
    kinds = {text[s:e]: kind for s, e, kind, _, _ in find_boilerplate(text)}
    assert kinds["- Moana Tui raises deportations with Ellis Grant at leaders' meeting"] == "related"
    assert "- A bullet of the story" not in kinds
    officials = [official("Moana Tui", "Prime Minister", "New Zealand"),
                 official("Ellis Grant", "Prime Minister", "Australia")]
    assert run(nlp, text, officials) == []


def test_an_agreement_made_with_someone_at_a_place_is_a_meeting(nlp) -> None:
    text = (
        "The offer was first made by then prime minister Tom Hale, who agreed it with his Australian "
        "counterpart Ruth Ames in Queenstown on 9 February 2013."
    )
    officials = [official("Tom Hale", "Prime Minister", "New Zealand"),
                 official("Ruth Ames", "Prime Minister", "Australia")]
    (m,) = run(nlp, text, officials)
    assert (set(m.participants), m.place) == ({"Tom Hale", "Ruth Ames"}, "Queenstown")


def test_agreeing_with_someone_that_is_no_meeting(nlp) -> None:
    officials = [official("Tom Hale", "Prime Minister", "New Zealand"),
                 official("Ruth Ames", "Prime Minister", "Australia")]
    assert run(nlp, "Tom Hale agreed with Ruth Ames that the offer stood.", officials) == []
