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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

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

__all__ = ["FILTERS", "FORMATS", "FORMATS_OF", "KINDS", "Encoded", "ExportReport", "Filters", "encode", "export", "render", "select"]


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


@dataclass(frozen=True, slots=True)
class Encoded:
    """An export ready to be written: `write(stream)` writes it (bytes when `binary`)."""

    write: Callable[[IO[Any]], None]
    binary: bool
    rows: int
    left_out: int = 0


MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet",
    "geojson": "application/geo+json", "acled": "text/csv; charset=utf-8",
}  # fmt: skip
SUFFIXES = {"csv": "csv", "jsonl": "jsonl", "parquet": "parquet", "geojson": "geojson", "acled": "acled.csv"}


def encode(kind: str, fmt: str, records: Sequence[dict[str, Any]], filters: Filters | None = None) -> Encoded:
    """Records of one kind (select.py) in one format: the one path of the CLI and the web app."""
    from watchfloor.export import writers
    from watchfloor.export.acled import COLUMNS as ACLED_COLUMNS
    from watchfloor.export.acled import acled_rows
    from watchfloor.export.tables import COLUMNS, flat_rows

    check_format(kind, fmt)
    if fmt == "jsonl":
        return Encoded(lambda out: writers.write_jsonl(out, records), False, len(records))
    if fmt == "acled":
        acled = acled_rows(kind, records)
        return Encoded(lambda out: writers.write_plain_csv(out, ACLED_COLUMNS, acled), False, len(acled))
    columns = COLUMNS[kind]
    rows = flat_rows(kind, records)
    if fmt == "csv":
        return Encoded(lambda out: writers.write_csv(out, columns, rows), False, len(rows))
    if fmt == "parquet":
        metadata = {"kind": kind, "filters": (filters or Filters()).given()}
        return Encoded(lambda out: writers.write_parquet(out, columns, rows, metadata), True, len(rows))
    collection, left_out = writers.geojson(columns, rows)
    return Encoded(lambda out: writers.write_geojson(out, collection), False, len(collection["features"]), left_out)


def export(store: Store, kind: str, fmt: str, path: str, filters: Filters | None = None) -> ExportReport:
    """Write the `kind` records the filters select to `path` ("-": standard output) in `fmt`."""
    from watchfloor.export import writers

    check_format(kind, fmt)
    writers.check_destination(path)  # before the work, not after it
    filters = filters or Filters()
    encoded = encode(kind, fmt, select(store, kind, filters), filters)
    with writers.destination(path, binary=encoded.binary) as out:
        encoded.write(out)
    return ExportReport(kind, fmt, path, encoded.rows, encoded.left_out)


def render(kind: str, fmt: str, records: Sequence[dict[str, Any]], filters: Filters | None = None) -> bytes:
    """An export in memory (for the web app)."""
    import io

    encoded = encode(kind, fmt, records, filters)
    if encoded.binary:
        binary = io.BytesIO()
        encoded.write(binary)
        return binary.getvalue()
    text = io.StringIO(newline="")
    encoded.write(text)
    return text.getvalue().encode("utf-8")
