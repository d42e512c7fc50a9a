"""The REST API on a real SQLite store, through the ASGI app: every endpoint and filter."""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from web_data import build

from watchfloor.model import Document, Event, Evidence, Extraction
from watchfloor.store import Store
from watchfloor.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def _client(store: Store) -> TestClient:
    return TestClient(create_app(store), base_url="http://127.0.0.1", client=("127.0.0.1", 40000))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """For tests that only read: one store for the module."""
    with build(tmp_path_factory.mktemp("web") / "wf.sqlite") as store:
        yield _client(store)


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with build(tmp_path / "wf.sqlite") as store:
        yield store


@pytest.fixture()
def rw(store: Store) -> TestClient:
    """For tests that review, edit or merge: a fresh store each."""
    return _client(store)


def _ids(client: TestClient, query: str) -> list[str]:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 200, response.text
    return [item["document"]["doc_id"] for item in response.json()["items"]]


FILTER_CASES = [
        ("", ["post-x", "wire-c", "wire-b", "wire-a"]),
        ("type=ARREST", ["post-x", "wire-a"]),
        ("type=arrest,deport", ["post-x", "wire-b", "wire-a"]),
        ("type=ARREST&type=ATTACK", ["post-x", "wire-c", "wire-a"]),
        ("since=2015-11-02", ["post-x", "wire-c", "wire-b"]),
        ("until=2015-11-01", ["wire-a"]),
        ("since=2015-04-01&until=2015-12-31", ["wire-b", "wire-a"]),
        ("country=tur", ["post-x", "wire-c", "wire-b", "wire-a"]),
        ("country=RUS", []),
        ("admin1=Hatay", ["wire-b"]),
        ("nationality=RUS", ["wire-a"]),
        ("nationality=tjk", ["wire-b"]),
        ("agent=POL", ["wire-a"]),
        ("agent=militants", ["wire-c"]),
        ("source=Urfa%20News", ["wire-c"]),
        ("modality=claimed", ["wire-b"]),
        ("modality=rumored", ["post-x"]),
        ("about=terrorism", ["wire-a"]),
        ("about=armed_conflict", ["wire-c"]),
        ("about=Migration", ["wire-b"]),
        ("about=other", ["post-x"]),
        ("about=crime", []),
        ("about=&type=ARREST", ["post-x", "wire-a"]),  # an empty form field is no filter
        ("q=akcakale", ["wire-c"]),
        ("q=Tajik", ["wire-b"]),
        ("q=%25", []),  # a LIKE wildcard is matched literally
        ("document=1", ["wire-a"]),
        ("sort=total&order=asc", ["wire-a", "post-x", "wire-b", "wire-c"]),  # missing values last
        ("sort=total&order=desc", ["wire-b", "post-x", "wire-a", "wire-c"]),
        ("sort=date&order=asc", ["wire-a", "wire-b", "wire-c", "post-x"]),
        ("limit=2", ["post-x", "wire-c"]),
        ("limit=2&offset=2", ["wire-b", "wire-a"]),
]  # fmt: skip


@pytest.mark.parametrize(("query", "expected"), FILTER_CASES)
def test_event_filters_sorting_and_pages(client: TestClient, query: str, expected: list[str]) -> None:
    assert _ids(client, query) == expected


def test_event_list_counts_all_matches(client: TestClient) -> None:
    body = client.get("/api/events?type=ARREST&limit=1").json()
    assert (body["total"], body["limit"], body["offset"], len(body["items"])) == (2, 1, 0, 1)
    item = body["items"][0]
    assert item["type"] == "ARREST" and item["nationalities"] == ["SYR"] and item["people"] == 4
    assert item["document"]["source"] == "Hostile <b>Channel</b>"  # JSON carries the text as it is


@pytest.mark.parametrize(
    ("query", "name"),
    [("since=2015-13-01", "since"), ("until=soon", "until"), ("document=x", "document"), ("sort=size", "sort"),
     ("limit=0", "limit"), ("review=maybe", "review"), ("format=xml", "format"),
     ("about=sport", "about")],
)  # fmt: skip
def test_bad_parameters_are_400_naming_the_input(client: TestClient, query: str, name: str) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["status"] == 400 and error["input"] == name and error["message"]


