"""re3d (Dstl's Relationship and Entity Extraction Evaluation Dataset): entity scores.

A re3d folder holds `documents.json` and `entities.json` as mongoexport JSON lines (one object per
line); a benchmark path is one such folder or a folder of them. Each document's text goes through
the entity layer (`watchfloor.extract.entities`), and the predicted mentions are scored against
the gold ones, per type and micro-averaged, overall and per folder:

- **exact**: same document, same `begin`/`end`, same type (as sets: a span annotated twice with
  one type counts once).
- **overlap** (partial): same type and at least one character in common, paired one to one, the
  largest overlaps first.
- **span** (untyped exact): the same characters regardless of type, to tell boundary errors from
  type confusions.

Types: watchfloor's entity types are re3d's (model.ENTITY_TYPES), so the mapping is the identity;
`Url`, which re3d's README lists but its data never uses, is scored like any other type.
Confidence: every gold entity counts, whatever its `confidence` (the IBCC posterior; re3d's
alternative readings of a span often have 0 and are still correct, e.g. "Brussels" in
"Brussels, Belgium"). The report also gives the micro scores against only the gold entities
with confidence >= 0.5, as a second view.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchfloor.errors import BadExport, WatchfloorError
from watchfloor.evaluate import PRF
from watchfloor.model import Document, Entity

if TYPE_CHECKING:
    from watchfloor.extract.entities import EntityExtractor
    from watchfloor.pipeline import Pipeline

CONFIDENT = 0.5
Span = tuple[str, int, int, str]  # document id, begin, end, type


@dataclass(frozen=True, slots=True)
class GoldEntity:
    doc_id: str
    begin: int
    end: int
    type: str
    value: str
    confidence: float


@dataclass(slots=True)
class Re3dFolder:
    name: str
    documents: list[Document]
    entities: list[GoldEntity]


def _json_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadExport(f"cannot read: {exc}", input=str(path)) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise BadExport(f"line {n} is not JSON ({exc})", input=str(path)) from exc
        if not isinstance(record, dict):
            raise BadExport(f"line {n} is not a JSON object", input=str(path))
        yield n, record


def read_folder(folder: Path) -> Re3dFolder:
    """One re3d source folder: its documents (language English) and gold entities."""
    documents: list[Document] = []
    for n, record in _json_lines(folder / "documents.json"):
        if not isinstance(record.get("_id"), str) or not isinstance(record.get("text"), str):
            raise BadExport(f"line {n}: a document needs a string _id and text", input=str(folder / "documents.json"))
        documents.append(Document(
            doc_id=record["_id"], text=record["text"], language="en", title=record.get("title"),
            source=record.get("sourceName") or folder.name, url=record.get("sourceUrl"),
        ))  # fmt: skip
    known = {d.doc_id: len(d.text) for d in documents}
    entities: list[GoldEntity] = []
    path = folder / "entities.json"
    for n, record in _json_lines(path):
        try:
            entity = GoldEntity(
                doc_id=str(record["documentId"]), begin=int(record["begin"]), end=int(record["end"]),
                type=str(record["type"]), value=str(record.get("value", "")),
                confidence=float(record.get("confidence", 1.0)),
            )  # fmt: skip
        except (KeyError, TypeError, ValueError) as exc:
            raise BadExport(f"line {n}: an entity needs documentId, begin, end and type ({exc})", input=str(path)) from exc
        if entity.doc_id not in known:
            raise BadExport(f"line {n}: unknown documentId {entity.doc_id}", input=str(path))
        if not 0 <= entity.begin < entity.end <= known[entity.doc_id]:
            raise BadExport(f"line {n}: offsets {entity.begin}-{entity.end} outside the document", input=str(path))
        entities.append(entity)
    return Re3dFolder(folder.name, documents, entities)


def read_benchmark(path: Path) -> list[Re3dFolder]:
    """A re3d folder, or a folder of them (sorted by name)."""
    if (path / "entities.json").is_file():
        return [read_folder(path)]
    folders = sorted(p for p in path.iterdir() if p.is_dir() and (p / "entities.json").is_file()) if path.is_dir() else []
    if not folders:
        raise WatchfloorError("no re3d folder (documents.json with entities.json) found", input=str(path))
    return [read_folder(p) for p in folders]


# -- scoring --------------------------------------------------------------------------------------


@dataclass
class Scores:
    """Exact, overlap and untyped-span scores, micro and per type."""

    exact: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    span: PRF = field(default_factory=PRF)
    exact_by_type: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    overlap_by_type: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))

    def add(self, other: Scores) -> None:
        self.exact.add(other.exact)
        self.overlap.add(other.overlap)
        self.span.add(other.span)
        for mine, theirs in ((self.exact_by_type, other.exact_by_type), (self.overlap_by_type, other.overlap_by_type)):
            for key, prf in theirs.items():
                mine[key].add(prf)

    def as_dict(self) -> dict[str, Any]:
        types = sorted(set(self.exact_by_type) | set(self.overlap_by_type))
        return {
            "exact": self.exact.as_dict(),
            "overlap": self.overlap.as_dict(),
            "span": self.span.as_dict(),
            "by_type": {t: {"exact": self.exact_by_type[t].as_dict(), "overlap": self.overlap_by_type[t].as_dict()}
                        for t in types},
        }  # fmt: skip


def score(gold: Iterable[Span], predicted: Iterable[Span]) -> Scores:
    """Score predicted (doc, begin, end, type) spans against gold ones (see the module docstring)."""
    gold_set, pred_set = set(gold), set(predicted)
    out = Scores()
    for t in {s[3] for s in gold_set | pred_set}:
        g = {s for s in gold_set if s[3] == t}
        p = {s for s in pred_set if s[3] == t}
        out.exact_by_type[t] = PRF(len(g & p), len(p - g), len(g - p))
        out.overlap_by_type[t] = _overlap(g, p)
        out.exact.add(out.exact_by_type[t])
        out.overlap.add(out.overlap_by_type[t])
    g_spans = {s[:3] for s in gold_set}
    p_spans = {s[:3] for s in pred_set}
    out.span = PRF(len(g_spans & p_spans), len(p_spans - g_spans), len(g_spans - p_spans))
    return out


def _overlap(gold: set[Span], predicted: set[Span]) -> PRF:
    """One-to-one pairs of spans of one type sharing characters, the largest overlaps first."""
    by_doc: dict[str, list[Span]] = defaultdict(list)
    for s in gold:
        by_doc[s[0]].append(s)
    pairs = []
    for p in predicted:
        for g in by_doc.get(p[0], ()):
            common = min(g[2], p[2]) - max(g[1], p[1])
            if common > 0:
                pairs.append((common, -abs(g[1] - p[1]) - abs(g[2] - p[2]), g, p))
    pairs.sort(key=lambda x: (-x[0], -x[1], x[2], x[3]))
    used_g: set[Span] = set()
    used_p: set[Span] = set()
    for _, _, g, p in pairs:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
    return PRF(len(used_g), len(predicted) - len(used_p), len(gold) - len(used_g))


@dataclass
class Re3dResult:
    folders: dict[str, Scores]
    total: Scores
    confident: Scores  # against gold with confidence >= CONFIDENT only
    documents: int
    gold: int
    predicted: int
    out_dir: Path | None = None
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document id, error)

    def as_dict(self) -> dict[str, Any]:
        return {
            "benchmark": "re3d",
            "documents": self.documents,
            "gold_entities": self.gold,
            "predicted_entities": self.predicted,
            "failed_documents": [{"documentId": d, "error": e} for d, e in self.failed],
            **self.total.as_dict(),
            f"confidence>={CONFIDENT}": {"exact": self.confident.exact.as_dict(),
                                          "overlap": self.confident.overlap.as_dict()},
            "folders": {name: s.as_dict() for name, s in self.folders.items()},
        }  # fmt: skip

    def format(self) -> str:
        def row(label: str, exact: PRF, overlap: PRF) -> str:
            return (f"{label:<22} {exact.tp + exact.fn:>5} {exact.tp + exact.fp:>5}  "
                    f"{exact.precision:5.3f} {exact.recall:5.3f} {exact.f1:5.3f}   "
                    f"{overlap.precision:5.3f} {overlap.recall:5.3f} {overlap.f1:5.3f}")  # fmt: skip

        head = f"{'':<22} {'gold':>5} {'pred':>5}  {'exact P':>7} {'R':>5} {'F1':>5}   {'overlap P':>9} {'R':>3} {'F1':>5}"
        lines = [f"re3d: {self.documents} documents, {self.gold} gold entities, {self.predicted} predicted", "", head]
        for t in sorted(self.total.exact_by_type, key=lambda t: -(self.total.exact_by_type[t].tp
                                                                  + self.total.exact_by_type[t].fn)):
            lines.append(row(t, self.total.exact_by_type[t], self.total.overlap_by_type[t]))
        lines.append(row("micro", self.total.exact, self.total.overlap))
        lines.append(row(f"micro, conf>={CONFIDENT}", self.confident.exact, self.confident.overlap))
        span = self.total.span
        lines.append(f"untyped exact spans: P {span.precision:.3f} R {span.recall:.3f} F1 {span.f1:.3f}")
        lines += ["", "per folder:", head]
        lines.extend(row(name[:22], s.exact, s.overlap) for name, s in self.folders.items())
        for doc_id, error in self.failed:
            lines.append(f"failed document {doc_id}: {error}")
        if self.out_dir is not None:
            lines.append(f"\npredictions written to {self.out_dir}")
        return "\n".join(lines)


def run(
    path: Path, pipeline: Pipeline, *, out_dir: Path | None = None, extractor: EntityExtractor | None = None
) -> Re3dResult:
    """Score the entity layer on a re3d folder (or a folder of them). A document the layer fails
    on is listed in the result and predicts nothing (its gold entities count as missed)."""
    from watchfloor.extract.entities import EntityExtractor

    folders = read_benchmark(path)
    failed: list[tuple[str, str]] = []
    if extractor is None:
        extractor = EntityExtractor(pipeline.gazetteer, pronouns=True)  # re3d annotates pronouns
    extractor.on_error = lambda document, exc: failed.append((document.doc_id, f"{type(exc).__name__}: {exc}"))
    scores: dict[str, Scores] = {}
    total, confident = Scores(), Scores()
    n_pred = 0
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    for folder in folders:
        predicted: list[Span] = []
        records: list[dict[str, Any]] = []
        for document, entities in extractor.extract_many(folder.documents):
            predicted.extend((document.doc_id, e.start, e.end, e.type) for e in entities)
            records.extend(_prediction(document, e) for e in entities)
        n_pred += len(predicted)
        gold = [(g.doc_id, g.begin, g.end, g.type) for g in folder.entities]
        scores[folder.name] = score(gold, predicted)
        total.add(scores[folder.name])
        confident.add(score([(g.doc_id, g.begin, g.end, g.type) for g in folder.entities
                             if g.confidence >= CONFIDENT], predicted))  # fmt: skip
        if out_dir is not None:
            target = out_dir / folder.name / "entities.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return Re3dResult(
        folders=scores, total=total, confident=confident, documents=sum(len(f.documents) for f in folders),
        gold=sum(len(f.entities) for f in folders), predicted=n_pred, out_dir=out_dir, failed=failed,
    )  # fmt: skip


def _prediction(document: Document, entity: Entity) -> dict[str, Any]:
    """A predicted entity in re3d's own entities.json shape, plus watchfloor's normalised value."""
    return {
        "_id": f"{document.doc_id}-{entity.start}-{entity.end}-{entity.type}", "documentId": document.doc_id,
        "begin": entity.start, "end": entity.end, "type": entity.type, "value": entity.text, "confidence": 1.0,
        "normalised": entity.value, **({"attrs": entity.attrs} if entity.attrs else {}),
    }  # fmt: skip
