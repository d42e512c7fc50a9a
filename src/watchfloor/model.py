"""The records that flow between stages.

Field names follow the gold annotation format (GOLD-FORMAT.md) so that `to_gold()` output can be
scored directly. Character offsets are always into `Document.text`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES = ("ARREST", "DEPORT", "ENTRY_BAN", "TRAVEL", "ATTACK", "CHARGE", "TAKEDOWN")
MODALITIES = ("asserted", "claimed", "denied", "rumored", "planned")
PRECISIONS = ("day", "week", "month", "year", "unknown")
SECTORS = ("GOV", "MIL", "POL", "JUD", "REB/INS", "MED", "OTH")
STANCES = ("affirm", "deny", "neutral")
# What an event is about (extract/about.py): terrorism or violent extremism, armed conflict,
# ordinary crime, irregular migration, or none of these.
ABOUTS = ("terrorism", "armed_conflict", "crime", "migration", "other")
# Entity mention types, after re3d's scheme (Dstl): who, where and with what.
ENTITY_TYPES = (
    "Person", "Organisation", "Location", "Nationality", "Temporal", "Quantity", "Money", "Weapon",
    "MilitaryPlatform", "Vehicle", "DocumentReference", "CommsIdentifier", "Frequency", "Coordinate", "Url",
)  # fmt: skip


def content_hash(text: str) -> str:
    """The identity of a document: sha256 of its exact text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def mention_key(content_hash: str, start: int, end: int) -> str:
    """The identity of an event mention that survives re-ingest and re-extraction: its document's
    content hash and its evidence span, `"<hash>:<start>-<end>"`."""
    return f"{content_hash}:{start}-{end}"


def parse_key(key: str) -> tuple[str, int, int] | None:
    """(content hash, start, end) of a mention key, or None when it is not one."""
    head, _, span = key.rpartition(":")
    start, _, end = span.partition("-")
    if not head or not start.isdigit() or not end.isdigit():
        return None
    return head, int(start), int(end)


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    text: str
    language: str | None = None
    published: dt.date | None = None
    source: str | None = None
    title: str | None = None
    author: str | None = None
    url: str | None = None
    origin: str | None = None  # the path or URL it was read from
    meta: dict[str, Any] = field(default_factory=dict)
    # A second identity beside the text: "telegram:<chat id>:<message id>", "vk:<owner>_<post>",
    # a page's URL. The store keeps the first document under a key (an edited post is not new).
    source_key: str | None = None

    @property
    def hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True, slots=True)
