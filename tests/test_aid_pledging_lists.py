"""Aid at pledging conferences and in packages: lists that say the giving verb once, conference
names and places, the parts of a promised package, and prices one person pays.

Sentences are invented for these tests.
"""

from __future__ import annotations

from test_aid_transfer import run


def test_each_sum_of_a_pledging_list_has_the_donor_written_before_it(nlp) -> None:
    text = (
        "At that conference Sweden pledged an additional SEK 2 billion, Japan ¥50 billion until 2020 "
        "and Denmark DKK 900 million over three years."
    )
    got = [(f.amount, f.currency, f.provider, f.recipients, f.status) for f in run(nlp, text)]
    assert got == [
        (2e9, "SEK", "Sweden", [], "pledged"),
        (50e9, "JPY", "Japan", [], "pledged"),
        (900e6, "DKK", "Denmark", [], "pledged"),
    ]


def test_names_in_a_list_of_what_is_received_get_the_money(nlp) -> None:
    text = "Under the plan, Chad will receive $35 million and Niger $25 million."
    got = [(f.amount, f.provider, f.recipients) for f in run(nlp, text)]
    assert got == [(35e6, None, ["Chad"]), (25e6, None, ["Niger"])]


def test_a_state_in_a_conference_title_and_the_host_city_get_nothing(nlp) -> None:
    text = (
        'The plan follows the Paris conference "Helping Yemen and the Region" on March 4, '
        "where donors pledged more than $6 billion for refugees."
    )
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.provider, fact.recipients, fact.status) == (6e9, None, [], "pledged")


def test_a_bare_dollar_with_two_dollar_states_named_as_often_is_the_us_dollar(nlp) -> None:
    text = (
        "Donors pledged $2 billion for displaced families in Sudan. "
        "Canada, Japan and the United States have signalled their support."
    )
    (fact,) = run(nlp, text)
    assert (fact.currency, fact.provider) == ("USD", None)


def test_the_parts_of_a_promised_package_are_promised(nlp) -> None:
    text = (
        "The EU will provide Morocco with a financial package worth €3 billion. "
        "The package includes €2 billion in loans and €1 billion in grants. "
        "Of the grants, €300 million will go to border management."
    )
    got = [(f.amount, f.recipients, f.status) for f in run(nlp, text)]
    assert got == [
        (3e9, ["Morocco"], "pledged"),
        (2e9, ["Morocco"], "pledged"),
        (1e9, ["Morocco"], "pledged"),
        (300e6, ["Morocco"], "pledged"),
    ]


def test_a_line_of_a_budget_is_still_approved(nlp) -> None:
    text = "The spending bill includes $40 million for Haiti."
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.recipients, fact.status) == (40e6, ["Haiti"], "approved")


def test_what_one_person_pays_an_agent_is_a_price(nlp) -> None:
    text = (
        "Before the deal, a Kenyan nurse who wanted to work in Germany paid an agent in Nairobi "
        "between $3,000 and $5,000 for a visa. Germany now pays $2 million to Kenya for training."
    )
    got = [(f.amount, f.provider, f.recipients) for f in run(nlp, text)]
    assert got == [(2e6, "Germany", ["Kenya"])]


def test_a_headlines_extra_sum_is_the_bodys_further_sum(nlp) -> None:
    text = (
        "Chad scheme bill rises as Norway pays extra $40m\n\n"
        "Norway paid Chad another $40m this year under its return scheme, on top of the $60m already handed over."
    )
    got = sorted((f.amount, f.provider, tuple(f.recipients), f.status) for f in run(nlp, text))
    assert got == [(40e6, "Norway", ("Chad",), "delivered"), (60e6, "Norway", ("Chad",), "delivered")]


def test_a_further_sum_equal_to_a_definite_one_is_a_second_promise(nlp) -> None:
    text = (
        "Under the deal, the EU promised to speed up payment of the €2 billion it had pledged to Morocco "
        "and to mobilise a further €2 billion by 2026."
    )
    got = [(f.amount, f.recipients, f.status) for f in run(nlp, text)]
    assert got == [(2e9, ["Morocco"], "pledged"), (2e9, ["Morocco"], "pledged")]


def test_a_nationality_word_before_a_sum_names_no_party(nlp) -> None:
    text = (
        "Every Sudanese migrant reaching the Spanish coast could be returned to Morocco. "
        "In return the EU promised €500 million."
    )
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.provider, fact.recipients) == (500e6, "European Union", ["Morocco"])


def test_parts_that_add_up_to_the_sum_before_of_which_are_that_sum(nlp) -> None:
    text = "Donors pledged €4 billion for 2025, he said, of which €3 billion in grants and €1 billion in loans."
    got = [(f.amount, f.status) for f in run(nlp, text)]
    assert got == [(4e9, "pledged")]


def test_a_part_with_a_fate_of_its_own_stays(nlp) -> None:
    text = "The freeze affected about $300 million in aid to Chad and Niger, of which $100 million was later cut."
    got = sorted(f.amount for f in run(nlp, text))
    assert got == [100e6, 300e6]


def test_the_topic_of_a_conference_and_a_quoted_title_after_it_get_nothing(nlp) -> None:
    text = (
        'The EU is hosting the Brussels Conference on "Supporting the future of Yemen and the region". '
        "At the Paris conference on Sudan, donors pledged $1 billion."
    )
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.recipients) == (1e9, [])


def test_the_money_going_to_states_names_the_recipients_of_the_sum_before(nlp) -> None:
    text = (
        "The EU has pledged €1.5 billion for Sudanese inside the country and in neighbouring countries. "
        "The money will go to Sudan, Chad and Egypt."
    )
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.recipients) == (1.5e9, ["Sudan", "Chad", "Egypt"])


def test_set_aside_consider_and_made_a_contribution_say_a_status(nlp) -> None:
    got = {
        f.amount: f.status
        for text in (
            "The Asian Development Bank has set aside a $500 million window for Nepal.",
            "The Commission will also consider assistance of up to €400 million to Chad once the conditions are met.",
            "Spain made the first member-state contribution, €2 million, at the launch of the fund for Mali.",
        )
        for f in run(nlp, text)
    }
    assert got == {500e6: "approved", 400e6: "under review", 2e6: "delivered"}


def test_an_economy_the_money_is_to_support_is_no_trade_figure(nlp) -> None:
    (fact,) = run(nlp, "To support the Chadian economy, the EU will provide €150 million in budget support in 2023.")
    assert (fact.amount, fact.provider, fact.recipients, fact.status) == (150e6, "European Union", ["Chad"], "pledged")


def test_a_bodys_own_budget_is_no_aid(nlp) -> None:
    text = (
        "About 90 percent of UNHCR's roughly $900 million budget last year was project money earmarked by donors. "
        "Our core budget, which member states pay in Swiss francs, is only around 40 million francs."
    )
    assert run(nlp, text) == []


def test_a_body_launching_a_programme_with_the_donor_gets_nothing(nlp) -> None:
    text = (
        "The European Union and the International Organization for Migration today launched a joint initiative, "
        "a EUR 50 million programme that will help migrants stranded in the desert return home."
    )
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.provider, fact.recipients) == (50e6, "European Union", [])


def test_a_nationality_word_is_the_party_when_no_state_is_named(nlp) -> None:
    text = (
        "Madrid has paid towards the cost of border security on the Moroccan side. "
        "At their summit in March, Spain promised that it would provide an extra €20 million to secure the port."
    )
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.provider, fact.recipients) == (20e6, "Spain", ["Morocco"])
