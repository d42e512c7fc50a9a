"""Source text cut into plain and highlighted pieces, for templates to escape and wrap in <mark>.

Nothing here produces markup: the template escapes each piece, so hostile text stays text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str  # a CSS class: event, claim, focus
    label: str  # tooltip, e.g. "event 12 ARREST"
    anchor: str | None = None  # id of the first piece, for #links


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    kinds: tuple[str, ...]
    labels: tuple[str, ...]
    anchor: str | None = None


def pieces(text: str, spans: list[Span]) -> list[Piece]:
    """`text` cut at every span boundary; each piece lists the kinds of the spans covering it."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    out: list[Piece] = []
    anchored: set[str] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in valid if s.start <= a and b <= s.end]
        anchor = next((s.anchor for s in covering if s.anchor and s.start == a and s.anchor not in anchored), None)
        if anchor:
            anchored.add(anchor)
        out.append(Piece(text[a:b], tuple(dict.fromkeys(s.kind for s in covering)),
                         tuple(s.label for s in covering), anchor))  # fmt: skip
    return out


def window(text: str, start: int, end: int, *, context: int = 400) -> tuple[int, int]:
    """A passage around [start, end): about `context` characters each side, cut at whitespace."""
    lo = max(0, start - context)
    hi = min(len(text), end + context)
    if lo > 0:
        space = text.find(" ", lo)
        lo = space + 1 if 0 <= space < start else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space > end else hi
    return lo, hi
