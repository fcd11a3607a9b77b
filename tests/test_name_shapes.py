"""A person's full name, whatever its shape: double surnames the article cites together,
Portuguese names, styles that are part of a name, abbreviated given names, regnal numbers,
nicknames, title words the tagger runs into a name, names the parser cuts in two, venues
named after a person, and bylines.

Names and sentences are invented (in the styles of several regions) so the rules cannot
lean on an article.
"""

from __future__ import annotations

import pytest

from conftest import official_posts_in
from kg.extract.names import canonical_form, surnames_cited_together
from kg.extract.people import build_people, canonical_in_article


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        # Portuguese names are cited by the given names and the LAST surname
        ("Rogério Tilman Soares", "Rogério Soares"),
        ("Fernando Sérgio Barbosa", "Fernando Sérgio Barbosa"),  # two given names, then the surname
        ("João Mattos Ribeiro", "João Ribeiro"),
        ("Luiz Carlos da Fonseca", "Luiz Carlos da Fonseca"),  # a particle: as written
        # a Spanish name still keeps the first surname
        ("Marta Quiroga Lemus", "Marta Quiroga"),
        # a style that is also a given name stays before a name with no Arabic particle
        ("Sheikh Nurul Karim", "Sheikh Nurul Karim"),
        ("Sheikh Hamad bin Khalid Al Nuaimi", "Hamad bin Khalid Al Nuaimi"),
        ("Prince Saud bint Faisal", "Saud bint Faisal"),
        # a given name written as an abbreviation goes as initials go
        ("Md Rafiqul Alam", "Rafiqul Alam"),
        ("Mohd. Azlan Yusof", "Azlan Yusof"),
    ],
)
def test_name_shapes_have_one_canonical_form(mention: str, name: str) -> None:
    assert canonical_form(mention) == name


def test_a_double_surname_cited_alone_is_kept_whole() -> None:
    cited = "Minister Lucía Berrocal Anaya opened the talks. \"We agreed,\" Berrocal Anaya said."
    once = "Minister Lucía Berrocal Anaya opened the talks. \"We agreed,\" Berrocal said."
    assert surnames_cited_together("Lucía Berrocal Anaya", cited)
    assert not surnames_cited_together("Lucía Berrocal Anaya", once)
    # a given name and a surname alone ("Maria Berrocal") are no double surname
    assert not surnames_cited_together("Ana Maria Berrocal", "Ana Maria Berrocal said. Maria Berrocal added.")
    assert canonical_form("Lucía Berrocal Anaya", both_surnames=True) == "Lucía Berrocal Anaya"


def test_officials_keep_a_double_surname_the_article_cites(nlp) -> None:
    text = ("Spanish Foreign Minister Lucía Berrocal Anaya opened the conference in Madrid on Monday. "
            "\"We are not alone,\" Berrocal Anaya said.")
    assert ("Lucía Berrocal Anaya", "Minister of Foreign Affairs", "Spain") in official_posts_in(nlp, text)
    text = "Spanish Foreign Minister Lucía Berrocal Anaya opened the conference in Madrid on Monday."
    assert ("Lucía Berrocal", "Minister of Foreign Affairs", "Spain") in official_posts_in(nlp, text)
    # an interview's speaker labels cite the person by both surnames too
    text = ("Sweden's Minister for Migration Karin Holmqvist Berg visited Baghdad this week.\n\n"
            "Holmqvist Berg: Returns only work if the country of origin cooperates.")
    assert "Karin Holmqvist Berg" in {name for name, _, _ in official_posts_in(nlp, text)}


def test_names_with_a_regnal_number_and_venues_named_after_one(nlp) -> None:
    text = ("In Maseru, King Letsie III received the envoy on Monday. "
            "Delegates later gathered at the Queen Sirikit II Centre in Bangkok.")
    names = {name for name, _, _ in official_posts_in(nlp, text)}
    assert "Letsie III" in names
    assert not any("Centre" in n or "Sirikit" in n for n in names)


def test_a_nickname_and_a_title_word_are_no_part_of_the_name(nlp) -> None:
    doc = nlp('Labour Secretary Marta "Tita" Velasco understands this better than anyone, and she said so in Pune.')
    people = build_people(doc)
    assert canonical_in_article("Marta", people) == "Marta Velasco"
    doc = nlp("State Secretary for Justice and Migration Tom de Wit met the Tunisian minister.")
    assert "Migration Tom de Wit" in {e.text for e in doc.ents}  # the tagger runs the title's last word in
    people = build_people(doc)
    assert canonical_in_article("Migration Tom de Wit", people) == "Tom de Wit"
    assert set(people.values()) == {"Tom de Wit"}


def test_a_name_the_parser_cuts_in_two_is_one_name(nlp) -> None:
    from kg.extract.person_mentions import _cut_in_a_name, _sentences

    text = ("Seventy years ago today, in Kathmandu, Prime Minister Ram Bahadur Thapa and India's ambassador "
            "Chandrakant Prasad Narayan Singh signed the Treaty of Friendship between the two states.")
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == "Narayan")
    assert any(s.start < at < s.end - 1 for s in _sentences(doc))  # "Narayan" does not open a sentence
    assert not _cut_in_a_name(doc, next(t.i for t in doc if t.text == "Chandrakant"))  # after "ambassador": no name
    assert "Chandrakant Prasad Narayan Singh" in {name for name, _, _ in official_posts_in(nlp, text)}


def test_a_byline_s_reporter_takes_no_part_in_a_meeting(nlp) -> None:
    from test_meetings_transfer import official, run

    from kg.extract.person_names import reporters

    text = ("By Tomas Lindqvist and Petra de Vries\n\n"
            "Interior Minister Nadia Okafor met Foreign Minister Arne Solheim in Oslo on Monday. "
            "Tomas Lindqvist spoke to Okafor after her meeting with Arne Solheim.")
    assert reporters(nlp(text)) == {"tomas lindqvist", "petra de vries"}
    officials = [official("Nadia Okafor", "Minister of the Interior", "Nigeria"),
                 official("Arne Solheim", "Minister of Foreign Affairs", "Norway")]
    assert all("Tomas Lindqvist" not in m.participants for m in run(nlp, text, officials))
