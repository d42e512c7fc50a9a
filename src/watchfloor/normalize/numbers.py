"""Counts in English and Russian text: digits, number words, ranges and vague amounts as `Quantity`.

Conventions (they follow the gold format's `total` / `total_min` / `approx_count`):

- exact ("seven", "двое", "1,500", "two dozen"): value = low = high = N.
- lower bound ("at least 5", "more than 30", "более 20", "30 or more"): low = the stated figure;
  "more than" / "более" mark it `exclusive` (the smallest count allowed, `least`, is then 31)
  (not figure + 1: "more than 30" gives low 30), approx.
- upper bound ("up to 30", "не более 30"): high = the stated figure, approx.
- approximate ("about 40", "nearly 40", "close to 300", "около сотни"): low = high = the figure, approx.
- range ("10-15", "10 to 15", "between 10 and 15", "от 10 до 15", "two or three"): low and high.
- vague ("dozens", "several", "hundreds", "несколько", "десятки"): vague, low = two of its unit
  ("dozens" 24, "several"/"несколько" 2, "сотни" 200), value None.

Fixed phrases and modifiers are data (data/numbers_*.tsv, cardinals_*.tsv, quantity_modifiers.tsv).
Cardinals are read with those tables; number-parser is only a fallback in `parse_quantity`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib.resources import files
from typing import NamedTuple


@dataclass(frozen=True)
class Quantity:
    """A count as the text gives it; see the module docstring for how each kind is filled in."""

    value: int | None
    low: int | None
    high: int | None
    approx: bool
    vague: bool
    exclusive: bool = False  # "more than 30", "fewer than 5": the stated bound itself is excluded

    @property
    def least(self) -> int | None:
        """The smallest count the text allows: 31 for "more than 30", 30 for "at least 30"."""
        if self.value is not None:
            return self.value
        if self.low is None:
            return None
        return self.low + 1 if self.exclusive else self.low

    @property
    def figure(self) -> int | None:
        """The one number the text states: the exact value, or the figure after "about", "at least",
        "up to" ...; None for ranges and vague amounts."""
        if self.value is not None:
            return self.value
        if self.vague or (self.low is not None and self.high is not None and self.low != self.high):
            return None
        return self.low if self.low is not None else self.high


def exact(n: int) -> Quantity:
    return Quantity(n, n, n, False, False)


class _Tok(NamedTuple):
    start: int
    end: int
    norm: str  # lower case, ё folded to е


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\S")
_SPACE_ONLY = re.compile(r"[ \t\u00a0\u202f\u2009]*")
_THOUSANDS_EN = re.compile(r"\d{1,3}(?:,\d{3})+")
_DECIMAL = re.compile(r"\d+[.,]\d+")


def _fold(s: str) -> str:
    return s.lower().replace("ё", "е")


def _lang(lang: str) -> str:
    return "ru" if lang == "ru" else "en"


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), _fold(m.group())) for m in _TOKEN.finditer(text)]


def _rows(name: str) -> Iterator[list[str]]:
    for line in files("watchfloor.data").joinpath(name).read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _key(form: str) -> tuple[str, ...]:
    return tuple(t.norm for t in _tokens(form))


@cache
def cardinal_table(lang: str) -> dict[str, tuple[int, str]]:
    """Cardinal word → (value, kind), kind "add" or "mul" (data/cardinals_<lang>.tsv)."""
    return {_fold(form): (int(value), kind) for form, value, kind in _rows(f"cardinals_{_lang(lang)}.tsv")}


def _opt(s: str) -> int | None:
    return int(s) if s else None


@cache
def phrase_table(lang: str) -> dict[tuple[str, ...], Quantity]:
    """Fixed quantity phrases ("dozens", "a pair of", "двоих", "несколько десятков") → Quantity."""
    out: dict[tuple[str, ...], Quantity] = {}
    for form, value, low, high, approx, vague in _rows(f"numbers_{_lang(lang)}.tsv"):
        out[_key(form)] = Quantity(_opt(value), _opt(low), _opt(high), approx == "1", vague == "1")
    return out


@cache
def modifier_table(lang: str) -> dict[tuple[str, tuple[str, ...]], str]:
    """(position, words) → kind for words that bound a number ("at least", "около", "or more")."""
    out: dict[tuple[str, tuple[str, ...]], str] = {}
    for form, row_lang, kind, position in _rows("quantity_modifiers.tsv"):
        if row_lang == _lang(lang):
            out[(position, _key(form))] = kind
    return out


@cache
def _max_len(lang: str) -> int:
    keys = [k for k in phrase_table(lang)] + [k for _, k in modifier_table(lang)]
    return max(len(k) for k in keys)


# An article is a count of one in `parse_quantity`; a scan reads it only in "a dozen", "a hundred".
_ARTICLES = frozenset({"a", "an"})
_RANGE_DASH = frozenset({"-", "–", "—"})
_RANGE_WORD = {"en": frozenset({"to", "or"}), "ru": frozenset({"до", "или"})}
_RANGE_OPEN = {"en": {"between": "and", "from": "to"}, "ru": {"от": "до", "между": "и"}}
# Context that makes a number not a count of anything: ages, articles of law, money, percentages,
# times, distances.
_NOT_COUNT_BEFORE = re.compile(
    r"(?:\b(?:article|articles|art\.|part|paragraph|section|chapter|statute|aged?|number|no\.|nr\.|"
    r"статья|статьи|статье|статью|статей|ст\.|часть|части|ч\.|пункт|пункта|п\.|номер|номером|возрасте)|"
    r"[№#$€£₽¥])\s*$",
    re.IGNORECASE,
)
_NOT_COUNT_AFTER = re.compile(
    r"\s*(?:%|[ap]\.?\s?m\b\.?|per\s?cent\b|percent|процент|-?years?[\s-]+old\b|руб|доллар|dollars?\b|"
    r"euros?\b|евро\b|°|degrees?\b|km\b|км\b|kg\b|кг\b|mm\b|мм\b|miles?\b|kilomet|километр|метр(?!о)|"
    r"met(?:er|re)s?\b|gmt\b|utc\b|мск\b)",
    re.IGNORECASE,
)
# "5-ти", "3-х": a cardinal's case ending after a hyphen ("5-й", "5-ого" are ordinals).
_RU_CASE_SUFFIX = frozenset({"х", "ти", "ми", "ью", "мя", "ух", "ех", "и"})
_ONE_NOT_COUNT_BEFORE = frozenset({"no", "any", "every", "the", "this", "that", "which", "each", "ни"})
_ONE_NOT_COUNT_AFTER = frozenset({"another", "by"})
# "около сотни" is "about a hundred", but a bare "сотни" is "hundreds".
_SINGULAR_AFTER_MODIFIER = {("сотни",): 100, ("тысячи",): 1000}


def _is_year_like(n: int) -> bool:
    return 1900 <= n <= 2099


class _Scanner:
    """Reads quantities from a token list; each `read_*` returns (end token index, Quantity) or None."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = _lang(lang)
        self.toks = _tokens(text)
        self.cards = cardinal_table(self.lang)
        self.phrases = phrase_table(self.lang)
        self.mods = modifier_table(self.lang)
        self.maxlen = _max_len(self.lang)

    # --- token helpers -------------------------------------------------------------------------
    def joined(self, i: int) -> bool:
        """Token i follows token i-1 with only spaces between them (no punctuation, no line break)."""
        gap = self.text[self.toks[i - 1].end : self.toks[i].start]
        return _SPACE_ONLY.fullmatch(gap) is not None

    def tight(self, i: int) -> bool:
        """Token i touches token i-1."""
        return self.toks[i - 1].end == self.toks[i].start

    def words(self, i: int, n: int) -> tuple[str, ...] | None:
        if i + n > len(self.toks) or any(not self.joined(k) for k in range(i + 1, i + n)):
            return None
        return tuple(t.norm for t in self.toks[i : i + n])

    def norm(self, i: int) -> str:
        return self.toks[i].norm if 0 <= i < len(self.toks) else ""

    # --- a single number -----------------------------------------------------------------------
    def read_digits(self, i: int) -> tuple[int, Quantity] | None:
        tok = self.toks[i]
        raw = tok.norm
        if not raw[0].isdigit():
            return None
        if i > 0 and self.tight(i):
            prev = self.norm(i - 1)
            if prev in {":", ".", ",", "/"}:
                return None  # 10:30, 3/4
            if prev == "-" and i > 1 and self.tight(i - 1) and self.norm(i - 2).isalpha():
                return None  # COVID-19, Su-24
        nxt = self.norm(i + 1)
        if i + 1 < len(self.toks) and self.tight(i + 1):
            if nxt in {":", "/"} or nxt.isalpha():
                return None  # times, fractions, 22nd, 9mm
            if nxt == "-" and i + 2 < len(self.toks) and self.tight(i + 2) and self.norm(i + 2).isalpha():
                suffix = self.norm(i + 2)
                if self.lang == "ru" and suffix in _RU_CASE_SUFFIX:
                    i += 2  # "5-ти", "3-х": a cardinal with its case ending
                elif suffix not in {"odd", "plus"}:
                    return None  # 22-year-old, 3-day, 5-й, 22-летний
        number: float
        if self.lang == "en" and _THOUSANDS_EN.fullmatch(raw):
            number = int(raw.replace(",", ""))
        elif _DECIMAL.fullmatch(raw):
            number = float(raw.replace(",", "."))
        elif raw.isdigit():
            number = int(raw)
            # Russian groups thousands with spaces: "1 500", "13 500".
            while (
                self.lang == "ru"
                and len(raw) <= 3
                and i + 1 < len(self.toks)
                and len(self.norm(i + 1)) == 3
                and self.norm(i + 1).isdigit()
                and self.text[self.toks[i].end : self.toks[i + 1].start]
                in {" ", "\u00a0", "\u202f", "\u2009"}
            ):
                i += 1
                raw = self.norm(i)
                number = number * 1000 + int(raw)
        else:
            return None
        end = i + 1
        # "2 million", "1.5 million", "3 тыс.", "15 тысяч"
        if end < len(self.toks) and self.joined(end):
            card = self.cards.get(self.norm(end))
            if card and card[1] == "mul" and card[0] >= 1000:
                number *= card[0]
                end += 1
                if self.norm(end) == "." and self.tight(end):
                    end += 1
        if isinstance(number, float):
            if not number.is_integer():
                return None  # 205.5, 1.5 alone: not a count
            number = int(number)
        return end, exact(int(number))

    def read_words(self, i: int) -> tuple[int, Quantity] | None:
        """A cardinal in words: "twenty-three", "one hundred and twelve", "двадцати пяти", "a thousand"."""
        total = 0
        current = 0
        last_add = 0  # the previous additive word, to refuse "five six" or "twenty thirty"
        seen = False
        end = i
        k = i
        if self.norm(k) in _ARTICLES:
            nxt = self.cards.get(self.norm(k + 1)) if k + 1 < len(self.toks) and self.joined(k + 1) else None
            if not nxt or nxt[1] != "mul":
                return None
            current, seen, k, end = 1, True, k + 1, k + 1
        while k < len(self.toks):
            if seen:
                if not self.joined(k):
                    break
                word = self.norm(k)
                # "twenty-three": a hyphen joins two number words; "hundred and twelve": so does "and".
                if (word == "-" and self.tight(k) and k + 1 < len(self.toks) and self.tight(k + 1)) or (
                    word == "and" and self.lang == "en" and last_add == 0 and k + 1 < len(self.toks)
                ):
                    card = self.cards.get(self.norm(k + 1))
                    if card is None or card[1] != "add" or not self.joined(k + 1):
                        break
                    if word == "-" and not self._adds(last_add, card[0]):
                        break
                    k += 1
            card = self.cards.get(self.norm(k))
            if card is None:
                break
            value, kind = card
            if kind == "add":
                if seen and not self._adds(last_add, value):
                    break
                if current and last_add == 0 and value >= current:
                    break  # "hundred two hundred"
                current += value
                last_add = value
            else:
                if value < 1000:
                    current = (current or 1) * value
                else:
                    if seen and current == 0:
                        break
                    total += (current or 1) * value
                    current = 0
                last_add = 0
            seen = True
            k += 1
            end = k
        if not seen:
            return None
        return end, exact(total + current)

    @staticmethod
    def _adds(previous: int, value: int) -> bool:
        """Can `value` follow the additive word `previous`? Only a lower order after a round number."""
        if previous == 0:
            return True
        unit: int = 10 ** (len(str(previous)) - 1)
        return previous % unit == 0 and value < unit

    def read_number(self, i: int) -> tuple[int, Quantity] | None:
        return self.read_digits(i) or self.read_words(i)

    def read_phrase(self, i: int) -> tuple[int, Quantity, tuple[str, ...]] | None:
        for n in range(min(self.maxlen, len(self.toks) - i), 0, -1):
            key = self.words(i, n)
            if key is not None and key in self.phrases:
                return i + n, self.phrases[key], key
        return None

    # --- a number with what bounds it --------------------------------------------------------------
    def read_exact(self, i: int) -> tuple[int, Quantity] | None:
        """A number or an exact fixed phrase ("двое", "a dozen")."""
        number = self.read_number(i)
        phrase = self.read_phrase(i)
        if phrase and phrase[1].value is not None and (number is None or phrase[0] > number[0]):
            return phrase[0], phrase[1]
        return number

    def read_core(self, i: int, modified: bool) -> tuple[int, Quantity] | None:
        """A fixed phrase or a number, with a range tail ("10-15", "two or three", "двое-трое")."""
        phrase = self.read_phrase(i)
        number = self.read_number(i)
        if phrase and (number is None or phrase[0] >= number[0]):
            end, q, key = phrase
            if modified and key in _SINGULAR_AFTER_MODIFIER:
                q = exact(_SINGULAR_AFTER_MODIFIER[key])
        elif number:
            end, q = number
        else:
            return None
        low = q.value
        if low is not None and end + 1 < len(self.toks) and self.joined(end) and self.joined(end + 1):
            joint = self.norm(end)
            if joint in _RANGE_DASH or joint in _RANGE_WORD[self.lang]:
                other = self.read_exact(end + 1)
                high = other[1].value if other else None
                if (
                    other
                    and high is not None
                    and high > low
                    and not (_is_year_like(low) and _is_year_like(high))
                ):
                    return other[0], Quantity(None, low, high, False, False)
        return end, q

    def read_post(self, end: int, q: Quantity) -> tuple[int, Quantity]:
        for n in (3, 2, 1):
            if end >= len(self.toks) or not (self.joined(end) or self.tight(end)):
                break
            key = self.words(end, n)
            if key is None:
                continue
            kind = self.mods.get(("post", key))
            if kind:
                return end + n, _bound(kind, q)
        return end, q

    def read_at(self, i: int) -> tuple[int, Quantity] | None:
        """The longest quantity expression starting at token i."""
        # "between 10 and 15", "от 10 до 15"
        closer = _RANGE_OPEN[self.lang].get(self.norm(i))
        if closer and i + 1 < len(self.toks) and self.joined(i + 1):
            first = self.read_number(i + 1)
            if (
                first
                and first[0] < len(self.toks)
                and self.norm(first[0]) == closer
                and self.joined(first[0])
            ):
                second = self.read_number(first[0] + 1) if first[0] + 1 < len(self.toks) else None
                low, high = first[1].value, second[1].value if second else None
                if second and low is not None and high is not None and high > low:
                    return second[0], Quantity(None, low, high, False, False)
        for n in range(min(4, len(self.toks) - i - 1), 0, -1):
            key = self.words(i, n)
            kind = self.mods.get(("pre", key)) if key else None
            if kind and self.joined(i + n):
                core = self.read_core(i + n, modified=True)
                if core:
                    end, q = self.read_post(*core)
                    return end, _bound(kind, q)
        core = self.read_core(i, modified=False)
        if core is None:
            return None
        return self.read_post(*core)

    def may_start(self, i: int) -> bool:
        """A cheap test: only digits and words some table starts with can start a quantity."""
        word = self.toks[i].norm
        return word[0].isdigit() or word in _start_words(self.lang)

    def counts_here(self, i: int) -> bool:
        """Whether a scan may start a quantity at token i (articles and "no one" do not)."""
        word = self.norm(i)
        if self.cards.get(word, (0, ""))[0] == 1:
            if self.norm(i - 1) in _ONE_NOT_COUNT_BEFORE or self.norm(i + 1) in _ONE_NOT_COUNT_AFTER:
                return False
            if self.words(i + 1, 2) in {("и", "тот"), ("и", "та"), ("и", "то"), ("и", "те")}:
                return False  # "один и тот же"
        return True

    def scan(self, skip: list[tuple[int, int]]) -> Iterator[tuple[int, int, Quantity]]:
        i = 0
        while i < len(self.toks):
            tok = self.toks[i]
            if not self.may_start(i) or any(s <= tok.start < e for s, e in skip) or not self.counts_here(i):
                i += 1
                continue
            found = self.read_at(i)
            if found is None:
                i += 1
                continue
            end, q = found
            last = self.toks[end - 1]
            if any(s < last.end and tok.start < e for s, e in skip):
                i += 1  # the expression runs into a date ("5 to April 4"): keep what precedes
                continue
            if _NOT_COUNT_BEFORE.search(
                self.text, max(0, tok.start - 16), tok.start
            ) or _NOT_COUNT_AFTER.match(self.text, last.end):
                i = end
                continue
            yield tok.start, last.end, q
            i = end


