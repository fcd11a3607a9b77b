"""Score predicted facts against gold annotations: the API behind ``kg eval``.

Both sides are lists of documents in the facts format (``docs/FACTS_FORMAT.md``), matched by
``id``. Gold defines the evaluation set: a gold document with no prediction counts all its
facts as misses; a predicted document with no gold is ignored (and listed in
:attr:`EvalReport.extra_documents`).

For each kind of fact (agreements, officials, aid, meetings) predicted and gold facts of one
document are paired one-to-one, greedily by best score, among the pairs that pass the
**lenient** match:

=============  ==============================================================================
kind           lenient match (pairing)                  strict match (also required)
=============  ==============================================================================
officials      same name                                same country and same role
agreements     same set of signatories                  same type and same set of signed_by
aid            same amount (or both null) and           same set of recipients and same
               overlapping recipients (or both empty)   status
meetings       participant sets share at least half     same set of participants
               of the larger set (and at least one)
=============  ==============================================================================

Names, countries and roles are compared after normalisation (:func:`normalise`): case,
accents, punctuation and whitespace are ignored, so "Sánchez Cordero" = "sanchez  cordero".
Roles are further compared without a leading "Acting" and without the article "the", because
articles vary in whether they say "acting" ("Secretary of Homeland Security" = "Acting
Secretary of Homeland Security", "Secretary of Interior" = "Secretary of the Interior").
Amounts are equal within 0.5% (rounding in "$1.2bn") when both sides give them in the same
currency (``amount`` and ``currency``; a fact with only ``amount_usd`` is in US dollars); a sum
one side gives in euros and the other in dollars is the same when their ``amount_usd`` agree
within 10% (exchange rates of different days, rounded conversions); with no dollar value on a
side, sums in different currencies differ.

Agreements pair on their parties alone, not their type, so that a right agreement of the
wrong type is reported as a strict failure ("type differs") rather than as a miss plus a false
hit. When several candidates pass the lenient match, the greedy pairing prefers the one that
also gets the strict attributes right, then the one closest on secondary attributes (place,
date, provider, ...), so the pairing is the kindest one-to-one reading of the prediction.

Precision, recall and F1 are reported per kind and micro-averaged over all kinds, for both
matches. A lenient pair that fails the strict match counts as a true positive for the lenient
score only, and is listed with the attributes that differ.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import E, KGError

KINDS: tuple[str, ...] = ("agreements", "officials", "aid", "meetings")
"""The kinds of fact scored, in report order."""

AMOUNT_TOLERANCE = 0.005
"""Relative difference under which two amounts in one currency are the same."""

CONVERSION_TOLERANCE = 0.10
"""Relative difference under which the same sum, given in two currencies and compared in US
dollars, is the same: one side's rate (of the article's day, or the article's own rounded
"about $116m") may differ from the other's."""


# --------------------------------------------------------------------------- scores


@dataclass(frozen=True)
class Score:
    """Counts for one kind (or all kinds) and the precision, recall and F1 they give.

    With nothing predicted precision is 1.0 (no false hits); with nothing in gold recall is
    1.0 (nothing missed); so an empty prediction for an empty gold scores 1.0 throughout.
    """

    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(
            self.true_positives + other.true_positives,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )

    def to_dict(self) -> dict[str, float | int]:
        return {
            "true_positives": self.true_positives,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class Issue:
    """One fact that was missed, wrongly predicted, or matched with wrong attributes.

    ``fact`` is the gold fact for misses and strict failures, the predicted fact for false
    hits; ``predicted`` is the predicted counterpart of a strict failure; ``reasons`` say
    which attributes differed.
    """

    kind: str
    fact: Mapping[str, Any]
    reasons: tuple[str, ...] = ()
    predicted: Mapping[str, Any] | None = None

    def summary(self) -> str:
        return _SUMMARIES[self.kind](self.fact)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "fact": dict(self.fact)}
        if self.reasons:
            out["reasons"] = list(self.reasons)
        if self.predicted is not None:
            out["predicted"] = dict(self.predicted)
        return out


@dataclass
class DocumentResult:
    """What went wrong in one gold document."""

    id: str
    predicted_present: bool = True
    misses: list[Issue] = field(default_factory=list)
    false_hits: list[Issue] = field(default_factory=list)
    strict_failures: list[Issue] = field(default_factory=list)

    @property
    def perfect(self) -> bool:
        return not (self.misses or self.false_hits or self.strict_failures)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "predicted_present": self.predicted_present,
            "misses": [i.to_dict() for i in self.misses],
            "false_hits": [i.to_dict() for i in self.false_hits],
            "strict_failures": [i.to_dict() for i in self.strict_failures],
        }


