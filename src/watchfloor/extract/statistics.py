"""Event or statistic, decided both ways from explicit features of the clause (language-neutral).

GOLD-FORMAT.md, "Statistics are aggregates, both ways": a count over a period ("in the past six
weeks", "between January and June"), a running or standing total ("so far", "by the end of last
year … had"), a rate ("every month") and a vague or large undated count ("dozens have been
detained", "5,000 terror suspects have been deported") are statistics, whatever their size; one
dated operation ("on 9 February troops stopped a group of 140") is an event, however large.
The cues of each language are data (`data/statistic_cues.json`); the decision is shared.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Protocol

from watchfloor.model import Event

LARGE = 100  # single operations rarely hold hundreds of people; official statistics do
THOUSANDS = 1000
YEAR_COUNT = 10  # people acted on in a year, told by the year alone: a tally of the year, not one act
PEOPLE_TYPES = frozenset({"ARREST", "DEPORT", "ENTRY_BAN", "TRAVEL", "CHARGE"})


@dataclass(frozen=True, slots=True)
class StatisticCues:
    period: bool = False  # the count runs over a span of time
    running: bool = False  # a running or cumulative total
    rate: bool = False  # a count per day, month or year
    spread: bool = False  # over a whole country or many places ("across the country", "nationwide")


@cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    raw = json.loads(files("watchfloor.data").joinpath("statistic_cues.json").read_text("utf-8"))
    kinds = raw.get(lang, {})
    return {kind: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) for kind, patterns in kinds.items()}


@lru_cache(maxsize=4096)  # a pure function of the clause: a clause told again is not searched again
def cues_in(text: str, lang: str) -> StatisticCues:
    """The statistic cues a sentence carries."""
    found = {kind: bool(pattern.search(text)) for kind, pattern in _patterns(lang).items()}
    return StatisticCues(period=found.get("period", False), running=found.get("running", False), rate=found.get("rate", False),
                         spread=found.get("spread", False) and not found.get("operation", False))


class Counted(Protocol):
    event: Event
    statistic_cue: bool  # the language's own period or running-total cue
    aggregate_cue: bool  # weaker cues ("at least", "more than", "in the past")
    date_strong: bool  # the date belongs to the act's own clause
    perfect: bool  # "have been deported": a running tally unless dated
    casualties_only: bool  # an attack known only by its toll ("at least 16 have been killed")
    one_act: bool  # of people told before, or named by a singular act noun ("the arrest of 20 men")
    spread: bool  # told over a whole country or many places ("across the country")


def _largest(event: Event) -> int:
    approx = max([t.approx_count or 0 for t in event.targets] or [0])
    return max(event.total or 0, event.total_min or 0, approx)


def _country_wide(event: Event) -> bool:
    """No place narrower than a country."""
    return event.location is None or event.location.admin1 is None and event.location.place is None


def _bound_or_approximate(event: Event) -> bool:
    """'at least 40', 'more than 12', 'some six': a figure told as a bound or an estimate."""
    return event.total is None and (bool(event.total_min) or any(t.approx_count for t in event.targets))


VAGUE = re.compile(r"\b(dozens|hundreds|thousands|scores|numerous|десятки|сотни|тысячи|десятков|сотен|тысяч)\b", re.IGNORECASE)
VAGUE_DETERMINERS = ("some ", "many ", "several ", "various ")  # "some Kyrgyz women", "many foreigners"


def _vague(event: Event) -> bool:
    """'dozens of suspects', 'hundreds of migrants', 'some Kyrgyz women': a count with no figure (not
    "about 300", nor "some 30")."""
    if event.total is not None:
        return False
    if any(
        t.count is None and t.approx_count is None and t.text and (
            VAGUE.search(t.text) or t.text.lower() in ("some", "many") or t.text.lower().startswith(VAGUE_DETERMINERS)
        ) for t in event.targets
    ):
        return True
    # "arrested dozens of people": the word is read as a rough figure and left out of the people's text
    return any(t.count is None and t.approx_count for t in event.targets) and bool(VAGUE.search(event.evidence.text or ""))


def is_statistic(cand: Counted) -> bool:
    ev = cand.event
    if ev.modality == "denied" and not _largest(ev):
        return False  # "No arrests so far": an act said not to have happened counts nothing over any period
    own_day = cand.date_strong and ev.date is not None and ev.date_precision in ("day", "week")
    # an attack keeps a month of its own ("in March militants attacked …"); a year alone is the
    # period of a running count ("by the end of 1985, 312 had been killed")
    attack_dated = cand.date_strong and ev.date is not None and ev.date_precision in ("day", "week", "month")
    if cand.statistic_cue and not (attack_dated if ev.type == "ATTACK" else own_day):
        return True  # "since 2014", "in the first three months", "so far"
    size = _largest(ev)
    undated = ev.date is None or ev.date_precision in ("year", "unknown")
    if ev.type in PEOPLE_TYPES:
        if size >= THOUSANDS and (undated or ev.date_precision == "month" or cand.perfect or not own_day):
            return True  # thousands at once are a statistic, not an operation
        if size >= LARGE and ev.date_precision == "year":
            return True  # "courts convicted 215 people last year": a year's count
        if ev.date_precision == "month" and size >= LARGE and not cand.one_act and _country_wide(ev):
            return True  # "240 foreign nationals were deported last month": a month's count over a country
        year_count = size >= YEAR_COUNT or size >= 2 and _bound_or_approximate(ev)
        if ev.date_precision == "year" and year_count and not cand.one_act and _country_wide(ev):
            # "barred at least 40 foreign clerics last year", "some six women were flown home in 2019":
            # a year's count over a whole country; a year dates one operation where it has a
            # place of its own ("in 2019 police arrested 12 men in a raid in Leeds") or a few people
            # counted exactly ("last year police arrested three men"), or where it is told as one act
            # ("announced the arrest of 20 men", "had captured them in 2019")
            return True
        if _vague(ev) and (not own_day or cand.spread and not cand.one_act):
            # "dozens have been detained in the region"; "hundreds were detained across the country over
            # the weekend": many acts over a country, whatever their days
            return True
    # a count told by a cue with no figure ("have arrested dozens of people") or a toll or takedown
    # by a bound alone ("at least 16 have been killed", "have removed more than 60 channels"); not an
    # attack told by its act ("have attacked two villages, killing at least 20"), nor people counted
    # by a bound, which is one act's (GOLD-FORMAT: "at least 30" gives total_min in an event: "police
    # have arrested at least six people in connection with the attack")
    bound_only = cand.aggregate_cue and ev.total is None and (
        cand.casualties_only if ev.type == "ATTACK" else ev.type not in PEOPLE_TYPES or _vague(ev) or not _bound_or_approximate(ev))
    if cand.perfect and not cand.date_strong and (size >= LARGE or _vague(ev) or bound_only):
        return True  # "at least 16 have been killed", "more than 700 have travelled", "dozens have been held"
    return size >= LARGE and (undated or ev.date_precision == "month") and cand.aggregate_cue