class FetchState:
    """What is known of a fetched URL (or a watched file), for conditional requests and schedules."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_status: int | None = None
    last_error: str | None = None
    last_fetched: dt.datetime | None = None
    next_due: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    text: str

    def to_gold(self) -> str:
        return self.text


@dataclass(slots=True)
class Agent:
    text: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None  # canonical actor name when known

    def to_gold(self) -> dict[str, Any]:
        return {"text": self.text, "country": self.country, "sector": self.sector}


@dataclass(slots=True)
class Target:
    count: int | None = None
    nationality: str | None = None
    ethnicity: str | None = None
    region: str | None = None
    text: str | None = None
    approx_count: int | None = None
    kind: str | None = None  # TAKEDOWN: account / channel / page / link

    def to_gold(self) -> dict[str, Any]:
        out: dict[str, Any] = {"count": self.count, "nationality": self.nationality}
        for key in ("ethnicity", "region", "approx_count", "kind", "text"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


@dataclass(slots=True)
class Location:
    text: str | None = None
    country: str | None = None
    admin1: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None  # 1 place, 2 near / part of region, 3 province, None country only

    def to_gold(self) -> dict[str, Any]:
        return {"text": self.text, "country": self.country, "admin1": self.admin1, "place": self.place}


@dataclass(slots=True)
class Event:
    id: str
    type: str
    evidence: Evidence
    date: dt.date | None = None
    date_precision: str = "unknown"
    reported: dt.date | None = None
    agent: Agent | None = None
    targets: list[Target] = field(default_factory=list)
    total: int | None = None
    total_min: int | None = None
    killed: int | None = None
    wounded: int | None = None
    weapon: str | None = None
    location: Location | None = None
    destination: str | None = None
    affiliation: str | None = None
    attribution: str | None = None
    modality: str = "asserted"
    cluster: str | None = None
    # ATTACK roles as the text words them (MUC-4's perpetrator, human and physical target,
    # instrument): "urban guerrillas"; "Hector Oqueli", "two peasants"; "the embassy"; "a car bomb".
    perpetrators: list[str] = field(default_factory=list)
    victims: list[str] = field(default_factory=list)
    objects: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)  # `weapon` stays the first one's kind
    # later sentences of the same document that tell more of this act ("the injured were taken to …")
    more_evidence: list[Evidence] = field(default_factory=list)
    about: str = "other"  # one of ABOUTS

    @property
    def nationalities(self) -> frozenset[str]:
        return frozenset(t.nationality for t in self.targets if t.nationality)

    @property
    def evidence_spans(self) -> list[Evidence]:
        """Every span of the document that tells this act, the main one first."""
        return [self.evidence, *self.more_evidence]

    def to_gold(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "cluster": self.cluster,
            "type": self.type,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "reported": self.reported.isoformat() if self.reported else None,
            "agent": self.agent.to_gold() if self.agent else None,
            "targets": [t.to_gold() for t in self.targets],
            "total": self.total,
            "total_min": self.total_min,
            "killed": self.killed,
            "wounded": self.wounded,
            "weapon": self.weapon,
            "location": self.location.to_gold() if self.location else None,
            "destination": self.destination,
            "affiliation": self.affiliation,
            "attribution": self.attribution,
            "modality": self.modality,
            "about": self.about,
            "evidence": self.evidence.text,
            "evidence_span": [self.evidence.start, self.evidence.end],
            # the roles only when found, so the gold format (and its scorer) is unchanged otherwise
            **{key: list(value) for key in ROLE_KEYS if (value := getattr(self, key))},
            **({"more_evidence": [[e.start, e.end, e.text] for e in self.more_evidence]} if self.more_evidence else {}),
        }


ROLE_KEYS = ("perpetrators", "victims", "objects", "weapons")


@dataclass(slots=True)
class Aggregate:
    id: str
    type: str
    evidence: Evidence
    total: int | None = None
    nationality: str | None = None
    covers: list[str] = field(default_factory=list)

    def to_gold(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "total": self.total,
            "nationality": self.nationality,
            "covers": list(self.covers),
            "evidence": self.evidence.text,
            "evidence_span": [self.evidence.start, self.evidence.end],
        }


@dataclass(slots=True)
class Speaker:
    text: str
    kind: str = "other"  # channel / official / organisation / person / media / other

    def to_gold(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind}


@dataclass(slots=True)
class Claim:
    id: str
    speaker: Speaker
    evidence: Evidence
    topic: str
    stance: str = "neutral"
    platform: str | None = None
    date: dt.date | None = None
    date_precision: str = "unknown"
    summary: str | None = None
    more_evidence: list[Evidence] = field(default_factory=list)  # further statements, same claim

    def to_gold(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker.to_gold(),
            "platform": self.platform,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "topic": self.topic,
            "stance": self.stance,
            "summary": self.summary,
            "evidence": self.evidence.text,
            "evidence_span": [self.evidence.start, self.evidence.end],
            "more_evidence": [[e.start, e.end, e.text] for e in self.more_evidence],
        }


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document."""

    doc_id: str
    events: list[Event] = field(default_factory=list)
    aggregates: list[Aggregate] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def to_gold(self, document: Document | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"doc_id": self.doc_id}
        if document is not None:
            out["language"] = document.language
            out["published"] = document.published.isoformat() if document.published else None
            out["source"] = document.source
        out["events"] = [e.to_gold() for e in self.events]
        out["aggregates"] = [a.to_gold() for a in self.aggregates]
        out["claims"] = [c.to_gold() for c in self.claims]
        return out


@dataclass(frozen=True, slots=True)
class Entity:
    """A typed entity mention (ENTITY_TYPES) at `text[start:end]`, with its normalised value:
    ISO3 for a nationality or a country, a canonical name, an ISO date, a number; `attrs` holds
    the rest (country, admin1, lat, lon, sector, precision, unit ...)."""

    start: int
    end: int
    text: str
    type: str
    value: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value,
                **({"attrs": dict(self.attrs)} if self.attrs else {})}
