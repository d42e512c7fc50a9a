"""The merger on plain records: compatibility rules, clustering, canonical values, links, decisions."""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import count
from typing import Any

from watchfloor.merge.canonical import canonical
from watchfloor.merge.cluster import Clusterer, derived_id
from watchfloor.merge.compat import THRESHOLD, compare, counts_compatible
from watchfloor.merge.decisions import Decision, constraints
from watchfloor.merge.links import AggregateRef, related
from watchfloor.merge.mention import Mention, date_interval, mention_key, parse_key
from watchfloor.model import Agent, Event, Evidence, Location, Target

_ids = count(1)


def mention(
    doc: int,
    *,
    type: str = "ARREST",
    day: date | None = date(2021, 5, 10),
    precision: str = "day",
    country: str | None = "TUR",
    admin1: str | None = None,
    place: str | None = None,
    total: int | None = None,
    total_min: int | None = None,
    nats: tuple[str, ...] = (),
    published: date | None = date(2021, 5, 12),
    modality: str = "asserted",
    text: str | None = None,
    lang: str = "en",
    source: str | None = None,
    agent: str | None = None,
    killed: int | None = None,
) -> Mention:
    n = next(_ids)
    text = text or f"item{n}"
    event = Event(
        id=f"e{n}",
        type=type,
        evidence=Evidence(n * 10, n * 10 + len(text), text),
        date=day,
        date_precision=precision if day else "unknown",
        targets=[Target(count=None, nationality=x) for x in nats],
        total=total,
        total_min=total_min,
        killed=killed,
        location=Location(country=country, admin1=admin1, place=place) if country else None,
        agent=Agent(country=agent) if agent else None,
        modality=modality,
    )
    return Mention(
        id=n, key=mention_key(f"hash{doc}", n * 10, n * 10 + len(text)), document=doc, event=event,
        doc_id=f"doc{doc}", source=source or f"Outlet {doc}", language=lang, published=published,
    )  # fmt: skip


def score(a: Mention, b: Mention) -> float | None:
    result = compare(a, b)
    return None if result is None else result.score


# -- rules ----------------------------------------------------------------------------------------


def test_counts_13_and_14_are_compatible_3_and_40_are_not() -> None:
    assert counts_compatible(13, 14) and counts_compatible(40, 40)
    assert not counts_compatible(3, 40) and not counts_compatible(1, 2)
    a = mention(1, total=13, nats=("RUS",))
    assert score(a, mention(2, total=14, nats=("RUS",))) is not None
    assert score(a, mention(2, total=40, nats=("RUS",))) is None


def test_a_week_date_is_compatible_with_the_days_in_it() -> None:
    week = mention(1, day=date(2021, 5, 10), precision="week", total=6)
    inside = mention(2, day=date(2021, 5, 14), total=6)
    outside = mention(3, day=date(2021, 5, 18), total=6)
    assert date_interval(date(2021, 5, 12), "week") == (date(2021, 5, 10), date(2021, 5, 16))
    assert score(week, inside) is not None and score(week, outside) is None
    month = mention(4, day=date(2021, 5, 1), precision="month", total=6)
    assert score(month, outside) is not None


def test_monday_and_tuesday_may_be_one_event_a_week_apart_may_not() -> None:
    monday = mention(1, day=date(2021, 5, 10), total=9, nats=("UZB",))
    assert (score(monday, mention(2, day=date(2021, 5, 11), total=9, nats=("UZB",))) or 0) >= THRESHOLD
    assert score(monday, mention(3, day=date(2021, 5, 13), total=9, nats=("UZB",))) is None


def test_disjoint_nationalities_types_countries_and_one_document_never_match() -> None:
    a = mention(1, total=4, nats=("GEO",))
    assert score(a, mention(2, total=4, nats=("ARM",))) is None
    assert score(a, mention(2, total=4, nats=("GEO",), type="DEPORT")) is None
    assert score(a, mention(2, total=4, nats=("GEO",), country="GRC")) is None
    assert score(a, mention(1, total=4, nats=("GEO",))) is None


def test_type_country_date_and_wording_alone_do_not_merge() -> None:
    words = "police detained people at dawn"
    assert (score(mention(1, text=words), mention(2, text=words)) or 0) < THRESHOLD
    assert (score(mention(1, text=words, total=8), mention(2, text=words, total=8)) or 0) >= THRESHOLD


