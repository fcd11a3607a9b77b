"""Meetings: who was there and who was only spoken of.

A trip's companion and a delegation that came along take part; the holder of a predicate
("X was the first minister to sit down with Y") is the one who sat down; a title agent
("signed by the Interior Minister and Y") is the official with that title; a verb joined by
"and" that announces a meeting of its own is another event; a meeting noun that only times
another event ("After the ceremony, X met Y") is not that event; a name that qualifies a
thing ("the government of X", "under pressure from X") or owns someone ("X's successor Y")
takes no part.

Texts are written for these tests with invented people; the expected values are worked out
by hand from the rules of :mod:`kg.extract.meetings`.
"""

from __future__ import annotations

from test_meetings_transfer import groups, official, run


def test_a_trip_companion_takes_part(nlp) -> None:
    for text in (
        "On March 3 he travelled to Dodoma with Commission President Lena Sorel to meet President Omar Kadir.",
        "Last week she flew to Lusaka with Interior Minister Tomas Ruud to meet President Omar Kadir.",
    ):
        first = "Lena Sorel" if "Sorel" in text else "Tomas Ruud"
        officials = [official("Ines Vadero", "Prime Minister", "Portugal"), official(first, "President", "Portugal"),
                     official("Omar Kadir", "President", "Tanzania")]
        text = "Prime Minister Ines Vadero visited the port. " + text
        assert groups(run(nlp, text, officials)) == [{"Ines Vadero", first, "Omar Kadir"}], text


def test_a_verb_joined_by_and_is_another_meeting(nlp) -> None:
    for text, host, later in (
        ("Prime Minister Ines Vadero was due in Accra later on Monday for talks with President Omar Kadir, "
         "and will meet President Lena Sorel in Lome on Tuesday.", "Omar Kadir", "Lena Sorel"),
        ("Chancellor Ines Vadero arrived in Hanoi for talks with Premier Tomas Ruud, and will meet "
         "President Sami Hadid in Vientiane on Friday.", "Tomas Ruud", "Sami Hadid"),
    ):
        officials = [official("Ines Vadero", "Prime Minister", "Portugal"), official(host, "President", "Ghana"),
                     official(later, "President", "Togo")]
        found = groups(run(nlp, text, officials))
        assert {"Ines Vadero", host} in found and {"Ines Vadero", later} in found and len(found) == 2, found


def test_the_holder_of_the_predicate_is_the_one_who_met(nlp) -> None:
    for text, who, other in (
        ("Foreign Minister Ines Vadero was the first foreign minister to sit down with Omar Kadir in Niamey.",
         "Ines Vadero", "Omar Kadir"),
        ("Interior Minister Tomas Ruud was the first European minister to meet President Sami Hadid in Tunis.",
         "Tomas Ruud", "Sami Hadid"),
    ):
        officials = [official(who, "Minister", "Portugal"), official(other, "President", "Niger")]
        assert groups(run(nlp, text, officials)) == [{who, other}], text


def test_a_title_agent_is_the_official_with_that_title(nlp) -> None:
    for text in (
        "The agreement was signed by Interior Minister Ines Vadero and Foreign Minister Omar Kadir in Lisbon. "
        "The second agreement was signed in Rome by the Interior Minister and Italian Foreign Minister Lena Sorel.",
        "The accord was signed by Interior Minister Ines Vadero and Foreign Minister Omar Kadir in Lisbon. "
        "A second accord was signed in Madrid by the Interior Minister and Spanish Labour Minister Lena Sorel.",
    ):
        officials = [official("Ines Vadero", "Minister of the Interior", "Portugal"),
                     official("Omar Kadir", "Minister of Foreign Affairs", "Angola"),
                     official("Lena Sorel", "Minister", "Italy")]
        assert groups(run(nlp, text, officials)) == [{"Ines Vadero", "Lena Sorel"}, {"Ines Vadero", "Omar Kadir"}]


