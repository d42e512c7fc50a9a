"""Soak: `watch` over loopback feeds and pages for many rounds, with faults injected.

    PYTHONPATH=src python bench/soak_watch.py --rounds 300

Sources, all due every 15 minutes of a simulated clock (one round = 15 minutes):

- /wire: an RSS feed that gains an article every 3 rounds and lists the last 10; it answers 500
  every 7th round, too late (past the read timeout) every 11th, cut short every 13th; every 5th
  article's page answers 500 the first time it is asked for;
- /repeat: a feed that lists the same 3 old articles every round;
- /live: a page that changes every round (a new figure each time);
- /loop: a page that redirects to itself through a second address, for ever.

Checked and printed: rounds, faults served, documents stored against documents expected, any
stored twice, whether every round polled every source once (the schedule holds), and resident
memory after the first 10 rounds (models loaded) and at the end. Exit status 1 if a check fails.
tests/test_soak.py runs a short version.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the tests' loopback server

from _site import Reply, Request, Site, _handler  # noqa: E402

from watchfloor.pipeline import Pipeline  # noqa: E402
from watchfloor.sources.config import load_sources  # noqa: E402
from watchfloor.sources.fetch import Fetcher, FetchSettings  # noqa: E402
from watchfloor.sources.watch import Watcher  # noqa: E402
from watchfloor.store import Store  # noqa: E402

ROUND = timedelta(minutes=15)
READ_TIMEOUT = 0.5
PLACES = ["Kilis", "Hatay", "Gaziantep", "Sanliurfa", "Mersin", "Adana", "Izmir"]
PEOPLE = ["Uzbeks", "Tajik nationals", "Russians", "Syrians", "Kyrgyz nationals"]


@dataclass
class Figures:
    rounds: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    stored: int = 0
    expected: int = 0
    twice: int = 0
    schedule_misses: int = 0
    live_missed: int = 0  # polls of the changing page that failed (a timeout under load): versions never seen
    rss_start_mb: float = 0.0
    rss_end_mb: float = 0.0
    lexemes: tuple[int, int] = (0, 0)  # spaCy's vocabulary after round 10 and at the end: it only grows
    seconds: float = 0.0

    def ok(self) -> bool:
        return self.stored == self.expected and not self.twice and not self.schedule_misses

    def lines(self) -> list[str]:
        faults = ", ".join(f"{n} {kind}" for kind, n in sorted(self.faults.items()))
        return [
            f"rounds            {self.rounds} ({self.seconds:.0f} s)",
            f"faults served     {sum(self.faults.values())}: {faults}",
            f"documents stored  {self.stored} of {self.expected} expected; stored twice: {self.twice}",
            f"schedule          {self.schedule_misses} rounds missed a source or polled one twice; "
            f"{self.live_missed} polls of the changing page failed (its versions of those rounds never seen)",
            f"memory (RSS)      {self.rss_start_mb:.0f} MB after round 10, {self.rss_end_mb:.0f} MB at the end; "
            f"spaCy vocabulary {self.lexemes[0]:,} then {self.lexemes[1]:,} lexemes",
        ]


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    import resource

    return pages * resource.getpagesize() / 2**20


def _lexemes() -> int:
    from watchfloor.nlp.english import load_english

    return len(load_english().vocab)


def article(n: int) -> bytes:
    place, people = PLACES[n % len(PLACES)], PEOPLE[n % len(PEOPLE)]
    title = f"Report {n}: police hold {n % 9 + 2} {people} in {place}"
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>Police detained {n % 9 + 2} {people} in {place} on Monday, report number {n} said.</p>"
        "<p>No further details were given by the provincial authorities.</p></article></body></html>"
    ).encode()


class Faulty:
    """The loopback site's routes, with the round number they answer for."""

    def __init__(self, site: Site, figures: Figures) -> None:
        self.site = site
        self.figures = figures
        self.round = 0
        self.asked: Counter[int] = Counter()
        site.add("/wire", self.wire)
        site.add("/repeat", self.repeat)
        site.add("/live", self.live)
        site.add("/loop", Reply(status=302, headers={"Location": site.url("/loop2")}))
        site.add("/loop2", Reply(status=302, headers={"Location": site.url("/loop")}))
        for n in range(3):
            site.add(f"/old/{n}", Reply(body=article(1000 + n)))

    def articles(self) -> range:
        newest = self.round // 3
        return range(max(0, newest - 9), newest + 1)

    def _feed(self, paths: list[str]) -> bytes:
        items = "".join(
            f"<item><title>{p}</title><link>{self.site.url(p)}</link><guid>{p}</guid></item>" for p in paths
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'.encode()

    def wire(self, request: Request) -> Reply:
        body = self._feed([f"/wire/{n}" for n in self.articles()])
        for n in self.articles():
            self.site.routes.setdefault(f"/wire/{n}", self.page_of(n))
        if self.round % 7 == 3:
            self.figures.faults["500s"] += 1
            return Reply(status=500, body=b"busy")
        if self.round % 11 == 5:
            self.figures.faults["timeouts"] += 1
            return Reply(body=body, content_type="application/rss+xml", delay=READ_TIMEOUT * 3)
        if self.round % 13 == 6:
            self.figures.faults["truncated bodies"] += 1
            return Reply(
                body=body[: len(body) // 2],
                content_type="application/rss+xml",
                headers={"Content-Length": str(len(body))},
                length=False,
            )
        return Reply(body=body, content_type="application/rss+xml")

    def page_of(self, n: int) -> object:
        def page(request: Request) -> Reply:
            self.asked[n] += 1
            if n % 5 == 0 and self.asked[n] == 1:
                self.figures.faults["article 500s"] += 1
                return Reply(status=500, body=b"busy")
            return Reply(body=article(n))

        return page

    def repeat(self, request: Request) -> Reply:
        self.figures.faults["repeated entries"] += 3 if self.round else 0
        return Reply(body=self._feed([f"/old/{n}" for n in range(3)]), content_type="application/rss+xml")

    def live(self, request: Request) -> Reply:
        n = self.round
        return Reply(body=article(5000 + n))


def soak(rounds: int, workdir: Path, *, pipeline: Pipeline | None = None, quiet: bool = True) -> Figures:
    figures = Figures()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(Site("127.0.0.1", 0)))
    server.daemon_threads = True
    server.handle_error = lambda request, address: None  # type: ignore[method-assign]
    site = Site("127.0.0.1", server.server_address[1])
    server.RequestHandlerClass = _handler(site)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    faulty = Faulty(site, figures)
    sources = workdir / "sources.yaml"
    sources.write_text(
        "interval: 15m\n"
        f"feeds:\n  - {site.url('/wire')}\n  - {site.url('/repeat')}\n"
        f"pages:\n  - {site.url('/live')}\n  - {site.url('/loop')}\n",
        encoding="utf-8",
    )
    clock = [datetime(2026, 1, 5, 9, 0, tzinfo=UTC)]
    settings = FetchSettings(
        allowed_networks=("127.0.0.1/32",), min_interval=0, retries=0, read_timeout=READ_TIMEOUT,
        total_timeout=3 * READ_TIMEOUT, connect_timeout=1.0, obey_robots=False,
    )  # fmt: skip
    started = time.monotonic()
    try:
        with Store.open(workdir / "soak.sqlite") as store:
            fetcher = Fetcher(settings, state=store)
            watcher = Watcher(load_sources(sources), store, pipeline or Pipeline(), fetcher, now=lambda: clock[0])
            for number in range(rounds):
                faulty.round = number
                polls = watcher.run_once()
                failed = [f.reason for poll in polls for f in poll.report.failed]
                figures.faults["redirect loops"] += sum("redirects" in reason for reason in failed)
                figures.live_missed += sum(1 for p in polls if p.source.target.endswith("/live") and p.report.failed)
                targets = Counter(poll.source.target for poll in polls)
                if len(targets) != 4 or set(targets.values()) != {1}:
                    figures.schedule_misses += 1
                figures.rounds += 1
                if number == min(9, rounds - 1):
                    figures.rss_start_mb = rss_mb()
                    figures.lexemes = (_lexemes(), 0)
                if not quiet and number % 25 == 0:
                    print(f"round {number}: {len(store.documents())} documents, {rss_mb():.0f} MB", file=sys.stderr)
                clock[0] += ROUND
            fetcher.close()
            documents = store.documents()
            figures.stored = len(documents)
            keys = Counter(d.title for d in documents)  # every article and version has its own title
            figures.twice = sum(n - 1 for n in keys.values() if n > 1)
    finally:
        server.shutdown()
        server.server_close()
    # every article listed while the feed answered (each listed for 10 rounds: faults only delay
    # it), the 3 repeated ones once, and one version of the live page per round it was read
    figures.expected = len(faulty.articles()) + faulty.articles()[0] + 3 + rounds - figures.live_missed
    figures.rss_end_mb = rss_mb()
    figures.lexemes = (figures.lexemes[0], _lexemes())
    figures.seconds = time.monotonic() - started
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        figures = soak(args.rounds, Path(tmp), quiet=False)
    print("\n".join(figures.lines()))
    sys.exit(0 if figures.ok() else 1)


if __name__ == "__main__":
    main()
