"""Are two mentions reports of the same event? The rules, in one place.

`compare(a, b)` returns None when the two cannot be one event (a hard conflict), else a score with
the reasons behind it. A mention joins a cluster when no member conflicts with it and its best
score against a member reaches `THRESHOLD`.

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
and the same unusual lower bound ("more than 26,000") count as agreement.

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

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from watchfloor.merge.mention import PRECISION_RANK, Mention

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
    if a.block != b.block or a.document == b.document:
        return None
    reasons: list[str] = []
    score = 0.0
    identified = False
    boost = rarity.boost if rarity is not None else _flat
    for part, identifies in _PARTS:
        result = part(a, b, boost)
        if result is None:
            return None
        points, why = result
        score += points
        if why:
            reasons.append(why)
        if points >= identifies:
            identified = True
    if not identified:  # the same day and the same words are not yet the same people
        score = min(score, THRESHOLD - 1)
    return Comparison(round(score, 3), tuple(reasons))


_Part = tuple[float, str] | None
_Boost = Callable[["Feature"], float]


def _flat(feature: Feature) -> float:
    return 1.0


def _dates(a: Mention, b: Mention, boost: _Boost) -> _Part:
    ia, ib = a.interval, b.interval
    if ia is not None and ib is not None:
        gap = (max(ia[0], ib[0]) - min(ia[1], ib[1])).days
        exact = a.event.date_precision == "day" and b.event.date_precision == "day"
        if exact and gap == 0:
            return 2.0 * boost(("week", a.type, a.country, ia[0].toordinal() // 7)), f"same day {ia[0]}"
        if exact and gap <= DAY_SLACK:
            return 0.5, f"a day apart ({ia[0]} / {ib[0]})"
        if gap > 0:
            if a.date_sure and b.date_sure or gap > UNSURE_DAYS or _after_report(a, b) or _after_report(b, a):
                return None
            if _in_weekday_window(a, b) or _in_weekday_window(b, a):
                return WEEKDAY_DATE, f"dates {gap} days apart, one a weekday or the report's day ({ia[0]} / {ib[0]})"
            return UNSURE_DATE - 0.25 * gap, f"dates {gap} days apart, one unsure ({ia[0]} / {ib[0]})"
        # the coarser date says how much an overlap means: a shared week more than a shared month
        coarser = max(PRECISION_RANK[a.event.date_precision], PRECISION_RANK[b.event.date_precision])
        points = {1: 1.0, 2: 0.5}.get(coarser, 0.0)
        return points, ("same week" if coarser == 1 else "same month" if coarser == 2 else "same year")
    dated, undated = (a, b) if ia is not None else (b, a)
    if dated.interval is None:  # neither is dated: their reports must be close
        if a.anchor is None or b.anchor is None:
            return 0.0, ""
        return (0.0, "both undated, reported close together") if abs((a.anchor - b.anchor).days) <= ANCHOR_AFTER else None
    if undated.anchor is None:
        return 0.0, ""
    start, end = dated.interval
    if undated.event.modality == "planned":  # announced, not yet done: it cannot lie before the report
        if (undated.anchor - end).days > DAY_SLACK or (start - undated.anchor).days > ANCHOR_AFTER:
            return None
    elif (undated.anchor - end).days > ANCHOR_BEFORE or (start - undated.anchor).days > DAY_SLACK:
        return None  # reported as done: it happened before the report, within two months
    return 0.0, ""


def _in_weekday_window(a: Mention, b: Mention) -> bool:
    """`a` dates the act by a weekday or by its report's own day (an act told as recent), and `b`'s
    day is one of the seven before `a`'s report."""
    if a.date_doubt not in ("weekday", "report") or a.published is None or b.interval is None:
        return False
    return 0 <= (a.published - b.interval[0]).days <= 7 and b.interval[0] == b.interval[1]


def _after_report(a: Mention, b: Mention) -> bool:
    """`b` happened after `a` was reported, when `a`'s date is the unsure one: an unsure date may be
    off only towards the past (an act is told after it happens)."""
    return not a.date_sure and a.anchor is not None and b.interval is not None and (
        (b.interval[0] - a.anchor).days > DAY_SLACK and a.event.modality != "planned"
    )


def _count_range(m: Mention) -> tuple[int, int | None] | None:
    e = m.event
    if e.total is not None:
        return e.total, e.total
    if e.total_min is not None:
        return e.total_min, None
    return None


def counts_compatible(x: int, y: int) -> bool:
    if x == y:
        return True
    if min(x, y) < SMALL_GROUP:
        return False
    return abs(x - y) <= max(1, round(COUNT_SLACK * max(x, y)))