@dataclass
class EvalReport:
    """Scores per kind for the lenient and the strict match, and the errors per document."""

    lenient: dict[str, Score]
    strict: dict[str, Score]
    documents: list[DocumentResult]
    extra_documents: list[str] = field(default_factory=list)

    @property
    def total_lenient(self) -> Score:
        """Micro-average over all kinds: counts summed before dividing."""
        return sum((self.lenient[k] for k in KINDS), Score())

    @property
    def total_strict(self) -> Score:
        return sum((self.strict[k] for k in KINDS), Score())

    def to_dict(self) -> dict[str, Any]:
        return {
            "lenient": {k: self.lenient[k].to_dict() for k in KINDS},
            "strict": {k: self.strict[k].to_dict() for k in KINDS},
            "total": {
                "lenient": self.total_lenient.to_dict(),
                "strict": self.total_strict.to_dict(),
            },
            "documents": [d.to_dict() for d in self.documents],
            "extra_documents": list(self.extra_documents),
        }

    def format(self, *, details: bool = True) -> str:
        """A readable table of scores, then the misses, false hits and strict failures."""
        head = (
            f"{'kind':<12} {'gold':>5} {'pred':>5}   "
            f"{'lenient P':>9} {'R':>5} {'F1':>5}   {'strict P':>8} {'R':>5} {'F1':>5}"
        )
        lines = [head, "-" * len(head)]
        rows = [(k, self.lenient[k], self.strict[k]) for k in KINDS]
        rows.append(("total", self.total_lenient, self.total_strict))
        for name, le, st in rows:
            if name == "total":
                lines.append("-" * len(head))
            lines.append(
                f"{name:<12} {le.gold:>5} {le.predicted:>5}   "
                f"{le.precision:>9.3f} {le.recall:>5.3f} {le.f1:>5.3f}   "
                f"{st.precision:>8.3f} {st.recall:>5.3f} {st.f1:>5.3f}"
            )
        if not details:
            return "\n".join(lines)
        for doc in self.documents:
            if doc.perfect:
                continue
            lines.append("")
            note = "" if doc.predicted_present else "  (no prediction for this document)"
            lines.append(f"== {doc.id}{note}")
            for issue in doc.misses:
                lines.append(f"  miss       {issue.kind:<10} {issue.summary()}")
            for issue in doc.false_hits:
                lines.append(f"  false hit  {issue.kind:<10} {issue.summary()}")
            for issue in doc.strict_failures:
                lines.append(
                    f"  strict     {issue.kind:<10} {issue.summary()}: {'; '.join(issue.reasons)}"
                )
        if self.extra_documents:
            lines.append("")
            lines.append("predicted documents without gold (ignored): " + ", ".join(self.extra_documents))
        return "\n".join(lines)


# --------------------------------------------------------------------------- normalisation


def normalise(text: str | None) -> str:
    """Fold case, accents, punctuation and whitespace: the key names are compared on."""
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    no_punct = re.sub(r"[^\w\s]", " ", stripped.casefold())
    return " ".join(no_punct.split())


def normalise_role(role: str | None) -> str:
    """A role without case, accents, a leading "acting" or the article "the"."""
    words = [w for w in normalise(role).split() if w != "the"]
    if words and words[0] == "acting":
        words = words[1:]
    return " ".join(words)


def _names(values: Iterable[str] | None) -> frozenset[str]:
    return frozenset(normalise(v) for v in values or () if normalise(v))


def _close(a: Any, b: Any, tolerance: float) -> bool:
    a, b = float(a), float(b)
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _as_given(fact: Mapping[str, Any]) -> tuple[Any, str | None]:
    """(amount, ISO currency) as the text gives it; a fact with only ``amount_usd`` is in dollars."""
    if fact.get("amount") is not None:
        return fact["amount"], (fact.get("currency") or "USD").upper()
    if fact.get("amount_usd") is not None:
        return fact["amount_usd"], "USD"
    return None, None


def _same_amount(p: Mapping[str, Any], g: Mapping[str, Any]) -> bool:
    """The same sum: both without one; in one currency within 0.5%; in two currencies
    when their US-dollar values agree within :data:`CONVERSION_TOLERANCE`."""
    (pa, pc), (ga, gc) = _as_given(p), _as_given(g)
    if pa is None or ga is None:
        return pa is None and ga is None
    if pc == gc:
        return _close(pa, ga, AMOUNT_TOLERANCE)
    pu, gu = p.get("amount_usd"), g.get("amount_usd")
    return pu is not None and gu is not None and _close(pu, gu, CONVERSION_TOLERANCE)


# --------------------------------------------------------------------------- comparison per kind


