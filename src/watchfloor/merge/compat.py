"""Are two mentions reports of the same event? The rules, in one place.

`compare(a, b)` returns None when the two cannot be one event (a hard conflict), else a score with
the reasons behind it. A mention joins a cluster when no member conflicts with it and its best
score against a member reaches `THRESHOLD` (and brings together the clusters it joins so, unless
their members conflict: `cluster.py`).

Hard conflicts (never one event):
- different type or country (blocking already keeps those apart), or the same document (one
  report lists distinct events);
- dates that cannot be the same day: two exact days more than `DAY_SLACK` apart, or periods
  (week, month, year) that do not overlap; an undated mention (placed by its report's date)
  whose event would fall after its report, or more than `ANCHOR_BEFORE` days before it; an
  undated *planned* one whose event would fall before its report or more than `ANCHOR_AFTER`
  days after it; two undated mentions reported more than `ANCHOR_AFTER` days apart;
- counts that cannot be the same people: 3 and 40; 13 and 14 are compatible (within
  `COUNT_SLACK` of the larger, at least one), 1 and 2 are not (small groups are counted exactly);
- disjoint sets of target nationalities.

Under uncertainty (issue 15): each mention says how sure its extraction is of a field
(`mention.py`: a count stated for the group or summed from a list, bounded or estimated; a day of
the act's own or a week, the report's day, a weekday resolved against the report; a nationality
stated in the target's words or inferred). A conflict where both are sure forbids the merge as
above; where either is unsure it weighs against instead: `UNSURE_COUNT`, `UNSURE_NATIONALITY`,
`UNSURE_DATE` (an unsure date may be off by up to `UNSURE_DAYS`, and only towards the past: an act
is told after it happens), `WEEKDAY_DATE` for a weekday against another day of the week before the
report.

Rare specifics (`rarity.py`, IDF over the mentions): the same count, toll, place, province or
nationality weighs up to 1.5 times more when the value is rare, and a same day more in a week with
few events of its type and country; names and places both reports give, compared after
transliteration with anyascii (so Russian and English reports meet), add `NAME_WEIGHT` each (twice
that when rare) and identify the act when rare or several; two close mass-casualty tolls (they rise)
and the same unusual lower bound ("more than 26,000") count as agreement, close tolls as rare as
the commoner of the two figures.

Score (the weights are data-free constants below, tuned on the dev reports and kept round):
same day +2, a day apart +0.5, within one week +1, within one month +0.5, within one year 0;
same count +2, close count (13 / 14) +0.5, a count above another's lower bound 0;
the same killed or wounded +0.75 each (different tolls are no conflict: they rise); nationalities
+2 × the share of the smaller set found in the other (+1.5 when they share only one); same place +1, same
province +1, different province −3.5, different place in one province −1; agent's country
+0.5 / −2; affiliation +0.3 / −0.5; destination +0.3 / −1; shared evidence words (same
language) up to +1.5. Type, country, date and wording alone never reach the threshold: a count,
a toll, the nationalities or the place must agree as well. A different province is outweighed only
when the day, the count, the nationalities and more agree (a border town put in the neighbouring
province by one outlet).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from watchfloor.merge.mention import Mention

if TYPE_CHECKING:
    from watchfloor.merge.rarity import Feature, Rarity

THRESHOLD = 3.0
DAY_SLACK = 1  # "on Monday" in one report, "on Tuesday" in another
ANCHOR_BEFORE = 60  # an undated report may tell of an event up to two months old …
ANCHOR_AFTER = 30  # … or announce one planned up to a month ahead
COUNT_SLACK = 0.1
SMALL_GROUP = 5  # below this, counts must agree exactly
UNSURE_DAYS = 7  # an unsure date (a weekday, the report's day, a week) may be this far off
# conflicts on unsure fields weigh against instead of forbidding
UNSURE_DATE = -1.5  # and -0.25 a day apart
WEEKDAY_DATE = -0.5  # a weekday (or the report's day) against another day of the week before the report
UNSURE_COUNT = -2.5
UNSURE_NATIONALITY = -3.0


@dataclass(frozen=True, slots=True)
class Comparison:
    score: float
    reasons: tuple[str, ...]


def compare(a: Mention, b: Mention, rarity: Rarity | None = None) -> Comparison | None:
    """`rarity` (rarity.py), when given, weighs agreement on rare specifics more."""
    reasons: list[str] = []
    found = judge(a, b, rarity.boost if rarity is not None else _flat, reasons)
    return None if found is None else Comparison(found, tuple(reasons))


def score(a: Mention, b: Mention, rarity: Rarity | None = None) -> float | None:
    """`compare(a, b, rarity).score` (None for a hard conflict), without putting the reasons into
    words: what the clusterer asks of every pair it meets; the reasons are worded only for the
    links it keeps (`canonical.py`)."""
    return judge(a, b, rarity.boost if rarity is not None else _flat, None)


_Boost = Callable[["Feature"], float]
_MASS = 10  # see MASS_CASUALTY


def _flat(feature: Feature) -> float:
    return 1.0


def judge(a: Mention, b: Mention, boost: _Boost, reasons: list[str] | None) -> float | None:
    """The rules, one after the other in a fixed order (the score is summed in that order, so it
    is the same float whoever asks); `reasons`, when given, receives each rule's words. A rule's
    points identify the act from 0.01 (counts, tolls, nationalities, places) or 1 (names); dates,
    agents, labels and wording never do. Kept in one function: it runs for every pair compared."""
    if a.block != b.block or a.document == b.document:
        return None
    total = 0.0
    identified = False

    # -- dates (never identify) --
    da, db = a.days, b.days
    points = 0.0
    why = ""
    if da is not None and db is not None:
        gap = (da[0] if da[0] > db[0] else db[0]) - (da[1] if da[1] < db[1] else db[1])
        exact = a.precision_rank == 0 and b.precision_rank == 0
        if exact and gap == 0:
            points = 2.0 * boost(("week", a.block[0], a.block[1], da[0] // 7))
            if reasons is not None:
                why = f"same day {_day(da[0])}"
        elif exact and gap <= DAY_SLACK:
            points = 0.5
            if reasons is not None:
                why = f"a day apart ({_day(da[0])} / {_day(db[0])})"
        elif gap > 0:
            if (a.date_doubt is None and b.date_doubt is None) or gap > UNSURE_DAYS:
                return None
            if _after_report(a, db) or _after_report(b, da):
                return None
            if _in_weekday_window(a, b) or _in_weekday_window(b, a):
                points = WEEKDAY_DATE
                if reasons is not None:
                    why = f"dates {gap} days apart, one a weekday or the report's day ({_day(da[0])} / {_day(db[0])})"
            else:
                points = UNSURE_DATE - 0.25 * gap
                if reasons is not None:
                    why = f"dates {gap} days apart, one unsure ({_day(da[0])} / {_day(db[0])})"
        else:
            # the coarser date says how much an overlap means: a shared week more than a shared month
            coarser = a.precision_rank if a.precision_rank > b.precision_rank else b.precision_rank
            points = 1.0 if coarser == 1 else 0.5 if coarser == 2 else 0.0
            if reasons is not None:
                why = "same week" if coarser == 1 else "same month" if coarser == 2 else "same year"
    elif da is None and db is None:  # neither is dated: their reports must be close
        if a.anchor_day is not None and b.anchor_day is not None:
            if abs(a.anchor_day - b.anchor_day) > ANCHOR_AFTER:
                return None
            why = "both undated, reported close together"
    else:
        dated, undated = (a, b) if da is not None else (b, a)
        anchor = undated.anchor_day
        if anchor is not None:
            start, end = dated.days  # type: ignore[misc]
            if undated.planned:  # announced, not yet done: it cannot lie before the report
                if anchor - end > DAY_SLACK or start - anchor > ANCHOR_AFTER:
                    return None
            elif anchor - end > ANCHOR_BEFORE or start - anchor > DAY_SLACK:
                return None  # reported as done: it happened before the report, within two months
    total += points
    if why and reasons is not None:
        reasons.append(why)

    # -- counts (identify) --
    ra, rb = a.count, b.count
    if ra is not None and rb is not None:
        points = 0.0
        why = ""
        unsure = not (a.count_sure and b.count_sure)
        if ra[1] is not None and rb[1] is not None:
            if ra[0] == rb[0]:
                points = 2.0 * boost(("total", ra[0]))
                why = f"same count {ra[0]}" if reasons is not None else ""
            elif counts_compatible(ra[0], rb[0]):
                points = 0.5
                why = f"close counts {ra[0]} / {rb[0]}" if reasons is not None else ""
            elif unsure:
                points = UNSURE_COUNT
                why = f"counts {ra[0]} / {rb[0]}, one unsure" if reasons is not None else ""
            else:
                return None
        elif ra[1] is None and rb[1] is None:  # two lower bounds say little, unless the same unusual figure
            if ra[0] == rb[0] and ra[0] >= _MASS:
                points = 2.0 * boost(("total_min", ra[0]))
                why = f"same count, more than {ra[0] - 1}" if reasons is not None else ""
        else:
            stated, bound = (ra, rb) if ra[1] is not None else (rb, ra)
            if stated[0] >= bound[0]:
                why = f"{stated[0]} is at least {bound[0]}" if reasons is not None else ""  # says little
            elif unsure:
                points = UNSURE_COUNT
                why = f"{stated[0]} below at least {bound[0]}, one unsure" if reasons is not None else ""
            else:
                return None
        total += points
        if why and reasons is not None:
            reasons.append(why)
        if points >= 0.01:
            identified = True

    # -- tolls (identify): the same dead and wounded identify an attack; different tolls do not
    # part two reports (tolls rise as the hours pass), and two close tolls of a mass-casualty
    # attack still point to one --
    if (a.killed is not None or a.wounded is not None) and (b.killed is not None or b.wounded is not None):
        points = 0.0
        said: list[str] = []
        for name, va, vb in (("killed", a.killed, b.killed), ("wounded", a.wounded, b.wounded)):
            if va is None or vb is None:
                continue
            if va == vb:
                points += 0.75 * boost((name, va))
                said.append(f"{va} {name}")
            elif min(va, vb) >= _MASS and max(va, vb) <= TOLL_RISE * min(va, vb):
                points += 0.75 * min(boost((name, va)), boost((name, vb)))  # as rare as the commoner figure
                said.append(f"{va} / {vb} {name}")
        total += points
        if said and reasons is not None:
            reasons.append("toll " + ", ".join(said))
        if points >= 0.01:
            identified = True

    # -- nationalities (identify) --
    na, nb = a.nationalities, b.nationalities
    if na and nb:
        shared = na & nb
        if not shared:
            if nationality_is_sure(a) and nationality_is_sure(b):
                return None
            points = UNSURE_NATIONALITY
            if reasons is not None:
                reasons.append(f"nationalities {' '.join(sorted(na))} / {' '.join(sorted(nb))}, one inferred")
        else:
            # one shared nationality is common on a beat ("Russians in Turkey"); several say more
            weight = 2.0 if len(shared) > 1 else 1.5 * boost(("nationality", next(iter(shared))))
            points = weight * len(shared) / min(len(na), len(nb))
            if reasons is not None:
                reasons.append("nationalities " + " ".join(sorted(shared)))
        total += points
        if points >= 0.01:
            identified = True

    # -- places (identify) --
    if a.admin1 and b.admin1:
        if a.admin1 != b.admin1:
            points = -3.5
            why = f"different provinces {a.admin1} / {b.admin1}" if reasons is not None else ""
        elif a.place and b.place:
            if a.place == b.place:
                points = 2.0 * boost(("place", a.place))
                why = f"same place {a.place}" if reasons is not None else ""
            else:
                points = 0.0
                why = f"different places {a.place} / {b.place} in {a.admin1}" if reasons is not None else ""
        else:
            points = 1.0 * boost(("admin1", a.admin1))
            why = f"same province {a.admin1}" if reasons is not None else ""
        total += points
        if reasons is not None:
            reasons.append(why)
        if points >= 0.01:
            identified = True

    # -- agents and labels (never identify) --
    if a.agent_country and b.agent_country:
        if a.agent_country == b.agent_country:
            total += 0.5
        else:
            total += -2.0
            if reasons is not None:
                reasons.append(f"different agents {a.agent_country} / {b.agent_country}")
    points = 0.0
    if a.affiliation and b.affiliation:
        points += 0.3 if a.affiliation == b.affiliation else -0.5
    if a.destination and b.destination:
        points += 0.3 if a.destination == b.destination else -1.0
    total += points

    # -- wording (never identifies) --
    if a.language == b.language and a.tokens and b.tokens:
        common = len(a.tokens & b.tokens)
        overlap = common / (len(a.tokens) + len(b.tokens) - common)
        if overlap >= 0.2:
            total += round(1.5 * overlap, 3)
            if reasons is not None:
                reasons.append("similar wording")
        else:
            total += 1.5 * overlap

    # -- names (identify from 1 point): names and places both reports give, compared after
    # transliteration (any language); a rare one (a person, a small place) identifies the act --
    shared = a.names & b.names
    if shared:
        points = min(NAMES_AT_MOST, sum(NAME_WEIGHT * (2 * boost(("name", k)) - 1) for k in shared))
        total += points
        if reasons is not None:
            reasons.append("names " + " ".join(sorted(shared)))
        if points >= 1.0:
            identified = True

    if not identified and total > THRESHOLD - 1:  # the same day and the same words are not yet the same people
        total = THRESHOLD - 1
    return round(total, 3)


def _day(ordinal: int) -> date:
    return date.fromordinal(ordinal)


def _in_weekday_window(a: Mention, b: Mention) -> bool:
    """`a` dates the act by a weekday or by its report's own day (an act told as recent), and `b`'s
    day is one of the seven before `a`'s report."""
    if a.date_doubt not in ("weekday", "report") or a.published_day is None or b.days is None:
        return False
    return 0 <= a.published_day - b.days[0] <= 7 and b.days[0] == b.days[1]


