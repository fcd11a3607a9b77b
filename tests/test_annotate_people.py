"""People with their posts marked once on the document: the ``accord_people`` component."""

from __future__ import annotations

from spacy.tokens import DocBin

from kg.annotate.people import PEOPLE, mark_people, mention_of, people

TEXT = (
    "Dutch Prime Minister Mark Rutte met Tunisian President Kais Saied in Tunis on Sunday. "
    "Rutte said the talks went well, according to Ana Lopez, a researcher."
)


def _posts(doc) -> list[tuple[str, str, str | None, str | None]]:
    out = []
    for span in doc.spans[PEOPLE]:
        post = span._.kg["post"]
        out.append((span.text, span.kb_id_, post and post["role"], post and post["state"]))
    return out


def test_the_component_marks_each_person_with_the_post_beside_the_name(nlp) -> None:
    nlp.add_pipe("accord_people", name="people_under_test")
    try:
        doc = nlp(TEXT)
    finally:
        nlp.remove_pipe("people_under_test")
    assert _posts(doc) == [
        ("Mark Rutte", "Mark Rutte", "Prime Minister", "Netherlands"),
        ("Kais Saied", "Kais Saied", "President", "Tunisia"),
        ("Rutte", "Rutte", None, None),
        ("Ana Lopez", "Ana Lopez", None, None),
    ]
    first = doc.spans[PEOPLE][0]
    assert first.label_ == "PERSON" and first._.kg["after_title"] is True
    assert doc[slice(*first._.kg["sentence"])].text.startswith("Dutch Prime Minister")


def test_a_document_the_component_did_not_see_is_marked_on_first_use(nlp) -> None:
    doc = nlp(TEXT)
    assert PEOPLE not in doc.spans
    spans = people(doc)
    assert [s.text for s in spans] == ["Mark Rutte", "Kais Saied", "Rutte", "Ana Lopez"]
    marked = doc.spans[PEOPLE]
    assert mark_people(doc) is doc and doc.spans[PEOPLE] is marked  # not found a second time


def test_the_marks_survive_serialisation_and_read_back_as_mentions(nlp) -> None:
    doc = nlp(TEXT)
    mark_people(doc)
    store = DocBin(store_user_data=True)
    store.add(doc)
    back = next(DocBin().from_bytes(store.to_bytes()).get_docs(nlp.vocab))
    assert _posts(back) == _posts(doc)
    mention = mention_of(back.spans[PEOPLE][1])
    assert (mention.text, mention.role.role, mention.role.country, mention.role.head) == (
        "Kais Saied", "President", "Tunisia", "President")
    assert mention.sentence.text == doc[slice(*doc.spans[PEOPLE][1]._.kg["sentence"])].text