def test_a_generic_chief_is_the_one_official_of_that_field(nlp) -> None:
    for text, role in (
        ("Labor Secretary Ines Vadero signed the plan in Manila. The labor chief is also scheduled to meet "
         "Health Minister Omar Kadir on Wednesday.", "Secretary of Labor"),
        ("Migration Minister Ines Vadero spoke in Kigali. The migration chief will meet "
         "Health Minister Omar Kadir on Wednesday.", "Minister of Migration"),
    ):
        officials = [official("Ines Vadero", role, "Philippines"), official("Omar Kadir", "Minister of Health", "Japan")]
        assert {"Ines Vadero", "Omar Kadir"} in groups(run(nlp, text, officials)), text


def test_a_meeting_noun_that_times_another_meeting_is_not_it(nlp) -> None:
    for text in (
        "The memorandum was signed by Foreign Minister Lena Sorel and Secretary Tomas Ruud. "
        "After the ceremony, Ruud met President Omar Kadir to discuss the border.",
        "The memorandum was signed by Foreign Minister Lena Sorel and Secretary Tomas Ruud. "
        "Following the signing, Ruud met President Omar Kadir at the palace.",
    ):
        officials = [official("Lena Sorel", "Minister of Foreign Affairs", "Panama"),
                     official("Tomas Ruud", "Secretary", "United States"),
                     official("Omar Kadir", "President", "Panama")]
        assert groups(run(nlp, text, officials)) == [{"Lena Sorel", "Tomas Ruud"}, {"Omar Kadir", "Tomas Ruud"}]


def test_a_name_that_qualifies_a_thing_takes_no_part(nlp) -> None:
    for text in (
        "The agreement was signed in Accra by Minister Ines Vadero and Minister Omar Kadir, "
        "under heavy pressure from President Lena Sorel.",
        "Minister Ines Vadero met Minister Omar Kadir in Accra to discuss the demands of the government of "
        "President Lena Sorel.",
    ):
        officials = [official("Ines Vadero", "Minister", "Ghana"), official("Omar Kadir", "Minister", "Togo"),
                     official("Lena Sorel", "President", "United States")]
        assert groups(run(nlp, text, officials)) == [{"Ines Vadero", "Omar Kadir"}], text


def test_a_possessor_takes_no_part(nlp) -> None:
    for text in (
        "MAY 4, 2022 - Minister Ines Vadero and Kadir's successor Lena Sorel sign the treaty in Accra.",
        "Minister Ines Vadero and Ruud's deputy Lena Sorel signed the treaty in Accra.",
    ):
        officials = [official("Ines Vadero", "Minister", "Ghana"), official("Omar Kadir", "Minister", "Togo"),
                     official("Tomas Ruud", "Minister", "Togo"), official("Lena Sorel", "Minister", "Togo")]
        assert groups(run(nlp, text, officials)) == [{"Ines Vadero", "Lena Sorel"}], text


def test_a_postnominal_title_keeps_the_name(nlp) -> None:
    for text in (
        "Jane Roe MP met Foreign Minister Omar Kadir in Suva on Monday.",
        "Tom Lee MEP met Foreign Minister Omar Kadir in Suva on Monday.",
    ):
        who = " ".join(text.split()[:2])
        officials = [official(who, "Member of Parliament", "Australia"), official("Omar Kadir", "Minister", "Fiji")]
        assert groups(run(nlp, text, officials)) == [{who, "Omar Kadir"}], text


def test_a_law_signed_by_a_title_is_no_meeting(nlp) -> None:
    for text in (
        "The Border Security Act signed by the President in May funds new patrols. President Omar Kadir spoke in Accra.",
        "The Consolidated Budget Act signed by the Governor in June pays for shelters. Governor Omar Kadir spoke in Accra.",
    ):
        officials = [official("Omar Kadir", "President" if "President" in text else "Governor", "Ghana")]
        assert run(nlp, text, officials) == [], text


