"""Meetings: a summit told twice, a resort's name, a counterpart by nationality.

"X and Y hosted the summit" after the summit was told is that summit (its hosts take part,
the verb is no second meeting), and a place the summit's relative clause gives another noun
("dominated by the war in Iraq") is not where it was; "in the seaside resort of Le Touquet"
places the event in the resort; "held a meeting with his Moroccan counterpart" brings in the
one official of that state from the speaker's last meeting.

Texts are written for these tests with invented people.
"""

from __future__ import annotations

from test_meetings_transfer import groups, official, run


def test_hosts_of_the_summit_just_told_join_it(nlp) -> None:
    text = (
        "The accord was signed at a summit in Lyon on 9 March 2004 by Interior Minister Ines Vadero and "
        "Home Secretary Tomas Ruud. President Omar Kadir and Prime Minister Lena Sorel hosted the summit, "
        "which was otherwise dominated by the crisis in Syria."
    )
    officials = [official("Ines Vadero", "Minister of the Interior", "France"), official("Tomas Ruud", "Home Secretary", "United Kingdom"),
                 official("Omar Kadir", "President", "France"), official("Lena Sorel", "Prime Minister", "United Kingdom")]
    found = run(nlp, text, officials)
    assert groups(found) == [{"Ines Vadero", "Tomas Ruud", "Omar Kadir", "Lena Sorel"}]
    assert found[0].place == "Lyon"


def test_a_resort_named_with_of_is_the_place(nlp) -> None:
    text = "Interior Minister Ines Vadero met Home Secretary Tomas Ruud in the port city of Mombasa on 9 March 2004."
    officials = [official("Ines Vadero", "Minister of the Interior", "France"), official("Tomas Ruud", "Home Secretary", "United Kingdom")]
    (meeting,) = run(nlp, text, officials)
    assert meeting.place == "Mombasa"


def test_a_counterpart_by_nationality_is_the_official_of_that_state(nlp) -> None:
    text = (
        "The Minister of the Interior, Omar Kadir, received on Friday in Rabat the Commissioner for Home Affairs, "
        "Lena Sorel, and the Portuguese Minister of the Interior, Ines Vadero, for talks on migration. "
        "The Portuguese minister also held a bilateral meeting with his Moroccan counterpart to review the sea patrols."
    )
    officials = [official("Omar Kadir", "Minister of the Interior", "Morocco"), official("Lena Sorel", "Commissioner", "European Union"),
                 official("Ines Vadero", "Minister of the Interior", "Portugal")]
    found = groups(run(nlp, text, officials))
    assert {"Ines Vadero", "Omar Kadir"} in found and {"Omar Kadir", "Lena Sorel", "Ines Vadero"} in found
