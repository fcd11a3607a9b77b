"""Country mentions: every alias and demonym, and the look-alikes that are not countries."""

from __future__ import annotations

import pytest

from kg.gazetteer import country, find_countries


def names(text: str) -> list[str]:
    return [c.name for _, _, c in find_countries(text)]


@pytest.mark.parametrize("mention", ["US", "U.S.", "the United States", "United States of America",
                                     "the United States of America", "America", "American"])
def test_every_alias_of_the_united_states(mention):
    assert country(mention).name == "United States"
    assert names(f"Talks with {mention} went on.") == ["United States"]


def test_demonyms_and_possessives_name_the_state():
    assert names("Salvadoran and Honduran ministers met Mexico's envoy.") == ["El Salvador", "Honduras", "Mexico"]


@pytest.mark.parametrize("text", ["She landed in Panama City.", "Talks in Guatemala City ended.",
                                  "Mexico City hosted them.", "Central American leaders", "Latin America"])
def test_capitals_named_after_their_country_and_regions_are_not_countries(text):
    assert names(text) == []


def test_country_before_a_comma_and_city_is_still_the_country():
    assert names("Panama, City officials said") == ["Panama"]


@pytest.mark.parametrize("text, found", [
    ("Germany and Georgia's interior minister signed a returns deal.", ["Germany", "Georgia"]),
    ("Tbilisi says Georgia will take back its nationals.", ["Georgia"]),
    ("Niger has ended its cooperation with the European Union.", ["Niger"]),
    ("Detainees were moved from the state of Georgia to a camp.", []),
    ("Detention centres in Georgia and Texas are full.", []),
    ("Georgia state troopers and the governor of Georgia disagreed.", []),
    ("Farmers in Niger State and Kano complained.", []),
])
def test_a_state_that_is_also_another_states_subdivision(text, found):
    assert [c.name for _, _, c in find_countries(text)] == found


@pytest.mark.parametrize("text, found", [
    ("The Baltic States and the Nordic States agreed a plan.", []),
    ("Twelve Member States backed the pact with Peru.", ["Peru"]),
    ("Refugees reached the States from Haiti.", ["United States", "Haiti"]),
    ("Ministers of The Gambia and Gambia's neighbours met.", ["Gambia", "Gambia"]),
])
def test_a_one_word_form_is_a_state_only_with_its_article(text, found):
    assert names(text) == found