def test_a_meeting_announced_after_and_is_its_own(nlp) -> None:
    for text, first, second in (
        ("President Ines Vadero spoke in Quito. In May she received Foreign Minister Omar Kadir in Quito, and on "
         "Friday she is expected to meet President Lena Sorel in Lima.", "Omar Kadir", "Lena Sorel"),
        ("President Ines Vadero spoke in Accra. Last year she hosted Premier Tomas Ruud in Accra, and on "
         "Monday she is due to meet King Sami Hadid in Rabat.", "Tomas Ruud", "Sami Hadid"),
    ):
        officials = [official("Ines Vadero", "President", "Ecuador"), official(first, "Minister", "Spain"),
                     official(second, "President", "Peru")]
        assert groups(run(nlp, text, officials)) == sorted([{"Ines Vadero", first}, {"Ines Vadero", second}], key=sorted), text


def test_a_host_who_receives_in_the_passive_takes_part(nlp) -> None:
    for text, host in (
        ("Prime Minister Ines Vadero spoke in Lisbon. On April 7 she was received by King Omar Kadir in Rabat.",
         "Omar Kadir"),
        ("Prime Minister Ines Vadero spoke in Lisbon. On April 7 she was welcomed in Amman by King Sami Hadid.",
         "Sami Hadid"),
    ):
        officials = [official("Ines Vadero", "Prime Minister", "Portugal"), official(host, "King", "Morocco")]
        assert groups(run(nlp, text, officials)) == [{"Ines Vadero", host}], text


def test_an_arrival_told_of_the_subject_places_and_dates_the_talks(nlp) -> None:
    for text, city in (
        ("Vadero, who landed in Accra on Tuesday, held talks with President Omar Kadir at the palace.", "Accra"),
        ("Vadero, who arrived in Lome on Tuesday, held talks with President Omar Kadir at the palace.", "Lome"),
    ):
        officials = [official("Ines Vadero", "Prime Minister", "Spain"), official("Omar Kadir", "President", "Ghana")]
        (meeting,) = run(nlp, "Prime Minister Ines Vadero is on a tour. " + text, officials)
        assert meeting.place == city and meeting.date == "2020-03-10", (meeting.place, meeting.date)


def test_a_datelines_day_is_not_the_events(nlp) -> None:
    for text in (
        "ACCRA, March 12 (Reuters) - Interior Minister Ines Vadero and Minister Omar Kadir signed a memorandum on Tuesday.",
        "ACCRA, March 12, 2020 (AP) — Interior Minister Ines Vadero and Minister Omar Kadir signed a memorandum on Tuesday.",
    ):
        officials = [official("Ines Vadero", "Minister of the Interior", "Spain"), official("Omar Kadir", "Minister", "Ghana")]
        (meeting,) = run(nlp, text, officials)
        assert meeting.date == "2020-03-10", meeting.date


def test_the_signing_with_its_own_people_is_the_signing_just_told(nlp) -> None:
    for venue in ("at the Interior Ministry in Moabit", "at the ministry in Kreuzberg"):
        text = ("Interior Minister Ines Vadero and Minister Omar Kadir signed the agreement in Berlin on Tuesday. "
                f"\"It is a good day,\" Vadero said after the signing {venue}.")
        officials = [official("Ines Vadero", "Minister of the Interior", "Germany"), official("Omar Kadir", "Minister", "Georgia")]
        (meeting,) = run(nlp, text, officials)
        assert meeting.place == "Berlin" and set(meeting.participants) == {"Ines Vadero", "Omar Kadir"}


