"""A cluster's canonical values, the disagreements among its sources, and why it was merged.

Rules for the canonical event (every source's own value stays on its mention):
- **date**: the most specific precision reported (day over week over month over year), then the
  value most sources give, then the earliest report;
- **place**: the most specific location (place, then province, then country only), then the value
  most sources give;
- **counts** (total, each nationality's count, killed, wounded): the lowest stated, as ACLED
  codes fatalities: the most conservative credible figure;
- **nationalities**: every nationality any source names;
- **agent, destination, affiliation, attribution**: the value most sources give;
- **modality**: asserted if any source asserts it, else the value most sources give;
- **about**: the subject most sources give (terrorism, armed_conflict, crime, migration), "other"
  only when none gives one.

A **disagreement** is a field where sources give values that cannot both be true: different
counts (13 vs 14 detained), days or periods that do not contain one another (Monday vs Tuesday; a
week and a day inside it is only less specific), lists of nationalities neither of which contains
the other, different provinces, places, agents' countries, destinations, groups or modalities.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from watchfloor.merge import compat
from watchfloor.merge.decisions import Constraints
from watchfloor.merge.mention import PRECISION_RANK, Mention, date_interval
from watchfloor.merge.rarity import Rarity


@dataclass(frozen=True, slots=True)
class Canonical:
    values: dict[str, Any]  # the gold event shape, plus sources, languages and why
    disagreements: list[dict[str, Any]]
    n_sources: int


def _groups(members: Sequence[Mention], value: Callable[[Mention], Hashable]) -> dict[Hashable, list[Mention]]:
    out: dict[Hashable, list[Mention]] = {}
    for m in members:
        v = value(m)
        if v is not None and v != "" and v != frozenset():
            out.setdefault(v, []).append(m)
    return out


def _sources(ms: Sequence[Mention]) -> list[str]:
    return sorted({m.label for m in ms})


def _most_sourced(groups: dict[Hashable, list[Mention]]) -> Hashable:
    """The value most sources give; ties go to the value reported first."""
    return min(groups, key=lambda v: (-len(_sources(groups[v])), min(m.order for m in groups[v])))


def _lowest(members: Sequence[Mention], name: str) -> int | None:
    values = [getattr(m.event, name) for m in members if getattr(m.event, name) is not None]
    return min(values) if values else None


def canonical(
    cluster_id: str, members: Sequence[Mention], constraints: Constraints | None = None, rarity: Rarity | None = None
) -> Canonical:
    ms = sorted(members, key=lambda m: m.order)
    first = ms[0]
    values: dict[str, Any] = {"id": cluster_id, "cluster": cluster_id, "type": first.type}

    dated = [m for m in ms if m.interval is not None and m.event.date is not None]
    if dated:
        finest = min(PRECISION_RANK[m.event.date_precision] for m in dated)
        groups = _groups(
            [m for m in dated if PRECISION_RANK[m.event.date_precision] == finest],
            lambda m: m.event.date,
        )
        day = _most_sourced(groups)
        assert isinstance(day, date)
        values["date"] = day.isoformat()
        values["date_precision"] = next(p for p, rank in PRECISION_RANK.items() if rank == finest)
    else:
        values["date"], values["date_precision"] = None, "unknown"
    reported = [m.event.reported for m in ms if m.event.reported]
    values["reported"] = min(reported).isoformat() if reported else None

    agents = _groups(ms, lambda m: (m.event.agent.country, m.event.agent.sector) if m.event.agent else None)
    agents = {k: g for k, g in agents.items() if any(k)}  # type: ignore[arg-type]
    if agents:
        chosen = agents[_most_sourced(agents)][0].event.agent
        assert chosen is not None
        values["agent"] = chosen.to_gold()
    else:
        values["agent"] = next((m.event.agent.to_gold() for m in ms if m.event.agent), None)

    values["targets"] = _targets(ms)
    for name in ("total", "total_min", "killed", "wounded"):
        values[name] = _lowest(ms, name)
    for name in ("weapon", "destination", "affiliation", "attribution"):
        groups = _groups(ms, lambda m, n=name: getattr(m.event, n))  # type: ignore[misc]
        values[name] = _most_sourced(groups) if groups else None
    values["location"] = _location(ms)
    # what it is about: the subject most sources give, a specific one over "other"
    abouts = _groups(ms, lambda m: m.event.about if m.event.about != "other" else None)
    values["about"] = _most_sourced(abouts) if abouts else "other"
    modalities = _groups(ms, lambda m: m.event.modality)
    values["modality"] = "asserted" if "asserted" in modalities else _most_sourced(modalities)
    values["evidence"] = first.event.evidence.text
    values["sources"] = _sources(ms)
    values["languages"] = sorted({m.language for m in ms if m.language})
    values["why"] = _why(ms, constraints or Constraints(), rarity)
    values["related"] = []
    return Canonical(values, disagreements(ms), len(values["sources"]))


def _targets(ms: Sequence[Mention]) -> list[dict[str, Any]]:
    counts: dict[str, list[int]] = {}
    for m in ms:
        for t in m.event.targets:
            if t.nationality:
                counts.setdefault(t.nationality, [])
                if t.count is not None:
                    counts[t.nationality].append(t.count)
    if counts:
        return [{"count": min(c) if c else None, "nationality": n} for n, c in counts.items()]
    total = _lowest(ms, "total")
    return [{"count": total, "nationality": None}] if total is not None else []


def _location(ms: Sequence[Mention]) -> dict[str, Any] | None:
    located = [m for m in ms if m.event.location is not None]
    if not located:
        return None

    def rank(m: Mention) -> int:
        loc = m.event.location
        assert loc is not None
        return 2 if loc.place else 1 if loc.admin1 else 0

    top = max(rank(m) for m in located)
    groups = _groups(
        [m for m in located if rank(m) == top],
        lambda m: (m.event.location.admin1, m.event.location.place) if m.event.location else None,
    )
    chosen = groups[_most_sourced(groups)][0] if groups else located[0]
    assert chosen.event.location is not None
    return chosen.event.location.to_gold()


def _why(ms: Sequence[Mention], constraints: Constraints, rarity: Rarity | None) -> list[dict[str, Any]]:
    """For each mention after the first: the earlier mention it matches best (the first of the
    best-scoring ones), and why.

    Mentions equal in what `compat.judge` reads (`compat.judged`) compare alike with any other of
    another document, so each distinct value is compared once per distinct value of the mention
    (a story retold a thousand times in the same words costs no million comparisons)."""
    out: list[dict[str, Any]] = []
    numbers: dict[Hashable, int] = {}  # a judged value -> its number
    where: list[list[int]] = []  # by number: the positions of its mentions so far
    known: dict[tuple[int, int], compat.Comparison | None] = {}
    for i, m in enumerate(ms):
        kind = numbers.setdefault(compat.judged(m), len(numbers))
        if i > 0:
            out.append(_why_one(ms, i, kind, where, known, constraints, rarity))
        if kind == len(where):
            where.append([])
        where[kind].append(i)
    return out


def _why_one(
    ms: Sequence[Mention],
    i: int,
    kind: int,
    where: list[list[int]],
    known: dict[tuple[int, int], compat.Comparison | None],
    constraints: Constraints,
    rarity: Rarity | None,
) -> dict[str, Any]:
    m = ms[i]
    must = constraints.must_with(m.id)
    forced = [x for x in ms[:i] if x.id in must] if must else []
    if forced:
        note = constraints.why.get(frozenset((m.id, forced[0].id)), "analyst decision")
        return {"mention": m.id, "with": forced[0].id, "by": note}
    best: tuple[float, int, tuple[str, ...]] | None = None
    for other, positions in enumerate(where):
        # its first mention of another document (one of the same document is never a match)
        first = next((p for p in positions if ms[p].document != m.document), None)
        if first is None:
            continue
        result = known.get((kind, other), _UNKNOWN)
        if result is _UNKNOWN:
            result = known[(kind, other)] = compat.compare(m, ms[first], rarity)
        if result is None:
            continue
        assert isinstance(result, compat.Comparison)
        if best is None or result.score > best[0] or (result.score == best[0] and first < best[1]):
            best = (result.score, first, result.reasons)
    if best is None:
        return {"mention": m.id, "with": None, "by": "analyst decision"}
    return {"mention": m.id, "with": ms[best[1]].id, "score": best[0], "reasons": list(best[2])}


_UNKNOWN = object()


# -- disagreements --------------------------------------------------------------------------------


def _date_label(value: tuple[Any, str]) -> str:
    day, precision = value
    if precision == "day":
        return str(day.isoformat())
    if precision == "week":
        return f"week of {day.isoformat()}"
    if precision == "month":
        return str(day.isoformat()[:7])
    return str(day.year)


def _dates_conflict(a: tuple[Any, str], b: tuple[Any, str]) -> bool:
    ia, ib = date_interval(*a), date_interval(*b)
    assert ia is not None and ib is not None
    nested = (ia[0] <= ib[0] and ib[1] <= ia[1]) or (ib[0] <= ia[0] and ia[1] <= ib[1])
    return not nested


def _sets_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    return not (a <= b or b <= a)


def _different(a: Any, b: Any) -> bool:
    return bool(a != b)


_FIELDS: tuple[tuple[str, Callable[[Mention], Hashable], Callable[[Any, Any], bool], Callable[[Any], Any]], ...] = (
    ("date", lambda m: (m.event.date, m.event.date_precision) if m.interval else None, _dates_conflict, _date_label),
    ("total", lambda m: m.event.total, _different, lambda v: v),
    ("killed", lambda m: m.event.killed, _different, lambda v: v),
    ("wounded", lambda m: m.event.wounded, _different, lambda v: v),
    ("nationalities", lambda m: m.nationalities, _sets_conflict, lambda v: sorted(v)),
    ("admin1", lambda m: m.event.location.admin1 if m.event.location else None, _different, lambda v: v),
    ("place", lambda m: m.event.location.place if m.event.location else None, _different, lambda v: v),
    ("agent_country", lambda m: m.event.agent.country if m.event.agent else None, _different, lambda v: v),
    ("destination", lambda m: m.event.destination, _different, lambda v: v),
    ("affiliation", lambda m: m.event.affiliation, _different, lambda v: v),
    ("modality", lambda m: m.event.modality, _different, lambda v: v),
)


def disagreements(ms: Sequence[Mention]) -> list[dict[str, Any]]:
    out = []
    for name, value, conflict, label in _FIELDS:
        groups = _groups(ms, value)
        keys = list(groups)
        if not any(conflict(a, b) for i, a in enumerate(keys) for b in keys[i + 1 :]):
            continue
        ordered = sorted(keys, key=lambda k: (-len(_sources(groups[k])), min(m.order for m in groups[k])))
        out.append({
            "field": name,
            "values": [
                {"value": label(k), "mentions": [m.id for m in groups[k]], "sources": _sources(groups[k])}
                for k in ordered
            ],
        })
    return out
