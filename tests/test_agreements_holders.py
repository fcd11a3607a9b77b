"""A state's deals with several partners, named in passing, are one agreement per partner, each
with the state that holds them: "X has labour agreements with A, B and C", "X's deals with A
and B", "the A and B agreements" (the article's main party's); "its" in the sentence after
such a list is the holder's. A body's deal with one state followed by "similar agreements with
A and B" is the body's with each. A deal "replaced" by the one reported is another deal; one
"reached at the meeting" of two officials is their states'.

Texts are written for these tests, with states and people the gold sets do not use for these readings.
"""

from __future__ import annotations

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.facts import Article, Official


def run(nlp, text: str, officials=None, date: str = "2021-03-10"):
    article = Article(id="t", source="t.txt", text=text, date=date)
    return extract_agreements(nlp(text), Context(article=article, people={}, officials=officials or []))


def pairs(found) -> set[frozenset[str]]:
    return {frozenset(a.signatories) for a in found}


def test_a_state_holding_plural_deals_with_listed_partners_has_one_each(nlp) -> None:
    text = "Ghana has bilateral labour agreements with Qatar, Oman and Jordan."
    assert pairs(run(nlp, text)) == {
        frozenset({"Ghana", "Qatar"}), frozenset({"Ghana", "Oman"}), frozenset({"Ghana", "Jordan"}),
    }


def test_a_possessor_of_plural_deals_holds_one_with_each_partner(nlp) -> None:
    text = "Ghana's deals with Oman and Bahrain were reviewed by parliament last year."
    assert pairs(run(nlp, text)) == {frozenset({"Ghana", "Oman"}), frozenset({"Ghana", "Bahrain"})}


def test_deals_a_state_does_not_have_are_none(nlp) -> None:
    assert run(nlp, "Ghana does not have labour agreements with Qatar and Oman.") == []


def test_coordinated_states_before_a_plural_deal_are_partners_of_the_main_party(nlp) -> None:
    text = (
        "Peru signed a seasonal work deal with Chile on Monday. Peru's labour minister said the "
        "Bolivian and Paraguayan agreements would also be reviewed, as Peru renews its deals."
    )
    assert pairs(run(nlp, text)) == {
        frozenset({"Peru", "Chile"}), frozenset({"Peru", "Bolivia"}), frozenset({"Peru", "Paraguay"}),
    }


def test_its_after_a_list_is_the_subject_of_the_sentence_before(nlp) -> None:
    text = (
        "Canada and Ghana on Monday signed a memorandum on the recruitment of nurses. Canada will pay "
        "for their language tests, and Canadian hospitals will hire them, Canada's envoy said. "
        "Ghana has labour agreements with several Gulf states, including Qatar and Oman. "
        "It signed its labour agreement with Lebanon in 2019."
    )
    found = pairs(run(nlp, text))
    assert frozenset({"Ghana", "Lebanon"}) in found
    assert frozenset({"Canada", "Lebanon"}) not in found


def test_similar_deals_after_a_bodys_deal_are_the_bodys_with_each(nlp) -> None:
    text = (
        "The European Union and Albania signed a status agreement on border management on Monday. "
        "Similar agreements have already been signed with Georgia, Armenia and Ukraine."
    )
    assert pairs(run(nlp, text)) == {
        frozenset({"European Union", "Albania"}), frozenset({"European Union", "Georgia"}),
        frozenset({"European Union", "Armenia"}), frozenset({"European Union", "Ukraine"}),
    }


def test_the_deal_a_new_one_replaces_is_another_deal(nlp) -> None:
    text = (
        "The European Union and Albania signed a status agreement on border management on Monday. "
        "The new agreement replaces the first status agreement between the EU and Albania."
    )
    found = run(nlp, text)
    assert [sorted(a.signatories) for a in found] == [["Albania", "European Union"]] * 2


def test_an_agreement_reached_at_the_meeting_is_that_of_the_two_who_met(nlp) -> None:
    officials = [
        Official(name="Tomas Ruud", role="President", country="Iceland", evidence=None),
        Official(name="Kemal Arslan", role="President", country="Turkey", evidence=None),
    ]
    text = (
        "Iceland lifted its visa rules for Turkish students on Monday after President Tomas Ruud held "
        "talks with President Kemal Arslan in Reykjavik. "
        "Under the agreement reached at the meeting, students will obtain visas within a week, a spokesman said."
    )
    assert pairs(run(nlp, text, officials)) == {frozenset({"Iceland", "Turkey"})}