def _after_report(a: Mention, b_days: tuple[int, int] | None) -> bool:
    """The other mention (its days `b_days`) happened after `a` was reported, when `a`'s date is the
    unsure one: an unsure date may be off only towards the past (an act is told after it happens)."""
    return a.date_doubt is not None and a.anchor_day is not None and b_days is not None and (
        b_days[0] - a.anchor_day > DAY_SLACK and not a.planned
    )


def counts_compatible(x: int, y: int) -> bool:
    if x == y:
        return True
    if min(x, y) < SMALL_GROUP:
        return False
    return abs(x - y) <= max(1, round(COUNT_SLACK * max(x, y)))


MASS_CASUALTY = _MASS  # tolls this large are rare: two close ones (they rise) point to one attack
TOLL_RISE = 1.5


@lru_cache(maxsize=1 << 16)  # bounded: a long-running watch meets ever new words
def _stated(text: str, nationality: str, language: str) -> bool:
    from watchfloor.normalize.nationality import nationality_of

    found = nationality_of(text, "ru" if language == "ru" else "en")
    return found is not None and found.country == nationality


def nationality_is_sure(m: Mention) -> bool:
    """Every nationality is stated in its target's words ("two Swedes"), none inferred from
    residence, origin or the place ("local men")."""
    return all(
        t.text is None or _stated(t.text, t.nationality, m.language or "en")
        for t in m.event.targets if t.nationality
    )  # fmt: skip


