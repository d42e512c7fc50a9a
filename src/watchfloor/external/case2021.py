"""CASE 2021 shared task 2 (English news snippets with ACLED-style sub-event types): snippet scores.

The file is tab-separated with the header `id  EventSnippet  SubType` (columns found by name,
in any order; no quoting: a snippet's quotes are its own). Each snippet is one English
document with no published date, and carries one sub-type. Labels for our ontology:

    ATTACK     ← ARMED_CLASH, REM_EXPLOS, GRENADE, AIR_STRIKE, SUIC_BOMB, ART_MISS_ATTACK, ATTACK, CHEM_WEAP
    ARREST     ← ARREST
    unrelated  ← PEACE_PROTEST, MAN_MADE_DISASTER, DIPLO, AGREEMENT, NATURAL_DISASTER, HQ_ESTABLISHED,
                 CHANGE_TO_GROUP_ACT, NON_VIOL_TERRIT_TRANSFER, DISR_WEAP
    every other sub-type (violent protests, abductions, mob violence, territory taken, ...) is
    ambiguous for our ontology and left out of the score (still listed per sub-type).

For ATTACK and for ARREST, snippet-level P/R/F1 over the scored snippets (ATTACK, ARREST and
unrelated): a snippet is predicted positive for a type when it yields at least one event or
statistic of that type, whatever its modality (asserted, claimed, denied, rumored or planned).
Statistics count because the labels are the snippet's subject, not our event/statistic split:
CASE files running counts and practices under ARREST ("649 arrested nationwide", "continue to
arrest activists"; 7 of the 16 ARREST snippets of dev), which GOLD-FORMAT files as aggregates.
The same figures over events alone, and over asserted events alone, are given beside. `score` is the mean of the ATTACK F1 and the ARREST F1;
`false_alarm_rate` is the share of unrelated snippets that yield any event at all (of any of our
seven types). The report lists, per sub-type, how many snippets yielded which event types, and
the errors by class: false alarms (an unrelated snippet with an event; an ATTACK or ARREST
predicted on a scored snippet labelled otherwise) and misses (an ATTACK or ARREST snippet
without an event of its type), with the snippet ids. A snippet the pipeline fails on is listed
and predicts nothing.
"""

from __future__ import annotations

import csv
import json
import time
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchfloor.errors import BadExport, WatchfloorError
from watchfloor.evaluate import PRF
from watchfloor.external.common import extract_guarded
from watchfloor.model import EVENT_TYPES, Document, Event

if TYPE_CHECKING:
    from watchfloor.pipeline import Pipeline

COLUMNS = ("id", "EventSnippet", "SubType")
LABELS: dict[str, str] = {
    **dict.fromkeys(("ARMED_CLASH", "REM_EXPLOS", "GRENADE", "AIR_STRIKE", "SUIC_BOMB", "ART_MISS_ATTACK", "ATTACK",
                     "CHEM_WEAP"), "ATTACK"),
    "ARREST": "ARREST",
    **dict.fromkeys(("PEACE_PROTEST", "MAN_MADE_DISASTER", "DIPLO", "AGREEMENT", "NATURAL_DISASTER", "HQ_ESTABLISHED",
                     "CHANGE_TO_GROUP_ACT", "NON_VIOL_TERRIT_TRANSFER", "DISR_WEAP"), "unrelated"),
}  # fmt: skip
SCORED = ("ATTACK", "ARREST")
UNRELATED = "unrelated"


def label_of(subtype: str) -> str | None:
    """ATTACK, ARREST, 'unrelated', or None for an ambiguous sub-type (not scored)."""
    return LABELS.get(subtype)


@dataclass(frozen=True, slots=True)
class Snippet:
    id: str
    text: str
    subtype: str

    @property
    def label(self) -> str | None:
        return label_of(self.subtype)


