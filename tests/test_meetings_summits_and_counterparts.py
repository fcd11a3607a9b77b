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


def test_the_two_leaders_meeting_is_of_the_two_named_before(nlp) -> None:
    text = ("Prime Minister Ines Vadero and President Tomas Ruud signed the declaration in Athens on Thursday. "
            "The thaw has been building since the two leaders' meeting in Vilnius in July.")
    officials = [official("Ines Vadero", "Prime Minister", "Greece"), official("Tomas Ruud", "President", "Turkey")]
    found = run(nlp, text, officials)
    assert [(set(m.participants), m.place) for m in found] == [({"Ines Vadero", "Tomas Ruud"}, "Athens"), ({"Ines Vadero", "Tomas Ruud"}, "Vilnius")]


def test_a_signing_that_says_who_its_signer_was_is_no_meeting(nlp) -> None:
    officials = [official("Ines Vadero", "Prime Minister", "Tonga"), official("Tomas Ruud", "Prime Minister", "Tonga"),
                 official("Lena Sorel", "Prime Minister", "New Zealand")]
    text = "Tonga's Prime Minister, Ines Vadero, is the son of Tomas Ruud, Tonga's first Prime Minister, who signed the Treaty on Tonga's behalf in 1970."
    assert run(nlp, text, officials) == []
    # with the other side, the place and the day, it is the signing itself
    text = "Prime Minister Tomas Ruud, who signed the treaty with Prime Minister Lena Sorel in Apia on 1 August 1962, died in 1980."
    assert groups(run(nlp, text, officials)) == [{"Tomas Ruud", "Lena Sorel"}]
    # a signing with another side is one, though its day is vague
    text = "Tomas Ruud, who signed the seasonal work accord with New Zealand in March, told reporters that the scheme was working."
    assert groups(run(nlp, text, officials)) == [{"Tomas Ruud"}]


def test_the_host_set_beside_a_visitor_who_held_talks_is_no_participant(nlp) -> None:
    officials = [official("Ines Vadero", "President", "Chile"), official("Tomas Ruud", "President", "Norway"),
                 official("Lena Sorel", "Prime Minister", "Norway")]
    text = ("During a state visit to Norway in May 1970, President Ines Vadero, hosted by President Tomas Ruud, "
            "held talks with Prime Minister Lena Sorel in Oslo on trade.")
    assert groups(run(nlp, text, officials)) == [{"Ines Vadero", "Lena Sorel"}]
    # one who came along takes part; a reception told on its own is a meeting
    text = "President Ines Vadero, accompanied by President Tomas Ruud, held talks with Prime Minister Lena Sorel in Oslo on Monday."
    assert groups(run(nlp, text, officials)) == [{"Ines Vadero", "Tomas Ruud", "Lena Sorel"}]
    assert groups(run(nlp, "President Ines Vadero was hosted by President Tomas Ruud in Oslo on Monday.", officials)) == [{"Ines Vadero", "Tomas Ruud"}]


def test_a_counterpart_named_beside_is_not_looked_for(nlp) -> None:
    text = (
        "The accord was signed by Interior Minister Ines Vadero and Secretary Tomas Ruud in the presence of President Omar Kadir. "
        "Kadir later held a meeting with his American counterpart, Lena Sorel, at the hotel."
    )
    officials = [official("Ines Vadero", "Minister of the Interior", "Honduras"), official("Tomas Ruud", "Secretary", "United States"),
                 official("Omar Kadir", "President", "Honduras"), official("Lena Sorel", "President", "United States")]
    found = groups(run(nlp, text, officials))
    assert {"Omar Kadir", "Lena Sorel"} in found and {"Ines Vadero", "Tomas Ruud", "Omar Kadir"} in found, found


def test_the_meeting_right_after_a_summit_is_that_summit(nlp) -> None:
    """ "X told reporters after the meeting" just after a summit was told: X was at the summit,
    not at an earlier event the text called a meeting."""
    text = (
        "On Tuesday interior ministers meeting in Rabat approved a plan to share out arrivals. Interior Minister "
        "Lena Sorel, who pressed for the vote at Tuesday's meeting, said the plan was fair. On Wednesday night EU "
        "leaders, among them Prime Minister Omar Kadir, met in Brussels at an emergency summit called by Council "
        "president Tomas Ruud. \"We cannot wait,\" Chancellor Ines Vadero told reporters after the meeting."
    )
    officials = [official("Lena Sorel", "Minister of the Interior", "Germany"), official("Omar Kadir", "Prime Minister", "Ireland"),
                 official("Tomas Ruud", "President", "European Council"), official("Ines Vadero", "Chancellor", "Germany")]
    found = run(nlp, text, officials)
    assert [(m.participants, m.place) for m in found] == [
        (["Lena Sorel"], None),
        (["Omar Kadir", "Tomas Ruud", "Ines Vadero"], "Brussels"),
    ]
