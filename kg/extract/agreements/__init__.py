"""Agreements: which parties signed what kind of deal, who signed it, when, how far it got.

One module per stage, read in this order:

- :mod:`.mentions` finds agreement mentions: kind phrases (spaCy ``Matcher`` patterns in
  ``kg/data/patterns/agreement_kinds.json``) and generic nouns ("deal", "protocol", "treaty").
- :mod:`.scope` decides which states and bodies of a sentence are a mention's parties
  (its own phrase, "between A and B", possessives, witnesses left out); :mod:`.counterparts`
  ranks the article's parties for a mention that names only one; :mod:`.plurals` reads a
  plural noun that names one concrete agreement per state ("similar deals with X and Y").
- :mod:`.signing` finds signers and signing dates, :mod:`.not_signers` who of a signing
  sentence signed nothing (witnesses, the occasion's people, places, names of things);
  :mod:`.clauses` says whether a signing took place (not refused, floated, conditional or future).
- :mod:`.merge` resolves mentions to agreements: one per distinct deal of the article;
  :mod:`.repeats` reads what one party did after another ("Y did so", "After X came Y").
- :mod:`.read` runs these over the sentences; :mod:`.model` holds the drafts and the facts.

Vocabulary and function words live in ``kg/data/agreement_terms.json`` (``grammar`` by role);
no module compares text with an English word. An agreement needs the parties the text gives:
two or more, or a state and a body, or one that alone signed or adopted a named instrument
(:mod:`.single`). Rules, each with a test, are in ``tests/test_extract_agreements.py``
and ``tests/test_agreements_transfer.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...facts import Agreement
from .counterparts import Ranking, rank_counterparts
from .model import merge_alike, one_name_per_state, to_fact
from .read import read_drafts
from .single import one_party_instrument

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
    # an agreement has the parties the text gives: two or more (a state and a body count),
    # or one that alone signed or adopted an instrument called by its name (:mod:`.single`)
    drafts = read_drafts(doc, ctx, ranking)
    for d in drafts:
        d.parties = one_name_per_state(d.parties)
    kept = [d for d in drafts if len(d.parties) >= 2 or one_party_instrument(d, doc)]
    return [to_fact(d) for d in merge_alike(kept)]
