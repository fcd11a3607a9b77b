"""Specification of ``kg.evaluate``: hand-built predictions against hand-built gold."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.evaluate import KINDS, EvalReport, Score, evaluate, load_gold, normalise, normalise_role

GOLD_DIR = Path(__file__).resolve().parent / "gold"


def official(name, role="Minister", country="Guatemala"):
    return {"name": name, "role": role, "country": country, "evidence": name}


def agreement(signatories, type="asylum cooperation agreement", signed_by=(), date=None):
    return {"label": "x", "type": type, "signatories": list(signatories),
            "signed_by": list(signed_by), "date": date, "evidence": "x"}


def aid(amount, recipients, status="suspended", provider="United States"):
    return {"amount_usd": amount, "provider": provider, "recipients": list(recipients),
            "status": status, "purpose": None, "evidence": "x"}


def meeting(participants, place=None, date=None):
    return {"participants": list(participants), "place": place, "date": date, "evidence": "x"}


def doc(id="d1", agreements=(), officials=(), aid=(), meetings=()):
    return {"id": id, "source": f"{id}.txt", "title": None, "date": None,
            "agreements": list(agreements), "officials": list(officials),
            "aid": list(aid), "meetings": list(meetings)}


@pytest.fixture
def gold() -> list[dict]:
    return [
        doc("d1",
            agreements=[agreement(["United States", "Guatemala"], signed_by=["Kevin McAleenan", "Enrique Degenhart"]),
                        agreement(["United States", "Canada"], type="safe third country agreement")],
            officials=[official("Kevin McAleenan", "Acting Secretary of Homeland Security", "United States"),
                       official("Enrique Degenhart", "Minister of the Interior", "Guatemala"),
                       official("Donald Trump", "President", "United States")],
            aid=[aid(615_000_000, ["Guatemala", "Honduras", "El Salvador"], "under review")],
            meetings=[meeting(["Kevin McAleenan", "Enrique Degenhart"], "Washington", "2019-07-26")]),
        doc("d2", officials=[official("Marcelo Ebrard", "Minister of Foreign Affairs", "Mexico")]),
    ]


def scores(report: EvalReport, kind: str) -> tuple[Score, Score]:
    return report.lenient[kind], report.strict[kind]


def test_a_perfect_prediction_scores_one_everywhere(gold):
    report = evaluate(copy.deepcopy(gold), gold)
    for kind in KINDS:
        for score in scores(report, kind):
            assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert report.total_strict.f1 == 1.0 and report.total_lenient.f1 == 1.0
    assert all(d.perfect for d in report.documents)


def test_gold_against_itself_scores_one():
    gold = load_gold(GOLD_DIR)
    report = evaluate(gold, gold)
    assert report.total_lenient.f1 == 1.0
    assert report.total_strict.f1 == 1.0
    assert report.total_strict.gold == report.total_strict.true_positives > 0


def test_a_missing_fact_lowers_recall_as_computed_by_hand(gold):
    predicted = copy.deepcopy(gold)
    del predicted[0]["officials"][2]  # Donald Trump
    report = evaluate(predicted, gold)
    lenient, strict = scores(report, "officials")
    # gold has 4 officials (3 + 1), 3 predicted, all right
    assert (lenient.true_positives, lenient.predicted, lenient.gold) == (3, 3, 4)
    assert lenient.precision == 1.0
    assert lenient.recall == pytest.approx(3 / 4)
    assert lenient.f1 == pytest.approx(2 * 1.0 * 0.75 / 1.75)
    assert strict.recall == pytest.approx(3 / 4)
    # totals are micro-averaged: 8 gold facts (2 agreements, 4 officials, 1 aid, 1 meeting),
    # 7 predicted, 7 right
    assert (report.total_lenient.true_positives, report.total_lenient.gold) == (7, 8)
    assert report.total_lenient.recall == pytest.approx(7 / 8)
    assert report.total_lenient.precision == 1.0
    [d1, d2] = report.documents
    assert [i.fact["name"] for i in d1.misses] == ["Donald Trump"]
    assert d2.perfect


def test_a_wrong_country_fails_strict_but_passes_lenient(gold):
    predicted = copy.deepcopy(gold)
    predicted[0]["officials"][1]["country"] = "Honduras"
    report = evaluate(predicted, gold)
    lenient, strict = scores(report, "officials")
    assert lenient.true_positives == 4 and lenient.f1 == 1.0
    assert strict.true_positives == 3
    assert strict.precision == pytest.approx(3 / 4) and strict.recall == pytest.approx(3 / 4)
    [failure] = report.documents[0].strict_failures
    assert failure.fact["name"] == "Enrique Degenhart"
    assert len(failure.reasons) == 1 and failure.reasons[0].startswith("country")
    assert not report.documents[0].misses and not report.documents[0].false_hits
    assert "country" in report.format()


def test_a_false_hit_lowers_precision(gold):
    predicted = copy.deepcopy(gold)
    predicted[0]["officials"].append(official("Lisandro Rosales", "Minister of Foreign Affairs", "Honduras"))
    report = evaluate(predicted, gold)
    lenient, strict = scores(report, "officials")
    assert (lenient.true_positives, lenient.predicted, lenient.gold) == (4, 5, 4)
    assert lenient.precision == pytest.approx(4 / 5) and lenient.recall == 1.0
    assert strict.precision == pytest.approx(4 / 5)
    [hit] = report.documents[0].false_hits
    assert hit.fact["name"] == "Lisandro Rosales"


def test_a_document_absent_from_the_prediction_counts_all_its_facts_as_misses(gold):
    report = evaluate([copy.deepcopy(gold[0])], gold)
    lenient, _ = scores(report, "officials")
    assert (lenient.true_positives, lenient.predicted, lenient.gold) == (3, 3, 4)
    d2 = report.documents[1]
    assert not d2.predicted_present
    assert [i.fact["name"] for i in d2.misses] == ["Marcelo Ebrard"]


def test_predicted_documents_without_gold_are_ignored_and_listed(gold):
    report = evaluate(copy.deepcopy(gold) + [doc("elsewhere", officials=[official("A B")])], gold)
    assert report.total_strict.f1 == 1.0
    assert report.extra_documents == ["elsewhere"]


def test_names_compare_without_case_accents_or_spacing():
    gold = [doc(officials=[official("Olga Sánchez Cordero", "Secretary of the Interior", "Mexico")])]
    predicted = [doc(officials=[official("olga  sanchez cordero", "secretary of interior", "MEXICO")])]
    assert evaluate(predicted, gold).strict["officials"].f1 == 1.0


def test_roles_tolerate_a_leading_acting_but_not_another_post():
    assert normalise_role("Acting Secretary of Homeland Security") == normalise_role("secretary of homeland security")
    assert normalise_role("Secretary of State") != normalise_role("Secretary of Homeland Security")
    assert normalise("Kevin  McAleenan.") == "kevin mcaleenan"
    gold = [doc(officials=[official("Kevin McAleenan", "Acting Secretary of Homeland Security", "United States")])]
    predicted = [doc(officials=[official("Kevin McAleenan", "Secretary of State", "United States")])]
    report = evaluate(predicted, gold)
    assert report.lenient["officials"].f1 == 1.0 and report.strict["officials"].f1 == 0.0
    assert report.documents[0].strict_failures[0].reasons[0].startswith("role")


def test_agreements_pair_on_parties_and_need_type_and_signers_for_strict(gold):
    predicted = copy.deepcopy(gold)
    predicted[0]["agreements"][0]["type"] = "safe third country agreement"
    predicted[0]["agreements"][0]["signed_by"] = ["Kevin McAleenan"]
    predicted[0]["agreements"][1]["signatories"] = ["Canada", "United States"]  # order is free
    report = evaluate(predicted, gold)
    lenient, strict = scores(report, "agreements")
    assert lenient.true_positives == 2 and strict.true_positives == 1
    [failure] = report.documents[0].strict_failures
    assert sorted(r.split(":")[0] for r in failure.reasons) == ["signed_by", "type"]


def test_agreements_with_other_parties_do_not_match():
    gold = [doc(agreements=[agreement(["United States", "Honduras"])])]
    predicted = [doc(agreements=[agreement(["United States", "Guatemala", "Honduras"])])]
    report = evaluate(predicted, gold)
    assert report.lenient["agreements"].true_positives == 0
    assert len(report.documents[0].misses) == 1 and len(report.documents[0].false_hits) == 1


def test_aid_needs_the_same_amount_and_overlapping_recipients():
    gold = [doc(aid=[aid(450_000_000, ["Guatemala", "Honduras"], "restored"), aid(None, ["El Salvador"], "pledged")])]
    predicted = [doc(aid=[aid(450_000_000.0, ["Honduras"], "cut"),     # lenient only: recipients, status
                          aid(None, ["El Salvador"], "pledged"),       # strict
                          aid(45_000_000, ["Guatemala"], "restored")])]  # wrong amount: false hit
    report = evaluate(predicted, gold)
    lenient, strict = scores(report, "aid")
    assert (lenient.true_positives, lenient.predicted, lenient.gold) == (2, 3, 2)
    assert strict.true_positives == 1
    [failure] = report.documents[0].strict_failures
    assert sorted(r.split(":")[0] for r in failure.reasons) == ["recipients", "status"]
    assert report.documents[0].false_hits[0].fact["amount_usd"] == 45_000_000


def test_amounts_compare_across_currencies():
    def money(amount, currency, usd):
        return {**aid(usd, ["Tunisia"], "pledged", "European Union"), "amount": amount, "currency": currency}

    gold = [doc(aid=[money(105_000_000, "EUR", 116_000_000),   # "€105m ($116m)", the text's own figure
                     money(150_000_000, "EUR", None),          # no dollar figure in gold
                     money(20_000_000, "GBP", 25_000_000)])]
    predicted = [doc(aid=[money(105_000_000, "EUR", 114_000_000),  # same currency: the euros decide
                          aid(166_000_000, ["Tunisia"], "pledged", "European Union"),  # dollars only, gold has none
                          aid(26_000_000, ["Tunisia"], "pledged", "European Union")])]  # dollars vs pounds, 4% apart
    report = evaluate(predicted, gold)
    lenient, _ = scores(report, "aid")
    assert (lenient.true_positives, lenient.predicted, lenient.gold) == (2, 3, 3)
    assert [m.fact["amount"] for m in report.documents[0].misses] == [150_000_000]
    # one currency: 0.5% apart at most, whatever the dollar values say
    near = [doc(aid=[money(106_000_000, "EUR", 116_000_000)])]
    assert scores(evaluate(near, [doc(aid=[money(105_000_000, "EUR", 116_000_000)])]), "aid")[0].true_positives == 0
    # two currencies more than 10% apart in dollars are two sums
    far = [doc(aid=[aid(30_000_000, ["Tunisia"], "pledged", "European Union")])]
    assert scores(evaluate(far, [doc(aid=[money(20_000_000, "GBP", 25_000_000)])]), "aid")[0].true_positives == 0


def test_meetings_match_leniently_when_half_the_participants_are_shared():
    gold = [doc(meetings=[meeting(["A", "B", "C", "D"])])]
    half = [doc(meetings=[meeting(["A", "B"])])]
    less = [doc(meetings=[meeting(["A", "E", "F"])])]
    report = evaluate(half, gold)
    assert report.lenient["meetings"].f1 == 1.0 and report.strict["meetings"].f1 == 0.0
    assert evaluate(less, gold).lenient["meetings"].true_positives == 0


def test_matching_is_one_to_one_and_prefers_the_strictly_right_pair():
    gold = [doc(officials=[official("Kevin McAleenan", "Acting Secretary of Homeland Security", "United States")])]
    predicted = [doc(officials=[official("Kevin McAleenan", "President", "Mexico"),
                                official("Kevin McAleenan", "Secretary of Homeland Security", "United States")])]
    report = evaluate(predicted, gold)
    assert report.strict["officials"].true_positives == 1
    assert report.lenient["officials"].true_positives == 1
    assert report.lenient["officials"].precision == 0.5
    assert report.documents[0].false_hits[0].fact["role"] == "President"


def test_empty_prediction_for_empty_gold_scores_one():
    report = evaluate([doc()], [doc()])
    assert report.total_lenient.f1 == 1.0 and report.total_strict.f1 == 1.0


def test_report_serialises_and_formats(gold):
    predicted = copy.deepcopy(gold)
    del predicted[0]["meetings"][0]
    report = evaluate(predicted, gold)
    data = json.loads(json.dumps(report.to_dict()))
    assert set(data) == {"lenient", "strict", "total", "documents", "extra_documents"}
    assert data["lenient"]["meetings"]["recall"] == 0.0
    assert data["documents"][0]["misses"][0]["kind"] == "meetings"
    text = report.format()
    assert "total" in text and "miss" in text and "d1" in text


def test_bad_input_is_refused_with_a_coded_message(tmp_path):
    with pytest.raises(KGError, match="EV003"):
        evaluate([{"officials": []}], [doc()])
    with pytest.raises(KGError, match="EV004"):
        evaluate([], [doc(), doc()])
    with pytest.raises(KGError, match="EV001"):
        load_gold(tmp_path)
    (tmp_path / "x.json").write_text("{}")
    with pytest.raises(KGError, match="EV002"):
        load_gold(tmp_path)


def test_load_gold_reads_a_folder_or_one_file(tmp_path):
    (tmp_path / "b.json").write_text(json.dumps({"documents": [doc("b")]}))
    (tmp_path / "a.json").write_text(json.dumps({"documents": [doc("a")]}))
    assert [d["id"] for d in load_gold(tmp_path)] == ["a", "b"]
    assert [d["id"] for d in load_gold(tmp_path / "b.json")] == ["b"]


def test_an_article_whose_extraction_fails_counts_its_gold_as_missed(monkeypatch):
    """A broken extractor must score below a working one, never a vacuous 1.0."""
    import kg.extract
    from kg.evaluate import evaluate_articles
    from kg.settings import Settings

    root = Path(__file__).resolve().parent.parent
    seed = root / "seeds" / "000_cb06689f896329bb.txt"
    working, problems = evaluate_articles([seed], root / "tests" / "gold", settings=Settings(cache_dir=""))
    assert not problems and working.total_strict.f1 > 0.9

    def broken(doc, article):
        raise ValueError("a rule file that does not parse")

    monkeypatch.setattr(kg.extract, "extract_doc", broken)
    failed, problems = evaluate_articles([seed], root / "tests" / "gold", settings=Settings(cache_dir=""))
    assert len(problems) == 1 and "000_cb06689f896329bb" in problems[0]
    gold_facts = working.total_strict.gold
    assert gold_facts > 0 and failed.total_strict.gold == gold_facts
    assert failed.total_strict.f1 == 0.0 and failed.total_lenient.f1 == 0.0
