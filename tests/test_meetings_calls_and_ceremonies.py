"""Meetings: a courtesy call on someone, and "the ceremony" that is the signing.

"X called on Prime Minister Y in Z" is a meeting of X and Y (an appeal, "called on Y to
resign", is none); "W, who attended the ceremony" after a signing and talks told since is
at the signing, not at the talks.

Texts are written for these tests with invented people.
"""

from __future__ import annotations

from test_meetings_transfer import groups, official, run


def test_a_call_on_a_named_person_is_a_meeting(nlp) -> None:
    text = "Labour Minister Ines Vadero called on Prime Minister Arlo Quenby at his residence in Lima on Monday."
    officials = [official("Ines Vadero", "Minister of Labour", "Chile"), official("Arlo Quenby", "Prime Minister", "Peru")]
    (meeting,) = run(nlp, text, officials)
    assert set(meeting.participants) == {"Ines Vadero", "Arlo Quenby"} and meeting.place == "Lima"


def test_a_call_on_a_title_then_the_name_is_a_meeting(nlp) -> None:
    text = "Minister Tomas Ruud called on His Excellency Sheikh Omar bin Kadir, the Prime Minister, in Doha."
    officials = [official("Tomas Ruud", "Minister of Labour", "Nepal"), official("Omar bin Kadir", "Prime Minister", "Qatar")]
    assert groups(run(nlp, text, officials)) == [{"Tomas Ruud", "Omar bin Kadir"}]


def test_a_call_on_someone_to_act_is_no_meeting(nlp) -> None:
    text = "Senator Tomas Ruud called on President Arlo Quenby to resign over the deal."
    officials = [official("Tomas Ruud", "Senator", "Peru"), official("Arlo Quenby", "President", "Peru")]
    assert run(nlp, text, officials) == []


def test_who_attended_the_ceremony_joins_the_signing_not_the_talks_told_since(nlp) -> None:
    text = (
        "Labour Minister Ines Vadero and Interior Minister Tomas Ruud signed the agreement at the ministry in Lima on Wednesday. "
        "The agreement was preceded by two days of talks between a delegation led by Secretary Arlo Quenby and officials of the ministry. "
        "The ambassador to Peru, Lena Sorel, who attended the ceremony, said the embassy expected demand to grow."
    )
    officials = [official("Ines Vadero", "Minister of Labour", "Chile"), official("Tomas Ruud", "Minister of the Interior", "Peru"),
                 official("Arlo Quenby", "Secretary", "Chile"), official("Lena Sorel", "Ambassador to Peru", "Chile")]
    assert groups(run(nlp, text, officials)) == [{"Arlo Quenby"}, {"Ines Vadero", "Tomas Ruud", "Lena Sorel"}]


def test_a_call_whose_caller_is_not_named_is_no_meeting(nlp) -> None:
    text = "They will call on Prime Minister Lena Sorel before visiting the camps on Monday."
    assert run(nlp, text, [official("Lena Sorel", "Prime Minister", "Bangladesh")]) == []


def test_a_signing_at_the_end_of_a_meeting_of_others_is_its_own_event(nlp) -> None:
    text = (
        "President Arlo Quenby and President Lena Sorel met for three hours in Lima on Saturday. "
        "At the end of the meeting, Foreign Minister Tomas Ruud and Foreign Minister Ines Vadero signed a memorandum of understanding."
    )
    officials = [official("Arlo Quenby", "President", "Peru"), official("Lena Sorel", "President", "Chile"),
                 official("Tomas Ruud", "Minister of Foreign Affairs", "Peru"), official("Ines Vadero", "Minister of Foreign Affairs", "Chile")]
    found = run(nlp, text, officials)
    assert [(set(m.participants), m.place, m.date) for m in found] == [
        ({"Arlo Quenby", "Lena Sorel"}, "Lima", "2020-03-07"), ({"Tomas Ruud", "Ines Vadero"}, "Lima", "2020-03-07")]


