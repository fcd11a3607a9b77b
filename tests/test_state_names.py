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
