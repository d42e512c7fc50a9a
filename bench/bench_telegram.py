"""Ingest throughput of a Telegram Desktop export: posts per second for reading the export alone
(JSON, text from entities, language identification), for a full ingest into a SQLite store
(extraction included), and for ingesting the same export again (nothing new: the idempotence
check). The export is generated in a temporary folder from templates written for the benchmark.
The full ingest takes the first --full posts (2,000 by default: the Russian half of the posts
makes it natasha-bound, several minutes for all 10,000).

    .venv/bin/python bench/bench_telegram.py [--posts 10000] [--full 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

CHANNEL_ID = 1234567890
START = 1420070400  # 2015-01-01 UTC

EN_PLACES = ["Gaziantep", "Kilis", "Hatay", "Istanbul", "Adana", "Sanliurfa", "Ankara"]
EN_PEOPLE = ["Russians", "Uzbek nationals", "Tajiks", "Syrians", "foreign fighters", "Chinese Uighurs", "Germans"]
EN_AGENTS = ["Police", "Gendarmes", "Turkish security forces", "Border guards", "Counter-terrorism police"]
EN_DAYS = ["on Monday", "on Tuesday", "late on Friday", "at the weekend", "on April 4"]
EN_CHATTER = [
    "The border is still open, brothers. Do not believe the news.",
    "Pray for the brothers held by the tyrants.",
    "Our channel was blocked again; follow the new link.",
    "Photos from the front will follow tonight.",
]
RU_PLACES = ["Газиантепе", "Килисе", "Хатае", "Стамбуле", "Махачкале", "Казани"]
RU_PEOPLE = ["граждан России", "уроженцев Дагестана", "граждан Таджикистана", "выходцев из Средней Азии"]
RU_COUNTS = ["двоих", "троих", "пятерых", "семерых", "12", "несколько"]
RU_CHATTER = [
    "Граница всё ещё открыта, братья, не верьте новостям.",
    "Канал снова заблокировали, подписывайтесь на резервный.",
    "Пусть Аллах облегчит их положение.",
]


def post_text(rng: random.Random, n: int) -> Any:
    if rng.random() < 0.5:
        if rng.random() < 0.4:
            return f"{rng.choice(EN_CHATTER)} ({n})"
        count = rng.randint(2, 40)
        text = (
            f"{rng.choice(EN_AGENTS)} detained {count} {rng.choice(EN_PEOPLE)} in {rng.choice(EN_PLACES)} "
            f"{rng.choice(EN_DAYS)} as they tried to cross into Syria, officials said. Post {n}."
        )
    else:
        if rng.random() < 0.4:
            return f"{rng.choice(RU_CHATTER)} ({n})"
        text = (
            f"В {rng.choice(RU_PLACES)} задержали {rng.choice(RU_COUNTS)} {rng.choice(RU_PEOPLE)}, "
            f"пытавшихся перейти границу с Сирией, сообщает агентство. Сообщение {n}."
        )
    if rng.random() < 0.3:  # formatted text: a list of strings and entities
        return [{"type": "bold", "text": "Срочно: " if "В " in text[:3] else "Breaking: "}, text, " ",
                {"type": "text_link", "text": "source", "href": f"https://news.example/{n}"}]  # fmt: skip
    return text


def make_export(path: Path, posts: int, seed: int) -> None:
    rng = random.Random(seed)
    messages: list[dict[str, Any]] = []
    for n in range(1, posts + 1):
        unixtime = START + n * 600
        if n % 97 == 0:  # now and then a service message, which is skipped
            messages.append({"id": 10**6 + n, "type": "service", "date_unixtime": str(unixtime), "action": "pin_message",
                             "text": "", "text_entities": []})  # fmt: skip
        text = post_text(rng, n)
        entities = text if isinstance(text, list) else [{"type": "plain", "text": text}]
        message: dict[str, Any] = {
            "id": n, "type": "message", "date": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(unixtime)),
            "date_unixtime": str(unixtime), "from": "Border Notes", "from_id": f"channel{CHANNEL_ID}",
            "text": text, "text_entities": entities,
        }  # fmt: skip
        if rng.random() < 0.1:
            message["forwarded_from"] = "Frontier News"
        if rng.random() < 0.05:
            message["reply_to_message_id"] = max(1, n - 3)
        messages.append(message)
    export = {"name": "Border Notes", "type": "public_channel", "id": CHANNEL_ID, "messages": messages}
    path.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--full", type=int, default=2_000, help="posts of the export to ingest with extraction")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")

    from watchfloor.ingest import IngestOptions, iter_inputs
    from watchfloor.model import Document
    from watchfloor.pipeline import Pipeline
    from watchfloor.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export = folder / "export" / "result.json"
        export.parent.mkdir()
        make_export(export, args.posts, args.seed)
        size = export.stat().st_size
        print(f"export: {args.posts:,} posts, {size / 1e6:.1f} MB")

        list(iter_inputs([export], IngestOptions()))  # warm-up: language models load once
        start = time.perf_counter()
        documents = [item for item in iter_inputs([export], IngestOptions()) if isinstance(item, Document)]
        read = time.perf_counter() - start
        print(f"read + parse + language id      {read:7.2f} s  {len(documents) / read:8.0f} posts/s  ({len(documents):,} documents)")

        subset = export
        if args.full < args.posts:
            subset = folder / "subset" / "result.json"
            subset.parent.mkdir()
            make_export(subset, args.full, args.seed)
        pipeline = Pipeline()
        list(pipeline.extract_many(documents[:40]))  # warm-up: spaCy, natasha and the gazetteer load
        with Store.open(folder / "bench.sqlite") as store:
            start = time.perf_counter()
            report = pipeline.ingest([subset], store, IngestOptions())
            full = time.perf_counter() - start
            posts = report.new + report.unchanged
            print(f"full ingest (extract + store)   {full:7.2f} s  {posts / full:8.1f} posts/s  "
                  f"({report.new:,} new, {report.events:,} events, {len(report.failed)} failed)")  # fmt: skip
            start = time.perf_counter()
            again = pipeline.ingest([subset], store, IngestOptions())
            second = time.perf_counter() - start
            print(f"ingest again (all unchanged)    {second:7.2f} s  {(again.new + again.unchanged) / second:8.0f} posts/s  "
                  f"({again.new} new)")  # fmt: skip
        print(f"peak memory: {peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
