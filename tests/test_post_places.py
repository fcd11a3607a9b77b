"""Posts of a place within a state (:mod:`kg.extract.title_places`): the place names the
post, possessive or not, a province or federal state from the states' subdivisions as well
as the hand-listed places; a lower-case local head of two words after a place nobody listed.

Sentences are written for the test, with invented office holders.
"""

from __future__ import annotations

from conftest import official_posts_in


def posts(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    return official_posts_in(nlp, text, "2023-05-02")


def test_a_subdivisions_possessive_names_the_governors_post_and_state(nlp) -> None:
    found = posts(nlp, "The operation began after Goiás's then-governor, Marta Ribeiro, asked the Supreme Court to close the border.")
    assert ("Marta Ribeiro", "Governor of Goiás", "Brazil") in found


def test_a_premier_of_a_federal_state_keeps_the_state_not_a_homonymous_capital(nlp) -> None:
    # "Victoria" is also the capital of Seychelles; written as a premier's, it is Australia's state
    found = posts(nlp, "A meeting with Victoria's Premier Tom Hayes was called off on Monday.")
    assert ("Tom Hayes", "Premier of Victoria", "Australia") in found


def test_a_premier_of_a_province_is_no_prime_minister(nlp) -> None:
    found = posts(nlp, "Talks with Ontario's Premier Claire Dubois ended early.")
    assert ("Claire Dubois", "Premier of Ontario", "Canada") in found


def test_a_local_head_of_two_lower_case_words_after_an_unlisted_place(nlp) -> None:
    found = posts(nlp, '"We are ready," said Salla\'s municipal manager, Veikko Lahti.')
    assert ("Veikko Lahti", "Municipal Manager of Salla", None) in found


def test_a_manager_of_no_place_is_no_post(nlp) -> None:
    found = posts(nlp, "The project manager, Veikko Lahti, said the works would end in May.")
    assert not any(role and "Manager" in role for _, role, _ in found)


def test_a_state_between_an_igo_and_a_head_with_a_remit_is_the_remit(nlp) -> None:
    found = posts(nlp, '"We need more boats," said Lena Hoffmann, IOM Tunisia Chief of Mission.')
    assert ("Lena Hoffmann", "Chief of Mission in Tunisia", "International Organization for Migration") in found


def test_a_representative_of_an_igo_in_a_state_written_before_the_head(nlp) -> None:
    found = posts(nlp, '"We need more shelters," said Marco Bellini, UNHCR Ethiopia Representative.')
    assert ("Marco Bellini", "Representative in Ethiopia", "UNHCR") in found


def test_a_states_own_minister_keeps_the_state(nlp) -> None:
    found = posts(nlp, '"We need more shelters," said Marco Bellini, Chad\'s Minister of Health.')
    assert ("Marco Bellini", "Minister of Health", "Chad") in found
