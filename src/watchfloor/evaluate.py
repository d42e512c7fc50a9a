"""Scoring extractions against gold files (data format: GOLD-FORMAT.md).

Rules (also in the README):
- A **strict event match** has the same type, a date within the gold precision (same day, same
  ISO week, same month or same year; a gold date of null matches only a predicted null), the
  same location country, the same total and the same set of target nationalities. Strict
  precision, recall and F1 pair gold and predicted events one-to-one.
- **Field scores** are accuracies over events aligned by type and overlapping evidence (or,
  failing that, by a strict match): date, country, admin1, total, nationalities, agent country
  and sector, modality, destination, affiliation, attribution (token overlap), killed, wounded.
- **Aggregates counted twice**: gold aggregates whose evidence overlaps a predicted event.
- **Claims** match when their evidence spans overlap; stance is scored on matched claims.
- **B-cubed** and **pairwise links** (P/R/F1 over pairs of mentions put in one cluster) over
  gold event mentions aligned to predicted clusters: every document of the folder is stored and
  clustered together by the merger (`watchfloor.merge`), the clusters are written to
  `_clusters.json`; a gold mention with no aligned prediction is a cluster of its own.
  `--gold-mentions` scores the merger alone, on the gold events (`merge_eval.py`).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchfloor.errors import WatchfloorError
from watchfloor.merge import recluster
from watchfloor.merge_eval import format_clusters, link_scores
from watchfloor.store import Store, StoredCluster

if TYPE_CHECKING:
    from watchfloor.pipeline import Pipeline

FIELDS = (
    "date", "country", "admin1", "total", "nationalities", "agent_country", "agent_sector",
    "modality", "destination", "affiliation", "attribution", "killed", "wounded",
)  # fmt: skip


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    documents: int = 0
    events: PRF = field(default_factory=PRF)
    by_type: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    fields: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    aggregates: PRF = field(default_factory=PRF)
    aggregates_as_events: int = 0
    gold_aggregates: int = 0
    claims: PRF = field(default_factory=PRF)
    claim_stance: list[int] = field(default_factory=lambda: [0, 0])
    bcubed: dict[str, float] = field(default_factory=dict)
    links: dict[str, float | int] = field(default_factory=dict)  # pairwise links (merge_eval.link_scores)
    per_document: dict[str, dict[str, Any]] = field(default_factory=dict)

    def field_accuracy(self) -> dict[str, float]:
        return {k: round(v[0] / v[1], 4) for k, v in sorted(self.fields.items()) if v[1]}

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "events": self.events.as_dict(),
            "by_type": {k: v.as_dict() for k, v in sorted(self.by_type.items())},
            "fields": self.field_accuracy(),
            "aggregates": self.aggregates.as_dict(),
            "aggregates_counted_as_events": self.aggregates_as_events,
            "claims": self.claims.as_dict(),
            "claim_stance_accuracy": round(self.claim_stance[0] / self.claim_stance[1], 4) if self.claim_stance[1] else None,
            "bcubed": self.bcubed,
            "links": self.links,
            "per_document": self.per_document,
        }


# -- reading gold ---------------------------------------------------------------------------------


def detect_format(path: Path) -> str:
    """Which benchmark a path holds: watchfloor's gold folders, MUC-4 (GRIT JSON lines: one object
    with "docid" and "doctext" per line), WikiEvents (JSON lines whose objects have
    "event_mentions" and "tokens" or "sentences"), CASE 2021 task 2 (a tab-separated file with the
    header id, EventSnippet, SubType), event_location (JSON lines, gzip'd or not, with text, tokens and
    spans labelled VERB and LOCATION), re3d (folders of documents.json + entities.json) or NEREL (a
    folder of brat `<doc>.txt` + `<doc>.ann` pairs)."""
    if path.is_file():
        with path.open("rb") as handle:
            first = handle.readline(1 << 26)
        try:
            record = json.loads(first)
        except ValueError:
            record = None
        if isinstance(record, dict) and "doctext" in record and "extracts" in record:
            return "muc4"
        if isinstance(record, dict) and "event_mentions" in record and ("tokens" in record or "sentences" in record):
            return "wikievents"
        if first.decode("utf-8", "replace").lstrip("\ufeff").rstrip("\r\n").split("\t") == CASE2021_HEADER:
            return "case2021"
        from watchfloor.external.event_location import first_record, is_event_location

        if is_event_location(record if record is not None else first_record(path)):
            return "event_location"
        raise WatchfloorError(
            "not a benchmark file this command knows (MUC-4 GRIT JSON lines, WikiEvents JSON lines, "
            "CASE 2021 .tsv with the header id<TAB>EventSnippet<TAB>SubType, event_location JSON lines, gzip'd or not)",
            input=str(path),
        )
    if (path / "entities.json").is_file() or any((p / "entities.json").is_file() for p in path.iterdir() if p.is_dir()):
        return "re3d"
    if any(p.with_suffix(".txt").is_file() for p in path.glob("*.ann")):
        return "nerel"
    return "gold"


CASE2021_HEADER = ["id", "EventSnippet", "SubType"]


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """Every `<doc>.json` with a `<doc>.txt` beside it, sorted."""
    return [(j, j.with_suffix(".txt")) for j in sorted(folder.glob("*.json")) if j.with_suffix(".txt").is_file()]


def _span(text: str, evidence: str | None, hint: Sequence[int] | None = None) -> tuple[int, int] | None:
    if hint and len(hint) == 2:
        return int(hint[0]), int(hint[1])
    if not evidence:
        return None
    at = text.find(evidence)
    if at < 0:
        squeezed = re.sub(r"\s+", " ", evidence).strip()
        at = text.find(squeezed)
        if at < 0:
            return None
        return at, at + len(squeezed)
    return at, at + len(evidence)


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _iso(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _nats(event: dict[str, Any]) -> frozenset[str]:
    return frozenset(t.get("nationality") for t in event.get("targets") or [] if t.get("nationality"))


def _loc(event: dict[str, Any], key: str) -> Any:
    return (event.get("location") or {}).get(key)


def _agent(event: dict[str, Any], key: str) -> Any:
    return (event.get("agent") or {}).get(key)


def date_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    g, p = _iso(gold.get("date")), _iso(pred.get("date"))
    if g is None:
        return p is None
    if p is None:
        return False
    precision = gold.get("date_precision") or "day"
    if precision == "day":
        return g == p
    if precision == "week":
        return g.isocalendar()[:2] == p.isocalendar()[:2]
    if precision == "month":
        return (g.year, g.month) == (p.year, p.month)
    if precision == "year":
        return g.year == p.year
    return True


def strict_match(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    return (
        gold.get("type") == pred.get("type")
        and date_matches(gold, pred)
        and _loc(gold, "country") == _loc(pred, "country")
        and gold.get("total") == pred.get("total")
        and _nats(gold) == _nats(pred)
    )


def _sector(value: Any) -> Any:
    """REB, INS and REB/INS are one sector (armed non-state groups)."""
    return "REB/INS" if value in ("REB", "INS", "REB/INS") else value


def _words(text: Any) -> set[str]:
    return {w for w in re.findall(r"\w+", str(text or "").lower()) if len(w) > 2 and w not in ("the", "from")}


def _attribution_ok(g: Any, p: Any) -> bool:
    if not g and not p:
        return True
    gw, pw = _words(g), _words(p)
    if not gw or not pw:
        return False
    return len(gw & pw) / min(len(gw), len(pw)) >= 0.5


FIELD_CHECKS: dict[str, Callable[[dict[str, Any], dict[str, Any]], bool]] = {
    "date": date_matches,
    "country": lambda g, p: _loc(g, "country") == _loc(p, "country"),
    "admin1": lambda g, p: _loc(g, "admin1") == _loc(p, "admin1"),
    "total": lambda g, p: g.get("total") == p.get("total"),
    "nationalities": lambda g, p: _nats(g) == _nats(p),
    "agent_country": lambda g, p: _agent(g, "country") == _agent(p, "country"),
    "agent_sector": lambda g, p: _sector(_agent(g, "sector")) == _sector(_agent(p, "sector")),
    "modality": lambda g, p: g.get("modality", "asserted") == p.get("modality", "asserted"),
    "destination": lambda g, p: g.get("destination") == p.get("destination"),
    "affiliation": lambda g, p: g.get("affiliation") == p.get("affiliation"),
    "attribution": lambda g, p: _attribution_ok(g.get("attribution"), p.get("attribution")),
    "killed": lambda g, p: g.get("killed") == p.get("killed"),
    "wounded": lambda g, p: g.get("wounded") == p.get("wounded"),
}


# -- matching ---------------------------------------------------------------------------------


def _pair(
    golds: list[dict[str, Any]], preds: list[dict[str, Any]], ok: Callable[[dict[str, Any], dict[str, Any]], bool]
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing in gold order (documents hold few events)."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if pi not in used and ok(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def score_document(
    gold: dict[str, Any], pred: dict[str, Any], text: str, report: Report
) -> list[tuple[int, int]]:
    """Add one document's scores to `report`; return the (gold, predicted) event alignment."""
    g_events = gold.get("events") or []
    p_events = pred.get("events") or []
    for e in g_events:
        e["_span"] = _span(text, e.get("evidence"))
    for e in p_events:
        e["_span"] = _span(text, e.get("evidence"), e.get("evidence_span"))

    strict = _pair(g_events, p_events, strict_match)
    doc_prf = PRF(tp=len(strict), fp=len(p_events) - len(strict), fn=len(g_events) - len(strict))
    report.events.add(doc_prf)
    for t in {e["type"] for e in g_events} | {e["type"] for e in p_events}:
        gs = [e for e in g_events if e["type"] == t]
        ps = [e for e in p_events if e["type"] == t]
        n = len(_pair(gs, ps, strict_match))
        report.by_type[t].add(PRF(tp=n, fp=len(ps) - n, fn=len(gs) - n))

    aligned = _pair(g_events, p_events, lambda g, p: g["type"] == p["type"] and _overlap(g["_span"], p["_span"]))
    aligned_g = {gi for gi, _ in aligned}
    aligned_p = {pi for _, pi in aligned}
    for gi, pi in strict:
        if gi not in aligned_g and pi not in aligned_p:
            aligned.append((gi, pi))
    for gi, pi in aligned:
        for name, check in FIELD_CHECKS.items():
            counts = report.fields[name]
            counts[1] += 1
            counts[0] += int(check(g_events[gi], p_events[pi]))

    g_aggs = gold.get("aggregates") or []
    p_aggs = pred.get("aggregates") or []
    for a in g_aggs:
        a["_span"] = _span(text, a.get("evidence"))
    for a in p_aggs:
        a["_span"] = _span(text, a.get("evidence"), a.get("evidence_span"))
    report.gold_aggregates += len(g_aggs)
    twice = sum(1 for a in g_aggs if any(_overlap(a["_span"], e["_span"]) for e in p_events))
    report.aggregates_as_events += twice
    agg_pairs = _pair(g_aggs, p_aggs, lambda g, p: _overlap(g["_span"], p["_span"]))
    report.aggregates.add(PRF(tp=len(agg_pairs), fp=len(p_aggs) - len(agg_pairs), fn=len(g_aggs) - len(agg_pairs)))

    g_claims = gold.get("claims") or []
    p_claims = pred.get("claims") or []
    for c in g_claims:
        c["_spans"] = [_span(text, c.get("evidence"))]
    for c in p_claims:
        c["_spans"] = [_span(text, c.get("evidence"), c.get("evidence_span"))] + [
            (int(s), int(e)) for s, e, *_ in c.get("more_evidence") or []
        ]
    claim_pairs = _pair(
        g_claims, p_claims, lambda g, p: any(_overlap(g["_spans"][0], s) for s in p["_spans"])
    )
    report.claims.add(PRF(tp=len(claim_pairs), fp=len(p_claims) - len(claim_pairs), fn=len(g_claims) - len(claim_pairs)))
    for gi, pi in claim_pairs:
        report.claim_stance[1] += 1
        report.claim_stance[0] += int(g_claims[gi].get("stance") == p_claims[pi].get("stance"))

    report.documents += 1
    report.per_document[gold.get("doc_id", "?")] = {
        "events": doc_prf.as_dict(),
        "aggregates_counted_as_events": twice,
        "claims": {"gold": len(g_claims), "predicted": len(p_claims), "matched": len(claim_pairs)},
    }
    for e in g_events + p_events + g_aggs + p_aggs:
        e.pop("_span", None)
    for c in g_claims + p_claims:
        c.pop("_spans", None)
    return aligned


