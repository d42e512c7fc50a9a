"""Analysts' reviews of event mentions: confirm, reject, or edit a field.

A review is keyed by the mention key (document content hash + local event id), not the row id, so
it survives re-extraction: `apply_reviews` lays it over freshly extracted rows whenever a
document's extraction is (re)written. Edits are also written into the event row itself, so
filters, facets and exports see the analyst's values. Every action lands in the audit log.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from watchfloor.errors import InputError, NotFound
from watchfloor.model import ABOUTS, EVENT_TYPES, MODALITIES, PRECISIONS, SECTORS, Agent, Location
from watchfloor.store._base import StoreBase
from watchfloor.store.accounts import _audit
from watchfloor.store.schema import documents, event_reviews, events, targets

ACTIONS = ("confirm", "reject", "edit", "reopen")
STATUSES = ("confirmed", "rejected")


def _text(value: str) -> str | None:
    value = " ".join(value.split())
    return value or None


def _count(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if not value.isdigit():
        raise ValueError("a whole number of 0 or more")
    return int(value)


def _iso3(value: str) -> str | None:
    value = value.strip().upper()
    if not value:
        return None
    if not re.fullmatch(r"[A-Z]{3}", value):
        raise ValueError("an ISO 3166-1 alpha-3 code such as TUR")
    return value


def _day(value: str) -> date | None:
    value = value.strip()
    return date.fromisoformat(value) if value else None


def _choice(options: tuple[str, ...], *, upper: bool = False) -> Callable[[str], str | None]:
    def parse(value: str) -> str | None:
        value = value.strip().upper() if upper else value.strip()
        if not value:
            return None
        if value not in options:
            raise ValueError(f"one of {', '.join(options)}")
        return value

    return parse


def _required(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    def check(value: str) -> Any:
        out = parse(value)
        if out is None:
            raise ValueError("a value (it cannot be empty)")
        return out

    return check


# field name -> (events column, parser); `nationality` sets the first target's nationality.
EDITABLE: dict[str, tuple[str | None, Callable[[str], Any]]] = {
    "type": ("type", _required(_choice(EVENT_TYPES, upper=True))),
    "date": ("date", _day),
    "date_precision": ("date_precision", _required(_choice(PRECISIONS))),
    "total": ("total", _count),
    "total_min": ("total_min", _count),
    "killed": ("killed", _count),
    "wounded": ("wounded", _count),
    "nationality": (None, _iso3),
    "country": ("country", _iso3),
    "admin1": ("admin1", _text),
    "place": ("place", _text),
    "location_text": ("location_text", _text),
    "agent_text": ("agent_text", _text),
    "agent_country": ("agent_country", _iso3),
    "agent_sector": ("agent_sector", _choice(SECTORS, upper=True)),
    "weapon": ("weapon", _text),
    "destination": ("destination", _iso3),
    "affiliation": ("affiliation", _text),
    "attribution": ("attribution", _text),
    "modality": ("modality", _required(_choice(MODALITIES))),
    "about": ("about", _required(_choice(ABOUTS))),
}
_LOCATION = {"country", "admin1", "place", "location_text"}
_AGENT = {"agent_text", "agent_country", "agent_sector"}


@dataclass(frozen=True, slots=True)
class Review:
    key: str
    status: str | None
    edits: dict[str, Any]
    user: str
    at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key, "status": self.status, "edits": self.edits, "user": self.user,
            "at": self.at.isoformat(timespec="seconds"),
        }  # fmt: skip


def parse_edit(field: str, value: str) -> Any:
    """The stored value of an analyst's `value` for `field`, or InputError naming both."""
    if field not in EDITABLE:
        raise InputError(f"not an editable field (editable: {', '.join(EDITABLE)})", input=field)
    try:
        return EDITABLE[field][1](value)
    except ValueError as exc:
        raise InputError(f"{value!r} is not valid here: expected {exc}", input=field) from exc


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _stored_value(field: str, value: Any) -> Any:
    return date.fromisoformat(value) if field == "date" and isinstance(value, str) else value