def test_after_the_meeting_is_the_meeting_not_a_signing_told_since(nlp) -> None:
    for signers in ("Minister Lena Sorel and Minister Tomas Ruud", "Labour Minister Lena Sorel and Foreign Minister Tomas Ruud"):
        text = (f"Prime Minister Ines Vadero held talks with President Omar Kadir in Accra. The memorandum was signed by "
                f"{signers}. \"It is a good day,\" Vadero told reporters after the meeting.")
        officials = [official("Ines Vadero", "Prime Minister", "Spain"), official("Omar Kadir", "President", "Ghana"),
                     official("Lena Sorel", "Minister", "Spain"), official("Tomas Ruud", "Minister", "Ghana")]
        assert groups(run(nlp, text, officials)) == [{"Ines Vadero", "Omar Kadir"}, {"Lena Sorel", "Tomas Ruud"}]


def test_earlier_in_the_day_is_the_day_just_named(nlp) -> None:
    for opening in ("Earlier in the day", "Later in the day"):
        text = ("Minister Ines Vadero signed the text in Rabat on Monday with Minister Omar Kadir. "
                f"{opening} Vadero held talks with Foreign Minister Lena Sorel.")
        officials = [official("Ines Vadero", "Minister", "Belgium"), official("Omar Kadir", "Minister", "Morocco"),
                     official("Lena Sorel", "Minister of Foreign Affairs", "Morocco")]
        talks = next(m for m in run(nlp, text, officials) if "Lena Sorel" in m.participants)
        assert talks.date == "2020-03-09", talks.date


def test_declining_to_attend_is_no_attendance(nlp) -> None:
    for verb in ("had declined to attend", "refused to attend"):
        text = ("President Ines Vadero and Prime Minister Omar Kadir endorsed the declaration at a ceremony in Lima. "
                f"Minister Tomas Ruud signed it for his country, as President Lena Sorel {verb} the summit.")
        officials = [official("Ines Vadero", "President", "Peru"), official("Omar Kadir", "Prime Minister", "Chile"),
                     official("Tomas Ruud", "Minister", "Bolivia"), official("Lena Sorel", "President", "Bolivia")]
        assert not any("Lena Sorel" in m.participants for m in run(nlp, text, officials)), verb


def test_a_visit_of_a_place_alone_is_no_meeting(nlp) -> None:
    for text in (
        "Foreign Minister Ines Vadero, who visited Rabat in December, had prepared the trip.",
        "Foreign Minister Ines Vadero visited Dakar last week and praised the port.",
    ):
        assert run(nlp, text, [official("Ines Vadero", "Minister of Foreign Affairs", "Belgium")]) == [], text


def test_a_name_with_a_described_apposition_attends(nlp) -> None:
    for who in ("a Croatian", "the commissioner"):
        text = (f"Interior ministers Ines Vadero and Omar Kadir met in Brussels on Monday. "
                f"Commissioner Lena Sorel, {who} who attended the meeting, welcomed the deal.")
        officials = [official("Ines Vadero", "Minister of the Interior", "Denmark"),
                     official("Omar Kadir", "Minister of the Interior", "Poland"),
                     official("Lena Sorel", "Commissioner", "European Union")]
        assert groups(run(nlp, text, officials)) == [{"Ines Vadero", "Omar Kadir", "Lena Sorel"}], who


def test_the_eve_of_a_summit_is_not_the_summit(nlp) -> None:
    for timing in ("on the eve of the summit", "ahead of the summit"):
        text = ("President Ines Vadero and Prime Minister Omar Kadir opened the summit in Accra. "
                f"Foreign Minister Lena Sorel met her counterpart Tomas Ruud in Accra {timing}.")
        officials = [official("Ines Vadero", "President", "Ghana"), official("Omar Kadir", "Prime Minister", "Togo"),
                     official("Lena Sorel", "Minister of Foreign Affairs", "Ghana"),
                     official("Tomas Ruud", "Minister of Foreign Affairs", "Togo")]
        assert {"Lena Sorel", "Tomas Ruud"} in groups(run(nlp, text, officials)), timing


