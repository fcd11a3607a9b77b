"""Meetings beyond one episode (issue 9): who took part, told in any region's terms.

Texts are written for these tests with invented people; the expected values are worked out
by hand from the rules of :mod:`kg.extract.meetings`.
"""

from __future__ import annotations

from kg.extract import Context
from kg.extract.meetings import extract_meetings
from kg.extract.meetings.mentions import _not_a_person
from kg.extract.meetings.triggers import trigger_labels
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


def test_states_places_and_fragments_are_not_people() -> None:
    for name in ("Rabat", "Papua New Guinea", "Nouakchott", "von der", "European Commission"):
        assert _not_a_person(name), name
    assert not _not_a_person("Ines Vadero")


def test_a_person_met_twice_with_different_company_is_two_meetings(nlp) -> None:
    text = (
        "Foreign Minister Clara Benitez met Interior Minister Tomas Ruud in Lima. "
        "Benitez met President Arlo Quenby in Lima last year."
    )
    assert groups(run(nlp, text)) == [{"Arlo Quenby", "Clara Benitez"}, {"Clara Benitez", "Tomas Ruud"}]


def test_mentions_sharing_two_people_are_one_occasion(nlp) -> None:
    text = (
        "Prime Minister Ines Vadero met President Arlo Quenby and Foreign Minister Clara Benitez in Lima. "
        '"We are partners," Quenby said, flanked by Vadero and Interior Minister Tomas Ruud.'
    )
    assert groups(run(nlp, text)) == [{"Ines Vadero", "Arlo Quenby", "Clara Benitez", "Tomas Ruud"}]


def test_flanked_by_is_a_meeting_of_all_three(nlp) -> None:
    text = '"We are partners," President Arlo Quenby said, flanked by Interior Minister Tomas Ruud and Foreign Minister Clara Benitez.'
    assert groups(run(nlp, text)) == [{"Arlo Quenby", "Tomas Ruud", "Clara Benitez"}]


def test_talks_with_a_title_are_with_the_official_who_holds_it(nlp) -> None:
    text = (
        "President Arlo Quenby spoke on Monday. "
        "Prime Minister Ines Vadero travelled to Lima on Tuesday for talks with the president."
    )
    officials = [official("Arlo Quenby", "President", "Peru"), official("Ines Vadero", "Prime Minister", "Italy")]
    (m,) = run(nlp, text, officials)
    assert set(m.participants) == {"Ines Vadero", "Arlo Quenby"}
    assert m.place == "Lima"


def test_a_counted_group_is_the_people_named_just_before(nlp) -> None:
    text = (
        "Ines Vadero, Clara Benitez and Tomas Ruud arrived in Lima on Monday. "
        "The three ministers met President Arlo Quenby on Tuesday."
    )
    officials = [official(n, "Minister", "Italy") for n in ("Ines Vadero", "Clara Benitez", "Tomas Ruud")]
    (m,) = run(nlp, text, officials)
    assert set(m.participants) == {"Ines Vadero", "Clara Benitez", "Tomas Ruud", "Arlo Quenby"}


def test_a_one_sided_document_signed_is_no_meeting_even_with_a_phrase_between(nlp) -> None:
    text = "The executive order on migration signed by President Arlo Quenby on Monday took effect."
    assert run(nlp, text) == []


def test_a_postponed_trip_to_meet_is_no_meeting(nlp) -> None:
    text = "Prime Minister Ines Vadero postponed a trip to Lima to meet President Arlo Quenby."
    assert run(nlp, text) == []


def test_triggers_are_found_once_per_document(nlp) -> None:
    doc = nlp("Prime Minister Ines Vadero met President Arlo Quenby in Lima.")
    first = trigger_labels(doc)
    assert trigger_labels(doc) is first  # cached on the document
    assert [doc[i].text for i, labels in first.items() if "MEET_VERB" in labels] == ["met"]


def test_a_group_met_is_the_people_the_next_sentence_lists(nlp) -> None:
    text = (
        "Foreign Minister Clara Benitez met with security ministers in Lima on Monday. "
        "They were Tomas Ruud of Peru, Maria Duarte of Chile and Arlo Quenby of Bolivia."
    )
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Clara Benitez", "Tomas Ruud", "Maria Duarte", "Arlo Quenby"}
    assert m.place == "Lima"


