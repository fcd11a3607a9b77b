"""Who signed, and what a signing concluded: people of the occasion ("after talks with President
Z", "during a visit by Minister Z"), names that only qualify a noun ("on the Anna Berg
system") and places the tagger took for people ("in Nusa Penida") are no signers; "signed a Joint
Understanding" names an agreement; a deal signed in another month and year ("in March 2015") is
another deal than the one reported, though it has no day.

Texts are written for these tests, with states and people the gold sets do not use for these readings.
"""

from __future__ import annotations

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.facts import Article


def run(nlp, text: str, date: str = "2021-03-10"):
    article = Article(id="t", source="t.txt", text=text, date=date)
    return extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))


def test_people_of_the_occasion_of_a_signing_are_no_signers(nlp) -> None:
    text = (
        "In Lilongwe, Malawi's Foreign Minister Nancy Tembo and Denmark's Minister Lars Holm signed "
        "a readmission agreement after talks with President Lazarus Chakwera."
    )
    assert [a.signed_by for a in run(nlp, text)] == [["Nancy Tembo", "Lars Holm"]]


def test_a_visitor_at_a_signing_signed_nothing(nlp) -> None:
    text = "Malawi and Denmark signed an agreement in Lilongwe during a visit by Minister Lars Holm."
    assert [a.signed_by for a in run(nlp, text)] == [[]]


def test_a_name_qualifying_a_noun_is_no_signer(nlp) -> None:
    from spacy.tokens import Doc

    from kg.extract.agreements.not_signers import qualifies_noun

    # "signed ... on the Anna Berg system" (parsed by hand: the tagger's names vary)
    words = ["They", "signed", "it", "on", "the", "Anna", "Berg", "system", "."]
    heads = [1, 1, 1, 1, 7, 6, 7, 3, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "compound", "compound", "pobj", "punct"]
    pos = ["PRON", "VERB", "PRON", "ADP", "DET", "PROPN", "PROPN", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert qualifies_noun(doc[5:7])
    # "signed by Anna Berg": the name is the agent's object, a signer
    words = ["It", "was", "signed", "by", "Anna", "Berg", "."]
    heads = [2, 2, 2, 2, 5, 3, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj", "punct"]
    pos = ["PRON", "AUX", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert not qualifies_noun(doc[4:6])


def test_a_place_after_in_is_no_signer(nlp) -> None:
    text = (
        "Peru's Foreign Minister Ana Soto and her Chilean counterpart, Julio Vega, signed a returns "
        "agreement in Nusa Penida."
    )
    assert [a.signed_by for a in run(nlp, text)] == [["Ana Soto", "Julio Vega"]]


def test_a_joint_understanding_signed_is_an_agreement(nlp) -> None:
    text = "Ghana and Norway signed a Joint Understanding on fisheries patrols in Accra on Monday."
    assert [sorted(a.signatories) for a in run(nlp, text)] == [["Ghana", "Norway"]]


def test_a_deal_signed_in_another_month_and_year_is_another_deal(nlp) -> None:
    text = (
        "Peru and Japan signed a memorandum of cooperation on Monday on skilled workers. "
        "Peru and Japan signed a memorandum on trainees in March 2015."
    )
    assert len(run(nlp, text)) == 2


def test_a_similar_deal_of_a_kind_is_like_the_last_one_of_that_kind(nlp) -> None:
    text = (
        "Peru and Bolivia signed a memorandum of understanding on seasonal workers on Monday. "
        "Recruitment had stopped in 2019 under the previous arrangement, which was signed in May 2015. "
        "Bolivia signed a similar MoU with Chile in March 2020."
    )
    kinds = {frozenset(a.signatories): a.type for a in run(nlp, text)}
    assert kinds[frozenset({"Bolivia", "Chile"})] == "memorandum of cooperation"
    # the arrangement the similar MoU is not like keeps no kind of its own
    assert "other" in [a.type for a in run(nlp, text) if set(a.signatories) == {"Peru", "Bolivia"}]
