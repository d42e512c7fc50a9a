"""Per-type figures on WikiEvents train, the tuning part (a developer's measure, not `watchfloor eval`).

    .venv/bin/python scripts/wikievents_train_types.py [--types ARREST CHARGE ATTACK] [--lower] [--show]
        [--data ../shared/data/external/wikievents/train.jsonl]

Each document's text is its tokens joined by spaces (train has no running text). Types are mapped as
in scripts/train_triggers.py. For each type: a predicted event is right when one of its evidence spans
(the first telling or a later one joined to it) contains a gold trigger of that type; recall is the
share of gold triggers inside some evidence span of an event of that type. `--lower` lower-cases the
text first (the evaluators also hold real news typed in lower case); `--show` prints each miss and each
wrong event with its context. WikiEvents annotates only some of a text's acts, so "wrong" events are
often real acts nobody annotated: read them, do not count on them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from train_triggers import map_type  # noqa: E402

from watchfloor.model import Document  # noqa: E402
from watchfloor.pipeline import Pipeline  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "external" / "wikievents" / "train.jsonl"


def read(path: Path, lower: bool) -> list[tuple[Document, list[tuple[int, int, str, str]]]]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        raw = json.loads(line)
        tokens = raw["tokens"]
        starts, at = [], 0
        for token in tokens:
            starts.append(at)
            at += len(token) + 1
        text = " ".join(tokens)
        gold = []
        for mention in raw["event_mentions"]:
            etype = map_type(mention["event_type"])
            if etype is None:
                continue
            first, last = mention["trigger"]["start_idx"], mention["trigger"]["end_idx"] - 1
            gold.append((starts[first], starts[last] + len(tokens[last]), etype, mention["trigger"]["text"]))
        out.append((Document(doc_id=raw["docid"], text=text.lower() if lower else text, language="en"), gold))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--types", nargs="+", default=["ATTACK", "ARREST", "CHARGE"])
    parser.add_argument("--lower", action="store_true")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    if not args.data.exists():
        raise SystemExit(f"{args.data}: no WikiEvents train file (../shared/data/external/wikievents/)")
    docs = read(args.data, args.lower)
    counts = {t: [0, 0, 0, 0] for t in args.types}  # right events, wrong events, gold triggers, triggers found
    for (document, extraction), (_, gold) in zip(Pipeline().extract_many([d for d, _ in docs]), docs, strict=True):
        text = document.text
        for etype in args.types:
            events = [e for e in extraction.events if e.type == etype]
            spans = [(ev.start, ev.end) for e in events for ev in e.evidence_spans]
            mine = [(a, b, word) for a, b, t, word in gold if t == etype]
            for a, b, word in mine:
                counts[etype][2] += 1
                if any(s <= a and b <= e for s, e in spans):
                    counts[etype][3] += 1
                elif args.show:
                    print(f"miss  {etype} {document.doc_id} [{word}] {text[max(0, a - 120):b + 80]!r}")
            for event in events:
                right = any(ev.start <= a and b <= ev.end for ev in event.evidence_spans for a, b, _ in mine)
                counts[etype][0 if right else 1] += 1
                if not right and args.show:
                    print(f"wrong {etype} {document.doc_id} {[ev.text[:120] for ev in event.evidence_spans]}")
    print(f"WikiEvents train{' (lower-cased)' if args.lower else ''}: {len(docs)} documents")
    print(f"{'type':8} {'right':>6} {'wrong':>6} {'gold':>6} {'found':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for etype, (right, wrong, total, found) in counts.items():
        p = right / (right + wrong) if right + wrong else 0.0
        r = found / total if total else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{etype:8} {right:6} {wrong:6} {total:6} {found:6} {p:6.3f} {r:6.3f} {f:6.3f}")


if __name__ == "__main__":
    main()
