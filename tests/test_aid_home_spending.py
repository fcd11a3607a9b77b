"""A state's spending at home is not aid (GUIDELINES.md): a state's sum in its own money for
no one named abroad is dropped; money 'to help countries in the region' stays. Invented
sentences, other states and currencies than the articles that showed the error."""

from __future__ import annotations

import pytest

from test_aid_transfer import run


@pytest.mark.parametrize(
    "text",
    [
        "Peru's labour ministry has allocated 40 million soles from the state budget to train workers before they leave.",
        "Thailand's cabinet approved 300 million baht in funding for its migrant worker training programme.",
    ],
)
def test_a_state_spending_its_own_money_at_home_is_no_aid(nlp, text) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("Sweden pledged 50 million kronor over four years to help countries in the Horn of Africa receive refugees.", "Sweden"),
        ("Switzerland will give 20 million francs for refugees in the region.", "Switzerland"),
    ],
)
def test_a_states_own_money_going_abroad_stays_aid(nlp, text, provider) -> None:
    (fact,) = run(nlp, text)
    assert fact.provider == provider