@dataclass(frozen=True)
class _Comparison:
    """A lenient pair: the strict attributes that differ and a tie-breaking closeness."""

    differences: tuple[str, ...]
    closeness: float = 0.0


def _differ(name: str, predicted: Any, gold: Any) -> str:
    return f"{name}: predicted {predicted!r}, gold {gold!r}"


def _compare_officials(p: Mapping[str, Any], g: Mapping[str, Any]) -> _Comparison | None:
    if normalise(p.get("name")) != normalise(g.get("name")):
        return None
    diffs = []
    if normalise(p.get("country")) != normalise(g.get("country")):
        diffs.append(_differ("country", p.get("country"), g.get("country")))
    if normalise_role(p.get("role")) != normalise_role(g.get("role")):
        diffs.append(_differ("role", p.get("role"), g.get("role")))
    return _Comparison(tuple(diffs))


def _compare_agreements(p: Mapping[str, Any], g: Mapping[str, Any]) -> _Comparison | None:
    if _names(p.get("signatories")) != _names(g.get("signatories")):
        return None
    diffs = []
    if normalise(p.get("type")) != normalise(g.get("type")):
        diffs.append(_differ("type", p.get("type"), g.get("type")))
    if _names(p.get("signed_by")) != _names(g.get("signed_by")):
        diffs.append(_differ("signed_by", p.get("signed_by"), g.get("signed_by")))
    closeness = float(p.get("date") == g.get("date"))
    return _Comparison(tuple(diffs), closeness)


def _compare_aid(p: Mapping[str, Any], g: Mapping[str, Any]) -> _Comparison | None:
    if not _same_amount(p, g):
        return None
    pr, gr = _names(p.get("recipients")), _names(g.get("recipients"))
    if not (pr & gr or (not pr and not gr)):
        return None
    diffs = []
    if pr != gr:
        diffs.append(_differ("recipients", p.get("recipients"), g.get("recipients")))
    if normalise(p.get("status")) != normalise(g.get("status")):
        diffs.append(_differ("status", p.get("status"), g.get("status")))
    closeness = len(pr & gr) / max(len(pr | gr), 1)
    closeness += float(normalise(p.get("provider")) == normalise(g.get("provider")))
    return _Comparison(tuple(diffs), closeness)


def _compare_meetings(p: Mapping[str, Any], g: Mapping[str, Any]) -> _Comparison | None:
    pp, gp = _names(p.get("participants")), _names(g.get("participants"))
    shared = len(pp & gp)
    if shared == 0 or 2 * shared < max(len(pp), len(gp)):
        return None
    diffs = []
    if pp != gp:
        diffs.append(_differ("participants", p.get("participants"), g.get("participants")))
    closeness = shared / len(pp | gp)
    closeness += float(normalise(p.get("place")) == normalise(g.get("place")))
    closeness += float(p.get("date") == g.get("date"))
    return _Comparison(tuple(diffs), closeness)


_COMPARE: dict[str, Callable[[Mapping[str, Any], Mapping[str, Any]], _Comparison | None]] = {
    "officials": _compare_officials,
    "agreements": _compare_agreements,
    "aid": _compare_aid,
    "meetings": _compare_meetings,
}


def _money(fact: Mapping[str, Any]) -> str:
    amount, currency = _as_given(fact)
    if amount is None:
        return "no amount"
    return f"${float(amount):,.0f}" if currency == "USD" else f"{currency} {float(amount):,.0f}"


_SUMMARIES: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "officials": lambda f: f"{f.get('name')} ({f.get('role')}, {f.get('country')})",
    "agreements": lambda f: f"{f.get('type')} {' / '.join(f.get('signatories') or [])}",
    "aid": lambda f: (
        f"{_money(f)} {f.get('provider')} -> "
        f"{', '.join(f.get('recipients') or []) or '?'} [{f.get('status')}]"
    ),
    "meetings": lambda f: (
        f"{', '.join(f.get('participants') or [])} @ {f.get('place') or '?'} {f.get('date') or ''}".rstrip()
    ),
}


# --------------------------------------------------------------------------- matching


def _match(
    kind: str, predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]
) -> tuple[list[tuple[int, int, _Comparison]], list[int], list[int]]:
    """Pair facts one-to-one, greedily by best score; return pairs and unpaired indices."""
    compare = _COMPARE[kind]
    candidates = []
    for pi, p in enumerate(predicted):
        for gi, g in enumerate(gold):
            comparison = compare(p, g)
            if comparison is not None:
                # Fewer strict differences first, then closer secondary attributes, then order.
                key = (len(comparison.differences), -comparison.closeness, gi, pi)
                candidates.append((key, pi, gi, comparison))
    candidates.sort(key=lambda c: c[0])
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _key, pi, gi, comparison in candidates:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        pairs.append((pi, gi, comparison))
    unpaired_p = [i for i in range(len(predicted)) if i not in used_p]
    unpaired_g = [i for i in range(len(gold)) if i not in used_g]
    return pairs, unpaired_p, unpaired_g