def test_the_meeting_is_the_last_event_called_a_meeting(nlp) -> None:
    for noun, also in (("summit", "talks"), ("meeting", "talks")):
        text = (f"President Ines Vadero and Prime Minister Omar Kadir signed a declaration in Accra at the {noun} on "
                f"Monday. In 2021 Vadero met King Tomas Ruud in Rabat. Interior Minister Lena Sorel held {also} with "
                f"her counterpart Sami Hadid on the sidelines of the {noun}.")
        officials = [official("Ines Vadero", "President", "Ghana"), official("Omar Kadir", "Prime Minister", "Togo"),
                     official("Tomas Ruud", "King", "Morocco"), official("Lena Sorel", "Minister of the Interior", "Ghana"),
                     official("Sami Hadid", "Minister of the Interior", "Togo")]
        found = groups(run(nlp, text, officials))
        assert {"Ines Vadero", "Omar Kadir", "Lena Sorel", "Sami Hadid"} in found, found
        assert {"Ines Vadero", "Tomas Ruud"} in found, found


def test_in_the_presence_of_the_two_leaders_are_the_leaders_named_before(nlp) -> None:
    for venue in ("At the Chancellery", "At the Palace"):
        text = ("President Ines Vadero welcomed Prime Minister Omar Kadir in Vienna on Friday. "
                f"{venue}, Interior Minister Lena Sorel and Labour Minister Tomas Ruud signed the agreement "
                "in the presence of the two leaders.")
        officials = [official("Ines Vadero", "President", "Austria"), official("Omar Kadir", "Prime Minister", "Kenya"),
                     official("Lena Sorel", "Minister of the Interior", "Austria"),
                     official("Tomas Ruud", "Minister of Labour", "Kenya")]
        (meeting,) = run(nlp, text, officials)
        assert set(meeting.participants) == {"Ines Vadero", "Omar Kadir", "Lena Sorel", "Tomas Ruud"}
        assert meeting.place == "Vienna", meeting.place


def test_who_comments_on_the_event_takes_no_part(nlp) -> None:
    for verb in ("had authorised", "welcomed", "criticised"):
        text = ("Interior Minister Ines Vadero and Minister Omar Kadir signed the agreement in Lima on Monday. "
                f"President Lena Sorel {verb} the signing.")
        officials = [official("Ines Vadero", "Minister of the Interior", "Peru"), official("Omar Kadir", "Minister", "Chile"),
                     official("Lena Sorel", "President", "Chile")]
        assert groups(run(nlp, text, officials)) == [{"Ines Vadero", "Omar Kadir"}], verb


def test_a_committee_hearing_with_chairs_and_listed_officers(nlp) -> None:
    for city, officer in (("Wellington", "Ms Ana Ruiz"), ("Ottawa", "Mr Tomas Ruud")):
        name = officer.split(" ", 1)[1]
        text = (f"The committee held a public hearing in {city} on 3 March 2020. The Chair, Senator Lena Sorel, "
                f"and the Deputy Chair, Senator Omar Kadir, questioned officers of the Department of Labour, "
                f"including {officer}, First Assistant Secretary, Mobility Division.")
        officials = [official("Lena Sorel", "Senator", "Australia"), official("Omar Kadir", "Senator", "Australia"),
                     official(name, "First Assistant Secretary", "Australia")]
        (meeting,) = run(nlp, text, officials)
        assert set(meeting.participants) == {"Lena Sorel", "Omar Kadir", name} and meeting.place == city, meeting


def test_a_title_with_a_demonym_is_that_states_official(nlp) -> None:
    for demonym, state in (("Egyptian", "Egypt"), ("Kenyan", "Kenya")):
        text = (f"Labour Minister Omar Kadir of {state} signed the protocol in Athens on Monday with Minister Lena Sorel. "
                f"Earlier in the day, the {demonym} Minister was received in Athens by Agriculture Minister Tomas Ruud.")
        officials = [official("Omar Kadir", "Minister of Labour", state), official("Lena Sorel", "Minister", "Greece"),
                     official("Tomas Ruud", "Minister of Agriculture", "Greece")]
        assert {"Omar Kadir", "Tomas Ruud"} in groups(run(nlp, text, officials)), demonym


