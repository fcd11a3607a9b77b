"""How an article refers back to a person it named: a plural title before bracketed names,
a pronoun replaced by a successor, the first or middle word the press names someone by, the
second part of a hyphenated surname. Invented names and sentences."""

from __future__ import annotations

from kg.annotate.people import ATTR, people
from kg.extract.name_tokens import is_plural_title
from kg.extract.people import build_people, canonical_in_article


def _posts(nlp, text: str) -> dict[str, str | None]:
    return {s._.get(ATTR)["text"]: (s._.get(ATTR)["post"] or {}).get("role") for s in people(nlp(text))}


def test_a_plural_title_is_no_word_of_a_name() -> None:
    assert is_plural_title("Senators") and is_plural_title("Ministers")
    assert not is_plural_title("Senator") and not is_plural_title("Rogers")


def test_a_plural_title_before_names_with_brackets_gives_each_the_title(nlp) -> None:
    posts = _posts(nlp, "Senators Wanjiru Kamotho (Mombasa) and Pendo Achieng (Nominated) asked why the "
                        "ministry had not published the deal.")
    assert posts == {"Wanjiru Kamotho": "Senator", "Pendo Achieng": "Senator"}


def test_a_pronoun_succeeded_by_a_name_passes_the_post_on(nlp) -> None:
    posts = _posts(nlp, "The deal was signed by Defence Minister Tarmo Kivisild of Estonia in March. "
                        "He was succeeded by Reet Saarepuu in June.")
    assert posts["Reet Saarepuu"] == posts["Tarmo Kivisild"] is not None


def test_a_succession_with_no_earlier_person_gives_no_post(nlp) -> None:
    posts = _posts(nlp, "He was succeeded by Reet Saarepuu in June.")
    assert posts["Reet Saarepuu"] is None


def test_a_middle_word_the_press_names_someone_by_is_that_person() -> None:
    people = {"Ademar Tavira Zumba da Costa": "Ademar Tavira Zumba da Costa", "Nilo Prates": "Nilo Prates"}
    assert canonical_in_article("Zumba", people) == "Ademar Tavira Zumba da Costa"
    two = {**people, "Rui Zumba Mota Barreto": "Rui Zumba Mota Barreto"}
    assert canonical_in_article("Zumba", two) == "Zumba"  # a word of two people's names names neither


def test_the_first_word_an_article_cites_alone_joins_the_people_map(nlp) -> None:
    doc = nlp("Prime Minister Temesgen Wolde met the envoys in Gondar. Later, Temesgen and the envoys "
              "toured the camp, and Temesgen spoke to reporters.")
    assert build_people(doc).get("Temesgen") == "Temesgen Wolde"


def test_a_word_cited_only_inside_the_full_name_is_not_added(nlp) -> None:
    doc = nlp("Prime Minister Temesgen Wolde met the envoys in Gondar. Wolde spoke to reporters.")
    assert "Temesgen" not in build_people(doc)


def test_the_second_part_of_a_hyphenated_surname_is_the_person() -> None:
    people = {"Marisol Tandang-Lacson": "Marisol Tandang-Lacson"}
    assert canonical_in_article("Lacson", people) == "Marisol Tandang-Lacson"


def test_a_surname_some_name_ends_in_is_not_a_hyphenated_surname_s_part() -> None:
    people = {"Ramon Quiblat Jr.": "Ramon Quiblat Jr.", "Lorna Ibarra-Quiblat": "Lorna Ibarra-Quiblat"}
    assert canonical_in_article("Quiblat", people) == "Ramon Quiblat Jr."


def test_a_name_ends_at_a_line_break(nlp) -> None:
    from kg.extract.person_names import name_of

    doc = nlp("Topic: regional labour markets / Farhan Qureshi\n\nPrint | Email")
    doc.ents = [doc.char_span(doc.text.index("Farhan"), doc.text.index("Print") + 5, label="PERSON")]
    assert name_of(doc.ents[0]).text == "Farhan Qureshi"
