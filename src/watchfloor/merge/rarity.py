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
from itertools import chain

from watchfloor.merge.mention import Mention

PRIOR = 20
REFERENCE = math.log(PRIOR)

Feature = tuple[Hashable, ...]


def week_of(m: Mention) -> int | None:
    """The week a mention's date (else its report) falls in, as an ordinal."""
    day = m.days[0] if m.days is not None else m.anchor_day
    return day // 7 if day is not None else None


def features(m: Mention) -> list[Feature]:
    # how many reports of this type in this country that week: the same day in a week with few
    # such events says more than in a week of many (a beat's daily raids)
    out: list[Feature] = [("week", m.block[0], m.block[1], week_of(m))]
    e = m.event
    if e.total is not None:
        out.append(("total", e.total))
    if e.total_min is not None:
        out.append(("total_min", e.total_min))
    if m.killed is not None:
        out.append(("killed", m.killed))
    if m.wounded is not None:
        out.append(("wounded", m.wounded))
    if m.place:
        out.append(("place", m.place))
    if m.admin1:
        out.append(("admin1", m.admin1))
    out.extend(("nationality", n) for n in m.nationalities)
    out.extend(("name", key) for key in m.names)
    return out


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

    def add_all(self, mentions: Iterable[Mention]) -> None:
        """`add` for each, counted in one pass."""
        mentions = list(mentions)
        self.n += len(mentions)
        self.counts.update(chain.from_iterable(map(features, mentions)))
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
