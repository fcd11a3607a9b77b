"""Whose post "its <head>" is when only a quotation stands before it in its sentence
('"...," said its president X'): the owner is in the sentence before, as for a sentence
opened by "its"; a body there that is no state's gives no post (a union's president is no
head of state), a government gives its spokesperson. Sentences are invented for the test.
"""

from __future__ import annotations

from conftest import official_posts_in


def posts(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    return official_posts_in(nlp, text, "2023-05-02")


def test_the_president_of_a_union_quoted_after_its_warning_is_no_official(nlp) -> None:
    found = posts(nlp, 'But the Farmers Union of Ghana has warned that the deal could cost jobs. '
                       '"Ghana already lacks workers," said its president Kofi Boateng.')
    assert not any(name == "Kofi Boateng" for name, _, _ in found)


def test_the_spokesperson_of_a_government_quoted_after_it(nlp) -> None:
    found = posts(nlp, 'The Kenyan government defended the deal. "Kenya needs these jobs," said its spokesman '
                       'Isaac Mwaura.')
    assert ("Isaac Mwaura", "Government Spokesperson", "Kenya") in found


def test_a_states_own_president_after_a_quotation_keeps_the_post(nlp) -> None:
    found = posts(nlp, '"Ghana needs workers," said Ghana\'s president Kofi Boateng.')
    assert ("Kofi Boateng", "President", "Ghana") in found


def test_an_official_spokesperson_signing_a_press_release(nlp) -> None:
    text = ("Both sides agreed to meet again in March.\n\nFor media queries:\nPriya Sharma, Official Spokesperson\n"
            "Ministry of External Affairs\nTel: +91-11-5550 1234\n")
    assert any(name == "Priya Sharma" and role == "Official Spokesperson" for name, role, _ in posts(nlp, text))
