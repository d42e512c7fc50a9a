"""Emoji and flags in channel posts are spaces to both parsers, one per code point."""

from __future__ import annotations

import pytest

from watchfloor.nlp.pictographs import pictograph, without_pictographs


@pytest.mark.parametrize("text", ["🇹🇷 Turkish police", "rises to 12 🕯", "❗️Russia:", "Video below 👇", "keycap 1️⃣"])
def test_pictographs_become_spaces_of_the_same_length(text: str) -> None:
    out = without_pictographs(text)
    assert len(out) == len(text)
    assert all(ch == " " for ch, orig in zip(out, text, strict=True) if pictograph(orig))
    assert not any(pictograph(ch) for ch in out)


@pytest.mark.parametrize("text", ["Police in Kano — 12 held", "Задержаны 12 «сторонников»", "café №5, 20°C", "ascii only"])
def test_letters_digits_and_punctuation_stay(text: str) -> None:
    assert without_pictographs(text) == text


def test_leading_pictographs_may_stay_for_the_english_parser() -> None:
    text = "🔴 URGENT | Two soldiers killed\n⚡️BREAKING: toll rises to 12 🕯"
    out = without_pictographs(text, keep_leading=True)
    assert out.startswith("🔴 URGENT") and "\n⚡️BREAKING" in out
    assert out.endswith("12  ") and len(out) == len(text)
