"""What ingest yields beside Documents."""

from __future__ import annotations

from dataclasses import dataclass

from watchfloor.errors import WatchfloorError


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """An input that yielded no documents, and why."""

    input: str
    reason: str


@dataclass(frozen=True, slots=True)
class Unchanged:
    """An input known to hold nothing new, found without reading it again: a 304, or a feed
    entry whose page is already stored."""

    input: str


def failure_of(input: str, exc: WatchfloorError) -> IngestFailure:
    """A failure filed under `input` (what the caller gave, so it can be retried), naming the
    inner input too when the error concerns another one (a redirect's target, a linked page)."""
    if exc.input is None or exc.input == input:
        return IngestFailure(input, exc.reason)
    return IngestFailure(input, str(exc))
