#!/usr/bin/env python3
"""A lower-cased copy of a gold folder (texts, and the evidence and text fields of the gold), to
measure extraction on text typed in lower case (a developer's check; the evaluators hold real
lower-cased news).

    .venv/bin/python scripts/lowercase_gold.py ../shared/data/reports-dev2 /tmp/reports-dev2-lower
    .venv/bin/watchfloor eval /tmp/reports-dev2-lower --lang en
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any


def _lowered(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: v.lower() if k in ("evidence", "text") and isinstance(v, str) else _lowered(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_lowered(v) for v in value]
    return value


def main(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.iterdir()):
        if path.suffix == ".txt":
            (target / path.name).write_text(path.read_text("utf-8").lower(), "utf-8")
        elif path.suffix == ".json":
            gold = json.loads(path.read_text("utf-8"))
            (target / path.name).write_text(json.dumps(_lowered(gold), ensure_ascii=False), "utf-8")
        elif path.is_file():
            shutil.copy(path, target / path.name)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