def test_the_same_signers_also_signing_on_the_same_day_is_one_occasion(nlp) -> None:
    for second in ("a joint statement", "a second memorandum"):
        text = ("Minister Omar Kadir and Minister Lena Sorel signed the protocol in Athens on Monday. "
                f"Following the signing, the two ministers also signed {second} on Monday.")
        officials = [official("Omar Kadir", "Minister", "Egypt"), official("Lena Sorel", "Minister", "Greece")]
        assert groups(run(nlp, text, officials)) == [{"Omar Kadir", "Lena Sorel"}], second



def _draft(people, place=None, date=None, **flags):
    from kg.extract.meetings.drafts import _Draft
    from kg.facts import Evidence

    fields = {"weekday": None, "several_days": False, "distinct": False, "anaphoric": False, "vague_time": False} | flags
    return _Draft(list(people), place, date, evidence=Evidence("x", 0, 1), named=len(people), **fields)


def test_one_person_told_again_without_place_or_time_is_that_meeting() -> None:
    # a headline's "X defends the pact after first meeting with Y" (Y not read there) is the
    # placed or dated meeting the story tells, not a meeting of X alone; two people meeting
    # alone at a summit stay a meeting of their own; a mention saying it is another stays
    from kg.extract.meetings.merge import _fold_bare

    for host, guest, place, date in (("Ines Vadero", "Tomas Ruud", "Lisbon", None),
                                     ("Omar Kadir", "Lena Sorel", None, "2024-03-04")):
        told = _draft([host, guest], place, date)
        assert _fold_bare([_draft([host]), told]) == [told]
        assert _fold_bare([told, _draft([guest])]) == [told]
        other = _draft([host], distinct=True)
        assert _fold_bare([told, other]) == [told, other]
        pair = _draft([host, guest])
        summit = _draft([host, guest, "Sami Hadid"], place, date)
        assert _fold_bare([summit, pair]) == [summit, pair]
        alone = _draft(["Sami Hadid"])
        assert _fold_bare([told, alone]) == [told, alone]


def test_companions_and_heads_of_a_side_join_the_meeting_just_told(nlp) -> None:
    officials = [official("Ines Varek", "Minister of Trade", "Borduria"),
                 official("Tomas Ruud", "Minister of the Interior", "Ruritania"),
                 official("Tomas Brandt", "Deputy Minister of the Interior", "Ruritania"),
                 official("Lena Sorel", "Ambassador", "Borduria")]
    met = "Trade Minister Ines Varek met Interior Minister Tomas Ruud in Kerns on Monday. "
    for extra, joined in (
        ("Varek led the Borduria delegation, while the other side was headed by Deputy Minister Tomas Brandt.",
         {"Tomas Brandt"}),
        ("The Ruritanian side was led by Deputy Minister Tomas Brandt.", {"Tomas Brandt"}),
        ("Deputy Minister Tomas Brandt and Ambassador Lena Sorel accompanied them.", {"Tomas Brandt", "Lena Sorel"}),
        # a relative clause or a plan tells of no one at this meeting
        ("Brandt, who heads the Ruritanian team, was not there.", set()),
        ("Ambassador Lena Sorel will accompany him to Kerns next month.", set()),
    ):
        assert groups(run(nlp, met + extra, officials)) == [{"Ines Varek", "Tomas Ruud"} | joined], extra