def _counts(a: Mention, b: Mention, boost: _Boost) -> _Part:
    ra, rb = _count_range(a), _count_range(b)
    if ra is None or rb is None:
        return 0.0, ""
    unsure = not (a.count_sure and b.count_sure)
    if ra[1] is not None and rb[1] is not None:
        if ra[0] == rb[0]:
            return 2.0 * boost(("total", ra[0])), f"same count {ra[0]}"
        if counts_compatible(ra[0], rb[0]):
            return 0.5, f"close counts {ra[0]} / {rb[0]}"
        return (UNSURE_COUNT, f"counts {ra[0]} / {rb[0]}, one unsure") if unsure else None
    exact = ra if ra[1] is not None else rb if rb[1] is not None else None
    if exact is None:  # two lower bounds say little, unless they are the same unusual figure
        if ra[0] == rb[0] and ra[0] >= MASS_CASUALTY:
            return 2.0 * boost(("total_min", ra[0])), f"same count, more than {ra[0] - 1}"
        return 0.0, ""
    bound = rb if exact is ra else ra
    if exact[0] >= bound[0]:
        return 0.0, f"{exact[0]} is at least {bound[0]}"  # says little
    return (UNSURE_COUNT, f"{exact[0]} below at least {bound[0]}, one unsure") if unsure else None


MASS_CASUALTY = 10  # tolls this large are rare: two close ones (they rise) point to one attack
TOLL_RISE = 1.5


def _tolls(a: Mention, b: Mention, boost: _Boost) -> _Part:
    """The same dead and wounded identify an attack; different tolls do not part two reports
    (tolls rise as the hours pass), and two close tolls of a mass-casualty attack still point to one."""
    score, said = 0.0, []
    for name in ("killed", "wounded"):
        va, vb = getattr(a.event, name), getattr(b.event, name)
        if va is not None and vb is not None and va == vb:
            score += 0.75 * boost((name, va))
            said.append(f"{va} {name}")
        elif va is not None and vb is not None and min(va, vb) >= MASS_CASUALTY and max(va, vb) <= TOLL_RISE * min(va, vb):
            score += 0.75
            said.append(f"{va} / {vb} {name}")
    return score, ("toll " + ", ".join(said)) if said else ""


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


def _nationalities(a: Mention, b: Mention, boost: _Boost) -> _Part:
    na, nb = a.nationalities, b.nationalities
    if not na or not nb:
        return 0.0, ""
    shared = na & nb
    if not shared:
        if nationality_is_sure(a) and nationality_is_sure(b):
            return None
        return UNSURE_NATIONALITY, f"nationalities {' '.join(sorted(na))} / {' '.join(sorted(nb))}, one inferred"
    # one shared nationality is common on a beat ("Russians in Turkey"); several say more
    weight = 2.0 if len(shared) > 1 else 1.5 * boost(("nationality", next(iter(shared))))
    return weight * len(shared) / min(len(na), len(nb)), "nationalities " + " ".join(sorted(shared))


def _places(a: Mention, b: Mention, boost: _Boost) -> _Part:
    la, lb = a.event.location, b.event.location
    if la is None or lb is None:
        return 0.0, ""
    if la.admin1 and lb.admin1:
        if la.admin1 != lb.admin1:
            return -3.5, f"different provinces {la.admin1} / {lb.admin1}"
        if la.place and lb.place:
            if la.place == lb.place:
                return 2.0 * boost(("place", la.place)), f"same place {la.place}"
            return 0.0, f"different places {la.place} / {lb.place} in {la.admin1}"
        return 1.0 * boost(("admin1", la.admin1)), f"same province {la.admin1}"
    return 0.0, ""


def _agents(a: Mention, b: Mention, boost: _Boost) -> _Part:
    ca = a.event.agent.country if a.event.agent else None
    cb = b.event.agent.country if b.event.agent else None
    if ca and cb:
        return (0.5, "") if ca == cb else (-2.0, f"different agents {ca} / {cb}")
    return 0.0, ""


def _labels(a: Mention, b: Mention, boost: _Boost) -> _Part:
    score = 0.0
    for name, agree, differ in (("affiliation", 0.3, -0.5), ("destination", 0.3, -1.0)):
        va, vb = getattr(a.event, name), getattr(b.event, name)
        if va and vb:
            score += agree if va == vb else differ
    return score, ""


def _words(a: Mention, b: Mention, boost: _Boost) -> _Part:
    if a.language != b.language or not a.tokens or not b.tokens:
        return 0.0, ""
    overlap = len(a.tokens & b.tokens) / len(a.tokens | b.tokens)
    return (round(1.5 * overlap, 3), "similar wording") if overlap >= 0.2 else (1.5 * overlap, "")


NAME_WEIGHT = 0.75  # a name of ordinary rarity; a rare one up to twice that
NAMES_AT_MOST = 2.0


def _names(a: Mention, b: Mention, boost: _Boost) -> _Part:
    """Names and places both reports give, compared after transliteration (any language): a rare
    one (a person, a small place) identifies the act."""
    shared = a.names & b.names
    if not shared:
        return 0.0, ""
    points = sum(NAME_WEIGHT * (2 * boost(("name", k)) - 1) for k in shared)
    return min(NAMES_AT_MOST, points), "names " + " ".join(sorted(shared))


# each part, and the points from which it identifies the act (type, date, agent, labels and wording never do)
_NEVER = float("inf")
_PARTS: tuple[tuple[Callable[[Mention, Mention, _Boost], _Part], float], ...] = (
    (_dates, _NEVER), (_counts, 0.01), (_tolls, 0.01), (_nationalities, 0.01), (_places, 0.01),
    (_agents, _NEVER), (_labels, _NEVER), (_words, _NEVER), (_names, 1.0),
)  # fmt: skip
