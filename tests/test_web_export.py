"""The web app's export buttons: the same formats as `watchfloor export`, through the ASGI app on
a real SQLite store (tests/web_data.py, no NLP)."""

from __future__ import annotations

import csv
import io
import json
import warnings
from collections.abc import Iterator

import pandas as pd
import pytest
from web_data import build

from watchfloor.export.acled import COLUMNS as ACLED_COLUMNS
from watchfloor.merge import recluster
from watchfloor.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with build(tmp_path_factory.mktemp("web-export") / "wf.sqlite") as store:
        recluster(store)
        yield TestClient(create_app(store), base_url="http://127.0.0.1", client=("127.0.0.1", 40000))


def test_event_mentions_as_jsonl_parquet_and_acled(client: TestClient) -> None:
    items = client.get("/api/events?type=ARREST&sort=date&order=asc").json()["items"]
    assert len(items) == 2
    response = client.get("/api/events?type=ARREST&sort=date&order=asc&format=jsonl")
    assert response.headers["content-type"] == "application/x-ndjson"
    assert 'filename="events.jsonl"' in response.headers["content-disposition"]
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert [line["id"] for line in lines] == [item["id"] for item in items]
    response = client.get("/api/events?type=ARREST&sort=date&order=asc&format=parquet")
    assert response.headers["content-type"] == "application/vnd.apache.parquet"
    frame = pd.read_parquet(io.BytesIO(response.content))
    assert frame["id"].tolist() == [item["id"] for item in items]
    assert frame["date"].tolist()[0].isoformat() == items[0]["date"]
    response = client.get("/api/events?type=ARREST&format=acled")
    assert 'filename="events.acled.csv"' in response.headers["content-disposition"]
    acled = pd.read_csv(io.StringIO(response.text))
    assert list(acled.columns) == list(ACLED_COLUMNS)
    assert set(acled["actor1"]) == {"Police Forces of Turkey", "Military Forces of Turkey"}


def test_canonical_events_in_every_format(client: TestClient) -> None:
    listed = client.get("/api/clusters?limit=100").json()["items"]
    assert len(listed) == 4
    geo = client.get("/api/clusters?format=geojson")
    assert geo.headers["content-type"] == "application/geo+json"
    body = geo.json()
    assert body["type"] == "FeatureCollection" and len(body["features"]) == 4
    assert {f["id"] for f in body["features"]} == {c["id"] for c in listed}
    parquet = pd.read_parquet(io.BytesIO(client.get("/api/clusters?format=parquet&type=ARREST").content))
    assert sorted(parquet["cluster"]) == sorted(c["id"] for c in listed if c["type"] == "ARREST")
    rows = list(csv.DictReader(io.StringIO(client.get("/api/clusters?format=csv&about=migration").text)))
    assert [r["type"] for r in rows] == ["DEPORT"] and rows[0]["nationalities"] == "TJK"
    acled = pd.read_csv(io.StringIO(client.get("/api/clusters?format=acled&country=TUR").text))
    assert list(acled.columns) == list(ACLED_COLUMNS) and len(acled) == 4
    assert set(acled["region"]) == {"Middle East"}
    attack = acled[acled["tags"].str.contains("type=ATTACK")].iloc[0]
    assert attack["event_type"] == "Battles" and attack["fatalities"] == 1


def test_a_bad_filter_of_a_file_export_is_a_400_naming_it(client: TestClient) -> None:
    response = client.get("/api/clusters?format=parquet&type=RIOT")
    assert response.status_code == 400 and response.json()["error"]["input"] == "RIOT"
    response = client.get("/api/clusters?format=csv&since=yesterday")
    assert response.status_code == 400 and response.json()["error"]["input"] == "since"


def test_claims_as_jsonl_and_parquet(client: TestClient) -> None:
    items = client.get("/api/claims").json()["items"]
    lines = [json.loads(line) for line in client.get("/api/claims?format=jsonl").text.splitlines()]
    assert [line["id"] for line in lines] == [item["id"] for item in items]
    frame = pd.read_parquet(io.BytesIO(client.get("/api/claims?format=parquet&stance=deny").content))
    assert frame["stance"].tolist() == ["deny"] and frame["speaker_kind"].tolist() == ["official"]


def test_pages_offer_the_formats(client: TestClient) -> None:
    events = client.get("/events?type=ARREST").text
    for fmt in ("csv", "geojson", "jsonl", "parquet", "acled"):
        assert f"format={fmt}" in events, fmt
    clusters = client.get("/clusters?type=ARREST").text
    for fmt in ("csv", "jsonl", "parquet", "geojson", "acled"):
        assert f"/api/clusters?type=ARREST&amp;format={fmt}" in clusters, fmt
    claims = client.get("/claims?topic=turkey-syria-border-crossable").text
    for fmt in ("csv", "jsonl", "parquet"):
        assert f"/api/claims?topic=turkey-syria-border-crossable&amp;format={fmt}&amp;limit=10000" in claims, fmt