def test_a_signing_that_only_says_whose_a_document_is_is_no_meeting(nlp) -> None:
    officials = [official("Ines Varek", "Minister of the Interior", "Borduria"),
                 official("Tomas Ruud", "Minister of the Interior", "Ruritania")]
    for text in (
        "The first transfers fall under the accord that Interior Minister Ines Varek signed with Ruritania in July.",
        "Judges asked when the first of those agreements, signed by Interior Minister Ines Varek last month, would apply.",
    ):
        assert groups(run(nlp, text, officials)) == [], text
    # a day, or a second person, tells of the signing itself
    for text, who in (
        ("The accord that Interior Minister Ines Varek signed with Ruritania on March 3 takes effect today.", {"Ines Varek"}),
        ("The accord that Interior Minister Ines Varek signed with Interior Minister Tomas Ruud in July takes effect today.",
         {"Ines Varek", "Tomas Ruud"}),
        # no state for the other side and not the agent of the document: her own signing
        ("Interior Minister Ines Varek told reporters that the accord she signed in July will not apply yet.",
         {"Ines Varek"}),
    ):
        assert groups(run(nlp, text, officials)) == [who], text



def test_a_witness_of_the_signing_takes_part_whatever_name_the_participle_hangs_on(nlp) -> None:
    # the parser hangs "witnessed" on "Sorel"
    text = "Interior Minister Tomas Vidal signed the accord with Foreign Minister Lena Sorel, witnessed by President Ana Ruiz."
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Tomas Vidal", "Lena Sorel", "Ana Ruiz"}


def test_ministers_who_join_the_president_join_the_talks_just_told(nlp) -> None:
    text = (
        "President Ana Ruiz and Prime Minister Lena Sorel hold talks at the palace in Kerns. "
        "Trade Minister Tomas Vidal and Interior Minister Paulo Reis join the President."
    )
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Ana Ruiz", "Lena Sorel", "Tomas Vidal", "Paulo Reis"}


def test_one_who_signs_for_the_other_side_right_after_joins_that_signing(nlp) -> None:
    text = (
        "The accord was signed on behalf of the Union by Commissioner Lena Sorel and Minister Tomas Vidal. "
        "Borduria's Interior Minister, Paulo Reis, signed for Borduria."
    )
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Lena Sorel", "Tomas Vidal", "Paulo Reis"}


def test_a_signer_further_on_signs_on_his_own(nlp) -> None:
    text = (
        "The accord was signed on behalf of the Union by Commissioner Lena Sorel and Minister Tomas Vidal. "
        "It covers border guards and patrol boats. It takes effect in May. "
        "Borduria's Interior Minister, Paulo Reis, signed it in Kerns a week later."
    )
    assert len(run(nlp, text)) == 2


def test_hosts_who_receive_their_unnamed_counterparts_meet(nlp) -> None:
    text = (
        "On Monday, Interior Minister Ana Ruiz and Foreign Minister Tomas Vidal received their counterparts "
        "from Borduria, Kerns and Syldavia at the foreign ministry in Lima."
    )
    (m,) = run(nlp, text, [official("Ana Ruiz", "Interior Minister", "Peru")])
    assert set(m.participants) == {"Ana Ruiz", "Tomas Vidal"}


def test_an_office_that_receives_complaints_meets_nobody(nlp) -> None:
    assert run(nlp, "Interior Minister Ana Ruiz received complaints from Borduria and Kerns in Lima.") == []


def test_a_witness_appearing_before_a_senate_committee_abroad_meets_its_chair_and_questioners(nlp) -> None:
    text = (
        "Appearing before the Senate labour committee on Monday, Labour Secretary Omar Kadir said that the "
        "new contracts would protect workers. Committee chairperson Senator Lena Sorel said families were still "
        "waiting for answers. Senator Tomas Ruud and Senator Ines Vadero questioned why the agency kept "
        "recruiting."
    )
    officials = [official("Omar Kadir", "Labour Secretary", "Ghana"), official("Lena Sorel", "Senator", "Ghana"),
                 official("Tomas Ruud", "Senator", "Ghana"), official("Ines Vadero", "Senator", "Ghana")]
    (m,) = run(nlp, text, officials)
    assert set(m.participants) == {"Omar Kadir", "Lena Sorel", "Tomas Ruud", "Ines Vadero"}
    assert m.place == "Accra"
