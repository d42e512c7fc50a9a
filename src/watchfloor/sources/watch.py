"""Polling the sources of a sources.yaml on schedule.

Each source's schedule lives in the store's fetch state (the row of its URL, or of its file's
`file://` URI for an export): `next_due` is set after each poll, so a restarted watcher picks up
where it stopped and does not poll early. A round polls every source that is due; `run` repeats
rounds, sleeping until the next source is due. Feeds and pages go through the pipeline with the
shared fetcher (conditional requests, so an unchanged feed costs one 304); an export is read
again only when its file changed (size or modification time).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from watchfloor.ingest.options import IngestOptions
from watchfloor.model import FetchState
from watchfloor.pipeline import IngestReport, Pipeline
from watchfloor.sources.config import Source, SourcesConfig
from watchfloor.sources.fetch import Fetcher
from watchfloor.store import Store

_MAX_SLEEP = 60.0  # seconds; wake up now and then, so the clock is read again after a suspend


@dataclass(frozen=True, slots=True)
class Poll:
    """What one poll of one source did."""

    source: Source
    report: IngestReport
    skipped: str | None = None  # why nothing was read (the export's file is unchanged)

    def describe(self) -> str:
        what = f"{self.source.kind} {self.source.target}"
        if self.skipped:
            return f"{what}: {self.skipped}"
        report = self.report
        return f"{what}: {report.new} new, {report.unchanged} unchanged, {len(report.failed)} failed"


class Watcher:
    def __init__(
        self,
        config: SourcesConfig,
        store: Store,
        pipeline: Pipeline,
        fetcher: Fetcher,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        on_poll: Callable[[Poll], None] | None = None,
        on_round: Callable[[list[Poll]], None] | None = None,
    ) -> None:
        self.config = config
        self._store = store
        self._pipeline = pipeline
        self._fetcher = fetcher
        self._now = now
        self._on_poll = on_poll
        self._on_round = on_round  # after every round, even one that polled nothing (alerts deliver what is pending)

    def due(self) -> list[Source]:
        now = self._now()
        return [source for source in self.config.sources if self._next_due(source) <= now]

    def next_due(self) -> datetime:
        """When the next source is due."""
        return min(self._next_due(source) for source in self.config.sources)

    def run_once(self) -> list[Poll]:
        """Poll every source that is due, once."""
        polls = []
        for source in self.due():
            poll = self._poll(source)
            polls.append(poll)
            if self._on_poll:
                self._on_poll(poll)
        if self._on_round:
            self._on_round(polls)
        return polls

    def run(self, *, rounds: int | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        """Rounds until interrupted (or `rounds` of them), sleeping until something is due."""
        done = 0
        while rounds is None or done < rounds:
            self.run_once()
            done += 1
            if rounds is not None and done >= rounds:
                return
            while (wait := (self.next_due() - self._now()).total_seconds()) > 0:
                sleep(min(wait, _MAX_SLEEP))

    # -- one source -------------------------------------------------------------------------------

    def _poll(self, source: Source) -> Poll:
        options = IngestOptions(source=source.source, lang=source.lang)
        started = self._now()
        if source.kind == "export":
            poll = self._poll_export(source, options)
        else:
            report = self._pipeline.ingest(
                [source.target],
                self._store,
                options,
                fetcher=self._fetcher,
                url_kind="feed" if source.kind == "feed" else "stream",
            )
            poll = Poll(source, report)
        state = self._store.fetch_state(source.key) or FetchState(url=source.key)
        error = "; ".join(f"{f.input}: {f.reason}" for f in poll.report.failed) or None
        self._store.save_fetch_state(
            dataclasses.replace(
                state,
                next_due=started + source.interval,
                last_error=error if source.kind == "export" else state.last_error,
                last_fetched=state.last_fetched or started,
            )
        )
        return poll

    def _poll_export(self, source: Source, options: IngestOptions) -> Poll:
        path = Path(source.target)
        state = self._store.fetch_state(source.key) or FetchState(url=source.key)
        signature = _signature(path)
        if signature is not None and signature == state.last_modified:
            return Poll(source, IngestReport(), skipped="unchanged since the last poll")
        report = self._pipeline.ingest([path], self._store, options)
        # A failed read is tried again next time, even if the file has not changed.
        kept = signature if not report.failed else None
        self._store.save_fetch_state(dataclasses.replace(state, last_modified=kept, last_fetched=self._now()))
        return Poll(source, report)

    def _next_due(self, source: Source) -> datetime:
        state = self._store.fetch_state(source.key)
        if state is None or state.next_due is None:
            return datetime.min.replace(tzinfo=UTC)
        return state.next_due


def _signature(path: Path) -> str | None:
    """Size and modification time of a file, or of the newest file in a folder."""
    try:
        if path.is_dir():
            stats = [child.stat() for child in path.rglob("*") if child.is_file()]
            return f"{len(stats)}:{sum(s.st_size for s in stats)}:{max((s.st_mtime_ns for s in stats), default=0)}"
        stat = path.stat()
    except OSError:
        return None
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def interval_text(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
