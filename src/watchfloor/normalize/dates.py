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

The story's own time: "the next morning", "two days later", "later that evening", "the day before"
count from the last date told before them (`find_dates(..., anchor=)`; extract/time.py carries it
across sentences), the publication day when none was. Holidays come from data/holidays_<lang>.tsv
and are computed for their year (Easter with dateutil, Islamic feasts on the tabular calendar).
"The week of 20 March" and "the third week of May" are weeks. A birth date ("born in 1990") is
found but dates nothing.

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


def _first_day(year: int, month: int) -> date:
    """The 1st of a month, the month counted on past December or back before January."""
    value = _month(year, month).date
    assert value is not None
    return value


def days_covered(day: date | None, precision: str) -> tuple[date, date] | None:
    """The first and last day a date of this precision stands for (a week from its Monday, a month
    to its own last day); None for an unknown one."""
    if day is None or precision not in ("day", "week", "month", "year"):
        return None
    if precision == "day":
        return day, day
    if precision == "week":
        return day, day + timedelta(days=6)
    if precision == "month":
        return day, date(day.year + day.month // 12, day.month % 12 + 1, 1) - timedelta(days=1)
    return day, date(day.year, 12, 31)


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


def _r_slash(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    """'15/01/2017' (day first, as most of the world writes it) or '01/15/2017' (month first, as US
    news and the Global Terrorism Database's summaries do): a number above 12 tells which. When both
    read as dates, the one not after the publication day; failing that, month first, the order of
    the English-language sources that write dates so."""
    first, second, year = int(m["a"]), int(m["b"]), int(m["year"])
    day_first, month_first = _valid(year, second, first), _valid(year, first, second)
    readings = [d for d in (month_first, day_first) if d is not None]
    if len(readings) == 2 and published is not None:
        readings = [d for d in readings if d <= published] or readings
    return _day(readings[0]) if readings else None


def _r_day_month(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    month, day = _value(lang, m["month"]), int(m["day"])
    year, relyear = _g(m, "year"), _g(m, "relyear")
    if relyear and published is not None:
        year = str(published.year + (_offset(relyear) or 0))
    if year:
        d = _valid(int(year), month, day)
        return _span_of_days(d, _g(m, "day2")) if d else None
    if _valid(2000, month, day) is None:
        return None  # "April 31" is not a date
    if published is None:
        return UNKNOWN
    d = _recent_day(published, month, day)
    return _span_of_days(d, _g(m, "day2")) if d else None


def _span_of_days(first: date, last_day: str | None) -> DateValue:
    """ "between 7 and 9 May", "с 7 по 9 мая": days within one week are that week (the act is on
    one of them, which the text does not say); a single day, or days across weeks, the first day."""
    if last_day:
        last = _valid(first.year, first.month, int(last_day))
        if last is not None and 0 < (last - first).days <= 6 and last.weekday() > first.weekday():
            return _week(first)
    return _day(first)


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
    "overnight": 0,  # the night just gone, told the next morning (as "этой ночью")
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


# --- holidays -----------------------------------------------------------------------------------


@cache
def holiday_forms(lang: str) -> tuple[str, ...]:
    """The holiday names as written in data/holidays_<lang>.tsv."""
    path = files("watchfloor.data").joinpath(f"holidays_{_lang(lang)}.tsv")
    if not path.is_file():
        return ()
    lines = path.read_text("utf-8").splitlines()
    return tuple(line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#"))


@cache
def holiday_table(lang: str) -> dict[str, str]:
    """Holiday name (folded, apostrophes dropped) → its rule: "12-24" (fixed), "easter-2" (days from
    Western Easter), "orthodox+0", "11/4/3+1" (the 4th Thursday of November, plus one day; -1 is the
    last), "hijri:09" (an Islamic month, precision month) or "hijri:10-01" (a day of one)."""
    out: dict[str, str] = {}
    path = files("watchfloor.data").joinpath(f"holidays_{_lang(lang)}.tsv")
    if not path.is_file():
        return out
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, rule = line.split("\t")
            out[_holiday_key(form)] = rule.strip()
    return out


def _holiday_key(form: str) -> str:
    return " ".join(re.sub(r"['’]", "", form.lower().replace("-", " ")).split())


def _hijri(year: int, month: int, day: int) -> date:
    """The tabular Islamic calendar (astronomical epoch): the observed day differs by one at most."""
    jdn = (11 * year + 3) // 30 + 354 * year + 30 * month - (month - 1) // 2 + day + 1948439 - 385
    return date.fromordinal(jdn - 1721425)


def _holiday_dates(rule: str, year: int) -> list[DateValue]:
    """The holiday's dates in a Gregorian year (an Islamic one can fall twice in a year)."""
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

    if rule.startswith("hijri:"):
        spec = rule[len("hijri:"):]
        hmonth, _, hday = spec.partition("-")
        out = []
        for hyear in range(round((year - 622) * 33 / 32) - 1, round((year - 622) * 33 / 32) + 3):
            if hday:
                d = _hijri(hyear, int(hmonth), int(hday))
                if d.year == year:
                    out.append(_day(d))
            else:  # the whole month: the Gregorian month holding its middle
                middle = _hijri(hyear, int(hmonth), 15)
                if middle.year == year:
                    out.append(_month(middle.year, middle.month))
        return out
    m = re.fullmatch(r"(easter|orthodox)([+-]\d+)", rule)
    if m:
        base = easter(year, EASTER_ORTHODOX if m[1] == "orthodox" else EASTER_WESTERN)
        return [_day(base + timedelta(days=int(m[2])))]
    m = re.fullmatch(r"(\d\d)/(-?\d)/(\d)([+-]\d+)", rule)
    if m:
        month, nth, weekday = int(m[1]), int(m[2]), int(m[3])
        if nth > 0:
            first = date(year, month, 1)
            d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            last = _first_day(year, month + 1) - timedelta(days=1)
            d = last - timedelta(days=(last.weekday() - weekday) % 7)
        return [_day(d + timedelta(days=int(m[4])))]
    m = re.fullmatch(r"(\d\d)-(\d\d)", rule)
    if m:
        return [_day(date(year, int(m[1]), int(m[2])))]
    raise ValueError(f"holiday rule {rule!r}")


def _r_holiday(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    rule = holiday_table(lang).get(_holiday_key(m["holiday"]))
    if rule is None:
        return None
    prep = " ".join(_fold(_g(m, "prep") or "").split())
    bare = not (prep or _g(m, "year") or _g(m, "eve"))
    if bare and (lang == "ru" or len(_holiday_key(m["holiday"]).split()) == 1):
        return None  # "Christmas market", "Ramadan Abedi", "улица Нового года": not a day
    eve = -1 if _g(m, "eve") or prep == "накануне" else 0
    year = _g(m, "year")
    if year:
        found = _holiday_dates(rule, int(year))
    elif published is None:
        return UNKNOWN
    else:  # the latest at most AHEAD after publication, as for a day without a year
        found = [
            v for y in range(published.year + 1, published.year - 3, -1) for v in reversed(_holiday_dates(rule, y))
            if v.date is not None and v.date <= published + AHEAD
        ][:1]
    if not found or found[0].date is None:
        return None
    value, day = found[0], found[0].date
    if value.precision == "day":
        value = _day(day + timedelta(days=eve))
        if prep in ("over", "during", "around", "at", "through", "throughout", "ahead of", "before", "after",
                    "во время", "в дни", "перед", "после"):
            value = _week(day + timedelta(days=eve))  # "over Christmas": the days around it
    return value


# --- the story's own time -----------------------------------------------------------------------
#
# "the next morning", "two days later", "later that evening", "the day before": these count from
# the story's time at that point (the last date the text told), not from publication. A rule of
# this kind yields a Shift; `find_dates` applies it to the running story date (its `anchor`
# argument, or the publication day). `extract/time.py` carries the anchor across sentences.


class Shift(NamedTuple):
    unit: str  # day | week | month | year
    n: int  # signed: later > 0, earlier < 0
    vague: bool = False  # "days later", "a few weeks earlier"
    told_day: bool = False  # counts only from a day the story told ("after a week in custody")


def shift_date(anchor: DateValue | None, shift: Shift) -> DateValue:
    """The date `shift` away from the story date `anchor`, never finer than the anchor."""
    if anchor is None or anchor.date is None:
        return UNKNOWN
    d, p, n = anchor.date, anchor.precision, shift.n
    if shift.unit == "day":
        if p == "day":
            return _week(d + timedelta(days=3 * n)) if shift.vague else _day(d + timedelta(days=n))
        if p == "week" and abs(n) >= 7:
            return _week(d + timedelta(days=n))
        return anchor
    if shift.unit == "week":
        if p in ("day", "week"):
            moved = d + timedelta(weeks=2 * n if shift.vague else n)
            return _month(moved.year, moved.month) if shift.vague else _week(moved)
        return anchor if p == "year" or abs(n) < 4 else _month(d.year, d.month + n // 4)
    if shift.unit == "month":
        if p == "year":
            return anchor
        if shift.vague:
            return _year(_first_day(d.year, d.month + 2 * n).year)
        return _month(d.year, d.month + n)
    return _year(d.year + n)


StoryResolver = Callable[[re.Match[str], str], Shift | None]


class _StoryRule(NamedTuple):
    regex: re.Pattern[str]
    shift: StoryResolver
    anchors: tuple[str, ...]


# "the day before" / "two days after" end the phrase: what follows is no event it counts from
# ("the day before the explosion", "a day after four bombers struck")
_NOT_AN_NP = (
    r"(?=\s*(?:[,.;:)\]!?\"”’'–—-]|$)|\s+(?:in|at|on|near|by|with|when|while|and|but|or|as|from|"
    r"after|before|during|outside|inside|into|for)\b)"
)


def _s_next(m: re.Match[str], lang: str) -> Shift | None:
    unit = _g(m, "unit")
    if unit:
        return Shift(_fold(unit), 1)  # the following week / month / year
    return Shift("day", -1 if _fold(m["rel"]) in ("previous", "preceding") else 1)


def _s_before_after(m: re.Match[str], lang: str) -> Shift | None:
    return Shift("day", -1 if _fold(m["dir"]) == "before" else 1)


def _s_later(m: re.Match[str], lang: str) -> Shift | None:
    sign = -1 if _fold(m["dir"]).startswith(("earlier", "before", "prior")) else 1
    unit = _unit_of(m["unit"])
    if _fold(m["unit"]).startswith(("hour", "minute")):
        return Shift("day", 0)
    raw = " ".join(_fold(_g(m, "n") or "").split())
    if unit == "fortnight":
        return Shift("week", 2 * sign)
    if not raw or raw in _VAGUE_N or raw == "some":
        if raw == "" and not _fold(m["unit"]).endswith("s"):
            return None  # "day later" without a count is not written
        return Shift(unit, sign, vague=True)
    n = 1 if raw in ("a", "an", "one") else cardinal_value(raw, lang)
    if n is None:
        return None
    return Shift(unit, sign * n)


def _s_spent(m: re.Match[str], lang: str) -> Shift | None:
    shift = _s_later(m, lang)
    return shift._replace(told_day=True) if shift is not None else None


def _s_same(m: re.Match[str], lang: str) -> Shift | None:
    unit = _fold(_g(m, "unit") or "day")
    return Shift(unit if unit in ("week", "month", "year") else "day", 0)


@cache
def _story_rules(lang: str) -> tuple[_StoryRule, ...]:
    if _lang(lang) != "en":
        return ()
    number = r"(?P<n>\d{1,3}|" + _number_words("en") + r"|a\s+few|several|a\s+couple\s+of|some|a|an)"
    parts = r"(?:day|morning|afternoon|evening|night)"
    return (
        # the next morning / the following day / on the previous evening / the following week
        _StoryRule(
            re.compile(
                rf"(?i){_B}(?:(?:on|in|during|by|until)\s+)?the\s+(?:(?P<rel>next|following|previous|preceding)\s+"
                rf"{parts}|(?P<rel2>following|subsequent)\s+(?P<unit>week|month|year)){_E}"
            ),
            _s_next,
            ("next", "following", "previous", "preceding", "subsequent"),
        ),
        # the day before / the night before / the day after — but not "the day before the attack"
        _StoryRule(
            re.compile(rf"(?i){_B}(?:(?:on|by)\s+)?the\s+{parts}\s+(?P<dir>before|after){_E}{_NOT_AN_NP}"),
            _s_before_after,
            ("before", "after"),
        ),
        # two days later / a week earlier / days later / hours later / three days after that
        _StoryRule(
            re.compile(
                rf"(?i){_B}(?:{number}\s+)?(?P<unit>days?|weeks?|fortnights?|months?|years?|hours?|minutes?)\s+"
                rf"(?P<dir>later|earlier|afterwards?|after\s+that|before\s+that|"
                rf"(?:prior|before|after){_E}{_NOT_AN_NP})"
                rf"{_E}"
            ),
            _s_later,
            ("later", "earlier", "after", "before", "prior"),
        ),
        # after three days of fighting / after a week in custody: the story's clock moves on by
        # the time spent ("after 16 days of testimony, the jury …")
        _StoryRule(
            re.compile(
                rf"(?i){_B}after\s+{number}\s+(?P<unit>days?|weeks?|hours?)\s+(?P<dir>of|in|under){_E}"
            ),
            _s_spent,
            ("after",),
        ),
        # later that day / that evening / the same day / earlier in the day / later that week
        _StoryRule(
            re.compile(
                rf"(?i){_B}(?:(?:later|earlier|late|early)\s+(?:on\s+|in\s+)?)?(?:(?:on|in|during|by)\s+)?"
                rf"(?:that|the\s+same|that\s+same)\s+(?P<unit>{parts}|week|month|year){_E}"
                rf"|{_B}(?:later|earlier)\s+in\s+the\s+(?:day|evening|morning|afternoon|night){_E}"
            ),
            _s_same,
            ("that", "same", "in the"),
        ),
    )


# --- regexes ------------------------------------------------------------------------------------

_B = r"(?<![\w-])"  # start of a word, not inside "well-known"
_E = r"(?![\w-])"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)"
_DAY2 = r"(?P<day2>3[01]|[12]\d|0?[1-9])(?!\d)"
_PART_EN = (
    r"(?:the\s+)?(?:early|late|mid|end\s+of|beginning\s+of|start\s+of|middle\s+of|first\s+half\s+of|"
    r"second\s+half\s+of|first\s+days\s+of|last\s+days\s+of)"
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
            re.compile(rf"(?<![\w./])(?P<a>0?[1-9]|[12]\d|3[01])/(?P<b>0?[1-9]|[12]\d|3[01])/{_YEAR}(?![\w/])"),
            _r_slash,
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
            "overnight",
        ),
        "_r_ago": ("ago",),
        "_r_relunit": ("week", "month", "year"),
        "_r_before": ("before",),
        "_r_weekend": ("weekend",),
        "_r_year": _YEARS,
        "_r_numeric": _YEARS,  # "2014-03-21", "21.03.2014": the year is written whole
        "_r_slash": _YEARS,
        "_r_season": ("spring", "summer", "autumn", "fall", "winter"),
        "_r_week_of": ("week",),
        "_r_nth_week": ("week",),
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
        "_r_numeric": _YEARS,
        "_r_slash": _YEARS,
        "_r_season": ("летом", "весной", "осенью", "зимой"),
    },
}


@cache
def _rules(lang: str) -> tuple[_Rule, ...]:
    rules = _rules_ru() if lang == "ru" else _rules_en()
    anchors = dict(_ANCHORS[lang])
    anchors["_r_holiday"] = tuple({re.split(r"[\s'’-]", f.lower())[0] for f in holiday_forms(lang)})
    return tuple(_Rule(r.regex, r.resolve, anchors.get(r.resolve.__name__, ())) for r in rules)


def _rules_en() -> tuple[_Rule, ...]:
    month = _capitalised(_forms("en", "month"))
    month_day = (
        "(?:" + _capitalised(_forms("en", "month")) + "|" + _capitalised(_forms("en", "month_abbr")) + r"\.?)"
    )
    weekday = "(?i:" + _alt(_forms("en", "weekday")) + ")"
    prep = r"(?:(?i:on|in|since|by|until|till|from|during|before|after|as\s+of|through|to|for|of)\s+)?"
    ordinal = r"(?:st|nd|rd|th)?"
    rel_year = r"\s*,?\s+(?i:of\s+)?(?P<relyear>(?i:this|last|next))\s+(?i:year)"  # "on 14 June last year"
    week_of = r"(?:(?i:in|during|over|for)\s+)?(?i:the\s+week\s+(?:of|beginning|starting))\s+(?:(?i:the\s+)?)"
    rules = _numeric_rules() + [
        # the week of March 20 / in the week of 22 March 2017: the week holding that day
        _Rule(
            re.compile(rf"{_B}{week_of}(?P<month>{month_day})\s+{_DAY}{ordinal}(?:\s*,?\s*{_YEAR})?{_E}"),
            _r_week_of,
        ),
        _Rule(
            re.compile(
                rf"{_B}{week_of}{_DAY}{ordinal}\s+(?i:of\s+)?(?P<month>{month_day})(?:\s*,?\s*{_YEAR})?{_E}"
            ),
            _r_week_of,
        ),
        # the third week of May / in the last week of March 2015
        _Rule(
            re.compile(
                rf"{_B}(?:(?i:in|during|over|for|by)\s+)?(?i:the\s+)?(?P<ord>(?i:first|second|third|fourth|fifth|"
                rf"last|final))\s+(?i:week)\s+(?i:of|in)\s+(?P<month>{month})(?:\s*,?\s+(?i:of\s+)?{_YEAR})?{_E}"
            ),
            _r_nth_week,
        ),
        *_holiday_rules("en"),
        # April 4 / Wednesday, April 8 / Jan. 5, 2015 / April 4-5
        _Rule(
            re.compile(
                rf"{_B}{prep}(?:(?P<wd>{weekday})(?:\s*,\s*|\s+))?(?i:the\s+)?(?P<month>{month_day})\s+{_DAY}{ordinal}"
                rf"(?:\s*(?:-|–|and|to|until|till|through)\s*{_DAY2}{ordinal})?(?:\s*,?\s*{_YEAR}|{rel_year})?{_E}"
            ),
            _r_day_month,
        ),
        # 4 April 2015 / the 4th of April / Monday 4 April
        _Rule(
            re.compile(
                rf"{_B}{prep}(?:(?P<wd>{weekday})(?:\s*,\s*|\s+))?(?i:the\s+)?{_DAY}{ordinal}"
                rf"(?:\s*(?:-|–|and|to|until|till|through)\s*{_DAY2}{ordinal})?\s+(?i:of\s+)?(?P<month>{month_day})"
                rf"(?:\s*,?\s*{_YEAR}|{rel_year})?{_E}"
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
                r"this\s+morning|this\s+afternoon|this\s+evening|"
                r"last\s+night|earlier\s+today|later\s+today|overnight(?!\s+(?:on|into|to|from)\b))"
                r"(?:\s+(?:morning|afternoon|evening|night))?" + _E
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


def _r_week_of(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    value = _r_day_month(m, published, lang)
    return _week(value.date) if value is not None and value.date is not None else value


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}


def _r_nth_week(m: re.Match[str], published: date | None, lang: str) -> DateValue | None:
    """The n-th week of a month is the Monday-to-Sunday week holding most of its days n*7-6 .. n*7
    (the last: the month's last seven days)."""
    month = _value(lang, m["month"])
    year = _g(m, "year")
    if year:
        first = _month(int(year), month)
    elif published is None:
        return UNKNOWN
    else:
        first = _recent_month(published, month, None)
    assert first.date is not None
    nth = _NTH[_fold(m["ord"])]
    if nth > 0:
        middle = first.date + timedelta(days=7 * (nth - 1) + 3)
    else:
        middle = _first_day(first.date.year, first.date.month + 1) - timedelta(days=4)
    if middle.month != first.date.month:
        return first
    return _week(middle)


def _holiday_rules(lang: str) -> list[_Rule]:
    """'on Christmas Eve', 'during Ramadan', 'on the eve of Easter', 'New Year's Eve 2015'."""
    forms = holiday_forms(lang)
    if not forms:
        return []
    names = "|".join(
        r"[\s-]+".join(re.escape(w).replace("'", "['’]?").replace("’", "['’]?") for w in re.split(r"[\s-]+", f))
        for f in sorted(forms, key=lambda f: (-len(f), f))
    )
    return [
        _Rule(
            re.compile(
                rf"{_B}(?:(?P<prep>(?i:on|during|in|at|over|before|after|since|until|till|by|around|through|"
                rf"throughout|ahead\s+of|of|for))\s+)?(?:(?P<det>(?i:the))\s+)?(?:(?P<eve>(?i:eve))\s+(?i:of)\s+"
                rf"(?:(?i:the)\s+)?)?(?P<holiday>(?i:{names}))(?:\s*,?\s*(?:(?i:of)\s+)?{_YEAR})?{_E}(?!\s+[A-Z])"
            ),
            _r_holiday,
        )
    ]


def _holiday_rules_ru() -> list[_Rule]:
    """'в День Победы', 'на Пасху', 'в канун Нового года', 'во время Рамадана 2016 года'."""
    forms = holiday_forms("ru")
    if not forms:
        return []
    names = "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", f)) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return [
        _Rule(
            re.compile(
                rf"(?i){_B}(?:(?P<prep>во\s+время|в\s+дни|в|во|на|перед|после|накануне|к|с|до)\s+)?"
                rf"(?:(?P<eve>канун)\s+)?(?P<holiday>{names})(?:\s+{_YEAR}(?:\s*(?:года|году|г\.?))?)?{_E}"
            ),
            _r_holiday,
        )
    ]


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
                rf"(?:\s*(?:-|–|и|по)\s*{_DAY2}(?:-?(?:го|е))?)?\s+(?P<month>{month_day})(?:\s+{_YEAR}{year_word})?{_E}"
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
        *_holiday_rules_ru(),
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


def find_dates(
    text: str, published: date | None, lang: str = "en", anchor: DateValue | None = None
) -> list[tuple[int, int, DateValue]]:
    """Every date expression in `text` as (start, end, DateValue), in text order; where matches
    overlap the longest wins. A leading preposition ("on", "in", "в", "на") is part of the span.

    Expressions of the story's own time ("the next day", "two days later", "that evening") count
    from the story date: `anchor` (the last date told before `text`; the publication day when
    None), then each date `text` tells, in order. A birth date ("born in 1990") is found with an
    unknown value: it dates no happening."""
    return list(_find_dates(text, published, _lang(lang), anchor))


_BIRTH = re.compile(r"(?i)\b(?:born|birth|b\.|родил\w*|рождени\w*)\s*[,:]?\s*$")
_BOUND = re.compile(r"(?i)(?:since|until|till|from|by|before|after|с|со|до|по)\s")


@lru_cache(maxsize=8192)  # every draft of a sentence asks for that sentence's dates
def _find_dates(
    text: str, published: date | None, lang: str, anchor: DateValue | None
) -> tuple[tuple[int, int, DateValue], ...]:
    story = anchor if anchor is not None else _day(published) if published is not None else None
    told_day = anchor is not None
    out: list[tuple[int, int, DateValue]] = []
    asides = [m.span() for m in _RELATIVE_ASIDE.finditer(text)]
    for start, end, told in _expressions(text, published, lang):
        if isinstance(told, Shift) and told.told_day and not told_day:
            continue  # "after a week in custody" with no day told before: time spent, not a date
        value = shift_date(story, told) if isinstance(told, Shift) else told
        if told_day and story is not None and not isinstance(told, Shift):
            value = _in_the_story_s_year(value, text[start:end], story)
        told_day = told_day or not isinstance(told, Shift)
        if value.date is not None and not _BOUND.match(text, start) and not any(a <= start < b for a, b in asides):
            story = value  # the story's time moves on with each date it tells, not with a person's past told aside
        out.append((start, end, value))
    return tuple(out)


# ", who left for Syria in June 2014, was repatriated in October": a relative clause set off by
# commas tells a person's past; its date does not move the story's clock
_RELATIVE_ASIDE = re.compile(r"(?i),\s+(?:who|whom|whose|котор\w*)\b[^,;.]*")

_YEAR_LESS_MONTH = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b"
    r"|(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)")


def _in_the_story_s_year(value: DateValue, phrase: str, story: DateValue) -> DateValue:
    """A month (or a day of one) told without its year, in a story told years back ("left Tashkent in
    April 2015 and reached Raqqa in May"), is the first such month from the story's date, not the
    last one before publication."""
    if value.date is None or story.date is None or value.precision not in ("day", "month"):
        return value
    if story.precision not in ("day", "week", "month"):
        return value  # "left for Syria in 2016 … arrested on 2 March": a year is background, not the story's clock
    if _HAS_YEAR.search(phrase) or not _YEAR_LESS_MONTH.search(phrase):
        return value  # a year of its own, or no month named ("on Monday", "yesterday")
    if value.date.year <= story.date.year:
        return value
    year = story.date.year + (1 if value.date.month < story.date.month else 0)
    if year >= value.date.year:
        return value
    try:
        return DateValue(value.date.replace(year=year), value.precision)
    except ValueError:  # 29 February
        return value


@lru_cache(maxsize=4096)  # the same text is asked again from another story date ("the next day" moves with it)
def _expressions(text: str, published: date | None, lang: str) -> tuple[tuple[int, int, DateValue | Shift], ...]:
    """The text's date expressions in text order, the longest of overlapping ones: dates resolved,
    story-relative ones as the shift they tell."""
    found: list[tuple[int, int, int, DateValue | Shift]] = []
    low = text.lower()
    rules = _rules(lang)
    held = low.__contains__  # the anchors tested by `map`: no generator per rule
    for rank, rule in enumerate(rules):
        if rule.anchors and not any(map(held, rule.anchors)):
            continue
        for m in rule.regex.finditer(text):
            resolved = rule.resolve(m, published, lang)
            if resolved is not None and m.end() > m.start():
                birth = _BIRTH.search(text, max(0, m.start() - 16), m.start())
                found.append((m.start(), m.end(), rank, UNKNOWN if birth else resolved))
    for rank, srule in enumerate(_story_rules(lang), start=len(rules)):
        if not any(map(held, srule.anchors)):
            continue
        for m in srule.regex.finditer(text):
            shift = srule.shift(m, lang)
            if shift is not None and m.end() > m.start():
                found.append((m.start(), m.end(), rank, shift))
    found.sort(key=lambda f: (f[0] - f[1], f[0], f[2]))
    chosen: list[tuple[int, int, DateValue | Shift]] = []
    for start, end, _rank, item in found:
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, item))
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
    r"\d\s*(?:[ap]\.?m\b|:\d\d)|\d0-?(?:s|х)\b|^\s*\d{1,3}\s*$|^\s*\d{1,2}/\d{1,2}\s*$|"
    # numbers joined by "and"/"or" with no month or weekday: ages or counts ("aged 19 and 23")
    r"^\s*\d{1,2}(?:\s*(?:,|and|or|и|или)\s*\d{1,2})+\s*$"
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
        rf"\d{{1,2}}\s+{en_month}(?:\s+(?:19|20)\d\d)?|"  # "LONDON, 25 November 2017 -"
        rf"\d{{1,2}}\s+(?i:{ru_month})(?:\s+(?:19|20)\d\d(?:\s*г\.?)?)?))?\.?)?"
        rf"\s*(?:\((?P<agency>[^()\n]{{1,40}})\)|/(?P<agency2>[^/\n]{{1,30}})/)?"
        rf"\s*(?P<dash>[-—–]+)?"
    )


