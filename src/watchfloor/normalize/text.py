"""Lookup keys for names: one folded form per spelling, and Russian word forms back to the nominative.

`fold` is the key every table in `normalize` is indexed by, so "Oğuzeli", "Oguzeli" and "OGUZELI"
meet, and so do "Тель-Абьяд" and "тель абьяд".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

# Letters that NFKD does not decompose into a base letter plus a mark.
_LETTERS = {
    "ı": "i",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ħ": "h",
    "ё": "е",
}
# Apostrophes, ayin/hamza marks, dots and quotes vanish; hyphens, dashes and slashes become spaces.
_MARKS = "‘’ʿʾʻʼ′`'\".«»“”„"
_SPACES = "-‐‑‒–—_/\t\n\r"
_TABLE = str.maketrans({**_LETTERS, **dict.fromkeys(_MARKS, ""), **dict.fromkeys(_SPACES, " ")})
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SHORT_I = "\ue000"  # keeps й out of NFKD, which would make it и

ARABIC_ARTICLES = ("al", "ar", "as", "ad", "an", "at", "ash", "el", "az", "es", "et", "ez")
ADMIN_WORDS_EN = ("province", "district", "region", "governorate", "oblast", "city", "county", "state", "krai", "kray", "rayon", "raion", "republic", "respublika", "lga")
ADMIN_WORDS_RU = ("вилайет", "провинция", "область", "район", "ил", "округ", "регион", "республика", "край")
ADMIN_WORDS = ADMIN_WORDS_EN + ADMIN_WORDS_RU


def fold(s: str) -> str:
    """Casefold, drop diacritics and apostrophe-like marks, unify Turkish i and ё, collapse hyphens."""
    if s.isascii():
        return " ".join(s.casefold().translate(_TABLE).split())
    s = s.replace("İ", "i").casefold().translate(_TABLE).replace("й", _SHORT_I)
    s = _COMBINING.sub("", unicodedata.normalize("NFKD", s)).replace(_SHORT_I, "й")
    return " ".join(s.split())


def strip_place_affixes(s: str) -> tuple[str, ...]:
    """Folded keys for a place name, the literal one first, then without an admin word
    ("Gaziantep province", "вилайет Килис") and without an Arabic article ("al-Qamishli")."""
    return affix_keys(fold(s))


def affix_keys(key: str) -> tuple[str, ...]:
    """`strip_place_affixes` for a key that is already folded."""
    if " " not in key:
        return (key,) if key else ()
    words = key.split(" ")
    keys = [key]
    if words[-1] in ADMIN_WORDS:
        words = words[:-1]
    elif words[0] in ADMIN_WORDS:
        words = words[1:]
    keys.append(" ".join(words))
    if len(words) > 1 and words[0] in ARABIC_ARTICLES:
        keys.append(" ".join(words[1:]))
    return tuple(dict.fromkeys(keys))


def is_cyrillic(s: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in s)


@cache
def _morph() -> Any:
    # natasha must be imported first: it patches pymorphy2 0.9.1 to run on Python 3.11.
    import natasha  # noqa: F401
    import pymorphy2

    return pymorphy2.MorphAnalyzer()


@lru_cache(maxsize=200_000)  # bounded: a year of news has many word forms
def ru_lemma(word: str) -> str:
    """Folded first pymorphy2 lemma of a Russian word (the word itself when not Cyrillic)."""
    if not is_cyrillic(word):
        return fold(word)
    return fold(_morph().parse(word)[0].normal_form)


@lru_cache(maxsize=200_000)
def ru_word_forms(word: str) -> tuple[str, ...]:
    """Folded candidate dictionary forms of one Russian word, likeliest first: pymorphy2's
    nominative of each parse (keeps agreement: "Хатлонской" → "хатлонская") and its lemma."""
    folded = fold(word)
    if not is_cyrillic(word):
        return (folded,)
    out = [folded]
    for parse in _morph().parse(word)[:4]:
        nominative = parse.inflect({"nomn"})
        if nominative is not None:
            out.append(fold(nominative.word))
        out.append(fold(parse.normal_form))
    return tuple(dict.fromkeys(out))


_CASE_ENDINGS = (
    ("ами", ""),
    ("ями", ""),
    ("ой", "а"),
    ("ей", "я"),
    ("ом", ""),
    ("ем", ""),
    ("е", ""),
    ("е", "а"),
    ("е", "я"),
    ("и", "я"),
    ("и", "ь"),
    ("и", ""),
    ("у", ""),
    ("у", "а"),
    ("а", ""),
    ("я", "ь"),
    ("ю", "я"),
    ("ы", "а"),
)


def ru_guess_stems(word: str) -> tuple[str, ...]:
    """Nominative guesses for a foreign place name pymorphy2 does not know ("Газиантепе" → "газиантеп")."""
    folded = fold(word)
    if not is_cyrillic(word) or len(folded) < 4:
        return ()
    out = [folded[: -len(end)] + new for end, new in _CASE_ENDINGS if folded.endswith(end)]
    return tuple(dict.fromkeys(k for k in out if len(k) >= 3))