def test_one_json_error_shape_for_missing_things(client: TestClient) -> None:
    for url in ("/api/events/999", "/api/documents/999", "/api/claims/999", "/api/clusters/nope", "/api/nothing"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert set(response.json()["error"]) == {"status", "message", "input"}


def test_event_csv_has_acled_like_columns_and_defuses_formulas(rw: TestClient, store: Store) -> None:
    response = rw.get("/api/events?format=csv&sort=date&order=asc")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["event_type"] for r in rows] == ["ARREST", "DEPORT", "ATTACK", "ARREST"]
    assert rows[0]["nationalities"] == "RUS" and rows[0]["admin1"] == "Gaziantep" and rows[0]["actor1_sector"] == "POL"
    assert [r["about"] for r in rows] == ["terrorism", "migration", "armed_conflict", "other"]
    event_id = int(rows[0]["id"])
    store.review_event(event_id, "edit", user="t", field="attribution", value="=cmd|' /c calc'!A1")
    rows = list(csv.DictReader(io.StringIO(rw.get("/api/events?format=csv&sort=date&order=asc").text)))
    assert rows[0]["attribution"] == "=cmd|' /c calc'!A1"  # a field the analyst typed stays as typed
    assert not rows[3]["notes"].startswith("=")


def test_event_geojson(client: TestClient) -> None:
    response = client.get("/api/events?format=geojson&type=ARREST")
    assert response.headers["content-type"] == "application/geo+json"
    body = response.json()
    assert body["type"] == "FeatureCollection" and body["total"] == 2
    coordinates = sorted(tuple(f["geometry"]["coordinates"]) for f in body["features"])
    assert coordinates == [(37.12, 36.72), (37.38, 37.06)]
    assert {f["properties"]["people"] for f in body["features"]} == {3, 4}
    assert {f["properties"]["about"] for f in body["features"]} == {"terrorism", "other"}


def test_event_detail_review_and_audit(rw: TestClient, store: Store) -> None:
    event_id = rw.get("/api/events?nationality=RUS").json()["items"][0]["id"]
    detail = rw.get(f"/api/events/{event_id}").json()
    assert detail["total"] == 3 and detail["review"] is None and detail["audit"] == []
    assert detail["key"].endswith(":e1") and len(detail["key"]) == 64 + 3
    response = rw.post(f"/api/events/{event_id}/review", json={"action": "edit", "field": "total", "value": "5"},
                           headers={"X-CSRF-Token": rw.app.state.auth.local_csrf})  # type: ignore[attr-defined]
    assert response.status_code == 200, response.text
    detail = response.json()
    assert detail["total"] == 5 and detail["review"]["edits"] == {"total": 5}
    [entry] = detail["audit"]
    assert (entry["user"], entry["action"], entry["detail"]["old"], entry["detail"]["new"]) == ("local", "event.edit", 3, 5)
    assert rw.get(f"/api/events/{event_id}/audit").json() == detail["audit"]
    assert rw.get("/api/audit").json()[0]["id"] == entry["id"]


def test_review_actions_and_their_filters(rw: TestClient) -> None:
    csrf = {"X-CSRF-Token": rw.app.state.auth.local_csrf}  # type: ignore[attr-defined]
    arrest, attack = (rw.get(f"/api/events?type={t}&limit=1").json()["items"][0]["id"] for t in ("ARREST", "ATTACK"))
    before = rw.get("/api/timeline?type=ARREST&claims=false").json()["events"]
    assert rw.post(f"/api/events/{arrest}/review", json={"action": "reject"}, headers=csrf).status_code == 200
    after = rw.get("/api/timeline?type=ARREST&claims=false").json()["events"]
    assert sum(e["count"] for e in after) == sum(e["count"] for e in before) - 1  # no stale cached answer
    assert rw.post(f"/api/events/{attack}/review", json={"action": "confirm"}, headers=csrf).status_code == 200
    assert _ids(rw, "") == ["wire-c", "wire-b", "wire-a"]  # rejected ones are hidden by default
    assert _ids(rw, "review=rejected") == ["post-x"]
    assert _ids(rw, "review=confirmed") == ["wire-c"]
    assert _ids(rw, "review=unreviewed") == ["wire-b", "wire-a"]
    assert len(_ids(rw, "review=all")) == 4
    rw.post(f"/api/events/{arrest}/review", json={"action": "reopen"}, headers=csrf)
    assert len(_ids(rw, "")) == 4
    bad = rw.post(f"/api/events/{arrest}/review", json={"action": "edit", "field": "total", "value": "many"},
                      headers=csrf)  # fmt: skip
    assert bad.status_code == 400 and bad.json()["error"]["input"] == "total"
    bad = rw.post(f"/api/events/{arrest}/review", json={"action": "edit", "field": "colour", "value": "red"},
                      headers=csrf)  # fmt: skip
    assert bad.status_code == 400 and bad.json()["error"]["input"] == "colour"