def first_dateline(text: str, published: date | None) -> tuple[int, str, str, date | None] | None:
    """The dateline that opens one of a report's first six paragraphs: (the paragraph's offset, the
    paragraph, the place, the date). None when there is none."""
    offset = 0
    for paragraph in text.split("\n")[:6]:
        found = parse_dateline(paragraph.strip(), published)
        if found is None and not any(c.isupper() for c in paragraph):
            cased = _cased_dateline(paragraph.strip())  # text typed in lower case: "jakarta, jan 23 (wire) -"
            found = parse_dateline(cased, published) if cased is not None else None
        if found and found[0]:
            return offset, paragraph, found[0], found[1]
        offset += len(paragraph) + 1
    return None


_LOWER_DATELINE = re.compile(
    r"^(?P<place>[a-z][a-z.'’-]*(?:\s[a-z][a-z.'’-]*){0,2})(?P<region>\s*,\s*[a-z]+(?:\s[a-z]+)?(?=\s*,))?"
    r"(?P<date>\s*,\s*(?:[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[a-z]{3,9}(?:\s+\d{4})?))?"
    r"(?P<agency>\s*\([^()\n]{1,40}\))?(?=\s*[-—–]+\s)"
)


def _cased_dateline(paragraph: str) -> str | None:
    """A lower-case paragraph's opening written as a wire dateline is ("jakarta, jan 23 (wire) -" →
    "JAKARTA, Jan 23 (wire) -"), or None when it does not open like one (a place of up to three
    words, then a date, an agency or both, then a dash)."""
    m = _LOWER_DATELINE.match(paragraph)
    if m is None or not (m["date"] or m["agency"]):
        return None  # a bare "place -" in lower case is too like "police said -" to be taken for one
    title = " ".join(w[:1].upper() + w[1:] for w in ((m["region"] or "") + (m["date"] or "")).split(" "))
    return m["place"].upper() + title + (m["agency"] or "") + paragraph[m.end():]


def report_day(text: str, published: date | None) -> date | None:
    """The day a report's relative dates count from: its dateline's ("BAKU, Sept 22 (Wire) -" in a
    story published later) when it has a dated one no later than publication, else the publication day."""
    found = first_dateline(text, published)
    return reference_day(found[3] if found is not None else None, published)


def reference_day(dateline_day: date | None, published: date | None) -> date | None:
    """The dateline's day when it is no later than publication, else the publication day."""
    if dateline_day is not None and (published is None or dateline_day <= published):
        return dateline_day
    return published


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
