"""English throughput: the whole watchfloor pipeline against bare spaCy on the same texts.

    .venv/bin/python bench/bench_english.py [--docs 2000] [--corpus generated|wikievents]

`generated` (the default) is bench/corpus.py: every sentence a candidate act, the pipeline's worst
case. `wikievents` is real news articles (WikiEvents train and dev from ../shared/data/external,
or $WATCHFLOOR_SHARED_DATA), about 2,600 characters each, taken in order and repeated as needed.

Each side runs in its own process (so peak memory is its own), after a warm-up, and the result
is reported as documents per second and as a ratio: pipeline / bare `en_core_web_sm` (full
pipeline). Not a test: timings vary with the machine; the ratio is the figure to track.

With `--rounds N` (default 3) the two sides run N times, alternating, and each round's ratio is
that of its two neighbouring runs: a shared machine's speed drifts over minutes (measured here:
the same bare-spaCy run 12 s, then 15 s), and a pair run back to back shares the drift. The
figure reported is the median of the rounds' ratios, every round's beside it.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402


def texts(corpus: str, count: int) -> Sequence[tuple[str, date | None]]:
    if corpus == "generated":
        return list(generate(count))
    from bench_workers import real_texts

    english, _, origin = real_texts()
    if not origin.startswith("WikiEvents"):
        raise SystemExit(f"--corpus wikievents: no WikiEvents texts ({origin})")
    return [(english[i % len(english)] + ("" if i < len(english) else f"\n\n({i // len(english) + 1})"), None)
            for i in range(count)]


def run_side(side: str, count: int, corpus: str = "generated") -> dict[str, float]:
    docs = texts(corpus, count)
    words = sum(len(t.split()) for t, _ in docs)
    if side == "spacy":
        import spacy

        from watchfloor.nlp.english import MODEL_NAME

        nlp = spacy.load(MODEL_NAME)
        list(nlp.pipe([t for t, _ in docs[:50]]))  # warm-up
        start = time.perf_counter()
        for _ in nlp.pipe([t for t, _ in docs], batch_size=32):
            pass
        elapsed = time.perf_counter() - start
    else:
        from watchfloor.model import Document
        from watchfloor.pipeline import Pipeline

        pipeline = Pipeline()
        warm = [Document(doc_id=f"w{i}", text=t, language="en", published=d) for i, (t, d) in enumerate(docs[:50])]
        list(pipeline.extract_many(warm))
        documents = [Document(doc_id=f"d{i}", text=t, language="en", published=d) for i, (t, d) in enumerate(docs)]
        start = time.perf_counter()
        events = sum(len(x.events) for _, x in pipeline.extract_many(documents))
        elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = {"docs": count, "words": words, "seconds": elapsed, "docs_per_s": count / elapsed,
           "words_per_s": words / elapsed, "peak_mb": peak_mb}
    if side == "pipeline":
        out["events"] = events
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--corpus", choices=["generated", "wikievents"], default="generated")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each side, alternating (the median ratio is reported)")
    parser.add_argument("--side", choices=["spacy", "pipeline"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        print(json.dumps(run_side(args.side, args.docs, args.corpus)))
        return
    ratios = []
    for round_ in range(1, args.rounds + 1):
        results = {side: _side_in_process(side, args.docs, args.corpus) for side in ("spacy", "pipeline")}
        ratios.append(results["pipeline"]["docs_per_s"] / results["spacy"]["docs_per_s"])
        for side, r in results.items():
            print(f"round {round_} {side:9} {r['docs']} docs, {r['words']} words: {r['docs_per_s']:.1f} docs/s, "
                  f"{r['words_per_s']:.0f} words/s, peak {r['peak_mb']:.0f} MB")
        print(f"round {round_} ratio {ratios[-1]:.2f}", flush=True)
    each = ", ".join(f"{r:.2f}" for r in ratios)
    print(f"pipeline / bare spaCy throughput ratio ({args.corpus} texts): {statistics.median(ratios):.2f} "
          f"(median of {len(ratios)} rounds: {each})")


def _side_in_process(side: str, docs: int, corpus: str) -> dict[str, float]:
    proc = subprocess.run([sys.executable, __file__, "--side", side, "--docs", str(docs), "--corpus", corpus],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


if __name__ == "__main__":
    main()
