"""TODO"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...facts import Agreement
from .counterparts import Ranking
from .model import to_fact
from .read import rank_counterparts, read_drafts

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .. import Context


def extract_agreements(doc: "Doc", ctx: "Context") -> list[Agreement]:
    """The agreements an article reports, one per agreement, attributes merged over mentions.

    Read twice: first with the parties each mention names itself, which shows the article's
    counterparts (:func:`rank_counterparts`); then with them, so that "X signed the deal" in an
    article about deals with one party is X's deal with that party.
    """
    ranking = rank_counterparts(read_drafts(doc, ctx, Ranking((), None)), doc, ctx)
    # an agreement has the parties the text gives: two or more (a state and a body count)
    return [to_fact(d) for d in read_drafts(doc, ctx, ranking) if len(d.parties) >= 2]
