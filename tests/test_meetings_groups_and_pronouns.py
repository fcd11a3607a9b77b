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
