"""Channel posts' emoji and flags, read as spaces by both parsers (one space per code point, so
every offset into the text stays valid).

A pictograph is no word: razdel glues "❗️В" into one token, which hides the preposition, and
spaCy takes a candle after "rises to 12" for the noun the number counts."""

from __future__ import annotations

import unicodedata

_FORMATTING = "\u200d\ufe0f\u203c\u2049\u20e3"  # joiner, emoji presentation, ‼ ⁉, keycap


def pictograph(ch: str) -> bool:
    if ch in _FORMATTING:
        return True
    if 0x2100 <= ord(ch) <= 0x214F:
        return False  # letterlike symbols: "№ 5", "™"
    return ord(ch) > 0x2000 and unicodedata.category(ch) in ("So", "Sk", "Cs")


def without_pictographs(text: str, *, keep_leading: bool = False) -> str:
    """The text with every pictograph code point a space; with `keep_leading`, not those that open a
    line ("🔴 URGENT | …"), which spaCy reads as a token of their own where a space at the start of
    a line would change the parse of the headline after it."""
    if text.isascii():
        return text
    out: list[str] = []
    leading = True
    for ch in text:
        if ch == "\n":
            leading = True
        elif pictograph(ch):
            out.append(ch if keep_leading and leading else " ")
            continue
        elif not ch.isspace():
            leading = False
        out.append(ch)
    return "".join(out)
