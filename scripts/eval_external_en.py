"""Score English extraction on two external dev corpora: WikiEvents dev and CASE 2021 dev.

    PYTHONPATH=src .venv/bin/python scripts/eval_external_en.py [--no-learned] [--threshold T] [--veto V]
        [--wikievents /work/shared/data/external/wikievents/dev.jsonl]
        [--case /work/shared/data/external/case2021/dev.tsv] [--show-misses]

WikiEvents (types mapped as in scripts/train_triggers.py): the text is rebuilt from each sentence's
own text and token offsets, one sentence a line (the file's `text` runs sentences together). Two
micro P/R/F1 over ATTACK, ARREST, CHARGE: (type, sentence) units, the sentence being the one where
an event's evidence starts; and span matching, an event being right when its evidence contains a
gold trigger of its type (recall: gold triggers inside some event's evidence of their type).

CASE 2021 (snippets with one sub-type each): ATTACK <- ARMED_CLASH, REM_EXPLOS, GRENADE, AIR_STRIKE,
SUIC_BOMB, ART_MISS_ATTACK, ATTACK, CHEM_WEAP; ARREST <- ARREST; unrelated <- PEACE_PROTEST,
MAN_MADE_DISASTER, DIPLO, AGREEMENT, NATURAL_DISASTER, HQ_ESTABLISHED, CHANGE_TO_GROUP_ACT,
NON_VIOL_TERRIT_TRANSFER, DISR_WEAP; other sub-types are left out. Snippet-level ATTACK and ARREST
P/R/F1 (a snippet predicts a type when any event of it is extracted) and the false-alarm rate: the
share of unrelated snippets with any event. Both corpora are for measuring and choosing thresholds
only; nothing is trained on them.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from train_triggers import TYPES, map_type, prf  # noqa: E402

from watchfloor.extract.english import EnglishExtractor  # noqa: E402
from watchfloor.extract.learned import load_trigger_model  # noqa: E402
from watchfloor.model import Document  # noqa: E402
from watchfloor.pipeline import Pipeline  # noqa: E402

WIKIEVENTS_DEV = Path("/work/shared/data/external/wikievents/dev.jsonl")
CASE_DEV = Path("/work/shared/data/external/case2021/dev.tsv")
CASE_ATTACK = frozenset({"ARMED_CLASH", "REM_EXPLOS", "GRENADE", "AIR_STRIKE", "SUIC_BOMB", "ART_MISS_ATTACK", "ATTACK", "CHEM_WEAP"})
CASE_ARREST = frozenset({"ARREST"})
CASE_UNRELATED = frozenset({
    "PEACE_PROTEST", "MAN_MADE_DISASTER", "DIPLO", "AGREEMENT", "NATURAL_DISASTER", "HQ_ESTABLISHED",
    "CHANGE_TO_GROUP_ACT", "NON_VIOL_TERRIT_TRANSFER", "DISR_WEAP",
})


def wikievents_doc(raw: dict[str, Any]) -> tuple[str, list[tuple[int, int]], list[tuple[int, int, str, int]]]:
    """Text (one sentence a line), each sentence's character span, and gold (start, end, type, sentence)."""
    lines: list[str] = []
    sent_spans: list[tuple[int, int]] = []
    token_spans: list[tuple[int, int]] = []
    pos = 0
    for tokens, text in raw["sentences"]:
        base = tokens[0][1]
        for _, start, end in tokens:
            token_spans.append((pos + start - base, pos + end - base))
        lines.append(text)
        sent_spans.append((pos, pos + len(text)))
        pos += len(text) + 1
    gold = []
    for mention in raw["event_mentions"]:
        etype = map_type(mention["event_type"])
        trig = mention["trigger"]
        if etype is not None:
            gold.append((token_spans[trig["start"]][0], token_spans[trig["end"] - 1][1], etype, trig["sent_idx"]))
    return "\n".join(lines), sent_spans, gold


