"""A mention: one document's report of an event, as the merger sees it.

A mention's **key** is `"<document content hash>:<evidence start>-<evidence end>"`. It names the
sentence a report came from, not a row id or an extractor's local id ("e2" may become "e3" when
the extractor improves), so an analyst's decision keyed by it survives re-ingest and
re-extraction; when a re-extraction moves the evidence span, the decision follows the mention of
the same document whose span overlaps the old one most (see `decisions.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from watchfloor.model import Event, mention_key, parse_key

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_WORD = re.compile(r"\w+")


__all__ = ["PRECISION_RANK", "Mention", "date_interval", "mention_key", "parse_key"]


def date_interval(value: date | None, precision: str) -> tuple[date, date] | None:
    """The days a dated event may have happened on; None when undated."""
    if value is None or precision not in PRECISION_RANK:
        return None
    if precision == "day":
        return value, value
    if precision == "week":
        monday = value - timedelta(days=value.weekday())
        return monday, monday + timedelta(days=6)
    if precision == "month":
        following = date(value.year + (value.month == 12), value.month % 12 + 1, 1)
        return date(value.year, value.month, 1), following - timedelta(days=1)
    return date(value.year, 1, 1), date(value.year, 12, 31)


@dataclass(frozen=True, slots=True)
class Mention:
    """An event as reported by one document, with what the merger needs of that document."""

    id: int  # the event's row id
    key: str
    document: int  # the document's row id: two mentions of one document are never one event
    event: Event
    doc_id: str = ""
    source: str | None = None
    language: str | None = None
    published: date | None = None
    cluster: str | None = None  # the stored cluster, if any
    # derived once, here, so comparisons stay cheap
    interval: tuple[date, date] | None = field(init=False)
    anchor: date | None = field(init=False)
    nationalities: frozenset[str] = field(init=False)
    tokens: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        e = self.event
        object.__setattr__(self, "interval", date_interval(e.date, e.date_precision))
        # an undated event is placed by when it was reported (the announcement, else publication)
        object.__setattr__(self, "anchor", e.reported or self.published or e.date)
        object.__setattr__(self, "nationalities", e.nationalities)
        words = {w for w in _WORD.findall(e.evidence.text.lower()) if len(w) > 2 or w.isdigit()}
        object.__setattr__(self, "tokens", frozenset(words))

    @property
    def type(self) -> str:
        return self.event.type

    @property
    def country(self) -> str | None:
        return self.event.location.country if self.event.location else None

    @property
    def block(self) -> tuple[str, str | None]:
        """Mentions are only ever compared within one block: same type, same country."""
        return self.type, self.country

    @property
    def label(self) -> str:
        """The source's name for listings: outlet or channel, else the document label."""
        return self.source or self.doc_id

    @property
    def order(self) -> tuple[int, int, int]:
        """Arrival order: documents in the order they were stored, then position in the text."""
        return self.document, self.event.evidence.start, self.id
