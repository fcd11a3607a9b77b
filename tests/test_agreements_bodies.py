"""Organisations as parties (GUIDELINES: ``signatories`` may be organisations): a body named
among those who signed ("signed by X, Y and the UN refugee agency") is a party whatever its
name's first word, while one that only names where it was signed or qualifies another noun
is not.

Invented texts with states and bodies of no gold article.
"""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.facts import Article


def parties(nlp, text: str) -> list[list[str]]:
    article = Article(id="t", source="t.txt", text=text, date="2022-05-10")
    return [a.signatories for a in extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))]


@pytest.mark.parametrize(
    "text, body",
    [
        ("Workers are covered by the accord on seasonal labour, signed by Chile, Peru and the International Organization for Migration in 2011.", "International Organization for Migration"),
        ("The deal on returns signed by Kenya, Somalia and the UN refugee agency in 2013 is still in force.", "UNHCR"),
        ("Migrants stay protected by the Framework Accord on the safe return of Sudanese migrants, signed by Chad, Sudan and the International Organization for Migration in 2015.", "International Organization for Migration"),
        ("Families remain covered by the Tripartite Agreement on the voluntary return of Burundian refugees, signed by Tanzania, Burundi and the UN refugee agency UNHCR in 2001.", "UNHCR"),
    ],
)
def test_body_among_signers_is_party(nlp, text, body):
    found = parties(nlp, text)
    assert found and body in found[0], found


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Zambia signed the pact in Geneva, on the margins of a conference organised by the UN refugee agency.",
        "The head of Libya's UN-recognised government signed a deal with Italy.",
    ],
)
def test_body_of_circumstance_is_not_party(nlp, text):
    found = parties(nlp, text)
    assert found and not any(p in ("UNHCR", "United Nations") for p in found[0]), found


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Kenya and UNHCR signed a letter of understanding on integrating refugee schools.", {"Kenya", "UNHCR"}),
        ("Peru's labour minister and the IOM chief of mission in Lima signed a letter of understanding on the reintegration of returnees.", {"Peru", "International Organization for Migration"}),
    ],
)
def test_letter_of_understanding_is_a_memorandum(nlp, text, pair):
    article = Article(id="t", source="t.txt", text=text, date="2022-05-10")
    found = extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))
    assert [(a.type, set(a.signatories)) for a in found] == [("memorandum of cooperation", pair)]


@pytest.mark.parametrize(
    "text, partner, states",
    [
        ("In the Andes, Chile and Peru both signed labour agreements with Spain in 2011.", "Spain", {"Chile", "Peru"}),
        ("In West Africa, Ghana and Togo both signed return agreements with Italy last year.", "Italy", {"Ghana", "Togo"}),
        ("In the Caucasus, Georgia and Armenia both signed readmission agreements with the EU in 2013.", "European Union", {"Georgia", "Armenia"}),
    ],
)
def test_fronted_place_keeps_both_signers(nlp, text, partner, states):
    """A place put first ("In the Andes, A and B both signed ... with X") that the parser
    takes A and B into, leaving the verb no subject of its own: still one agreement each."""
    found = parties(nlp, text)
    assert sorted(map(sorted, found)) == sorted(sorted([partner, s]) for s in states), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia signed a memorandum of understanding on labour in Nairobi on 3 March 2024. Under the agreement, Kenya will train workers. Kenya also thanked Ethiopia for the 2019 border agreement between the two governments.",
        "Chile and Peru signed a memorandum on seasonal work in Lima on 12 May 2023. Chile also praised the 2016 fisheries agreement between the two countries.",
    ],
)
def test_year_of_its_own_phrase_is_another_deal(nlp, text):
    """ "the 2019 border agreement" after a memorandum signed in 2024: another deal of the
    same parties, not that memorandum named again."""
    article = Article(id="t", source="t.txt", text=text, date="2024-05-10")
    found = extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))
    assert sorted(a.type for a in found) == ["memorandum of cooperation", "other"], found


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Italy signed a return agreement on Monday, along with a memorandum on seasonal work.",
        "Peru and Bolivia signed a border agreement in La Paz, together with a memorandum of understanding on labour migration.",
    ],
)
def test_second_thing_signed_is_another_deal(nlp, text):
    """ "signed an agreement, together with a memorandum": two deals, not the memorandum
    upgrading the agreement just named."""
    article = Article(id="t", source="t.txt", text=text, date="2024-05-10")
    found = extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))
    assert sorted(a.type for a in found) == ["memorandum of cooperation", "other"], found


def test_any_arrangement_is_not_a_second_deal(nlp):
    text = "Fiji signed a treaty with New Zealand. Fiji must agree with New Zealand on any partnership, arrangement or engagement with other states."
    article = Article(id="t", source="t.txt", text=text, date="2024-05-10")
    found = extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))
    assert len(found) == 1, found


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Polish Vice Interior Minister Anna Kowalczyk met UNHCR officials on Monday. The resettlement scheme is "
         "run under an arrangement the ministry signed with UNHCR and the International Organization for Migration "
         "in 2016.",
         {"Poland", "UNHCR", "International Organization for Migration"}),
        ("Interior Minister Carla Rojas of Chile spoke at the ceremony. The Ministry of the Interior and the UN "
         "Refugee Agency (UNHCR) signed on Wednesday a technical cooperation agreement on refugee housing.",
         {"Chile", "UNHCR"}),
    ],
)
def test_a_ministry_that_names_no_state_is_the_state_of_the_articles_officials(nlp, text, parties):
    from kg.extract import extract_doc

    facts = extract_doc(nlp(text), Article(id="t", source="t.txt", text=text, date="2022-05-10"))
    assert parties in [set(a.signatories) for a in facts.agreements]


def test_bodies_alone_with_no_ministry_get_no_state(nlp):
    from kg.extract import extract_doc

    text = ("Interior Minister Carla Rojas of Chile spoke in Santiago. Separately, UNHCR and the International "
            "Organization for Migration signed a memorandum of understanding on data sharing.")
    facts = extract_doc(nlp(text), Article(id="t", source="t.txt", text=text, date="2022-05-10"))
    assert all("Chile" not in a.signatories for a in facts.agreements if "UNHCR" in a.signatories)