def _index(documents: Sequence[Mapping[str, Any]], side: str) -> dict[str, Mapping[str, Any]]:
    out: dict[str, Mapping[str, Any]] = {}
    for i, doc in enumerate(documents):
        doc_id = doc.get("id") if isinstance(doc, Mapping) else None
        if not doc_id:
            raise KGError(E.EV003.format(side=side, index=i))
        if doc_id in out and side == "gold":
            raise KGError(E.EV004.format(id=doc_id))
        out.setdefault(doc_id, doc)
    return out


def evaluate(predicted: list[dict], gold: list[dict]) -> EvalReport:
    """Score ``predicted`` facts-format documents against ``gold`` ones, matched by ``id``.

    Returns an :class:`EvalReport` with lenient and strict precision, recall and F1 per kind
    and in total, and per gold document the misses, false hits and strict failures. See the
    module docstring for the matching rules. Raises :class:`~kg.errors.KGError` when a
    document has no ``id`` or a gold ``id`` repeats.
    """
    gold_docs = _index(gold, "gold")
    predicted_docs = _index(predicted, "predicted")
    lenient = {k: Score() for k in KINDS}
    strict = {k: Score() for k in KINDS}
    results = []
    for doc_id, gold_doc in gold_docs.items():
        pred_doc = predicted_docs.get(doc_id)
        result = DocumentResult(doc_id, predicted_present=pred_doc is not None)
        for kind in KINDS:
            g_facts = list(gold_doc.get(kind) or [])
            p_facts = list((pred_doc or {}).get(kind) or [])
            pairs, unpaired_p, unpaired_g = _match(kind, p_facts, g_facts)
            strict_ok = sum(1 for _, _, c in pairs if not c.differences)
            lenient[kind] += Score(len(pairs), len(p_facts), len(g_facts))
            strict[kind] += Score(strict_ok, len(p_facts), len(g_facts))
            result.misses += [Issue(kind, g_facts[i]) for i in unpaired_g]
            result.false_hits += [Issue(kind, p_facts[i]) for i in unpaired_p]
            result.strict_failures += [
                Issue(kind, g_facts[gi], c.differences, p_facts[pi])
                for pi, gi, c in sorted(pairs, key=lambda t: t[1])
                if c.differences
            ]
        results.append(result)
    extra = [doc_id for doc_id in predicted_docs if doc_id not in gold_docs]
    return EvalReport(lenient, strict, results, extra)


# --------------------------------------------------------------------------- loading


def _read_documents(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        documents = data["documents"]
        if not isinstance(documents, list):
            raise TypeError("'documents' is not a list")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KGError(E.EV002.format(path=path, detail=exc)) from exc
    return documents


def load_gold(gold_dir: str | Path) -> list[dict]:
    """Read gold documents: every ``*.json`` file of a folder (sorted by name), or one file.

    Each file holds ``{"documents": [...]}`` in the facts format; the documents of all files
    are returned in one list.
    """
    path = Path(gold_dir)
    if path.is_file():
        return _read_documents(path)
    files = sorted(path.glob("*.json")) if path.is_dir() else []
    if not files:
        raise KGError(E.EV001.format(path=path))
    documents: list[dict] = []
    for file in files:
        documents.extend(_read_documents(file))
    return documents


def evaluate_articles(
    paths: Sequence[str | Path], gold_dir: str | Path, *, settings: Any = None, max_bytes: int | None = None
) -> tuple[EvalReport, list[str]]:
    """Build the articles at ``paths`` and score them against the gold of ``gold_dir``.

    The evaluation set is the gold of every article read, extracted or not: an article whose
    extraction failed counts all its gold facts as misses, so a broken extractor can never
    score better than a working one. Returns the report and the build's problem lines.
    """
    from .pipeline import build
    from .read import read_articles

    options = {} if max_bytes is None else {"max_bytes": max_bytes}
    read = {a.id for a in read_articles(list(paths), **options) if hasattr(a, "id")}
    result = build(list(paths), settings=settings, validate=False, **options)
    read |= {d["id"] for d in result.documents}
    report = evaluate(result.documents, [g for g in load_gold(gold_dir) if g.get("id") in read])
    return report, result.report.problems


__all__ = [
    "KINDS",
    "DocumentResult",
    "EvalReport",
    "Issue",
    "Score",
    "evaluate",
    "evaluate_articles",
    "load_gold",
    "normalise",
    "normalise_role",
]
