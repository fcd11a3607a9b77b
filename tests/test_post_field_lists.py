"""A portfolio of several fields is one post, however many commas, hyphens and articles it
holds: after a name ("X, the new Minister of A, B, C and D-E") and before one ("Y's Minister
for A and the Pacific, X"). Sentences are written for the test, with invented office holders.
"""

from __future__ import annotations

from conftest import official_posts_in


def posts(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    return official_posts_in(nlp, text, "2023-05-02")


def test_four_capitalised_fields_after_a_name_are_one_portfolio(nlp) -> None:
    found = posts(nlp, "The accord was signed during a visit by Claire Martin, the new Minister of Labour, Housing, "
                       "Urban Renewal and Co-operation.")
    assert ("Claire Martin", "Minister of Labour, Housing, Urban Renewal and Co-operation", None) in found


def test_three_lower_case_fields_after_a_name_are_one_portfolio(nlp) -> None:
    found = posts(nlp, "The plan came from Ana Ruiz, minister of labour, health, invalids and social affairs, on Monday.")
    assert ("Ana Ruiz", "Minister of Labour, Health, Invalids and Social Affairs", None) in found


def test_a_head_after_a_comma_opens_the_next_post(nlp) -> None:
    found = posts(nlp, "Ana Ruiz, Minister of Labour, Ambassador Jose Perez and others said so.")
    assert ("Ana Ruiz", "Minister of Labour", None) in found
    assert ("Jose Perez", "Ambassador", None) in found


def test_a_region_joined_to_a_field_stays_in_the_portfolio_before_a_name(nlp) -> None:
    found = posts(nlp, "The deal was signed in Suva by New Zealand's Minister for Trade and the Pacific, Tom Wright, "
                       "and Fiji's Minister for Employment, Sera Naivalu.")
    assert ("Tom Wright", "Minister for Trade and the Pacific", "New Zealand") in found
    assert ("Sera Naivalu", "Minister for Employment", "Fiji") in found