def score_wikievents(pipeline: Pipeline, path: Path, show: bool) -> dict[str, Any]:
    raws = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    docs, keys = [], []
    for raw in raws:
        text, sents, gold = wikievents_doc(raw)
        docs.append(Document(doc_id=raw["doc_id"], text=text, language="en"))
        keys.append((sents, gold, text))
    unit_tp = unit_fp = unit_fn = 0
    span_pred_ok = span_pred = span_gold_ok = span_gold = 0
    per_type: dict[str, list[int]] = {t: [0, 0, 0] for t in TYPES}
    for (document, extraction), (sents, gold, text) in zip(pipeline.extract_many(docs), keys, strict=True):
        events = [e for e in extraction.events if e.type in TYPES]
        predicted = set()
        for event in events:
            sent = next((n for n, (s, e) in enumerate(sents) if s <= event.evidence.start <= e), -1)
            predicted.add((event.type, sent))
        gold_units = {(t, s) for _, _, t, s in gold}
        unit_tp += len(predicted & gold_units)
        unit_fp += len(predicted - gold_units)
        unit_fn += len(gold_units - predicted)
        for t in TYPES:
            per_type[t][0] += len({u for u in predicted & gold_units if u[0] == t})
            per_type[t][1] += len({u for u in predicted - gold_units if u[0] == t})
            per_type[t][2] += len({u for u in gold_units - predicted if u[0] == t})
        for event in events:
            span_pred += 1
            ev = event.evidence
            span_pred_ok += any(t == event.type and ev.start <= s and e <= ev.end for s, e, t, _ in gold)
        for s, e, t, _ in gold:
            span_gold += 1
            span_gold_ok += any(ev.type == t and ev.evidence.start <= s and e <= ev.evidence.end for ev in events)
        if show:
            for u in sorted(gold_units - predicted):
                print(f"  miss {document.doc_id} {u[0]}: {text[sents[u[1]][0]:sents[u[1]][1]][:160]}", file=sys.stderr)
            for u in sorted(predicted - gold_units):
                if u[1] >= 0:
                    print(f"  extra {document.doc_id} {u[0]}: {text[sents[u[1]][0]:sents[u[1]][1]][:160]}", file=sys.stderr)
    p = span_pred_ok / span_pred if span_pred else 0.0
    r = span_gold_ok / span_gold if span_gold else 0.0
    return {
        "units": prf(unit_tp, unit_fp, unit_fn),
        "units_by_type": {t: prf(*v) for t, v in per_type.items()},
        "span": {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                 "events": span_pred, "gold": span_gold},
    }


def score_case(pipeline: Pipeline, path: Path, show: bool) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t")]
    kept = [r for r in rows if r["SubType"] in CASE_ATTACK | CASE_ARREST | CASE_UNRELATED]
    docs = [Document(doc_id=r["id"], text=r["EventSnippet"], language="en") for r in kept]
    counts = {t: [0, 0, 0] for t in ("ATTACK", "ARREST")}
    alarms = unrelated = 0
    for (document, extraction), row in zip(pipeline.extract_many(docs), kept, strict=True):
        found = {e.type for e in extraction.events}
        sub = row["SubType"]
        gold = "ATTACK" if sub in CASE_ATTACK else "ARREST" if sub in CASE_ARREST else None
        for t, c in counts.items():
            c[0] += t in found and gold == t
            c[1] += t in found and gold != t
            c[2] += t not in found and gold == t
        if gold is None:
            unrelated += 1
            alarms += bool(found)
            if found and show:
                print(f"  alarm {document.doc_id} {sub} {sorted(found)}: {document.text[:160]}", file=sys.stderr)
    return {
        "snippets": len(kept),
        **{t: prf(*c) for t, c in counts.items()},
        "false_alarm_rate": round(alarms / unrelated, 3) if unrelated else 0.0,
        "false_alarms": alarms,
        "unrelated": unrelated,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wikievents", type=Path, default=WIKIEVENTS_DEV)
    parser.add_argument("--case", type=Path, default=CASE_DEV)
    parser.add_argument("--no-learned", action="store_true", help="the rules alone")
    parser.add_argument("--threshold", type=float, help="override the artefact's candidate threshold")
    parser.add_argument("--veto", type=float, help="override the artefact's veto threshold")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    pipeline = Pipeline()
    model = None if args.no_learned else load_trigger_model()
    if model is not None and args.threshold is not None:
        model = replace(model, threshold=args.threshold)
    if model is not None and args.veto is not None:
        model = replace(model, veto=args.veto)
    pipeline._english = EnglishExtractor(pipeline.gazetteer, triggers=model, learned=model is not None)
    out = {
        "learned": model is not None,
        "threshold": model.threshold if model else None,
        "veto": model.veto if model else None,
        "wikievents_dev": score_wikievents(pipeline, args.wikievents, args.show_misses),
        "case2021_dev": score_case(pipeline, args.case, args.show_misses),
    }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
