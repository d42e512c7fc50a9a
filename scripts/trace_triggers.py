#!/usr/bin/env python3
"""Why a trigger was kept or dropped (a developer's tool, not part of the package).

    .venv/bin/python scripts/trace_triggers.py "TEXT or FILE" [PUBLISHED] [SENTENCE-FILTER]

For every token the English lexicon or the learned scorer proposes, prints the draft it gave or the
line of `EnglishExtractor._read_event` that returned None; then the final events, aggregates,
candidates with their statistic cues, and which same-type pairs `coref.continues` joins."""
import sys, linecache, datetime as dt
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from watchfloor.pipeline import default_pipeline
from watchfloor.model import Document
from watchfloor.extract import english as E
arg = sys.argv[1]
text = Path(arg).read_text() if len(arg) < 200 and Path(arg).exists() else arg
pub = sys.argv[2] if len(sys.argv) > 2 else "2019-11-20"
flt = sys.argv[3] if len(sys.argv) > 3 else None
p = default_pipeline()
doc = next(p._parse_english([Document(doc_id="x", text=text, language="en", published=dt.date.fromisoformat(pub))]))
ex = E.EnglishExtractor(p.gazetteer)
orig = ex._read_event
def traced(etype, trig, sent, ctx, prev):
    last = [None]
    code = E.EnglishExtractor._read_event.__code__
    def tr(frame, event, a):
        if frame.f_code is code:
            if event == "line": last[0] = frame.f_lineno
            return tr
        return None
    sys.settrace(tr)
    try:
        r = orig(etype, trig, sent, ctx, prev)
    finally:
        sys.settrace(None)
    if flt is None or flt in sent.text:
        if r is None:
            print(f"  REJ {etype} '{trig.text}'@{trig.i} L{last[0]}: {linecache.getline(E.__file__, last[0]).strip()}  | {sent.text[:90]!r}")
        else:
            print(f"  OK  {etype} '{trig.text}' tot={r.total} mod={r.modality} | {sent.text[:90]!r}")
    return r
ex._read_event = traced
drafts = ex.drafts(doc, Document(doc_id="x", text=text, language="en", published=dt.date.fromisoformat(pub)))
ext = E.extract_english(ex, doc, Document(doc_id="x", text=text, language="en", published=dt.date.fromisoformat(pub)))
print("FINAL:")
for e in ext.events:
    print("  ", e.type, e.date, getattr(e.location,'country',None), e.total, [t.nationality for t in e.targets], e.modality, '|', (e.evidence.text if e.evidence else '')[:80])
print("AGGS:")
for a in ext.aggregates:
    print("  ", a.type, a.total, a.covers, '|', a.evidence.text[:80])
import watchfloor.extract.english as E2
sent_index = {s.start: n for n, s in enumerate(doc.sents)}
for d in drafts:
    c = E2.to_candidate(d, sent_index.get(d.sent.start, 0))
    e = c.event
    print("CAND", e.type, e.date, e.date_precision, e.total, e.location.country if e.location else None, [t.nationality for t in e.targets], e.modality, f"agg={c.aggregate_cue} stat={c.statistic_cue} strong={c.date_strong} perf={c.perfect} fig={c.figure} back={c.refers_back}", "|", d.trigger.text, d.sent.text[:60])
from watchfloor.extract.coref import continues
cands = [E2.to_candidate(d, sent_index.get(d.sent.start, 0)) for d in drafts]
for i, a in enumerate(cands):
    for b in cands[i+1:]:
        if a.event.type == b.event.type:
            la, lb = a.event.location, b.event.location
            print("PAIR", a.event.type, a.sentence, b.sentence, "continues=", continues(a, b), "back=", b.refers_back, (la.country, la.admin1, la.place) if la else None, (lb.country, lb.admin1, lb.place) if lb else None, a.event.date, b.event.date, b.date_strong)