def test_he_after_an_object_is_the_subject_before_it(nlp) -> None:
    text = (
        "Interior Minister Tomas Ruud signed the treaty with Foreign Minister Clara Benitez in Lima on Tuesday. "
        '"This is a good day," he told reporters, standing alongside Benitez. '
        "He was due to meet President Arlo Quenby later on Tuesday."
    )
    assert groups(run(nlp, text)) == [{"Arlo Quenby", "Tomas Ruud"}, {"Clara Benitez", "Tomas Ruud"}]


def test_a_where_clause_gives_the_place_and_not_the_main_verbs_day_or_length(nlp) -> None:
    text = (
        "President Arlo Quenby returned to Lima on Friday after five days in Geneva, where he held "
        "his first meeting with Prime Minister Ines Vadero."
    )
    (meeting,) = run(nlp, text)
    assert set(meeting.participants) == {"Arlo Quenby", "Ines Vadero"}
    assert (meeting.place, meeting.date) == ("Geneva", None)


def test_people_who_also_took_part_join_the_meeting_just_told(nlp) -> None:
    text = (
        "Foreign Minister Clara Benitez met President Arlo Quenby in Quito on Tuesday. "
        "Interior Minister Tomas Ruud and the U.S. ambassador in Lima, Dana Holt, also took part."
    )
    (meeting,) = run(nlp, text)
    assert set(meeting.participants) == {"Clara Benitez", "Arlo Quenby", "Tomas Ruud", "Dana Holt"}
    assert (meeting.place, meeting.date) == ("Quito", "2020-03-10")


def test_presenting_to_a_person_and_reviewing_with_one_are_meetings(nlp) -> None:
    text = "Foreign Minister Clara Benitez will present the results to President Arlo Quenby in Quito on Tuesday."
    (meeting,) = run(nlp, text)
    assert set(meeting.participants) == {"Clara Benitez", "Arlo Quenby"}
    assert (meeting.place, meeting.date) == ("Quito", "2020-03-17")  # announced: the next Tuesday
    text = "Interior Minister Tomas Ruud flew to Lima on Monday to review the program with President Arlo Quenby."
    (meeting,) = run(nlp, text)
    assert set(meeting.participants) == {"Tomas Ruud", "Arlo Quenby"}
    assert (meeting.place, meeting.date) == ("Lima", "2020-03-09")
    assert run(nlp, "The ministry presented its report to parliament on Monday.") == []


def test_a_live_blog_entry_under_a_stamp_line_is_of_the_articles_day(nlp) -> None:
    text = (
        "10.48 GMT\nInterior Minister Tomas Ruud has met Foreign Minister Clara Benitez at the ministry.\n\n"
        "09.20 GMT\nUnder the deal signed in November by Ruud and Benitez, the two states share patrols."
    )
    meetings = sorted(run(nlp, text), key=lambda m: m.date or "")
    assert [(set(m.participants), m.date) for m in meetings] == [
        ({"Tomas Ruud", "Clara Benitez"}, None), ({"Tomas Ruud", "Clara Benitez"}, THURSDAY)]


def test_a_draft_that_grows_joins_the_earlier_event_it_shares_two_people_with(nlp) -> None:
    text = (
        "Prime Minister Ines Vadero and President Arlo Quenby hosted the Peru-Ecuador Summit. "
        "The treaty was signed by Interior Minister Tomas Ruud and Foreign Minister Clara Benitez. "
        "Vadero and Quenby held talks before a plenary session attended by Ruud and Benitez."
    )
    (meeting,) = run(nlp, text)
    assert set(meeting.participants) == {"Ines Vadero", "Arlo Quenby", "Tomas Ruud", "Clara Benitez"}
    assert meeting.place is None  # not Peru, a state that only names the summit


