"""Meetings: who a group or a pronoun subject is. A delegation whose relative clause lists its
people brings them; "the two met" are the two people named just before; a pronoun subject is
not the person its own clause meets ("He is due to meet Y" after naming Y is someone else).
Texts are written for these tests with invented people."""

from __future__ import annotations

from test_meetings_transfer import groups, official, run


def test_a_delegation_that_included_people_brings_them(nlp) -> None:
    text = (
        "The Ghanaian delegation, which also included Finance Minister Kofi Mensah and Trade Minister Ama Owusu, "
        "met President Lena Sorel in Lisbon on Wednesday."
    )
    officials = [official("Kofi Mensah", "Finance Minister", "Ghana"), official("Ama Owusu", "Trade Minister", "Ghana"),
                 official("Lena Sorel", "President", "Portugal")]
    assert groups(run(nlp, text, officials)) == [{"Kofi Mensah", "Ama Owusu", "Lena Sorel"}]


def test_the_two_are_the_two_people_named_before(nlp) -> None:
    text = (
        "President Omar Kadir has asked donors for money. He promised President Lena Sorel $10 million "
        "when the two met in Dodoma on June 20."
    )
    officials = [official("Omar Kadir", "President", "Tanzania"), official("Lena Sorel", "President", "Portugal")]
    found = run(nlp, text, officials)
    assert groups(found) == [{"Omar Kadir", "Lena Sorel"}]
    assert found[0].place == "Dodoma"


def test_a_pronoun_subject_is_not_the_person_it_meets(nlp) -> None:
    text = (
        "President Omar Kadir, who took office in June, has close ties with President Lena Sorel's government. "
        "He is due to meet Sorel in Lisbon next week."
    )
    officials = [official("Omar Kadir", "President", "Tanzania"), official("Lena Sorel", "President", "Portugal")]
    assert groups(run(nlp, text, officials)) == [{"Omar Kadir", "Lena Sorel"}]


def test_the_three_after_three_countries_are_no_people(nlp) -> None:
    text = (
        "President Omar Kadir, Minister Lena Sorel and Minister Tomas Ruud spoke in Dodoma. Donors froze aid to "
        "Ghana, Togo and Benin in March and released part of it after the three signed the agreements."
    )
    officials = [official("Omar Kadir", "President", "Tanzania"), official("Lena Sorel", "Minister", "Portugal"),
                 official("Tomas Ruud", "Minister", "Norway")]
    assert run(nlp, text, officials) == []


def test_who_was_joined_by_others_brings_them_to_the_meeting_just_told(nlp) -> None:
    text = (
        "The two ministers, Omar Kadir and Lena Sorel, met at the labour ministry in Lisbon on Monday, where they "
        "also signed a memorandum of understanding.\n\nKadir was joined by Ambassador Tomas Ruud."
    )
    officials = [official("Omar Kadir", "Minister", "Tanzania"), official("Lena Sorel", "Minister", "Portugal"),
                 official("Tomas Ruud", "Ambassador", "Tanzania")]
    assert groups(run(nlp, text, officials)) == [{"Omar Kadir", "Lena Sorel", "Tomas Ruud"}]


def test_telling_a_committee_in_a_city_is_a_meeting_there(nlp) -> None:
    text = (
        "Ghana's ambassador to Portugal, Omar Kadir, told the parliamentary labour committee in Lisbon on Tuesday "
        "that the consulates are overstretched."
    )
    found = run(nlp, text, [official("Omar Kadir", "Ambassador", "Ghana")])
    assert [(m.participants, m.place) for m in found] == [(["Omar Kadir"], "Lisbon")]


def test_an_ordinance_one_leader_signs_is_no_meeting(nlp) -> None:
    text = "The ordinance, signed on Saturday by President Omar Kadir, annuls the 2015 law on smuggling."
    assert run(nlp, text, [official("Omar Kadir", "President", "Ghana")]) == []


def test_signing_off_on_something_is_approving_it_alone(nlp) -> None:
    text = "Senator Omar Kadir, who chairs the subcommittee, signed off on the funding level on Friday."
    assert run(nlp, text, [official("Omar Kadir", "Senator", "Ghana")]) == []


def test_putting_names_to_a_deal_is_signing_it_together(nlp) -> None:
    text = (
        "In the palace in Lisbon, Minister Omar Kadir and Minister Lena Sorel put their names to the accord "
        "as President Tomas Ruud watched."
    )
    officials = [official("Omar Kadir", "Minister", "Ghana"), official("Lena Sorel", "Minister", "Portugal"),
                 official("Tomas Ruud", "President", "Portugal")]
    assert groups(run(nlp, text, officials)) == [{"Omar Kadir", "Lena Sorel", "Tomas Ruud"}]


def test_company_kept_in_the_meeting_the_same_verb_tells_takes_part(nlp) -> None:
    """ "X, who had spent the morning with her in a closed-door meeting": "her" is the official
    named before, with X in that meeting."""
    text = (
        "Foreign Minister Ines Vadero called the deal a win; for President Omar Kadir, who had spent the "
        "morning with her in a closed-door meeting, it was a relief."
    )
    officials = [official("Ines Vadero", "Minister of Foreign Affairs", "Portugal"), official("Omar Kadir", "President", "Ghana")]
    assert [m.participants for m in run(nlp, text, officials)] == [["Omar Kadir", "Ines Vadero"]]


def test_the_two_ministers_are_the_last_two_named_whose_posts_say_minister(nlp) -> None:
    text = (
        "The accord was signed in Lima by Foreign Minister Ana Ruiz and her Bordurian counterpart, Foreign "
        "Minister Tomas Vidal. The migration office, headed by Lena Sorel, will handle the returns. "
        "The two ministers also signed a separate accord on customs."
    )
    officials = [
        official("Ana Ruiz", "Foreign Minister", "Peru"),
        official("Tomas Vidal", "Foreign Minister", "Borduria"),
        official("Lena Sorel", "Head of the Migration Office", "Peru"),
    ]
    assert all("Lena Sorel" not in g for g in groups(run(nlp, text, officials)))


def test_a_plural_title_subject_is_a_group_not_the_one_official_with_that_title(nlp) -> None:
    # "The ministers sign" is not Lena Sorel, named once after "the foreign ministers" years before
    text = (
        "APRIL 22, 2000 \u2013 In Kerns, Peru and Borduria sign the Treaty of Friendship. It is signed by the foreign "
        "ministers, Lena Sorel and Luiz Felipe Tavares, and creates a statute of equality.\n\n"
        "JULY 11, 2003 \u2013 On his first official visit to Lima, President Tomas Vidal and Prime Minister Omar Kadir "
        "sign the Agreement on Hiring.\n\n"
        "APRIL 22, 2023 \u2013 Vidal returns to Lima for the 13th summit. He is received by President Ana Ruiz at the "
        "palace. The ministers sign 13 instruments, among them a memorandum on degrees."
    )
    officials = [official("Ana Ruiz", "President", "Peru"), official("Lena Sorel", "Foreign Minister", "Peru"),
                 official("Tomas Vidal", "President", "Borduria"), official("Omar Kadir", "Prime Minister", "Peru")]
    assert [m.participants for m in run(nlp, text, officials)].count(["Lena Sorel"]) == 1
