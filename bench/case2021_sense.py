"""CASE 2021 dev snippets: false alarms of the sense filter's neighbours, ATTACK and ARREST recall.

    .venv/bin/python bench/case2021_sense.py [../shared/data/external/case2021/dev.tsv] [--out OUT.json]

Each snippet (tab-separated id, EventSnippet, SubType) is extracted alone as English. Reported:
the share of snippets of sub-types that are no security act (peaceful protest, man-made and
natural disaster, diplomacy, agreement, HQ established, change to group activity, non-violent
territory transfer, weapons disrupted) that yield any event; the share of armed-clash,
explosion, grenade, air-strike, suicide-bomb, artillery, attack and chemical-weapon snippets that
yield an ATTACK; and of ARREST snippets that yield an ARREST. A dev part: measured, never fitted.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from pathlib import Path

from watchfloor.model import Document
from watchfloor.pipeline import Pipeline

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "external" / "case2021" / "dev.tsv"
UNRELATED = frozenset({
    "PEACE_PROTEST", "MAN_MADE_DISASTER", "DIPLO", "AGREEMENT", "NATURAL_DISASTER", "HQ_ESTABLISHED",
    "CHANGE_TO_GROUP_ACT", "NON_VIOL_TERRIT_TRANSFER", "DISR_WEAP",
})  # fmt: skip
ATTACKS = frozenset({"ARMED_CLASH", "REM_EXPLOS", "GRENADE", "AIR_STRIKE", "SUIC_BOMB", "ART_MISS_ATTACK", "ATTACK", "CHEM_WEAP"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--out", type=Path, help="write each snippet's event types and subjects as JSON")
    args = parser.parse_args()
    with args.tsv.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="\t")][1:]
    pipeline = Pipeline()
    seen: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    abouts: Counter[tuple[str, str]] = Counter()
    out = []
    for rid, text, sub in rows:
        group = "unrelated" if sub in UNRELATED else "attack" if sub in ATTACKS else "arrest" if sub == "ARREST" else None
        if group is None:
            continue
        events = pipeline.extract(Document(doc_id=rid, text=text, language="en")).events
        types = sorted({e.type for e in events})
        seen[group] += 1
        hits[group] += bool(types) if group == "unrelated" else group.upper() in types
        abouts.update((group, e.about) for e in events)
        out.append({"id": rid, "subtype": sub, "types": types, "about": [e.about for e in events]})
    for group, label in (("unrelated", "unrelated snippets with any event (false alarms)"),
                         ("attack", "ATTACK recall"), ("arrest", "ARREST recall")):  # fmt: skip
        print(f"{label}: {hits[group]}/{seen[group]} = {hits[group] / max(seen[group], 1):.3f}")
    print("events by snippet group and subject:", dict(sorted(abouts.items())))
    if args.out:
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
