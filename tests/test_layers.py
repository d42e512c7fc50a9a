"""The store knows nothing of how clusters are made: the merger uses the store, never the other
way round (issue 15, item 5)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "watchfloor"


def test_importing_the_store_loads_no_merger() -> None:
    code = (
        "import sys, watchfloor.store, watchfloor.store.clusters, watchfloor.store.reviews, watchfloor.store.search; "
        "print(sorted(m for m in sys.modules if m.startswith('watchfloor.merge')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(SRC.parent)})  # fmt: skip
    assert out.stdout.strip() == "[]", out.stdout


def test_no_store_module_names_the_merger_even_lazily() -> None:
    """Imports inside functions do not show in sys.modules until called: read the source too."""
    offenders = []
    for path in sorted((SRC / "store").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.startswith("watchfloor.merge")]
    assert offenders == []
