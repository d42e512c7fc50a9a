"""Extraction spread over processes stores exactly what one process stores: `ingest --workers 2`
and `ingest --dask local` (canonical events aside, see without_clusters) against `--workers 1`, on English and Russian texts with broken and
over-limit inputs among them; reruns add nothing; a killed ingest leaves no worker behind."""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from watchfloor.cli import main
from watchfloor.errors import FetchError, OverLimit, WatchfloorError

CITIES = ["Kilis", "Gaziantep", "Hatay", "Adana", "Mersin"]
NATIONALITIES = ["Syrian", "Uzbek", "Afghan", "Iraqi"]
RU_CITIES = ["Москве", "Казани", "Самаре", "Томске"]
RU_NATIONALITIES = ["Узбекистана", "Таджикистана", "Киргизии"]
N_ENGLISH, N_RUSSIAN = 48, 16
MAX_CHARS = 4_000


def write_corpus(folder: Path) -> Path:
    """More documents than one batch (so the worker pool starts), in two languages, with an input
    that cannot be read and one over --max-chars (a failure raised in a worker)."""
    folder.mkdir()
    for n in range(N_ENGLISH):
        text = (
            f"Police in {CITIES[n % 5]} detained {n % 7 + 2} {NATIONALITIES[n % 4]} nationals on Monday as they "
            f"tried to cross into Syria, the governor's office said in statement {n}.\n"
        )
        (folder / f"en-{n:03d}.txt").write_text(text, encoding="utf-8")
    for n in range(N_RUSSIAN):
        text = (
            f"В {RU_CITIES[n % 4]} задержали {n % 5 + 2} граждан {RU_NATIONALITIES[n % 3]}, подозреваемых в "
            f"подготовке теракта, сообщили в ФСБ в сообщении номер {n}.\n"
        )
        (folder / f"ru-{n:03d}.txt").write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01 not text")
    long = " ".join(f"Police in Kilis detained {n} Syrians on Monday." for n in range(200))
    (folder / "long.txt").write_text(long, encoding="utf-8")
    return folder


def ingest(db: str, corpus: Path, *extra: str) -> str:
    args = ["--db", db, "ingest", str(corpus), "--quiet", "--published", "2015-04-09", "--max-chars", str(MAX_CHARS)]
    result = CliRunner().invoke(main, [*args, *extra])
    assert result.exit_code == 0, result.output
    return result.output


def snapshot(db: str) -> dict[str, Any]:
    """Every stored row that says what was extracted, keyed by content, not by row ids (a Dask
    run stores documents in the order its workers finish)."""
    url = db if "://" in db else f"sqlite:///{db}"
    engine = sa.create_engine(url)
    doc = "(SELECT content_hash FROM documents d WHERE d.id = {}.document_id)"
    try:
        with engine.connect() as conn:

            def rows(query: str) -> list[tuple[Any, ...]]:
                return sorted((tuple(map(_plain, row)) for row in conn.exec_driver_sql(query)), key=str)

            return {
                "documents": rows("SELECT content_hash, doc_id, source, language, published, title, origin, meta, "
                                  "source_key FROM documents"),
                "events": rows(f"SELECT {doc.format('e')}, local_id, type, date, date_precision, country, place, "
                               "location_text, lat, lon, total, killed, wounded, destination, agent_text, modality, "
                               "about, data FROM events e"),
                "targets": rows(f"SELECT {doc.format('e')}, e.local_id, t.position, t.count, t.nationality, t.text "
                                "FROM targets t JOIN events e ON e.id = t.event_id"),
                "claims": rows(f"SELECT {doc.format('c')}, local_id, speaker_text, topic, stance, data FROM claims c"),
                "aggregates": rows(f"SELECT {doc.format('a')}, local_id, type, total, data FROM aggregates a"),
                "failures": rows("SELECT input, stage, reason, attempts FROM failures"),
                "clusters": rows("SELECT type, country, date, n_mentions, n_sources FROM clusters"),
                "unclustered": rows("SELECT count(*) FROM events WHERE cluster_id IS NULL"),
            }  # fmt: skip
    finally:
        engine.dispose()


