"""Names listed after a person's name are people too, and a plural title in apposition to a
list of names gives each of them the title. Invented names and sentences."""

from __future__ import annotations

from kg.annotate.people import ATTR, people
from kg.extract.names import is_given_name
from kg.extract.official_mentions import _Mention
from kg.extract.untagged_names import listed_names


def _posts(nlp, text: str) -> dict[str, str | None]:
    return {s._.get(ATTR)["text"]: (s._.get(ATTR)["post"] or {}).get("role") for s in people(nlp(text))}


def _listed(nlp, text: str, first: str) -> list[str]:
    """The names :func:`listed_names` finds after ``first`` when the tagger marked only ``first``."""
    doc = nlp(text)
    at = text.index(first)
    span = doc.char_span(at, at + len(first), label="PERSON")
    doc.ents = [span]
    sent = doc[0 : len(doc)]
    mention = _Mention(first, sent, span.start, end=span.end)
    return [doc[s:e].text for s, e in listed_names(sent, [mention], set(), set(range(span.start, span.end)))]


def test_an_untagged_full_name_listed_after_a_person_is_a_person(nlp) -> None:
    text = "It was signed by the foreign ministers, Ilse Brandauer and Luiz Otávio Peixoto, in Porto."
    assert _listed(nlp, text, "Ilse Brandauer") == ["Luiz Otávio Peixoto"]


def test_a_listed_run_that_opens_with_no_given_name_is_no_person(nlp) -> None:
    text = "It was signed by Ilse Brandauer and Vocational Training Directorate officials."
    assert _listed(nlp, text, "Ilse Brandauer") == []
    text = "It was praised by Ilse Brandauer and Rio Grande Lodge."
    assert _listed(nlp, text, "Ilse Brandauer") == []  # "Rio" is no given name of the lists


def test_a_plural_title_before_a_comma_gives_each_listed_name_the_title(nlp) -> None:
    posts = _posts(nlp, "It is signed by the foreign ministers, Ilse Brandauer and Luiz Otávio Peixoto, "
                        "and enters into force in May.")
    assert posts == {"Ilse Brandauer": "Minister of Foreign Affairs", "Luiz Otávio Peixoto": "Minister of Foreign Affairs"}


def test_portuguese_given_names_are_given_names() -> None:
    assert is_given_name("Luiz") and is_given_name("Otávio") and not is_given_name("Peixoto")


def test_a_plural_title_of_former_holders_gives_no_post(nlp) -> None:
    posts = _posts(nlp, "The suit was filed by three former interior ministers, Tomasz Wierzbicki, Anke Vermeulen "
                        "and Rui Tavares Lobo, who argued it was void.")
    assert set(posts.values()) == {None}
