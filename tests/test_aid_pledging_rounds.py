"""Aid at donors' conferences: a round of pledges, where each donor states its own share.
A sum there goes to whom its own words say, never to a co-donor, a host or a speaker the
sentences before happen to name (once two other donors gave sums to no named state); a donor's
pledge in its own money is not spending at home;
the possessor of a pledge or a contribution gives the sum set out as it.

Sentences are invented for these tests.
"""

from __future__ import annotations

from test_aid_transfer import run


def test_a_donor_of_a_round_takes_no_recipients_from_the_sentences_before(nlp) -> None:
    text = (
        "Donors met in Oslo on Tuesday. Germany pledged €200 million. Italy pledged €50 million. "
        "Canada said it would give $300 million for Yemen, its foreign minister told the conference. "
        "Japan pledged $40 million. Jordan's prime minister warned that his country could not host more refugees. "
        "Chile pledged $20 million."
    )
    got = [(f.provider, f.recipients) for f in run(nlp, text)]
    assert got == [
        ("Germany", []),
        ("Italy", []),  # not Germany, a donor named just before
        ("Canada", ["Yemen"]),
        ("Japan", []),  # not Canada's Yemen: another donor's money
        ("Chile", []),  # not Jordan, whose prime minister spoke
    ]


def test_a_sum_of_one_earlier_donor_still_goes_to_the_state_the_story_told(nlp) -> None:
    text = (
        "The World Bank approved a $200 million loan for Ethiopia's industrial parks. "
        "Britain pledged $80 million for the same programme."
    )
    got = [(f.provider, f.recipients) for f in run(nlp, text)]
    assert got == [("World Bank", ["Ethiopia"]), ("United Kingdom", ["Ethiopia"])]


def test_a_pledge_in_the_donors_own_money_among_other_pledges_is_no_spending_at_home(nlp) -> None:
    text = (
        "Donors met in Oslo on Tuesday. Germany pledged €200 million. Canada pledged $300 million. "
        "Sweden pledged SEK 900 million over three years."
    )
    got = [(f.amount, f.currency, f.provider, f.recipients) for f in run(nlp, text)]
    assert got[-1] == (900e6, "SEK", "Sweden", [])
    assert all(recipients == [] for *_, recipients in got)


def test_a_lone_sum_of_a_state_in_its_own_money_is_still_spent_at_home(nlp) -> None:
    assert run(nlp, "Sweden approved SEK 900 million for its reception centres.") == []


def test_the_possessor_of_a_pledge_gives_the_sum_set_out_as_it(nlp) -> None:
    text = (
        "Donors met in Oslo on Tuesday to help Yemen. Later the prime minister set out Norway's pledge: "
        "an extra €400 million to 2025, bringing Norway's total contribution to the crisis to more than €900 million."
    )
    got = [(f.amount, f.provider, f.recipients) for f in run(nlp, text)]
    assert got == [(400e6, "Norway", ["Yemen"]), (900e6, "Norway", ["Yemen"])]


def test_donors_whose_sums_went_to_the_storys_states_make_no_round(nlp) -> None:
    text = (
        "The World Bank yesterday announced $400 million in grants to help Chad host refugees from Sudan. "
        "Canada last month committed C$200 million over three years to respond to the crisis in Chad and Niger. "
        "Norway pledged $10 million."
    )
    got = [(f.provider, f.recipients) for f in run(nlp, text)]
    assert got[-1] == ("Norway", ["Chad", "Niger"])