def _plain(value: Any) -> str:
    """A value as text, alike on both backends (SQLite hands JSON columns back as text)."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return str(value)


def without_clusters(stored: dict[str, Any]) -> dict[str, Any]:
    """A Dask run's rows compared with one process's: its documents are stored in the order tasks
    finish, and merging follows storing order (merge/cluster.py), so where a report could join
    either of two canonical events the choice may differ; every event is still merged once."""
    mentions = sum(int(row[3]) for row in stored["clusters"])
    return {**{k: v for k, v in stored.items() if k != "clusters"}, "mentions": mentions}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("scale") / "corpus")


@pytest.fixture(scope="module")
def one_worker(corpus: Path) -> dict[str, Any]:
    db = str(corpus.parent / "one.sqlite")
    output = ingest(db, corpus, "--workers", "1")
    assert f"{N_ENGLISH + N_RUSSIAN} new, 0 unchanged, 2 failed" in output
    stored = snapshot(db)
    reasons = {Path(row[0]).name: row[2] for row in stored["failures"]}
    assert reasons["broken.txt"] == "binary file, not text"
    assert reasons["long.txt"].startswith("text of 9,") and "over the limit of 4,000" in reasons["long.txt"]
    assert len(stored["events"]) >= N_ENGLISH  # the texts are not empty of events
    assert any(row[3] == "ru" for row in stored["documents"])
    return stored


@pytest.mark.slow
def test_two_workers_store_what_one_stores(corpus: Path, one_worker: dict[str, Any], tmp_path: Path) -> None:
    db = str(tmp_path / "two.sqlite")
    first = ingest(db, corpus, "--workers", "2")
    assert f"{N_ENGLISH + N_RUSSIAN} new, 0 unchanged, 2 failed" in first
    assert snapshot(db) == one_worker
    again = ingest(db, corpus, "--workers", "2")
    assert f"0 new, {N_ENGLISH + N_RUSSIAN} unchanged, 2 failed" in again
    stored = snapshot(db)
    assert {row[0]: row[3] for row in stored["failures"]} == {row[0]: "2" for row in one_worker["failures"]}
    assert {k: v for k, v in stored.items() if k != "failures"} == {k: v for k, v in one_worker.items() if k != "failures"}


@pytest.mark.slow
def test_dask_local_stores_what_one_worker_stores(corpus: Path, one_worker: dict[str, Any], tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    db = str(tmp_path / "dask.sqlite")
    first = ingest(db, corpus, "--dask", "local", "--workers", "2")
    assert f"{N_ENGLISH + N_RUSSIAN} new, 0 unchanged, 2 failed" in first
    assert without_clusters(snapshot(db)) == without_clusters(one_worker)
    again = ingest(db, corpus, "--dask", "local", "--workers", "2")
    assert f"0 new, {N_ENGLISH + N_RUSSIAN} unchanged, 2 failed" in again
    assert snapshot(db)["documents"] == one_worker["documents"]


def test_dask_refuses_a_sqlite_file_for_remote_workers(tmp_path: Path) -> None:
    db = str(tmp_path / "wf.sqlite")
    result = CliRunner().invoke(main, ["--db", db, "ingest", str(tmp_path), "--dask", "tcp://10.0.0.5:8786"])
    assert result.exit_code != 0
    assert isinstance(result.exception, WatchfloorError)
    assert "a SQLite file serves only --dask local" in str(result.exception)
    assert "postgresql" in str(result.exception)


def test_errors_cross_processes_with_their_reason_and_input() -> None:
    for error in (OverLimit("text of 9 characters is over the limit", input="a.txt"), FetchError("HTTP 500")):
        back = pickle.loads(pickle.dumps(error))
        assert (type(back), back.reason, back.input, str(back)) == (type(error), error.reason, error.input, str(error))


@pytest.mark.slow
def test_killed_ingest_leaves_no_worker_and_a_rerun_completes(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    from test_crash import N_DOCS, stored
    from test_crash import snapshot as crash_snapshot
    from test_crash import write_corpus as crash_corpus

    corpus = crash_corpus(tmp_path / "corpus")
    db = tmp_path / "killed.sqlite"
    command = [sys.executable, "-m", "watchfloor", "--db", str(db), "ingest", str(corpus), "--quiet",
               "--published", "2015-04-09", "--workers", "2"]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while stored(db) < 40:
        assert process.poll() is None, process.communicate()[1].decode()[-2000:]
        assert time.monotonic() < deadline, "the ingest stored too little in four minutes"
        time.sleep(0.05)
    workers = psutil.Process(process.pid).children(recursive=True)
    assert len(workers) >= 2  # the forkserver and the workers
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    gone, alive = psutil.wait_procs(workers, timeout=15)
    assert alive == [], f"worker processes outlived the killed ingest: {alive}"

    rerun = subprocess.run(command, capture_output=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr.decode()[-2000:]
    after = crash_snapshot(db)  # test_crash compares a killed and rerun store with a clean one
    assert len(after["documents"]) == N_DOCS and after["orphans"] == 0  # type: ignore[arg-type]


@pytest.mark.slow
def test_dask_local_into_postgresql(corpus: Path, one_worker: dict[str, Any]) -> None:
    """Workers writing at once to a server: the rows are those of one process, a rerun adds nothing."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from conftest import postgres_url

    url = postgres_url()
    first = ingest(url, corpus, "--dask", "local", "--workers", "2")
    assert f"{N_ENGLISH + N_RUSSIAN} new, 0 unchanged, 2 failed" in first
    assert without_clusters(snapshot(url)) == without_clusters(one_worker)
    again = ingest(url, corpus, "--dask", "local", "--workers", "2")
    assert f"0 new, {N_ENGLISH + N_RUSSIAN} unchanged, 2 failed" in again


def test_a_zombie_parent_counts_as_gone() -> None:
    """A main process that ended but was not yet reaped (a harness that has not waited for it) still
    answers signal 0; its workers must not wait on it."""
    from watchfloor.workers import _alive

    child = subprocess.Popen(["true"])
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _state(child.pid) != "Z":
            time.sleep(0.02)  # ended, not reaped: a zombie
        assert _state(child.pid) == "Z"
        assert not _alive(child.pid)
    finally:
        child.wait()
    assert _alive(os.getpid())


def _state(pid: int) -> str:
    with open(f"/proc/{pid}/stat", "rb") as f:
        return f.read().rsplit(b")", 1)[1].split()[0].decode()


def _blas_threads() -> list[int]:
    """In a worker: the threads of each BLAS library loaded (numpy's at least)."""
    import numpy  # noqa: F401  # loads OpenBLAS, as the models do
    from threadpoolctl import threadpool_info

    return [lib["num_threads"] for lib in threadpool_info() if lib.get("user_api") == "blas"]


def test_each_worker_runs_one_blas_thread() -> None:
    """Two workers on two cores: a BLAS thread pool per core in each would contend (issue 16)."""
    from watchfloor.limits import Limits
    from watchfloor.workers import WorkerPool

    pool = WorkerPool(2, Limits())
    try:
        threads = pool._executor.submit(_blas_threads).result(timeout=120)
    finally:
        pool.close()
    assert threads and all(n == 1 for n in threads)
