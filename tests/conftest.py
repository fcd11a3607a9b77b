"""Shared fixtures: small hand-written fact sets, so graph tests need no language model, and
the language model once per test session for the tests of extraction."""

from __future__ import annotations

import pytest

from kg.facts import Agreement, Aid, Article, ArticleFacts, Evidence, Meeting, Official
from kg.pipeline import graph_from_facts
from kg.settings import Settings

TEXT_A = (
    "Acting Homeland Security Secretary Keven Mallory signed an asylum cooperation agreement "
    "with Panama's foreign minister Ana Ortiz on Friday. The US suspended $450 million in aid to Panama."
)
TEXT_B = "Kevin Mallory, the acting secretary of homeland security, met Ana Ortiz in Panama City."


def span(text: str, fragment: str) -> Evidence:
    start = text.index(fragment)
    return Evidence(text=fragment, start=start, end=start + len(fragment))


def agreements_in(nlp, text: str, officials: list[Official] | None = None) -> list[Agreement]:
    """The agreements read from ``text`` (dated 10 May 2022), knowing ``officials`` by their
    full name and their surname, as the people step would have found them."""
    from kg.extract import Context
    from kg.extract.agreements import extract_agreements

    officials = officials or []
    article = Article(id="t", source="t.txt", text=text, date="2022-05-10")
    people = {o.name: o.name for o in officials} | {o.name.split()[-1]: o.name for o in officials}
    return extract_agreements(nlp(text), Context(article=article, people=people, officials=officials))


def official_states_in(nlp, text: str) -> dict[str, str | None]:
    """Each official read from ``text`` (dated 1 May 2024) with the state found for them."""
    from kg.extract import Context
    from kg.extract.officials import extract_officials

    ctx = Context(Article(id="t", source="t", text=text, date="2024-05-01"))
    return {o.name: o.country for o in extract_officials(nlp(text), ctx)}


def official_posts_in(nlp, text: str, date: str | None = "2022-05-01") -> set[tuple[str, str | None, str | None]]:
    """Each official read from ``text`` (an article of ``date``) as (name, role, state)."""
    from kg.extract import Context
    from kg.extract.officials import extract_officials

    ctx = Context(Article(id="t", source="t", text=text, date=date))
    return {(o.name, o.role, o.country) for o in extract_officials(nlp(text), ctx)}

@pytest.fixture
def corpus() -> list[ArticleFacts]:
    """Two articles about one (invented) official, spelt two ways, and one party pair."""
    a = Article(id="a1", source="news/a1.txt", text=TEXT_A, title="Deal signed", date="2019-09-21")
    b = Article(id="b2", source="news/b2.txt", text=TEXT_B)
    c = Article(id="c3", source="news/c3.txt", text=TEXT_B.replace("met", "greeted"))
    s1 = span(TEXT_A, TEXT_A.split(". ")[0])
    s2 = span(TEXT_A, "The US suspended $450 million in aid to Panama.")
    sb = span(TEXT_B, TEXT_B)
    role = "Acting Secretary of Homeland Security"
    return [
        ArticleFacts(
            article=a,
            officials=[Official("Keven Mallory", role, "United States", s1),
                       Official("Ana Ortiz", "Minister of Foreign Affairs", "Panama", s1)],
            agreements=[Agreement("US-Panama asylum cooperation agreement", "asylum cooperation agreement",
                                  ["United States", "Panama"], ["Keven Mallory", "Ana Ortiz"], "2019-09-20", s1,
                                  status="signed")],
            aid=[Aid(450e6, "United States", ["Panama"], "suspended", None, s2)],
        ),
        ArticleFacts(
            article=b,
            officials=[Official("Kevin Mallory", role, "United States", sb)],
            meetings=[Meeting(["Kevin Mallory", "Ana Ortiz"], "Panama City", None, sb)],
        ),
        ArticleFacts(article=c, officials=[Official("Kevin Mallory", role, "United States", sb)]),
    ]


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(cache_dir="")


@pytest.fixture
def small_graph(corpus, settings):
    return graph_from_facts(corpus, settings=settings)


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline (model and annotation layer), loaded once per session."""
    from kg.parse import load_nlp

    return load_nlp()