def _bound(kind: str, q: Quantity) -> Quantity:
    """Apply a modifier ("at least", "около", "or more") to a quantity."""
    if kind in ("above", "below"):  # "more than 30", "fewer than 5": like at least / at most, bound excluded
        return replace(_bound("lower" if kind == "above" else "upper", q), exclusive=True)
    if q.value is None:
        if kind == "lower" and q.high is not None and q.low == q.high:
            return Quantity(None, q.low, None, True, q.vague)
        if kind == "upper" and q.low is not None and q.low == q.high:
            return Quantity(None, None, q.high, True, q.vague)
        return replace(q, approx=True)
    if kind == "lower":
        return Quantity(None, q.value, None, True, False)
    if kind == "upper":
        return Quantity(None, None, q.value, True, False)
    return Quantity(None, q.value, q.value, True, False)


_DATE_NUMBERS = re.compile(r"\d|\bago\b|назад", re.IGNORECASE)


def _date_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Dates whose numbers are not counts; only dates with digits or "ago" hold numbers."""
    if not _DATE_NUMBERS.search(text):
        return []
    # Imported here: dates uses this module's cardinals for "two days ago".
    from watchfloor.normalize.dates import find_dates

    return [(s, e) for s, e, _ in find_dates(text, None, lang)]


def find_quantities(text: str, lang: str = "en") -> list[tuple[int, int, Quantity]]:
    """Every quantity expression in `text` as (start, end, Quantity), in text order, without overlaps.

    Digits and number words with their modifiers and ranges, fixed phrases ("dozens", "двоих").
    Not counts, so left out: years and dates ("in 2015", "2015 года", "April 4", "4 апреля",
    "two days ago"), ages ("22-year-old"), percentages, money, times, ordinals, article numbers,
    bare articles ("a man": use `parse_quantity` on a noun phrase for that).
    """
    scanner = _Scanner(text, lang)
    if not any(scanner.may_start(i) for i in range(len(scanner.toks))):
        return []
    return list(scanner.scan(_date_spans(text, lang)))


@cache
def _start_words(lang: str) -> frozenset[str]:
    """Every word a quantity expression can begin with."""
    words = set(cardinal_table(lang)) | {k[0] for k in phrase_table(lang)} | set(_RANGE_OPEN[lang])
    words |= {key[0] for _, key in modifier_table(lang)} | _ARTICLES
    return frozenset(words)


_FILLERS = {
    "en": [
        ("a", "total", "of"),
        ("a", "group", "of"),
        ("a", "team", "of"),
        ("a", "further"),
        ("an", "additional"),
        ("another",),
        ("the",),
        ("all",),
        ("these",),
        ("those",),
        ("its",),
        ("their",),
    ],
    "ru": [
        ("в", "общей", "сложности"),
        ("всего",),
        ("ещё",),
        ("еще",),
        ("все",),
        ("эти",),
        ("этих",),
        ("группа", "из"),
        ("группу", "из"),
        ("группы", "из"),
        ("семья", "из"),
        ("семью", "из"),
        ("семьи", "из"),
        ("ячейка", "из"),
        ("ячейку", "из"),
        ("ячейки", "из"),
        ("банда", "из"),
        ("банду", "из"),
    ],
}


@lru_cache(maxsize=8192)  # extractors ask for the same phrases again and again; Quantity is frozen
def parse_quantity(text: str, lang: str = "en") -> Quantity | None:
    """The quantity a phrase starts with: "seven", "at least 5", "dozens of", "a group of 16",
    "двоих", "более 20", "от 10 до 15"; "a"/"an"/"one" + noun is 1. Words after it are ignored.

    Leading "the", "all", "another", "a total of", "все", "ещё" are skipped. None when the phrase
    does not start with a quantity (or starts with a date).
    """
    lang = _lang(lang)
    scanner = _Scanner(text, lang)
    toks = scanner.toks
    i = 0
    moved = True
    while moved:
        moved = False
        for filler in _FILLERS[lang]:
            if scanner.words(i, len(filler)) == tuple(_fold(w) for w in filler):
                i += len(filler)
                moved = True
                break
    if i >= len(toks):
        return None
    skip = _date_spans(text, lang)
    if any(s <= toks[i].start < e for s, e in skip):
        return None
    for start, _end, q in scanner.scan(skip):
        if start == toks[i].start:
            return q
        break
    if toks[i].norm in _ARTICLES:
        return exact(1)
    if _NUMERAL_STEM[lang].match(toks[i].norm) and toks[i].norm not in _NOT_NUMERALS:
        return _fallback(toks[i].start, text, lang)
    return None


# Left out of the cardinal table on purpose; number-parser must not bring them back.
_NOT_NUMERALS = frozenset({"семью"})  # "family" (accusative) far more often than "seven" (instrumental)
# Only words that look like numerals go to number-parser, so a noun phrase costs no library call.
_NUMERAL_STEM = {
    "en": re.compile(
        r".*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundred|thousand|illion)$"
    ),
    "ru": re.compile(r"(?:од|дв|тр|чет|пят|шест|сем|вос|дев|дес|сор|сот|сто|ст[ауо]|тыс|мил|пол)"),
}


def _fallback(start: int, text: str, lang: str) -> Quantity | None:
    """number-parser for number words the tables do not know."""
    import number_parser  # imported on first use: most phrases never get here

    words = text[start:].split()
    for n in range(min(len(words), 6), 0, -1):  # the longest run of words it reads as one number
        candidate = " ".join(words[:n])
        value = number_parser.parse_number(candidate, language=lang)
        if isinstance(value, int) and value > 0:
            return exact(value)
    return None


def cardinal_value(text: str, lang: str = "en") -> int | None:
    """A whole phrase read as a cardinal ("12", "twenty-three", "три", "двух"), tables only; else None."""
    scanner = _Scanner(text.strip(), lang)
    if not scanner.toks:
        return None
    found = scanner.read_number(0)
    if found is None or found[0] != len(scanner.toks):
        return None
    return found[1].value
