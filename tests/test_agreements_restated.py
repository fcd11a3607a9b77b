"""Agreements named again, or not: an earlier deal of the same parties told by its own year,
a second deal "also signed" at the same signing, and the kind words of declarations and
protocols outside the US forms (issue 9, sixth pass).

Texts are invented for these tests, in the style of the news they generalise from.
"""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.facts import Article, Official


def run(nlp, text: str, officials: list[Official] | None = None):
    article = Article(id="t", source="t.txt", text=text, date="2024-03-06")
    people = {o.name: o.name for o in officials or []} | {o.name.split()[-1]: o.name for o in officials or []}
    return extract_agreements(nlp(text), Context(article=article, people=people, officials=officials or []))


def kinds(agreements) -> list[tuple[str, frozenset[str]]]:
    return sorted((a.type, frozenset(a.signatories)) for a in agreements)


NZ = frozenset({"Norway", "Zambia"})


@pytest.mark.parametrize(
    "earlier",
    [
        "The two countries already signed an agreement on returns in 2009, which was the first of its kind.",
        "Norway and Zambia have had an agreement on readmission since 2009.",
    ],
)
def test_an_earlier_deal_of_the_same_parties_is_told_by_its_own_year(nlp, earlier: str) -> None:
    text = f"Norway and Zambia signed a memorandum of understanding on labour migration on Monday in Oslo. {earlier}"
    found = run(nlp, text)
    assert kinds(found) == [("memorandum of cooperation", NZ), ("other", NZ)]
    # its year names it in the graph: not the article's year, as an undated deal would be
    assert next(a for a in found if a.type == "other").year == "2009"


def test_the_year_of_an_undated_agreement_is_the_one_its_text_gives() -> None:
    from kg.facts import Agreement, Evidence
    from kg.resolve import Resolution

    earlier = Agreement("A-B agreement", "other", ["A", "B"], [], None, Evidence("s", 0, 1), year="2009")
    undated = Agreement("A-B agreement", "other", ["A", "B"], [], None, Evidence("s", 0, 1))
    assert Resolution().agreement_year(earlier, "2024-03-06") == "2009"
    assert Resolution().agreement_year(undated, "2024-03-06") == "2024"


def test_the_year_of_the_deal_reported_names_it_again(nlp) -> None:
    text = (
        "Norway and Zambia signed an agreement on returns on March 4, 2024 in Lusaka. "
        "Norway and Zambia signed the agreement in 2024 after two years of talks, officials said."
    )
    assert kinds(run(nlp, text)) == [("other", NZ)]


def test_a_deal_also_signed_is_another_one_of_the_same_parties_and_signing(nlp) -> None:
    officials = [
        Official(name="Ola Berg", role="Minister of Justice", country="Norway", evidence=None),
        Official(name="Mary Banda", role="Minister of Home Affairs", country="Zambia", evidence=None),
    ]
    text = (
        "Norwegian Justice Minister Ola Berg and Zambian Home Affairs Minister Mary Banda signed a "
        "memorandum of understanding on labour mobility on Monday in Oslo. "
        "The two ministers also signed a protocol on police cooperation against migrant smuggling."
    )
    found = run(nlp, text, officials)
    assert kinds(found) == [("memorandum of cooperation", NZ), ("other", NZ)]
    protocol = next(a for a in found if a.type == "other")
    assert set(protocol.signed_by) == {"Ola Berg", "Mary Banda"}
    assert protocol.date == "2024-03-04"


def test_the_deal_signed_named_again_without_also_is_the_same(nlp) -> None:
    text = (
        "Norway and Zambia signed a memorandum of understanding on labour mobility on Monday in Oslo. "
        "The two ministers signed the memorandum after a meeting at the foreign ministry."
    )
    assert kinds(run(nlp, text)) == [("memorandum of cooperation", NZ)]


def test_the_protocol_signed_today_is_the_one_reported_not_the_earlier_agreement(nlp) -> None:
    text = (
        "Greece and Egypt signed a protocol on seasonal workers in Athens on Monday. "
        "The protocol implements a bilateral agreement between Greece and Egypt. "
        "The agreement was signed in Cairo on 30 March 2019 and ratified the same year. "
        "The protocol signed on Monday sets out how workers are selected."
    )
    assert kinds(run(nlp, text)) == [("other", frozenset({"Greece", "Egypt"}))] * 2


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Austria and Ghana signed a joint declaration of intent on labour mobility on Monday.", "joint declaration"),
        ("The ministers of Austria and Ghana signed a political declaration in Vienna on Monday.", "joint declaration"),
        ("Austria and Ghana signed a declaration on labour mobility in Vienna on Monday.", "joint declaration"),
        ("Austria and Ghana signed a protocol of intentions on training border staff on Monday.", "memorandum of cooperation"),
        ("Austria and Ghana signed a Protocol of Understanding on repatriation on Monday.", "memorandum of cooperation"),
        ("Austria and Ghana signed a letter of intent on repatriation on Monday.", "other"),
    ],
)
def test_declarations_and_protocols_of_any_region(nlp, text: str, kind: str) -> None:
    assert kinds(run(nlp, text)) == [(kind, frozenset({"Austria", "Ghana"}))]