def test_edits_survive_reextraction(rw: TestClient, store: Store) -> None:
    event_id = rw.get("/api/events?nationality=TJK").json()["items"][0]["id"]
    store.review_event(event_id, "edit", user="ann", field="nationality", value="UZB")
    store.review_event(event_id, "edit", user="ann", field="country", value="SYR")
    store.review_event(event_id, "confirm", user="ann")
    row = store.event(event_id)
    fresh = Extraction(row.doc_id, events=[row.event])
    fresh.events[0].targets[0].nationality = "TJK"
    assert fresh.events[0].location is not None
    fresh.events[0].location.country = "TUR"
    store.replace_extraction(row.document_id, fresh)  # a new extraction run: new row ids, old values
    [item] = rw.get("/api/events?nationality=UZB").json()["items"]
    assert item["id"] != event_id and item["location"]["country"] == "SYR" and item["review"] == "confirmed"
    assert _ids(rw, "nationality=TJK") == []


def test_an_analyst_corrects_what_an_event_is_about(rw: TestClient, store: Store) -> None:
    event_id = rw.get("/api/events?about=migration").json()["items"][0]["id"]
    store.review_event(event_id, "edit", user="ann", field="about", value="terrorism")
    assert store.event(event_id).event.about == "terrorism"
    assert _ids(rw, "about=migration") == [] and _ids(rw, "about=terrorism") == ["wire-b", "wire-a"]
    row = store.event(event_id)
    fresh = Extraction(row.doc_id, events=[row.event])
    fresh.events[0].about = "migration"
    store.replace_extraction(row.document_id, fresh)  # the correction outlives re-extraction
    assert _ids(rw, "about=terrorism") == ["wire-b", "wire-a"]
    from watchfloor.errors import InputError

    with pytest.raises(InputError):
        store.review_event(event_id, "edit", user="ann", field="about", value="sport")


def test_facets(client: TestClient) -> None:
    body = client.get("/api/facets?facet=type&facet=nationality&facet=source").json()
    assert body["type"][0] == {"value": "ARREST", "count": 2}
    assert {f["value"]: f["count"] for f in body["nationality"]} == {"RUS": 1, "TJK": 1, "SYR": 1}
    assert len(body["source"]) == 4
    assert client.get("/api/facets?facet=type&country=TUR&since=2016-01-01").json() == {
        "type": [{"value": "ARREST", "count": 1}, {"value": "ATTACK", "count": 1}]
    }
    everything = client.get("/api/facets").json()
    assert set(everything) >= {"type", "country", "admin1", "modality", "source", "nationality", "review", "about"}
    assert {f["value"] for f in everything["about"]} == {"terrorism", "migration", "armed_conflict", "other"}
    assert client.get("/api/facets?facet=colour").status_code == 400


def test_timeline_by_day_week_and_month_with_claims(client: TestClient) -> None:
    day = client.get("/api/timeline?bucket=day").json()
    assert {"period": "2015-04-06", "type": "ARREST", "count": 1} in day["events"]
    assert sorted((c["period"], c["stance"]) for c in day["claims"]) == [("2015-04-09", "deny"), ("2015-11-04", "affirm")]
    week = client.get("/api/timeline?bucket=week&type=ARREST").json()
    assert [e["period"] for e in week["events"]] == ["2015-04-06", "2016-03-07"]  # Mondays
    month = client.get("/api/timeline?bucket=month&since=2016-01-01&claims=false").json()
    assert month["events"] == [{"period": "2016-03-01", "type": "ARREST", "count": 1},
                               {"period": "2016-03-01", "type": "ATTACK", "count": 1}]  # fmt: skip
    assert month["claims"] == []
    topic = client.get("/api/timeline?topic=nothing-like-this").json()
    assert topic["claims"] == [] and topic["events"]


