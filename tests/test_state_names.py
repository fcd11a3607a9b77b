"""The canonical short name of a state (kg/states.py): countryinfo's press name, unless it is
ISO's with a leading article or a former name ISO no longer carries."""

from __future__ import annotations

from kg import gazetteer


def test_a_leading_article_is_not_part_of_the_name():
    assert gazetteer.country("The Gambia").name == "Gambia"
    assert gazetteer.country("Gambia").name == "Gambia"
    assert gazetteer.country("Bahamas").name == "Bahamas"


def test_a_renamed_state_takes_its_current_name_and_keeps_the_former_as_an_alias():
    assert gazetteer.country("Swaziland").name == "Eswatini"
    assert gazetteer.country("Eswatini").name == "Eswatini"
    assert gazetteer.country("Macedonia").name == "North Macedonia"


def test_a_press_name_that_shares_a_stem_with_iso_stays():
    for press in ("Turkey", "Russia", "Ivory Coast", "Czech Republic", "Cape Verde"):
        assert gazetteer.country(press).name == press


def test_the_adjective_of_the_philippines():
    assert gazetteer.country("Philippine").name == "Philippines"


def test_a_press_name_that_was_the_states_withdrawn_iso_entry_gives_way_to_the_iso_name():
    # ISO 3166-3 withdrew "East Timor" (TPTL) when the state took TL: the press follows ISO
    assert gazetteer.country("East Timor").name == "Timor-Leste"
    assert gazetteer.country("Timorese").name == "Timor-Leste"
    assert gazetteer.country("Burma").name == "Myanmar"


def test_the_head_of_an_inverted_iso_name_is_the_state_with_the_plainest_qualifier():
    # "Korea, Republic of" and "Korea, Democratic People's Republic of": bare "Korea" is the first
    names = [c.name for _, _, c in gazetteer.find_countries("Korea and North Korea; Korean and North Korean envoys")]
    assert names == ["South Korea", "North Korea", "South Korea", "North Korea"]
    assert gazetteer.country("Iran").name == "Iran"
    assert gazetteer.country("Virgin Islands") is None  # "..., British" and "..., U.S." tie
