"""The gold annotations are well-formed, and every fact is grounded in its article.

These tests specify what a gold file is: the facts format of ``docs/FACTS_FORMAT.md``, with
evidence that can be found verbatim in the article it annotates.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from kg.facts import AGREEMENT_KINDS, AID_STATUSES

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
SEEDS_DIR = ROOT / "seeds"
ARTICLES_DIR = ROOT / "tests" / "articles"
BLIND_DIR = ROOT / "tests" / "blind"

GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))
#: the blind sets' gold, held to the same rules (each set's articles are in its own folder)
BLIND_FILES = sorted(BLIND_DIR.glob("*/*.json"))

DOC_KEYS = {"id", "source", "title", "date", "agreements", "officials", "aid", "meetings"}
FACT_KEYS = {
    "agreements": {"label": str, "type": str, "signatories": list, "signed_by": list,
                   "date": (str, type(None)), "evidence": str},
    "officials": {"name": str, "role": (str, type(None)), "country": (str, type(None)),
                  "evidence": str},
    "aid": {"amount_usd": (int, float, type(None)), "provider": (str, type(None)),
            "recipients": list, "status": (str, type(None)), "purpose": (str, type(None)),
            "evidence": str},
    "meetings": {"participants": list, "place": (str, type(None)),
                 "date": (str, type(None)), "evidence": str},
}
#: keys a fact may add to FACT_KEYS (docs/FACTS_FORMAT.md: the amount as the text gives it)
OPTIONAL_KEYS = {"aid": {"amount": (int, float, type(None)), "currency": (str, type(None))}}


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _is_iso_date(value: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _article_path(doc: dict) -> Path:
    return ROOT / doc["source"]


def _documents(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(params=GOLD_FILES + BLIND_FILES, ids=lambda p: p.stem)
def gold_file(request) -> Path:
    return request.param


def test_gold_file_is_one_document_in_the_facts_envelope(gold_file: Path) -> None:
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    assert set(data) == {"documents"}
    assert isinstance(data["documents"], list) and len(data["documents"]) == 1
    assert data["documents"][0]["id"] == gold_file.stem


def test_document_has_the_format_keys_and_types(gold_file: Path) -> None:
    for doc in _documents(gold_file):
        assert set(doc) == DOC_KEYS
        assert isinstance(doc["id"], str) and isinstance(doc["source"], str)
        assert doc["title"] is None or (isinstance(doc["title"], str) and doc["title"].strip())
        assert doc["date"] is None or _is_iso_date(doc["date"]), doc["date"]
        for kind, schema in FACT_KEYS.items():
            assert isinstance(doc[kind], list), kind
            optional = OPTIONAL_KEYS.get(kind, {})
            for fact in doc[kind]:
                assert set(schema) <= set(fact) <= set(schema) | set(optional), (kind, fact)
                for key, types in (schema | optional).items():
                    if key not in fact:
                        continue
                    assert isinstance(fact[key], types), (kind, key, fact[key])
                    if isinstance(fact[key], list):
                        assert all(isinstance(x, str) and x.strip() for x in fact[key]), (kind, key)
                        assert len(set(fact[key])) == len(fact[key]), (kind, key, "duplicates")
                assert fact["evidence"].strip(), (kind, "empty evidence")


def test_closed_vocabularies_and_dates(gold_file: Path) -> None:
    for doc in _documents(gold_file):
        for agreement in doc["agreements"]:
            assert agreement["type"] in AGREEMENT_KINDS, agreement["type"]
            # an agreement of our own gold has two parties or more; a blind set's annotator
            # may have given one party (a body's protocol, its members unnamed): DECISIONS_<set>.md
            assert len(agreement["signatories"]) >= (1 if gold_file in BLIND_FILES else 2), agreement["label"]
            assert agreement["date"] is None or _is_iso_date(agreement["date"])
        for aid in doc["aid"]:
            assert aid["status"] is None or aid["status"] in AID_STATUSES, aid["status"]
            amount = aid["amount_usd"]
            assert amount is None or (not isinstance(amount, bool) and amount > 0)
        for meeting in doc["meetings"]:
            assert meeting["participants"], "a meeting names at least one participant"
            assert meeting["date"] is None or _is_iso_date(meeting["date"])


@pytest.mark.parametrize("own_gold", GOLD_FILES, ids=lambda p: p.stem)
def test_people_in_agreements_and_meetings_are_annotated_officials(own_gold: Path) -> None:
    # our own convention; a blind set's annotator may name participants who are not officials
    for doc in _documents(own_gold):
        officials = {o["name"] for o in doc["officials"]}
        assert len(officials) == len(doc["officials"]), "one entry per official"
        for agreement in doc["agreements"]:
            assert set(agreement["signed_by"]) <= officials, agreement["signed_by"]
        for meeting in doc["meetings"]:
            assert set(meeting["participants"]) <= officials, meeting["participants"]


def test_source_names_an_existing_article_with_the_same_stem(gold_file: Path) -> None:
    for doc in _documents(gold_file):
        path = _article_path(doc)
        assert path.is_file(), doc["source"]
        assert path.stem == doc["id"]
        assert path.parent in (SEEDS_DIR, ARTICLES_DIR) or path.parent.parent == BLIND_DIR


def test_evidence_and_title_occur_verbatim_in_the_article(gold_file: Path) -> None:
    for doc in _documents(gold_file):
        text = _ws(_article_path(doc).read_text(encoding="utf-8"))
        if doc["title"]:
            assert _ws(doc["title"]) in text, doc["title"]
        for kind in FACT_KEYS:
            for fact in doc[kind]:
                assert _ws(fact["evidence"]) in text, (kind, fact["evidence"])


def test_every_seed_has_gold() -> None:
    seeds = {p.stem for p in SEEDS_DIR.glob("*.txt")}
    assert seeds, "no seed articles found"
    assert seeds <= {p.stem for p in GOLD_FILES}


def test_at_least_ten_own_articles_each_with_gold() -> None:
    articles = {p.stem for p in ARTICLES_DIR.glob("*.txt")}
    assert len(articles) >= 10
    assert articles <= {p.stem for p in GOLD_FILES}


def test_gold_ids_are_unique() -> None:
    ids = [doc["id"] for path in GOLD_FILES + BLIND_FILES for doc in _documents(path)]
    assert len(ids) == len(set(ids))