def bcubed(gold_clusters: dict[str, str], predicted_clusters: dict[str, str]) -> dict[str, float]:
    """B-cubed over items present in both mappings (item → cluster id)."""
    items = [i for i in gold_clusters if i in predicted_clusters]
    if not items:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_pred: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_gold[gold_clusters[i]].add(i)
        by_pred[predicted_clusters[i]].add(i)
    precision = recall = 0.0
    for i in items:
        g, p = by_gold[gold_clusters[i]], by_pred[predicted_clusters[i]]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "items": len(items)}


def gold_event_clusters(golds: Iterable[dict[str, Any]]) -> dict[str, str]:
    out = {}
    for gold in golds:
        for e in gold.get("events") or []:
            out[f"{gold['doc_id']}#{e['id']}"] = e.get("cluster") or f"{gold['doc_id']}#{e['id']}"
    return out


def load_json(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text("utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a JSON object")
    return data


def run_eval(gold_dir: Path, out_dir: Path, pipeline: Pipeline, *, lang: str | None = None) -> Report:
    """Extract every gold document from its text and metadata only, write predictions in the gold
    format to `out_dir`, store them in a temporary store, and score them."""
    from watchfloor.ingest import gold as gold_reader
    from watchfloor.ingest.options import IngestOptions

    report = Report()
    out_dir.mkdir(parents=True, exist_ok=True)
    pairs = gold_pairs(gold_dir)
    documents = [next(gold_reader.iter_documents(t, options=IngestOptions())) for _, t in pairs]
    if lang is not None:
        kept = [(p, d) for p, d in zip(pairs, documents, strict=True) if d.language == lang]
        pairs, documents = [p for p, _ in kept], [d for _, d in kept]
    golds = {j.stem: load_json(j) for j, _ in pairs}
    gold_items: dict[str, str] = {}
    aligned_to: dict[str, tuple[int, str]] = {}  # gold item -> (document row id, predicted local id)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "eval.sqlite")
        try:
            for (json_path, _), (document, extraction) in zip(pairs, pipeline.extract_many(documents), strict=True):
                document_id, _ = store.add(document, extraction)
                pred = extraction.to_gold(document)
                (out_dir / f"{json_path.stem}.json").write_text(
                    json.dumps(pred, ensure_ascii=False, indent=1), "utf-8"
                )
                gold = golds[json_path.stem]
                aligned = dict(score_document(gold, pred, document.text, report))
                for gi, g in enumerate(gold.get("events") or []):
                    item = f"{document.doc_id}#{g['id']}"
                    gold_items[item] = g.get("cluster") or item
                    pi = aligned.get(gi)
                    if pi is not None:
                        aligned_to[item] = (document_id, pred["events"][pi]["id"])
            # every document of the folder, clustered together by the merger
            recluster(store)
            cluster_of = {(r.event.document_id, r.event.event.id): r.event.event.cluster for r in store.merge_mentions()}
            predicted_items = {
                item: cluster_of.get(aligned_to[item]) or item if item in aligned_to else item for item in gold_items
            }
            clusters = [cluster_json(store.cluster(c.id)) for c in store.clusters(limit=1_000_000)]
        finally:
            store.close()
    (out_dir / "_clusters.json").write_text(json.dumps(clusters, ensure_ascii=False, indent=1), "utf-8")
    report.bcubed = bcubed(gold_items, predicted_items)
    report.links = link_scores(gold_items, predicted_items)
    return report


def cluster_json(cluster: StoredCluster) -> dict[str, Any]:
    canonical = cluster.canonical
    return {
        "id": cluster.id,
        "type": cluster.type,
        "country": cluster.country,
        "date": canonical.get("date"),
        "date_precision": canonical.get("date_precision"),
        "total": canonical.get("total"),
        "n_sources": cluster.n_sources,
        "mentions": [
            {"doc_id": m.doc_id, "event": m.event.id, "source": m.source, "evidence": m.event.evidence.text}
            for m in cluster.mentions
        ],
        "disagreements": cluster.disagreements,
        "related": canonical.get("related", []),
        "why": canonical.get("why", []),
    }


def format_report(report: Report) -> str:
    lines = [f"documents: {report.documents}", "", "events (strict)     P      R      F1    tp  fp  fn"]

    def row(name: str, prf: PRF) -> str:
        return f"  {name:<16} {prf.precision:6.3f} {prf.recall:6.3f} {prf.f1:6.3f} {prf.tp:4} {prf.fp:3} {prf.fn:3}"

    lines.append(row("ALL", report.events))
    for name, prf in sorted(report.by_type.items()):
        lines.append(row(name, prf))
    lines.append("")
    lines.append("fields on aligned events (accuracy)")
    for name, acc in report.field_accuracy().items():
        lines.append(f"  {name:<16} {acc:6.3f}")
    lines.append("")
    lines.append(row("aggregates", report.aggregates).replace("  aggregates      ", "aggregates        "))
    lines.append(f"aggregates counted as events: {report.aggregates_as_events} of {report.gold_aggregates}")
    lines.append(row("claims", report.claims).replace("  claims          ", "claims            "))
    if report.claim_stance[1]:
        lines.append(f"claim stance accuracy: {report.claim_stance[0] / report.claim_stance[1]:.3f}")
    if report.bcubed:
        lines.append(format_clusters(report.bcubed, report.links))
    lines.append(f"strict event F1: {report.events.f1:.3f}   claims F1: {report.claims.f1:.3f}")
    return "\n".join(lines)
