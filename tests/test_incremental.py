"""Incremental builds: a build into a folder with a previous build redoes only what changed,
and ends with exactly the store, facts and validation a full build of the same articles gives.

Extraction is replaced by hand-written facts (no language model); everything after it is
the real build: resolution, mapping, the store checkpoint, the merged view, SHACL, outputs.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.pipeline
from kg.facts import Agreement, Article, ArticleFacts, Evidence, Official
from kg.pipeline import build_articles, write_outputs
from kg.settings import Settings

TEXT = "The United States and Panama signed an asylum cooperation agreement, said Ana Ortiz, the foreign minister."


def report(article_id: str, published: str, signed_on: str, status: str, signer: str = "Ana Ortiz") -> ArticleFacts:
    evidence = Evidence(TEXT, 0, len(TEXT))
    article = Article(id=article_id, source=f"{article_id}.txt", text=f"{TEXT} ({article_id})", title=article_id,
                      date=published)
    return ArticleFacts(
        article=article,
        agreements=[Agreement("US-Panama asylum cooperation agreement", "asylum cooperation agreement",
                              ["United States", "Panama"], [signer], signed_on, evidence, status=status)],
        officials=[Official(signer, "Minister of Foreign Affairs", "Panama", evidence)],
    )


P1 = report("p1", "2019-09-21", "2019-09-20", "signed")
P2 = report("p2", "2019-10-01", "2019-09-19", "in force")
P3 = report("p3", "2019-08-01", "2019-09-20", "signed")


def build(out: Path, corpus: list[ArticleFacts], monkeypatch: pytest.MonkeyPatch, *, incremental: bool = True):
    """``kg build`` of ``corpus`` into ``out``, with extraction replaced by the facts given."""
    by_id = {f.article.id: f for f in corpus}
    monkeypatch.setattr(kg.pipeline, "extract_corpus",
                        lambda articles, **_: ([by_id[a.id] for a in articles], 0))
    result = build_articles([f.article for f in corpus], settings=Settings(cache_dir=""),
                            previous=out if incremental else None)
    write_outputs(result, out, view=False, docs=False)
    result.graph.close()
    return result


def state(out: Path) -> tuple[set[str], list, list[str], bytes, bytes]:
    """Every quad of the store, the facts documents, the validation report's lines and the
    bytes of the Turtle and TriG exports."""
    store = ox.Store.read_only(str(out / "store"))
    quads = {str(q) for q in store}
    del store
    facts = json.loads((out / "facts.json").read_text())["documents"]
    manifest = json.loads((out / "manifest.json").read_text())
    violations = sorted(json.dumps(v, sort_keys=True) for entry in manifest["articles"].values()
                        for v in entry["violations"])
    violations += sorted(json.dumps(v, sort_keys=True) for v in manifest["merged_violations"])
    return quads, facts, violations, (out / "graph.ttl").read_bytes(), (out / "articles.trig").read_bytes()


def exports_hold_the_store(out: Path) -> None:
    """graph.ttl is the store's default graph and articles.trig its whole dataset."""
    store = ox.Store.read_only(str(out / "store"))
    merged = {str(ox.Triple(q.subject, q.predicate, q.object)) for q in store.quads_for_pattern(None, None, None,
                                                                                                  ox.DefaultGraph())}
    everything = {str(q) for q in store}
    del store
    assert {str(t) for t in ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)} == merged
    assert {str(q) for q in ox.parse(path=str(out / "articles.trig"), format=ox.RdfFormat.TRIG)} == everything
    assert len(merged) > 10 and len(everything) > len(merged)


def same_as_full(out: Path, corpus: list[ArticleFacts], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    full = tmp_path / f"full-{len(list(tmp_path.iterdir()))}"
    build(full, corpus, monkeypatch, incremental=False)
    assert state(out) == state(full)


def test_adding_changing_and_removing_articles_gives_what_a_full_build_gives(tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = build(out, [P1, P2], monkeypatch)
    assert first.report.remapped == 2
    # p3 agrees with p1: two articles against one, the merged date and status change
    added = build(out, [P1, P2, P3], monkeypatch)
    assert added.report.remapped == 1
    same_as_full(out, [P1, P2, P3], tmp_path, monkeypatch)
    exports_hold_the_store(out)
    date = "<https://w3id.org/accord-kg/id/agreement/pa-us-asylum-cooperation-agreement-2019>"
    quads = state(out)[0]
    assert f'{date} <https://w3id.org/accord-kg/ontology#date> "2019-09-20"^^<http://www.w3.org/2001/XMLSchema#date>' \
        in quads
    # p2 removed: "in force" was only its claim, so it leaves the merged view too
    removed = build(out, [P1, P3], monkeypatch)
    assert removed.report.remapped == 0
    same_as_full(out, [P1, P3], tmp_path, monkeypatch)
    exports_hold_the_store(out)
    assert not any("InForce" in q for q in state(out)[0])
    # p1 changed (same text, a new status read from it)
    changed = build(out, [replace(P1, agreements=[replace(P1.agreements[0], status="in force")]), P3], monkeypatch)
    assert changed.report.remapped == 1
    same_as_full(out, [replace(P1, agreements=[replace(P1.agreements[0], status="in force")]), P3],
                 tmp_path, monkeypatch)


def test_an_article_renamed_by_resolution_is_mapped_again(tmp_path, monkeypatch):
    out = tmp_path / "out"
    odd = report("p4", "2019-09-22", "2019-09-20", "signed", signer="Ana Ortis")
    # one article each: a tie, which goes to the alphabetically first spelling, "Ana Ortis"
    build(out, [P1, odd], monkeypatch)
    assert "Ana Ortis" in (out / "graph.ttl").read_text()
    more = [P1, odd, P2, P3]
    result = build(out, more, monkeypatch)
    # p2 and p3 are new; three articles now spell "Ana Ortiz", so p1 (its text unchanged)
    # and p4 are mapped again with the new canonical name
    assert result.report.remapped == 4
    same_as_full(out, more, tmp_path, monkeypatch)
    assert not any("ortis" in q.lower() and "altLabel" not in q for q in state(out)[0])


def test_violations_of_unchanged_articles_and_of_the_merged_view_are_kept(tmp_path, monkeypatch):
    # without the conflict rule, P1's and P2's dates both reach the merged view: a violation
    # of the merged view; P3 also names an agreement with one party: a violation of its graph
    monkeypatch.setattr("kg.merge.single_valued_predicates", lambda: ())
    one_party = replace(P3.agreements[0], signatories=["United States"])
    contradicting = replace(P3, agreements=[*P3.agreements, one_party])
    out = tmp_path / "out"
    build(out, [P1, contradicting], monkeypatch)
    result = build(out, [P1, contradicting, P2], monkeypatch)
    assert result.report.remapped == 1
    violations = result.report.validation.results
    assert {v.graph is None for v in violations} == {True, False}  # one article's, and the merged view's
    same_as_full(out, [P1, contradicting, P2], tmp_path, monkeypatch)


def test_a_build_with_other_settings_is_a_full_one(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(out, [P1, P2], monkeypatch)
    by_id = {f.article.id: f for f in (P1, P2)}
    monkeypatch.setattr(kg.pipeline, "extract_corpus", lambda articles, **_: ([by_id[a.id] for a in articles], 0))
    result = build_articles([P1.article, P2.article], settings=Settings(cache_dir="", base_iri="http://example.org/"),
                            previous=out)
    assert result.report.remapped == 2 and result.folder is None
