"""Entity resolution across articles: spelling variants meet, different people stay apart."""

from __future__ import annotations

from kg.resolve import canonical_names, resolve, same_person


def test_misspelling_joins_the_spelling_most_articles_use():
    names = canonical_names(["Kevin Mallory", "Keven Mallory", "Kevin Mallory"])
    assert names == {"Kevin Mallory": "Kevin Mallory", "Keven Mallory": "Kevin Mallory"}


def test_canonical_choice_does_not_depend_on_input_order():
    a = canonical_names(["Jon Ruiz", "John Ruiz"])
    b = canonical_names(["John Ruiz", "Jon Ruiz"])
    assert a == b and len(set(a.values())) == 1


def test_relatives_with_one_surname_stay_apart():
    assert not same_person("Donald Trump", "Melania Trump")
    assert not same_person("Ana Ortiz", "Pedro Ortiz")


def test_initial_matches_first_name_with_same_surname():
    assert same_person("K. Nielsen", "Kirstjen Nielsen")
    assert not same_person("M. Nielsen", "Kirstjen Nielsen")


def test_accents_do_not_split_a_person():
    assert same_person("Olga Sánchez Cordero", "Olga Sanchez Cordero")


def test_different_surnames_never_match():
    assert not same_person("Ana Ortiz", "Ana Ortega")


def test_resolve_rewrites_officials_signers_and_participants(corpus):
    resolved, resolution = resolve(corpus)
    a1 = resolved[0]
    assert {o.name for o in a1.officials} == {"Kevin Mallory", "Ana Ortiz"}
    mallory = next(o for o in a1.officials if o.name == "Kevin Mallory")
    assert "Keven Mallory" in mallory.aliases
    assert a1.agreements[0].signed_by == ["Kevin Mallory", "Ana Ortiz"]
    assert resolution.names["Keven Mallory"] == "Kevin Mallory"


def test_agreement_year_comes_from_the_corpus_when_an_article_has_no_date(corpus):
    from dataclasses import replace

    undated = replace(corpus[1], agreements=[replace(corpus[0].agreements[0], date=None)])
    _, resolution = resolve([corpus[0], undated])
    assert resolution.agreement_year(undated.agreements[0], None) == "2019"


def test_surname_only_article_gets_the_unique_full_name_of_the_corpus():
    names = canonical_names(["Ortiz", "Ana Ortiz", "Mallory"])
    assert names["Ortiz"] == "Ana Ortiz"
    assert names["Mallory"] == "Mallory"  # nobody in the corpus gives a full name


def test_surname_only_stays_when_two_people_share_the_surname():
    names = canonical_names(["Ortiz", "Ana Ortiz", "Pedro Ortiz"])
    assert names["Ortiz"] == "Ortiz"


def test_a_tie_goes_to_the_surname_most_articles_write():
    # one article misspells the full name but writes the surname right later; another spells it right
    # article 1 writes "Luisa Carvajall", later "Carvajal"; article 2 writes "Luisa Carvajal"
    spellings = ["Luisa Carvajall", "Carvajal", "Luisa Carvajal"]
    names = canonical_names(["Luisa Carvajal", "Luisa Carvajall"], spellings=spellings)
    assert names == {"Luisa Carvajal": "Luisa Carvajal", "Luisa Carvajall": "Luisa Carvajal"}
    # without the later surname the tie stays a tie, broken by length: no evidence, no preference
    assert canonical_names(["Luisa Carvajall", "Luisa Carvajal"])["Luisa Carvajal"] == "Luisa Carvajall"


def test_a_double_surname_is_the_person_other_articles_name_by_the_first():
    names = canonical_names(["Marta Ruiz", "Marta Ruiz Lozano", "Marta Ruiz"])
    assert names["Marta Ruiz Lozano"] == "Marta Ruiz"
    # a different first name is a different person
    assert canonical_names(["Marta Ruiz", "Carla Ruiz Lozano"])["Carla Ruiz Lozano"] == "Carla Ruiz Lozano"
