"""The `watchfloor` command end to end: real SQLite files, the real models, the sample corpus."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import shared_data

from watchfloor.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def wf(db: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def counts(db: Path) -> tuple[int, int]:
    docs = json.loads(wf(db, "documents", "--format", "json"))
    events = json.loads(wf(db, "events", "--format", "json"))
    return len(docs), len(events)


def test_ingest_twice_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "wf.db"
    out = wf(db, "ingest", "-q", str(EXAMPLES))
    assert "0 failed" in out
    first = counts(db)
    assert first[0] >= 12 and first[1] > 0
    out = wf(db, "ingest", "-q", str(EXAMPLES))
    assert out.startswith("0 new")
    assert counts(db) == first


def test_events_filters_and_formats(tmp_path: Path) -> None:
    db = tmp_path / "wf.db"
    wf(db, "ingest", "-q", str(EXAMPLES))
    events = json.loads(wf(db, "events", "--format", "json", "--type", "ARREST", "--country", "tur"))
    assert events and all(e["type"] == "ARREST" and e["location"]["country"] == "TUR" for e in events)
    rus = json.loads(wf(db, "events", "--format", "json", "--nationality", "RUS"))
    assert rus and all(any(t["nationality"] == "RUS" for t in e["targets"]) for e in rus)
    since = json.loads(wf(db, "events", "--format", "json", "--since", "2016-01-01"))
    assert since and all(e["date"] >= "2016-01-01" for e in since)
    csv_out = wf(db, "events", "--format", "csv")
    assert csv_out.splitlines()[0].startswith("cluster,type,date")
    table = wf(db, "events")
    assert "evidence" in table.splitlines()[0]


def test_events_about_filter_and_column(tmp_path: Path) -> None:
    db = tmp_path / "wf.db"
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "is.txt").write_text("Police in Kilis detained four Islamic State suspects from Russia on Monday.")
    (batch / "drugs.txt").write_text("Police in Izmir detained three Turkish nationals with 40 kilograms of heroin on Monday.")
    (batch / "migrants.txt").write_text("Gendarmes in Edirne caught 23 irregular migrants from Afghanistan on Monday.")
    wf(db, "ingest", "-q", "--published", "2015-04-09", str(batch))
    everything = json.loads(wf(db, "events", "--format", "json"))
    assert {e["about"] for e in everything} == {"terrorism", "crime", "migration"}
    terrorism = json.loads(wf(db, "events", "--format", "json", "--about", "terrorism"))
    assert len(terrorism) == 1 and terrorism[0]["about"] == "terrorism" and "Islamic State" in terrorism[0]["evidence"]
    assert json.loads(wf(db, "events", "--format", "json", "--about", "armed_conflict")) == []
    mentions = json.loads(wf(db, "events", "--format", "json", "--about", "crime", "--mentions"))
    assert [m["about"] for m in mentions[0]["mentions"]] == ["crime"]
    csv_out = wf(db, "events", "--format", "csv", "--about", "migration")
    header, row = csv_out.splitlines()[:2]
    assert "about" in header.split(",") and "migration" in row.split(",")
    table = wf(db, "events", "--about", "migration")
    assert "about" in table.splitlines()[0] and "migration" in table


def test_bad_inputs_are_reported_and_the_rest_is_ingested(tmp_path: Path) -> None:
    db = tmp_path / "wf.db"
    wf(db, "ingest", "-q", str(EXAMPLES / "frontiercourier-20150406-oguzeli-russians.txt"))
    before = counts(db)
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "empty.txt").write_text("")
    (batch / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (batch / "latin.txt").write_bytes(b"Caf\xe9 cr\xe8me in M\xfcnchen \xc3")
    (batch / "broken.txt").write_text("Police detained two Belgians in Kilis on Monday.")
    (batch / "broken.json").write_text('{"doc_id": "broken", ')
    (batch / "good.txt").write_text("Police in Hatay detained four Moroccan nationals on Monday.")
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", "--published", "2015-04-09", str(batch)])
    assert result.exit_code == 0, result.output
    assert "1 new" in result.output and "4 failed" in result.output
    for name in ("empty.txt", "binary.txt", "latin.txt", "broken.json"):
        assert name in result.output
    failures = json.loads(wf(db, "failures", "--format", "json"))
    assert len(failures) == 4 and all(f["reason"] for f in failures)
    docs, events = counts(db)
    assert docs == before[0] + 1 and events > before[1]


def test_extract_prints_gold_fields(tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text("Police in Kilis detained three Russians on Monday, the governor's office said.")
    out = wf(tmp_path / "unused.db", "extract", str(text), "--published", "2015-04-09", "--lang", "en")
    data = json.loads(out)
    assert set(data) == {"events", "aggregates", "claims"}
    (event,) = data["events"]
    assert event["type"] == "ARREST" and event["total"] == 3 and event["date"] == "2015-04-06"
    assert event["targets"][0]["nationality"] == "RUS"
    assert not (tmp_path / "unused.db").exists()  # extract stores nothing


def test_missing_input_is_one_clear_line(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "watchfloor", "--db", str(tmp_path / "x.db"), "eval", str(tmp_path)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("error: ") and str(tmp_path) in proc.stderr
    assert "Traceback" not in proc.stderr


def test_eval_on_the_seed(tmp_path: Path) -> None:
    seed = shared_data("seed")
    out = wf(tmp_path / "x.db", "eval", str(seed), "--predictions", str(tmp_path / "pred"))
    assert "strict event F1: 1.000" in out
    assert "claims              1.000  1.000  1.000    2   0   0" in out
    assert "aggregates counted as events: 0 of 1" in out
    clusters = json.loads((tmp_path / "pred" / "_clusters.json").read_text())
    assert len(clusters) == 5 and all(c["mentions"][0]["doc_id"] for c in clusters)
    pred = json.loads((tmp_path / "pred" / "rferl-border-still-open.json").read_text())
    assert len(pred["events"]) == 5 and len(pred["aggregates"]) == 1


def test_eval_never_reads_the_answers(tmp_path: Path) -> None:
    """Predictions depend on the text and metadata only: blank the answers, get the same output."""
    seed = shared_data("seed")
    blind = tmp_path / "blind"
    blind.mkdir()
    for path in seed.glob("*.txt"):
        shutil.copy(path, blind / path.name)
        meta = json.loads(path.with_suffix(".json").read_text())
        keep = {k: meta[k] for k in ("doc_id", "language", "published", "source")}
        (blind / path.with_suffix(".json").name).write_text(json.dumps(keep))
    wf(tmp_path / "x.db", "eval", str(seed), "--predictions", str(tmp_path / "a"))
    wf(tmp_path / "x.db", "eval", str(blind), "--predictions", str(tmp_path / "b"))
    for path in (tmp_path / "a").glob("*.json"):
        assert path.read_text() == (tmp_path / "b" / path.name).read_text()


def test_place_shows_candidates_and_reason(tmp_path: Path) -> None:
    out = json.loads(wf(tmp_path / "x.db", "place", "Elbeyli", "--context", "Kilis", "--format", "json"))
    assert out["chosen"]["country"] == "TUR" and out["chosen"]["admin1"] == "Kilis"
    assert out["reason"] and len(out["candidates"]) >= 1
    text = wf(tmp_path / "x.db", "place", "Газиантеп")
    assert "Gaziantep" in text and "TUR" in text and "why:" in text


@pytest.mark.parametrize("verb", ["ingest", "events", "extract", "eval", "documents", "failures", "place"])
def test_every_verb_has_help_and_a_readme_mention(verb: str) -> None:
    result = CliRunner().invoke(main, [verb, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
    assert f"watchfloor {verb}" in (ROOT / "README.md").read_text()
