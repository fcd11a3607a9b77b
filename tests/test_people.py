"""People within one article: canonical names for mentions, and who a span names as actors.

Names are invented (or common given names) so the rules cannot lean on a seed article.
"""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.officials import extract_officials
from kg.extract.parties import sentences
from kg.extract.names import canonical_form, undouble
from kg.extract.people import build_people, canonical_in_article, people_in_span
from kg.facts import Article

PEOPLE = {"Tomás Villeda": "Tomás Villeda", "Lucía Barrera Toledo": "Lucía Barrera Toledo", "Owen Marsh": "Owen Marsh"}


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Tomás Villeda", "Tomás Villeda"),  # exact
        ("Villeda's", "Tomás Villeda"),  # possessive
        ("Villeda’s", "Tomás Villeda"),  # curly possessive
        ("Villeda", "Tomás Villeda"),  # surname only
        ("Tomás R. Villeda", "Tomás Villeda"),  # middle initial
        ("Tomás Antonio Villeda", "Tomás Villeda"),  # middle given name
        ("Villedo", "Tomás Villeda"),  # misspelt surname
        ("Tomas Villedo", "Tomás Villeda"),  # misspelt full name, accent dropped
        ("Barrera Toledo", "Lucía Barrera Toledo"),  # compound surname
        ("Toledo", "Lucía Barrera Toledo"),  # last part of a compound surname
        ("Barrera", "Lucía Barrera Toledo"),  # the first surname alone
        ("Owen Marshowen Marsh", "Owen Marsh"),  # pasted twice by text extraction
        ("Gloria Fuentes", "Gloria Fuentes"),  # unknown: the mention itself
        ("  Gloria  Fuentes's ", "Gloria Fuentes"),  # unknown: cleaned
        ("Pedro Luis Amaya", "Pedro Amaya"),  # unknown: middle given name dropped
    ],
)
def test_canonical_in_article(mention: str, expected: str) -> None:
    assert canonical_in_article(mention, PEOPLE) == expected


def test_a_surname_two_people_share_stays_as_written() -> None:
    people = {"Ana Ruiz": "Ana Ruiz", "Diego Ruiz": "Diego Ruiz"}
    assert canonical_in_article("Ruiz", people) == "Ruiz"


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Marta Elena Quiroga", "Marta Quiroga"),  # "Elena" is a given name: a middle name
        # "Quiroga" is not: two surnames, cited by the first as the press does
        ("Marta Quiroga Lemus", "Marta Quiroga"),
        ("Juan Manuel Osorio", "Juan Manuel Osorio"),  # a double given name used as one
        ("José Luis Carranza Mejía", "José Luis Carranza"),
        ("Luis de Guindos", "Luis de Guindos"),  # a particle is part of the one surname
        ("Harriet Lyle Fenwick", "Harriet Lyle Fenwick"),  # not a Spanish-style name
        ("Sandra Day Whitcombe", "Sandra Day Whitcombe"),  # a given name English uses too marks nothing
        ("João Silva Santos", "João Santos"),  # Portuguese: cited by the given name and the LAST surname
        ("Olga Sanchez Cordero", "Olga Sánchez Cordero"),  # known by both surnames (office_holders.json)
        ("Julian Pacheco Tinoco", "Julián Pacheco"),  # a listed holder's full form
        ("Kate J. Holloway", "Kate Holloway"),
    ],
)
def test_canonical_form(name: str, form: str) -> None:
    assert canonical_form(name) == form


def test_undouble_leaves_real_names_alone() -> None:
    assert undouble("Ana Ana") == "Ana Ana"  # one word repeated is not a pasted full name
    assert undouble("Rosa Quintanilla") == "Rosa Quintanilla"


# --------------------------------------------------------------------------- with the parser


def article(nlp, text: str):
    ctx = Context(Article(id="p", source="p", text=text, date="2019-08-01"))
    doc = nlp(text)
    ctx.officials = extract_officials(doc, ctx)
    return doc, ctx


def test_build_people_groups_surnames_with_full_names(nlp) -> None:
    doc = nlp("Rosa Quintanilla arrived on Monday. Quintanilla said little.")
    people = build_people(doc)
    assert people["Rosa Quintanilla"] == "Rosa Quintanilla"
    assert people.get("Quintanilla", "Rosa Quintanilla") == "Rosa Quintanilla"


def test_possessors_and_modifiers_are_not_actors(nlp) -> None:
    doc, ctx = article(nlp, "Guatemalan President Rodrigo Salvatierra spoke. Salvatierra's chief of staff and the Salvatierra government stayed home.")
    assert people_in_span(sentences(doc)[1], ctx) == []


def test_subject_names_are_actors(nlp) -> None:
    doc, ctx = article(nlp, "Honduran Foreign Minister Tomás Villeda and Guatemalan Minister of Government Rosa Quintanilla signed the pact.")
    assert people_in_span(sentences(doc)[0], ctx) == ["Tomás Villeda", "Rosa Quintanilla"]


def test_a_title_alone_is_the_one_official_holding_it(nlp) -> None:
    doc, ctx = article(
        nlp,
        "Acting Secretary of Homeland Security Brenda Caldwell flew to Guatemala. "
        "The Acting Secretary will meet regional ministers on Friday.",
    )
    assert people_in_span(sentences(doc)[1], ctx) == ["Brenda Caldwell"]


def test_a_pronoun_subject_is_the_official_just_named(nlp) -> None:
    doc, ctx = article(
        nlp,
        "Honduran Foreign Minister Tomás Villeda arrived in Washington on Monday. He signed the accord on Tuesday.",
    )
    assert people_in_span(sentences(doc)[1], ctx) == ["Tomás Villeda"]


def test_a_pronoun_after_two_officials_is_not_guessed(nlp) -> None:
    doc, ctx = article(
        nlp,
        "Honduran Foreign Minister Tomás Villeda met Guatemalan Minister of Government Rosa Quintanilla. He signed the accord.",
    )
    assert people_in_span(sentences(doc)[1], ctx) == []


# --------------------------------------------------------------------------- names in entities, places, misspellings


def test_a_country_the_tagger_ran_into_a_name_is_not_part_of_it(nlp) -> None:
    from kg.extract.people import name_of

    doc = nlp("U.S. Ambassador to Guatemala Luis Arreola attended the ceremony.")
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    assert persons and all(name_of(e).text == "Luis Arreola" for e in persons)


def test_the_second_word_of_a_known_place_after_in_is_not_a_person(nlp) -> None:
    doc, ctx = article(nlp, "Barrera Toledo met Chiapas governor Tomás Villeda in Tuxtla Gutiérrez on Saturday.")
    assert "Gutiérrez" not in build_people(doc)
    assert "Gutiérrez" not in people_in_span(sentences(doc)[0], ctx)


def test_a_misspelt_first_full_mention_and_a_later_correct_surname_are_one_person(nlp) -> None:
    # the tagger does not take the later surname for a person: it still joins the official
    doc, ctx = article(
        nlp,
        "MAY 28 - Guatemalan Interior Minister Rodrigo Salvatierrra signs a memorandum.\n\n"
        "JULY 26 - Salvatierra and Marsh sign an agreement in the Oval Office.",
    )
    [official] = [o for o in ctx.officials if "Salvatier" in o.name]
    assert "Salvatierra" in official.aliases
