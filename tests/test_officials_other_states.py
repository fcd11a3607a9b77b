"""Officials of deals between two states other than the 2019 ones, and of their history: the
post's own state before the article's ("Chancellor" in a piece on Germany and Turkey), the
words between a title and a name (Indian honorifics, a noun before "of"), posts of two
offices or of fields listed with commas, and names the tagger cut in two.

Sentences are written for the test (people invented, states and bodies real).
"""

from __future__ import annotations

import pytest

from kg import gazetteer
from kg.extract import Context
from kg.extract.officials import extract_officials
from kg.extract.roles import parse_title, settle_head_by_state
from kg.facts import Article


def officials(nlp, text: str, date: str = "2022-05-01") -> dict[str, tuple[str | None, str | None]]:
    ctx = Context(Article(id="t", source="t", text=text, date=date))
    return {o.name: (o.role, o.country) for o in extract_officials(nlp(text), ctx)}


def test_a_chancellor_serves_the_state_that_has_chancellors_not_the_other_party(nlp):
    text = ("Turkey and Germany marked sixty years of their labour recruitment treaty on Saturday.\n\n"
            "Ankara pushed for the deal to ease unemployment. Then-Chancellor Otto Brandner's government "
            "hesitated, and Turkish officials waited for months.\n\n"
            "Germany now counts almost three million people of Turkish origin.")
    assert officials(nlp, text)["Otto Brandner"] == ("Chancellor", "Germany")


def test_a_vice_chancellor_of_germany_and_one_of_latin_america():
    assert parse_title("Vice-Chancellor").head == "Vice-Chancellor"
    assert settle_head_by_state("Vice-Chancellor", "Germany") == "Vice-Chancellor"
    # Latin America's vicecanciller is a vice minister of foreign affairs
    assert settle_head_by_state("Vice Chancellor", "Guatemala") == "Vice Minister of Foreign Affairs"
    assert settle_head_by_state("Chancellor", "Austria") == "Chancellor"


def test_a_foreign_secretary_met_by_another_states_minister_is_british(nlp):
    text = ("India and the UK signed a mobility pact in London on Tuesday.\n\n"
            "External affairs minister Arun Mehra, who held talks with foreign secretary Tom Ashby on Monday, "
            "said the pact would help students. The UK government welcomed it.")
    assert officials(nlp, text)["Tom Ashby"] == ("Foreign Secretary", "United Kingdom")


def test_a_war_named_after_a_state_is_no_mention_of_that_state():
    assert gazetteer.find_countries("with the Korean War as justification, Congress passed the law") == []
    assert [c.name for _, _, c in gazetteer.find_countries("Korean officials met in Seoul")] == ["South Korea"]


def test_the_noun_before_of_that_is_no_title_is_not_the_posts(nlp):
    text = ("The visit follows the State Visit of Prime Minister of Portugal Rui Matos to India "
            "in March, during which Prime Minister Shri Vikram Rao and Prime Minister Matos agreed to "
            "conclude a migration agreement.")
    found = officials(nlp, text, "2023-11-03")
    assert found["Rui Matos"] == ("Prime Minister", "Portugal")
    assert "Vikram Rao" in found  # "Shri" is an honorific, no part of the name
    assert found["Vikram Rao"][0] == "Prime Minister"


def test_one_holder_of_two_posts_named_in_an_apposition(nlp):
    text = ("The minister held talks with H.E. Mr. Paolo Ferri, Deputy Prime Minister and Minister of "
            "Foreign Affairs and International Cooperation of Italy, in Rome.")
    assert officials(nlp, text)["Paolo Ferri"] == (
        "Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation", "Italy")


def test_a_portfolio_of_capitalised_fields_listed_with_commas(nlp):
    text = ("The rule was announced in Ottawa by Canada's Minister of Immigration, Refugees and Citizenship, "
            "Karen Doyle.")
    assert officials(nlp, text)["Karen Doyle"] == ("Minister of Immigration, Refugees and Citizenship", "Canada")


@pytest.mark.parametrize(("phrase", "role"), [
    ("Integration commissioner", "Commissioner for Integration"),
    ("the refugees commissioner", "Commissioner for Refugees"),
    ("commissioner of migration", "Commissioner of Migration"),  # the text's "of" stays
    ("National Guard commander", "Commander of the National Guard"),
])
def test_fields_of_commissioners_and_commanders(phrase, role):
    assert parse_title(phrase).role == role


