"""The annotation layer: what each component marks, the index, and the data files' examples."""

from __future__ import annotations

import json
from importlib import resources

import pytest
import spacy

from kg.annotate import BOILERPLATE, DATES, MONEY, PIPES, PLACES, STATES, annotate, details, form_offsets
from kg.annotate.boilerplate import line_kind
from kg.annotate.index import doc_index, sentences, spans_in
from kg.dates import find_date_in_span, resolve_date
from kg.extract.parties import countries_in, organisations_in
from kg.money import dollar_currency, find_amounts


def _data(name: str) -> dict:
    return json.loads(resources.files("kg.data").joinpath(f"patterns/{name}").read_text("utf-8"))


@pytest.mark.parametrize("example", _data("boilerplate.json")["examples"], ids=lambda e: e["text"][:40])
def test_boilerplate_examples(example):
    assert line_kind(example["text"]) == example["kind"]


@pytest.mark.parametrize("example", _data("dates.json")["examples"], ids=lambda e: e["text"])
def test_date_examples(example):
    assert resolve_date(example["text"], example["article_date"]) == example["iso"]


def test_load_nlp_adds_the_components_after_the_model(nlp):
    assert nlp.pipe_names[-len(PIPES):] == list(PIPES)
    assert nlp.pipe_names.index("ner") < nlp.pipe_names.index(PIPES[0])


TEXT = (
    "By Priya Raman\n\n"
    "The Netherlands will pay Albania about €20 million, Dutch officials said in The Hague on Friday.\n\n"
    "Press contact: Jonas Vermeulen, communications officer, press@example.eu, +32 2 555 01 47\n"
)


def test_each_group_holds_what_the_text_names(nlp):
    doc = nlp(TEXT)
    assert [(s.text, s.kb_id_) for s in doc.spans[STATES]] == [("The Netherlands", "NL"), ("Albania", "AL"), ("Dutch", "NL")]
    assert [(s.text, details(s)["state"]) for s in doc.spans[PLACES]] == [("The Hague", "Netherlands")]
    (money,) = doc.spans[MONEY]
    assert (money.text, money.label_, details(money)["value"], details(money)["approximate"]) == ("€20 million", "EUR", 2e7, True)
    assert [s.text for s in doc.spans[DATES]] == ["on Friday"]
    assert [s.label_ for s in doc.spans[BOILERPLATE]] == ["byline", "press_contact"]


def test_states_written_in_one_token_keep_their_own_forms(nlp):
    # spaCy keeps a span's attribute by its offsets: both states of "U.S.-Mexico" share them
    text = "Rwanda-Denmark talks ended, and the U.S.-Mexico accord was signed."
    doc = nlp(text)
    found = [(s.kb_id_, text[slice(*form_offsets(s))], details(s)["form"]) for s in doc.spans[STATES]]
    assert found == [("RW", "Rwanda", "Rwanda"), ("DK", "Denmark", "Denmark"),
                     ("US", "U.S.", "U.S."), ("MX", "Mexico", "Mexico")]


def test_no_extractor_reads_a_byline_or_a_press_contact(nlp):
    doc = nlp(TEXT)
    assert [s.text for s in sentences(doc)] == [
        "The Netherlands will pay Albania about €20 million, Dutch officials said in The Hague on Friday."]
    assert len(doc_index(doc).all_sentences) == 3


def test_the_shared_helpers_read_the_spans_of_a_sentence(nlp):
    doc = nlp(TEXT)
    (sent,) = sentences(doc)
    from_spans = [(m.start, m.end, m.name) for m in countries_in(sent)]
    assert from_spans == [(m.start, m.end, m.name) for m in countries_in(sent.text)]
    assert [m.name for m in countries_in(sent)] == ["Netherlands", "Albania", "Netherlands"]
    amounts = find_amounts(sent)
    assert [(a.text, a.value, a.currency, a.approximate) for a in amounts] == [("€20 million", 2e7, "EUR", True)]
    assert sent.text[amounts[0].start : amounts[0].end] == "€20 million"
    assert find_date_in_span(sent, "2024-03-13") == "2024-03-08"  # the Friday before a Wednesday