def test_a_state_that_shares_a_surname_is_the_state(nlp) -> None:
    # "Mali and Guinea signed" in an article that also quotes an "Ines Mali": the state signed,
    # the commenter with that surname met nobody
    for state, other, capital, commenter in (("Mali", "Guinea", "Bamako", "Ines Mali"),
                                             ("Chad", "Niger", "N'Djamena", "Tomas Chad")):
        text = (
            f"{state}, {other} sign labour pact. {state} and {other} on Tuesday signed a memorandum of "
            f"understanding on workers. Labour Minister Sami Hadid and Arlo Quenby, {other}'s minister of "
            f"labour, signed the document in {capital}. {commenter}, director of the rights group "
            "Migrant Watch, welcomed the deal."
        )
        assert groups(run(nlp, text)) == [{"Sami Hadid", "Arlo Quenby"}], text


def test_the_day_of_going_to_the_place_is_the_day_of_the_meeting(nlp) -> None:
    # "On Monday she flew to X, where she met Y": the talks are on the day of arrival;
    # coming back "from X, where" still says nothing of when
    for text, day in (
        ("On Monday, Chancellor Lena Sorel travelled to Dakar, where she held talks with President Omar Kadir.",
         "2020-03-09"),
        ("On March 3, Prime Minister Tomas Ruud flew to Hanoi, where he met Premier Sami Hadid.", "2020-03-03"),
        ("Prime Minister Tomas Ruud returned on Friday from Hanoi, where he met Premier Sami Hadid.", None),
    ):
        (m,) = run(nlp, text)
        assert m.date == day, text


def test_a_name_after_a_state_and_a_comma_is_no_town(nlp) -> None:
    # "the office in Brazil, Stephane Vautrin, signed": a town comes before its state, so a
    # first name the tagger read as a place right after "<state>," is no town
    from spacy.tokens import Span

    from kg.extract.meetings.where_when import _place

    for state, person in (("Brazil", "Stéphane Vautrin"), ("Kenya", "Amani Otieno")):
        doc = nlp(f"Minister Tomas Ruud and the director of the IOM office in {state}, {person}, signed a protocol.")
        first = next(t.i for t in doc if t.text == person.split()[0])
        keep = [e for e in doc.ents if e.end <= first or e.start > first + 1]
        doc.ents = sorted([*keep, Span(doc, first, first + 1, label="GPE")], key=lambda e: e.start)
        sent = doc[:]
        assert _place(sent, [set(range(len(doc)))]) != person, person


def test_a_standing_role_in_a_relative_clause_is_no_meeting(nlp) -> None:
    # "X, who co-chairs the caucus, called the deal ...": what X does as a rule, not an event
    for text in (
        'Rep. Ana Morales (D-Texas), who co-chairs the Andean Caucus, called the release "blackmail dressed up as diplomacy."',
        'Senator Tomas Ruud (R-Ohio), who co-chairs the Sahel Caucus, called the deal "a gift to smugglers."',
        "Senator Tomas Ruud, who meets the ambassador every month, called the deal a mistake.",
    ):
        assert run(nlp, text) == [], text
    text = "President Omar Kadir, who met Chancellor Lena Sorel in Lima on Monday, called the deal a success."
    assert groups(run(nlp, text)) == [{"Omar Kadir", "Lena Sorel"}]


def test_a_name_with_middle_name_and_second_surname_is_the_person_named_shorter(nlp) -> None:
    # "Carlos Andres Mejia Rojas" is the "Carlos Mejia" the article named before: one meeting
    for short, long, city, day in (("Jorge Pena", "Jorge Luis Pena Soto", "Quito", "Friday"),
                                   ("Carlos Mejia", "Carlos Andres Mejia Rojas", "Bogota", "Friday")):
        text = (
            f"Labour Minister {short} met Premier Sami Hadid in {city} on {day}. The document was signed in "
            f"{city} by Minister of Labour {long} and Premier Sami Hadid on {day}."
        )
        assert groups(run(nlp, text)) == [{short, "Sami Hadid"}], text


