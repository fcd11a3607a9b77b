"""Plain, typed facts: the data that flows between the stages.

Readers produce :class:`Article`; extractors turn an article into
:class:`ArticleFacts`; entity resolution rewrites names in place of mentions;
the RDF mapping turns facts into triples, and :mod:`kg.facts_out` reads them back
into the flat format of ``docs/FACTS_FORMAT.md``. Nothing here imports spaCy or rdflib,
so every stage can be tested on its own.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

AgreementKind = Literal[
    "safe third country agreement",
    "asylum cooperation agreement",
    "memorandum of cooperation",
    "regional compact",
    "joint declaration",
    "other",
]
AGREEMENT_KINDS: tuple[str, ...] = AgreementKind.__args__  # type: ignore[attr-defined]

AgreementStatus = Literal["proposed", "signed", "ratified", "in force", "suspended"]
AGREEMENT_STATUSES: tuple[str, ...] = AgreementStatus.__args__  # type: ignore[attr-defined]

AidStatus = Literal[
    "announced", "pledged", "approved", "delivered", "suspended",
    "cut", "restored", "redirected", "under review",
]
AID_STATUSES: tuple[str, ...] = AidStatus.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Article:
    """One input article, decoded, with what its text says about itself."""

    id: str
    source: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD publication date
    url: str | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence, and its character span in the article text."""

    text: str
    start: int
    end: int


@dataclass
class Official:
    """A person who acts for a state or an organisation, with the post they hold."""

    name: str
    role: str | None
    country: str | None  # the state or organisation served, canonical short name
    evidence: Evidence
    confidence: float = 0.8
    aliases: list[str] = field(default_factory=list)  # spellings seen in the text


@dataclass
class Agreement:
    """An agreement between parties, as one article reports it."""

    label: str
    type: str  # one of AGREEMENT_KINDS
    signatories: list[str]  # parties: canonical country or organisation names
    signed_by: list[str]  # people who signed, canonical names
    date: str | None
    evidence: Evidence
    status: str | None = None  # one of AGREEMENT_STATUSES
    confidence: float = 0.8
    year: str | None = None  # "YYYY" the text signs it in when it gives no day ("signed in 2008")


@dataclass
class Aid:
    """Money one party gives (or withholds from) others.

    ``amount``/``amount_max``/``currency`` are the sum as the text gives it (ISO 4217);
    ``amount_usd``/``amount_usd_max`` the same in US dollars at the article's date, or
    None when no rate is known. A fact made with a dollar sum only is a USD amount.
    """

    amount_usd: float | None
    provider: str | None  # None when the text names no donor
    recipients: list[str]
    status: str | None  # one of AID_STATUSES
    purpose: str | None
    evidence: Evidence
    amount_usd_max: float | None = None  # upper bound when the text gives a range
    confidence: float = 0.8
    amount: float | None = None
    currency: str | None = None
    amount_max: float | None = None

    def __post_init__(self) -> None:
        if self.amount is None and self.amount_usd is not None:
            self.amount, self.amount_max, self.currency = self.amount_usd, self.amount_usd_max, "USD"


@dataclass
class Meeting:
    """People meeting at a place and time."""

    participants: list[str]
    place: str | None
    date: str | None
    evidence: Evidence
    confidence: float = 0.8


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    article: Article
    agreements: list[Agreement] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    aid: list[Aid] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "agreements": len(self.agreements),
            "officials": len(self.officials),
            "aid": len(self.aid),
            "meetings": len(self.meetings),
        }

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (used by the extraction cache)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ArticleFacts":
        def ev(d: dict[str, Any]) -> Evidence:
            return Evidence(**d)

        return cls(
            article=Article(**data["article"]),
            agreements=[Agreement(**{**a, "evidence": ev(a["evidence"])}) for a in data["agreements"]],
            officials=[Official(**{**o, "evidence": ev(o["evidence"])}) for o in data["officials"]],
            aid=[Aid(**{**a, "evidence": ev(a["evidence"])}) for a in data["aid"]],
            meetings=[Meeting(**{**m, "evidence": ev(m["evidence"])}) for m in data["meetings"]],
        )