def test_a_subject_of_the_sentence_before_is_no_participant(nlp) -> None:
    text = (
        "8 July 2022 - European Commissioner for Home Affairs Lena Sorel meets Moroccan Interior Minister Tomas Ruud in Rabat. "
        "She announces €500 million in EU support for Morocco's migration partnership for 2021-2027.\n\n"
        "1-2 February 2023 - Rudo and Head of Government Arlo Quenby co-chair the high-level meeting in Rabat. Rudo announces €800 million in financing."
    )
    officials = [official("Lena Sorel", "Commissioner", "European Union"), official("Tomas Ruud", "Minister of the Interior", "Morocco"),
                 official("Arlo Quenby", "Head of Government", "Morocco")]
    found = run(nlp, text, officials)
    assert [set(m.participants) for m in found if m.date == "2022-07-08"] == [{"Lena Sorel", "Tomas Ruud"}]
    assert all("Lena Sorel" not in m.participants for m in found if m.date != "2022-07-08")


def test_a_king_receives_a_guest_the_tagger_took_for_a_place(nlp) -> None:
    text = ("18 March 2022 - Prime Minister Pedro Sánchez calls the plan credible.\n\n"
            "7 April 2022 - King Omar II receives Sánchez in Rabat. The two sides adopt a joint declaration.")
    officials = [official("Omar II", "King", "Morocco"), official("Pedro Sánchez", "Prime Minister", "Spain")]
    found = run(nlp, text, officials)
    assert [(set(m.participants), m.place) for m in found] == [({"Omar II", "Pedro Sánchez"}, "Rabat")]


def test_a_venue_several_capitals_have_is_in_the_city_of_the_dateline(nlp) -> None:
    text = (
        "Tegucigalpa, May 8, 2022 (EFE).- President Arlo Quenby and President Lena Sorel agreed to open work routes.\n\n"
        "The two leaders met for about three hours at the Casa Presidencial, on a tour that took Quenby to Guatemala earlier in the week."
    )
    officials = [official("Arlo Quenby", "President", "Mexico"), official("Lena Sorel", "President", "Honduras")]
    (meeting,) = run(nlp, text, officials)
    assert meeting.place == "Tegucigalpa"


def test_the_host_of_a_summit_told_in_its_relative_clause_takes_part(nlp) -> None:
    text = "On Tuesday Director Tomas Ruud is due to attend the Leaders' Summit on Refugees that President Arlo Quenby is hosting at the UN."
    officials = [official("Tomas Ruud", "Director General", "International Organization for Migration"),
                 official("Arlo Quenby", "President", "United States")]
    assert groups(run(nlp, text, officials)) == [{"Tomas Ruud", "Arlo Quenby"}]


def test_a_signing_at_a_named_summit_does_not_join_the_meeting_told_before(nlp) -> None:
    text = (
        "Foreign Minister Tomas Ruud, who chaired the meeting, praised the text. "
        "It sits alongside the Quito Declaration, signed on June 10, 2022 at the Summit of the Americas hosted by President Arlo Quenby."
    )
    officials = [official("Tomas Ruud", "Minister of Foreign Affairs", "Chile"), official("Arlo Quenby", "President", "United States")]
    assert all(set(m.participants) != {"Tomas Ruud", "Arlo Quenby"} for m in run(nlp, text, officials))


def test_talks_the_same_people_later_held_are_another_event_there_and_then(nlp) -> None:
    text = (
        "The pact was signed in Berlin on Friday by Minister Ines Vadero and Minister Tomas Ruud, in the presence of "
        "President Arlo Quenby and Chancellor Lena Sorel. Quenby and Sorel later held talks at the Chancellery on trade."
    )
    officials = [official("Ines Vadero", "Minister of Foreign Affairs", "Kenya"), official("Tomas Ruud", "Minister of the Interior", "Germany"),
                 official("Arlo Quenby", "President", "Kenya"), official("Lena Sorel", "Chancellor", "Germany")]
    found = run(nlp, text, officials)
    assert [(set(m.participants), m.place, m.date) for m in found] == [
        ({"Ines Vadero", "Tomas Ruud", "Arlo Quenby", "Lena Sorel"}, "Berlin", "2020-03-06"),
        ({"Arlo Quenby", "Lena Sorel"}, "Berlin", "2020-03-06")]


def test_an_act_two_presidents_sign_together_is_a_joint_signing(nlp) -> None:
    text = (
        "President Ana Ruiz and Bordurian President Tomas Vidal sign the Kerns Presidential Act at the palace, "
        "witnessed by President Lena Sorel."
    )
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Ana Ruiz", "Tomas Vidal", "Lena Sorel"}


def test_an_act_one_president_signs_is_still_no_meeting(nlp) -> None:
    assert run(nlp, "President Ana Ruiz signed the Migration Act in Lima on Monday.") == []