def test_the_meeting_after_a_signing_told_in_passing_is_the_meeting(nlp) -> None:
    # "met ... to review the accord signed on May 4. X also took part in the meeting": X joins
    # the meeting, not the nameless signing of May 4
    for text in (
        "The Minister of the Interior, Lena Sorel, met today in Rabat with the Prime Minister of Morocco, "
        "Omar Kadir, to evaluate the results of the 60 days that followed the accord signed by both countries "
        "on May 4 of this year. Spain's Ambassador to Morocco, Ines Vadero, also took part in the meeting.",
        "The Minister of the Interior, Lena Sorel, met today in Rabat with the Prime Minister of Morocco, "
        "Omar Kadir, to review the accord signed by both countries on May 4. Ambassador Ines Vadero also "
        "took part in the meeting.",
    ):
        (m,) = run(nlp, text)
        assert set(m.participants) == {"Lena Sorel", "Omar Kadir", "Ines Vadero"} and m.date == THURSDAY, text


def test_an_event_given_a_predicate_is_a_view_of_it(nlp) -> None:
    # "X called the talks a gift to smugglers": X judges the event, X was not at it
    for first, second in (
        ("Interior Minister Sami Hadid met Foreign Minister Arlo Quenby in Hanoi on Monday.",
         'Senator Tomas Ruud on Wednesday called the talks "a gift to smugglers".'),
        ("Prime Minister Ines Vadero met President Omar Kadir in Accra on Monday.",
         "Opposition leader Lena Sorel on Tuesday called the meeting a disgrace."),
    ):
        found = groups(run(nlp, f"{first} {second}"))
        assert len(found) == 1 and len(found[0]) == 2, found


def test_a_signing_at_the_event_just_told_is_part_of_it(nlp) -> None:
    for text in (
        "President Omar Kadir received President Lena Sorel in Tapachula on Thursday to launch a jobs programme. "
        "Foreign Minister Tomas Ruud and Foreign Minister Ines Vadero signed at the event a memorandum of "
        "understanding on development.",
        "Prime Minister Sami Hadid hosted Chancellor Arlo Quenby in Mombasa on Monday for talks on returns. "
        "Interior Minister Tomas Ruud and Interior Minister Ines Vadero signed a protocol at the ceremony.",
    ):
        (m,) = run(nlp, text)
        assert len(m.participants) == 4 and m.place in ("Tapachula", "Mombasa"), text


def test_their_summit_is_no_meeting_of_the_person_named_last(nlp) -> None:
    text = (
        "Marta Ilunga, UNICEF's representative in Chad, said resettlement missions needed to speed up. "
        "The evacuations follow a task force that African and European leaders set up at their summit in Dakar in May."
    )
    people = [official("Marta Ilunga", "Representative", "UNICEF")]
    assert groups(run(nlp, text, people)) == []


def test_his_meeting_is_the_person_named_last(nlp) -> None:
    text = "Defence Minister Karel Novak arrived in Lusaka on Monday. His meeting at State House lasted two hours."
    people = [official("Karel Novak", "Minister of Defence", "Czech Republic")]
    assert groups(run(nlp, text, people)) == [{"Karel Novak"}]


def test_a_signing_in_a_year_alone_takes_no_day_of_another(nlp) -> None:
    text = (
        "On May 3, 1962, Prime Minister Julius Nyerere and Prime Minister Alhaji Balewa signed the lake accord in Dar es Salaam. "
        "In 1958, Jomo Kenyatta and Uganda's Prime Minister Milton Obote signed the border pact."
    )
    people = [official("Julius Nyerere", "Prime Minister", "Tanzania"), official("Alhaji Balewa", "Prime Minister", "Nigeria"),
              official("Milton Obote", "Prime Minister", "Uganda")]
    meetings = {frozenset(m.participants): m.date for m in run(nlp, text, people)}
    assert meetings == {frozenset({"Julius Nyerere", "Alhaji Balewa"}): "1962-05-03", frozenset({"Jomo Kenyatta", "Milton Obote"}): None}


def test_people_who_both_attended_join_the_event_just_told(nlp) -> None:
    text = (
        "The conference was hosted by Ghanaian President Kofi Mensah and co-organized by UNICEF. "
        "UNICEF chief Anna Berg and AU Commissioner Musa Diallo both attended, a sign of the weight the two bodies put on it."
    )
    people = [official("Kofi Mensah", "President", "Ghana"), official("Anna Berg", "Executive Director", "UNICEF"),
              official("Musa Diallo", "Commissioner", "African Union")]
    assert groups(run(nlp, text, people)) == [{"Kofi Mensah", "Anna Berg", "Musa Diallo"}]
