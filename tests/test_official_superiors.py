"""A post a possessive pronoun makes someone's ("Her interior minister, X") serves the state
of the official the pronoun points back to, not the other states the sentence names.

Sentences are written for the test (people invented except known office holders, states real).
"""

from __future__ import annotations

from kg.extract import Context
from kg.extract.officials import extract_officials
from kg.facts import Article


def officials(nlp, text: str, date: str = "2017-03-14") -> dict[str, tuple[str | None, str | None]]:
    ctx = Context(Article(id="t", source="t", text=text, date=date))
    return {o.name: (o.role, o.country) for o in extract_officials(nlp(text), ctx)}


def test_her_minister_serves_the_leader_named_before_not_the_states_of_the_sentence(nlp):
    text = ("Chancellor Angela Merkel says the rules for asylum in Europe have failed. Her interior "
            "minister, Jonas Keller, insists that Austria and Italy must still take back the people "
            "who entered there.")
    assert officials(nlp, text)["Jonas Keller"] == ("Minister of the Interior", "Germany")


def test_her_counterpart_is_another_states_official(nlp):
    text = ("Chancellor Angela Merkel met the Austrian leaders in Vienna. Her counterpart, Foreign "
            "Minister Jonas Keller, insists that Austria must still take back the people who entered there.")
    assert officials(nlp, text)["Jonas Keller"] == ("Minister of Foreign Affairs", "Austria")
