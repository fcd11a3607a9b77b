"""Aid beyond one episode (issue 9): donors and recipients anywhere, sums in any currency,
status in other wordings, and one fact per distinct sum.

Each text is written for these tests; none comes from a gold set. A row is
(text, [(amount, currency, provider, recipients, status), ...]).
"""

from __future__ import annotations

import pytest

from kg.extract import Context
from kg.extract.aid import extract_aid
from kg.facts import Article


def facts(nlp, text: str) -> list[tuple]:
    article = Article(id="t", source="t.txt", text=text, date="2023-05-01")
    found = extract_aid(nlp(text), Context(article=article, people={}))
    return [(f.amount, f.currency, f.provider, f.recipients, f.status) for f in found]


CASES = {
    # a capital that is a party to the verb is its state's government
    "capital recipient": (
        "Oslo promised Kigali 20 million kroner last year.",
        [(20e6, "NOK", "Norway", ["Rwanda"], "pledged")],
    ),
    "capital donor": (
        "Rome also paid Tirana €5 million in advance.",
        [(5e6, "EUR", "Italy", ["Albania"], "delivered")],
    ),
    # the same figure said again as "a further" sum is a second sum
    "a further sum": (
        "Madrid pledged €50 million to Morocco in May, and in June it pledged a further €50 million.",
        [(50e6, "EUR", "Spain", ["Morocco"], "pledged"), (50e6, "EUR", "Spain", ["Morocco"], "pledged")],
    ),
    # list lines under a sum's lead-in take its donor, recipients and status
    "lead-in list": (
        "Japan has promised Laos ¥9 billion:\n\n• ¥6 billion in loans;\n• ¥3 billion in grants.",
        [(9e9, "JPY", "Japan", ["Laos"], "pledged"), (6e9, "JPY", "Japan", ["Laos"], "pledged"),
         (3e9, "JPY", "Japan", ["Laos"], "pledged")],
    ),
    # the list under a request asks; it states nothing that happened
    "list of demands": (
        "The group calls on:\n\n• the government to freeze the €40 million in aid to Niger;\n"
        "• donors to stop funding the camps.",
        [],
    ),
    # an amountless promise of the money a later sentence gives as a sum is that sum
    "promise then sum": (
        "Brussels and Cairo agreed a partnership in return for more money. The EU has promised Egypt €500 million.",
        [(500e6, "EUR", "European Union", ["Egypt"], "pledged")],
    ),
    # "each year" is a rate, not a price per unit
    "yearly aid": (
        "Seoul gives Vietnam roughly $20 million in aid each year.",
        [(20e6, "USD", "South Korea", ["Vietnam"], "delivered")],
    ),
    # a conversion of the sum into another currency is the same sum
    "conversion": (
        "She announced 10 million dollars for Bolivia, a figure local media converted to some 69 million bolivianos.",
        [(10e6, "USD", None, ["Bolivia"], "announced")],
    ),
    # a bare "$" restated in US dollars of another value is the donor's own dollar
    "donor's dollar": (
        "Canada will give an additional $50 million (about US$37 million) to Haiti.",
        [(50e6, "CAD", "Canada", ["Haiti"], "pledged")],
    ),
    # a sum's own "for X" beats the other countries of the sentence
    "single sum's recipient": (
        "During a stop in Panama, she announced $5 million for Costa Rica.",
        [(5e6, "USD", None, ["Costa Rica"], "announced")],
    ),
    "redirected away": (
        "The ministry will redirect €12 million in aid for Mali to other priorities.",
        [(12e6, "EUR", None, [], "redirected")],
    ),
    "for the region": (
        "The law authorizes $80 million in assistance for the region, Honduran officials said.",
        [(80e6, "USD", None, [], "approved")],
    ),
    "a law's line": (
        "The Foreign Assistance Act signed in March includes $40 million for Belize.",
        [(40e6, "USD", None, ["Belize"], "approved")],
    ),
    "a legislature provides": (
        "Parliament provided €30 million for Chad.",
        [(30e6, "EUR", None, ["Chad"], "approved")],
    ),
    # "kroner" is Norway's, Denmark's ... : the donor's own when it is one of them
    "the donor's kroner": (
        "Denmark has promised 40 million kroner ($5.8 million) for refugee programmes in Rwanda.",
        [(40e6, "DKK", "Denmark", ["Rwanda"], "pledged")],
    ),
    # a correction before the sum reads "kroner" as the currency of the state the article names
    "correction before the sum": (
        "CORRECTION: An earlier version misstated the sum Denmark has promised Rwanda. It is 40 million "
        "kroner, not 400 million kroner.\n\nDenmark has promised 40 million kroner for refugee programmes in Rwanda.",
        [(40e6, "DKK", "Denmark", ["Rwanda"], "pledged")],
    ),
    # other wordings of a status
    "on ice": (
        "The Netherlands has put €15 million in aid to Niger on ice.",
        [(15e6, "EUR", "Netherlands", ["Niger"], "suspended")],
    ),
    "transferred": (
        "Italy transferred €16.5 million to Albania in March.",
        [(16.5e6, "EUR", "Italy", ["Albania"], "delivered")],
    ),
    # with a status that takes money away, "from X" names who loses it
    "withdrawn from": (
        "Germany has withdrawn €20 million in aid from Niger.",
        [(20e6, "EUR", "Germany", ["Niger"], "cut")],
    ),
    "reallocated from one to another": (
        "Copenhagen reallocated DKK 100 million from Rwanda to Uganda.",
        [(100e6, "DKK", "Denmark", ["Uganda"], "redirected")],
    ),
    # the countries of the sum's own clause, not those of a clause coordinated with it
    "the sum's own clause": (
        "Chile has spent 900 million pesos in aid for training in Peru and Bolivia since 2020, and in May "
        "its minister offered to extend the scheme to Ecuador.",
        [(900e6, "CLP", "Chile", ["Peru", "Bolivia"], "delivered")],
    ),
    "allocated": (
        "Sweden allocated SEK 100 million for Somalia.",
        [(100e6, "SEK", "Sweden", ["Somalia"], "approved")],
    ),
    "an appeal asks": (
        "The agency's appeal for Chad, which seeks $90 million, is 10 per cent funded.",
        [],
    ),
    "a spending plan": (
        "The United States announced a $4 billion plan to address the causes of migration from Guatemala.",
        [(4e9, "USD", "United States", ["Guatemala"], "announced")],
    ),
    "taken from aid": (
        "Norway cut NOK 50 million from its aid to Mali.",
        [(50e6, "NOK", "Norway", ["Mali"], "cut")],
    ),
    # recipients named up to three sentences before the sum
    "parties named before": (
        "Denmark and Rwanda signed a migration accord in Kigali on Monday. The deal was criticised by "
        "rights groups. Copenhagen will pay 40 million kroner over three years.",
        [(40e6, "DKK", "Denmark", ["Rwanda"], "pledged")],
    ),
    # the restoration of "the" frozen aid is that aid's, with its recipients
    "restoration of frozen aid": (
        "Germany froze €30 million in aid to Niger in July. In December, Berlin announced the "
        "restoration of the previously frozen aid.",
        [(30e6, "EUR", "Germany", ["Niger"], "suspended"), (None, None, "Germany", ["Niger"], "restored")],
    ),
    # money a donor will give is promised; an announcement that reports it makes it announced,
    # and a vote still to come is announced
    "will invest": (
        "Under the accord, Sweden will invest an additional 30 million kronor in Kenya.",
        [(30e6, "SEK", "Sweden", ["Kenya"], "pledged")],
    ),
    "announced that it will give": (
        "Tokyo announced that Japan will give ¥2 billion to Laos for its coastguard.",
        [(2e9, "JPY", "Japan", ["Laos"], "announced")],
    ),
    "will approve": (
        "Parliament will approve €12 million for Ghana next week.",
        [(12e6, "EUR", None, ["Ghana"], "announced")],
    ),
    # a rate per person a state takes is aid without a sum; the subject of "receive" gets it,
    # not the country of the outlet that reports it
    "a rate per person": (
        "Danish media reported that Ghana was to receive €4,000 for each migrant it accepted.",
        [(None, None, None, ["Ghana"], "pledged")],
    ),
    # the parts a sentence shares out "of the total" keep the total's status
    "parts of a total": (
        "Japan announced a ¥900 million aid package for Laos on Monday. Of the total, ¥600 million "
        "will go to schools and ¥300 million to clinics.",
        [(900e6, "JPY", "Japan", ["Laos"], "announced"), (600e6, "JPY", "Japan", ["Laos"], "announced"),
         (300e6, "JPY", "Japan", ["Laos"], "announced")],
    ),
    # a correction note's earlier figure is what it retracts, not a fact
    "correction note": (
        "Norway will provide 20 million kroner to Niger.\n\nCORRECTION: An earlier version of this "
        "article said Norway would provide 30 million kroner to Niger.",
        [(20e6, "NOK", "Norway", ["Niger"], "pledged")],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_aid_beyond_the_episode(nlp, case: str) -> None:
    text, expected = CASES[case]
    assert facts(nlp, text) == expected
