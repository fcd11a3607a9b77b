"""The states a plural agreement noun without a kind names one agreement each with: "the
agreements the US concluded with X, Y and Z" (a signing clause of its own), "signed
agreements with all three countries" (the object of a signing), "Agreements with Kenya and
Uzbekistan followed" (with the article's main party), "agreements signed in recent months:
A in July, B ..." (a list after a colon). The first state is the one they are all with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import concluding_verb
from .counterparts import parties_named, signing_subject
from .counts import colon_listed
from .scope import partnered_plural, signed_plural, signed_with

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def concluded_with(head: "Token", mentioned: list, sent: "Span", parties: list[str], top: str | None, definite: bool) -> list[str]:
    """[the shared party, then each other one] of a plural noun, or [] when it names no
    concrete agreements; ``parties`` are those the mention's scope names."""
    concluded = signed_with(head, mentioned, sent) or signed_plural(head, mentioned, sent)
    if not concluded and (verb := concluding_verb(head)) is not None:
        # "the administration signed agreements with all three countries": one each
        who = signing_subject([verb], parties_named(verb))
        others = [p for p in parties if p != who]
        concluded = [who, *others] if who and others else []
    if not concluded and top is not None:
        # "Agreements with Kenya and Uzbekistan followed": one each with the main party
        partners = [p for p in partnered_plural(head, mentioned, sent, definite) if p != top]
        # "agreements signed in recent months: A in July, B on September 20 ..."
        partners = partners if len(partners) >= 2 else [p for p in colon_listed(head, mentioned, sent) if p != top]
        concluded = [top, *partners] if len(partners) >= 2 else []
    return concluded
