"""Stories retold by many documents in the same words: the merger's skips decide as the plain rules do.

The clusterer compares a mention only with clusters that share a clue with it
(`compat.clues`, near counts and tolls) and with one member per distinct `compat.judged` value,
remembering what it compared; `canonical._why` compares one member per distinct value too. A
backfill of generated documents (bench/bench_pg_backfill.py) retells each story dozens of times;
here the corpus of tests/test_merge_fast.py is retold by copies in other documents, and every
result is checked against the definitions.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import replace

from test_merge_fast import corpus, reference

from watchfloor.merge import compat
from watchfloor.merge.canonical import canonical
from watchfloor.merge.cluster import Clusterer
from watchfloor.merge.compat import THRESHOLD, compare
from watchfloor.merge.decisions import Constraints
from watchfloor.merge.mention import Mention, mention_key
from watchfloor.merge.rarity import Rarity


def retold(n: int, seed: int) -> list[Mention]:
    """`corpus(n)` with about half its mentions told again, word for word, by 1-5 other documents."""
    rng = random.Random(seed)
    out: list[Mention] = []
    for m in corpus(n, seed=seed):
        out.append(replace(m, id=m.id * 10, document=m.document * 10, key=mention_key(f"h{m.document}", m.id, 0)))
        if rng.random() < 0.5:
            for k in range(1, rng.randint(2, 6)):
                document = m.document * 10 + k
                out.append(replace(m, id=m.id * 10 + k, document=document, doc_id=f"d{document}",
                                   key=mention_key(f"h{document}", m.id, 0)))  # fmt: skip
    return out


def test_retold_mentions_are_placed_as_the_reference_places_them() -> None:
    mentions = retold(1200, seed=7)
    clusterer = Clusterer()
    clusterer.add_all(mentions)
    fast = {m.id: cid for cid, ms in clusterer.clusters() for m in ms}
    assert fast == reference(mentions, clusterer.rarity)
    assert sum(1 for _, ms in clusterer.clusters() if len(ms) > 3) > 100  # many stories were retold
    # one at a time: the rarity counts grow with each mention, so nothing remembered may outlive them
    first = sorted(mentions, key=lambda m: m.order)[:700]
    one = Clusterer()
    for m in first:
        one.add(m)
    assert {m.id: c for c, ms in one.clusters() for m in ms} == reference(first, Rarity(), arriving=True)


def test_a_score_over_the_threshold_needs_a_shared_clue() -> None:
    mentions = retold(800, seed=11)
    rarity = Rarity(mentions)
    blocks: dict[tuple[str, str | None], list[Mention]] = defaultdict(list)
    for m in mentions:
        blocks[m.block].append(m)
    over = 0
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                result = compare(a, b, rarity)
                if result is None or result.score < THRESHOLD:
                    continue
                over += 1
                assert _share_a_clue(a, b), (a, b)
    assert over > 1000


def _share_a_clue(a: Mention, b: Mention) -> bool:
    if set(compat.clues(a)) & set(compat.clues(b)):
        return True
    if a.count and b.count and a.count[1] is not None and b.count[1] is not None:
        low, high = compat.counts_near(a.count[0])
        if low <= b.count[0] <= high and compat.counts_compatible(a.count[0], b.count[0]):
            return True
    for x, y in ((a.killed, b.killed), (a.wounded, b.wounded)):
        if x is not None and y is not None and compat.tolls_agree(x, y):
            low, high = compat.tolls_near(x)
            assert low <= y <= high
            return True
    return False


def test_judged_mentions_compare_alike() -> None:
    mentions = retold(300, seed=5)
    rarity = Rarity(mentions)
    by_value: dict[object, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_value[compat.judged(m)].append(m)
    checked = 0
    for same in by_value.values():
        for x in same[1:3]:
            for other in mentions[:80]:
                if other.document in (x.document, same[0].document):
                    continue
                assert compare(other, x, rarity) == compare(other, same[0], rarity)
                checked += 1
    assert checked > 1000


def test_why_names_the_first_best_earlier_mention_as_the_plain_loop_does() -> None:
    mentions = retold(900, seed=3)
    clusterer = Clusterer()
    clusterer.add_all(mentions)
    big = 0
    for cid, members in clusterer.clusters():
        if len(members) < 2:
            continue
        big += len(members) > 4
        got = canonical(cid, members, Constraints(), clusterer.rarity).values["why"]
        assert got == _plain_why(sorted(members, key=lambda m: m.order), clusterer.rarity)
    assert big > 50


def _plain_why(ms: list[Mention], rarity: Rarity) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for i, m in enumerate(ms[1:], start=1):
        best = None
        for x in ms[:i]:
            result = compare(m, x, rarity)
            if result is not None and (best is None or result.score > best[0]):
                best = (result.score, x, result.reasons)
        if best is None:
            out.append({"mention": m.id, "with": None, "by": "analyst decision"})
        else:
            out.append({"mention": m.id, "with": best[1].id, "score": best[0], "reasons": list(best[2])})
    return out