def test_undated_reports_are_placed_by_their_report_date() -> None:
    a = mention(1, day=None, published=date(2021, 5, 12), total=3, nats=("TJK",), admin1="Istanbul")
    b = mention(2, day=None, published=date(2021, 5, 20), total=3, nats=("TJK",), admin1="Istanbul")
    far = mention(3, day=None, published=date(2021, 8, 20), total=3, nats=("TJK",), admin1="Istanbul")
    assert (score(a, b) or 0) >= THRESHOLD and score(a, far) is None
    # a planned deportation announced on the 12th cannot be one carried out in April
    planned = mention(4, type="DEPORT", day=None, modality="planned", total=7, nats=("RUS",))
    done = mention(5, type="DEPORT", day=date(2021, 4, 1), precision="month", total_min=4, nats=("RUS",))
    assert score(planned, done) is None


def test_a_monthly_tally_of_one_nationality_does_not_join_a_specific_arrest() -> None:
    arrest = mention(1, day=date(2021, 5, 7), total=20, nats=("RUS",), admin1="Hatay", agent="TUR")
    tally = mention(2, day=date(2021, 5, 1), precision="month", total_min=12, nats=("RUS",), agent="TUR")
    same_day = mention(3, day=date(2021, 5, 7), total=20, nats=("RUS",))
    assert (score(arrest, tally) or 0) < THRESHOLD <= (score(arrest, same_day) or 0)


def test_different_provinces_weigh_heavily_against() -> None:
    base: dict[str, Any] = {"total": 5, "nats": ("SYR",)}
    same = score(mention(1, admin1="Hatay", **base), mention(2, admin1="Hatay", **base))
    other = score(mention(1, admin1="Hatay", **base), mention(2, admin1="Izmir", **base))
    assert same is not None and other is not None and other < THRESHOLD <= same


def test_mention_keys_round_trip() -> None:
    key = mention_key("ab" * 32, 10, 52)
    assert parse_key(key) == ("ab" * 32, 10, 52) and parse_key("nonsense") is None


# -- clustering -----------------------------------------------------------------------------------


def _same_event(doc: int, **extra: Any) -> Mention:
    base: dict[str, Any] = {"day": date(2021, 6, 2), "total": 11, "nats": ("KGZ",), "admin1": "Hatay"}
    return mention(doc, **{**base, **extra})


def test_reports_of_one_event_cluster_and_others_stay_apart() -> None:
    clusterer = Clusterer()
    a, b, c = _same_event(1), _same_event(2, total=12), _same_event(3, lang="ru", text="задержаны")
    other = _same_event(4, nats=("AFG",))
    clusterer.add_all([a, b, c, other])
    groups = sorted(sorted(m.id for m in ms) for _, ms in clusterer.clusters())
    assert groups == sorted([sorted([a.id, b.id, c.id]), [other.id]])


def test_a_report_that_belongs_with_two_clusters_joins_them_unless_they_conflict() -> None:
    """One report gives the day and count, another the day and nationality (too little in common
    to merge); a third gives all three: the three are one event, whatever their order."""
    day = date(2021, 6, 2)
    for order in ((0, 1, 2), (1, 0, 2), (2, 0, 1)):
        told = [mention(1, day=day, total=17), mention(2, day=day, nats=("IDN",)),
                mention(3, day=day, total=17, nats=("IDN",))]  # fmt: skip
        assert score(told[0], told[1]) is not None and score(told[0], told[1]) < THRESHOLD  # type: ignore[operator]
        clusterer = Clusterer()
        for n in order:
            clusterer.add(told[n])
        assert [sorted(m.id for m in ms) for _, ms in clusterer.clusters()] == [sorted(m.id for m in told)]
    # two days three days apart cannot be one act: a report of that week joins one of them only
    a, b = mention(4, day=day, total=17), mention(5, day=day + timedelta(days=3), nats=("IDN",))
    week = mention(6, day=day, precision="week", total=17, nats=("IDN",))
    assert score(a, b) is None
    clusterer = Clusterer()
    for m in (a, b, week):
        clusterer.add(m)
    assert sorted(len(ms) for _, ms in clusterer.clusters()) == [1, 2]


def test_the_outlet_telling_it_is_no_name_or_wording_of_the_act() -> None:
    a = mention(1, text="Police detained Karimov in Kilis, the Daily Wire reported", source="Daily Wire")
    b = mention(2, text="Police detained Karimov in Kilis, Wire reported", source="Wire")
    assert "wire" not in a.names | b.names and "wire" not in a.tokens | b.tokens
    found = compare(a, b)
    assert found is not None and any("karim" in why for why in found.reasons)  # the person still counts


def test_cluster_ids_come_from_the_first_mention_and_survive_growth() -> None:
    clusterer = Clusterer()
    first = _same_event(1)
    cid = clusterer.add(first)
    assert cid == derived_id(first.key)
    assert clusterer.add(_same_event(2)) == cid and clusterer.add(_same_event(3)) == cid


