"""The network view: what is drawn from a hand-built graph, and that the page is offline and safe.

The ``small_graph`` fixture (conftest.py) holds three articles: an asylum cooperation
agreement between the United States and Panama signed by Kevin Mallory (also written
"Keven Mallory") and Ana Ortiz, $450 million of suspended US aid to Panama, and a meeting
of the two in Panama City. The browser side is in test_view_browser.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import KGError
from kg.mapping import article_name
from kg.network import build_network
from kg.view import script_json, view_network, write_view, ViewOptions
from kg.pipeline import content_hash
from kg.vocab import ACC, DEFAULT_BASE_IRI

from conftest import TEXT_A, TEXT_B

ID = DEFAULT_BASE_IRI
AGREEMENT = ID + "agreement/pa-us-asylum-cooperation-agreement-2019"
AID = ID + "aid/us-pa-450000000-suspended"
MEETING = ID + "meeting/undated-panama-city-d29a0f85c7"
MALLORY, ORTIZ = ID + "person/kevin-mallory", ID + "person/ana-ortiz"
US, PANAMA = ID + "country/united-states", ID + "country/panama"
PANAMA_CITY = ID + "place/panama-city"
# article IRIs are named after the text's hash (kg.mapping.article_name)
A1, B2, C3 = (article_name(content_hash(t)) for t in (TEXT_A, TEXT_B, TEXT_B.replace("met", "greeted")))
ARTICLES = [ID + f"article/{A1}", ID + f"article/{B2}", ID + f"article/{C3}"]
HOSTILE = '<script>alert(1)</script><img src=x onerror="window.__pwned=1">'


def page_data(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S)
    assert match, "the page has its data block"
    return json.loads(match.group(1))


def relations(net) -> set[tuple[str, str, str]]:
    return {(s, rel, o) for s, o, rel in net.edges(keys=True)}


# -- the network ------------------------------------------------------------------------------


def test_nodes_are_the_entities_with_their_kind_and_name(small_graph):
    net = build_network(small_graph)
    assert {n: (d["kind"], d["label"]) for n, d in net.nodes(data=True)} == {
        AGREEMENT: ("Agreement", "US-Panama asylum cooperation agreement"),
        AID: ("Aid", "$450,000,000 aid from United States to Panama (suspended)"),
        MEETING: ("Meeting", "Meeting of Kevin Mallory, Ana Ortiz in Panama City"),
        MALLORY: ("Official", "Kevin Mallory"),
        ORTIZ: ("Official", "Ana Ortiz"),
        US: ("Country", "United States"),
        PANAMA: ("Country", "Panama"),  # also a Signatory: drawn as the more specific Country
        PANAMA_CITY: ("Place", "Panama City"),
        ARTICLES[0]: ("Article", "Deal signed"),  # its title
        ARTICLES[1]: ("Article", "b2"),  # no title: its identifier
        ARTICLES[2]: ("Article", "c3"),
    }


def test_edges_are_labelled_with_the_relation(small_graph):
    mentions = {(MALLORY, "mentioned in", a) for a in ARTICLES} | {
        (ORTIZ, "mentioned in", ARTICLES[0]), (AGREEMENT, "mentioned in", ARTICLES[0]),
        (AID, "mentioned in", ARTICLES[0]), (MEETING, "mentioned in", ARTICLES[1])}
    assert relations(build_network(small_graph)) == mentions | {
        (AGREEMENT, "party", US), (AGREEMENT, "party", PANAMA),
        (AGREEMENT, "signed by", MALLORY), (AGREEMENT, "signed by", ORTIZ),
        (AID, "provider", US), (AID, "recipient", PANAMA),
        (MEETING, "participant", MALLORY), (MEETING, "participant", ORTIZ), (MEETING, "location", PANAMA_CITY),
        (MALLORY, "post in", US), (ORTIZ, "post in", PANAMA),
    }


def test_posts_amounts_and_evidence_fold_into_the_entity(small_graph):
    net = build_network(small_graph)
    mallory = net.nodes[MALLORY]
    assert ("post", "Acting Secretary of Homeland Security (United States)") in mallory["facts"]
    assert ("also written", "Keven Mallory") in mallory["facts"]
    assert {e["article"] for e in mallory["evidence"]} == {"Deal signed", "b2", "c3"}
    assert ("amount", "USD 450,000,000") in net.nodes[AID]["facts"]
    assert ("status", "suspended") in net.nodes[AID]["facts"]
    assert ("kind", "asylum cooperation agreement") in net.nodes[AGREEMENT]["facts"]
    assert [e["quote"] for e in net.nodes[AID]["evidence"]] == ["The US suspended $450 million in aid to Panama."]


def test_a_meeting_belongs_to_the_countries_of_its_participants(small_graph):
    net = build_network(small_graph)
    assert net.nodes[MEETING]["countries"] == sorted([PANAMA, US])
    assert net.nodes[MALLORY]["countries"] == [US]


# -- options ----------------------------------------------------------------------------------


def test_hide_articles_drops_article_nodes_but_keeps_evidence(small_graph):
    net = view_network(small_graph, ViewOptions(hide_articles=True))
    assert not any(k == "Article" for _, k in net.nodes(data="kind"))
    assert len(net) == 8
    assert net.nodes[AID]["evidence"], "the quotes stay in the tooltip"


def test_hide_provenance_drops_articles_and_quotes(small_graph):
    net = view_network(small_graph, ViewOptions(hide_provenance=True))
    assert len(net) == 8
    assert all(not d["evidence"] for _, d in net.nodes(data=True))


def test_country_keeps_its_neighbourhood_only(small_graph, corpus):
    net = view_network(small_graph, ViewOptions(country="US", hide_articles=True))
    # two steps from the United States: the agreement, the aid, Mallory, and through them
    # Panama, Ortiz, the meeting; Panama City is three steps away
    assert set(net) == {US, AGREEMENT, AID, MALLORY, PANAMA, ORTIZ, MEETING}
    assert set(view_network(small_graph, ViewOptions(country="united states", hide_articles=True))) == set(net)


def test_unknown_country_is_a_catalogued_error(small_graph):
    with pytest.raises(KGError, match=r"\[W001\].*Atlantis.*Panama, United States"):
        view_network(small_graph, ViewOptions(country="Atlantis"))


def test_top_n_keeps_the_most_central(small_graph):
    # degree: Mallory 6 (three articles, the agreement, the meeting, the US), the agreement 5
    # (two parties, two signers, a1), then a tie at 4 (Ortiz, article a1, the meeting) broken by name
    assert set(view_network(small_graph, ViewOptions(top_n=2))) == {MALLORY, AGREEMENT}
    assert set(view_network(small_graph, ViewOptions(top_n=3))) == {MALLORY, AGREEMENT, ORTIZ}


@pytest.mark.parametrize("bad", [{"top_n": 0}, {"size_by": "pagerank"}, {"physics": "fast"}])
def test_bad_options_are_catalogued_errors(bad):
    with pytest.raises(KGError, match=r"\[W00[234]\]"):
        ViewOptions(**bad)


# -- the page ----------------------------------------------------------------------------------


def test_page_holds_every_node_and_edge(small_graph, tmp_path):
    path = write_view(small_graph, tmp_path / "v.html")
    data = page_data(path)
    assert len(data["nodes"]) == 11 and len(data["edges"]) == 18
    assert {k["name"] for k in data["kinds"]} == {"Agreement", "Official", "Country", "Aid", "Meeting", "Place", "Article"}
    assert [c["name"] for c in data["countries"]] == ["Panama", "United States"]
    assert all("value" in n for n in data["nodes"]), "sized by degree by default"


def test_page_is_self_contained(small_graph, tmp_path):
    text = write_view(small_graph, tmp_path / "v.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", text, re.I)
    assert not re.search(r"<link\b", text, re.I)
    assert not re.search(r"@import|url\((?!\"?data:)", text), "CSS fetches nothing"
    assert "bootstrap" not in text.lower()
    assert "new vis.Network" in text and "vis-network" in text


def test_page_is_written_atomically_as_utf8(small_graph, tmp_path):
    path = write_view(small_graph, tmp_path / "sub" / "v.html", title="Réseau — ñ")
    assert path.read_bytes().decode("utf-8").count("<title>Réseau — ñ</title>") == 1
    assert [p.name for p in path.parent.iterdir()] == ["v.html"], "no temporary file left behind"


def test_script_json_cannot_close_the_script_element():
    text = script_json({"name": HOSTILE + "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text)["name"] == HOSTILE + "</script><!-- & \u2028"


def hostile_graph(small_graph):
    """The small graph where an article title and an official's name carry markup."""
    evil = URIRef(ID + "person/evil")
    small_graph.add_graph(URIRef(ID + f"graph/{A1}"), [
        (URIRef(ARTICLES[0]), URIRef("http://purl.org/dc/terms/title"), Literal(HOSTILE)),
        (evil, RDF.type, ACC.Official),
        (evil, RDFS.label, Literal(HOSTILE)),
        (URIRef(AGREEMENT), ACC.signedBy, evil),
    ])
    return small_graph


def test_hostile_text_appears_only_inside_the_escaped_json(small_graph, tmp_path):
    text = write_view(hostile_graph(small_graph), tmp_path / "v.html", title=HOSTILE).read_text(encoding="utf-8")
    assert "<script>alert(1)" not in text
    assert "<img src=x" not in text
    names = {n["name"] for n in page_data(tmp_path / "v.html")["nodes"]}
    assert HOSTILE in names, "the text is kept, to be shown as text"


def test_knowledge_graph_view_forwards_options(small_graph, tmp_path):
    path = small_graph.view(tmp_path / "v.html", hide_articles=True, size_by=None)
    data = page_data(path)
    assert len(data["nodes"]) == 8 and not any("value" in n for n in data["nodes"])


def test_large_graphs_draw_at_once_with_straight_edges():
    from kg.view import vis_options

    big, small = vis_options(5000, physics=True), vis_options(20, physics=True)
    assert big["physics"]["stabilization"]["enabled"] is False and big["edges"]["smooth"] is False
    assert small["physics"]["stabilization"]["iterations"] <= 200
