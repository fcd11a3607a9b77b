"""Aid read from the clause around a sum: linking-verb status, sums in apposition, "whether"
clauses, nationals as recipients, government words as donors, contributions and pools. Each
test uses invented sentences, with a variant that must not change."""

from __future__ import annotations

import pytest

from test_aid_transfer import run


@pytest.mark.parametrize(
    "text",
    [
        "The assistance to Niger and Mali that Brussels suspended in May remains frozen.",
        "Aid to Niger and Mali has remained frozen since May, when the minister ordered it suspended.",
    ],
)
def test_aid_a_linking_verb_says_is_frozen_is_suspended(nlp, text) -> None:
    (fact,) = run(nlp, text)
    assert (fact.status, fact.recipients) == ("suspended", ["Niger", "Mali"])


def test_aid_a_linking_verb_says_nothing_of_has_no_status(nlp) -> None:
    assert run(nlp, "The aid to Niger remains vital, the minister said.") == []


def test_a_sum_in_apposition_in_a_relative_clause_takes_the_verb_over_the_money(nlp) -> None:
    text = (
        "The European Commission announced in July that it would release part of the aid it had "
        "frozen for Niger and Mali, some €40 million, but the rest stays blocked."
    )
    facts = [f for f in run(nlp, text) if f.amount]
    assert [(f.amount, f.status) for f in facts] == [(40e6, "restored")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials did not say whether Ghana would receive any money under the arrangement.",
        "The minister would not say whether Norway will provide funds to Ghana.",
    ],
)
def test_a_question_whether_money_comes_is_no_aid(nlp, text) -> None:
    assert run(nlp, text) == []


def test_a_cutoff_a_release_reverses_makes_the_release_a_restoration(nlp) -> None:
    text = (
        "The government says it will release about $80 million in aid to Peru and Chile, "
        "partially reversing a cutoff that the president ordered in May."
    )
    (fact,) = [f for f in run(nlp, text) if f.amount]
    assert fact.status == "restored"
    # without the cutoff the release is the first: a promise to pay out
    (fact,) = run(nlp, "The government says it will release about $80 million in aid to Peru and Chile.")
    assert fact.status == "pledged"


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Under the deal, Norway will provide reintegration assistance to Somalis who are returned.", "Somalia"),
        ("Under the deal, Denmark will give DKK 20 million to Eritreans who return home.", "Eritrea"),
        ("Canada announced CAD 12 million in aid for Haitians inside their own country.", "Haiti"),
    ],
)
def test_money_for_a_states_nationals_goes_to_that_state(nlp, text, recipient) -> None:
    (fact,) = run(nlp, text)
    assert fact.recipients == [recipient]


def test_a_letter_to_nationals_is_no_aid(nlp) -> None:
    assert run(nlp, "The ministry sent a letter to Afghans who live in Germany.") == []


def test_a_sums_countries_stop_at_the_next_coordinated_clause(nlp) -> None:
    text = (
        "In May, the European Union announced €20 million in humanitarian aid for Sudanese inside "
        "their country and in neighbouring states, and last week the Norwegian envoy to the UN "
        "announced an additional 5 million dollars in aid for refugees in Chad."
    )
    facts = run(nlp, text)
    assert [(f.amount, f.recipients) for f in facts] == [(20e6, ["Sudan"]), (5e6, ["Chad"])]


def test_a_heading_the_parser_runs_into_the_sentence_is_not_its_subject(nlp) -> None:
    text = (
        "Politics live\n\n09.40 BST\n\nHow much will Ghana cost?\n\n"
        "Reminder: the audit office said in March that Britain will pay Ghana £200m over four years, "
        "and a further £80m once 500 people have been relocated, on top of costs per person sent.\n"
    )
    facts = run(nlp, text)
    assert [(f.amount, f.provider, f.recipients) for f in facts] == [
        (200e6, "United Kingdom", ["Ghana"]),
        (80e6, "United Kingdom", ["Ghana"]),
    ]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("The president announced that Chile will contribute 900 million pesos to help Bolivia patrol its border.", 900e6, "CLP"),
        ("Japan will channel $12 million to Ghana through the World Food Programme.", 12e6, "USD"),
    ],
)
def test_a_sum_a_state_contributes_or_channels_is_aid_without_an_aid_noun(nlp, text, amount, currency) -> None:
    (fact,) = run(nlp, text)
    assert (fact.amount, fact.currency, fact.recipients) == (amount, currency, ["Bolivia"] if "Bolivia" in text else ["Ghana"])


def test_a_headline_under_an_outlets_name_is_still_the_headline(nlp) -> None:
    from kg.extract import Context
    from kg.extract.aid import extract_aid
    from kg.facts import Article

    title = "Norway to Restore Some Aid to Mali and Niger"
    text = (
        f"Nordic Wire\nAfrica\n\n{title}\n\n"
        "Oslo says it will release about $40 million in aid to Mali and Niger, reversing a freeze ordered in May.\n"
    )
    article = Article(id="t", source="t.txt", text=text, title=title, date="2022-05-10")
    facts = extract_aid(nlp(text), Context(article=article, people={}))
    assert [(f.amount, f.status) for f in facts] == [(40e6, "restored")]


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("Aid news\n\nWashington cut assistance to the Sahel in March, in exchange for Mali and Niger agreeing to take back migrants.", "United States"),
        ("Aid news\n\nBrussels cut assistance to the Sahel in March, in exchange for Mali and Niger agreeing to take back migrants.", "European Union"),
    ],
)
def test_a_word_for_a_government_doing_the_first_status_verb_is_the_donor(nlp, text, provider) -> None:
    (fact,) = run(nlp, text)
    assert (fact.provider, fact.status) == (provider, "cut")


def test_a_shared_currency_word_is_the_clause_donors_before_a_restatement(nlp) -> None:
    text = (
        "Sweden and Norway joined the plan. Sweden, which has an opt-out, said it would contribute "
        "200 million kronor (about €18 million) to Greece."
    )
    facts = [f for f in run(nlp, text) if f.amount]
    assert [(f.amount, f.currency, f.provider) for f in facts] == [(200e6, "SEK", "Sweden")]


def test_money_paid_into_the_pool_told_before_goes_where_the_pool_goes(nlp) -> None:
    text = (
        "Under the deal, member states will pay €20,000 for each person they refuse, giving a pool of "
        "€300 million in financial contributions for Malta and Cyprus. An Austrian official who attended called it a turning point. "
        "Norway offered 50 million Norwegian kroner to the pool, its ministry said."
    )
    facts = [f for f in run(nlp, text) if f.currency == "NOK"]
    assert [(f.amount, f.recipients) for f in facts] == [(50e6, ["Malta", "Cyprus"])]