def test_claims_and_topics(client: TestClient) -> None:
    body = client.get("/api/claims").json()
    assert body["total"] == 2
    assert [c["stance"] for c in client.get("/api/claims?stance=deny").json()["items"]] == ["deny"]
    assert client.get("/api/claims?speaker=channel").json()["total"] == 1
    assert client.get("/api/claims?q=still%20open").json()["total"] == 1
    assert client.get("/api/claims?since=2015-06-01").json()["total"] == 1
    assert client.get("/api/claims?until=2015-06-01").json()["total"] == 1
    assert client.get("/api/claims?source=Novosti%20Wire").json()["total"] == 1
    assert client.get("/api/claims?topic=turkey-syria-border-crossable&document=1").json()["total"] == 1
    one = body["items"][0]
    assert client.get(f"/api/claims/{one['id']}").json() == one
    rows = list(csv.DictReader(io.StringIO(client.get("/api/claims?format=csv").text)))
    assert {r["stance"] for r in rows} == {"affirm", "deny"}
    topics = {t["id"]: t for t in client.get("/api/topics").json()}
    assert topics["turkey-syria-border-crossable"]["claims"] == 2 and topics["turkey-syria-border-crossable"]["label"]


def test_documents(client: TestClient) -> None:
    body = client.get("/api/documents").json()
    assert body["total"] == 4 and body["items"][0]["doc_id"] == "post-x"
    assert client.get("/api/documents?source=Urfa%20News").json()["items"][0]["doc_id"] == "wire-c"
    assert client.get("/api/documents?language=ru").json()["total"] == 0
    assert client.get("/api/documents?since=2016-01-01").json()["total"] == 2
    assert client.get("/api/documents?until=2015-12-31").json()["total"] == 2
    assert client.get("/api/documents?q=Tajik").json()["total"] == 1
    assert client.get("/api/documents?limit=1&offset=3").json()["items"][0]["doc_id"] == "wire-a"
    first = body["items"][-1]["id"]
    detail = client.get(f"/api/documents/{first}").json()
    assert detail["text"].startswith("Police in Gaziantep") and len(detail["events"]) == 1 and len(detail["claims"]) == 1
    start, end = detail["events"][0]["evidence_span"]
    assert detail["text"][start:end] == detail["events"][0]["evidence"]


def test_search(client: TestClient) -> None:
    body = client.get("/api/search?q=border").json()
    assert body["documents"]["total"] == 4  # each text says border
    assert body["events"]["total"] == 2 and body["claims"]["total"] == 2
    assert client.get("/api/search").status_code == 400


def test_clusters_after_merging(rw: TestClient, store: Store) -> None:
    from watchfloor.merge import recluster

    assert rw.get("/api/clusters").json()["items"] == []
    recluster(store)
    items = rw.get("/api/clusters?type=ARREST").json()["items"]
    assert {c["type"] for c in items} == {"ARREST"} and items
    terrorism = rw.get("/api/clusters?about=terrorism").json()["items"]
    assert [c["canonical"]["about"] for c in terrorism] == ["terrorism"]
    assert rw.get("/api/clusters?about=crime").json()["items"] == []
    assert 'name="about"' in rw.get("/clusters?about=terrorism").text
    one = rw.get(f"/api/clusters/{items[0]['id']}").json()
    assert one["mentions"] and all(m["type"] == "ARREST" for m in one["mentions"])
    event_id = one["mentions"][0]["id"]
    assert rw.get(f"/api/events/{event_id}").json()["canonical"]["id"] == one["id"]
    assert rw.get(f"/api/events?cluster={one['id']}").json()["total"] == len(one["mentions"])
    listing = rw.get("/clusters?type=ARREST")
    assert listing.status_code == 200 and f'href="/clusters/{one["id"]}"' in listing.text
    page = rw.get(f"/clusters/{one['id']}")
    assert page.status_code == 200 and f'value="{event_id}"' in page.text  # a split checkbox per mention


def test_me_and_openapi_schema_validates(client: TestClient) -> None:
    assert client.get("/api/me").json() == {"name": "local", "role": "admin", "via": "local"}
    schema = client.get("/openapi.json").json()
    validate(schema)
    api_routes = {route.path for route in client.app.routes if getattr(route, "path", "").startswith("/api/")}  # type: ignore[attr-defined]
    assert api_routes <= set(schema["paths"])
    assert not any(path.startswith(("/events", "/login")) for path in schema["paths"])  # pages stay out
    about = next(p for p in schema["paths"]["/api/events"]["get"]["parameters"] if p["name"] == "about")
    assert set(about["schema"]["enum"]) >= {"terrorism", "armed_conflict", "crime", "migration", "other"}


def test_about_in_the_event_page_and_the_events_table(client: TestClient) -> None:
    item = client.get("/api/events?about=terrorism").json()["items"][0]
    assert item["about"] == "terrorism"
    detail = client.get(f"/api/events/{item['id']}").json()
    assert detail["about"] == "terrorism"
    page = client.get(f"/events/{item['id']}").text
    assert '<td data-field="about">terrorism</td>' in page
    table = client.get("/events?about=terrorism").text
    assert "<th>About</th>" in table and 'class="about a-terrorism"' in table
    assert '<option value="terrorism" selected>' in table and 'id="filter-about"' in table


