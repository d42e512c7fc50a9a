"""Language identification for the languages watchfloor supports.

Most texts on this beat are plainly English or plainly Russian, and the alphabet tells which: a
letter count decides those without loading a model. Only texts that mix the two alphabets (an
English report quoting a Russian channel, a Russian post full of Turkish names) go to lingua,
restricted to English and Russian so that place names such as "Kilis" cannot come out as Turkish,
and with capitalised Latin words (names, mostly) taken out so that they do not outvote the
Russian words around them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "ru")
DEFAULT_LANGUAGE = "en"  # for texts with no letters at all

_RUSSIAN_ABOVE = 0.3  # share of Cyrillic letters above which a text is Russian
_ENGLISH_BELOW = 0.02  # share below which it is English
_SAMPLE_CHARS = 5000  # the opening of a long text is enough to tell its language
# Capitalised Latin words are mostly names (Mehmet, Gaziantep, ISIS): no evidence of English.
_LATIN_NAME = re.compile(r"\b[A-Z][A-Za-z'-]*")


def _is_cyrillic(char: str) -> bool:
    # Cyrillic (U+0400–U+04FF) and Cyrillic Supplement (U+0500–U+052F).
    return "\u0400" <= char <= "\u052f"


def cyrillic_share(text: str) -> float | None:
    """The share of Cyrillic letters among all letters, or None when the text has no letters."""
    letters = cyrillic = 0
    for char in text:
        if char.isalpha():
            letters += 1
            if _is_cyrillic(char):
                cyrillic += 1
    return cyrillic / letters if letters else None


@cache
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.RUSSIAN).build()


def detect_language(text: str) -> str:
    """The language of `text`: one of SUPPORTED_LANGUAGES ("en" when there is nothing to tell by)."""
    sample = text[:_SAMPLE_CHARS]
    share = cyrillic_share(sample)
    if share is None:
        return DEFAULT_LANGUAGE
    if share > _RUSSIAN_ABOVE:
        return "ru"
    if share < _ENGLISH_BELOW:
        return "en"
    language = _detector().detect_language_of(_LATIN_NAME.sub(" ", sample).strip() or sample)
    if language is None:
        return DEFAULT_LANGUAGE
    code = language.iso_code_639_1.name.lower()
    return code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