def read_case2021(path: Path) -> list[Snippet]:
    """The snippets of a CASE 2021 task 2 file (see the module docstring)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise WatchfloorError(f"cannot read the CASE 2021 file: {exc}", input=str(path)) from exc
    if not rows:
        raise BadExport("empty file: the header id<TAB>EventSnippet<TAB>SubType is needed", input=str(path))
    header = [h.strip() for h in rows[0]]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise BadExport(f"missing column(s) {', '.join(missing)} in the header (tab-separated "
                        f"id, EventSnippet, SubType expected; found {header})", input=f"{path}:1")  # fmt: skip
    at = [header.index(c) for c in COLUMNS]
    out: list[Snippet] = []
    for number, row in enumerate(rows[1:], 2):
        if not row or row == [""]:
            continue
        if len(row) != len(header):
            raise BadExport(f"{len(row)} tab-separated fields, the header has {len(header)}", input=f"{path}:{number}")
        id_, text, subtype = (row[i].strip() for i in at)
        if not id_ or not subtype:
            raise BadExport("a snippet needs an id and a SubType", input=f"{path}:{number}")
        out.append(Snippet(id_, text, subtype))
    return out


# -- scoring -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Error:
    kind: str  # "false alarm" or "miss"
    type: str  # the event type wrongly predicted or missed; "any" for an unrelated snippet's events
    snippet: Snippet
    predicted: tuple[str, ...]  # the snippet's predicted event types


@dataclass
class Case2021Scores:
    by_type: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in SCORED})
    asserted: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in SCORED})
    unrelated: int = 0
    unrelated_with_events: int = 0
    events_only: float | None = None  # the score when a snippet's statistics do not count
    by_type_events_only: dict[str, PRF] = field(default_factory=dict)
    labels: Counter[str] = field(default_factory=Counter)  # snippets per label ("ambiguous" too)
    by_subtype: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    subtype_snippets: Counter[str] = field(default_factory=Counter)
    errors: list[Error] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(self.by_type[t].f1 for t in SCORED) / len(SCORED)

    @property
    def score_asserted(self) -> float:
        return sum(self.asserted[t].f1 for t in SCORED) / len(SCORED)

    @property
    def false_alarm_rate(self) -> float:
        return self.unrelated_with_events / self.unrelated if self.unrelated else 0.0


def score(snippets: Sequence[Snippet], predicted: Mapping[str, Sequence[Event]]) -> Case2021Scores:
    """Snippet-level scores (see the module docstring); `predicted` maps a snippet id to its events."""
    out = Case2021Scores()
    for snippet in snippets:
        events = predicted.get(snippet.id, ())
        types = {e.type for e in events}
        asserted = {e.type for e in events if e.modality == "asserted"}
        found = tuple(sorted(types))
        out.subtype_snippets[snippet.subtype] += 1
        counter = out.by_subtype[snippet.subtype]
        counter.update(types or {"none"})
        label = snippet.label
        out.labels[label or "ambiguous"] += 1
        if label is None:
            continue
        for t in SCORED:
            for prf, mine in ((out.by_type[t], types), (out.asserted[t], asserted)):
                gold, guess = label == t, t in mine
                prf.tp += gold and guess
                prf.fp += guess and not gold
                prf.fn += gold and not guess
            if label == t and t not in types:
                out.errors.append(Error("miss", t, snippet, found))
            elif label != t and label != UNRELATED and t in types:
                out.errors.append(Error("false alarm", t, snippet, found))
        if label == UNRELATED:
            out.unrelated += 1
            if types:
                out.unrelated_with_events += 1
                out.errors.append(Error("false alarm", "any", snippet, found))
    return out


# -- the run -------------------------------------------------------------------------------------


PREDICTIONS = "case2021_predictions.jsonl"
ERRORS = "case2021_errors.tsv"


@dataclass
class Case2021Result:
    path: str
    snippets: int
    seconds: float
    scores: Case2021Scores
    failed: list[tuple[str, str]] = field(default_factory=list)
    out_dir: Path | None = None

    def as_dict(self) -> dict[str, Any]:
        s = self.scores
        return {
            "benchmark": "case2021",
            "path": self.path,
            "snippets": self.snippets,
            "seconds": round(self.seconds, 1),
            "score": round(s.score, 4),
            "metric": "mean of the snippet-level F1 of ATTACK and ARREST (a snippet is positive for a type "
                      "when it yields an event or a statistic of that type, any modality)",
            "false_alarm_rate": round(s.false_alarm_rate, 4),
            "unrelated_snippets": s.unrelated,
            "unrelated_with_events": s.unrelated_with_events,
            "by_type": {t: s.by_type[t].as_dict() for t in SCORED},
            "score_asserted_only": round(s.score_asserted, 4),
            "score_events_only": round(s.events_only, 4) if s.events_only is not None else None,
            # the same snippets scored on events alone: a running count ("649 arrested nationwide"),
            # which GOLD-FORMAT files as a statistic, is then no detection
            "by_type_events_only": {t: prf.as_dict() for t, prf in s.by_type_events_only.items()},
            "by_type_asserted_only": {t: s.asserted[t].as_dict() for t in SCORED},
            "labels": dict(s.labels),
            "by_subtype": {st: {"label": label_of(st) or "ambiguous", "snippets": n,
                                "events": dict(s.by_subtype[st].most_common())}
                           for st, n in s.subtype_snippets.most_common()},
            "errors": [{"kind": e.kind, "type": e.type, "id": e.snippet.id, "subtype": e.snippet.subtype,
                        "predicted": list(e.predicted)} for e in s.errors],
            "failed_documents": [{"id": d, "error": e} for d, e in self.failed],
        }  # fmt: skip

    def format(self) -> str:
        s = self.scores
        a, r = s.by_type["ATTACK"], s.by_type["ARREST"]
        lines = [
            f"CASE 2021 snippets: score {s.score:.3f} (ATTACK F1 {a.f1:.3f}, ARREST F1 {r.f1:.3f}), "
            f"false alarms on {s.unrelated_with_events}/{s.unrelated} unrelated snippets ({s.false_alarm_rate:.3f}) "
            f"— {self.snippets} snippets ({self.path}, {self.seconds:.0f} s)",
            f"{'type':<8}{'gold':>6}{'pred':>6}{'tp':>5}{'P':>8}{'R':>8}{'F1':>8}   asserted only: P, R, F1",
        ]  # fmt: skip
        for t in SCORED:
            p, q = s.by_type[t], s.asserted[t]
            lines.append(f"{t:<8}{p.tp + p.fn:>6}{p.tp + p.fp:>6}{p.tp:>5}{p.precision:8.3f}{p.recall:8.3f}"
                         f"{p.f1:8.3f}   {q.precision:.3f} {q.recall:.3f} {q.f1:.3f}")  # fmt: skip
        lines.append(f"events and statistics of any modality count; asserted only: score {s.score_asserted:.3f}")
        if s.events_only is not None:
            arrest = s.by_type_events_only["ARREST"].f1
            lines.append(f"events alone (statistics not counted): score {s.events_only:.3f}, ARREST F1 {arrest:.3f}")
        lines.append("scored: " + ", ".join(f"{k} {v}" for k, v in s.labels.most_common()) + " snippets")
        lines += ["", "per sub-type: snippets → snippets yielding each event type ('none': no event)"]
        for st, n in sorted(s.subtype_snippets.items(), key=lambda x: (_order(x[0]), -x[1], x[0])):
            found = ", ".join(f"{k} {v}" for k, v in s.by_subtype[st].most_common())
            lines.append(f"  {st:<30}{label_of(st) or 'ambiguous':<11}{n:>4} → {found}")
        groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for e in s.errors:
            what = f"{e.type} on" if e.kind == "false alarm" and e.type != "any" else ""
            groups[(e.kind, e.type, e.snippet.subtype)].append(
                e.snippet.id + (f"({'+'.join(e.predicted)})" if e.kind == "false alarm" and not what else "")
            )
        if groups:
            lines += ["", "errors by class (snippet ids):"]
        for (kind, type_, subtype), ids in sorted(groups.items(), key=lambda x: (x[0][0], x[0][1], -len(x[1]))):
            label = {"any": f"event on unrelated {subtype}", **{t: f"{t} on {subtype}" for t in SCORED}}[type_]
            if kind == "miss":
                label = f"{type_} missed on {subtype}"
            lines.append(f"  {kind:<12}{label:<44}{len(ids):>4}: {' '.join(ids)}")
        for doc_id, error in self.failed:
            lines.append(f"failed snippet {doc_id}: {error}")
        if self.out_dir is not None:
            lines.append(f"\npredictions written to {self.out_dir / PREDICTIONS}, errors to {self.out_dir / ERRORS}")
        return "\n".join(lines)


def _order(subtype: str) -> int:
    return {"ATTACK": 0, "ARREST": 1, UNRELATED: 2}.get(label_of(subtype) or "", 3)


def run(path: Path, pipeline: Pipeline, *, out_dir: Path | None = None) -> Case2021Result:
    """Extract from every snippet of a CASE 2021 task 2 file and score it; with `out_dir`, write
    every snippet's events (`case2021_predictions.jsonl`) and the errors (`case2021_errors.tsv`)."""
    path = Path(path)
    if not path.is_file():
        raise WatchfloorError("no CASE 2021 file here (a .tsv with id, EventSnippet, SubType expected)", input=str(path))
    snippets = read_case2021(path)
    documents = [Document(doc_id=s.id, text=s.text, language="en") for s in snippets]
    failed: list[tuple[str, str]] = []
    predicted: dict[str, list[Event]] = {}
    statistics: dict[str, list[Event]] = {}  # aggregates, as events of their type (asserted)
    started = time.perf_counter()
    for snippet, (_, extraction) in zip(snippets, extract_guarded(pipeline, documents, failed), strict=True):
        predicted.setdefault(snippet.id, []).extend(extraction.events)
        statistics.setdefault(snippet.id, []).extend(
            Event(id=a.id, type=a.type, evidence=a.evidence) for a in extraction.aggregates
        )
    seconds = time.perf_counter() - started
    scores = score(snippets, {k: [*predicted[k], *statistics[k]] for k in predicted})
    alone = score(snippets, predicted)
    scores.events_only, scores.by_type_events_only = alone.score, alone.by_type
    if out_dir is not None:
        write_predictions(out_dir, snippets, predicted, statistics, scores)
    return Case2021Result(str(path), len(snippets), seconds, scores, failed, out_dir)


