"""Aid: who gives and who gets by the parties' roles in the sentence, and where money is not aid.

A list line's donor is the subject on its own line, not a name the parser hangs on its verb
from the line above; "he" opening a sentence is the subject of the sentence before; a bare
plural ("donors promised ...") names no donor; the place of a conference, a lake named for a
state, the state whose agency runs a programme and the country people fled are not who gets
the money; a fare people pay, a memorandum "of cooperation" and an aid word inside a
document's capitalised name are no aid; a headline line over the body's sum is that sum.

Sentences are invented for these tests.
"""

from __future__ import annotations

from test_aid_transfer import run


def test_a_list_lines_donor_is_the_subject_on_its_own_line(nlp) -> None:
    from kg.extract import Context
    from kg.extract.aid import extract_aid
    from kg.extract.aid.donors import clause_donor
    from kg.extract.aid.text import aid_sentences
    from kg.facts import Article, Evidence, Official

    text = (
        "Quotes\n\n"
        "\"Families who land in Suva today are not arriving alone. Fijians have opened their homes and their hearts, "
        "and we will continue to do everything we can to make sure those fleeing the storm find safety here as "
        "quickly as possible.\"\n"
        "– The Honourable Jane Doe, Minister of Immigration, Refugees and Citizenship\n\n"
        "Quick facts\n\n"
        "- New Zealand has committed $12 million in humanitarian assistance for Tonga since the beginning of the storm.\n"
    )
    at = text.index("Jane Doe")
    # the officials step may give the minister a wrong state: the list line's own subject decides
    official = Official("Jane Doe", "Minister of International Development", "Samoa", Evidence("Jane Doe", at, at + 8))
    ctx = Context(article=Article(id="t", source="t.txt", text=text, date="2022-05-10"), officials=[official])
    doc = nlp(text)
    (fact,) = extract_aid(doc, ctx)
    assert (fact.provider, fact.recipients, fact.currency) == ("New Zealand", ["Tonga"], "NZD")
    # the parser makes both "Doe" and "New Zealand" subjects of "committed": the line's own one gives
    (line,) = [s for s in aid_sentences(doc) if "$12 million" in s.text]
    assert clause_donor(next(t for t in line if t.text == "12"), line) == "New Zealand"


def test_he_opening_a_sentence_is_the_subject_of_the_sentence_before(nlp) -> None:
    text = (
        "MAY 2018 – EU aid commissioner Maria Lind visits Amman and meets Jordan's labour minister, Omar Haddad. "
        "She announces a €50 million package for Jordan to support refugees and host communities."
    )
    (fact,) = run(nlp, text)
    assert (fact.provider, fact.recipients, fact.amount) == ("European Union", ["Jordan"], 50e6)


def test_a_bare_plural_subject_names_no_donor(nlp) -> None:
    text = "At the meeting, donors promised $200 million, and Japan pledged a further $20 million for Yemen."
    facts = run(nlp, text)
    assert [(f.amount, f.provider) for f in facts] == [(200e6, None), (20e6, "Japan")]


def test_where_a_conference_is_held_gets_nothing(nlp) -> None:
    text = (
        "Bangladesh hosts a million refugees in its camps. "
        "At a pledging conference in Geneva last year, the United Kingdom pledged £10 million for food in the camps."
    )
    (fact,) = run(nlp, text)
    assert (fact.provider, fact.recipients) == ("United Kingdom", ["Bangladesh"])


def test_a_lake_named_for_a_state_is_a_region(nlp) -> None:
    text = (
        "Leaders of Norway and Iceland signed the charter of the new fund. "
        "The fund will cover the Sahel and Lake Chad. "
        "The Commission has committed €500 million from the EU budget."
    )
    (fact,) = run(nlp, text)
    assert (fact.provider, fact.recipients, fact.status) == ("European Union", [], "pledged")


def test_the_country_people_fled_gets_nothing(nlp) -> None:
    text = "The World Bank announced $50 million in grants to help Thailand meet the needs of refugees who have fled violence in Myanmar."
    (fact,) = run(nlp, text)
    assert (fact.provider, fact.recipients) == ("World Bank", ["Thailand"])


def test_the_state_whose_agency_runs_a_programme_is_its_channel(nlp) -> None:
    text = "The Trust Fund approves €30 million for a regional programme run by France's development agency in Chad, Niger and Mali."
    (fact,) = run(nlp, text)
    assert fact.recipients == ["Chad", "Niger", "Mali"]


