"""Find: the words that announce a meeting, by the patterns of ``kg/data/patterns/meeting_*.json``.

The patterns run once over the whole document (spaCy ``DependencyMatcher`` and ``Matcher``);
each token gets the set of labels of the patterns whose trigger it is. What follows decides
from those labels alone: a press conference is a meeting only when held jointly or with
someone, a video conference never, a call on someone only when it is no appeal to act.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...annotate.index import per_document
from ..parties import matcher
from .mentions import _People
from .vocab import _lemmas, has_lemma, is_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TRIGGERS = "meeting_triggers.json"
UNREALISED = "meeting_unrealised.json"
_KEY = "meetings_triggers"


class _Triggers:
    """The trigger patterns' matches of one document: token -> labels, and the anchors in order."""

    def __init__(self, doc: "Doc") -> None:
        labels: dict[int, set[str]] = {}
        strings = doc.vocab.strings
        for match_id, tokens in matcher(TRIGGERS, doc.vocab)(doc):
            labels.setdefault(tokens[0], set()).add(strings[match_id])
        self.labels = {i: frozenset(s) for i, s in labels.items()}
        self.anchors = sorted(self.labels)
        self.unrealised = sorted(
            s for _, s, _ in matcher(UNREALISED, doc.vocab)(doc) if not self._of_another_thing(doc[s])
        )

    def _of_another_thing(self, tok: "Token") -> bool:
        """ "met X to discuss the law that scrapped the fees": a relative clause with no event word
        of its own speaks of its noun; not when the noun is the event ("the talks, which had been
        postponed twice")."""
        clause = next((a for a in (tok, *tok.ancestors) if a.dep_ == "relcl"), None)
        if clause is None:
            return False
        # the noun the clause hangs on and the phrases it sits in, up to their verb ("the meeting
        # between X and Y, which had been cancelled": the parser hangs the clause on Y)
        noun = [clause.head, *clause.head.ancestors]
        verb = next((k for k, a in enumerate(noun) if a.pos_ in ("VERB", "AUX")), len(noun))
        return not any(t.i in self.labels for t in (*noun[:verb], *clause.subtree))


def _triggers(doc: "Doc") -> _Triggers:
    """Both matchers run once per document; kept in ``doc.user_hooks``, which is never serialised."""
    return per_document(doc, _KEY, _Triggers)


def trigger_labels(doc: "Doc") -> dict[int, frozenset[str]]:
    """Token index -> the labels of the trigger patterns anchored on it, computed once per document."""
    return _triggers(doc).labels


def triggers_in(sent: "Span") -> list["Token"]:
    """The tokens of a sentence that announce a meeting on their own, found by bisection."""
    found = _triggers(sent.doc)
    lo = bisect.bisect_left(found.anchors, sent.start)
    hi = bisect.bisect_left(found.anchors, sent.end)
    doc = sent.doc
    return [doc[i] for i in found.anchors[lo:hi] if _is_trigger(doc[i])]


def unrealised(sent: "Span") -> bool:
    """Whether a sentence says an event did not happen ("postponed", "had been due to")."""
    starts = _triggers(sent.doc).unrealised
    at = bisect.bisect_left(starts, sent.start)
    return at < len(starts) and starts[at] < sent.end


def _labels(tok: "Token") -> frozenset[str]:
    return trigger_labels(tok.doc).get(tok.i, frozenset())


def _is_trigger(tok: "Token") -> bool:
    """Whether a token announces a meeting on its own."""
    labels = _labels(tok)
    if not labels or "REMOTE_EVENT" in labels:
        return False
    if labels == {"CALL_ON"}:
        # "called on X to resign" is an appeal; "called on X in Doha" a visit
        return not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
    if "PRESS_EVENT" in labels:
        # a press conference held together is a meeting of those who hold it (two or more: see _draft)
        return "JOINT_PRESS_EVENT" in labels or _talks_with(tok)
    return True


def _present_at(tok: "Token") -> bool:
    """ "X was also in the room", "Y was present": someone at the event just told (it joins it)."""
    return "PRESENT" in _labels(tok)


