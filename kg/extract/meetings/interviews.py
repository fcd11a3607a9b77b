"""Who is speaking in an interview printed as questions and answers.

An interview gives each turn a speaker label at the start of its line: "Q:" and "A:", the
outlet and the guest ("Rudaw: ... Malmer Stenergard: ..."), or initials after a first full
label ("The Daily Star (DS): ... Imran Ahmad (IA): ... DS: ... IA: ..."). "I met X" in a
guest's turn and "you met X" in the interviewer's are the guest meeting X, and the labels
themselves name nobody taking part ("Jordan Times: You met ..."). Outlets and titles vary
across articles, so the turns are told by their shape, not by names: labels that recur
(a label said once counts when it is the full form of a recurring one, "Maria Malmer
Stenergard" for "Malmer Stenergard", or its initials, "Marcelo Ebrard" for "ME"), at
least two of them, and the first one to speak is the interviewer.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ...parse import doc_text
from .vocab import _vocab

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .mentions import _People

_HOOK = "meetings.interview_turns"
# turns each side must have for the labels to be a dialogue, not two stray "Photo:" lines
_MIN_TURNS = 2


@dataclass(frozen=True)
class Turns:
    """The turns of a Q&A: start offsets and speaker keys in text order, the label spans."""

    starts: tuple[int, ...]
    keys: tuple[str, ...]
    labels: dict[str, frozenset[str]]  # key -> every label text that stands for it
    spans: tuple[tuple[int, int], ...]  # character ranges of the labels

    @property
    def interviewer(self) -> str:
        return self.keys[0]

    def speaker_at(self, offset: int) -> str | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.keys[i] if i >= 0 else None

    def guest_after(self, offset: int) -> str | None:
        """The guest who answers the turn at ``offset`` (the next speaker not the interviewer)."""
        i = bisect.bisect_right(self.starts, offset)
        return next((k for k in self.keys[i:] if k != self.interviewer), None)

    def in_label(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans)


@cache
def _label_line() -> re.Pattern[str]:
    return re.compile(_vocab()["speaker_label_line"], re.M)


def _initials(label: str) -> str:
    return "".join(w[0] for w in label.split() if w[:1].isupper())


def turns(doc: "Doc") -> Turns | None:
    """The Q&A turns of a document, or None when it is no interview; found once per document."""
    if _HOOK in doc.user_data:
        return doc.user_data[_HOOK]
    found = _turns(doc_text(doc))
    doc.user_data[_HOOK] = found
    return found


def _turns(text: str) -> Turns | None:
    lines = []
    for m in _label_line().finditer(text):
        label = m.group("label").strip()
        if not label[:1].isupper():
            continue
        lines.append((m.start("label"), m.end(), label, m.group("short")))
    counts = Counter(short or label for _, _, label, short in lines)
    recurring = {k for k, n in counts.items() if n >= _MIN_TURNS}
    starts, keys, spans = [], [], []
    labels: dict[str, set[str]] = {}
    for start, end, label, short in lines:
        key = short or label
        if key not in recurring:
            key = next((r for r in recurring if label.endswith(" " + r)), None) or (
                _initials(label) if _initials(label) in recurring else None
            )
        if key is None:
            continue
        starts.append(start)
        keys.append(key)
        spans.append((start, end))
        labels.setdefault(key, {key}).add(label)
    if len(set(keys)) < 2 or min(Counter(keys).values()) < _MIN_TURNS:
        return None
    return Turns(tuple(starts), tuple(keys), {k: frozenset(v) for k, v in labels.items()}, tuple(spans))


def guest_speaking(offset: int, first_person: bool, people: "_People", doc: "Doc") -> str | None:
    """The guest that "I" (``first_person``) in a guest's turn, or "you" in the interviewer's,
    at ``offset`` stands for: the person the guest's label names, else the person the
    introduction names first."""
    found = turns(doc)
    if found is None:
        return None
    speaker = found.speaker_at(offset)
    if speaker is None or (speaker != found.interviewer) != first_person:
        return None
    guest = speaker if first_person else found.guest_after(offset)
    for label in found.labels.get(guest or "", ()):
        named = next((m.name for m in people.mentions if m.name == label or m.name.endswith(" " + label)), None)
        if named:
            return named
    intro = [m for m in people.mentions if doc[m.start].idx < found.starts[0]]
    return intro[0].name if intro else None
