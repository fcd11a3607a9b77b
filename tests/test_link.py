"""kg.link finds Wikidata items in the bundled tables, and only where a name is unambiguous."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import kg.link
from kg.link import KINDS, normalise, wikidata_id, wikidata_iri
from kg.vocab import WD

DATA = Path(kg.link.__file__).parent / "data"


@pytest.mark.parametrize(("kind", "name", "qid"), [
    ("country", "El Salvador", "Q792"),
    ("country", "Republic of Guatemala", "Q774"),          # alias
    ("country", "the United States", "Q30"),
    ("country", "U.S.A.", "Q30"),
    ("country", "méxico", "Q96"),                           # case, accent kept
    ("organisation", "United Nations", "Q1065"),
    ("organisation", "European Union", "Q458"),
    ("organisation", "DHS", "Q11231"),
    ("organisation", "the U.S.  Department of State", "Q789915"),  # dots, "the", spacing
    ("post", "Secretary of State (United States)", "Q14213"),     # the mapping's post label
    ("post", "US Secretary of State", "Q14213"),
    ("person", "Donald Trump", "Q22686"),
])
def test_listed_names_link_to_their_item(kind, name, qid):
    assert wikidata_id(kind, name) == qid
    assert wikidata_iri(kind, name) == str(WD[qid])


@pytest.mark.parametrize(("kind", "name"), [
    ("country", "Atlantis"),
    ("country", "Salvadoran"),                 # a demonym is not a country name
    ("organisation", "El Salvador"),           # kinds do not leak into each other
    ("post", "Secretary of State"),            # which state's? no link rather than a wrong one
    ("post", "Acting Secretary of Homeland Security (United States)"),
    ("person", "Trump"),                       # surname only
    ("person", "Kevin McAleenan"),             # not listed
])
def test_unlisted_or_ambiguous_names_have_no_link(kind, name):
    assert wikidata_iri(kind, name) is None


def test_unknown_kind_is_an_error():
    with pytest.raises(ValueError):
        wikidata_iri("planet", "Mars")


def test_normalise():
    assert normalise("  The  U.S. Department of State ") == "us department of state"
    assert normalise("México") == "méxico"


def _tables():
    # hand rows of states without a QID only add press forms or seats of government
    countries = [r for r in json.loads((DATA / "countries.json").read_text(encoding="utf-8"))["countries"] if "wikidata" in r]
    extra = json.loads((DATA / "wikidata.json").read_text(encoding="utf-8"))
    return countries, extra


def test_bundled_qids_are_well_formed():
    countries, extra = _tables()
    rows = countries + [r for section in ("organisations", "posts", "people") for r in extra[section]]
    assert len(rows) > 40
    assert [r for r in rows if not re.fullmatch(r"Q[1-9][0-9]*", r["wikidata"])] == []


def test_table_documents_its_source_and_how_to_extend():
    _, extra = _tables()
    comment = " ".join(extra["_comment"])
    assert "Source" in comment and "To extend" in comment


@pytest.mark.parametrize("kind", KINDS)
def test_no_name_is_claimed_by_two_items(kind):
    # _index drops such names silently at run time; the bundled tables must have none
    claimed: dict[str, set[str]] = {}
    for names, qid in kg.link._entries(kind):
        for name in names:
            claimed.setdefault(normalise(name), set()).add(qid)
    assert {k: v for k, v in claimed.items() if len(v) > 1} == {}


def test_an_ambiguous_name_gets_no_link(monkeypatch):
    kg.link._index.cache_clear()
    monkeypatch.setattr(kg.link, "_entries", lambda kind: [(["Springfield"], "Q1"), (["Springfield", "X"], "Q2")])
    try:
        assert wikidata_id("organisation", "Springfield") is None
        assert wikidata_id("organisation", "X") == "Q2"
    finally:
        kg.link._index.cache_clear()


def test_tables_are_read_once():
    kg.link._load.cache_clear()
    kg.link._index.cache_clear()
    for _ in range(3):
        for kind in KINDS:
            wikidata_iri(kind, "United Nations")
    assert kg.link._load.cache_info().misses == 1  # wikidata.json, once (states come from kg.gazetteer)
