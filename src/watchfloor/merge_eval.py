"""Scoring the merger apart from extraction (`watchfloor eval DIR --gold-mentions`).

The gold events of a folder (their fields and evidence span; the cluster label is dropped, and
the text is only used to place the evidence) are stored as each document's extraction and
clustered by the merger exactly as predicted events are. The clusters are then scored against
the gold cluster labels:

- **B-cubed** precision, recall and F1 over the mentions;
- **pairwise links**: every pair of mentions in one gold cluster is a gold link, every pair in
  one predicted cluster a predicted link; precision, recall and F1 over those pairs. A folder
  where few events are told twice gets a high B-cubed from singletons alone, so links are the
  figure that says whether anything was merged.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from watchfloor.model import Agent, Event, Evidence, Extraction, Location, Target


def link_scores(gold: Mapping[str, str], predicted: Mapping[str, str]) -> dict[str, float | int]:
    """Pairwise link precision, recall and F1 over items present in both mappings (item → cluster)."""
    items = [i for i in gold if i in predicted]

    def links(mapping: Mapping[str, str]) -> set[tuple[str, str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for i in items:
            groups[mapping[i]].append(i)
        return {(a, b) for members in groups.values() for a in members for b in members if a < b}

    g, p = links(gold), links(predicted)
    tp = len(g & p)
    precision = tp / len(p) if p else (1.0 if not g else 0.0)
    recall = tp / len(g) if g else (1.0 if not p else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": len(p) - tp, "fn": len(g) - tp, "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(f1, 4)}  # fmt: skip


def _iso(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _span(text: str, evidence: str, hint: Any = None) -> tuple[int, int]:
    if isinstance(hint, list) and len(hint) == 2 and all(isinstance(x, int) for x in hint):
        return hint[0], hint[1]  # a prediction says where its evidence is
    at = text.find(evidence) if evidence else -1
    if at < 0:  # a span the annotator retyped: keep the mention, placed at the start
        return 0, len(evidence)
    return at, at + len(evidence)


def gold_event(record: Mapping[str, Any], text: str) -> Event:
    """One gold event as the extractor would have produced it, without its cluster label."""
    evidence = str(record.get("evidence") or "")
    start, end = _span(text, evidence, record.get("evidence_span"))
    agent = record.get("agent") if isinstance(record.get("agent"), dict) else None
    location = record.get("location") if isinstance(record.get("location"), dict) else None
    precision = record.get("date_precision") or ("day" if record.get("date") else "unknown")
    return Event(
        id=str(record.get("id") or f"e{start}"),
        type=str(record.get("type")),
        evidence=Evidence(start, end, evidence),
        date=_iso(record.get("date")),
        date_precision=precision if precision in ("day", "week", "month", "year", "unknown") else "unknown",
        reported=_iso(record.get("reported")),
        agent=Agent(text=_str(agent.get("text")), country=_str(agent.get("country")), sector=_str(agent.get("sector")))
        if agent else None,
        targets=[
            Target(count=_int(t.get("count")), nationality=_str(t.get("nationality")),
                   ethnicity=_str(t.get("ethnicity")), text=_str(t.get("text")),
                   approx_count=_int(t.get("approx_count")), kind=_str(t.get("kind")))
            for t in record.get("targets") or [] if isinstance(t, dict)
        ],  # fmt: skip
        total=_int(record.get("total")),
        total_min=_int(record.get("total_min")),
        killed=_int(record.get("killed")),
        wounded=_int(record.get("wounded")),
        location=Location(text=_str(location.get("text")), country=_str(location.get("country")),
                          admin1=_str(location.get("admin1")), place=_str(location.get("place")))
        if location else None,  # fmt: skip
        destination=_str(record.get("destination")),
        affiliation=_str(record.get("affiliation")),
        attribution=_str(record.get("attribution")),
        modality=_str(record.get("modality")) or "asserted",
    )


def gold_extraction(gold: Mapping[str, Any], text: str) -> Extraction:
    """A document's gold events as its extraction (aggregates and claims left out: only events
    are merged)."""
    events = [gold_event(e, text) for e in gold.get("events") or [] if isinstance(e, dict) and e.get("type")]
    return Extraction(doc_id=str(gold.get("doc_id") or ""), events=events)


def run_gold_mentions(gold_dir: Path, *, lang: str | None = None) -> dict[str, Any]:
    """Store every document of `gold_dir` with its gold events as the extraction, cluster them with
    the merger, and score the clusters. Returns {"documents", "mentions", "gold_clusters",
    "clusters", "bcubed", "links", "clusters_json"}."""
    from watchfloor.evaluate import bcubed, cluster_json, gold_pairs, load_json
    from watchfloor.ingest import gold as gold_reader
    from watchfloor.ingest.options import IngestOptions
    from watchfloor.merge import recluster
    from watchfloor.store import Store

    gold_items: dict[str, str] = {}
    predicted: dict[str, str] = {}
    documents = 0
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "gold-mentions.sqlite")
        try:
            rows: dict[tuple[int, str], str] = {}  # (document row, gold event id) -> item
            for json_path, text_path in gold_pairs(gold_dir):
                document = next(gold_reader.iter_documents(text_path, options=IngestOptions()))
                if lang is not None and document.language != lang:
                    continue
                gold = load_json(json_path)
                extraction = gold_extraction(gold, document.text)
                document_id, _ = store.add(document, extraction)
                documents += 1
                for raw, event in zip(
                    [e for e in gold.get("events") or [] if isinstance(e, dict) and e.get("type")],
                    extraction.events,
                    strict=True,
                ):
                    item = f"{document.doc_id}#{event.id}"
                    gold_items[item] = str(raw.get("cluster") or item)
                    rows[(document_id, event.id)] = item
            recluster(store)
            for r in store.merge_mentions():
                found = rows.get((r.event.document_id, r.event.event.id))
                if found is not None:
                    predicted[found] = r.event.event.cluster or found
            clusters = [cluster_json(store.cluster(c.id)) for c in store.clusters(limit=1_000_000)]
        finally:
            store.close()
    return {
        "documents": documents,
        "mentions": len(gold_items),
        "gold_clusters": len(set(gold_items.values())),
        "clusters": len(set(predicted.values())),
        "bcubed": bcubed(gold_items, predicted),
        "links": link_scores(gold_items, predicted),
        "clusters_json": clusters,
    }


def format_merge(result: Mapping[str, Any]) -> str:
    b, link = result["bcubed"], result["links"]
    return "\n".join([
        f"documents: {result['documents']}   gold mentions: {result['mentions']}   "
        f"gold clusters: {result['gold_clusters']}   clusters made: {result['clusters']}",
        format_clusters(b, link),
    ])


def format_clusters(b: Mapping[str, Any], link: Mapping[str, Any]) -> str:
    return "\n".join([
        f"B-cubed clusters  P {b['precision']:.3f}  R {b['recall']:.3f}  F1 {b['f1']:.3f}",
        f"pairwise links    P {link['precision']:.3f}  R {link['recall']:.3f}  F1 {link['f1']:.3f}"
        f"   tp {link['tp']} fp {link['fp']} fn {link['fn']}",
    ])


def eval_gold_mentions(gold_dir: Path, out_dir: Path | None, *, as_json: bool, lang: str | None) -> None:
    """The `eval --gold-mentions` command: print the scores, write the clusters to `out_dir`."""
    import json

    import click

    result = run_gold_mentions(gold_dir, lang=lang)
    clusters = result.pop("clusters_json")
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "_clusters.json").write_text(json.dumps(clusters, ensure_ascii=False, indent=1), "utf-8")
    click.echo(json.dumps(result, indent=1) if as_json else format_merge(result))
