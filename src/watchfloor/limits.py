"""How much of one document the pipeline takes on: characters, window size, seconds.

A document longer than `window_chars` is parsed in windows (nlp.windows) and extracted as one
document; one longer than `max_chars`, or taking longer than `seconds` to parse and extract, is a
named failure (errors.OverLimit) and the batch goes on.

The defaults can be changed per process with environment variables (WATCHFLOOR_MAX_CHARS,
WATCHFLOOR_WINDOW_CHARS, WATCHFLOOR_SECONDS_PER_DOCUMENT; 0 seconds means no budget), and per run
with the `ingest` options of the same names.

The time budget is enforced by an interval timer (SIGALRM) in the main thread: the handler raises
inside whatever the thread runs, a regular expression's match loop included (it checks for
signals), and keeps raising every `REPEAT` seconds should some code swallow the first one (it is a
BaseException, so only a bare `except:` can).
Elsewhere (another thread, a system without SIGALRM) the budget is checked between stages only.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from watchfloor.errors import ConfigError, OverLimit

MAX_CHARS = 1_000_000  # about 170,000 words: a book; a news article is 2,000-20,000
WINDOW_CHARS = 100_000  # spaCy takes 1,000,000 at most, with ~1 GB of memory per 100,000
SECONDS = 120.0  # a 100,000-character text parses in ~5 s on one laptop core
REPEAT = 1.0  # seconds between two alarms once the budget is spent


@dataclass(frozen=True, slots=True)
class Limits:
    max_chars: int = MAX_CHARS
    window_chars: int = WINDOW_CHARS
    seconds: float = SECONDS  # per document, parse and extraction; 0: no budget

    def __post_init__(self) -> None:
        if self.max_chars <= 0:
            raise ConfigError(f"max_chars must be positive, not {self.max_chars}")
        if not 1_000 <= self.window_chars <= 1_000_000:
            raise ConfigError(f"window_chars must be between 1,000 and 1,000,000, not {self.window_chars}")
        if not self.seconds >= 0:  # also refuses NaN
            raise ConfigError(f"seconds must be 0 (no budget) or positive, not {self.seconds}")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Limits:
        """The defaults, with the environment's WATCHFLOOR_MAX_CHARS, WATCHFLOOR_WINDOW_CHARS and
        WATCHFLOOR_SECONDS_PER_DOCUMENT over them."""
        env = os.environ if environ is None else environ
        try:
            return cls(
                max_chars=int(env.get("WATCHFLOOR_MAX_CHARS", MAX_CHARS)),
                window_chars=int(env.get("WATCHFLOOR_WINDOW_CHARS", WINDOW_CHARS)),
                seconds=float(env.get("WATCHFLOOR_SECONDS_PER_DOCUMENT", SECONDS)),
            )
        except ValueError as exc:
            raise ConfigError(f"a WATCHFLOOR_ limit is not a number: {exc}") from exc

    def check_length(self, text: str, input: str) -> None:
        """Raise OverLimit for a text over `max_chars`."""
        if len(text) > self.max_chars:
            raise OverLimit(
                f"text of {len(text):,} characters is over the limit of {self.max_chars:,} "
                "(--max-chars, WATCHFLOOR_MAX_CHARS)",
                input=input,
            )

    def over_time(self, input: str, seconds: float | None = None) -> OverLimit:
        budget = self.seconds if seconds is None else seconds
        return OverLimit(
            f"took longer than {budget:g} s to parse and extract "
            "(--seconds-per-document, WATCHFLOOR_SECONDS_PER_DOCUMENT)",
            input=input,
        )


class Expired(BaseException):  # noqa: N818 - it is the event, not a fault
    """A time budget ran out (raised by `deadline`; callers turn it into a named failure).

    Like KeyboardInterrupt it is no Exception: library code that catches every Exception (lxml,
    trafilatura and our own readers wrap what they raise) lets it through."""


_active: list[float] = []  # the monotonic ends of the deadlines running, innermost last


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    if _active:  # the timer runs only while a deadline does: this alarm is the innermost one's
        raise Expired(f"over the time budget (by {max(time.monotonic() - _active[-1], 0):.1f} s)")


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise Expired in the block once `seconds` have passed (none for 0 or less).

    Deadlines nest: an inner one never outlives the outer one, and the outer one's timer is
    re-armed when the inner one ends. Off the main thread the block runs to its end and Expired
    is raised after it if it overran."""
    if seconds <= 0:
        yield
        return
    end = time.monotonic() + seconds
    if _active:
        end = min(end, _active[-1])
    if not _can_alarm():
        yield
        if time.monotonic() > end:
            raise Expired(f"over the time budget by {time.monotonic() - end:.1f} s")
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    _active.append(end)
    try:
        signal.setitimer(signal.ITIMER_REAL, max(end - time.monotonic(), 0.001), REPEAT)
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _active.pop()
        signal.signal(signal.SIGALRM, previous)
        if _active:  # the outer deadline's timer, for the time it has left
            signal.setitimer(signal.ITIMER_REAL, max(_active[-1] - time.monotonic(), 0.001), REPEAT)
