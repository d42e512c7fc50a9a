"""Writing an export: each format to a file, whole or not at all.

A file is written beside its destination under a temporary name and renamed over it at the
end, so a failed export never leaves half a file (nor destroys the previous one).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from watchfloor.errors import InputError
from watchfloor.export.spreadsheet import spreadsheet_safe
from watchfloor.export.tables import Columns, arrow_table, csv_cells

STDOUT = "-"


def check_destination(path: str) -> None:
    """Refuse, before any work, a destination that cannot be written, naming it."""
    if path == STDOUT:
        return
    target = Path(path)
    if target.is_dir():
        raise InputError("is a directory; give a file name", input=path)
    parent = target.parent
    if not parent.is_dir():
        raise InputError(f"directory {parent} does not exist", input=path)
    if not os.access(parent, os.W_OK):
        raise InputError(f"directory {parent} is not writable", input=path)
    if target.exists() and not os.access(target, os.W_OK):
        raise InputError("file is not writable", input=path)


@contextlib.contextmanager
def destination(path: str, *, binary: bool) -> Iterator[IO[Any]]:
    if path == STDOUT:
        stream: IO[Any] = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    check_destination(path)
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        out: IO[Any] = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        with out:
            yield out
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise InputError(f"cannot write: {exc.strerror or exc}", input=path) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_csv(out: IO[str], columns: Columns, rows: Sequence[dict[str, Any]]) -> None:
    """UTF-8 CSV with a header; text cells safe in spreadsheets."""
    writer = csv.writer(out)
    writer.writerow([name for name, _ in columns])
    for row in rows:
        writer.writerow(csv_cells(columns, row))


def write_plain_csv(out: IO[str], columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> None:
    """CSV of rows whose values are already cells (ACLED's layout); text made spreadsheet-safe."""
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        cells = []
        for name in columns:
            value = row.get(name)
            cells.append("" if value is None else spreadsheet_safe(value) if isinstance(value, str) else str(value))
        writer.writerow(cells)


def write_jsonl(out: IO[str], records: Sequence[dict[str, Any]]) -> None:
    """One JSON object per line, the full record (nested fields kept)."""
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=_json_default))
        out.write("\n")


def write_parquet(out: IO[bytes], columns: Columns, rows: Sequence[dict[str, Any]], metadata: dict[str, Any]) -> None:
    """A Parquet file with typed columns and what was exported (kind, filters) in its metadata."""
    import pyarrow.parquet as pq

    table = arrow_table(columns, rows)
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), b"watchfloor": json.dumps(metadata)})
    buffer = io.BytesIO()  # Parquet wants a seekable sink; standard output is not one
    pq.write_table(table, buffer)
    out.write(buffer.getvalue())


def geojson(columns: Columns, rows: Sequence[dict[str, Any]]) -> tuple[dict[str, Any], int]:
    """A FeatureCollection of the rows with coordinates (RFC 7946: [lon, lat]), and how many
    rows had none and were left out."""
    features = []
    for row in rows:
        lat, lon = row.get("lat"), row.get("lon")
        if lat is None or lon is None:
            continue
        properties = {
            name: (value.isoformat() if isinstance(value, date) else value)
            for name, _ in columns
            if name not in ("lat", "lon") and (value := row.get(name)) is not None
        }
        feature_id = row.get("cluster") if "cluster" in properties and "id" not in properties else row.get("id")
        features.append({"type": "Feature", "id": feature_id, "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": properties})  # fmt: skip
    return {"type": "FeatureCollection", "features": features}, len(rows) - len(features)


def write_geojson(out: IO[str], collection: dict[str, Any]) -> None:
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
