#!/usr/bin/env python3
"""Why a Russian trigger was kept or dropped (a developer's tool, not part of the package).

    .venv/bin/python scripts/trace_ru.py "TEXT or FILE" [PUBLISHED]

For every token the Russian lexicon proposes, prints the draft it gave or the line of
`RussianExtractor._read_event` that returned None; then the final events and aggregates."""
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from watchfloor.extract import russian as R  # noqa: E402
from watchfloor.model import Document  # noqa: E402
from watchfloor.pipeline import default_pipeline  # noqa: E402

arg = sys.argv[1]
text = Path(arg).read_text() if len(arg.encode()) < 200 and Path(arg).exists() else arg
pub = dt.date.fromisoformat(sys.argv[2] if len(sys.argv) > 2 else "2019-11-20")
p = default_pipeline()
document = Document(doc_id="x", text=text, language="ru", published=pub)
doc = next(p._parse_russian([document]))
orig = R.RussianExtractor._read_event


def traced(self, etype, trig, sent, ctx, previous):  # type: ignore[no-untyped-def]
    last = [0]
    code = orig.__code__

    def tr(frame, event, a):  # type: ignore[no-untyped-def]
        if frame.f_code is code:
            if event == "line":
                last[0] = frame.f_lineno
            return tr
        return None

    sys.settrace(tr)
    try:
        out = orig(self, etype, trig, sent, ctx, previous)
    finally:
        sys.settrace(None)
    where = sent.text[:90].replace("\n", " ")
    if out is None:
        print(f"  REJ {etype} {trig.text!r} L{last[0]} | {where}")
    else:
        print(f"  OK  {etype} {trig.text!r} tot={out.total} mod={out.modality} | {where}")
    return out


R.RussianExtractor._read_event = traced  # type: ignore[method-assign]
x = p._extract_russian(doc, document)
print("FINAL:")
for e in x.events:
    print("  ", e.type, e.date, e.location.country if e.location else None, e.total, sorted(e.nationalities), e.modality, "|", e.evidence.text[:90])
print("AGGS:")
for a in x.aggregates:
    print("  ", a.type, a.total, "|", a.evidence.text[:90])
