"""How rare a specific is over the corpus of mentions: agreeing on it says more the rarer it is.

Two reports naming the same small place, the same unusual count or the same person are far more
likely one act than two that both say "2 detained in Istanbul". The weight of a specific is an
inverse frequency over the mentions the merger sees (IDF): `ln((N + PRIOR) / (n + 1))` scaled so a
value seen in one mention of `REFERENCE` weighs 1; `PRIOR` keeps a small corpus from calling
everything rare.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable

from watchfloor.merge.mention import Mention

PRIOR = 20
REFERENCE = math.log(PRIOR)

Feature = tuple[Hashable, ...]


def week_of(m: Mention) -> int | None:
    """The week a mention's date (else its report) falls in, as an ordinal."""
    day = m.interval[0] if m.interval is not None else m.anchor
    return day.toordinal() // 7 if day is not None else None


def features(m: Mention) -> Iterable[Feature]:
    e = m.event
    # how many reports of this type in this country that week: the same day in a week with few
    # such events says more than in a week of many (a beat's daily raids)
    yield ("week", m.type, m.country, week_of(m))
    if e.total is not None:
        yield ("total", e.total)
    if e.total_min is not None:
        yield ("total_min", e.total_min)
    for name in ("killed", "wounded"):
        if (value := getattr(e, name)) is not None:
            yield (name, value)
    if e.location is not None:
        if e.location.place:
            yield ("place", e.location.place)
        if e.location.admin1:
            yield ("admin1", e.location.admin1)
    for n in m.nationalities:
        yield ("nationality", n)
    for key in m.names:
        yield ("name", key)


class Rarity:
    """Counts of specifics over the mentions added; `weight(feature)` from them."""

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        self.n = 0
        self.counts: Counter[Feature] = Counter()
        self._boosts: dict[Feature, float] = {}  # valid until the next add
        for m in mentions:
            self.add(m)

    def add(self, m: Mention) -> None:
        self.n += 1
        self.counts.update(features(m))
        if self._boosts:
            self._boosts.clear()

    def weight(self, feature: Feature) -> float:
        """1 for a value about one mention in PRIOR has; more when rarer, less when commoner."""
        return math.log((self.n + PRIOR) / (self.counts[feature] + 1)) / REFERENCE

    def boost(self, feature: Feature) -> float:
        """A multiplier for an agreement already weighed by the rules: 1 for a common value, up to
        1.5 for a rare one (never below the rule's own weight)."""
        found = self._boosts.get(feature)
        if found is None:
            found = self._boosts[feature] = 1.0 + 0.5 * min(1.0, max(0.0, self.weight(feature) - 1.0))
        return found
