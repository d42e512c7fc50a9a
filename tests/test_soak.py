"""The soak of bench/soak_watch.py, short: `watch` over loopback feeds and pages with faults
(500s, timeouts, truncated bodies, a redirect loop, a feed repeating old entries, a page changing
every round) loses nothing, stores nothing twice and keeps the schedule (issue 18, part 4)."""

from __future__ import annotations

import sys
from pathlib import Path

from watchfloor.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from soak_watch import soak  # noqa: E402


def test_a_short_soak(tmp_path: Path, pipeline: Pipeline) -> None:
    figures = soak(24, tmp_path, pipeline=pipeline)
    assert figures.rounds == 24
    assert {"500s", "timeouts", "truncated bodies", "article 500s", "repeated entries", "redirect loops"} <= set(
        figures.faults
    )
    assert figures.stored == figures.expected, figures.lines()
    assert figures.twice == 0 and figures.schedule_misses == 0
