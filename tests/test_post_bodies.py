"""Posts of international bodies and of any government, read by the grammar of a title: a head
and its complements (the body or state it belongs to, a possessor, a field, a remit).

Sentences and phrases are written for the test (people invented, states and bodies real).
"""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.officials import extract_officials
from kg.extract.roles import parse_title
from kg.facts import Article


def posts(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    ctx = Context(Article(id="t", source="t", text=text, date="2022-05-01"))
    return {(o.name, o.role, o.country) for o in extract_officials(nlp(text), ctx)}


@pytest.mark.parametrize(("phrase", "role", "country"), [
    # a body's full name written with a head that alone names a state's post stays as written
    ("World Bank Group President", "President of the World Bank Group", "World Bank"),
    ("the president of the World Bank Group", "President of the World Bank Group", "World Bank"),
    # an acronym is read as the body's name
    ("IDB President", "President of the Inter-American Development Bank", "Inter-American Development Bank"),
    # states after the "for" of an office with a remit are its remit; the possessor is served
    ("the World Bank's country director for Nepal, Bhutan and Bangladesh",
     "Country Director for Nepal, Bhutan and Bangladesh", "World Bank"),
    ("UNHCR's representative for Chad and Niger", "Representative for Chad and Niger", "UNHCR"),
    ("Kenya's special envoy for Somalia", "Special Envoy for Somalia", "Kenya"),
    # a demonym right after an office's "for" names whom the post is for, not the state
    ("IGAD's special envoy for Sudanese Refugees", "Special Envoy for Sudanese Refugees", "IGAD"),
    ("SADC executive secretary", "Executive Secretary", "Southern African Development Community"),
    # a head written around its field: "European ... Commissioner"
    ("European Migration Commissioner", "European Commissioner for Migration", "European Union"),
    ("European Home Affairs Commissioner", "European Commissioner for Home Affairs", "European Union"),
    # a modifier kept before heads is no part of a split head
    ("Deputy Foreign Minister", "Deputy Minister of Foreign Affairs", None),
    ("Supreme Leader", "Supreme Leader", None),
])
def test_body_and_remit_phrases(phrase, role, country):
    read = parse_title(phrase)
    assert read is not None and (read.role, read.country) == (role, country)


def test_envoy_of_a_body_for_refugees_of_a_state(nlp):
    text = "Abdi Warsame Farah, IGAD's special envoy for Sudanese refugees, visited the camps on Monday."
    assert ("Abdi Warsame Farah", "Special Envoy for Sudanese Refugees", "IGAD") in posts(nlp, text)


def test_country_director_of_a_bank_for_several_states(nlp):
    text = ("Lena Moravec, the World Bank's country director for Nepal and Bhutan, said the grant "
            "would reach the camps by June.")
    assert ("Lena Moravec", "Country Director for Nepal and Bhutan", "World Bank") in posts(nlp, text)
