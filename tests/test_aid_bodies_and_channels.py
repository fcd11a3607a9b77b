"""Aid with bodies: an agency that runs a programme is its channel, not whom the money is for;
the body a state's support goes to gets it when the sentence names no other state; a seat of
government named with its article gives; a headline the parser ran into the line above keeps its
own subject as the donor.

Sentences are invented for these tests.
"""

from __future__ import annotations

from test_aid_transfer import run


def test_a_programme_run_with_an_agency_is_for_the_country_not_the_agency(nlp) -> None:
    text = (
        "Ghana and the Netherlands signed a returns arrangement in Accra. The Hague has committed "
        "€8 million over four years for a programme run with the International Organization for "
        "Migration to reintegrate returnees in the Ashanti region."
    )
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.provider, fact.recipients) == (8e6, "Netherlands", ["Ghana"])


def test_a_states_support_to_a_body_goes_to_the_body(nlp) -> None:
    text = (
        "Norway renewed its funding of the refugee agency on Monday. "
        "Last year, Norway's core support to UNHCR amounted to NOK 900 million."
    )
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.currency, fact.provider, fact.recipients) == (900e6, "NOK", "Norway", ["UNHCR"])


def test_a_headline_under_a_release_line_keeps_its_own_donor(nlp) -> None:
    text = (
        "News release from the Ministry of Foreign Affairs\n\n"
        "Denmark gives DKK 300 million in core support to UNICEF\n\n"
        "Published 3 March 2021\n"
    )
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.provider, fact.recipients) == (300e6, "Denmark", ["UNICEF"])


def test_a_sentence_whose_opening_name_the_parser_hung_on_the_sentence_before_keeps_it_as_donor(nlp) -> None:
    from spacy.tokens import Doc

    from kg.extract.aid.donors import clause_donor

    words = ["Talks", "ended", "with", "Egypt", ".", "Denmark", "has", "given", "Tunisia", "75", "million", "kroner", "."]
    # the parse the glued text got: "Denmark" a conjunct of "Egypt", "given" without a subject
    heads = [1, 1, 1, 2, 1, 3, 7, 7, 7, 10, 11, 7, 7]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "conj", "aux", "ROOT", "dative", "compound", "nummod", "dobj", "punct"]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "AUX", "VERB", "PROPN", "NUM", "NUM", "NOUN", "PUNCT"]
    starts = [True] + [False] * 4 + [True] + [False] * 7
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=starts)
    sent = doc[5:13]
    assert clause_donor(doc[9], sent) == "Denmark"


def test_money_for_a_states_border_police_is_for_that_state(nlp) -> None:
    text = (
        "The memorandum contains no figures. But Spain's interior ministry paid about €300,000 in 2019 for "
        "training courses and equipment for Gambian border police, according to replies to parliamentary questions."
    )
    (fact,) = run(nlp, text)
    assert (fact.provider, fact.recipients, fact.status) == ("Spain", ["Gambia"], "delivered")