def test_spans_in_a_part_of_a_sentence_are_only_those_inside_it(nlp):
    doc = nlp("Rwanda and the United Kingdom signed; Tunisia and the EU did not.")
    first = doc[:6]
    assert [s.label_ for s in spans_in(first, STATES)] == ["Rwanda", "United Kingdom"]
    rest = doc[6:]  # "; Tunisia and the EU did not."
    assert organisations_in(rest) == organisations_in(rest.text) == [(14, 20, "European Union")]


def test_a_bare_dollar_is_the_articles_own_dollar(nlp):
    doc = nlp("Canberra gave A$10 million. It later added $5 million.")
    assert dollar_currency(doc) == "AUD"
    assert [(a.value, a.currency) for a in find_amounts(doc[:], dollar=dollar_currency(doc))] == [(1e7, "AUD"), (5e6, "AUD")]


def test_a_document_the_pipeline_did_not_see_is_annotated_on_first_use():
    doc = spacy.blank("en")("Italy paid Libya €5m.\n\nRelated: more on this story")
    assert [s.text for s in sentences(doc)] == ["Italy paid Libya €5m."]
    assert annotate(doc) is doc and [s.label_ for s in doc.spans[MONEY]] == ["EUR"]


def test_the_layer_survives_parsing_in_pieces(nlp):
    from kg.parse import parse_texts

    paragraph = "Spain paid Morocco €30 million on Monday. " * 60 + "\n\n"
    text = paragraph * 5  # about 13 kB: parsed in two pieces, joined again
    ((_, doc),) = list(parse_texts([text], nlp=nlp))
    assert len(doc.spans[MONEY]) == 300 and len(doc.spans[STATES]) == 600
    assert all(s.text == "€30 million" and details(s)["value"] == 3e7 for s in doc.spans[MONEY])


def test_a_parsed_document_keeps_the_text_it_was_parsed_from_without_serialising_it(nlp):
    from spacy.tokens import DocBin

    from kg.parse import doc_text, parse_texts

    text = ("Spain paid Morocco €30 million on Monday.\n\n" * 300)[:-2]  # parsed in two pieces
    ((_, doc),) = list(parse_texts([text], nlp=nlp))
    assert doc_text(doc) is text and doc.text == text
    (back,) = DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab)
    assert "kg_text" not in back.user_data and doc_text(back) == text


def test_the_entities_of_a_sentence_are_spacys_own(nlp):
    from kg.annotate.index import ents_in

    doc = nlp("Giorgia Meloni met Edi Rama in Rome on Monday. Albania signed the protocol with Italy in November.")
    for sent in sentences(doc):
        assert ents_in(sent) == list(sent.ents)
    assert [e.text for e in ents_in(doc[0:4])] == ["Giorgia Meloni"]


def test_proper_nouns_are_read_from_the_pos_column_once(nlp):
    from kg.annotate.index import proper_nouns

    doc = nlp("Interior Minister Ana Ruiz met UNHCR officials in Tegucigalpa on Monday.")
    assert proper_nouns(doc) == [t.i for t in doc if t.pos_ == "PROPN"]
    names = {doc[i].text for i in proper_nouns(doc)}
    assert {"Ana", "Ruiz", "Tegucigalpa"} <= names and not names & {"met", "officials", "on"}
    assert proper_nouns(doc) is proper_nouns(doc)  # kept with the document


def test_a_sentences_text_is_sliced_from_the_documents_text(nlp):
    from spacy.tokens import Span

    from kg.annotate.index import Sentence

    doc = nlp("Greece  and Egypt signed a deal in Cairo.\n\nThe text  keeps its double spaces. \n")
    sents = sentences(doc)
    assert [s.text for s in sents] == ["Greece  and Egypt signed a deal in Cairo.", "The text  keeps its double spaces."]
    for sent in sents:
        plain = doc[sent.start : sent.end]
        assert isinstance(sent, Sentence) and type(plain) is Span
        assert sent == plain and sent.text == plain.text and sent.text_with_ws == plain.text_with_ws
        assert sent[1:3].text == plain[1:3].text and sent.ents == plain.ents
