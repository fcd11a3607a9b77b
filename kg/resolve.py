"""Entity resolution across articles: one name per person, one year per agreement.

Extraction already resolved names within each article (surname-only mentions, middle
initials, pronouns). Here the articles meet: "Kevim Mallory" in one article and "Kevin
Mallory" in three others are one person, spelt the way most articles spell it. Fuzzy
matching is rapidfuzz's; candidates are blocked by surname so the work grows with the
number of distinct names, not its square.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from .facts import Agreement, ArticleFacts, Official

#: Two names with the same surname key are one person at or above this similarity (0-100).
NAME_SIMILARITY = 85.0
#: Surnames may differ by a typo too, but less: below this they are different families.
SURNAME_SIMILARITY = 80.0


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip()


def _surname(name: str) -> str:
    parts = _fold(name).split()
    return parts[-1] if parts else ""


def same_person(a: str, b: str) -> bool:
    """Whether two full names are spellings of one person's name."""
    if _fold(a) == _fold(b):
        return True
    sa, sb = _surname(a), _surname(b)
    if fuzz.ratio(sa, sb) < SURNAME_SIMILARITY:
        return False
    first_a, first_b = _fold(a).split()[0], _fold(b).split()[0]
    # an initial matches a first name that starts with it ("K. Halvorsen", "Kirsten Halvorsen")
    if len(first_a.rstrip(".")) == 1 or len(first_b.rstrip(".")) == 1:
        return first_a[0] == first_b[0] and sa == sb
    return fuzz.ratio(_fold(a), _fold(b)) >= NAME_SIMILARITY


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def canonical_names(mentions: Iterable[str], spellings: Iterable[str] = ()) -> dict[str, str]:
    """Map every person name to the canonical spelling of its cluster.

    ``mentions`` holds each full name once per article that uses it; ``spellings`` every
    other way articles wrote the names (aliases, surname-only mentions), once per article.
    The canonical spelling is the one most articles use as the name; ties go to the name
    whose surname more articles write that way (one article's misspelt "Larretta" loses
    to the "Larreta" its own later mentions and other articles use), then the longer,
    then the alphabetically first, so the choice never depends on input order.
    """
    counts = Counter(m for m in mentions if m.strip())
    surname_votes = Counter(_surname(m) for m in [*counts.elements(), *spellings] if m.strip())
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        blocks[_surname(name)[:3]].append(name)
    uf = _UnionFind()
    for names in blocks.values():
        for i, a in enumerate(names):
            uf.find(a)
            for b in names[i + 1 :]:
                if same_person(a, b):
                    uf.union(a, b)
    # Spanish double surnames: "Lorena Vidal Ayala" is the "Lorena Vidal" of other articles
    by_two_words = {_fold(n): n for n in counts if len(n.split()) == 2}
    for name in counts:
        words = name.split()
        if len(words) == 3 and _fold(" ".join(words[:2])) in by_two_words:
            uf.union(name, by_two_words[_fold(" ".join(words[:2]))])
    clusters: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        clusters[uf.find(name)].append(name)
    mapping: dict[str, str] = {}
    for members in clusters.values():
        best = min(members, key=lambda n: (-counts[n], -surname_votes[_surname(n)], -len(n), n))
        mapping.update({m: best for m in members})
    return _surname_only(mapping)


def _surname_only(mapping: dict[str, str]) -> dict[str, str]:
    """An article that only ever says "Trump" means the one full name with that surname
    elsewhere in the corpus; with two candidates ("Donald Trump", "Melania Trump") it stays."""
    full: dict[str, set[str]] = defaultdict(set)
    for canonical in set(mapping.values()):
        if len(canonical.split()) > 1:
            full[_surname(canonical)].add(canonical)
    out = dict(mapping)
    for name, canonical in mapping.items():
        candidates = full.get(_surname(name), set())
        if len(canonical.split()) == 1 and len(candidates) == 1:
            out[name] = next(iter(candidates))
    return out


def _people(facts: ArticleFacts) -> Iterable[str]:
    yield from (o.name for o in facts.officials)
    for a in facts.agreements:
        yield from a.signed_by
    for m in facts.meetings:
        yield from m.participants


def _dedupe(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _merge_officials(officials: list[Official], names: dict[str, str]) -> list[Official]:
    merged: dict[tuple[str, str | None, str | None], Official] = {}
    for o in officials:
        name = names.get(o.name, o.name)
        key = (name, o.role, o.country)
        aliases = _dedupe([*o.aliases, o.name])
        if key in merged:
            merged[key].aliases = _dedupe([*merged[key].aliases, *aliases])
        else:
            merged[key] = replace(o, name=name, aliases=aliases)
    return list(merged.values())


def agreement_key(a: Agreement) -> tuple[str, frozenset[str]]:
    return a.type, frozenset(a.signatories)


@dataclass
class Resolution:
    """What resolution learnt from the whole corpus."""

    names: dict[str, str] = field(default_factory=dict)
    #: (kind, parties) -> the one year the corpus dates that agreement to
    agreement_years: dict[tuple[str, frozenset[str]], str] = field(default_factory=dict)

    def agreement_year(self, a: Agreement, article_date: str | None) -> str | None:
        if a.date or a.year:
            return (a.date or a.year or "")[:4]
        return self.agreement_years.get(agreement_key(a)) or (article_date[:4] if article_date else None)


def _agreement_years(corpus: list[ArticleFacts]) -> dict[tuple[str, frozenset[str]], str]:
    years: dict[tuple[str, frozenset[str]], set[str]] = defaultdict(set)
    for facts in corpus:
        for a in facts.agreements:
            year = (a.date or a.year or facts.article.date or "")[:4]
            if year:
                years[agreement_key(a)].add(year)
    # an agreement dated to two different years by the corpus is left to each article
    return {key: next(iter(ys)) for key, ys in years.items() if len(ys) == 1}


def resolve(corpus: list[ArticleFacts]) -> tuple[list[ArticleFacts], Resolution]:
    """Rewrite every person name to its canonical spelling across the corpus."""
    names = canonical_names((n for facts in corpus for n in set(_people(facts))),
                            (a for facts in corpus for a in {a for o in facts.officials for a in o.aliases}))
    out = []
    for facts in corpus:
        out.append(
            replace(
                facts,
                officials=_merge_officials(facts.officials, names),
                agreements=[replace(a, signed_by=_dedupe(names.get(n, n) for n in a.signed_by)) for a in facts.agreements],
                meetings=[replace(m, participants=_dedupe(names.get(n, n) for n in m.participants)) for m in facts.meetings],
            )
        )
    return out, Resolution(names=names, agreement_years=_agreement_years(out))
