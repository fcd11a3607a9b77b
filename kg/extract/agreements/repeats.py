"""Agreements told by what one party did after another: "Y did so", "Z followed on Sept.
20, and W on Sept. 25", "After X came Y in 1963" (the repeat patterns of
``patterns/agreement_repeats.json``), and "the two ministers also signed a protocol" (another
agreement at the signing of the last one). Split from :mod:`.merge`, whose :func:`resolve`
each of them goes through.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...dates import resolve_date
from ..parties import countries_in, names
from .counts import counted
from .index import entities
from .merge import resolve
from .model import Draft, Mention
from .reading import repeated_acts
from .vocab import is_sign_verb, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .counterparts import Ranking


def did_so(
    sent: "Span", verbs: list["Token"], touched: list, drafts: list[Draft], ranking: Ranking, index: int,
    article_date: str | None, signed_before: Draft | None = None,
) -> list[tuple[Draft, str | None]]:
    """ "X signed a similar agreement in July, and Y did so last Friday" (or "did the same",
    "followed suit", also in the sentence after the signing): Y signed one of the same kind,
    on the day of its own clause; the signers of X's clause are not Y's."""
    base = next((d for d, st in touched if st != "proposed"), None) if verbs else None
    if base is None:
        base = signed_before
    if base is None:
        return []
    out = []
    for verb in repeated_acts(sent):
        if verbs and verb.i < verbs[0].i:
            continue
        subject = " ".join(t.text for c in verb.children if c.dep_ == "nsubj" for t in c.subtree)
        # "X followed on Sept. 20, and Z on Sept. 25": a clause without its verb, Z on its own day
        # ("After X came Y in 1963, Z in 1964, W in 1965 and V in 1968": each listed name)
        gaps = sorted((t for c in verb.children if c.dep_ in ("conj", "npadvmod") and c.pos_ == "PROPN"
                       for t in c.subtree if t.pos_ == "PROPN" and (t is c or t.dep_ in ("conj", "appos"))), key=lambda t: t.i)
        ends = [g.i for g in gaps] + [sent.end]
        dates = [
            e for e in entities(sent, "DATE")
            if next((a.i for a in e.root.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb.i
        ]
        acts = [(subject, [e for e in dates if e.start < ends[0]])]
        acts += [(g.doc[g.left_edge.i : g.i + 1].text, [e for e in dates if g.i < e.start < ends[n + 1]]) for n, g in enumerate(gaps)]
        acts = [(who, resolve_date(own[0].text, article_date) if own else None) for who, own in acts]
        # "X signed with Y, and Z did so": Z in X's place, with Y
        partner = [p for p in base.parties if p != base.actor] if base.actor in base.parties else []
        for who, day in acts:
            for state in (n for n in names(countries_in(who)) if n not in base.parties):
                mention = Mention(base.kind, verb.idx, verb.idx + len(verb.text), False, False, None)
                mention.counterpart = partner[0] if len(partner) == 1 else None
                out += [(d, day) for d in resolve(mention, [state], drafts, ranking, index)]
    return out


def another_of(
    mention: Mention, verb: "Token | None", parties: list[str], drafts: list[Draft], signed: Draft | None,
) -> tuple[list[str], list[Draft], Draft | None]:
    """ "The two ministers also signed a protocol on police cooperation": a new agreement of
    the parties of the one last signed (or of fewer of them), so no agreement of those
    parties is the one named; that last one is returned too (the occasion, the signers).
    Else ``parties`` and ``drafts`` unchanged and None."""
    if (
        signed is None or verb is None or mention.definite or not is_sign_verb(verb)
        or (mention.plural and (mention.token is None or counted(mention.token) is None))  # "also signed two memoranda"
        or not any(c.dep_ == "advmod" and c.lower_ in words("additive_adverbs") for c in verb.children)
        or not set(parties) <= set(signed.parties)
    ):
        return parties, drafts, None
    return list(signed.parties), [d for d in drafts if set(d.parties) != set(signed.parties)], signed


def people_sign(verb: "Token | None") -> bool:
    """The subject of a signing verb names no state, body, nationality or word for the
    parties ("the two ministers also signed", not "DHS and the Honduran government also
    signed", "the two governments also signed"): people signed."""
    return verb is not None and not any(
        t.ent_type_ in ("GPE", "ORG", "NORP") or t.lower_ in words("party_nouns")
        for c in verb.children if c.dep_ in words("subject_deps") for t in c.subtree
    )
