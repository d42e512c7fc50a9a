"""Links between canonical events that are related but never one event (types never mix).

- A **deportation** links to the **arrest** of the same people: an ARREST and a DEPORT reported
  by one document in one country, when their counts and nationalities agree (or the deportation
  counts the people of an aggregate that sums the arrests, "seven Russians … face deportation");
  across documents, an ARREST and a later DEPORT in one country with the same count (two or more)
  and the same nationalities.
- An **aggregate** ("seven Russians in the past week") links to the canonical events of the
  events it sums. A canonical event gathers mentions from many documents, so an aggregate in one
  report reaches the same arrest told by another.

Links are kept in the canonical JSON under `related` (no table: they are recomputed with the
clusters and read with them): `{"rel": "deportation_of" | "deported_in", "cluster": id}` and
`{"rel": "summed_in", "aggregate": {...}, "clusters": [ids it sums]}`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from watchfloor.merge.mention import Mention

DEPORT_AFTER_ARREST = timedelta(days=90)


@dataclass(frozen=True, slots=True)
class AggregateRef:
    id: int  # the aggregate's row id
    document: int
    doc_id: str
    source: str | None
    type: str
    total: int | None
    nationality: str | None
    evidence: str
    covers: tuple[int, ...]  # row ids of the events it sums


def related(
    clusters: Mapping[str, Sequence[Mention]], aggregates: Sequence[AggregateRef]
) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    where = {m.id: cid for cid, ms in clusters.items() for m in ms}
    for deport, arrest in sorted(_deportations(clusters, aggregates, where)):
        out[deport].append({"rel": "deportation_of", "cluster": arrest})
        out[arrest].append({"rel": "deported_in", "cluster": deport})
    for aggregate in aggregates:
        summed = sorted({where[e] for e in aggregate.covers if e in where})
        for cid in summed:
            out[cid].append({
                "rel": "summed_in",
                "aggregate": {
                    "id": aggregate.id, "doc_id": aggregate.doc_id, "source": aggregate.source,
                    "type": aggregate.type, "total": aggregate.total, "nationality": aggregate.nationality,
                    "evidence": aggregate.evidence,
                },
                "clusters": summed,
            })
    return dict(out)


def _fits(deport: Mention, arrest: Mention) -> bool:
    """Could these be the same people, arrested and then deported?"""
    if deport.nationalities and arrest.nationalities and not deport.nationalities & arrest.nationalities:
        return False
    return not (deport.interval and arrest.interval and arrest.interval[0] > deport.interval[1])


def _deportations(
    clusters: Mapping[str, Sequence[Mention]], aggregates: Sequence[AggregateRef], where: dict[int, str]
) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    # arrests by country, count and nationalities: what a deportation told by another document must share
    arrests: dict[tuple[str | None, int | None, frozenset[str]], list[Mention]] = defaultdict(list)
    by_document: dict[int, list[Mention]] = defaultdict(list)
    for ms in clusters.values():
        for m in ms:
            if m.type == "ARREST":
                arrests[(m.country, m.event.total, m.nationalities)].append(m)
                by_document[m.document].append(m)
    sums: dict[tuple[int, int], list[int]] = {}  # (document, total) -> arrests an aggregate sums
    for a in aggregates:
        if a.type == "ARREST" and a.total is not None and a.covers:
            sums[(a.document, a.total)] = list(a.covers)
    for deport_id, ms in clusters.items():
        for d in ms:
            if d.type != "DEPORT":
                continue
            same_doc = [a for a in by_document.get(d.document, []) if a.country == d.country and _fits(d, a)]
            total = d.event.total
            matched = [a for a in same_doc if total is not None and a.event.total == total]
            if not matched and total is not None and (d.document, total) in sums:
                matched = [a for a in same_doc if a.id in sums[(d.document, total)]]
            if not matched and total is None and len(same_doc) == 1:
                matched = same_doc
            if not matched and total is not None and total >= 2 and d.nationalities:
                matched = [
                    a for a in arrests.get((d.country, total, d.nationalities), []) if _fits(d, a) and _before(a, d)
                ]
            pairs.update((deport_id, where[a.id]) for a in matched if a.id in where)
    return pairs


def _before(arrest: Mention, deport: Mention) -> bool:
    start = arrest.interval[0] if arrest.interval else arrest.anchor
    end = deport.interval[1] if deport.interval else deport.anchor
    if start is None or end is None:
        return False
    return timedelta(0) <= end - start <= DEPORT_AFTER_ARREST
