"""Throughput of `watchfloor ingest` on every core and on Dask, against bare spaCy / natasha.

    .venv/bin/python bench/bench_workers.py [--docs 400] [--modes w1,w2,dask1,dask2]

The texts are real-size news articles, half English, half Russian: WikiEvents (English) and
NEREL (Russian) from ../shared/data/external when present (or $WATCHFLOOR_SHARED_DATA), else
generated ones of the same length from bench/corpus.py and bench/bench_russian.py. They are
written as .txt files, the two languages interleaved, and ingested into a fresh SQLite store by
a real `watchfloor ingest` per mode:

    w1     --workers 1 (one process, as before workers existed)
    w2     --workers 2
    dask1  --dask local --workers 1
    dask2  --dask local --workers 2

For each: wall time; CPU seconds per document (all processes: the cost that does not depend on
the machine's load); docs/s once running, from the end of the first round of batches (a batch of
32 per extracting process, which carries the loading of its models) to the last document stored;
peak RSS of every process of the run (the workers each load both languages), and the ratio to bare spaCy `en_core_web_sm` on the
English texts plus bare natasha (segment, morph, NER) on the Russian ones, in one process. Also
the peak RSS of one process that has extracted from one English and one Russian document: what a
worker costs with both languages loaded. Figures vary with the machine; the ratios are the point.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

MODES = {
    "w1": ["--workers", "1"],
    "w2": ["--workers", "2"],
    "dask1": ["--dask", "local", "--workers", "1"],
    "dask2": ["--dask", "local", "--workers", "2"],
}


PROCESSES = {"w1": 1, "w2": 2, "dask1": 1, "dask2": 2}  # extracting processes per mode
BATCH = 32  # watchfloor.pipeline.BATCH_SIZE: the unit of work of a worker


def shared_data() -> Path:
    if "WATCHFLOOR_SHARED_DATA" in os.environ:
        return Path(os.environ["WATCHFLOOR_SHARED_DATA"])
    for parent in BENCH.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return BENCH.parents[1] / "shared" / "data"


def real_texts() -> tuple[list[str], list[str], str]:
    """English and Russian article texts, and where they come from."""
    external = shared_data() / "external"
    english: list[str] = []
    for name in ("dev.jsonl", "train.jsonl"):
        path = external / "wikievents" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                english.append(record.get("text") or " ".join(record["tokens"]))
    russian = [p.read_text(encoding="utf-8") for sub in ("dev", "train")
               for p in sorted((external / "nerel" / sub).glob("*.txt"))]  # fmt: skip
    if english and russian:
        return english, russian, f"WikiEvents and NEREL from {external}"
    from bench_russian import make_texts
    from corpus import generate

    sentences = [t for t, _ in generate(4000)]
    english = [" ".join(sentences[i : i + 20]) for i in range(0, len(sentences), 20)]  # ~3,000 characters
    russian = [" ".join(make_texts(5, seed)) for seed in range(200)]
    return english, russian, "generated texts (no ../shared/data)"


def corpus(n: int) -> tuple[list[tuple[str, str]], str]:
    """`n` documents, alternately English and Russian, each text distinct (a repeat is marked)."""
    english, russian, origin = real_texts()
    docs = []
    for i in range(n):
        pool = english if i % 2 == 0 else russian
        text = pool[(i // 2) % len(pool)]
        if i // 2 >= len(pool):
            text += f"\n\n({i // 2 // len(pool) + 1})"  # a repeat: new text, the same work
        docs.append(("en" if i % 2 == 0 else "ru", text))
    return docs, origin


# -- sides, each in its own process ---------------------------------------------------------------


def bare(n: int) -> dict[str, float]:
    import spacy
    from natasha import Doc

    from watchfloor.nlp.english import MODEL_NAME
    from watchfloor.nlp.russian import load_russian

    docs, _ = corpus(n)
    english = [t for lang, t in docs if lang == "en"]
    russian = [t for lang, t in docs if lang == "ru"]
    nlp = spacy.load(MODEL_NAME)
    models = load_russian()

    def natasha(texts: list[str]) -> None:
        for text in texts:
            doc = Doc(text)
            doc.segment(models.segmenter)
            doc.tag_morph(models.morph)
            doc.tag_ner(models.ner)

    list(nlp.pipe(english[:10]))  # warm-up
    natasha(russian[:10])
    start = time.perf_counter()
    for _ in nlp.pipe(english, batch_size=32):
        pass
    english_s = time.perf_counter() - start
    start = time.perf_counter()
    natasha(russian)
    russian_s = time.perf_counter() - start
    return {"docs": n, "seconds": english_s + russian_s, "docs_per_s": n / (english_s + russian_s),
            "english_s": english_s, "russian_s": russian_s, "peak_mb": _peak_mb()}  # fmt: skip


def memory() -> dict[str, float]:
    """One pipeline process after an English and a Russian document: a worker's footprint."""
    from watchfloor.model import Document
    from watchfloor.pipeline import Pipeline

    docs, _ = corpus(2)
    documents = [Document(doc_id=f"m{i}", text=t, language=lang) for i, (lang, t) in enumerate(docs)]
    list(Pipeline().extract_many(documents))
    return {"peak_mb": _peak_mb()}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ingest(mode: str, folder: Path, db: Path) -> dict[str, object]:
    """A real `watchfloor ingest` in MODE, with the peak RSS of each process of its tree."""
    import psutil

    command = [sys.executable, "-m", "watchfloor", "--db", str(db), "ingest", str(folder), "--quiet",
               "--published", "2020-01-01", *MODES[mode]]  # fmt: skip
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, float] = {}
    cpu: dict[int, float] = {}  # CPU seconds of each process, as last seen
    root = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        for proc in tree:
            with contextlib.suppress(psutil.Error):
                peaks[proc.pid] = max(peaks.get(proc.pid, 0.0), proc.memory_info().rss / 2**20)
                times = proc.cpu_times()
                cpu[proc.pid] = times.user + times.system
        time.sleep(0.25)
    out, err = process.communicate()
    wall = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{mode}: watchfloor ingest failed:\n{err[-2000:]}")
    with sqlite3.connect(db) as conn:
        stamps = sorted(datetime.fromisoformat(str(row[0])) for row in conn.execute("SELECT ingested_at FROM documents"))
    # Each extracting process's first batch carries its model loading, and results come in whole
    # batches: time from the end of the first round of batches (one per process) to the last.
    skip = BATCH * PROCESSES[mode] if len(stamps) > 2 * BATCH * PROCESSES[mode] else 1
    storing = (stamps[-1] - stamps[skip - 1]).total_seconds() if len(stamps) > 1 else wall
    main_peak = peaks.pop(process.pid, 0.0)
    workers = sorted((mb for mb in peaks.values() if mb > 300), reverse=True)  # those that loaded models
    return {"mode": mode, "summary": out.strip().splitlines()[-1], "docs": len(stamps), "wall_s": wall,
            "storing_s": storing, "docs_per_s": (len(stamps) - skip) / storing if storing else 0.0,
            "wall_docs_per_s": len(stamps) / wall, "main_peak_mb": main_peak, "worker_peaks_mb": workers,
            "cpu_s_per_doc": sum(cpu.values()) / max(len(stamps), 1)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400, help="documents, half English, half Russian")
    parser.add_argument("--modes", default="w1,w2,dask1,dask2", help=f"of {', '.join(MODES)}")
    parser.add_argument("--side", choices=["bare", "memory"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        print(json.dumps(bare(args.docs) if args.side == "bare" else memory()))
        return
    modes = [m for m in args.modes.split(",") if m]
    unknown = set(modes) - MODES.keys()
    if unknown:
        parser.error(f"unknown modes: {', '.join(sorted(unknown))}")
    docs, origin = corpus(args.docs)
    chars = sum(len(t) for _, t in docs)
    print(f"{len(docs)} documents ({origin}), {chars / len(docs):,.0f} characters each on average; "
          f"{os.cpu_count()} cores")  # fmt: skip

    def side(name: str) -> dict[str, float]:
        proc = subprocess.run([sys.executable, __file__, "--side", name, "--docs", str(args.docs)],
                              capture_output=True, text=True, check=True)  # fmt: skip
        return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]

    floor = side("bare")
    print(f"bare spaCy + natasha, one process: {floor['docs_per_s']:.2f} docs/s "
          f"(English {floor['english_s']:.1f} s, Russian {floor['russian_s']:.1f} s), peak {floor['peak_mb']:.0f} MB")  # fmt: skip
    one = side("memory")
    print(f"one pipeline process with English and Russian loaded: peak {one['peak_mb']:.0f} MB")

    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for i, (lang, text) in enumerate(docs):
            (folder / f"{i:06d}-{lang}.txt").write_text(text, encoding="utf-8")
        for mode in modes:
            r = ingest(mode, folder, Path(tmp) / f"{mode}.sqlite")
            results[mode] = r
            workers = ", ".join(f"{mb:.0f}" for mb in r["worker_peaks_mb"]) or "-"  # type: ignore[attr-defined]
            print(f"{mode:6} {r['summary']}\n       wall {r['wall_s']:.1f} s ({r['wall_docs_per_s']:.2f} docs/s); "
                  f"running {r['docs_per_s']:.2f} docs/s = {r['docs_per_s'] / floor['docs_per_s']:.2f}x bare; "  # type: ignore[operator]
                  f"peak RSS main {r['main_peak_mb']:.0f} MB, other processes {workers} MB; "
                  f"{r['cpu_s_per_doc']:.2f} CPU s per document (all processes, start-up included)")  # fmt: skip
    for a, b in (("w2", "w1"), ("dask1", "w1"), ("dask2", "w1"), ("dask2", "dask1")):
        if a in results and b in results:
            ratio = results[a]["docs_per_s"] / results[b]["docs_per_s"]  # type: ignore[operator]
            print(f"{a} / {b} throughput: {ratio:.2f}x")


if __name__ == "__main__":
    main()
