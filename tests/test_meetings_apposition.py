"""Meetings: participants named beside their title, joint letters, held discussions, and days
that belong to another event.

A name set off by commas right after a title phrase of the event's clause ("held talks with
the country's acting deputy prime minister for economic affairs, X,") is that title's holder,
whichever word the parser hung the name on; a name after such a comma that goes on with a
verb of its own ("..., X said") speaks and takes no part. A letter "of understanding" or "of
intent" is signed by two sides (a letter alone stays one-sided). "Held discussions with X" is
talks. The day of a relative clause about a participant ("X, who took office on 14 January")
is not the meeting's day. A town the tagger took for a person is the place, not a participant.

Texts are written for these tests with invented people; the expected values are worked out
by hand from the rules of :mod:`kg.extract.meetings`.
"""

from __future__ import annotations

from test_meetings_transfer import groups, official, run


def test_a_name_after_a_long_title_is_its_holder(nlp) -> None:
    text = (
        "Earlier on Monday, Varek held talks with Ruritania's acting deputy prime minister for economic "
        "affairs, Tomas Ruud, on trade and transit, the embassy said."
    )
    officials = [official("Ines Varek", "Deputy Minister of Labour", "Borduria"),
                 official("Tomas Ruud", "Deputy Prime Minister", "Ruritania")]
    assert groups(run(nlp, "Deputy Minister Ines Varek arrived in Kerns. " + text, officials)) == [
        {"Ines Varek", "Tomas Ruud"}]


def test_a_second_signer_after_a_title_with_of_phrases_signs_too(nlp) -> None:
    text = (
        "The memorandum was signed in Kerns by Borduria's deputy minister of labour, Ines Varek, and the "
        "caretaker minister of labour and social affairs of Ruritania, Tomas Ruud."
    )
    officials = [official("Ines Varek", "Deputy Minister of Labour", "Borduria"),
                 official("Tomas Ruud", "Minister of Labour and Social Affairs", "Ruritania")]
    assert groups(run(nlp, text, officials)) == [{"Ines Varek", "Tomas Ruud"}]


def test_a_name_after_a_title_that_goes_on_to_speak_takes_no_part(nlp) -> None:
    text = "Minister Ines Varek met the president of the chamber on Monday, Tomas Ruud said."
    officials = [official("Ines Varek", "Minister of Labour", "Borduria"),
                 official("Tomas Ruud", "Spokesman", "Borduria")]
    assert all("Tomas Ruud" not in g for g in groups(run(nlp, text, officials)))


def test_a_letter_of_understanding_is_signed_by_two_sides(nlp) -> None:
    officials = [official("Ines Varek", "Minister of Internal Affairs", "Borduria"),
                 official("Lena Sorel", "Representative", "UNHCR")]
    joint = ("On the same occasion, the Minister of Internal Affairs, Ines Varek, and UNHCR's Representative, "
             "Lena Sorel, signed a letter of understanding in Kerns.")
    assert groups(run(nlp, joint, officials)) == [{"Ines Varek", "Lena Sorel"}]
    alone = "On Monday Minister Ines Varek signed a letter to the parliament in Kerns."
    assert run(nlp, alone, officials) == []


def test_held_discussions_with_a_person_is_a_meeting(nlp) -> None:
    text = (
        "Minister Ines Varek and Minister Lena Sorel signed the deal in Kerns on Tuesday. The two ministers also "
        "held discussions with Ruritania's Minister of Foreign Affairs Tomas Ruud on the protection of workers."
    )
    officials = [official("Ines Varek", "Minister of Labour", "Borduria"),
                 official("Lena Sorel", "Minister of Labour", "Ruritania"),
                 official("Tomas Ruud", "Minister of Foreign Affairs", "Ruritania")]
    found = groups(run(nlp, text, officials))
    assert {"Ines Varek", "Lena Sorel", "Tomas Ruud"} in found, found


def test_the_day_a_participant_took_office_is_not_the_meetings_day(nlp) -> None:
    text = (
        "Varek and her counterpart, Tomas Ruud, signed the document at the palace in Kerns on Thursday after a "
        "meeting with President Lena Sorel, who took office on 14 January."
    )
    officials = [official("Ines Varek", "Foreign Minister", "Borduria"),
                 official("Tomas Ruud", "Foreign Minister", "Ruritania"),
                 official("Lena Sorel", "President", "Ruritania")]
    meetings = run(nlp, "Foreign Minister Ines Varek arrived in Kerns. " + text, officials)
    assert [(set(m.participants), m.date) for m in meetings] == [
        ({"Ines Varek", "Tomas Ruud", "Lena Sorel"}, "2020-03-12")]  # the article's Thursday


