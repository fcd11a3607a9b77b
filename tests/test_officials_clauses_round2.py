"""Officials: a legislator's home state after the name, a counterpart of an untagged
surname, and a state's delegation that includes the official.

Every sentence is written for the test, with invented people of real states.
"""

from __future__ import annotations

from conftest import official_posts_in


def posts(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    return official_posts_in(nlp, text, "2019-08-01")


def test_home_state_after_a_legislator_is_not_the_next_title(nlp) -> None:
    text = "The bill was drafted by Sen. Margaret Ellory of Vermont and Rep. Daniel Whitcomb of Ohio."
    assert posts(nlp, text) == {
        ("Margaret Ellory", "Senator", "United States"),
        ("Daniel Whitcomb", "Representative", "United States"),
    }


def test_counterpart_of_a_surname_the_tagger_left_untagged(nlp) -> None:
    text = ("MADRID - Spain and Morocco agreed to share patrol data, Interior Minister Álvaro Serrat said on "
            "Monday. Serrat and his Moroccan counterpart Karim Bennani signed the accord in Rabat on Sunday.")
    found = posts(nlp, text)
    assert ("Karim Bennani", "Minister of the Interior", "Morocco") in found
    assert ("Álvaro Serrat", "Minister of the Interior", "Spain") in found


def test_a_member_of_a_states_delegation_serves_that_state(nlp) -> None:
    text = ("The Chilean delegation, which also included Labour Minister Paula Andrade and Peru's Ambassador "
            "to Chile Jorge Salas, met Bolivian officials in La Paz on Tuesday.")
    found = posts(nlp, text)
    assert ("Paula Andrade", "Minister of Labour", "Chile") in found


def test_a_delegation_gives_its_state_to_members_and_leaders_not_to_whom_it_met(nlp) -> None:
    from kg.annotate.people import mention_of, people
    from kg.extract.state_clues import group_state

    def states(text: str) -> dict[str, str | None]:
        return {m.text: group_state(m) for m in (mention_of(s) for s in people(nlp(text)))}

    assert states("A Peruvian team led by Trade Minister Rosa Quispe arrived in Santiago.") == {"Rosa Quispe": "Peru"}
    assert states("The Chilean delegation, which met Labour Minister Paula Andrade, left.") == {"Paula Andrade": None}


def test_a_body_named_by_the_acronym_spelled_out_before(nlp) -> None:
    text = ("Kenya's National Refugee Commission (NRC) registered 4,000 arrivals in May. "
            "The NRC, now headed by Halima Osman, said on Friday that the camps were full.")
    assert ("Halima Osman", "Head of the National Refugee Commission", "Kenya") in posts(nlp, text)


def test_an_acronym_never_spelled_out_gives_no_post(nlp) -> None:
    text = "The NRC, now headed by Halima Osman, said on Friday that camps in Kenya were full."
    assert not any(name == "Halima Osman" for name, _, _ in posts(nlp, text))


def test_an_apposed_noun_before_who_ran_the_body(nlp) -> None:
    text = ("Paraguay's government said on Monday that Sofía Arce, the economist who ran the National Migration "
            "Directorate, had resigned.")
    assert posts(nlp, text) == {("Sofía Arce", "Head of the National Migration Directorate", "Paraguay")}
    assert posts(nlp, text.replace("ran", "wrote")) == set()


def test_a_successor_and_a_predecessor_share_the_post(nlp) -> None:
    assert posts(nlp, "Defence Minister Petra Holm of Denmark succeeded Karl Brandt in June.") >= {
        ("Karl Brandt", "Minister of Defence", "Denmark")}
    assert posts(nlp, "Danish Interior Minister Ane Lund was replaced by Tomas Berg on Monday.") == {
        ("Ane Lund", "Minister of the Interior", "Denmark"), ("Tomas Berg", "Minister of the Interior", "Denmark")}


def test_whoever_replaced_someone_with_another_keeps_their_own_post(nlp) -> None:
    found = posts(nlp, "Danish Prime Minister Ali Berg replaced Interior Minister Sara Lind with Omar Holm.")
    assert ("Ali Berg", "Prime Minister", "Denmark") in found
    assert {(name, role) for name, role, _ in found} == {
        ("Ali Berg", "Prime Minister"), ("Sara Lind", "Minister of the Interior"), ("Omar Holm", "Minister of the Interior")}


def test_an_ambassador_to_a_capital_is_posted_to_its_state(nlp) -> None:
    text = "The minister arrived with Chile's ambassador to Lima, Rosa Quispe, on Monday."
    assert posts(nlp, text) == {("Rosa Quispe", "Ambassador to Peru", "Chile")}
    assert posts(nlp, "Pablo Ortiz, Chile's ambassador to Lima, said so.") == {("Pablo Ortiz", "Ambassador to Peru", "Chile")}


def test_a_capital_that_recalls_its_ambassador_is_the_state_served(nlp) -> None:
    text = "Lima criticised the plan on Monday. Santiago recalled its ambassador, Pablo Ortiz, the same day."
    assert posts(nlp, text) == {("Pablo Ortiz", "Ambassador", "Chile")}


def test_the_sending_state_after_the_head_and_the_host_after_in() -> None:
    from kg.extract.roles import parse_title

    role = parse_title("the Ambassador of the United States of America in Costa Rica")
    assert (role.role, role.country) == ("Ambassador to Costa Rica", "United States")
    role = parse_title("the ambassador of Chile in Lima")
    assert (role.role, role.country) == ("Ambassador to Peru", "Chile")
    role = parse_title("Representative of UNHCR in Kenya")
    assert (role.role, role.country) == ("Representative in Kenya", "UNHCR")


def test_an_ambassador_of_the_sender_in_the_host_before_the_name(nlp) -> None:
    text = "The minister received the Ambassador of the United States of America in Costa Rica, Ellen Marsh, on Monday."
    assert posts(nlp, text) == {("Ellen Marsh", "Ambassador to Costa Rica", "United States")}
