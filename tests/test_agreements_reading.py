"""The agreement reader's once-per-document matches: status phrases, signing verbs and
"did so" clauses, each found by one Matcher pass and looked up per sentence."""

from __future__ import annotations

from kg.annotate.index import sentences
from kg.extract.agreements.reading import reading, repeated_acts, sentence_verbs


def _statuses(nlp, text: str) -> list[str | None]:
    doc = nlp(text)
    return [reading(doc).status_of(s) for s in sentences(doc)]


def test_each_sentence_gets_the_status_of_its_own_phrases(nlp) -> None:
    text = ("Rwanda signed the deal in April. Kenya is expected to sign a similar deal. "
            "The pact was suspended in May. Officials met in Nairobi.")
    assert _statuses(nlp, text) == ["signed", "proposed", "suspended", None]


def test_a_negated_phrase_tells_no_status(nlp) -> None:
    assert _statuses(nlp, "Italy has not signed the memorandum.") == [None]


def test_the_first_to_sign_outranks_to_sign(nlp) -> None:
    assert _statuses(nlp, "Honduras became the third country to sign such an agreement.") == ["signed"]


def test_a_clause_left_out_gives_its_status_to_no_one(nlp) -> None:
    doc = nlp("Spain signed a deal with Morocco and negotiates another with Senegal.")
    sent = sentences(doc)[0]
    start = sent.text.index("and negotiates")
    assert reading(doc).status_of(sent) == "proposed"
    assert reading(doc).status_of(sent, [(start, len(sent.text))]) == "signed"


def test_signing_verbs_leave_out_force_and_record_highs(nlp) -> None:
    doc = nlp("The treaty entered into force in May. Crossings reached record highs. Greece and Egypt reached a deal.")
    assert [[t.text for t in sentence_verbs(s)] for s in sentences(doc)] == [[], [], ["reached"]]


def test_did_so_is_found_once_and_given_to_its_sentence(nlp) -> None:
    doc = nlp("Belize signed in July. Panama did so on Friday.")
    assert [[t.text for t in repeated_acts(s)] for s in sentences(doc)] == [[], ["did"]]
