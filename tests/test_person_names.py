"""Person names for any government: titles, ranks and honorifics are no part of a name; titles,
places and bodies are no people; one person's mentions are one name.

Names are invented (in the styles of several regions) so the rules cannot lean on an article.
"""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.names import canonical_form, clean, is_title_only, titles_before
from kg.extract.officials import extract_officials
from kg.extract.people import canonical_in_article
from kg.facts import Article


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Federal Councillor Ilse Brandauer", "Ilse Brandauer"),  # a collegial government's title
        ("Lt Gen Thura Maung", "Thura Maung"),  # a rank, written without dots
        ("Senior General Thura Maung", "Thura Maung"),
        ("State Counsellor Daw Khin", "Daw Khin"),
        ("His Majesty King Faisal", "Faisal"),  # an honorific, then a head of state's title
        ("Datuk Seri Azman Yusof", "Azman Yusof"),  # Malaysian honorifics
        ("Acting Secretary Dana Whitlow", "Dana Whitlow"),  # a kept modifier before a head
        ("John Major", "John Major"),  # a rank word after the given name is the surname
        ("Lord Ashworth", "Ashworth"),  # a peer's title
        ("Yvette Marlow MP", "Yvette Marlow"),  # letters after a name
        ("Trump", "Trump"),  # the last word always stays
    ],
)
def test_titles_ranks_and_honorifics_are_no_part_of_a_name(mention: str, name: str) -> None:
    assert clean(mention) == name


def test_titles_alone_are_no_name() -> None:
    assert is_title_only("Counsellor") and is_title_only("State Counsellor")
    assert not is_title_only("Kyaw") and titles_before(["Lt", "Gen", "Kyaw", "Swe"]) == 2
    assert not is_title_only("King") and not is_title_only("Major")  # alone, these may be surnames


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("AH Rahim Khan", "Rahim Khan"),  # initials before the given names
        ("A.H. Rahim Khan", "Rahim Khan"),
        ("J.D. Marlow", "J.D. Marlow"),  # initials and one name: nothing else to call him
        ("Harold GW Benton", "Harold Benton"),  # middle initials written without dots
        ("Sayed Karim Ahmadi Nuristani", "Sayed Karim Ahmadi Nuristani"),  # no middle name here: kept in full
    ],
)
def test_initials_are_dropped_from_the_canonical_form(name: str, form: str) -> None:
    assert canonical_form(name) == form


def test_a_first_name_alone_joins_the_one_full_name_it_starts() -> None:
    people = {"Azman Yusof": "Azman Yusof", "Michael Bowen": "Michael Bowen"}
    assert canonical_in_article("Datuk Seri Azman", people) == "Azman Yusof"
    assert canonical_in_article("Michael", people) == "Michael"  # a common given name others may share


def test_first_and_last_name_join_a_fuller_name_only_over_a_middle_name() -> None:
    assert canonical_in_article("Kevin Mallory", {"Kevin Andrew Mallory": "Kevin Andrew Mallory"}) == "Kevin Andrew Mallory"
    # "Thura Maung" is another person than "Thura Win Maung"
    assert canonical_in_article("Thura Maung", {"Thura Win Maung": "Thura Win Maung"}) == "Thura Maung"


# --------------------------------------------------------------------------- with the parser


def run(nlp, text: str) -> list:
    ctx = Context(Article(id="t", source="t", text=text, date="2017-11-24"))
    return extract_officials(nlp(text), ctx)


def test_a_title_and_a_rank_before_the_name_are_stripped(nlp) -> None:
    found = run(nlp, "The agreement was signed by Federal Councillor Ilse Brandauer, head of the Federal "
                     "Department of Justice and Police, and the Sri Lankan Minister of Foreign Affairs, Tilak Perera.")
    names = {o.name for o in found}
    assert "Ilse Brandauer" in names and "Police" not in names
    assert not any("Councillor" in n for n in names)


