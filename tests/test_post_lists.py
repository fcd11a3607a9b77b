"""Posts given to several people at once: a plural title before a list of names, a plural
head before a list of fields each with its holder, and a head of state's title shared by a
list of names each after its state's possessive.

Sentences are written for the test, with invented office holders of real states.
"""

from __future__ import annotations

from conftest import official_posts_in


def posts(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    return official_posts_in(nlp, text, "2023-05-02")


def test_plural_title_before_two_names_gives_each_the_post(nlp) -> None:
    found = posts(nlp, "The accord was signed in 2004 by then interior ministers Maria Kowalska and Jens Nielsen, "
                       "who met again a year later.")
    assert ("Maria Kowalska", "Minister of the Interior", None) in found
    assert ("Jens Nielsen", "Minister of the Interior", None) in found


def test_plural_title_after_a_list_of_states_gives_each_its_state_in_order(nlp) -> None:
    found = posts(nlp, "The pact was signed by Poland and Denmark in 2004 by then interior ministers Maria Kowalska "
                       "and Jens Nielsen, officials said.")
    assert ("Maria Kowalska", "Minister of the Interior", "Poland") in found
    assert ("Jens Nielsen", "Minister of the Interior", "Denmark") in found


def test_plural_head_before_a_list_of_fields_each_with_its_holder(nlp) -> None:
    found = posts(nlp, "The deal was signed by the ministers of labour, Ana Pérez, and of the interior, José Gómez, "
                       "on Monday.")
    assert ("Ana Pérez", "Minister of Labour", None) in found
    assert ("José Gómez", "Minister of the Interior", None) in found


def test_head_of_state_title_shared_by_a_list_of_possessive_states(nlp) -> None:
    found = posts(nlp, "At the summit, President Gabriel Boric, Peru's Dina Boluarte Zegarra and "
                       "Ecuador's Guillermo Lasso Mendoza discussed the bloc's agenda.")
    assert {(n, c) for n, r, c in found if r == "President"} >= {("Dina Boluarte", "Peru"), ("Guillermo Lasso", "Ecuador")}


def test_a_list_joined_by_commas_alone_shares_no_title(nlp) -> None:
    found = posts(nlp, "President Gabriel Boric, Peru's Dina Boluarte, said nothing.")
    assert not any(n == "Dina Boluarte" and r == "President" for n, r, _ in found)


def test_a_plural_title_and_one_name_is_no_list(nlp) -> None:
    found = posts(nlp, "The interior ministers met Maria Kowalska in Warsaw on Monday.")
    assert not any(n == "Maria Kowalska" for n, _, _ in found)


def test_vice_before_a_field_belongs_to_the_head(nlp) -> None:
    found = posts(nlp, "Vice Justice Minister Park Min-jun met the delegation on Monday.")
    assert {r for n, r, _ in found if n == "Park Min-jun"} == {"Vice Minister of Justice"}


def test_irish_heads_of_government_are_posts_of_ireland(nlp) -> None:
    found = posts(nlp, "Taoiseach Niamh Brennan said the border would stay open, and then tánaiste Ciarán Walsh agreed.")
    assert ("Niamh Brennan", "Taoiseach", "Ireland") in found
    assert ("Ciarán Walsh", "Tánaiste", "Ireland") in found


def test_a_state_the_head_alone_implies_is_not_shared_by_the_next_title(nlp) -> None:
    found = posts(nlp, "It was signed in London by then tánaiste Ciarán Walsh and then Cabinet Office minister "
                       "Oliver Pembrooke.")
    assert ("Oliver Pembrooke", "Minister of Cabinet Office", "Ireland") not in found


def test_a_preposition_of_the_sentence_is_no_part_of_the_title(nlp) -> None:
    found = posts(nlp, "The permit is administered by the Department of Home Affairs under Minister Thabo Ndlovu, "
                       "officials said.")
    assert all(not r.endswith("Under") for _, r, _ in found)


def test_capitalised_fields_after_a_comma_stay_in_the_post(nlp) -> None:
    found = posts(nlp, "Today, Daniel Tremblay, Minister of Immigration, Refugees and Citizenship, and Mexico's "
                       "Minister of Labour, Ana Pérez, signed the arrangement.")
    assert ("Daniel Tremblay", "Minister of Immigration, Refugees and Citizenship", None) in found


def test_the_title_after_a_conjunction_is_the_next_names(nlp) -> None:
    found = posts(nlp, "The governor was accompanied by his adviser, Musa Bello, and the UNHCR Representative in "
                       "Chad, Marc Dupont.")
    assert ("Marc Dupont", "Representative in Chad", "UNHCR") in found
    assert not any(n == "Musa Bello" for n, _, _ in found)


def test_an_igo_the_post_is_at_is_its_country_not_words_of_the_post(nlp) -> None:
    found = posts(nlp, "The minister met Helen Park, assistant high commissioner for protection at the UN refugee "
                       "agency (UNHCR), in Geneva.")
    assert ("Helen Park", "Assistant High Commissioner for Protection", "UNHCR") in found


def test_a_style_with_its_article_between_title_and_name(nlp) -> None:
    found = posts(nlp, "The agreement, which the Prime Minister of Fiji, the Hon Jone Vakarau, signed in Suva, "
                       "took effect in May.")
    assert ("Jone Vakarau", "Prime Minister", "Fiji") in found


def test_lower_case_fields_listed_with_commas_in_a_title_before_the_name(nlp) -> None:
    found = posts(nlp, "The memorandum was signed by Portugal's minister of labour, solidarity and social security, "
                       "Rita Moreira, and Moroccan Foreign Minister Youssef Alami.")
    assert ("Rita Moreira", "Minister of Labour, Solidarity and Social Security", "Portugal") in found


def test_an_adverb_after_a_comma_is_no_field_of_the_title(nlp) -> None:
    found = posts(nlp, "He met the minister of labour, and later, Ana Pérez, the envoy.")
    assert not any(r.startswith("Minister") for n, r, _ in found if n == "Ana Pérez")