def test_incremental_arrival_gives_the_clusters_of_a_full_run() -> None:
    rng = random.Random(7)
    mentions = _random_mentions(rng, 400)
    full = Clusterer()
    full.add_all(mentions)
    earlier = Clusterer()
    earlier.add_all(mentions[:250])
    later = Clusterer()
    for cid, members in earlier.clusters():
        later.seed(cid, members)
    later.add_all(mentions[250:])
    assert dict(_as_sets(full)) == dict(_as_sets(later))


def test_no_cluster_ever_mixes_types_or_countries() -> None:
    rng = random.Random(11)
    clusterer = Clusterer()
    clusterer.add_all(_random_mentions(rng, 1500))
    for _, members in clusterer.clusters():
        assert len({m.type for m in members}) == 1 and len({m.country for m in members}) == 1
        assert len({m.document for m in members}) == len(members)


def _as_sets(clusterer: Clusterer) -> list[tuple[str, frozenset[int]]]:
    return [(cid, frozenset(m.id for m in ms)) for cid, ms in clusterer.clusters()]


def _random_mentions(rng: random.Random, n: int) -> list[Mention]:
    """Events told by one to four documents, with the usual noise: off-by-one counts and days,
    coarser dates, missing fields."""
    out: list[Mention] = []
    doc = 1000
    start = date(2020, 1, 1)
    while len(out) < n:
        day = start + timedelta(days=rng.randrange(120))
        facts: dict[str, Any] = {
            "type": rng.choice(["ARREST", "DEPORT", "ATTACK"]),
            "country": rng.choice(["TUR", "RUS", "SYR", None]),
            "total": rng.choice([None, 2, 7, 13, 40]),
            "nats": tuple(rng.sample(["RUS", "TJK", "UZB", "DEU"], rng.randint(0, 2))),
            "admin1": rng.choice([None, "A", "B"]),
        }
        for _ in range(rng.randint(1, 4)):
            doc += 1
            told = dict(facts)
            if rng.random() < 0.2 and told["total"]:
                told["total"] += 1
            if rng.random() < 0.2:
                told["nats"] = ()
            precision = rng.choice(["day", "day", "day", "week", "month"])
            shift = timedelta(days=rng.choice([0, 0, 0, 1]))
            out.append(mention(doc, day=day + shift, precision=precision, published=day + timedelta(days=2), **told))
    rng.shuffle(out)
    return sorted(out, key=lambda m: m.order)


# -- decisions ------------------------------------------------------------------------------------


def test_a_split_keeps_mentions_apart_and_a_later_merge_brings_them_back() -> None:
    a, b, c = _same_event(1), _same_event(2), _same_event(3)
    split = Decision("split", [c.key], [a.key, b.key], "ana", "another raid")
    clusterer = Clusterer(constraints([split], [a, b, c]))
    clusterer.add_all([a, b, c])
    assert clusterer.cluster_of(c.id) != clusterer.cluster_of(a.id) == clusterer.cluster_of(b.id)
    merge = Decision("merge", [a.key, b.key], [c.key], "bo", None)
    again = Clusterer(constraints([split, merge], [a, b, c]))
    again.add_all([a, b, c])
    assert again.cluster_of(c.id) == again.cluster_of(a.id)


def test_a_merge_joins_mentions_the_rules_keep_apart() -> None:
    a, far = _same_event(1), _same_event(2, day=date(2021, 6, 20))
    assert compare(a, far) is None
    rules = constraints([Decision("merge", [a.key], [far.key], "ana", "same raid, misdated")], [a, far])
    clusterer = Clusterer(rules)
    clusterer.add_all([a, far])
    assert clusterer.cluster_of(a.id) == clusterer.cluster_of(far.id)
    why = canonical("c1", [a, far], rules).values["why"]
    assert why == [{"mention": far.id, "with": a.id, "by": "merge by ana: same raid, misdated"}]


def test_decision_keys_follow_a_moved_evidence_span() -> None:
    a, b = _same_event(1), _same_event(2)
    content_hash, start, end = parse_key(b.key) or ("", 0, 0)
    old_key = mention_key(content_hash, start - 3, end - 5)  # an earlier extraction's span
    rules = constraints([Decision("split", [old_key], [a.key], "ana")], [a, b])
    assert rules.cannot_with(b.id) == {a.id}


# -- canonical values and disagreements -----------------------------------------------------------