NAME_WEIGHT = 0.75  # a name of ordinary rarity; a rare one up to twice that
NAMES_AT_MOST = 2.0


# -- what the clusterer may skip (cluster.py): both follow `judge`, and change with it -------------


def judged(m: Mention) -> tuple[Hashable, ...]:
    """Everything `judge` reads of a mention but its document: two mentions of other documents
    that are equal here get the same score (or conflict) against any third one. The clusterer
    compares a mention with one member of a cluster per distinct value (a story told again by
    many outlets in the same words is compared once)."""
    return (
        m.block, m.days, m.precision_rank, m.date_doubt, m.anchor_day, m.published_day, m.planned,
        m.count, m.count_sure, m.killed, m.wounded, m.nationalities,
        nationality_is_sure(m) if m.nationalities else True,
        m.admin1, m.place, m.agent_country, m.affiliation, m.destination, m.language, m.tokens, m.names,
    )  # fmt: skip


Clue = tuple[str, Hashable]


def clues(m: Mention) -> list[Clue]:
    """What `judge` can identify an act by, as keys: a score reaches `THRESHOLD` only when the
    act is identified, and `judge(a, b)` identifies it only if `a` and `b` share a key here (the
    same nationality, province or name, the same lower bound), or `counts_near` / `tolls_near`
    hold for their counts or tolls. A necessary condition, not a sufficient one: the clusterer
    compares a mention only with clusters holding a member that shares one."""
    out: list[Clue] = [("nationality", n) for n in m.nationalities]
    if m.admin1:
        out.append(("admin1", m.admin1))
    out.extend(("name", k) for k in m.names)
    if m.count is not None and m.count[1] is None and m.count[0] >= _MASS:
        out.append(("at_least", m.count[0]))
    return out


def counts_near(x: int) -> tuple[int, int]:
    """The stated counts `y` with `counts_compatible(x, y)` lie in this range (a superset)."""
    if x < SMALL_GROUP:
        return x, x
    return max(SMALL_GROUP, int(x * (1 - COUNT_SLACK)) - 2), int((x + 1) / (1 - COUNT_SLACK)) + 2


def tolls_near(x: int) -> tuple[int, int]:
    """The tolls `y` that agree with `x` in `judge` (equal, or both mass-casualty and close) lie
    in this range (a superset)."""
    if x < _MASS:
        return x, x
    return max(_MASS, int(x / TOLL_RISE) - 1), int(x * TOLL_RISE) + 1


def tolls_agree(x: int, y: int) -> bool:
    return x == y or (min(x, y) >= _MASS and max(x, y) <= TOLL_RISE * min(x, y))
