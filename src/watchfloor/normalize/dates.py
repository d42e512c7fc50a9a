"""Dates in English and Russian news text, resolved against the publication date.

A resolved date carries a precision (model.PRECISIONS). Conventions, as in the gold format:
week → the Monday of that week; month → the 1st; year → 1 January.

Events in news are in the past, so a date without a year is the most recent one that is at most
7 days after publication ("December 28" in a 2015-01-05 report is 2014-12-28), a weekday is the
most recent one on or before publication ("on Monday" in a Monday report is that day; "last
Monday" is strictly before), and a month without a year is the most recent one not after
publication. Seasons ("last summer", "летом 2015") resolve to their year, precision "year":
a season spans months, and a year is the honest precision. Parts of a month ("mid-January",
"в конце января") resolve to the month. Weekends resolve to their week.

Without a publication date, anything relative is `DateValue(None, "unknown")`; dates with a year
still resolve.

The finder is our own regexes over tables (data/dates_<lang>.tsv); dateparser is only a fallback in
`resolve_date` for phrases the regexes do not know ("a fortnight ago", "15/03/2014").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any, NamedTuple

from watchfloor.normalize.numbers import cardinal_table, cardinal_value


@dataclass(frozen=True)
class DateValue:
    date: date | None
    precision: str  # day | week | month | year | unknown


UNKNOWN = DateValue(None, "unknown")
# "April 4" in a report of March 30 may be a planned date a few days ahead; beyond this it is last year's.
AHEAD = timedelta(days=7)


# --- tables ------------------------------------------------------------------------------------


def _fold(s: str) -> str:
    return s.lower().replace("ё", "е").rstrip(".")


def _lang(lang: str) -> str:
    return "ru" if lang == "ru" else "en"


@cache
def calendar_table(lang: str) -> dict[str, tuple[str, int]]:
    """Calendar word (folded) → (kind, value): month 1-12, month_abbr, weekday 0-6 (Monday 0), season."""
    out: dict[str, tuple[str, int]] = {}
    text = files("watchfloor.data").joinpath(f"dates_{_lang(lang)}.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            form, kind, value = line.split("\t")
            out[_fold(form)] = (kind, int(value))
    return out


def _forms(lang: str, *kinds: str) -> list[str]:
    return [f for f, (k, _) in calendar_table(lang).items() if k in kinds]


def _alt(forms: Iterable[str]) -> str:
    """A regex alternation, longest first; е also matches ё."""
    parts = sorted(set(forms), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(re.escape(f).replace("е", "[её]") for f in parts) + ")"


def _capitalised(forms: Iterable[str]) -> str:
    """English month names must be capitalised: "may" and "march" are verbs."""
    return _alt([v for f in forms for v in (f.capitalize(), f.upper())])


def _value(lang: str, word: str) -> int:
    return calendar_table(lang)[_fold(word)][1]


# --- date arithmetic ----------------------------------------------------------------------------


def _day(d: date) -> DateValue:
    return DateValue(d, "day")


def _week(d: date) -> DateValue:
    return DateValue(d - timedelta(days=d.weekday()), "week")


def _month(year: int, month: int) -> DateValue:
    while month < 1:
        year, month = year - 1, month + 12
    while month > 12:
        year, month = year + 1, month - 12
    return DateValue(date(year, month, 1), "month")


def _year(year: int) -> DateValue:
    return DateValue(date(year, 1, 1), "year")


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _recent_day(published: date, month: int, day: int) -> date | None:
    """The latest such day not more than AHEAD after publication."""
    for year in (published.year + 1, published.year, published.year - 1, published.year - 4):
        d = _valid(year, month, day)
        if d and d <= published + AHEAD:
            return d
    return None


def _weekday(published: date, weekday: int, offset: int | None) -> date:
    """offset None: the latest on or before publication; -1 strictly before; 0 in the published week;
    +1 strictly after."""
    back = (published.weekday() - weekday) % 7
    if offset is None:
        return published - timedelta(days=back)
    if offset < 0:
        return published - timedelta(days=back or 7)
    if offset == 0:
        return published + timedelta(days=weekday - published.weekday())
    return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)


def _recent_month(published: date, month: int, offset: int | None) -> DateValue:
    """offset None: latest not after publication; -1 strictly before the published month; 0 this
    year; +1 strictly after."""
    y = published.year
    if offset is None:
        return _month(y if month <= published.month else y - 1, month)
    if offset < 0:
        return _month(y if month < published.month else y - 1, month)
    if offset == 0:
        return _month(y, month)
    return _month(y if month > published.month else y + 1, month)


def _season_year(published: date, first: int, offset: int | None) -> int:
    """The year a season falls in (a winter is labelled with the year of its January).

    offset None ("in the summer", "летом"): the latest that has begun; -1 ("last summer"): the
    latest that has ended before the published month; 0 ("this summer"): this year's; +1: the next.
    """

    def start(label: int) -> int:  # months since year 0
        return (label - 1) * 12 + 11 if first == 12 else label * 12 + first - 1

    now = published.year * 12 + published.month - 1
    labels = range(published.year - 2, published.year + 3)
    if offset is None:
        return max(label for label in labels if start(label) <= now)
    if offset < 0:
        return max(label for label in labels if start(label) + 2 < now)
    if offset == 0:
        return published.year + 1 if first == 12 and published.month == 12 else published.year
    return min(label for label in labels if start(label) > now)


# --- relative words -----------------------------------------------------------------------------

_BACK = (
    "last",
    "past",
    "the past",
    "previous",
    "the previous",
    "the last",
    "this past",
    "прошл",
    "минувш",
    "прошедш",
    "предыдущ",
    "последн",
)
_AHEAD_WORDS = ("next", "coming", "the coming", "this coming", "the following", "следующ", "ближайш", "будущ")


def _offset(word: str | None) -> int | None:
    """Relative word → offset: "last" -1, "this" 0, "next" +1; None when none was written."""
    if not word:
        return None
    w = " ".join(_fold(word).split())
    if w.startswith(_BACK):
        return -1
    if w.startswith(_AHEAD_WORDS):
        return 1
    return 0


# --- rules --------------------------------------------------------------------------------------

Resolver = Callable[[re.Match[str], date | None, str], DateValue | None]


class _Rule(NamedTuple):
    regex: re.Pattern[str]
    resolve: Resolver
    anchors: tuple[str, ...] = ()  # lower-case substrings one of which any match contains; () = always run


def _g(m: re.Match[str], name: str) -> str | None:
    value: str | None = m.groupdict().get(name)
    return value


def _r_numeric(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    d = _valid(int(m["year"]), int(m["month"]), int(m["day"]))
    return _day(d) if d else None


def _r_day_month(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    month, day = _value(lang, m["month"]), int(m["day"])
    year = _g(m, "year")
    if year:
        d = _valid(int(year), month, day)
        return _day(d) if d else None
    if _valid(2000, month, day) is None:
        return None  # "April 31" is not a date
    if published is None:
        return UNKNOWN
    d = _recent_day(published, month, day)
    return _day(d) if d else None


def _r_month(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    year, relyear, rel = _g(m, "year"), _g(m, "relyear"), _g(m, "rel")
    if not (year or relyear or rel or _g(m, "prep") or _g(m, "part")):
        return None  # a bare "May" is the verb; a bare "March" may be a march
    month = _value(lang, m["month"])
    if year:
        return _month(int(year), month)
    if published is None:
        return UNKNOWN
    if relyear:
        return _month(published.year + (_offset(relyear) or 0), month)
    return _recent_month(published, month, _offset(rel))


def _r_weekday(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    if published is None:
        return UNKNOWN
    return _day(_weekday(published, _value(lang, m["wd"]), _offset(_g(m, "rel"))))


_RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "yesterday": -1,
    "last night": -1,
    "the day before": -1,
    "the previous day": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "сегодня": 0,
    "этой ночью": 0,
    "вчера": -1,
    "накануне": -1,
    "прошлой ночью": -1,
    "минувшей ночью": -1,
    "позавчера": -2,
    "завтра": 1,
    "послезавтра": 2,
}


def _r_relday(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    if published is None:
        return UNKNOWN
    return _day(published + timedelta(days=_RELATIVE_DAYS[" ".join(_fold(m["word"]).split())]))


_VAGUE_N = ("a few", "several", "a couple of", "couple of", "несколько", "пару", "пара")


def _unit_of(word: str) -> str:
    w = _fold(word)
    if w.startswith(("day", "дн", "ден", "сут")):
        return "day"
    if w.startswith(("fortnight",)):
        return "fortnight"
    if w.startswith(("week", "недел")):
        return "week"
    if w.startswith(("month", "месяц")):
        return "month"
    if w.startswith("полгод"):
        return "halfyear"
    return "year"


def _r_ago(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    unit = _unit_of(m["unit"])
    raw = " ".join(_fold(_g(m, "n") or "").split())
    vague = raw in _VAGUE_N
    if unit in ("fortnight", "halfyear") or not raw or raw in ("a", "an"):
        n = 1
    elif vague:
        n = 2
    else:
        value = cardinal_value(raw, lang)
        if value is None:
            return None
        n = value
    if published is None:
        return UNKNOWN
    if unit == "fortnight":
        return _week(published - timedelta(days=14 * n))
    if unit == "halfyear":
        return _month(published.year, published.month - 6)
    # A vague count ("a few days ago") is read as two or three units, one precision coarser.
    if unit == "day":
        return _week(published - timedelta(days=3)) if vague else _day(published - timedelta(days=n))
    if unit == "week":
        back = published - timedelta(weeks=n)
        return _month(back.year, back.month) if vague else _week(back)
    if unit == "month":
        dv = _month(published.year, published.month - n)
        return _year(dv.date.year) if vague and dv.date else dv
    return _year(published.year - n)


def _r_relunit(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    rel = _g(m, "rel")
    if rel and _fold(rel) == "the" and not (_g(m, "mod") or _g(m, "prep")):
        return None  # "the week" alone refers to some week of the story
    if published is None:
        return UNKNOWN
    unit = _unit_of(_g(m, "unit") or _g(m, "unitg") or _g(m, "unit0") or "")
    offset = _offset(rel or _g(m, "relg")) or 0
    if unit == "week":
        return _week(published + timedelta(weeks=offset))
    if unit == "month":
        return _month(published.year, published.month + offset)
    return _year(published.year + offset)


def _r_weekend(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    if published is None:
        return UNKNOWN
    offset = _offset(_g(m, "rel"))
    saturday = _weekday(published, 5, None)
    if offset is not None and offset > 0:
        saturday = _weekday(published, 5, 1)
    return _week(saturday)


def _r_year(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    return _year(int(m["year"]))


def _r_season(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    year, rel = _g(m, "year"), _g(m, "rel")
    season = _fold(m["season"])
    if not (year or rel or _g(m, "the") or _g(m, "prep")) and lang == "en":
        return None
    if season == "fall" and not (year or rel or _g(m, "the")):
        return None  # "fall" is mostly the verb
    first = _value(lang, m["season"])
    if year:
        return _year(int(year))
    if published is None:
        return UNKNOWN
    return _year(_season_year(published, first, _offset(rel)))


# --- regexes ------------------------------------------------------------------------------------

_B = r"(?<![\w-])"  # start of a word, not inside "well-known"
_E = r"(?![\w-])"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)"
_DAY2 = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_PART_EN = (
    r"(?:the\s+)?(?:early|late|mid|end\s+of|beginning\s+of|start\s+of|middle\s+of|first\s+half\s+of|"
    r"second\s+half\s+of|first\s+week\s+of|last\s+week\s+of|first\s+days\s+of|last\s+days\s+of)"
)
_PART_RU = (
    r"(?:начале|конце|середине|первой\s+половине|второй\s+половине|первых\s+числах|последних\s+числах|"
    r"начала|конца|середины|первой\s+декаде|последней\s+декаде)"
)
_REL_EN = (
    r"(?:last|this\s+past|this\s+coming|past|this|next|previous|the\s+previous|the\s+past|the\s+last|coming)"
)
_REL_RU = r"(?:прошл|минувш|прошедш|предыдущ|последн|эт|текущ|нынешн|следующ|ближайш)[а-яё]*"


def _numeric_rules() -> list[_Rule]:
    return [
        _Rule(
            re.compile(rf"(?<![\w.-]){_YEAR}-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\w-])"),
            _r_numeric,
        ),
        _Rule(
            re.compile(
                r"(?<![\w.])(?P<day>0?[1-9]|[12]\d|3[01])\.(?P<month>0?[1-9]|1[0-2])\."
                rf"{_YEAR}(?:\s*г\.)?"
            ),
            _r_numeric,
        ),
    ]


# Cheap substring tests that let a sentence skip the rules that cannot match it.
_MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS_RU = (
    "янв",
    "фев",
    "мар",
    "апр",
    "май",
    "мая",
    "мае",
    "июн",
    "июл",
    "авг",
    "сен",
    "окт",
    "ноя",
    "дек",
)
_YEARS = ("19", "20")
_ANCHORS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "_r_day_month": _MONTHS_EN,
        "_r_month": _MONTHS_EN,
        "_r_weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        "_r_relday": (
            "yesterday",
            "today",
            "tonight",
            "tomorrow",
            "day before",
            "previous day",
            "this morning",
            "this afternoon",
            "this evening",
            "last night",
        ),
        "_r_ago": ("ago",),
        "_r_relunit": ("week", "month", "year"),
        "_r_before": ("before",),
        "_r_weekend": ("weekend",),
        "_r_year": _YEARS,
        "_r_season": ("spring", "summer", "autumn", "fall", "winter"),
    },
    "ru": {
        "_r_day_month": _MONTHS_RU,
        "_r_month": _MONTHS_RU,
        "_r_weekday": ("понедельн", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень"),
        "_r_relday": ("вчера", "сегодня", "накануне", "завтра", "ночью"),
        "_r_ago": ("назад",),
        "_r_relunit_ru": ("недел", "месяц", "году", "года", "днях"),
        "_r_weekend": ("выходн",),
        "_r_year": _YEARS,
        "_r_season": ("летом", "весной", "осенью", "зимой"),
    },
}


@cache
def _rules(lang: str) -> tuple[_Rule, ...]:
    rules = _rules_ru() if lang == "ru" else _rules_en()
    anchors = _ANCHORS[lang]
    return tuple(_Rule(r.regex, r.resolve, anchors.get(r.resolve.__name__, ())) for r in rules)


def _rules_en() -> tuple[_Rule, ...]:
    month = _capitalised(_forms("en", "month"))
    month_day = (
        "(?:" + _capitalised(_forms("en", "month")) + "|" + _capitalised(_forms("en", "month_abbr")) + r"\.?)"
    )
    weekday = "(?i:" + _alt(_forms("en", "weekday")) + ")"
    prep = r"(?:(?i:on|in|since|by|until|till|from|during|before|after|as\s+of|through|to|for|of)\s+)?"
    ordinal = r"(?:st|nd|rd|th)?"
    rules = _numeric_rules() + [
        # April 4 / Wednesday, April 8 / Jan. 5, 2015 / April 4-5
        _Rule(
            re.compile(
                rf"{_B}{prep}(?:(?P<wd>{weekday})(?:\s*,\s*|\s+))?(?i:the\s+)?(?P<month>{month_day})\s+{_DAY}{ordinal}"
                rf"(?:\s*(?:-|–|and)\s*{_DAY2}{ordinal})?(?:\s*,?\s*{_YEAR})?{_E}"
            ),
            _r_day_month,
        ),
        # 4 April 2015 / the 4th of April / Monday 4 April
        _Rule(
            re.compile(
                rf"{_B}{prep}(?:(?P<wd>{weekday})(?:\s*,\s*|\s+))?(?i:the\s+)?{_DAY}{ordinal}"
                rf"(?:\s*(?:-|–|and)\s*{_DAY2}{ordinal})?\s+(?i:of\s+)?(?P<month>{month_day})"
                rf"(?:\s*,?\s*{_YEAR})?{_E}"
            ),
            _r_day_month,
        ),
        # in March / in mid-January / at the end of January / last March / in March 2014 / March of last year
        _Rule(
            re.compile(
                rf"{_B}(?:(?P<prep>(?i:in|since|by|until|till|from|during|through|throughout|before|after|of|for|"
                rf"at|as\s+of)\s+)?(?P<part>(?i:{_PART_EN})[\s-]*)?|(?P<rel>(?i:{_REL_EN}))\s+)"
                rf"(?P<month>{month})(?:\s*,?\s+(?i:of\s+)?(?:{_YEAR}|(?P<relyear>(?i:this|last|next))\s+(?i:year)))?{_E}"
            ),
            _r_month,
        ),
        # on Monday / last Monday / Monday night / late on Monday / Monday's
        _Rule(
            re.compile(
                rf"{_B}(?:(?i:late|early|overnight)\s+)?(?:(?i:on|by|since|until|till|from|before|after)\s+"
                rf"(?i:the\s+night\s+of\s+)?)?(?:(?P<rel>(?i:{_REL_EN}|the\s+following))\s+)?"
                rf"(?P<wd>{weekday})(?:['’]s)?(?:\s+(?i:morning|afternoon|evening|night|overnight))?{_E}"
            ),
            _r_weekday,
        ),
        _Rule(
            re.compile(
                r"(?i)" + _B + r"(?P<word>the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|"
                r"the\s+day\s+before|the\s+previous\s+day|this\s+morning|this\s+afternoon|this\s+evening|"
                r"last\s+night|earlier\s+today|later\s+today)(?:\s+(?:morning|afternoon|evening|night))?" + _E
            ),
            _r_relday,
        ),
        _Rule(
            re.compile(
                r"(?i)"
                + _B
                + r"(?:(?P<n>\d{1,3}|"
                + _number_words("en")
                + r"|a\s+few|several|a\s+couple\s+of|a|an)\s+)"
                r"(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+ago" + _E
            ),
            _r_ago,
        ),
        # this week / earlier this week / last month / the past week / late last year
        _Rule(
            re.compile(
                r"(?i)"
                + _B
                + r"(?:(?P<mod>earlier|later|late|early|(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of|"
                r"in\s+the\s+(?:middle|first\s+half|second\s+half)\s+of|mid)[\s-]+(?:in\s+)?)?"
                r"(?:(?P<prep>over|during|in|for|within|throughout)\s+)?"
                r"(?P<rel>this\s+past|this|last|next|the\s+past|the\s+previous|the\s+last|past|previous|"
                r"the\s+current|the)\s+(?P<unit>week|month|year)" + _E
            ),
            _r_relunit,
        ),
        _Rule(
            re.compile(r"(?i)" + _B + r"the\s+(?P<unit>week|month|year)\s+before" + _E),
            _r_before,
        ),
        _Rule(
            re.compile(
                r"(?i)"
                + _B
                + r"(?:(?:over|at|on|during|from)\s+)?(?:(?P<rel>this|last|next|the\s+past|past|the)\s+)"
                r"weekend" + _E
            ),
            _r_weekend,
        ),
        # in 2014 / since 2014 / in early 2015 / the summer of 2015 / from 2013 to 2015
        _Rule(
            re.compile(
                rf"{_B}(?:(?i:in|since|by|until|till|during|from|of|before|after|through|throughout|for|as\s+of|"
                rf"between)\s+(?:(?i:{_PART_EN})[\s-]+)?|(?i:early|late|mid)[\s-]+|(?i:the\s+year\s+))"
                rf"{_YEAR}(?:\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d)(?!\d)|\s+(?:to|and|through)\s+(?:19|20)\d\d(?!\d))?"
                rf"(?![\w-]|['’]s)"
            ),
            _r_year,
        ),
        _Rule(
            re.compile(
                rf"{_B}(?P<prep>(?i:in|during|over|since|by|through|throughout|until|of)\s+)?"
                rf"(?:(?P<rel>(?i:{_REL_EN}))\s+|(?P<the>(?i:the))\s+)?"
                rf"(?P<season>(?i:spring|summer|autumn|fall|winter))(?:\s+(?i:of\s+)?{_YEAR})?{_E}"
                r"(?!\s+of\s)"  # "the fall of the caliphate"
            ),
            _r_season,
        ),
    ]
    return tuple(rules)


def _r_before(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    if published is None:
        return UNKNOWN
    unit = _unit_of(m["unit"])
    if unit == "week":
        return _week(published - timedelta(weeks=1))
    if unit == "month":
        return _month(published.year, published.month - 1)
    return _year(published.year - 1)


def _number_words(lang: str) -> str:
    """Cardinal words up to 99 as an alternation ("twenty-one", "двадцать пять"), for "N days ago"."""
    table = cardinal_table(lang)
    units = [w for w, (v, k) in table.items() if k == "add" and v < 20]
    tens = [w for w, (v, k) in table.items() if k == "add" and 20 <= v < 100]
    return rf"(?:{_alt(tens)}(?:[\s-]{_alt(units)})?|{_alt(units)})"


def _rules_ru() -> tuple[_Rule, ...]:
    month = _alt(_forms("ru", "month"))
    month_day = "(?:" + month + "|" + _alt(_forms("ru", "month_abbr")) + r"\.?)"
    weekday = _alt(_forms("ru", "weekday"))
    prep = r"(?:(?:в|во|с|со|к|до|по|на|от|около|(?:в\s+)?ночь\s+на)\s+)?"
    year_word = r"(?:\s*-?\s*(?:го|м|й))?(?:\s*(?:года|году|годом|год|г\.?))?"
    rules = _numeric_rules() + [
        # 4 апреля / 4 апреля 2015 года / во вторник, 7 апреля / 4-го апреля / 4-5 апреля
        _Rule(
            re.compile(
                rf"(?i){_B}{prep}(?:(?P<wd>{weekday})\s*,?\s+)?{_DAY}(?:\s*-?\s*(?:го|е|ое))?"
                rf"(?:\s*(?:-|–|и)\s*{_DAY2}(?:-?(?:го|е))?)?\s+(?P<month>{month_day})(?:\s+{_YEAR}{year_word})?{_E}"
            ),
            _r_day_month,
        ),
        # в январе / в конце января / в марте 2014 года / в январе прошлого года / с апреля
        _Rule(
            re.compile(
                rf"(?i){_B}(?:(?P<prep>в|во|с|со|до|к|по|от|начиная\s+с)\s+)?(?:(?P<part>{_PART_RU})\s+)?"
                rf"(?P<month>{month})(?:\s+(?:{_YEAR}{year_word}|(?P<relyear>{_REL_RU})\s+года))?{_E}"
            ),
            _r_month,
        ),
        # во вторник / в прошлую среду / в понедельник вечером / утром в среду
        _Rule(
            re.compile(
                rf"(?i){_B}(?:(?:утром|днём|днем|вечером|ночью|поздно\s+вечером|рано\s+утром)\s+)?(?:в|во)\s+"
                rf"(?:(?P<rel>{_REL_RU})\s+)?(?P<wd>{weekday})(?:\s+(?:утром|днём|днем|вечером|ночью))?{_E}"
            ),
            _r_weekday,
        ),
        # в ночь на вторник / в ночь с понедельника на вторник
        _Rule(
            re.compile(
                rf"(?i){_B}(?:в\s+)?ночь\s+(?:(?:с|со)\s+{weekday}\s+)?на\s+(?:(?P<rel>{_REL_RU})\s+)?"
                rf"(?P<wd>{weekday}){_E}"
            ),
            _r_weekday,
        ),
        _Rule(
            re.compile(
                rf"(?i){_B}(?P<word>позавчера|вчера|сегодня|накануне|послезавтра|завтра|прошлой\s+ночью|"
                rf"минувшей\s+ночью|этой\s+ночью)(?:\s+(?:утром|днём|днем|вечером|ночью))?{_E}"
            ),
            _r_relday,
        ),
        _Rule(
            re.compile(
                rf"(?i){_B}(?:(?P<n>\d{{1,3}}|{_number_words('ru')}|несколько|пару|пара)\s+)?"
                rf"(?P<unit>дня|дней|день|сутки|суток|неделю|недели|недель|месяц|месяца|месяцев|год|года|лет|"
                rf"полгода)\s+(?:тому\s+)?назад{_E}"
            ),
            _r_ago,
        ),
        # на прошлой неделе / в этом месяце / ранее в этом месяце / в конце прошлого года / в начале недели
        _Rule(
            re.compile(
                rf"(?i){_B}(?:(?:ранее|позднее|позже)\s+)?(?:"
                rf"в\s+{_PART_RU}\s+(?P<relg>{_REL_RU})\s+(?P<unitg>недели|месяца|года)|"
                rf"(?:на|в)\s+(?P<rel>{_REL_RU})\s+(?P<unit>неделе|месяце|году)|"
                rf"в\s+{_PART_RU}\s+(?P<unit0>недели|месяца)|на\s+(?P<unit1>неделе|днях))"
                rf"{_E}"
            ),
            _r_relunit_ru,
        ),
        _Rule(
            re.compile(rf"(?i){_B}(?:в|на)\s+(?:(?P<rel>{_REL_RU})\s+)?(?:выходные|выходных){_E}"),
            _r_weekend,
        ),
        # в 2014 году / 2015 года / с 2013 по 2015 год / в 2015-м / в начале 2015 года
        _Rule(
            re.compile(
                rf"(?i){_B}(?:(?:в|во|с|со|до|к|по|от|за|на\s+протяжении|в\s+течение)\s+)?"
                rf"(?:{_PART_RU}\s+)?{_YEAR}(?:\s*[-–]\s*(?:(?:19|20)\d\d|\d\d)(?!\d)|\s+(?:по|и)\s+(?:19|20)\d\d(?!\d))?"
                rf"(?:\s*-?\s*(?:м|й|го|х))?\s*(?:года|году|годом|год|годах|годов|годы|гг?\.){_E}"
            ),
            _r_year,
        ),
        # "в 2015," without "году", and "2015-м"
        _Rule(re.compile(rf"(?i){_B}(?:в|с|со)\s+{_YEAR}(?:-(?:м|х|е))?(?=\s*[,.;:!?)»\"]|\s*$)"), _r_year),
        _Rule(re.compile(rf"(?i){_B}{_YEAR}-(?:м|х){_E}"), _r_year),
        _Rule(
            re.compile(
                rf"(?i){_B}(?:(?P<rel>{_REL_RU})\s+)?(?P<season>летом|весной|осенью|зимой)"
                rf"(?:\s+{_YEAR}(?:\s*(?:года|г\.?))?)?{_E}"
            ),
            _r_season,
        ),
    ]
    return tuple(rules)


def _r_relunit_ru(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    bare = _g(m, "unit1")  # "на неделе" is this week; "на днях" the last few days
    if bare is None:
        return _r_relunit(m, published, lang)
    if published is None:
        return UNKNOWN
    return _week(published - timedelta(days=3) if _fold(bare) == "днях" else published)


# --- finding ------------------------------------------------------------------------------------


def find_dates(text: str, published: date | None, lang: str = "en") -> list[tuple[int, int, DateValue]]:
    """Every date expression in `text` as (start, end, DateValue), in text order; where matches
    overlap the longest wins. A leading preposition ("on", "in", "в", "на") is part of the span."""
    return list(_find_dates(text, published, _lang(lang)))


@lru_cache(maxsize=8192)  # every draft of a sentence asks for that sentence's dates
def _find_dates(text: str, published: date | None, lang: str) -> tuple[tuple[int, int, DateValue], ...]:
    found: list[tuple[int, int, int, DateValue]] = []
    low = text.lower()
    for rank, rule in enumerate(_rules(lang)):
        if rule.anchors and not any(a in low for a in rule.anchors):
            continue
        for m in rule.regex.finditer(text):
            value = rule.resolve(m, published, lang)
            if value is not None and m.end() > m.start():
                found.append((m.start(), m.end(), rank, value))
    found.sort(key=lambda f: (f[0] - f[1], f[0], f[2]))
    chosen: list[tuple[int, int, DateValue]] = []
    for start, end, _rank, value in found:
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, value))
    return tuple(sorted(chosen, key=lambda c: c[0]))


def resolve_date(phrase: str, published: date | None, lang: str = "en") -> DateValue | None:
    """Resolve a date phrase ("on Monday", "April 4", "в конце января", "earlier this month").

    The longest date expression in the phrase wins; when the rules know none, dateparser is tried.
    None when the phrase holds no date.
    """
    lang = _lang(lang)
    hits = find_dates(phrase, published, lang)
    if hits:
        return max(hits, key=lambda h: h[1] - h[0])[2]
    return _dateparser(phrase.strip(), published, lang)


_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# What dateparser misreads as a date: durations ("12 years" becomes 12 years ago), times of day,
# decades, bare small numbers, day/month without a year in digits ("9/11").
_NOT_FOR_DATEPARSER = re.compile(
    r"(?i)\b(?:days?|weeks?|fortnights?|months?|years?|hours?|minutes?|decades?|centur\w*|дн\w*|день|сут\w*|"
    r"недел\w*|месяц\w*|год\w*|лет|час\w*|минут\w*|noon|midnight|o'clock|полдень|полночь)\b|"
    r"\d\s*(?:[ap]\.?m\b|:\d\d)|\d0-?(?:s|х)\b|^\s*\d{1,3}\s*$|^\s*\d{1,2}/\d{1,2}\s*$"
)
_BARE_YEAR = re.compile(r"\s*((?:19|20)\d\d)\s*")


def _dateparser(phrase: str, published: date | None, lang: str) -> DateValue | None:
    if not phrase or len(phrase) > 80:
        return None
    bare = _BARE_YEAR.fullmatch(phrase)
    if bare:
        return _year(int(bare.group(1)))  # a phrase that is only a year is that year
    if _NOT_FOR_DATEPARSER.search(phrase):
        return None
    if published is None:
        year = _HAS_YEAR.search(phrase)
        if year is None:
            return None  # relative to an unknown day
        base = date(int(year.group()), 12, 31)
    else:
        base = published
    data = _date_parser(lang, base).get_date_data(phrase)
    found: datetime | None = data.date_obj
    if found is None:
        return None
    d = found.date()
    if published is not None and d > published + AHEAD:
        return None
    period = data.period or "day"
    if published is None and (period not in ("day", "month", "year") or str(d.year) not in phrase):
        return None
    if period == "week":
        return _week(d)
    if period == "month":
        return _month(d.year, d.month)
    if period == "year":
        return _year(d.year)
    return _day(d)


@lru_cache(maxsize=64)
def _date_parser(lang: str, base: date) -> Any:
    from dateparser.date import DateDataParser  # heavy import, only for the fallback

    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=[lang], settings=settings)


# --- datelines ----------------------------------------------------------------------------------

_NOT_PLACES = frozenset(
    {
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "EXCLUSIVE",
        "ANALYSIS",
        "WATCH",
        "VIDEO",
        "PHOTO",
        "PHOTOS",
        "OPINION",
        "EDITORIAL",
        "COMMENT",
        "NOTE",
        "ОБНОВЛЕНО",
        "МОЛНИЯ",
        "СРОЧНО",
        "ВИДЕО",
        "ФОТО",
    }
)


@cache
def _dateline_regex() -> re.Pattern[str]:
    en_month = (
        "(?:" + _capitalised(_forms("en", "month")) + "|" + _capitalised(_forms("en", "month_abbr")) + r")\.?"
    )
    ru_month = "(?:" + _alt(_forms("ru", "month")) + "|" + _alt(_forms("ru", "month_abbr")) + r")\.?"
    caps = r"[A-ZА-ЯЁ][A-ZА-ЯЁ.'’-]*[A-ZА-ЯЁ.]"
    title = r"[A-ZА-ЯЁ][a-zа-яё]+(?:[-\s][A-ZА-ЯЁ][a-zа-яё]+){0,2}"
    return re.compile(
        rf"^\s*(?:(?P<place>{caps}(?:\s+{caps}){{0,3}}|(?P<title>{title}))"
        rf"(?:\s*,\s*(?!{en_month}\s*\d)(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{{2,}}))?"
        rf"(?:\s*,\s*(?P<date>{en_month}\s+\d{{1,2}}(?:\s*,\s*(?:19|20)\d\d)?|"
        rf"\d{{1,2}}\s+(?i:{ru_month})(?:\s+(?:19|20)\d\d(?:\s*г\.?)?)?))?\.?)?"
        rf"\s*(?:\((?P<agency>[^()\n]{{1,40}})\)|/(?P<agency2>[^/\n]{{1,30}})/)?"
        rf"\s*(?P<dash>[-—–]+)?"
    )


def parse_dateline(text: str, published: date | None = None) -> tuple[str | None, date | None] | None:
    """A wire dateline at the start of `text`: "ANKARA, April 8 (IANS) —", "ISTANBUL (Reuters) -",
    "МОСКВА, 5 января. /ТАСС/." → (place, date). The place is title-cased when written in capitals;
    the date takes its year from `published` (None without it). None when there is no dateline."""
    m = _dateline_regex().match(text)
    if m is None:
        return None
    place, date_text = m["place"], m["date"]
    agency = m["agency"] or m["agency2"]
    if place and place.rstrip(".") in _NOT_PLACES:
        return None
    if not (agency or (m["dash"] and place and (date_text or not m["title"]))):
        return None
    if not place and not agency:
        return None
    when: date | None = None
    if date_text:
        lang = "ru" if re.search(r"[а-яё]", date_text, re.IGNORECASE) else "en"
        value = resolve_date(date_text, published, lang)
        when = value.date if value else None
    if place:
        place = place.strip().rstrip(".,")
        if place.isupper():
            place = place.title()
    return place or None, when