def test_a_fare_people_pay_is_no_aid(nlp) -> None:
    assert run(nlp, "Migrants pay $60 for the boat ride to the island, a price Greece and Turkey say is too high.") == []


def test_a_memorandum_of_cooperation_is_a_document(nlp) -> None:
    text = "When Japan and Nepal signed a memorandum of cooperation in 2019 on the new skilled worker visa, both governments promised to protect workers."
    assert run(nlp, text) == []


def test_an_aid_word_in_a_documents_name_is_no_aid(nlp) -> None:
    text = (
        "The Regional Strategy for Syrian Refugees to Support Voluntary Return, Reintegration and Assistance to Host "
        "Countries, known as RSSR, is a framework agreed by the governments of Jordan, Lebanon and Syria with UNHCR."
    )
    assert run(nlp, text) == []


def test_a_body_of_a_donor_gives_for_it(nlp) -> None:
    text = "The funds will come from the International Development Association's $2 billion window for low-income countries."
    (fact,) = run(nlp, text)
    assert fact.provider == "World Bank"


def test_a_headline_line_over_the_bodys_sum_is_that_sum(nlp) -> None:
    text = (
        "The Island Times\nNews\n\n"
        "Bank to give $80m grant for flood recovery\n\n"
        "The World Bank yesterday announced $80 million in grants to help Fiji rebuild schools."
    )
    (fact,) = run(nlp, text)
    assert (fact.provider, fact.recipients, fact.status) == ("World Bank", ["Fiji"], "announced")


def test_a_bare_dollar_before_a_marked_one_is_the_us_dollar(nlp) -> None:
    text = (
        "The World Bank announced $80 million in grants for Bangladesh. "
        "Canada committed C$30 million to Bangladesh last month. "
        "Japan gave $10 million more to Bangladesh."
    )
    facts = run(nlp, text)
    assert [(f.amount, f.currency) for f in facts] == [(80e6, "USD"), (30e6, "CAD"), (10e6, "USD")]


def test_a_sum_for_people_it_names_takes_no_state_from_before(nlp) -> None:
    text = (
        "Norway and Jordan signed an accord on returns in May. "
        "Separately, Norway will pay €20 million over three years for refugees and host communities."
    )
    (fact,) = run(nlp, text)
    assert (fact.provider, fact.recipients) == ("Norway", [])
    # with no such words, the sum is for the other party named before
    (fact,) = run(nlp, text.replace(" for refugees and host communities", " under the accord"))
    assert (fact.provider, fact.recipients) == ("Norway", ["Jordan"])


def test_what_a_state_spends_at_home_is_no_aid(nlp) -> None:
    text = (
        "Japan and Vietnam signed a memorandum on skilled workers in July. "
        "At home, the government earmarked ¥2 billion in the budget for language centres run by local governments."
    )
    assert run(nlp, text) == []
    # the sentence right after "At home, ..." in its paragraph tells of home money too
    text = (
        "Spain and Peru agreed to share data on returns. At home, the Lima government has promised to do better by "
        "returnees. Its programme will receive 50 million soles this year for reception centres in Peru."
    )
    assert run(nlp, text) == []
    # without the cue, the sum goes to the other party
    (fact,) = run(nlp, "Japan and Vietnam signed a memorandum on skilled workers in July. Japan will provide ¥2 billion under the memorandum.")
    assert (fact.provider, fact.recipients) == ("Japan", ["Vietnam"])


def test_the_possessor_of_a_giving_is_its_donor(nlp) -> None:
    (fact,) = run(nlp, "Japan's $20 million grant to Nepal was announced in Kathmandu on Monday, officials said.")
    assert (fact.provider, fact.recipients) == ("Japan", ["Nepal"])
    # the possessor of a package may be who gets it: no donor from it
    (fact,) = run(nlp, "Turkey's €3 billion package was agreed with the EU in March.")
    assert fact.provider != "Turkey"


def test_where_people_come_home_from_and_a_states_neighbours_get_nothing(nlp) -> None:
    text = (
        "In Lusaka, the Zambian government has set up a desk for returnees. The minister said the IOM had disbursed "
        "$1.5 million to support citizens coming home from Botswana at the border post."
    )
    (fact,) = run(nlp, text)
    assert "Botswana" not in fact.recipients
    (fact,) = run(nlp, "The Commission has earmarked €30 million for return programmes in Nepal and India's neighbours.")
    assert fact.recipients == ["Nepal"]
