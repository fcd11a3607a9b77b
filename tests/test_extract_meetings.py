"""Meetings: who met whom, where and when, one fact per event.

Texts are written for these tests with people and places the seed articles do not use;
expected values are worked out by hand from the rules of :mod:`kg.extract.meetings`.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import Context
from kg.extract.meetings import city_of, country_of_city, extract_meetings
from kg.facts import Article, Evidence, Official

# 2020-03-12 is a Thursday
THURSDAY = "2020-03-12"


def official(name: str, role: str, country: str, text: str) -> Official:
    return Official(name, role, country, Evidence(text, 0, len(text)))


def run(nlp, text: str, date: str | None = THURSDAY, officials: list[Official] | None = None):
    article = Article(id="t", source="t.txt", text=text, date=date)
    ctx = Context(article=article, officials=officials or [], people={})
    return extract_meetings(nlp(text), ctx)


def participants(meetings) -> list[set[str]]:
    return [set(m.participants) for m in meetings]


# --- patterns ---------------------------------------------------------------------------


def test_met_with_gives_both_people_the_city_and_the_day(nlp) -> None:
    (m,) = run(nlp, "On Tuesday, Foreign Minister Clara Benitez met with Secretary of State Tomas Ruud in Lima.")
    assert set(m.participants) == {"Clara Benitez", "Tomas Ruud"}
    assert m.place == "Lima"
    assert m.date == "2020-03-10"  # the Tuesday before the Thursday article


def test_evidence_is_the_sentence_with_its_offsets(nlp) -> None:
    text = "Markets were calm. Foreign Minister Clara Benitez met Secretary of State Tomas Ruud in Quito."
    (m,) = run(nlp, text)
    assert m.evidence.text == text[m.evidence.start : m.evidence.end]
    assert m.evidence.text.startswith("Foreign Minister Clara Benitez met")


def test_hosted(nlp) -> None:
    (m,) = run(nlp, "President Arlo Quenby hosted Prime Minister Ines Vadero at Los Pinos on Monday.")
    assert set(m.participants) == {"Arlo Quenby", "Ines Vadero"}
    assert m.place == "Mexico City"  # a venue plainly in one city
    assert m.date == "2020-03-09"


def test_shaking_hands_is_meeting(nlp) -> None:
    (m,) = run(nlp, "Interior Minister Pavel Orrin shook hands with President Selma Vikander in Managua.")
    assert set(m.participants) == {"Pavel Orrin", "Selma Vikander"}
    assert m.place == "Managua"


def test_talks_between_named_people(nlp) -> None:
    (m,) = run(
        nlp,
        "The plan was announced after talks in Ottawa between Foreign Minister Clara Benitez "
        "and Trade Secretary Tomas Ruud.",
    )
    assert set(m.participants) == {"Clara Benitez", "Tomas Ruud"}
    assert m.place == "Ottawa"


def test_signing_together_is_a_meeting(nlp) -> None:
    (m,) = run(
        nlp,
        "Interior Minister Pavel Orrin and Acting Secretary Lena Marsh signed the accord in the "
        "Oval Office on Friday, as President Arlo Quenby watched.",
    )
    assert set(m.participants) == {"Pavel Orrin", "Lena Marsh", "Arlo Quenby"}
    assert m.place == "Washington"
    assert m.date == "2020-03-06"


def test_a_non_finite_signing_takes_the_subject_of_its_verb(nlp) -> None:
    (m,) = run(
        nlp,
        "Acting Secretary Lena Marsh spoke to reporters in Bogota after signing documents with "
        "Colombia's foreign minister, Clara Benitez.",
    )
    assert set(m.participants) == {"Lena Marsh", "Clara Benitez"}
    assert m.place == "Bogota"


def test_a_trip_to_discuss(nlp) -> None:
    (m,) = run(nlp, "Secretary of State Tomas Ruud flew to Quito to discuss trade.")
    assert m.participants == ["Tomas Ruud"]
    assert m.place == "Quito"


# --- coreference ---------------------------------------------------------------------------


def test_he_is_the_last_official_named(nlp) -> None:
    text = (
        "Acting Secretary Lena Marsh arrived in Panama on Monday. "
        "He signed the memorandum with Panamanian Minister Pavel Orrin."
    )
    meetings = run(nlp, text)
    assert participants(meetings) == [{"Lena Marsh", "Pavel Orrin"}]


def test_a_title_subject_is_the_official_with_that_title(nlp) -> None:
    text = (
        "Acting Trade Secretary Lena Marsh will travel to Lima. "
        "The Acting Secretary will participate in a ministerial with Foreign Minister Clara Benitez "
        "and Interior Minister Pavel Orrin."
    )
    officials = [
        official("Lena Marsh", "Acting Secretary of Trade", "United States", text),
        official("Clara Benitez", "Minister of Foreign Affairs", "Peru", text),
        official("Pavel Orrin", "Minister of the Interior", "Peru", text),
    ]
    (m,) = run(nlp, text, officials=officials)
    assert set(m.participants) == {"Lena Marsh", "Clara Benitez", "Pavel Orrin"}


def test_a_title_subject_without_official_facts_is_the_person_introduced_with_it(nlp) -> None:
    text = (
        "Acting Trade Secretary Lena Marsh will travel to Lima. "
        "The Acting Secretary will participate in a ministerial with Foreign Minister Clara Benitez."
    )
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Lena Marsh", "Clara Benitez"}


# --- participants ----------------------------------------------------------------------------


def test_unnamed_officials_are_not_participants(nlp) -> None:
    (m,) = run(nlp, "Foreign Minister Clara Benitez met with Canadian officials in Toronto.")
    assert m.participants == ["Clara Benitez"]
    assert m.place == "Toronto"


def test_talks_of_governments_with_nobody_named_are_left_out(nlp) -> None:
    assert run(nlp, "Peru held talks with Chile over fishing rights this week.") == []


def test_possessors_and_modifiers_are_not_participants(nlp) -> None:
    (m,) = run(nlp, "Quenby's envoy met Foreign Minister Clara Benitez in Lima, according to Tomas Ruud.")
    assert m.participants == ["Clara Benitez"]


def test_a_person_without_any_office_is_not_enough(nlp) -> None:
    officials = [official("Clara Benitez", "Minister of Foreign Affairs", "Peru", "x")]
    assert run(nlp, "Lawyer Jon Tavers met the novelist Rita Oaks in Lima.", officials=officials) == []


# --- places --------------------------------------------------------------------------------


def test_a_country_is_the_place_when_no_city_is_given(nlp) -> None:
    (m,) = run(nlp, "Foreign Minister Clara Benitez met Secretary Tomas Ruud in Paraguay.")
    assert m.place == "Paraguay"


def test_a_city_wins_over_its_country(nlp) -> None:
    (m,) = run(nlp, "Minister Clara Benitez met President Selma Vikander at the palace in Asuncion, Paraguay.")
    assert m.place == "Asuncion"


def test_a_city_that_only_stands_for_a_government_is_no_place(nlp) -> None:
    (m,) = run(nlp, "Minister Clara Benitez met Secretary Tomas Ruud to discuss what Washington calls a deal.")
    assert m.place is None


def test_places_table() -> None:
    assert city_of("Oval Office") == "Washington"
    assert city_of("Washington, D.C.") == "Washington"
    assert country_of_city("Tegucigalpa") == "Honduras"
    assert city_of("Atlantis") is None


# --- dates ---------------------------------------------------------------------------------


def test_announced_meetings_look_ahead(nlp) -> None:
    (m,) = run(nlp, "Secretary Tomas Ruud will visit Quito on Thursday for talks with President Selma Vikander.")
    assert m.date == THURSDAY  # a Thursday article: "will ... on Thursday" is that day
    (m,) = run(nlp, "Secretary Tomas Ruud will meet President Selma Vikander in Quito on Monday.")
    assert m.date == "2020-03-16"


def test_no_article_date_no_relative_date(nlp) -> None:
    (m,) = run(nlp, "On Tuesday, Minister Clara Benitez met Secretary Tomas Ruud in Lima.", date=None)
    assert m.date is None


def test_month_only_dates_are_null(nlp) -> None:
    (m,) = run(nlp, "In February, Minister Clara Benitez met Secretary Tomas Ruud in Lima.")
    assert m.date is None


def test_talks_over_several_days_have_no_date(nlp) -> None:
    (m,) = run(
        nlp, "After three days of talks in Quito between Minister Clara Benitez and Secretary Tomas Ruud on Monday, both left."
    )
    assert m.date is None


def test_a_signing_takes_the_day_the_agreement_was_made(nlp) -> None:
    text = (
        "Peru signed a trade accord with Chile on Wednesday. "
        "Foreign Minister Clara Benitez and Minister Pavel Orrin signed it at a hotel in Santiago."
    )
    (m,) = run(nlp, text)
    assert m.date == "2020-03-11"


# --- one meeting per event --------------------------------------------------------------------


def test_mentions_of_one_meeting_merge(nlp) -> None:
    text = (
        "Minister Clara Benitez met with Peruvian officials in Lima on Tuesday. "
        "On Tuesday, Benitez met with Secretary of State Tomas Ruud in Lima to discuss fishing."
    )
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Clara Benitez", "Tomas Ruud"}
    assert m.place == "Lima"
    assert m.evidence.text.startswith("On Tuesday, Benitez met")  # the mention naming most people


def test_a_city_merges_with_its_country(nlp) -> None:
    text = (
        "Secretary Tomas Ruud held a series of meetings in Ecuador. "
        "Ruud met President Selma Vikander in Quito."
    )
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Tomas Ruud", "Selma Vikander"}
    assert m.place == "Quito"


def test_different_places_or_days_are_different_meetings(nlp) -> None:
    text = (
        "On Monday, Secretary Tomas Ruud met Minister Clara Benitez in Lima. "
        "On Wednesday, Ruud met Minister Clara Benitez in Lima again. "
        "Ruud also met Minister Clara Benitez in Santiago."
    )
    assert len(run(nlp, text)) == 3


def test_a_day_of_a_several_day_event_is_its_own_meeting(nlp) -> None:
    text = (
        "The accord followed three days of talks in Quito between Minister Clara Benitez and Secretary Tomas Ruud. "
        "Ruud had met Benitez at the palace in Quito on Monday."
    )
    assert len(run(nlp, text)) == 2


def test_also_marks_another_meeting(nlp) -> None:
    text = (
        "Secretary Tomas Ruud will visit Lima for talks with Minister Clara Benitez. "
        "The Secretary will also participate in a bilateral meeting with Chilean officials."
    )
    meetings = run(nlp, text)
    assert participants(meetings) == [{"Tomas Ruud", "Clara Benitez"}, {"Tomas Ruud"}]


# --- people named around the meeting ----------------------------------------------------------


def test_the_person_a_relative_clause_describes_met(nlp) -> None:
    (m,) = run(nlp, "President Selma Vikander, who met President Arlo Quenby in Lima last month, said little.")
    assert set(m.participants) == {"Selma Vikander", "Arlo Quenby"}
    assert m.place == "Lima"
    assert m.date is None  # "last month" is no day


def test_someone_who_attended_the_meeting_joins_it(nlp) -> None:
    text = (
        "Foreign Minister Clara Benitez met Secretary Tomas Ruud in Quito on Tuesday. "
        "Ruud said talks had gone well. "
        "Interior Minister Pavel Orrin, who also attended the meeting, did not comment."
    )
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Clara Benitez", "Tomas Ruud", "Pavel Orrin"}
    assert m.place == "Quito"
    assert m.date == "2020-03-10"


def test_an_undated_meeting_takes_the_day_the_same_two_people_were_just_given(nlp) -> None:
    text = (
        "Foreign Minister Clara Benitez told Secretary Tomas Ruud on Tuesday that exports had doubled. "
        "Benitez met Ruud at the State Department for an hour to review the 60-day plan."
    )
    (m,) = run(nlp, text)
    assert m.date == "2020-03-10"
    assert m.place == "Washington"


def test_the_same_day_is_the_day_of_the_line_before(nlp) -> None:
    text = (
        "MARCH 3 - Peru signs a fishing accord.\n\n"
        "The same day, President Arlo Quenby meets President Selma Vikander in Quito."
    )
    (m,) = run(nlp, text)
    assert m.date == "2020-03-03"
    (m,) = run(nlp, "On March 3, Peru signed a fishing accord. The next day, Minister Clara Benitez met Secretary Tomas Ruud.")
    assert m.date == "2020-03-04"


def test_signers_named_after_by_met(nlp) -> None:
    text = (
        "The accord, which critics call a trap, was signed in February by Peru's fisheries minister at the "
        "time, Pavel Orrin, and Mr. Ruud, who left office in March. Tomas Ruud had been trade secretary."
    )
    meetings = run(nlp, text)
    assert participants(meetings) == [{"Pavel Orrin", "Tomas Ruud"}]
    assert meetings[0].place is None and meetings[0].date is None


def test_a_misspelt_surname_is_the_same_person(nlp) -> None:
    text = (
        "Interior Minister Pavel Orrinson arrived on Monday. "
        "Orinson and Secretary Tomas Ruud signed the memorandum in Lima."
    )
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Pavel Orrinson", "Tomas Ruud"}


def test_the_meeting_takes_the_day_an_earlier_mention_naming_nobody_gave(nlp) -> None:
    text = "Monday's meeting in Quito lasted an hour. Following the meeting, Secretary Tomas Ruud praised Ecuador."
    (m,) = run(nlp, text)
    assert m.participants == ["Tomas Ruud"]
    assert (m.place, m.date) == ("Quito", "2020-03-09")


# --- places, more ------------------------------------------------------------------------------


def test_a_two_word_city_is_no_person(nlp) -> None:
    (m,) = run(nlp, "Minister Clara Benitez met Governor Tomas Ruud in Tuxtla Gutiérrez on Saturday.")
    assert set(m.participants) == {"Clara Benitez", "Tomas Ruud"}
    assert m.place == "Tuxtla Gutiérrez"
    assert m.date == "2020-03-07"


def test_a_state_gives_its_country(nlp) -> None:
    (m,) = run(nlp, "Minister Clara Benitez met Governor Tomas Ruud in Chiapas.")
    assert m.place == "Mexico"


def test_the_sidelines_of_the_general_assembly_are_in_new_york(nlp) -> None:
    (m,) = run(nlp, "President Arlo Quenby met President Selma Vikander on the sidelines of the UN General Assembly.")
    assert m.place == "New York"


def test_a_presidential_house_is_in_the_capital_of_the_country_named(nlp) -> None:
    (m,) = run(nlp, "Honduran President Arlo Quenby received Secretary Tomas Ruud at the Casa Presidencial.")
    assert set(m.participants) == {"Arlo Quenby", "Tomas Ruud"}
    assert m.place == "Tegucigalpa"


def test_a_visit_to_a_city(nlp) -> None:
    (m,) = run(nlp, "Secretary Tomas Ruud met President Selma Vikander during a visit to Tegucigalpa on Monday.")
    assert m.place == "Tegucigalpa"
    assert m.date == "2020-03-09"


def test_places_table_knows_state_capitals() -> None:
    assert country_of_city("Tuxtla Gutiérrez") == "Mexico"
    assert country_of_city("Hermosillo") == "Mexico"


# --- more ways to say it -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Arlo Quenby hosted President Selma Vikander at the White House on Monday.",
        "President Arlo Quenby welcomed his counterpart, Selma Vikander, at the White House on Monday.",
        "President Arlo Quenby received President Selma Vikander at the White House on Monday.",
        "President Arlo Quenby held a bilateral meeting with President Selma Vikander at the White House on Monday.",
        "President Arlo Quenby and President Selma Vikander held a closed-door meeting at the White House on Monday.",
        "President Arlo Quenby held a joint press conference with President Selma Vikander at the White House on Monday.",
    ],
)
def test_ways_of_meeting(nlp, text: str) -> None:
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Arlo Quenby", "Selma Vikander"}
    assert m.place == "Washington"
    assert m.date == "2020-03-09"


def test_a_ministerial_in_a_city(nlp) -> None:
    (m,) = run(nlp, "Secretary Tomas Ruud attended a ministerial in Guatemala City with Minister Clara Benitez.")
    assert set(m.participants) == {"Tomas Ruud", "Clara Benitez"}
    assert m.place == "Guatemala City"


def test_the_two_leaders_are_the_two_people_just_named(nlp) -> None:
    text = (
        "President Arlo Quenby praised President Selma Vikander on Monday. "
        "The two leaders met in Quito on Tuesday."
    )
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Arlo Quenby", "Selma Vikander"}
    assert m.date == "2020-03-10"


# --- not meetings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Arlo Quenby postponed a visit to Lima where he was to meet Minister Clara Benitez.",
        "Quenby had been due to meet Minister Clara Benitez in Lima on Monday.",
        "The summit of President Arlo Quenby and Minister Clara Benitez was cancelled.",
        "President Arlo Quenby did not meet Minister Clara Benitez in Lima.",
        "Minister Clara Benitez said Peru will not sign the accord with President Arlo Quenby.",
        "President Arlo Quenby hopes to meet Minister Clara Benitez in Lima.",
        "President Arlo Quenby could meet Minister Clara Benitez in Lima next month.",
        "Minister Clara Benitez proposed talks with President Arlo Quenby.",
        "Minister Clara Benitez told a press conference in Lima that prices had risen.",
        "President Arlo Quenby signed a decree in Lima on Monday.",
        "Minister Clara Benitez told reporters at the palace in Lima that she was optimistic.",
        "President Arlo Quenby held talks by phone with President Selma Vikander on Monday.",
        "President Arlo Quenby and President Selma Vikander met by video link on Monday.",
        "In a phone call on Monday, President Arlo Quenby and President Selma Vikander discussed trade.",
        "President Arlo Quenby held a press conference in Lima on Monday.",
    ],
)
def test_not_meetings(nlp, text: str) -> None:
    assert run(nlp, text) == []


def test_a_signing_by_others_is_no_meeting_of_the_speaker(nlp) -> None:
    text = "President Arlo Quenby said on Monday that Peru and Chile signed a fishing accord."
    assert run(nlp, text) == []


# --- robustness ------------------------------------------------------------------------------


_WORDS = st.sampled_from(
    [
        "met", "talks", "with", "in", "Lima", "he", "she", "The", "Minister", "Secretary", "Clara",
        "Benitez", "signed", "on", "Friday", "shook", "hands", "Oval", "Office", "also", "meeting",
        "will", "visit", "not", "“", "”", ",", ".", "\n\n", "•", "'s", "2019-13-45", "Acting",
        "three-day", "postponed", "hosted", "ministerial", "to", "discuss", "Paraguay",
    ]
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.one_of(st.lists(_WORDS, max_size=40).map(" ".join), st.text(max_size=200)),
    date=st.sampled_from([None, THURSDAY, "not a date", "2019-02-30"]),
)
def test_never_crashes(nlp, text: str, date: str | None) -> None:
    for m in run(nlp, text, date=date):
        assert m.participants
        assert m.evidence.text == text[m.evidence.start : m.evidence.end]


def _ministers(*names: str) -> list[Official]:
    return [official(n, "Minister", "Panama", n) for n in names]


def test_i_in_a_q_and_a_answer_is_the_interviewee(nlp) -> None:
    text = (
        "Q&A: the envoy on the camps\n\nPedro Lara is the regional director of the agency.\n\n"
        "Q: Can Panama process claims?\n\n"
        "A: Not yet. I met Foreign Minister Ana Ruiz in Panama City on Monday, and she was candid.\n\n"
        "Q: What about Belize and Honduras?\n\nA: Both signed similar agreements with the United States in September."
    )
    (m,) = run(nlp, text, officials=_ministers("Ana Ruiz"))
    assert set(m.participants) == {"Pedro Lara", "Ana Ruiz"}
    assert m.place == "Panama City"


def test_someone_who_also_attended_the_ceremony_joins_the_signing(nlp) -> None:
    text = (
        "Minister Tomas Vidal and Minister Marta Solis today signed a memorandum in Panama City. "
        "Foreign Minister Ana Ruiz also attended the ceremony at the Ministry of Security in Panama City."
    )
    (m,) = run(nlp, text, officials=_ministers("Tomas Vidal", "Marta Solis", "Ana Ruiz"))
    assert set(m.participants) == {"Tomas Vidal", "Marta Solis", "Ana Ruiz"}


def test_a_person_the_text_rules_out_is_no_participant(nlp) -> None:
    text = "The agreement was signed by Foreign Minister Ana Ruiz, not by Security Minister Tomas Vidal."
    (m,) = run(nlp, text, officials=_ministers("Ana Ruiz", "Tomas Vidal"))
    assert m.participants == ["Ana Ruiz"]


def test_one_signatory_with_two_counterparts_is_two_signings(nlp) -> None:
    text = (
        "The first agreement was signed in the Oval Office by Tomas Vidal and Marta Solis. "
        "Vidal signed the second one in Washington with foreign minister Ana Ruiz."
    )
    found = run(nlp, text, officials=_ministers("Tomas Vidal", "Marta Solis", "Ana Ruiz"))
    assert participants(found) == [{"Tomas Vidal", "Marta Solis"}, {"Tomas Vidal", "Ana Ruiz"}]


def test_raising_a_case_with_someone_when_he_visits_is_an_announced_meeting(nlp) -> None:
    text = "Rep. Carla Mendez said she would raise the case with Tomas Vidal when he visits El Paso next week."
    (m,) = run(nlp, text, officials=_ministers("Tomas Vidal"))
    assert (set(m.participants), m.place, m.date) == ({"Carla Mendez", "Tomas Vidal"}, "El Paso", None)


def test_raising_concerns_with_a_plan_is_no_meeting(nlp) -> None:
    assert run(nlp, "Tomas Vidal raised concerns with the plan.", officials=_ministers("Tomas Vidal")) == []


def test_a_signing_in_another_month_is_not_the_dated_meeting(nlp) -> None:
    text = (
        "Tomas Vidal received Marta Solis in Panama City on March 3. "
        "Solis, who signed in July the agreement of her country with Washington, said it works."
    )
    found = run(nlp, text, officials=_ministers("Tomas Vidal", "Marta Solis"))
    assert participants(found) == [{"Tomas Vidal", "Marta Solis"}, {"Marta Solis"}]


# --- signings told in passing, witnesses and pronoun objects ------------------------------


def test_a_passive_signing_in_the_presence_of_someone_is_a_meeting_of_all_three(nlp) -> None:
    text = (
        "The treaty was signed by the foreign minister, Clara Benitez, and the interior secretary, "
        "Tomas Ruud, in the presence of President Arlo Quenby, the ministry said in a statement."
    )
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Clara Benitez", "Tomas Ruud", "Arlo Quenby"}


def test_a_signing_in_a_relative_clause_of_a_sentence_about_something_else(nlp) -> None:
    text = (
        "A court on Tuesday rejected two petitions seeking to annul the treaty that Foreign Minister "
        "Clara Benitez signed with Secretary Tomas Ruud in Lima on March 3."
    )
    (m,) = run(nlp, text)
    assert (set(m.participants), m.place, m.date) == ({"Clara Benitez", "Tomas Ruud"}, "Lima", "2020-03-03")


def test_an_object_pronoun_is_the_other_official_the_sentence_names(nlp) -> None:
    text = "Foreign Minister Clara Benitez said that Secretary Tomas Ruud will travel to Lima in May to meet with her."
    (m,) = run(nlp, text)
    assert (set(m.participants), m.place) == ({"Clara Benitez", "Tomas Ruud"}, "Lima")


def test_an_object_pronoun_the_sentence_does_not_name_stays_unknown(nlp) -> None:
    text = (
        "Secretary Tomas Ruud defended the policy in a memo. "
        "The man was taken to a shelter, said Pia Lund, a lawyer who met him at the airport."
    )
    assert run(nlp, text, officials=_ministers("Tomas Ruud")) == []


def test_the_people_of_a_signing_take_its_place_and_day_from_the_sentence_before(nlp) -> None:
    text = (
        'Ruritania signs treaty in Lima: "We will not be a buffer"\n\n'
        "Ruritania on Wednesday became the second country to sign the treaty, "
        "in a ceremony held in Lima.\n\n"
        "The treaty was signed by Foreign Minister Clara Benitez and Secretary Tomas Ruud.\n\n"
        "Speaking by telephone from Lima, Benitez said the treaty would take effect in May."
    )
    (m,) = run(nlp, text)
    assert (set(m.participants), m.place, m.date) == ({"Clara Benitez", "Tomas Ruud"}, "Lima", "2020-03-11")


def test_a_meeting_does_not_take_the_place_of_a_signing_told_just_before(nlp) -> None:
    text = (
        "Ruritania signed a similar treaty last Friday in Lima.\n\n"
        "Foreign Minister Clara Benitez said Secretary Tomas Ruud will meet her in Quito."
    )
    (m,) = run(nlp, text)
    assert (set(m.participants), m.place, m.date) == ({"Clara Benitez", "Tomas Ruud"}, "Quito", None)


def test_visiting_the_capital_is_the_one_city_the_sentence_names(nlp) -> None:
    text = "In Quito, Foreign Minister Clara Benitez said that Secretary Tomas Ruud will visit the capital to meet with her."
    (m,) = run(nlp, text)
    assert (set(m.participants), m.place) == ({"Clara Benitez", "Tomas Ruud"}, "Quito")


def test_someone_also_in_the_room_or_present_joins_the_meeting_just_told(nlp) -> None:
    text = (
        "Secretary Tomas Ruud and Foreign Minister Clara Benitez signed the treaty in Lima on Monday. "
        "Lima's mayor, Arlo Quenby, was also in the room. His deputy, Pia Lund, was present too."
    )
    (m,) = run(nlp, text)
    assert (set(m.participants), m.place) == ({"Tomas Ruud", "Clara Benitez", "Arlo Quenby", "Pia Lund"}, "Lima")


def test_someone_in_the_room_with_no_meeting_told_is_no_meeting(nlp) -> None:
    assert run(nlp, "Lima's mayor, Arlo Quenby, was in the room on Monday.") == []


# --- congressional hearings -----------------------------------------------------------------

_HEARING = (
    "Senators on Wednesday pressed two officials over the border plan.\n\n"
    "The hearing of the Senate Foreign Relations subcommittee was the first on the plan.\n\n"
    '"Where is the money?" Sen. Carla Mendez of Ohio told the witnesses, Tomas Vidal, the acting '
    "director of the Border Agency, and Marta Solis, the deputy secretary of state.\n\n"
    "Sen. Pia Lund, R-Utah, who chairs the subcommittee, said she backed the plan.\n\n"
    "In the House, Rep. Arlo Quenby said in a statement that the plan would fail."
)


def test_a_congressional_hearing_is_a_meeting_of_its_questioners_chair_and_witnesses(nlp) -> None:
    (m,) = run(nlp, _HEARING)
    assert set(m.participants) == {"Carla Mendez", "Tomas Vidal", "Marta Solis", "Pia Lund"}
    assert (m.place, m.date) == ("Washington", "2020-03-11")  # the Wednesday before; Washington unless stated


def test_a_court_hearing_is_no_meeting(nlp) -> None:
    text = (
        "Migrants wait for hearings in immigration courts. "
        "Judge Tomas Vidal told the witnesses, Marta Solis and Carla Mendez, to return in May."
    )
    assert run(nlp, text, officials=_ministers("Tomas Vidal")) == []


# --- "his two colleagues" ----------------------------------------------------------------------


def _cabinet() -> list[Official]:
    return [
        official("Tomas Vidal", "Minister of the Interior", "Panama", "Tomas Vidal"),
        official("Marta Solis", "Secretary of Security", "Costa Rica", "Marta Solis"),
        official("Ana Ruiz", "Minister of Government", "Belize", "Ana Ruiz"),
        official("Pia Lund", "Director of the Border Agency", "United States", "Pia Lund"),
    ]


def test_his_two_colleagues_are_the_peers_of_his_last_meeting(nlp) -> None:
    text = (
        "Interior Minister Tomas Vidal met Secretary of Security Marta Solis, Minister of Government "
        "Ana Ruiz and Director Pia Lund in Panama City on Monday. "
        "Marta Solis said that she will receive her two colleagues in San Jose next week for a second meeting."
    )
    found = run(nlp, text, officials=_cabinet())
    assert participants(found)[1] == {"Marta Solis", "Tomas Vidal", "Ana Ruiz"}  # not the agency director
    assert found[1].place == "San Jose"


def test_colleagues_that_do_not_add_up_are_left_unnamed(nlp) -> None:
    text = (
        "Interior Minister Tomas Vidal met Secretary of Security Marta Solis, Minister of Government "
        "Ana Ruiz and Director Pia Lund in Panama City on Monday. "
        "Marta Solis said that she will receive her three colleagues in San Jose next week for a second meeting."
    )
    found = run(nlp, text, officials=_cabinet())
    assert participants(found)[1] == {"Marta Solis", "Tomas Vidal", "Ana Ruiz", "Pia Lund"}


def test_she_in_what_a_named_speaker_said_is_the_speaker(nlp) -> None:
    text = "Marta Solis, who replaced Pia Lund in May, said that she will meet Ana Ruiz in Lima."
    (m,) = run(nlp, text, officials=_cabinet())
    assert (set(m.participants), m.place) == ({"Marta Solis", "Ana Ruiz"}, "Lima")


def test_they_in_a_when_clause_are_the_people_of_the_clause_above(nlp) -> None:
    text = (
        "Mr. Lund said the envoy, Tomas Vidal, had raised the matter with Peru's Foreign Minister, "
        "Clara Benitez, when they met in Lima on 3 March."
    )
    (m,) = run(nlp, text)
    assert (set(m.participants), m.place, m.date) == ({"Tomas Vidal", "Clara Benitez"}, "Lima", "2020-03-03")


def test_due_in_a_city_on_a_weekday_to_meet_is_announced_there(nlp) -> None:
    text = "Secretary Tomas Ruud is due in Quito on Friday to meet President Arlo Quenby."
    (m,) = run(nlp, text)
    assert (set(m.participants), m.place, m.date) == ({"Tomas Ruud", "Arlo Quenby"}, "Quito", "2020-03-13")


def test_a_two_day_visit_told_of_a_participant_leaves_the_meeting_its_day(nlp) -> None:
    text = (
        "Foreign Minister Clara Benitez met Wednesday in Lima with Tomas Ruud, the border commissioner, "
        "who was on a two-day visit to review the program."
    )
    (m,) = run(nlp, text)
    assert (set(m.participants), m.place, m.date) == ({"Clara Benitez", "Tomas Ruud"}, "Lima", "2020-03-11")


def test_three_days_of_talks_still_have_no_day(nlp) -> None:
    text = "Foreign Minister Clara Benitez and Secretary Tomas Ruud ended three days of talks in Lima on Wednesday."
    (m,) = run(nlp, text)
    assert m.date is None


def test_an_undated_signing_in_a_live_blog_entry_is_on_the_articles_day(nlp) -> None:
    text = (
        "LIVE: Peru signs border pact\n\n"
        "4:05 p.m. — It's done. Foreign Minister Clara Benitez and Secretary Tomas Ruud signed the pact "
        "in the Oval Office.\n\n"
        "3:10 p.m. — Secretary Tomas Ruud says he will meet President Arlo Quenby in Lima."
    )
    found = run(nlp, text)
    assert [(m.place, m.date) for m in found] == [("Washington", THURSDAY), ("Lima", None)]


def test_who_testified_and_who_was_asked_by_a_member_are_witnesses(nlp) -> None:
    text = (
        "Secretary Tomas Ruud testified on Tuesday before the Senate Judiciary Committee. "
        "At the hearing, Sen. Carla Mendez asked Ruud how many officers the program had."
    )
    (m,) = run(nlp, text)
    assert (set(m.participants), m.place, m.date) == ({"Tomas Ruud", "Carla Mendez"}, "Washington", "2020-03-10")


def test_a_member_questioning_a_named_official_at_a_committee_hearing(nlp) -> None:
    text = "At a House Homeland Security Committee hearing on Tuesday, Rep. Carla Mendez questioned acting Secretary Tomas Ruud."
    (m,) = run(nlp, text)
    assert (set(m.participants), m.place, m.date) == ({"Carla Mendez", "Tomas Ruud"}, "Washington", "2020-03-10")


def test_nameless_people_present_somewhere_give_no_meeting_its_place(nlp) -> None:
    text = (
        "Police officers were present in Lima on Monday. "
        "Foreign Minister Clara Benitez called the meeting a success."
    )
    assert [m.place for m in run(nlp, text)] in ([], [None])


def test_someone_who_witnessed_the_signing_joins_it(nlp) -> None:
    text = (
        "Foreign Minister Clara Benitez and Secretary Tomas Ruud signed the treaty in Lima. "
        "President Arlo Quenby witnessed the signing."
    )
    (m,) = run(nlp, text)
    assert (set(m.participants), m.place) == ({"Clara Benitez", "Tomas Ruud", "Arlo Quenby"}, "Lima")


# --- round e0: subjects with a title after the name, talks hung on the object, boroughs ------------


def test_an_untagged_name_with_a_title_after_it_is_the_subject(nlp) -> None:
    text = "Teodoro Vasquez, undersecretary for Asia and the Pacific, met Foreign Minister Clara Benitez in Lima on Tuesday."
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Teodoro Vasquez", "Clara Benitez"}
    assert m.place == "Lima"


def test_discussed_with_a_person_hung_on_the_object_is_talks(nlp) -> None:
    text = (
        "Foreign Minister Clara Benitez discussed the plan on Monday with Interior Minister Tomas Ruud at the "
        "ministry in Quito, and spoke by phone the same day with her Peruvian counterpart, Ines Vadero."
    )
    (m,) = run(nlp, text)
    assert set(m.participants) == {"Clara Benitez", "Tomas Ruud"}
    assert m.place == "Quito"


def test_a_borough_is_its_city(nlp) -> None:
    assert city_of("Manhattan") == "New York"
    (m,) = run(nlp, "President Arlo Quenby met Prime Minister Ines Vadero at a hotel in Manhattan on Monday.")
    assert m.place == "New York"