def test_security_headers_on_every_answer(client: TestClient) -> None:
    for url in ("/api/events", "/events", "/api/events/999", "/static/app.css", "/openapi.json"):
        headers = client.get(url).headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "script-src 'self'" in csp, url
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"


def _pages(client: TestClient) -> dict[str, Any]:
    event_id = client.get("/api/events?modality=rumored").json()["items"][0]["id"]
    document_id = client.get("/api/events?modality=rumored").json()["items"][0]["document"]["id"]
    return {"event": f"/events/{event_id}", "document": f"/documents/{document_id}"}


def test_pages_render_and_escape_source_text(client: TestClient) -> None:
    urls = ["/events", "/events?type=ARREST&q=kilis", "/clusters", "/timeline", "/timeline?bucket=day&topic=x", "/map",
            "/claims", "/claims?topic=turkey-syria-border-crossable&type=ARREST", "/documents",
            *_pages(client).values()]  # fmt: skip
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.text
        assert "<script>window" not in html and "<img src=x" not in html and "<svg onload" not in html, url
        assert "<script>alert" not in html and "<b>Channel" not in html, url
        scripts = [line for line in html.splitlines() if "<script" in line]
        assert all('src="/static/' in line for line in scripts), url  # no inline script, only our files
        assert " style=" not in html and "<style" not in html, url
    event_html = client.get(_pages(client)["event"]).text
    assert "&lt;script&gt;window.__pwned = 1" in event_html
    assert '<mark class="focus"' in event_html and "Border guards detained four travellers near Kilis.</mark>" in event_html


def test_html_errors_are_pages(client: TestClient) -> None:
    response = client.get("/events/999")
    assert response.status_code == 404 and "no event with id 999" in response.text
    assert client.get("/events?since=nope").status_code == 400


def test_merge_and_split_through_the_api(rw: TestClient, store: Store) -> None:
    from watchfloor.merge import recluster

    recluster(store)
    csrf = {"X-CSRF-Token": rw.app.state.auth.local_csrf}  # type: ignore[attr-defined]
    a, b = (c["id"] for c in rw.get("/api/clusters?type=ARREST&country=TUR").json()["items"])
    merged = rw.post("/api/clusters/merge", json={"a": a, "b": b, "reason": "same raid"}, headers=csrf)
    assert merged.status_code == 200, merged.text
    body = merged.json()
    assert body["id"] == a and len(body["mentions"]) == 2 and body["decisions"][-1]["kind"] == "merge"
    moved = body["mentions"][1]["id"]
    split = rw.post(f"/api/clusters/{a}/split", json={"event_ids": [moved], "reason": "two raids"}, headers=csrf)
    assert split.status_code == 200, split.text
    assert [m["id"] for m in split.json()["mentions"]] == [moved]
    assert len(rw.get(f"/api/clusters/{a}").json()["mentions"]) == 1
    actions = [e["action"] for e in rw.get("/api/audit").json() if e["target_kind"] == "cluster"]
    assert actions == ["cluster.split", "cluster.merge"]
    assert rw.post("/api/clusters/merge", json={"a": a, "b": b}).status_code == 403  # a browser write needs CSRF


def test_the_event_page_shows_where_the_act_is_told_again(rw: TestClient, store: Store) -> None:
    text = "A bomb went off in Quetta on Monday. The <b>blast</b> broke windows across the street."
    first = "A bomb went off in Quetta on Monday"
    again = "The <b>blast</b> broke windows across the street."
    event = Event(id="e1", type="ATTACK", evidence=Evidence(0, len(first), first), date=date(2021, 3, 8),
                  date_precision="day", more_evidence=[Evidence(text.index(again), len(text), again)])
    store.add(Document("told-again", text, "en", date(2021, 3, 9), "Test Wire"), Extraction("told-again", events=[event]))
    item = next(i for i in rw.get("/api/events?q=Quetta").json()["items"] if i["document"]["doc_id"] == "told-again")
    assert rw.get(f"/api/events/{item['id']}").json()["more_evidence"][0][2] == again
    page = rw.get(f"/events/{item['id']}").text
    assert "Told again in 1 more sentence of this document" in page
    assert "The &lt;b&gt;blast&lt;/b&gt; broke windows" in page  # escaped, never markup
