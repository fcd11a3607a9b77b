"""Any intergovernmental body the gazetteer knows (``organisations.json``) can get or channel
aid, under the name of the body it serves; invented sentences about bodies that
``aid_terms.json`` does not list (au05 showed the African Union)."""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.aid import extract_aid
from kg.facts import Article


def run(nlp, text: str):
    article = Article(id="t", source="t.txt", text=text, date="2020-02-11")
    return extract_aid(nlp(text), Context(article=article, people={}))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The European Commission has pledged €6 million to support the ECOWAS Commission's work on free movement.", "ECOWAS"),
        ("Italy gave €3 million to IGAD for its migration programme.", "IGAD"),
        ("Sweden has pledged €4 million to support the African Union Commission's work on labour migration.", "African Union"),
    ],
)
def test_an_intergovernmental_body_the_gazetteer_knows_gets_the_money(nlp, text, body) -> None:
    (fact,) = run(nlp, text)
    assert fact.recipients == [body]


@pytest.mark.parametrize(
    "members",
    ["covering all IGAD states", "for SADC member countries"],
)
def test_a_bodys_name_that_qualifies_its_members_names_a_region(nlp, members) -> None:
    text = f"Norway funds the border programme, run by the IOM, with €9 million in its third phase, {members}."
    (fact,) = run(nlp, text)
    assert fact.recipients == []


@pytest.mark.parametrize(
    "text",
    [
        "Spain runs a programme in Senegal. On Friday, Spain also announced an additional €3 million to help IOM scale up return flights from Niger.",
        "Italy funds shelters in Ghana. Italy also pledged €3 million to help the IOM expand return flights from Niger.",
    ],
)
def test_a_body_the_money_helps_to_act_gets_it_and_the_state_flights_leave_does_not(nlp, text) -> None:
    facts = run(nlp, text)
    assert facts[-1].recipients == ["International Organization for Migration"]