def _is_call(tok: "Token") -> bool:
    """ "called on Prime Minister X": a call needs its caller named too (see ``_draft``)."""
    return _labels(tok) == {"CALL_ON"}


def _is_press_event(tok: "Token") -> bool:
    return "PRESS_EVENT" in _labels(tok)


def _talks_with(tok: "Token") -> bool:
    """"held a press conference with X": the event has a companion."""
    return any(c.dep_ == "prep" and is_word(c, "companion_prepositions") for c in tok.children)


def _is_signing(trigger: "Token") -> bool:
    return has_lemma(trigger, "agreement_verbs") or any(has_lemma(c, "agreement_verbs") for c in trigger.children)


def _refers_back(trigger: "Token") -> bool:
    """ "the meeting", "that ceremony": a determiner that points at an event already told."""
    return any(c.dep_ == "det" and is_word(c, "definite_determiners") for c in trigger.children)


def _joins(trigger: "Token", verb: "Token") -> bool:
    """ "X also attended the ceremony", "X was also in the room": someone joining the meeting
    just spoken of."""
    return _present_at(trigger) or (
        trigger.pos_ in ("NOUN", "PROPN") and has_lemma(verb, "joining_verbs") and _refers_back(trigger)
    ) or _at_the_event(trigger)


def _at_the_event(trigger: "Token") -> bool:
    """ "X and Y signed at the event a memorandum", "on the same occasion, X and Y signed":
    done at the event just told."""
    return trigger.pos_ == "VERB" and any(
        # not a named event ("signed at the Summit of the Americas"): that is no event just told
        o.dep_ == "pobj" and _refers_back(o) and o.pos_ != "PROPN" and not o.ent_type_ and (_is_trigger(o) or has_lemma(o, "event_nouns"))
        for p in trigger.children
        if p.dep_ == "prep" and (is_word(p, "locative_prepositions") or is_word(p, "occasion_prepositions"))
        for o in p.children
    )


def _anaphoric(trigger: "Token", people: _People) -> bool:
    """"the meeting", "that meeting", naming nobody: the meeting the article spoke of last."""
    if trigger.pos_ not in ("NOUN", "PROPN") or not _refers_back(trigger):
        return False
    return not any(t.i in people.by_token for t in trigger.subtree)


def _distinct(trigger: "Token", verb: "Token") -> bool:
    """"will also participate in a bilateral meeting", "another meeting": a new event."""
    markers = _lemmas("distinct_markers")
    return any(c.lower_ in markers for tok in (trigger, verb) for c in tok.children)


def _receives_nobody(trigger: "Token", people: _People) -> bool:
    """ "X, who visited Rabat in December": a visit or reception whose guest (or host, "was
    received by") the tagger took for a person and is not one tells of nobody met."""
    if _labels(trigger) != {"RECEIVE_PERSON"}:
        return False
    company = [c for c in trigger.children if c.dep_ in ("dobj", "agent")]
    if any(has_lemma(c, "colleague_nouns") for c in company):
        return False  # "received their counterparts from A and B": officials, if unnamed
    return not any(t.i in people.by_token for c in company for t in c.subtree)



def _in_passing(trigger: "Token", found: list["Token"]) -> bool:
    """ "At the end of the meeting, X and Y signed ...": an event already told, named only to
    say when another trigger's event happened ("at the end of", "after", "on the eve of"), is
    no mention of its own (its people are not the signers); "signed at the meeting"
    (``_at_the_event``), "attended the meeting", "met on the sidelines of the conference" are."""
    if trigger.pos_ not in ("NOUN", "PROPN") or not _refers_back(trigger):
        return False
    for verb in found:
        if verb.i == trigger.i or verb.pos_ != "VERB" or trigger not in verb.subtree:
            continue
        path = []
        for up in trigger.ancestors:
            if up.i == verb.i:
                break
            path.append(up)
        return any(
            is_word(t, "sequence_prepositions") or is_word(t, "sequence_nouns") or has_lemma(t, "time_edge_nouns") for t in path
        )
    return False


def _later(trigger: "Token", verb: "Token") -> bool:
    """ "X and Y later held talks": another event on the occasion just told."""
    return any(is_word(c, "later_markers") for tok in (trigger, verb) for c in tok.children)
