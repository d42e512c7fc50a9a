"""`watchfloor export` and `Store.frame` end to end: the examples/ corpus ingested once into a real
SQLite file (module fixture: loading spaCy is slow), read back by pandas and pyarrow."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import watchfloor
from watchfloor.cli import main
from watchfloor.errors import InputError
from watchfloor.export.acled import COLUMNS as ACLED_COLUMNS
from watchfloor.merge import recluster
from watchfloor.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def wf(db: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout  # standard output only: `-o -` reports on standard error


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "wf.db"
    assert "0 failed" in wf(path, "ingest", "-q", str(EXAMPLES))
    return path


@pytest.fixture(scope="module")
def store(db: Path) -> Iterator[Store]:
    with watchfloor.open(db) as opened:
        yield opened


def _events_json(db: Path, *filters: str) -> list[dict[str, Any]]:
    return list(json.loads(wf(db, "events", "--format", "json", *filters)))


def _cell(value: Any) -> Any:
    """A parquet value as the JSON has it."""
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return value.tolist()
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return value


FILTER_SETS = [
    (),
    ("--type", "ARREST"),
    ("--type", "arrest", "--country", "tur"),
    ("--nationality", "RUS"),
    ("--since", "2015-09-01", "--until", "2016-01-31"),
    ("--about", "terrorism"),
    ("--type", "DEPORT", "--nationality", "TJK", "--since", "2015-01-01"),
]


@pytest.mark.parametrize("filters", FILTER_SETS, ids=lambda f: " ".join(f) or "all")
def test_parquet_has_the_rows_of_events_json(db: Path, tmp_path: Path, filters: tuple[str, ...]) -> None:
    out = tmp_path / "events.parquet"
    said = wf(db, "export", "--format", "parquet", "-o", str(out), *filters)
    expected = _events_json(db, *filters)
    assert expected, f"the examples have events for {filters}"
    assert said.startswith(f"{len(expected)} canonical events written to {out}")
    frame = pd.read_parquet(out)
    assert len(frame) == len(expected)
    for row, record in zip(frame.to_dict("records"), expected, strict=True):
        row = {k: _cell(v) for k, v in row.items()}
        location, agent = record["location"] or {}, record["agent"] or {}
        assert row["cluster"] == record["cluster"]
        for key in ("type", "date", "date_precision", "reported", "about", "modality", "total", "total_min", "killed",
                    "wounded", "weapon", "destination", "affiliation", "attribution", "n_mentions", "n_sources",
                    "n_disagreements", "evidence", "sources", "languages"):  # fmt: skip
            assert row[key] == record[key], (key, row[key], record[key])
        assert row["nationalities"] == sorted({t["nationality"] for t in record["targets"] if t["nationality"]})
        assert (row["country"], row["admin1"], row["place"]) == (location.get("country"), location.get("admin1"),
                                                                 location.get("place"))  # fmt: skip
        assert (row["agent"], row["agent_sector"]) == (agent.get("text"), agent.get("sector"))


def test_parquet_columns_are_typed(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    wf(db, "export", "--format", "parquet", "-o", str(out), "--type", "ARREST")
    table = pq.read_table(out)
    types = {field.name: str(field.type) for field in table.schema}
    assert types["date"] == "date32[day]" and types["total"] == "int64" and types["lat"] == "double"
    assert types["nationalities"] == "list<element: string>"
    meta = json.loads(table.schema.metadata[b"watchfloor"])
    assert meta == {"kind": "events", "filters": {"type": ["ARREST"]}}


def test_jsonl_is_the_events_json_one_a_line(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    wf(db, "export", "--format", "jsonl", "-o", str(out), "--country", "TUR")
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    expected = _events_json(db, "--country", "TUR")
    assert len(lines) == len(expected)
    for line, record in zip(lines, expected, strict=True):
        assert {k: v for k, v in line.items() if k in record} == record
        assert set(line) - set(record) == {"lat", "lon", "geo_precision", "updated_at"}
    assert pd.read_json(out, lines=True)["cluster"].tolist() == [r["cluster"] for r in expected]


def test_acled_export_opens_in_pandas_with_acleds_columns(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    wf(db, "export", "--format", "acled", "-o", str(out))
    frame = pd.read_csv(out)
    assert list(frame.columns) == list(ACLED_COLUMNS)
    assert list(ACLED_COLUMNS[:6]) == ["event_id_cnty", "event_date", "year", "time_precision", "event_type",
                                       "sub_event_type"]  # fmt: skip
    expected = _events_json(db)
    assert len(frame) == len(expected)
    rows = frame.set_index(frame["event_id_cnty"].str.split("-").str[1])
    for record in expected:
        row = rows.loc[record["cluster"]]
        our_type = record["type"]
        if our_type == "ARREST":
            assert (row["event_type"], row["sub_event_type"]) == ("Strategic developments", "Arrests")
        elif our_type == "ATTACK":
            assert row["event_type"] in ("Battles", "Explosions/Remote violence", "Violence against civilians")
        else:
            assert (row["event_type"], row["sub_event_type"]) == ("Strategic developments", "Other")
        assert f"watchfloor type={our_type}" in row["tags"]
        if record["date"]:
            assert row["event_date"] == record["date"] and row["year"] == int(record["date"][:4])
        country = (record["location"] or {}).get("country")
        if country == "TUR":
            assert (row["country"], row["region"], row["iso"]) == ("Turkey", "Middle East", 792)
        if country == "XKX":
            assert (row["country"], row["region"]) == ("Kosovo", "Europe")
    assert frame["fatalities"].dtype.kind == "i"  # 0 when none, as ACLED codes it
    attack = frame[frame["tags"].str.contains("type=ATTACK")]
    assert not attack.empty and attack["fatalities"].sum() >= 1


def test_geojson_is_a_valid_feature_collection(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    said = wf(db, "export", "--format", "geojson", "-o", str(out))
    body = json.loads(out.read_text("utf-8"))
    assert body["type"] == "FeatureCollection" and body["features"]
    expected = {r["cluster"] for r in _events_json(db)}
    left_out = len(expected) - len(body["features"])
    assert f"{len(body['features'])} canonical events written" in said
    assert f"{left_out} without coordinates left out" in said
    for feature in body["features"]:
        assert feature["type"] == "Feature" and feature["id"] in expected
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        props = feature["properties"]
        assert props["cluster"] == feature["id"] and "lat" not in props and "lon" not in props
        assert isinstance(props["nationalities"], list)
        json.dumps(props)  # plain JSON values only


def test_geojson_of_mentions_has_their_coordinates(db: Path, tmp_path: Path, store: Store) -> None:
    out = tmp_path / "mentions.geojson"
    wf(db, "export", "--mentions", "--format", "geojson", "-o", str(out), "--admin1", "Gaziantep")
    features = json.loads(out.read_text("utf-8"))["features"]
    mentions = store.frame("mentions", admin1="Gaziantep")
    located = mentions[mentions["lat"].notna()]
    assert len(features) == len(located) > 0
    assert sorted(f["id"] for f in features) == sorted(located["id"].tolist())
    assert all(f["properties"]["admin1"] == "Gaziantep" for f in features)


MENTION_FILTERS: list[tuple[tuple[str, ...], Any]] = [
    (("--type", "DEPORT"), lambda r: r["type"] == "DEPORT"),
    (("--type", "ARREST", "--type", "CHARGE"), lambda r: r["type"] in ("ARREST", "CHARGE")),
    (("--country", "RUS"), lambda r: r["country"] == "RUS"),
    (("--nationality", "TJK"), lambda r: "TJK" in r["nationalities"].split()),
    (("--since", "2016-01-01"), lambda r: r["date"] >= "2016-01-01"),
    (("--until", "2015-06-30"), lambda r: r["date"] and r["date"] <= "2015-06-30"),
    (("--about", "migration"), lambda r: r["about"] == "migration"),
    (("--admin1", "Hatay"), lambda r: r["admin1"] == "Hatay"),
    (("--agent", "JUD"), lambda r: r["agent_sector"] == "JUD"),
    (("--source", "Frontier Courier"), lambda r: r["source"] == "Frontier Courier"),
    (("--modality", "asserted"), lambda r: r["modality"] == "asserted"),
    (("--text", "Gaziantep"), lambda r: "gaziantep" in (r["evidence"] + r["location_text"] + r["agent"]).lower()),
]


@pytest.mark.parametrize("filters, holds", MENTION_FILTERS, ids=lambda f: " ".join(f) if isinstance(f, tuple) else "")
def test_each_filter_is_honoured_on_mentions(db: Path, tmp_path: Path, filters: tuple[str, ...], holds: Any) -> None:
    everything = list(csv.DictReader(io.StringIO(wf(db, "export", "--mentions", "--format", "csv", "-o", "-"))))
    out = tmp_path / "m.csv"
    wf(db, "export", "--mentions", "--format", "csv", "-o", str(out), *filters)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows, f"the examples have mentions for {filters}"
    assert all(holds(r) for r in rows), filters
    assert len(rows) == sum(1 for r in everything if holds(r)), "and every mention that matches is there"


@pytest.mark.parametrize("filters", [("--admin1", "Gaziantep"), ("--source", "Frontier Courier"), ("--agent", "POL"),
                                     ("--text", "Elbeyli"), ("--modality", "asserted")])  # fmt: skip
def test_mention_filters_select_canonical_events_with_a_matching_mention(
    db: Path, store: Store, filters: tuple[str, str]
) -> None:
    name, value = filters[0].removeprefix("--"), filters[1]
    mentions = store.frame("mentions", **{name: value})
    events = store.frame("events", **{name: value})
    assert len(events) > 0
    assert set(events["cluster"]) == set(mentions["cluster"])


def test_claims_export_and_filters(db: Path, tmp_path: Path, store: Store) -> None:
    out = tmp_path / "claims.parquet"
    said = wf(db, "export", "--claims", "--format", "parquet", "-o", str(out))
    claims = pd.read_parquet(out)
    assert len(claims) > 0 and said.startswith(f"{len(claims)} claims written")
    assert {"topic", "stance", "speaker", "speaker_kind", "evidence"} <= set(claims.columns)
    stance = claims["stance"].iloc[0]
    topic = claims["topic"].iloc[0]
    speaker = claims["speaker_kind"].iloc[0]
    source = claims["source"].iloc[0]
    for option, value, column in (("--stance", stance, "stance"), ("--topic", topic, "topic"),
                                  ("--speaker", speaker, "speaker_kind"), ("--source", source, "source")):  # fmt: skip
        wf(db, "export", "--claims", "--format", "jsonl", "-o", str(tmp_path / "c.jsonl"), option, value)
        lines = [json.loads(line) for line in (tmp_path / "c.jsonl").read_text("utf-8").splitlines()]
        assert lines and len(lines) == int((claims[column] == value).sum()), option
    since = claims["date"].dropna().min()
    wf(db, "export", "--claims", "--format", "csv", "-o", str(tmp_path / "c.csv"), "--since", since.isoformat())
    dated = list(csv.DictReader((tmp_path / "c.csv").open(encoding="utf-8")))
    assert dated and all(r["date"] >= since.isoformat() for r in dated)


def test_bad_output_paths_are_clear_errors(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    missing = tmp_path / "no-such-dir" / "events.csv"
    result = runner.invoke(main, ["--db", str(db), "export", "--format", "csv", "-o", str(missing)])
    assert result.exit_code != 0 and isinstance(result.exception, InputError)
    assert str(result.exception) == f"{missing}: directory {missing.parent} does not exist"
    result = runner.invoke(main, ["--db", str(db), "export", "--format", "csv", "-o", str(tmp_path)])
    assert isinstance(result.exception, InputError) and "is a directory" in str(result.exception)
    assert not missing.parent.exists()


def test_failed_export_keeps_the_previous_file(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.geojson"
    out.write_text("previous")
    result = CliRunner().invoke(main, ["--db", str(db), "export", "--claims", "--format", "geojson", "-o", str(out)])
    assert isinstance(result.exception, InputError) and "claims can be exported as csv, jsonl, parquet" in str(
        result.exception
    )
    assert out.read_text() == "previous" and [p.name for p in tmp_path.iterdir()] == ["claims.geojson"]


def test_filters_of_another_kind_are_refused(db: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(db), "export", "--format", "csv", "-o", "-", "--topic", "x"])
    assert result.exit_code == 2 and "--topic applies to --claims only" in result.output
    result = CliRunner().invoke(main, ["--db", str(db), "export", "--claims", "--format", "csv", "-o", "-",
                                       "--country", "TUR"])  # fmt: skip
    assert result.exit_code == 2 and "--country applies to events and --mentions only" in result.output
    result = CliRunner().invoke(main, ["--db", str(db), "export", "--format", "csv", "-o", "-", "--type", "RIOT"])
    assert isinstance(result.exception, InputError) and str(result.exception).startswith("RIOT: not an event type")


def test_csv_cells_are_safe_in_spreadsheets(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "wf.db"
    shutil.copy(db, copy)
    with watchfloor.open(copy) as store:
        event_id = int(store.frame("mentions", country="TUR")["id"].iloc[0])
        store.review_event(event_id, "edit", user="t", field="attribution", value="=HYPERLINK(\"http://x.invalid\")")
        recluster(store)  # as the web app does after an edit: the canonical event takes it too
    assert any(e["attribution"] == "=HYPERLINK(\"http://x.invalid\")" for e in _events_json(copy))
    for args in (("--mentions", "--format", "csv"), ("--format", "csv"), ("--format", "acled")):
        out = tmp_path / "out.csv"
        wf(copy, "export", *args, "-o", str(out))
        cells = [cell for row in csv.reader(out.open(encoding="utf-8")) for cell in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "@") or (c[:1] == "-" and not _number(c))], args
    events_csv = [cell for row in csv.reader(io.StringIO(wf(copy, "events", "--format", "csv"))) for cell in row]
    assert not [c for c in events_csv if c[:1] in ("=", "+", "@")], "watchfloor events --format csv too"
    mentions = list(csv.DictReader(io.StringIO(wf(copy, "export", "--mentions", "--format", "csv", "-o", "-"))))
    assert "'=HYPERLINK(\"http://x.invalid\")" in [r["attribution"] for r in mentions]


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_frames_are_typed(store: Store) -> None:
    events = store.frame("events")
    assert str(events["date"].dtype).startswith("datetime64")
    assert str(events["total"].dtype) == "Int64" and str(events["n_sources"].dtype) == "Int64"
    assert str(events["type"].dtype) == "string" and events["lat"].dtype == "float64"
    assert isinstance(events["nationalities"].iloc[0], list)
    assert events["total"].isna().any()  # unknown counts stay <NA>, not 0 and not floats
    mentions = store.frame("mentions", type="arrest", country="tur", since="2015-06-01")
    assert len(mentions) > 0 and set(mentions["type"]) == {"ARREST"} and set(mentions["country"]) == {"TUR"}
    assert (mentions["date"] >= pd.Timestamp("2015-06-01")).all()
    claims = store.frame("claims")
    assert str(claims["date"].dtype).startswith("datetime64") and str(claims["id"].dtype) == "Int64"
    documents = store.frame("documents", language="ru")
    assert len(documents) > 0 and set(documents["language"]) == {"ru"}
    assert str(documents["published"].dtype).startswith("datetime64") and str(documents["n_events"].dtype) == "Int64"


def test_frame_matches_the_parquet_export(db: Path, tmp_path: Path, store: Store) -> None:
    out = tmp_path / "m.parquet"
    wf(db, "export", "--mentions", "--format", "parquet", "-o", str(out), "--nationality", "RUS")
    exported = pd.read_parquet(out)
    frame = store.frame("mentions", nationality="rus")
    assert list(frame.columns) == list(exported.columns)
    assert frame["id"].tolist() == exported["id"].tolist()


def test_frame_refuses_unknown_filters_and_kinds(store: Store) -> None:
    with pytest.raises(InputError, match="topic: not a filter of events"):
        store.frame("events", topic="x")
    with pytest.raises(InputError, match="kind must be one of events, mentions, claims, documents"):
        store.frame("posts")
    with pytest.raises(InputError, match="since: 'yesterday' is not a date"):
        store.frame("events", since="yesterday")


def test_empty_exports_keep_their_columns(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "none.parquet"
    said = wf(db, "export", "--format", "parquet", "-o", str(out), "--since", "2030-01-01")
    assert said.startswith("0 canonical events written")
    frame = pd.read_parquet(out)
    assert frame.empty and "cluster" in frame.columns and "nationalities" in frame.columns


def test_the_example_notebook_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """docs/notebook.py, top to bottom, as a reader would run it (without matplotlib: a text chart)."""
    import runpy

    runpy.run_path(str(ROOT / "docs" / "notebook.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert re.search(r"^\d+ documents, \d+ events extracted, 0 failed$", out, re.M)
    assert "one letter an event:" in out or "matplotlib" in out
    assert "canonical events written to" in out and "event_type" in out


def _readme_section() -> str:
    text = (ROOT / "README.md").read_text("utf-8")
    return text[text.index("## Exports and notebooks") : text.index("## Web app and REST API")]


def test_the_readme_export_commands_run(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every `watchfloor export` line of the README's section runs on examples/ as written."""
    import shlex

    monkeypatch.chdir(tmp_path)
    commands = [line.split("#")[0].split("|")[0].strip() for line in _readme_section().splitlines()
                if line.startswith("watchfloor export")]  # fmt: skip
    assert len(commands) >= 5
    for command in commands:
        said = wf(db, *shlex.split(command)[1:])
        output = shlex.split(command)[shlex.split(command).index("-o") + 1]
        assert output == "-" or (tmp_path / output).stat().st_size > 0, command
        assert output == "-" or re.match(r"\d+ (canonical events|event mentions|claims) written to ", said), said


def test_the_readme_notebook_snippet_runs(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    section = _readme_section()
    code = section[section.index("```python") + len("```python") :]
    code = code[: code.index("```")]
    shutil.copy(db, tmp_path / "watchfloor.db")
    monkeypatch.chdir(tmp_path)
    scope: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), scope)  # noqa: S102 - the README's own example
    assert len(scope["arrests"]) > 0 and len(scope["claims"]) > 0
    scope["store"].close()
