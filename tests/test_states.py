"""Every state, from pycountry and countryinfo, and the hand table checked against them."""

from __future__ import annotations

import re

import pycountry
import pytest

from kg.gazetteer import capital_country, countries, country, country_by_name, dateline_places, find_countries
from kg.states import hand_table, package_rows


def names(text: str) -> list[str]:
    return [c.name for _, _, c in find_countries(text)]


def test_every_iso_state_is_known():
    known = {c.iso2 for c in countries()}
    assert {c.alpha_2 for c in pycountry.countries} <= known
    assert len(known) == len(countries())  # one row per state


@pytest.mark.parametrize(("state", "demonym", "iso3"), [
    ("Rwanda", "Rwandan", "RWA"), ("Tunisia", "Tunisian", "TUN"), ("Libya", "Libyan", "LBY"),
    ("Egypt", "Egyptian", "EGY"), ("Morocco", "Moroccan", "MAR"), ("Albania", "Albanian", "ALB"),
    ("Mauritania", "Mauritanian", "MRT"), ("Netherlands", "Dutch", "NLD"),
    ("Papua New Guinea", "Papua New Guinean", "PNG"), ("Nauru", "Nauruan", "NRU"),
    ("Turkey", "Turkish", "TUR"), ("United Kingdom", "British", "GBR"),
])
def test_states_of_other_migration_deals_are_recognised_in_text(state, demonym, iso3):
    c = country_by_name(state)
    assert c is not None and c.iso3 == iso3
    assert country(demonym) is c
    assert names(f"The {demonym} government and {state} signed.") == [state, state]


@pytest.mark.parametrize(("mention", "state"), [
    ("the Netherlands", "Netherlands"), ("Holland", "Netherlands"), ("Türkiye", "Turkey"),
    ("Turkiye", "Turkey"), ("Britain", "United Kingdom"), ("UK", "United Kingdom"),
    ("U.K.", "United Kingdom"), ("Great Britain", "United Kingdom"), ("PNG", "Papua New Guinea"),
    ("Rwandans", "Rwanda"), ("Britons", "United Kingdom"), ("Ivory Coast", "Ivory Coast"),
    ("Côte d'Ivoire", "Ivory Coast"), ("Kosovo", "Kosovo"),
])
def test_aliases_and_plural_demonyms(mention, state):
    assert country(mention).name == state
    assert names(f"Officials from {mention} arrived.") == [state]


@pytest.mark.parametrize("text", [
    "Chad Wolf spoke.", "Chad F. Wolf spoke.", "Jordan Bardella said so.", "Israel Katz said so.",
    "in New Jersey", "a detention centre in the state of Georgia", "camps in Georgia and Texas", "Thomas Mann wrote",
])
def test_given_names_and_us_states_are_not_countries(text):
    assert names(text) == []


def test_a_state_named_like_a_person_before_its_government_words():
    assert names("Chad President Idriss Deby and Jordan officials") == ["Chad", "Jordan"]


def test_iso_codes_alone_are_not_mentions():
    # "IT", "NO", "AL" are codes, not words the press uses for Italy, Norway, Albania
    assert names("IT staff said NO to AL.") == []


@pytest.mark.parametrize(("capital", "state"), [("Kigali", "Rwanda"), ("Rome", "Italy"), ("Tunis", "Tunisia"),
                                                ("Tirana", "Albania"), ("Washington", "United States")])
def test_capitals_stand_for_their_state(capital, state):
    assert capital_country(capital).name == state
    assert dateline_places()[capital] == state


def test_capital_country_is_none_for_other_words():
    assert capital_country("Springfield") is None


# --- the hand table is only what the packages lack ---------------------------------------


def _rows() -> list[dict]:
    return hand_table()["countries"]


def test_hand_rows_are_iso_states_or_carry_their_own_name():
    iso = {c.alpha_2 for c in pycountry.countries}
    assert [r["iso2"] for r in _rows() if r["iso2"] not in iso and not r.get("name")] == []
    assert len({r["iso2"] for r in _rows()}) == len(_rows())


def test_hand_aliases_and_demonyms_add_to_the_packages():
    packages = package_rows()
    repeated = [(r["iso2"], form) for r in _rows() if r["iso2"] in packages
                for form in (*r.get("aliases", ()), *r.get("demonyms", ()))
                if form in packages[r["iso2"]]["names"] or form in packages[r["iso2"]]["demonyms"]]
    assert repeated == []


