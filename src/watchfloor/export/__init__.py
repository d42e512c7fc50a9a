"""Exports for the analyst's own tools, and pandas frames for notebooks.

    select.py       the filters, and the records they select (canonical events, mentions, claims, documents)
    tables.py       records as flat typed columns, shared by CSV, Parquet and frames
    acled.py        events in ACLED's column layout (mapping in data/acled.json)
    spreadsheet.py  CSV cells a spreadsheet never runs as formulas
    writers.py      CSV, JSON lines, Parquet, GeoJSON; written whole or not at all
    frames.py       `Store.frame(kind, **filters)`: a pandas DataFrame with typed columns

`export(store, kind, fmt, path, filters)` is what `watchfloor export` and the web app call.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from watchfloor.errors import InputError
from watchfloor.export.select import FILTERS, KINDS, Filters, select

if TYPE_CHECKING:
    from watchfloor.store import Store

FORMATS = ("csv", "jsonl", "parquet", "geojson", "acled")
# Which formats hold which kinds: a map and ACLED's layout are of events.
FORMATS_OF: dict[str, tuple[str, ...]] = {
    "events": FORMATS,
    "mentions": FORMATS,
    "claims": ("csv", "jsonl", "parquet"),
    "documents": ("csv", "jsonl", "parquet"),
}

__all__ = ["FILTERS", "FORMATS", "FORMATS_OF", "KINDS", "ExportReport", "Filters", "export", "render"]


@dataclass(frozen=True, slots=True)
class ExportReport:
    kind: str
    format: str
    path: str
    rows: int  # rows written
    left_out: int = 0  # rows without coordinates, left out of a GeoJSON map

    def describe(self) -> str:
        what = {"events": "canonical events", "mentions": "event mentions"}.get(self.kind, self.kind)
        where = "standard output" if self.path == "-" else self.path
        out = f"{self.rows} {what} written to {where} ({self.format})"
        if self.left_out:
            out += f"; {self.left_out} without coordinates left out of the map"
        return out


def check_format(kind: str, fmt: str) -> None:
    if kind not in KINDS:
        raise InputError(f"kind must be one of {', '.join(KINDS)}", input=kind)
    if fmt not in FORMATS_OF[kind]:
        raise InputError(f"{kind} can be exported as {', '.join(FORMATS_OF[kind])}", input=fmt)


def export(store: Store, kind: str, fmt: str, path: str, filters: Filters | None = None) -> ExportReport:
    """Write the `kind` records the filters select to `path` ("-": standard output) in `fmt`."""
    from watchfloor.export import writers
    from watchfloor.export.acled import COLUMNS as ACLED_COLUMNS
    from watchfloor.export.acled import acled_rows
    from watchfloor.export.tables import COLUMNS, flat_rows

    check_format(kind, fmt)
    writers.check_destination(path)  # before the work, not after it
    filters = filters or Filters()
    records = select(store, kind, filters)
    if fmt == "jsonl":
        writers.write_jsonl(path, records)
        return ExportReport(kind, fmt, path, len(records))
    if fmt == "acled":
        writers.write_plain_csv(path, ACLED_COLUMNS, acled_rows(kind, records))
        return ExportReport(kind, fmt, path, len(records))
    columns = COLUMNS[kind]
    rows = flat_rows(kind, records)
    if fmt == "csv":
        writers.write_csv(path, columns, rows)
    elif fmt == "parquet":
        writers.write_parquet(path, columns, rows, {"kind": kind, "filters": filters.given()})
    else:
        collection, left_out = writers.geojson(columns, rows)
        writers.write_geojson(path, collection)
        return ExportReport(kind, fmt, path, len(collection["features"]), left_out)
    return ExportReport(kind, fmt, path, len(rows))


def render(store: Store, kind: str, fmt: str, filters: Filters | None = None) -> tuple[bytes, str, str]:
    """An export in memory, for the web app: (body, media type, file name)."""
    import os
    import tempfile

    media = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
             "parquet": "application/vnd.apache.parquet", "geojson": "application/geo+json",
             "acled": "text/csv; charset=utf-8"}  # fmt: skip
    suffix = {"acled": "acled.csv"}.get(fmt, fmt)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "export")
        export(store, kind, fmt, path, filters)
        with open(path, "rb") as f:
            body = f.read()
    return body, media[fmt], f"{kind}.{suffix}"