def test_canonical_values_follow_the_stated_rules() -> None:
    week = _same_event(1, day=date(2021, 5, 31), precision="week", total=14, source="Wire A", place=None)
    monday = _same_event(2, day=date(2021, 6, 1), total=13, source="Wire B", place="Antakya")
    tuesday = _same_event(3, day=date(2021, 6, 2), total=13, source="Daily C", nats=("KGZ", "TJK"))
    again = _same_event(4, day=date(2021, 6, 1), total=13, source="Wire B")
    result = canonical("c1", [week, monday, tuesday, again])
    v = result.values
    assert (v["date"], v["date_precision"]) == ("2021-06-01", "day")  # most specific, then most sources
    assert v["total"] == 13  # the lowest credible count
    assert v["location"]["place"] == "Antakya"
    assert {t["nationality"] for t in v["targets"]} == {"KGZ", "TJK"}
    assert v["sources"] == ["Daily C", "Wire A", "Wire B"] and result.n_sources == 3
    fields = {d["field"]: d for d in result.disagreements}
    assert set(fields) == {"date", "total"}
    # the week holds both days, so it alone would be no disagreement; every source's value is listed
    assert [x["value"] for x in fields["date"]["values"]] == ["week of 2021-05-31", "2021-06-01", "2021-06-02"]
    assert fields["total"]["values"] == [
        {"value": 13, "mentions": [monday.id, tuesday.id, again.id], "sources": ["Daily C", "Wire B"]},
        {"value": 14, "mentions": [week.id], "sources": ["Wire A"]},
    ]
    assert canonical("c2", [week, monday]).disagreements[0]["field"] == "total"  # week ⊃ day: no date conflict
    assert [w["mention"] for w in v["why"]] == [monday.id, tuesday.id, again.id]


def test_the_same_toll_identifies_an_attack_a_different_one_does_not_part_it() -> None:
    a = mention(1, type="ATTACK", country="RUS", killed=4)
    assert (score(a, mention(2, type="ATTACK", country="RUS", killed=4)) or 0) < THRESHOLD
    with_place = mention(3, type="ATTACK", country="RUS", killed=4, admin1="Dagestan")
    assert (score(with_place, mention(4, type="ATTACK", country="RUS", killed=4, admin1="Dagestan")) or 0) >= THRESHOLD
    assert score(with_place, mention(5, type="ATTACK", country="RUS", killed=6, admin1="Dagestan")) is not None


def test_close_mass_casualty_tolls_weigh_as_rare_figures_do() -> None:
    """Two outlets' tolls of one bombing (290 and 321: tolls rise) among hundreds of small attacks: as rare
    as the same figure would be, so with the same day they name one attack; close small tolls do not."""
    from watchfloor.merge.rarity import Rarity

    big = [mention(1, type="ATTACK", country="LKA", killed=290), mention(2, type="ATTACK", country="LKA", killed=321)]
    small = [
        mention(10 + n, type="ATTACK", country="LKA", killed=n % 4 + 1, day=date(2021, 4, 1) + timedelta(days=n))
        for n in range(400)
    ]
    rarity = Rarity([*big, *small])
    flat, rare = compare(*big), compare(*big, rarity)
    assert flat is not None and rare is not None
    assert flat.score < THRESHOLD <= rare.score
    assert "toll 290 / 321 killed" in rare.reasons
    one, other = mention(60, type="ATTACK", country="LKA", killed=2), mention(61, type="ATTACK", country="LKA", killed=3)
    close_small = compare(one, other, Rarity([one, other, *small]))
    assert close_small is not None and close_small.score < THRESHOLD and not any("toll" in r for r in close_small.reasons)


def test_attack_tolls_take_the_lowest_and_record_the_other() -> None:
    a = mention(1, type="ATTACK", place="Kazan", admin1="Tatarstan", country="RUS", killed=11)
    b = mention(2, type="ATTACK", place="Kazan", admin1="Tatarstan", country="RUS", killed=14, lang="ru")
    result = canonical("c1", [a, b])
    assert result.values["killed"] == 11
    assert [d["field"] for d in result.disagreements] == ["killed"]


# -- links ----------------------------------------------------------------------------------------


def test_a_planned_deportation_links_to_the_arrest_and_aggregates_to_what_they_sum() -> None:
    arrest = mention(1, total=23, nats=("UZB",), admin1="Kilis")
    deport = mention(1, type="DEPORT", day=None, modality="planned", total=23, admin1="Kilis")
    elsewhere = mention(2, total=23, nats=("UZB",), admin1="Kilis")
    clusters = {"ca": [arrest, elsewhere], "cd": [deport]}
    tally = AggregateRef(9, 2, "doc2", "Outlet 2", "ARREST", 23, "UZB", "23 Uzbeks this week", (elsewhere.id,))
    links = related(clusters, [tally])
    assert {"rel": "deportation_of", "cluster": "ca"} in links["cd"]
    assert {"rel": "deported_in", "cluster": "cd"} in links["ca"]
    summed = [x for x in links["ca"] if x["rel"] == "summed_in"]
    assert summed and summed[0]["clusters"] == ["ca"] and summed[0]["aggregate"]["doc_id"] == "doc2"
    assert "cd" not in {x.get("cluster") for x in links.get("cd", []) if x["rel"] == "summed_in"}
