"""Press-contact blocks: a line with telephone or e-mail fields, and the lines under a contact
heading up to the next blank line, are marked ``contact``; they are read (a ministry's
spokesperson there is an official) but tell no event, so no meeting takes its people.
Texts are invented for these tests."""

from __future__ import annotations

from test_meetings_transfer import official, run

from kg.annotate.boilerplate import find_boilerplate


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], kind) for s, e, kind, _, _ in find_boilerplate(text)]


def test_the_lines_under_a_contact_heading_are_a_contact_block() -> None:
    text = (
        "The ministers met in Lusaka.\n\n"
        "For further information, please contact:\n"
        "Teodora Lind, Nordic Council, Mob: +46 70 555 0192, E-mail: lind@example.org\n"
        "Kasper Holm\n\n"
        "The Council is a forum of nine governments.\n"
    )
    assert _kinds(text) == [
        ("For further information, please contact:", "press_contact"),
        ("Teodora Lind, Nordic Council, Mob: +46 70 555 0192, E-mail: lind@example.org", "contact"),
        ("Kasper Holm", "contact"),
    ]


def test_a_colon_heading_reaches_over_a_blank_line_a_bare_one_does_not() -> None:
    text = "Media contacts:\n\nRuta Vaitkus\nSpokesperson\n\nMore text."
    assert [k for _, k in _kinds(text)] == ["press_contact", "contact", "contact"]
    text = "MINISTRY OF LABOUR\nPress contacts\n\nVilnius, 3 May 2021\n\nThe minister met ..."
    assert ("Vilnius, 3 May 2021", "contact") not in _kinds(text)


def test_a_story_line_after_a_heading_without_contact_is_not_a_contact() -> None:
    text = "For more information\nThe minister met his counterpart in Riga.\n"
    assert ("The minister met his counterpart in Riga.", "contact") not in _kinds(text)


def test_a_summit_does_not_take_its_people_from_the_contact_block(nlp) -> None:
    text = (
        "Foreign Minister Halima Oduya met Interior Minister Pieter Raats in Kigali on Monday.\n\n"
        "At the regional summit in Arusha last week, leaders agreed to open two new corridors.\n\n"
        "For more information please contact:\n"
        "Selin Aktas, IOM Kigali, Tel: +250 788 555 014, Email: saktas@example.org\n"
    )
    officials = [official("Halima Oduya", "Minister of Foreign Affairs", "Rwanda"),
                 official("Pieter Raats", "Minister of the Interior", "Belgium")]
    meetings = run(nlp, text, officials)
    assert all("Selin Aktas" not in m.participants for m in meetings)
    assert any(set(m.participants) == {"Halima Oduya", "Pieter Raats"} for m in meetings)