class ReviewsMixin(StoreBase):
    def mention_key(self, event_id: int) -> str:
        with self._read() as conn:
            return _key(conn, event_id)

    def review(self, event_id: int) -> Review | None:
        with self._read() as conn:
            content_hash, local_id = _key(conn, event_id).split(":", 1)
            row = conn.execute(
                sa.select(event_reviews).where(
                    event_reviews.c.content_hash == content_hash, event_reviews.c.local_id == local_id
                )
            ).first()
        if row is None:
            return None
        return Review(f"{content_hash}:{local_id}", row.status, dict(row.edits), row.user, _utc(row.at))

    def review_event(
        self,
        event_id: int,
        action: str,
        *,
        user: str,
        field: str | None = None,
        value: str | None = None,
        reason: str | None = None,
    ) -> None:
        """Confirm, reject, reopen (clear the verdict) or edit one field of an event mention."""
        if action not in ACTIONS:
            raise InputError(f"action must be one of {', '.join(ACTIONS)}", input=action)
        parsed: Any = None
        if action == "edit":
            if field is None or value is None:
                raise InputError("an edit needs a field and a value", input=str(event_id))
            parsed = parse_edit(field, value)
        with self._write(str(event_id)) as conn:
            key = _key(conn, event_id)
            content_hash, local_id = key.split(":", 1)
            where = (event_reviews.c.content_hash == content_hash, event_reviews.c.local_id == local_id)
            row = conn.execute(sa.select(event_reviews).where(*where)).first()
            status = row.status if row else None
            edits: dict[str, Any] = dict(row.edits) if row else {}
            detail: dict[str, Any] = {"event_id": event_id}
            if action == "edit":
                assert field is not None
                detail |= {"field": field, "old": _json_value(_current(conn, event_id, field)),
                           "new": _json_value(parsed)}  # fmt: skip
                edits[field] = _json_value(parsed)
            else:
                detail["old_status"] = status
                status = {"confirm": "confirmed", "reject": "rejected", "reopen": None}[action]
                detail["new_status"] = status
            if reason:
                detail["reason"] = reason
            values = {"status": status, "edits": edits, "user": user, "at": datetime.now(UTC)}
            if row is None:
                conn.execute(sa.insert(event_reviews).values(content_hash=content_hash, local_id=local_id, **values))
            else:
                conn.execute(sa.update(event_reviews).where(*where).values(values))
            _apply(conn, event_id, status, edits)
            _audit(conn, user, f"event.{action}", "event", key, detail)


def apply_reviews(conn: sa.Connection, document_id: int) -> None:
    """Lay analysts' reviews over a document's freshly written events (same content hash + local id)."""
    query = (
        sa.select(events.c.id, event_reviews.c.status, event_reviews.c.edits)
        .join(documents, events.c.document_id == documents.c.id)
        .join(
            event_reviews,
            sa.and_(
                event_reviews.c.content_hash == documents.c.content_hash,
                event_reviews.c.local_id == events.c.local_id,
            ),
        )
        .where(events.c.document_id == document_id)
    )
    for event_id, status, edits in conn.execute(query).all():
        _apply(conn, event_id, status, dict(edits))


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _key(conn: sa.Connection, event_id: int) -> str:
    query = (
        sa.select(documents.c.content_hash, events.c.local_id)
        .join(documents, events.c.document_id == documents.c.id)
        .where(events.c.id == event_id)
    )
    row = conn.execute(query).first()
    if row is None:
        raise NotFound(f"no event with id {event_id}", input=str(event_id))
    return f"{row.content_hash}:{row.local_id}"


def _current(conn: sa.Connection, event_id: int, field: str) -> Any:
    if field == "nationality":
        query = sa.select(targets.c.nationality).where(targets.c.event_id == event_id).order_by(targets.c.position)
        return conn.execute(query.limit(1)).scalar_one_or_none()
    column = EDITABLE[field][0]
    assert column is not None
    return conn.execute(sa.select(events.c[column]).where(events.c.id == event_id)).scalar_one()


def _apply(conn: sa.Connection, event_id: int, status: str | None, edits: dict[str, Any]) -> None:
    """Write a review's verdict and edits into the event row (and its gold-shaped `data`)."""
    from watchfloor.store.store import _event, _targets  # the row reader lives with the store

    values: dict[str, Any] = {"review_status": status}
    for field, value in edits.items():
        column = EDITABLE.get(field, (None, None))[0]
        if column is not None:
            values[column] = _stored_value(field, value)
    if "nationality" in edits:
        first = sa.select(targets.c.id).where(targets.c.event_id == event_id).order_by(targets.c.position).limit(1)
        target_id = conn.execute(first).scalar_one_or_none()
        if target_id is None:
            conn.execute(sa.insert(targets).values(event_id=event_id, position=0, nationality=edits["nationality"]))
        else:
            conn.execute(sa.update(targets).where(targets.c.id == target_id).values(nationality=edits["nationality"]))
    conn.execute(sa.update(events).where(events.c.id == event_id).values(values))
    row = conn.execute(sa.select(events).where(events.c.id == event_id)).one()
    event = _event(row, _targets(conn, events.c.id == event_id).get(event_id, []))
    if event.location is None and _LOCATION & edits.keys():
        event.location = Location(
            text=row.location_text, country=row.country, admin1=row.admin1, place=row.place, lat=row.lat, lon=row.lon
        )
    if event.agent is None and _AGENT & edits.keys():
        event.agent = Agent(text=row.agent_text, country=row.agent_country, sector=row.agent_sector)
    conn.execute(sa.update(events).where(events.c.id == event_id).values(data=event.to_gold()))
