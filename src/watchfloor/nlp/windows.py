"""Long texts in windows: contiguous pieces of at most a given size, cut between paragraphs, else
between lines, else between sentences; never inside a sentence while a sentence end is in reach.

A window is a (start, end) pair of offsets into the whole text, and the windows cover it exactly
(each starts where the previous one ends), so what is parsed in pieces and joined again has the
offsets of the whole text: evidence spans stay exact.

Only a "sentence" longer than half a window (a list without full stops, a wall of characters) is
cut elsewhere: after a space if there is one, else anywhere.
"""

from __future__ import annotations

import re

# Where a window may end, best first: each pattern's match ends where the next window starts.
_CUTS = (
    re.compile(r"\n[^\S\n]*\n\s*"),  # a blank line: between paragraphs
    re.compile(r"\n\s*"),  # a line break: headlines, list items, posts' lines
    # a sentence end: . ! ? … (with closing quotes or brackets) then space, then a capital,
    # a digit or an opening quote (not "Mr. smith", "e.g. the", "3.5 m")
    re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+(?=[\"'“‘«(\[0-9A-ZА-ЯЁ])"),
    re.compile(r"\s+"),  # a space: a "sentence" longer than half a window
)


def windows(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) offsets of the pieces of `text`, each at most `size` characters, covering it.

    A cut is taken in the second half of the window's reach, so no window is shorter than half a
    window (except the last)."""
    if size < 2:
        raise ValueError(f"window size must be at least 2, not {size}")
    pieces = []
    start = 0
    while len(text) - start > size:
        pieces.append((start, end := _cut(text, start, start + size)))
        start = end
    pieces.append((start, len(text)))
    return pieces


def _cut(text: str, start: int, limit: int) -> int:
    """The best end for a window from `start` reaching at most `limit` (> start)."""
    floor = start + (limit - start) // 2
    for pattern in _CUTS:
        best = -1
        for match in pattern.finditer(text, floor, limit):
            best = match.end()  # the last match that ends within reach
        if best > floor:
            return best
    return limit
