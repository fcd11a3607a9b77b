"""Posts that ``kg/data/titles.json`` names as heads of their own: a Kenyan-style Principal
Secretary with the field before it, a ministry kept under its own name (External Relations
is no alias of Foreign Affairs), and the legislature's Leader of the Opposition.

Sentences are written for the test, with invented office holders.
"""

from __future__ import annotations

from conftest import official_posts_in


def posts(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    return official_posts_in(nlp, text, "2023-05-02")


def test_a_field_before_a_principal_secretary_goes_after_for(nlp) -> None:
    found = posts(nlp, "The memorandum was signed for Uganda by Labour Principal Secretary Grace Akello on Friday.")
    assert ("Grace Akello", "Principal Secretary for Labour", "Uganda") in found


def test_a_ministry_of_external_relations_keeps_its_name(nlp) -> None:
    found = posts(nlp, "In Dakar, Gabon's Minister of External Relations, Paul Mba, signed the accord.")
    assert ("Paul Mba", "Minister of External Relations", "Gabon") in found


def test_a_foreign_minister_is_still_minister_of_foreign_affairs(nlp) -> None:
    found = posts(nlp, "In Dakar, Gabon's foreign minister, Paul Mba, signed the accord.")
    assert ("Paul Mba", "Minister of Foreign Affairs", "Gabon") in found


def test_the_opposition_leader_holds_a_post(nlp) -> None:
    found = posts(nlp, "The Opposition Leader, Peter Kenilorea, said the workers must be protected.")
    assert ("Peter Kenilorea", "Leader of the Opposition", None) in found


def test_a_party_leader_is_no_leader_of_the_opposition(nlp) -> None:
    found = posts(nlp, "Green party leader Peter Kenilorea said the workers must be protected.")
    assert not any(role == "Leader of the Opposition" for _, role, _ in found)


def test_a_lower_case_opposition_leader_describes_a_politician(nlp) -> None:
    found = posts(nlp, "Peru's then-President Ana Torres recognised opposition leader Carlos Vega in 2020.")
    assert not any(name == "Carlos Vega" and role for name, role, _ in found)


def test_the_leader_of_an_opposition_party_holds_no_office(nlp) -> None:
    found = posts(nlp, "Marta Rossi, leader of the opposition Green Party, said the government had failed.")
    assert not any(role == "Leader of the Opposition" for _, role, _ in found)


def test_a_commissioner_of_the_eu_is_a_european_commissioner(nlp) -> None:
    found = posts(nlp, "The European Union sent its Commissioner for Home Affairs, Marta Kowalczyk, to Belgrade on Monday.")
    assert ("Marta Kowalczyk", "European Commissioner for Home Affairs", "European Union") in found


def test_head_named_by_state_leaves_other_states_posts(nlp) -> None:
    from kg.extract.title_parts import head_named_by_state

    assert head_named_by_state("Commissioner for Home Affairs", "European Union") == "European Commissioner for Home Affairs"
    assert head_named_by_state("Commissioner for Refugees", "Germany") == "Commissioner for Refugees"
    assert head_named_by_state("High Commissioner", "European Union") == "High Commissioner"
