"""sources.yaml and the watcher: schedules kept in the store, resumed after a restart."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from _site import Reply, Site, site_fixture  # noqa: F401 (the `site` fixture)
from click.testing import CliRunner

from watchfloor.cli import main
from watchfloor.errors import ConfigError
from watchfloor.pipeline import Pipeline
from watchfloor.sources.config import load_sources
from watchfloor.sources.fetch import Fetcher, FetchSettings
from watchfloor.sources.watch import Poll, Watcher
from watchfloor.store import Store

LOCAL = ("127.0.0.1/32",)


def article(title: str, sentence: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{sentence}</p>"
        "<p>No further details were given by the provincial authorities.</p></article></body></html>"
    ).encode()


def feed(site: Site, paths: list[str]) -> bytes:
    items = "".join(f"<item><title>{p}</title><link>{site.url(p)}</link><guid>{p}</guid></item>" for p in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'.encode()


@pytest.fixture
def sources(site: Site, tmp_path: Path) -> Path:
    site.add("/a", Reply(body=article("Held in Kilis", "Police detained three Uzbeks in Kilis on Monday.")))
    site.add("/b", Reply(body=article("Deported", "Turkey deported four Tajik nationals on Tuesday.")))
    site.add("/feed", Reply(body=feed(site, ["/a", "/b"]), content_type="application/rss+xml", etag='"1"'))
    site.add("/statements", Reply(body=article("Statements", "The ministry said two Russians were arrested in Hatay.")))
    export = tmp_path / "export" / "result.json"
    export.parent.mkdir()
    export.write_text(json.dumps({"name": "Border Notes", "type": "public_channel", "id": 9, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "1428400800", "text": "В Килисе задержаны двое граждан России."},
    ]}, ensure_ascii=False), encoding="utf-8")  # fmt: skip
    path = tmp_path / "sources.yaml"
    path.write_text(
        f"interval: 2h\n"
        f"feeds:\n  - url: {site.url('/feed')}\n    interval: 15m\n    source: Wire Service\n"
        f"pages:\n  - {site.url('/statements')}\n"
        f"exports:\n  - path: export/result.json\n    interval: 1d\n",
        encoding="utf-8",
    )
    return path


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def watcher(sources: Path, store: Store, pipeline: Pipeline, clock: Clock, polls: list[Poll]) -> Watcher:
    fetcher = Fetcher(FetchSettings(allowed_networks=LOCAL, min_interval=0, retries=0), state=store)
    return Watcher(load_sources(sources), store, pipeline, fetcher, now=clock, on_poll=polls.append)


def test_config_reads_every_form(sources: Path, site: Site) -> None:
    config = load_sources(sources)
    feed_source, page, export = config.sources
    assert (feed_source.kind, feed_source.interval, feed_source.source) == ("feed", timedelta(minutes=15), "Wire Service")
    assert (page.kind, page.target, page.interval) == ("page", site.url("/statements"), timedelta(hours=2))
    assert export.kind == "export" and export.target == str(sources.parent / "export" / "result.json")
    assert export.interval == timedelta(days=1) and export.key.startswith("file:///")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds: [http://x/feed]\n  bad: [", "malformed YAML at line 2"),
        ("- just a list\n", "must be a mapping"),
        ("feeds: []\n", "no feeds, pages or exports listed"),
        ("feed: [http://x/]\n", "unknown keys: feed"),
        ("feeds:\n  - url: http://x/\n    intervall: 5m\n", r"feeds\[0\]: unknown keys: intervall"),
        ("feeds:\n  - url: http://x/\n    interval: soon\n", r"feeds\[0\]: interval must be seconds or like 15m"),
        ("feeds:\n  - url: http://x/\n    interval: 0\n", r"feeds\[0\]: interval must be positive"),
        ("pages: [file:///etc/passwd]\n", r"pages\[0\]: 'file:///etc/passwd' is not an http\(s\) URL"),
        ("feeds: [http://x/f, http://x/f]\n", "listed more than once: http://x/f"),
        ("exports:\n  - url: http://x/\n", r"exports\[0\]: unknown keys: url"),
        ("feeds:\n  - url: http://x/\n    lang: de\n", r"feeds\[0\]: unsupported language 'de'"),
    ],
)
def test_config_errors_name_the_file_and_entry(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as caught:
        load_sources(path)
    assert caught.value.input == str(path)


def test_rounds_follow_the_schedule_and_resume_after_a_restart(
    sources: Path, site: Site, tmp_path: Path, pipeline: Pipeline
) -> None:
    clock, polls = Clock(), []
    db = tmp_path / "wf.sqlite"
    with Store.open(db) as store:
        first = watcher(sources, store, pipeline, clock, polls)
        done = first.run_once()
        assert [(p.source.kind, p.report.new, len(p.report.failed)) for p in done] == [
            ("feed", 2, 0), ("page", 1, 0), ("export", 1, 0)
        ]
        assert {store.document(row.id).source for row in store.documents()} >= {"Wire Service", "Border Notes"}
        assert first.run_once() == []  # nothing is due yet
        assert first.next_due() == clock.now + timedelta(minutes=15)

    clock.now += timedelta(minutes=16)
    with Store.open(db) as store:  # a new process: the schedule comes from the store
        polls.clear()
        again = watcher(sources, store, pipeline, clock, polls).run_once()
        assert [(p.source.kind, p.report.new, p.report.unchanged) for p in again] == [("feed", 0, 1)]
        assert site.hits("/feed")[-1].headers["if-none-match"] == '"1"'  # the 304 of a known feed

    clock.now += timedelta(hours=2)
    site.add("/statements", Reply(body=article("Statements", "The ministry said five Syrians were detained in Hatay.")))
    with Store.open(db) as store:
        later = watcher(sources, store, pipeline, clock, polls).run_once()
        assert [(p.source.kind, p.report.new) for p in later] == [("feed", 0), ("page", 1)]  # a new version
        clock.now += timedelta(days=1)
        last = watcher(sources, store, pipeline, clock, polls).run_once()
        export_poll = [p for p in last if p.source.kind == "export"][0]
        assert export_poll.skipped == "unchanged since the last poll"
        assert export_poll.describe().endswith("result.json: unchanged since the last poll")
        assert store.counts()["documents"] == 5


def test_run_sleeps_until_something_is_due(sources: Path, tmp_path: Path, pipeline: Pipeline) -> None:
    clock, polls = Clock(), []
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.now += timedelta(seconds=seconds)

    with Store.open(tmp_path / "wf.sqlite") as store:
        watcher(sources, store, pipeline, clock, polls).run(rounds=2, sleep=sleep)
    assert sum(slept) == pytest.approx(15 * 60)  # the feed is due first
    assert all(seconds <= 60 for seconds in slept)
    assert [p.source.kind for p in polls] == ["feed", "page", "export", "feed"]


def test_watch_command_once(sources: Path, tmp_path: Path, site: Site) -> None:
    runner = CliRunner()
    args = ["--db", str(tmp_path / "cli.sqlite"), "watch", str(sources), "--once", "--host-delay", "0"]
    refused = runner.invoke(main, args)
    assert refused.exit_code == 0
    assert "feed " + site.url("/feed") + ": 0 new, 0 failed" not in refused.output
    assert "0 new, 0 unchanged, 1 failed" in refused.output  # loopback refused without --allow-private
    assert "resolves to a private or local address" in refused.stderr

    fresh = tmp_path / "cli2.sqlite"
    args = ["--db", str(fresh), "watch", str(sources), "--once", "--host-delay", "0"]
    result = runner.invoke(main, args, env={"WATCHFLOOR_ALLOW_PRIVATE": "1"})
    assert result.exit_code == 0, result.output
    assert "watching 3 sources (feed every 15m, page every 2h, export every 1d)" in result.output
    assert f"feed {site.url('/feed')}: 2 new, 0 unchanged, 0 failed" in result.output
    assert "export " in result.output and ": 1 new, 0 unchanged, 0 failed" in result.output
    again = runner.invoke(main, args, env={"WATCHFLOOR_ALLOW_PRIVATE": "1"})
    assert "nothing due; next at " in again.output
