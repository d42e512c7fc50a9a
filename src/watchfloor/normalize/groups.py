"""Armed groups and movements named in text → a short canonical code (data/groups.tsv)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib.resources import files
from itertools import compress


@cache
def _patterns() -> list[tuple[re.Pattern[str], str, str]]:
    rows: list[tuple[str, str, str]] = []
    for line in files("watchfloor.data").joinpath("groups.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, code, lang = line.split("\t")
        rows.append((pattern, code, lang))
    rows.sort(key=lambda r: -len(r[0]))
    out = []
    for pattern, code, lang in rows:
        # Short all-caps acronyms (IS, ИГ) must match case-sensitively: "is" is a verb.
        # "LeT", "JeM" likewise: "let" is a verb
        acronym = len(pattern) <= 4 and (pattern.isupper() or any(c.isupper() for c in pattern[1:]))
        flags = 0 if acronym else re.IGNORECASE
        # "al-Shabaab", "Al Shabaab", "al‑Shabaab": a hyphen, a space or none join the same name
        body = _ru_inflected(pattern) if lang == "ru" else re.escape(pattern)
        body = body.replace(r"\-", "[-\u2010\u2011 ]?").replace(r"\ ", "[-\\s]").replace("'", "['’]")
        out.append((re.compile(rf"(?<![\w-]){body}(?![\w-])", flags), code, lang))
    return out


_RU_ENDING = re.compile(r"[аеиоуыэюяйь]{1,2}$")


def _ru_inflected(pattern: str) -> str:
    """A Russian name in any case: "ан-Нусра" also matches "ан-Нусры", "Исламское государство"
    "Исламским государством". Each word loses its ending and takes up to three letters; acronyms
    and short words stay as they are ("ИГ" is not "иго")."""
    words = []
    for word in pattern.split(" "):
        if word.isupper() or len(word) <= 3 or not re.search("[а-яё]$", word):
            words.append(re.escape(word))
        else:
            words.append(re.escape(_RU_ENDING.sub("", word)) + "[а-яё]{0,3}")
    return r"\ ".join(words)


def _plain_words() -> list[list[str]]:
    """Each pattern's plain words as the pattern spells them, without a Russian ending, longest
    first (of two as long, the first): every match holds each of them, and the first, the anchor,
    is looked for first. Substring tests then skip most regexes."""
    out = []
    for regex, _, lang in _patterns():
        plain = re.sub(r"\[[^\]]*\](?:\{\d*,?\d*\}|\?)?|\(\?<?[!=][^)]*\)|\\", " ", regex.pattern)
        words = sorted((w for w in re.split(r"\W+", plain) if w), key=len, reverse=True)  # stable: ties keep their order
        out.append([_RU_ENDING.sub("", word.lower()) if lang == "ru" else word for word in words])
    return out


# the other words a match must hold, looked for once the anchor is there: "Islamic State in the
# Greater Sahara" is skipped on "Sahara" where most texts name the Islamic State (short words are
# in nearly every text: no screen)
OTHER_WORD_CHARS = 4


@cache
def _screened(lang: str | None) -> tuple[tuple[str, tuple[str, ...], bool, re.Pattern[str], str], ...]:
    """The language's patterns (all for None), in order, each with the piece a match must hold,
    the other words it must hold too, and whether they are looked for as written: a case-sensitive
    acronym ("IS") is no "is"."""
    out = []
    for (regex, code, plang), words in zip(_patterns(), _plain_words(), strict=True):
        if lang and plang != lang:
            continue
        cased = not regex.flags & re.IGNORECASE and plang != "ru"  # Russian anchors are lower case
        pieces = [w if cased else w.lower() for w in words] or [""]
        others = tuple(dict.fromkeys(w for w in pieces[1:] if len(w) >= OTHER_WORD_CHARS and w != pieces[0]))
        out.append((pieces[0], others, cased, regex, code))
    return tuple(out)


def find_groups(text: str, lang: str | None = None) -> list[tuple[int, int, str]]:
    """Every group mention in `text` as (start, end, code), without overlaps, in text order."""
    return list(_find_groups(text, lang))


@lru_cache(maxsize=4096)
def _find_groups(text: str, lang: str | None) -> tuple[tuple[int, int, str], ...]:
    lowered = text.lower()
    found: list[tuple[int, int, str]] = []
    screened = _screened(lang)
    for n in _anchors(lang).held(text, lowered):
        _, others, cased, regex, code = screened[n]
        haystack = text if cased else lowered
        if others and not all(word in haystack for word in others):
            continue
        for m in regex.finditer(text):
            if all(m.end() <= s or m.start() >= e for s, e, _ in found):
                found.append((m.start(), m.end(), code))
    return tuple(sorted(found))


_WORD = re.compile(r"\w+")
_MAX_WORDS = 10_000  # words remembered per language before starting afresh


class _Anchors:
    """Which of a language's patterns have their anchor in a text. A lower-case anchor is word
    characters only, so the text holds it exactly when one of its words does: which anchors a word
    holds is worked out once per word (texts share most of their words), not by 130 substring
    searches over every text. The few case-sensitive anchors ("IS", "PKK") are searched for."""

    def __init__(self, lang: str | None) -> None:
        screened = _screened(lang)
        self.lower: dict[str, list[int]] = {}  # anchor -> the positions in `screened` of its patterns
        for n, (anchor, _, cased, _, _) in enumerate(screened):
            if anchor and not cased:
                self.lower.setdefault(anchor, []).append(n)
        self.cased = tuple(a for a, _, cased, _, _ in screened if a and cased)
        self.cased_at = tuple(n for n, (a, _, cased, _, _) in enumerate(screened) if a and cased)
        self.always = tuple(n for n, (a, _, _, _, _) in enumerate(screened) if not a)
        # the words seen: those holding anchors (-> their positions), and those holding none (most);
        # replaced, never emptied, when full: a thread amid a text keeps the tables it began with
        self.seen: tuple[dict[str, tuple[int, ...]], set[str]] = ({}, set())

    def held(self, text: str, lowered: str) -> list[int]:
        """The positions in `_screened` of the patterns whose anchor `text` holds, in order."""
        words = set(_WORD.findall(lowered))
        holding, plain = self.seen
        new = words - plain - holding.keys()
        if new and len(holding) + len(plain) + len(new) > _MAX_WORDS:
            holding, plain = self.seen = ({}, set())
            new = words
        for word in new:
            at = tuple(n for anchor, positions in self.lower.items() if anchor in word for n in positions)
            if at:
                holding[word] = at
            else:
                plain.add(word)
        found = [*self.always, *compress(self.cased_at, map(text.__contains__, self.cased))]
        for word in words & holding.keys():
            found.extend(holding[word])
        return sorted(set(found))


@cache
def _anchors(lang: str | None) -> _Anchors:
    return _Anchors(lang)


def group_of(text: str, lang: str | None = None) -> str | None:
    hits = find_groups(text, lang)
    return hits[0][2] if hits else None


@cache
def _homes() -> dict[str, str]:
    rows = files("watchfloor.data").joinpath("group_homes.tsv").read_text("utf-8").splitlines()
    return dict(line.split("\t") for line in rows if line.strip() and not line.startswith("#"))


def home_country(code: str) -> str | None:
    """The one country a group's acts lie in (data/group_homes.tsv), or None for a group active in
    several."""
    return _homes().get(code)