def test_a_rank_after_a_counterpart_keeps_the_counterpart_post(nlp) -> None:
    found = run(nlp, "Home Minister Rahim Khan Chowdhury signed the memorandum with his Myanmar counterpart, "
                     "Lt Gen Thura Maung, in Naypyitaw on October 24.")
    post = {o.name: (o.role, o.country) for o in found}
    assert "Thura Maung" in post and post["Thura Maung"][1] == "Myanmar"


def test_a_given_name_the_tagger_left_out_joins_the_name(nlp) -> None:
    found = run(nlp, "Thabile Mdluli, Eswatini's acting government spokesperson, said the men would be held in isolation.")
    assert [o.name for o in found] == ["Thabile Mdluli"]


def test_the_untagged_end_of_a_long_name_joins_it(nlp) -> None:
    found = run(nlp, "It was signed by Interior Minister Anders Ygeman and Afghanistan's Minister of Refugees and "
                     "Repatriation, Sayed Hussain Alemi Balkhi, on the sidelines of a conference.")
    assert "Sayed Hussain Alemi Balkhi" in {o.name for o in found}


def test_initials_and_a_later_two_word_reference_are_one_person(nlp) -> None:
    found = run(nlp, "Foreign Minister AH Mahmood Ali signed the arrangement in Naypyitaw. "
                     "Earlier in the day, Mahmood Ali met the army chief.")
    assert [o.name for o in found] == ["Mahmood Ali"]


def test_a_place_after_the_is_no_person(nlp) -> None:
    found = run(nlp, "Today, in Erbil, the Home Secretary met the Prime Minister of the Kurdistan Region, "
                     "Masrour Barzani, and the Kurdistan Region's Minister of Interior, Reber Ahmed.")
    assert "Kurdistan Region" not in {o.name for o in found}


def test_a_counterpart_takes_the_post_an_earlier_sentence_gave_the_other(nlp) -> None:
    found = run(nlp, "Prime Minister Helen Carrow unveiled the plan in May. "
                     "Ms Carrow, who spoke by phone with her Malaysian counterpart Ismail Karim on Sunday, "
                     "said the deal was a body blow to smugglers.")
    assert ("Ismail Karim", "Prime Minister", "Malaysia") in {(o.name, o.role, o.country) for o in found}


def test_a_bare_leaders_title_is_shared_with_a_state_s_leader_named_after_it(nlp) -> None:
    found = run(nlp, "Relations between President Daniel Mwangi and Somalia's Abdi Hassan Warsame remain frosty.")
    assert ("Abdi Hassan Warsame", "President", "Somalia") in {(o.name, o.role, o.country) for o in found}


def test_an_agreement_after_the_is_no_person_and_a_surname_without_its_particle_is_one(nlp) -> None:
    text = ("The MoU was signed by Prime Minister Carmel Vella and Fayez al-Haddad, head of Libya's "
            "Government of National Accord. Haddad flew in for a one-day visit.")
    ctx = Context(Article(id="t", source="t", text=text, date="2020-05-28"))
    extract_officials(nlp(text), ctx)
    assert "MoU" not in ctx.people
    assert ctx.person("Haddad") == "Fayez al-Haddad"


def test_a_capital_tagged_as_a_person_is_a_place(nlp) -> None:
    text = "Minister of Foreign Affairs Tilak Perera arrived in Kigali on Monday. Kigali said the talks went well."
    ctx = Context(Article(id="t", source="t", text=text, date="2020-05-28"))
    extract_officials(nlp(text), ctx)
    assert "Kigali" not in ctx.people


def test_a_full_name_the_tagger_found_takes_no_title_words_before_it(nlp) -> None:
    from kg.annotate.people import people

    doc = nlp("Presidential Spokesperson Harry Roque said President Rodrigo Duterte would lift the ban soon.")
    assert [s.kb_id_ for s in people(doc)] == ["Harry Roque", "Rodrigo Duterte"]


def test_one_word_after_in_is_a_place(nlp) -> None:
    text = "Foreign Minister Mahmood Ali held talks in Naypyitaw on Thursday. Mahmood Ali said the talks went well."
    ctx = Context(Article(id="t", source="t", text=text, date="2017-11-24"))
    extract_officials(nlp(text), ctx)
    assert "Naypyitaw" not in ctx.people