def write_predictions(
    out_dir: Path,
    snippets: Sequence[Snippet],
    predicted: Mapping[str, Sequence[Event]],
    statistics: Mapping[str, Sequence[Event]],
    scores: Case2021Scores,
) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    records = [{"id": s.id, "subtype": s.subtype, "label": s.label or "ambiguous",
                "types": sorted({e.type for e in predicted.get(s.id, ())}, key=EVENT_TYPES.index),
                "statistic_types": sorted({e.type for e in statistics.get(s.id, ())}, key=EVENT_TYPES.index),
                "events": [e.to_gold() for e in predicted.get(s.id, ())],
                "statistics": [{"type": e.type, "evidence": e.evidence.text} for e in statistics.get(s.id, ())]}
               for s in snippets]  # fmt: skip
    (out_dir / PREDICTIONS).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    rows = ["kind\ttype\tid\tSubType\tpredicted\tevidence"]
    for e in scores.errors:
        found = [*predicted.get(e.snippet.id, ()), *statistics.get(e.snippet.id, ())]
        evidence = " | ".join(ev.evidence.text for ev in found if e.kind == "false alarm")
        rows.append("\t".join([e.kind, e.type, e.snippet.id, e.snippet.subtype, ",".join(e.predicted),
                               " ".join(evidence.split())]))  # fmt: skip
    (out_dir / ERRORS).write_text("\n".join(rows) + "\n", "utf-8")
