"""A sum said apart from the status change it measures, and restored money whose freeze the
article gives later (seventh pass, 2019 episode): invented sentences about other states."""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.aid import extract_aid
from kg.facts import Article


def run(nlp, text: str, date: str | None = "2021-03-02"):
    article = Article(id="t", source="t.txt", text=text, date=date)
    return extract_aid(nlp(text), Context(article=article, people={}))


@pytest.mark.parametrize(
    ("text", "amount", "recipients", "status"),
    [
        (
            "Japan is cutting off aid to Laos, Cambodia and Myanmar, the government said on Monday. "
            "Officials met on Tuesday. Reporters asked questions. The talks went on. "
            "How big is the sum? Officials say it is mostly money from last year's budget, roughly $210 million.",
            210_000_000, {"Laos", "Cambodia", "Myanmar"}, "cut",
        ),
        (
            "Germany froze its aid to Mali and Niger on Friday. "
            "The ministry did not give a figure. Two officials said the decision would affect about €90 million in 2020 funds.",
            90_000_000, {"Mali", "Niger"}, "suspended",
        ),
    ],
)
def test_a_sum_without_status_is_the_money_of_the_status_change_before(nlp, text, amount, recipients, status) -> None:
    facts = run(nlp, text)
    (fact,) = [f for f in facts if f.amount is not None]
    assert (fact.amount, set(fact.recipients), fact.status) == (amount, recipients, status)
    # the amountless mention is that sum, not a second fact
    assert [f for f in facts if f.amount is None] == []


def test_a_sum_with_its_own_status_keeps_it(nlp) -> None:
    facts = run(
        nlp,
        "Germany froze its aid to Mali and Niger on Friday. "
        "Separately, Berlin released €12 million for schools in Chad.",
    )
    (fact,) = [f for f in facts if f.amount is not None]
    assert fact.status == "restored" and fact.recipients == ["Chad"]


@pytest.mark.parametrize(
    "text",
    [
        "In May, Tokyo said it would release about $40 million of the aid that was frozen in January, "
        "and the prime minister promised more help for the region. "
        "But most of the freeze, which covered roughly $300 million across Laos and Cambodia, remains in place.",
        "Berlin said it would release €15 million of the frozen funds, and the minister promised new help for the region. "
        "The freeze, which covered €80 million for Mali and Niger, is still in force.",
    ],
)
def test_restored_money_goes_to_the_countries_of_a_freeze_said_later(nlp, text) -> None:
    facts = run(nlp, text)
    restored = [f for f in facts if f.status == "restored"]
    frozen = [f for f in facts if f.status == "suspended"]
    assert restored and frozen and set(restored[0].recipients) == set(frozen[0].recipients) != set()


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The freeze affected about $90 million in aid to Laos, of which roughly $30 million was later moved to other programs.", "suspended"),
        ("The restoration covered some €20 million in aid to Mali, of which €5 million was later cut again.", "restored"),
    ],
)
def test_a_status_noun_subject_of_the_sums_verb_gives_its_status(nlp, text, status) -> None:
    fact = max((f for f in run(nlp, text) if f.amount is not None), key=lambda f: f.amount)
    assert fact.status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Japan is restoring some of the aid to Laos and Cambodia that it froze in March, the government said. "
            "The foreign ministry told parliament on Monday that it would release about $85 million to the two countries.",
            "restored",
        ),
        (
            "Germany is redirecting some of its aid for Mali to other programmes, officials said. "
            "In June the ministry said it would redirect about €40 million in aid for Mali to other priorities.",
            "redirected",
        ),
    ],
)
def test_an_amountless_release_or_redirect_is_the_sum_told_at_that_status(nlp, text, status) -> None:
    facts = run(nlp, text)
    assert [(f.amount is not None, f.status) for f in facts] == [(True, status)], facts
