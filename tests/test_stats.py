"""kg stats on the small hand-built graph (conftest.py): figures worked out by hand."""

from __future__ import annotations

import argparse

from kg.stats import add_stats_arguments, compute_stats, main_stats


def test_counts_per_class(small_graph):
    counts = compute_stats(small_graph).counts
    assert counts == {"Agreement": 1, "Signatory": 2, "Country": 2, "Organisation": 0, "Official": 2, "Post": 2,
                      "Aid": 1, "Meeting": 1, "Place": 1, "Article": 3, "Evidence": 4}


def test_centrality_without_articles(small_graph):
    stats = compute_stats(small_graph, top=3)
    # 8 entities; the agreement touches 4 of the other 7 (two parties, two signers)
    assert (stats.nodes, stats.edges) == (8, 11)
    assert [r.label for r in stats.degree] == ["US-Panama asylum cooperation agreement", "Ana Ortiz", "Kevin Mallory"]
    assert stats.degree[0].score == round(4 / 7, 6)
    # the meeting is the only way to Panama City
    assert stats.betweenness[0].label.startswith("Meeting of Kevin Mallory")


def test_components_and_communities_cover_every_entity(small_graph):
    stats = compute_stats(small_graph)
    assert stats.components == [8]
    assert sorted(x for c in stats.communities for x in c) == sorted(
        ["US-Panama asylum cooperation agreement", "Ana Ortiz", "Kevin Mallory", "Panama", "United States",
         "Panama City", "Meeting of Kevin Mallory, Ana Ortiz in Panama City",
         "$450,000,000 aid from United States to Panama (suspended)"])


def test_cli_prints_the_figures(small_graph, tmp_path, capsys):
    path = small_graph.export(tmp_path / "g.trig", format="trig")
    parser = argparse.ArgumentParser()
    parser.add_argument("--graph")
    add_stats_arguments(parser)
    assert main_stats(parser.parse_args(["--graph", str(path), "--top", "2"])) == 0
    out = capsys.readouterr().out
    assert "Connected components: 1 (sizes 8)" in out and "Kevin Mallory" in out