def test_an_integration_commissioner_is_an_official(nlp):
    text = ("Integration commissioner Birgit Lenz called the guest workers part of Germany's success story. "
            "Germany has long been a country of immigration.")
    assert officials(nlp, text)["Birgit Lenz"] == ("Commissioner for Integration", "Germany")


def test_a_press_name_that_is_not_the_first_part_of_the_legal_name(nlp):
    # office_holders.json: the press's "Jordán Rodas" for the ombudsman's full legal name
    text = ("The Human Rights Ombudsman, Augusto Jordán Rodas Andrade, said the transfers broke the "
            "constitution of Guatemala.")
    assert "Jordán Rodas" in officials(nlp, text, "2019-11-22")


def test_who_held_talks_with_someone_is_one_party_of_the_two(nlp):
    # a relative "who" stands for the name before it: two parties, often of two states
    from kg.annotate.people import mention_of, people
    from kg.extract.official_mentions import _Person
    from kg.extract.official_states import _met

    doc = nlp("External affairs minister Arun Mehra, who held talks with manpower minister Tan Wei Ling "
              "on Monday, said the pact would help nurses.")
    found = {mention_of(span).text: mention_of(span) for span in people(doc)}
    mehra, tan = _Person("Arun Mehra", [found["Arun Mehra"]]), _Person("Tan Wei Ling", [found["Tan Wei Ling"]])
    assert _met(mehra, tan)
    doc = nlp("External affairs minister Arun Mehra and manpower minister Tan Wei Ling said the pact would help nurses.")
    found = {mention_of(span).text: mention_of(span) for span in people(doc)}
    assert not _met(_Person("Arun Mehra", [found["Arun Mehra"]]), _Person("Tan Wei Ling", [found["Tan Wei Ling"]]))


def test_a_vice_chancellor_in_a_piece_on_germany(nlp):
    text = ("Germany wants faster returns to North Africa.\n\n"
            "In January, Vice-Chancellor Klaus Brenner suggested that states refusing to take back their "
            "citizens could see German aid cut. Germany gave Morocco 300 million euros last year.")
    assert officials(nlp, text)["Klaus Brenner"] == ("Vice-Chancellor", "Germany")


def test_a_name_the_tagger_cut_in_two_is_one_name(nlp):
    text = "Tunisian President Zine al-Abidine Ben Ali met the Italian interior minister in Tunis."
    assert "Zine al-Abidine Ben Ali" in officials(nlp, text, "2009-05-01")


def test_a_headline_verb_run_into_a_surname_is_no_given_name(nlp):
    # the tagger sometimes takes "Condemns Trump's" in a title-cased headline for a name
    from kg.extract.people import _without_headline_runs

    doc = nlp("Lopez Condemns Trump's Forced Asylum Deal with Honduras\n\n"
              "Representative Ana Lopez said President Trump pressed Honduras to sign it.")
    headline_run, president = doc[1:3], doc[-7:-6]
    assert president.text == "Trump"
    assert _without_headline_runs(["Condemns Trump", "Trump"], [headline_run, president]) == ["Trump", "Trump"]
    # the same words in running text are left alone
    body = nlp("Representative Ana Lopez said that Condemns Trump, a local activist, and President Trump spoke.")
    assert _without_headline_runs(["Condemns Trump", "Trump"], [body[5:7], body[-3:-2]]) == ["Condemns Trump", "Trump"]


def test_a_president_for_life_is_a_president():
    assert parse_title("President-for-Life").role == "President"


def test_a_head_of_state_of_history_named_without_a_post(nlp):
    # office_holders.json: the holder in term on the article's day, named by surname alone
    text = ("Reagan signed an order on Tuesday telling the Coast Guard to turn back boats from Haiti. "
            "Haitian officials said they would cooperate.")
    assert officials(nlp, text, "1981-09-30")["Ronald Reagan"] == ("President", "United States")


def test_a_known_holder_named_after_the_term_keeps_the_state_of_the_post(nlp):
    # dated between Trump's two terms: the table's date check finds no holder in term
    text = ("The pact with Honduras, signed in 2019 under then-President Donald Trump, was "
            "ended by the new administration on Monday.")
    assert officials(nlp, text, "2022-03-14")["Donald Trump"] == ("President", "United States")
