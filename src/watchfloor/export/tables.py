"""Records as flat, typed tables: one column list per kind, shared by CSV, Parquet and frames.

A column's kind says how it is typed everywhere: `str`, `int` (nullable), `float`, `date`,
`codes` (a list of ISO codes; a space-joined cell in CSV) or `names` (a list of names; joined
with " | " in CSV). Parquet gets the matching Arrow types (date32, int64, list<string>) and a
frame the matching pandas dtypes (datetime64, Int64, string), so no reader has to guess.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from watchfloor.export.spreadsheet import spreadsheet_safe

if TYPE_CHECKING:
    import pyarrow as pa

Columns = Sequence[tuple[str, str]]

_EVENT_FIELDS: Columns = (
    ("type", "str"), ("date", "date"), ("date_precision", "str"), ("reported", "date"), ("about", "str"),
    ("modality", "str"), ("total", "int"), ("total_min", "int"), ("killed", "int"), ("wounded", "int"),
    ("nationalities", "codes"), ("country", "str"), ("admin1", "str"), ("place", "str"),
    ("location_text", "str"), ("lat", "float"), ("lon", "float"), ("geo_precision", "int"), ("agent", "str"),
    ("agent_country", "str"), ("agent_sector", "str"), ("weapon", "str"), ("destination", "str"),
    ("affiliation", "str"), ("attribution", "str"),
)  # fmt: skip

COLUMNS: dict[str, Columns] = {
    "events": (
        ("cluster", "str"), *_EVENT_FIELDS, ("n_mentions", "int"), ("n_sources", "int"),
        ("n_disagreements", "int"), ("sources", "names"), ("languages", "codes"), ("disagree", "str"),
        ("evidence", "str"),
    ),  # fmt: skip
    "mentions": (
        ("id", "int"), ("cluster", "str"), ("document_id", "int"), ("doc_id", "str"), ("source", "str"),
        ("local_id", "str"), *_EVENT_FIELDS, ("review", "str"), ("evidence", "str"), ("evidence_start", "int"),
        ("evidence_end", "int"),
    ),  # fmt: skip
    "claims": (
        ("id", "int"), ("document_id", "int"), ("doc_id", "str"), ("source", "str"), ("local_id", "str"),
        ("date", "date"), ("date_precision", "str"), ("topic", "str"), ("stance", "str"), ("speaker", "str"),
        ("speaker_kind", "str"), ("platform", "str"), ("summary", "str"), ("evidence", "str"),
        ("evidence_start", "int"), ("evidence_end", "int"),
    ),  # fmt: skip
    "documents": (
        ("id", "int"), ("doc_id", "str"), ("source", "str"), ("language", "str"), ("published", "date"),
        ("title", "str"), ("n_events", "int"),
    ),  # fmt: skip
}


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _event_fields(r: dict[str, Any]) -> dict[str, Any]:
    loc = r.get("location") or {}
    agent = r.get("agent") or {}
    nationalities = r.get("nationalities")
    if nationalities is None:  # canonical events carry targets only
        nationalities = sorted({t["nationality"] for t in r.get("targets", []) if t.get("nationality")})
    return {
        "type": r.get("type"), "date": _date(r.get("date")), "date_precision": r.get("date_precision"),
        "reported": _date(r.get("reported")), "about": r.get("about"), "modality": r.get("modality"),
        "total": r.get("total"), "total_min": r.get("total_min"), "killed": r.get("killed"),
        "wounded": r.get("wounded"), "nationalities": list(nationalities), "country": loc.get("country"),
        "admin1": loc.get("admin1"), "place": loc.get("place"), "location_text": loc.get("text"),
        "lat": r.get("lat"), "lon": r.get("lon"), "geo_precision": r.get("geo_precision"),
        "agent": agent.get("text"), "agent_country": agent.get("country"), "agent_sector": agent.get("sector"),
        "weapon": r.get("weapon"), "destination": r.get("destination"), "affiliation": r.get("affiliation"),
        "attribution": r.get("attribution"),
    }  # fmt: skip


def disagree_text(disagreements: Iterable[dict[str, Any]]) -> str:
    """'total 13/14; date 2015-04-06/2015-04-07', as `watchfloor events` shows it."""
    return "; ".join(f"{d['field']} " + "/".join(str(v["value"]) for v in d["values"]) for d in disagreements)


def _event_row(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "cluster": r.get("cluster"), **_event_fields(r), "n_mentions": r.get("n_mentions"),
        "n_sources": r.get("n_sources"), "n_disagreements": r.get("n_disagreements"),
        "sources": list(r.get("sources", [])), "languages": list(r.get("languages", [])),
        "disagree": disagree_text(r.get("disagreements", [])), "evidence": r.get("evidence"),
    }  # fmt: skip


def _mention_row(r: dict[str, Any]) -> dict[str, Any]:
    doc = r["document"]
    start, end = r["evidence_span"]
    return {
        "id": r["id"], "cluster": r.get("cluster"), "document_id": doc["id"], "doc_id": doc["doc_id"],
        "source": doc["source"], "local_id": r["local_id"], **_event_fields(r), "review": r.get("review"),
        "evidence": r.get("evidence"), "evidence_start": start, "evidence_end": end,
    }  # fmt: skip


def _claim_row(r: dict[str, Any]) -> dict[str, Any]:
    doc = r["document"]
    start, end = r["evidence_span"]
    return {
        "id": r["id"], "document_id": doc["id"], "doc_id": doc["doc_id"], "source": doc["source"],
        "local_id": r["local_id"], "date": _date(r.get("date")), "date_precision": r.get("date_precision"),
        "topic": r.get("topic"), "stance": r.get("stance"), "speaker": r["speaker"]["text"],
        "speaker_kind": r["speaker"]["kind"], "platform": r.get("platform"), "summary": r.get("summary"),
        "evidence": r.get("evidence"), "evidence_start": start, "evidence_end": end,
    }  # fmt: skip


def _document_row(r: dict[str, Any]) -> dict[str, Any]:
    return {**r, "published": _date(r.get("published"))}


_ROWS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "events": _event_row, "mentions": _mention_row, "claims": _claim_row, "documents": _document_row,
}  # fmt: skip


def flat_rows(kind: str, records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records (see select.py) as flat rows with Python values: dates as `date`, lists as lists."""
    return [_ROWS[kind](r) for r in records]


def csv_cells(columns: Columns, row: dict[str, Any]) -> list[str]:
    """One CSV line's cells: lists joined, dates in ISO form, text made safe for spreadsheets."""
    out = []
    for name, kind in columns:
        value = row.get(name)
        if value is None:
            out.append("")
        elif kind == "codes":
            out.append(" ".join(value))
        elif kind == "names":
            out.append(spreadsheet_safe(" | ".join(value)))
        elif kind == "date":
            out.append(value.isoformat())
        elif kind == "str":
            out.append(spreadsheet_safe(str(value)))
        else:
            out.append(str(value))
    return out


def arrow_table(columns: Columns, rows: Sequence[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table with one explicit type per column kind (an empty export keeps them)."""
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "date": pa.date32(),
             "codes": pa.list_(pa.string()), "names": pa.list_(pa.string())}  # fmt: skip
    schema = pa.schema([pa.field(name, types[kind]) for name, kind in columns])
    return pa.table({name: pa.array([r.get(name) for r in rows], type=types[kind]) for name, kind in columns},
                    schema=schema)  # fmt: skip