def test_hand_names_differ_from_the_package_name():
    packages = package_rows()
    assert [r for r in _rows() if r.get("name") and r["iso2"] in packages
            and r["name"] == packages[r["iso2"]]["names"][0]] == []


def test_hand_qids_are_well_formed_and_distinct():
    qids = [r["wikidata"] for r in _rows() if "wikidata" in r]
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in qids)
    assert len(set(qids)) == len(qids)


def test_left_out_forms_are_package_forms():
    packages = package_rows()
    every = {f for p in packages.values() for f in (*p["names"], *p["demonyms"])}
    left_out = hand_table()["forms_left_out"]["forms"]
    assert [f for f in left_out if f not in every] == []


def test_seats_of_government_open_datelines_too():
    assert dateline_places()["The Hague"] == "Netherlands"
    assert capital_country("Abidjan").name == capital_country("Yamoussoukro").name == "Ivory Coast"


@pytest.mark.parametrize(("text", "states"), [
    ("Niger and Nigeria", ["Niger", "Nigeria"]),
    ("Guinea-Bissau, Papua New Guinea and Equatorial Guinea", ["Guinea-Bissau", "Papua New Guinea", "Equatorial Guinea"]),
    ("the U.S. and the US", ["United States", "United States"]),
    ("Nigerian and Nigerien troops", ["Nigeria", "Niger"]),
])
def test_the_longest_form_wins_and_forms_are_whole_words(text, states):
    assert names(text) == states


@pytest.mark.parametrize(("text", "states"), [
    ("Uzbek, Kyrgyz, Tajik and Kazakh ministers", ["Uzbekistan", "Kyrgyzstan", "Tajikistan", "Kazakhstan"]),
    ("Uzbeks and Saudis", ["Uzbekistan", "Saudi Arabia"]),
    ("a Bosnian and a Herzegovinian", ["Bosnia and Herzegovina", "Bosnia and Herzegovina"]),
    ("Nepali, Cape Verdean and Slovenian officials", ["Nepal", "Cape Verde", "Slovenia"]),
    ("Burma and the Democratic Republic of Congo", ["Myanmar", "Democratic Republic of the Congo"]),
    ("detained on Manus Island, not in Iceland", ["Iceland"]),
])
def test_every_state_has_its_demonyms_and_press_names(text, states):
    assert names(text) == states


def test_islands_and_nations_of_a_state_are_its_places_not_states():
    from kg.gazetteer import find_places

    text = "from Lampedusa, Ceuta and the Canary Islands to Manus Island and Scotland"
    assert [(p, s) for _, _, p, s in find_places(text)] == [
        ("Lampedusa", "Italy"), ("Ceuta", "Spain"), ("Canary Islands", "Spain"),
        ("Manus Island", "Papua New Guinea"), ("Scotland", "United Kingdom")]
    assert names(text) == []


def test_a_canonical_name_carries_no_article():
    from kg.gazetteer import find_countries

    assert [c.name for _, _, c in find_countries("Spain signed a memorandum with The Gambia and the Bahamas.")] == [
        "Spain", "Gambia", "Bahamas",
    ]


@pytest.mark.parametrize(("text", "state"), [
    ("The agency will release US$1.2 million for returnees in Haiti.", ["Haiti"]),
    ("Canberra gave A$3 million; the US $50 fee stays.", []),
    ("The US will pay US$ 4m to Kenya.", ["United States", "Kenya"]),
])
def test_a_short_form_on_a_currency_sign_names_the_currency_not_the_state(text, state):
    assert names(text) == state


def test_hand_rows_of_former_states_are_iso_3166_3_or_continue_a_present_state():
    # a former state no package lists (West Germany: the Federal Republic kept DE) carries the
    # code of the present state it is in law, so that it is checked against the package too
    rows = hand_table()["historic"]["states"]
    former = {code for h in pycountry.historic_countries for code in (h.alpha_2, h.alpha_4)}
    present = {c.alpha_2 for c in pycountry.countries}
    assert [r["iso2"] for r in rows if r["iso2"] not in former and r.get("continues") not in present] == []
    assert [r["iso2"] for r in rows if r["iso2"] not in former and not r.get("name")] == []
