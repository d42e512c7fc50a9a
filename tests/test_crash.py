"""Nothing lost, nothing doubled: a real `watchfloor ingest` killed with SIGKILL mid-batch, then run
again, ends with exactly what a clean run stores; failures are kept and can be retried."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _site import Reply, Site, site_fixture  # noqa: F401 (the `site` fixture)
from click.testing import CliRunner

from watchfloor.cli import main
from watchfloor.store import Store

N_DOCS = 160
KILL_AFTER = 30  # documents stored before the kill

CITIES = ["Kilis", "Gaziantep", "Hatay", "Şanlıurfa", "Istanbul", "Adana"]
NATIONALITIES = ["Russian", "Uzbek", "Tajik", "Syrian", "Chinese", "German"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def write_corpus(folder: Path) -> Path:
    folder.mkdir()
    for n in range(N_DOCS):
        city, nationality, day = CITIES[n % 6], NATIONALITIES[n // 6 % 6], DAYS[n % 5]
        text = (
            f"Police in {city} detained {n % 9 + 2} {nationality} nationals on {day} as they tried to "
            f"cross into Syria, officials said in report {n}.\n"
        )
        (folder / f"report-{n:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def ingest(db: Path, corpus: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "watchfloor", "--db", str(db), "ingest", str(corpus), "--quiet", "--published", "2015-04-09"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def snapshot(db: Path) -> dict[str, object]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        per_document = conn.execute(
            "SELECT d.content_hash, (SELECT count(*) FROM events e WHERE e.document_id = d.id),"
            " (SELECT count(*) FROM claims c WHERE c.document_id = d.id) FROM documents d ORDER BY d.content_hash"
        ).fetchall()
        orphans = conn.execute(
            "SELECT count(*) FROM events WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
    return {"documents": per_document, "orphans": orphans}


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun_matches_a_clean_run(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    crashed, clean = tmp_path / "crashed.sqlite", tmp_path / "clean.sqlite"

    process = ingest(crashed, corpus)
    deadline = time.monotonic() + 240
    while stored(crashed) < KILL_AFTER:
        assert process.poll() is None, process.communicate()[1].decode()[-2000:]
        assert time.monotonic() < deadline, "the ingest stored too little in four minutes"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    at_kill = stored(crashed)
    assert KILL_AFTER <= at_kill < N_DOCS, "killed too late to test anything"

    rerun = ingest(crashed, corpus)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()[-2000:]
    new, unchanged = (int(word) for word in out.decode().split()[0:3:2])
    assert new + unchanged == N_DOCS and unchanged >= at_kill

    reference = ingest(clean, corpus)
    reference.communicate(timeout=600)
    assert reference.returncode == 0
    assert snapshot(crashed) == snapshot(clean)
    assert len(snapshot(clean)["documents"]) == N_DOCS  # type: ignore[arg-type]


def test_failures_are_kept_and_retried(tmp_path: Path, site: Site) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    export = folder / "result.json"
    good = {"name": "Border Notes", "type": "public_channel", "id": 9, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "1428400800", "text": "Two Russians were detained in Kilis on Monday."},
    ]}  # fmt: skip
    export.write_text(json.dumps(good)[:60], encoding="utf-8")  # truncated while copying
    page = site.url("/news/late")
    db = str(tmp_path / "wf.sqlite")
    runner = CliRunner(env={"WATCHFLOOR_ALLOW_PRIVATE": "1", "WATCHFLOOR_HOST_DELAY": "0"})

    first = runner.invoke(main, ["--db", db, "ingest", str(folder), page])
    assert first.exit_code == 0, first.output
    assert "0 new, 0 unchanged, 2 failed" in first.output
    listed = runner.invoke(main, ["--db", db, "failures", "--format", "json"])
    reasons = {row["input"]: row["reason"] for row in json.loads(listed.output)}
    assert reasons.keys() == {str(export), page}
    assert reasons[str(export)].startswith("malformed JSON at line 1, column 61")
    assert reasons[page] == "HTTP 404 Not Found"

    still = runner.invoke(main, ["--db", db, "failures", "--retry"])
    assert "0 failures cleared, 2 still failing" in still.output
    with Store.open(db) as store:
        assert [row.attempts for row in store.failures()] == [2, 2]

    export.write_text(json.dumps(good), encoding="utf-8")
    site.add("/news/late", Reply(body=(
        b"<html><body><article><h1>Four held</h1><p>Police detained four Uzbeks near Hatay on Friday"
        b" as they tried to cross the border, the governor said.</p></article></body></html>"
    )))  # fmt: skip
    retried = runner.invoke(main, ["--db", db, "failures", "--retry"])
    assert retried.exit_code == 0, retried.output
    assert "2 new, 0 unchanged, 0 failed" in retried.output
    assert "2 failures cleared, 0 still failing" in retried.output
    with Store.open(db) as store:
        assert store.failures() == []
        assert store.counts()["documents"] == 2
