"""The merger's fast path decides as the plain rules do.

`Clusterer` compares with `compat.score` (no reasons worded), reads the plain copies a `Mention`
keeps of its event's fields, and indexes clusters by integer block and week. A reference here
places the same mentions by the definition in `cluster.py`, without blocking and with
`compat.compare` (the reasons path): join the earliest-created of the best-scoring clusters of the
block with which no member conflicts and the best score reaches the threshold, then bring in the
other clusters that qualified, best first, whose members conflict with none of the joined ones. The corpus is
generated with a fixed seed and dense (two countries, two months) so that conflicts, unsure fields,
ties and rarity boosts all occur.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

from watchfloor.merge.cluster import Clusterer, derived_id, reach, reach_weeks
from watchfloor.merge.compat import THRESHOLD, compare, score
from watchfloor.merge.mention import Mention, mention_key
from watchfloor.merge.rarity import Rarity
from watchfloor.model import Agent, Event, Evidence, Location, Target

NAMES = ["Karimov", "Саидов", "Saidov", "Ташкенте", "Tashkent", "Petrova", "Анталье", "Antalya", "Ozturk"]
NATS = {"RUS": ("Russians", "россиян"), "UZB": ("Uzbeks", "узбеков"), "TJK": ("Tajiks", "таджиков")}


def corpus(n: int, seed: int = 7) -> list[Mention]:
    rng = random.Random(seed)
    out: list[Mention] = []
    doc = 0
    start = date(2022, 3, 1)
    while len(out) < n:
        day = start + timedelta(days=rng.randrange(60))
        facts = {
            "type": rng.choice(["ARREST", "ARREST", "ATTACK", "DEPORT"]),
            "country": rng.choice(["TUR", "RUS"]),
            "total": rng.choice([None, 1, 2, 5, 13, 40]),
            "nats": rng.sample(sorted(NATS), rng.choice([0, 1, 1, 2])),
            "admin1": rng.choice([None, "A", "B"]),
            "place": rng.choice([None, "Fatih", "Kadikoy"]),
            "names": rng.sample(NAMES, rng.choice([0, 1, 2])),
            "killed": rng.choice([None, None, 3, 12, 30]),
        }
        for _ in range(rng.choice([1, 2, 3, 4])):
            doc += 1
            for _ in range(rng.choice([1, 1, 1, 2])):  # sometimes two mentions in one document
                out.append(_told(rng, doc, day, facts, len(out) + 1))
    return out[:n]


def _told(rng: random.Random, doc: int, day: date, facts: dict, n: int) -> Mention:  # type: ignore[type-arg]
    lang = rng.choice(["en", "en", "ru"])
    total = facts["total"]
    if total and rng.random() < 0.2:
        total += rng.choice([-1, 1])
    nats = [] if rng.random() < 0.2 else list(facts["nats"])
    words = " ".join(rng.sample(["police", "detained", "raid", "night", "suspects", "group"], 3))
    names = " ".join(facts["names"]) if rng.random() < 0.7 else ""
    weekday = rng.choice(["", "", "on Tuesday", "во вторник"])
    text = f"Report {n} {words} {names} {weekday}".strip()
    listed = total is not None and total > 1 and rng.random() < 0.2  # a count summed from a list
    targets = [
        Target(count=(1 if listed else None), nationality=x,
               text=rng.choice([NATS[x][lang == "ru"], "local men", None]))
        for x in nats
    ]  # fmt: skip
    if listed:
        targets.append(Target(count=total - 1, text="others"))
    precision = rng.choice(["day"] * 6 + ["week", "month", "year", "unknown"])
    published = day + timedelta(days=rng.randint(0, 4))
    when = day + timedelta(days=rng.choice([0, 0, 0, 1, -3]))
    event = Event(
        id=f"e{n}", type=facts["type"], evidence=Evidence(n, n + len(text), text),
        date=None if precision == "unknown" else (published if rng.random() < 0.1 else when),
        date_precision=precision, reported=published if rng.random() < 0.2 else None,
        agent=Agent(country=rng.choice([facts["country"], facts["country"], "SYR"])) if rng.random() < 0.5 else None,
        targets=targets,
        total=None if rng.random() < 0.1 else total,
        total_min=rng.choice([None, None, None, 10, 30]) if total is None else None,
        killed=facts["killed"] if rng.random() < 0.8 else (facts["killed"] or 0) + 2,
        wounded=rng.choice([None, None, 4, 15]),
        location=Location(
            country=facts["country"], admin1=facts["admin1"] if rng.random() < 0.8 else rng.choice(["A", "B"]),
            place=facts["place"] if rng.random() < 0.7 else None,
        ),
        destination=rng.choice([None, None, "DEU", "FRA"]), affiliation=rng.choice([None, None, "ISIS", "HTS"]),
        modality=rng.choice(["asserted"] * 9 + ["planned"]),
    )  # fmt: skip
    return Mention(
        id=n, key=mention_key(f"hash{doc}", n, n + len(text)), document=doc, event=event, doc_id=f"d{doc}",
        source=f"S{doc % 5}", language=lang, published=published,
    )  # fmt: skip


def reference(mentions: list[Mention], rarity: Rarity, *, arriving: bool = False) -> dict[int, str]:
    """Cluster by the definition, block by block, no week index, reasons worded for every pair.
    `arriving`: the mentions come one at a time in the given order and the rarity counts each as it
    arrives (what `Clusterer.add` does), instead of all of them counted first, in story order."""
    clusters: list[tuple[str, list[Mention]]] = []  # in order of creation
    where: dict[int, str] = {}
    for m in mentions if arriving else sorted(mentions, key=lambda m: m.order):
        if arriving:
            rarity.add(m)
        qualifying: list[tuple[float, int]] = []
        for created, (_, members) in enumerate(clusters):
            if not members or members[0].block != m.block or any(x.document == m.document for x in members):
                continue
            results = [compare(m, x, rarity) for x in members]
            if any(r is None for r in results):
                continue
            top = max(r.score for r in results if r is not None)
            if top >= THRESHOLD:
                qualifying.append((-top, created))
        if not qualifying:
            cid = derived_id(m.key)
            assert all(cid != c for c, _ in clusters)
            clusters.append((cid, [m]))
            where[m.id] = cid
            continue
        (_, best), *others = sorted(qualifying)
        cid, target = clusters[best]
        target.append(m)
        where[m.id] = cid
        for _, other in others:  # clusters `m` also belongs with join, unless they conflict
            members = clusters[other][1]
            if {x.document for x in members} & {y.document for y in target}:
                continue
            if any(compare(x, y, rarity) is None for x in members for y in target):
                continue
            target.extend(members)
            for x in members:
                where[x.id] = cid
            clusters[other] = (clusters[other][0], [])
    return where


def test_the_clusterer_places_every_mention_as_the_reference_does() -> None:
    mentions = corpus(2000)
    clusterer = Clusterer()
    clusterer.add_all(mentions)
    fast = {m.id: cid for cid, ms in clusterer.clusters() for m in ms}
    slow = reference(mentions, clusterer.rarity)
    assert fast == slow
    # the corpus does what it is for: many merges, and pairs both over and under the threshold
    sizes = defaultdict(int)
    for cid in fast.values():
        sizes[cid] += 1
    assert sum(1 for s in sizes.values() if s > 1) > 300
    assert clusterer.comparisons > 3000


def test_score_is_the_score_of_compare_for_every_pair_of_a_block() -> None:
    mentions = corpus(1200, seed=11)
    rarity = Rarity(mentions)
    blocks: dict[tuple[str, str | None], list[Mention]] = defaultdict(list)
    for m in mentions:
        blocks[m.block].append(m)
    outcomes = defaultdict(int)
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                result = compare(a, b, rarity)
                assert score(a, b, rarity) == (None if result is None else result.score)
                assert score(a, b) == (None if (flat := compare(a, b)) is None else flat.score)
                outcomes["conflict" if result is None else "over" if result.score >= THRESHOLD else "under"] += 1
    assert min(outcomes.values()) > 1000, outcomes


def test_a_mention_of_an_already_placed_document_starts_or_joins_another_cluster() -> None:
    mentions = corpus(400, seed=3)
    clusterer = Clusterer()
    clusterer.add_all(mentions)
    for _, members in clusterer.clusters():
        documents = [m.document for m in members]
        assert len(documents) == len(set(documents))


def test_the_week_index_covers_the_days_a_mention_can_reach() -> None:
    for m in corpus(500, seed=5):
        span = reach(m)
        weeks = reach_weeks(m)
        assert weeks == (None if span is None else (span[0].toordinal() // 7, span[1].toordinal() // 7))