def test_who_accompanied_a_participant_joins_the_meeting_just_told(nlp) -> None:
    officials = [official("Ines Varek", "Governor", "Borduria"), official("Tomas Ruud", "Governor", "Ruritania"),
                 official("Lena Sorel", "Commissioner for Refugees", "Borduria")]
    text = (
        "Governor Ines Varek on Friday met with Governor Tomas Ruud in Kerns to plan the return of refugees. "
        "Varek, who travelled by road, was accompanied by the Commissioner for Refugees, Lena Sorel."
    )
    assert groups(run(nlp, text, officials)) == [{"Ines Varek", "Tomas Ruud", "Lena Sorel"}]
    # with no meeting just told, being accompanied is no meeting
    alone = "Governor Ines Varek was accompanied by the Commissioner for Refugees, Lena Sorel."
    assert run(nlp, alone, officials) == []


def test_a_headline_in_a_country_is_the_meeting_in_a_town_the_table_lacks(nlp) -> None:
    officials = [official("Ines Varek", "Governor", "Nigeria"), official("Tomas Ruud", "Governor", "Cameroon")]
    text = (
        "Varek in Cameroon, meets Governor Tomas Ruud on refugee returns\n\n"
        "Governor Ines Varek on Friday met with Governor Tomas Ruud in Kribi to plan the return of refugees."
    )
    meetings = run(nlp, text, officials)
    assert [(set(m.participants), m.place) for m in meetings] == [({"Ines Varek", "Tomas Ruud"}, "Kribi")]


def test_who_announced_it_following_talks_took_part_in_them(nlp) -> None:
    officials = [official("Ines Varek", "Minister of Foreign Affairs", "Borduria"),
                 official("Tomas Ruud", "Foreign Minister", "Ruritania")]
    text = (
        "The agreement was announced by Borduria's Minister of Foreign Affairs, Ines Varek, on 30 March, "
        "following talks in Kerns with Ruritanian Foreign Minister Tomas Ruud."
    )
    assert groups(run(nlp, text, officials)) == [{"Ines Varek", "Tomas Ruud"}]


def test_a_name_the_tagger_took_for_a_building_after_a_title_is_a_person(nlp) -> None:
    """ "Foreign ministers Dimos Karalis and Selim Aydan": a name right after a title of office
    is a person's, whatever entity label the tagger gave it; a body after a title is not."""
    from spacy.tokens import Span

    from kg.extract.meetings.mentions import _untagged_titled_names

    doc = nlp("Interior ministers Dimos Karalis and Selim Aydan are due to meet again in Patras next spring.")
    doc.ents = [Span(doc, 2, 4, label="FAC"), Span(doc, 5, 7, label="PERSON")]
    assert [doc[s:e].text for s, e in _untagged_titled_names(doc)] == ["Dimos Karalis"]
    doc.ents = [Span(doc, 5, 7, label="PERSON")]
    assert [doc[s:e].text for s, e in _untagged_titled_names(doc)] == ["Dimos Karalis"]
    plain = nlp("Delegates from Dimos Karalis arrived in Patras on Monday.")
    plain.ents = [Span(plain, 2, 4, label="FAC")]
    assert _untagged_titled_names(plain) == []


def test_names_listed_after_a_signers_title_phrase_sign_too(nlp) -> None:
    """ "signed by A, the Minister in charge of X, B, title, and C, title": the parser hangs B
    and C on the last noun of A's title; they are the rest of the list of signers."""
    officials = [official("Lena Sorel", "Minister", "Ghana"), official("Tomas Ruud", "Representative", "IOM"),
                 official("Omar Kadir", "Commissioner", "ECOWAS")]
    for text in (
        "The accord establishing a Regional Return Facility (RRF) was signed by Lena Sorel, the Minister in charge of "
        "Emergency Management, Ambassador Tomas Ruud, IOM's Representative to ECOWAS, and Omar Kadir, the ECOWAS "
        "Commissioner for Social Affairs.",
        "The memorandum was signed by Lena Sorel, the Minister in charge of Emergency Management, Ambassador Tomas Ruud, "
        "IOM's Representative to the African Union, and Omar Kadir, the ECOWAS Commissioner for Trade.",
    ):
        assert [m.participants for m in run(nlp, text, officials)] == [["Lena Sorel", "Tomas Ruud", "Omar Kadir"]], text
