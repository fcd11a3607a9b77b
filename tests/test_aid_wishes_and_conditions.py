"""Aid: what is hoped or lobbied for has not happened; money held back until a condition is met
is suspended.

Texts are written for these tests with countries, donors and amounts that the gold sets do not
use; the expected values are worked out by hand from the rules of :mod:`kg.extract.aid`.
"""

from __future__ import annotations

from kg.extract import Context
from kg.extract.aid import extract_aid
from kg.facts import Article


def run(nlp, text: str, date: str | None = "2021-04-14"):
    article = Article(id="t", source="t.txt", text=text, date=date)
    return extract_aid(nlp(text), Context(article=article, people={}))


def test_aid_a_leader_expects_to_resume_is_still_frozen(nlp) -> None:
    (a,) = run(nlp, "Cortizo said he expects Washington to resume the aid for Panama that has been frozen since May.")
    assert a.recipients == ["Panama"]
    assert a.status == "suspended"


def test_lobbying_to_get_the_money_flowing_again_restores_nothing(nlp) -> None:
    text = "Officials in Nairobi have been lobbying since then to get the money for Kenya flowing again."
    assert [a.status for a in run(nlp, text)] != ["restored"]


def test_no_new_funds_until_governments_act_is_a_suspension(nlp) -> None:
    text = (
        "Germany froze part of its aid to Kenya, Uganda and Tanzania in May. "
        "Berlin said it will not provide new assistance to the three countries until their governments "
        "take further steps against smuggling."
    )
    statuses = {(a.status, tuple(a.recipients)) for a in run(nlp, text)}
    assert ("suspended", ("Kenya", "Uganda", "Tanzania")) in statuses


def test_aid_denied_without_a_condition_is_still_no_fact(nlp) -> None:
    assert run(nlp, "Berlin has not provided any new assistance to Kenya this year.") == []
