"""Exports and frames on a real PostgreSQL server: the web app's export tests run again there,
and a frame's types hold. (The SQLite runs are in test_web_export.py and test_export.py.)"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from conftest import postgres_url
from test_web_export import (  # backend-agnostic tests, run here again on PostgreSQL
    test_a_bad_filter_of_a_file_export_is_a_400_naming_it,
    test_canonical_events_in_every_format,
    test_claims_as_jsonl_and_parquet,
    test_event_mentions_as_jsonl_parquet_and_acled,
)
from web_data import build

from watchfloor.export import Filters, export
from watchfloor.merge import recluster
from watchfloor.store import Store
from watchfloor.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

__all__ = [
    "test_a_bad_filter_of_a_file_export_is_a_400_naming_it", "test_canonical_events_in_every_format",
    "test_claims_as_jsonl_and_parquet", "test_event_mentions_as_jsonl_parquet_and_acled",
]  # fmt: skip


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with build(postgres_url()) as store:
        recluster(store)
        yield store


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store), base_url="http://127.0.0.1", client=("127.0.0.1", 40000))


def test_frames_and_parquet_on_postgres(store: Store, tmp_path: Path) -> None:
    events = store.frame("events", country="TUR")
    assert len(events) == 4 and str(events["total"].dtype) == "Int64"
    assert str(events["date"].dtype).startswith("datetime64")
    mentions = store.frame("mentions", agent="POL", nationality="RUS")
    assert mentions["doc_id"].tolist() == ["wire-a"]
    out = tmp_path / "events.parquet"
    report = export(store, "events", "parquet", str(out), Filters.of("events", {"type": "ARREST"}))
    assert report.rows == 2 and len(pd.read_parquet(io.BytesIO(out.read_bytes()))) == 2
