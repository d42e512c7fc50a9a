"""Records as the API's JSON, CSV (ACLED-like columns) and GeoJSON."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from watchfloor.export.select import claim_record, document_record, mention_record
from watchfloor.export.spreadsheet import spreadsheet_safe as _csv_safe
from watchfloor.model import Event
from watchfloor.store import DocumentRow, StoredClaim, StoredEvent

CSV_COLUMNS = [
    "id", "event_date", "date_precision", "event_type", "total", "killed", "wounded", "nationalities",
    "country", "admin1", "location", "latitude", "longitude", "actor1", "actor1_country", "actor1_sector",
    "destination", "affiliation", "attribution", "modality", "about", "review", "source", "doc_id", "notes",
]  # fmt: skip


def people(event: Event) -> int:
    """How many people an event concerns, for sizing it on the map (at least 1)."""
    if event.total:
        return event.total
    counted = sum(t.count or t.approx_count or 0 for t in event.targets)
    return max(counted, (event.killed or 0) + (event.wounded or 0), 1)


def event_json(row: StoredEvent, review: str | None = None) -> dict[str, Any]:
    """The record the mentions export writes, with the people counted for the event's card."""
    return {**mention_record(row, review), "people": people(row.event)}


def claim_json(row: StoredClaim) -> dict[str, Any]:
    return claim_record(row)  # the same record the claims export writes


def document_json(row: DocumentRow) -> dict[str, Any]:
    return document_record(row)  # the same record the documents export writes


def events_csv(rows: Iterable[tuple[StoredEvent, str | None]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row, review in rows:
        e = row.event
        loc, agent = e.location, e.agent
        writer.writerow([
            row.id, e.date.isoformat() if e.date else "", e.date_precision, e.type, e.total, e.killed, e.wounded,
            " ".join(sorted(e.nationalities)), loc.country if loc else "", loc.admin1 if loc else "",
            (loc.place or loc.text) if loc else "", loc.lat if loc else "", loc.lon if loc else "",
            agent.text if agent else "", agent.country if agent else "", agent.sector if agent else "",
            e.destination, e.affiliation, e.attribution, e.modality, e.about, review or "", row.source, row.doc_id,
            _csv_safe(e.evidence.text),
        ])  # fmt: skip
    return out.getvalue()


def events_geojson(rows: Iterable[tuple[StoredEvent, str | None]]) -> dict[str, Any]:
    features = []
    for row, review in rows:
        e = row.event
        loc = e.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        features.append({
            "type": "Feature",
            "id": row.id,
            "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
            "properties": {
                "id": row.id, "type": e.type, "date": e.date.isoformat() if e.date else None,
                "total": e.total, "people": people(e), "nationalities": sorted(e.nationalities),
                "country": loc.country, "admin1": loc.admin1, "place": loc.place or loc.text,
                "modality": e.modality, "about": e.about, "review": review, "source": row.source, "evidence": e.evidence.text,
            },
        })  # fmt: skip
    return {"type": "FeatureCollection", "features": features}


CLAIM_CSV_COLUMNS = ["id", "date", "topic", "stance", "speaker", "speaker_kind", "platform", "source", "doc_id",
                     "evidence"]  # fmt: skip


def claims_csv(items: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CLAIM_CSV_COLUMNS)
    for c in items:
        writer.writerow([
            c["id"], c["date"] or "", c["topic"], c["stance"], c["speaker"]["text"], c["speaker"]["kind"],
            c["platform"] or "", c["document"]["source"] or "", c["document"]["doc_id"], _csv_safe(c["evidence"]),
        ])  # fmt: skip
    return out.getvalue()
