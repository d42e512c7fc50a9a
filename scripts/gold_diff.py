"""Per-document differences between gold and predictions, by field (a developer's tool).

    .venv/bin/watchfloor eval GOLD_DIR --predictions OUT
    LANG_=en .venv/bin/python scripts/gold_diff.py GOLD_DIR OUT [DOC-ID-PART]

"~" a gold event with an overlapping prediction and the fields that differ, "-" a gold event with
none, "+" a prediction with no gold event ("(AGG)": it overlaps a gold aggregate). Read the errors
of measuring sets (reports-dev2) as classes only."""
import json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from watchfloor.evaluate import strict_match, _span, _overlap, _pair, FIELD_CHECKS, _nats, _loc
import os; LANG = os.environ.get("LANG_", "en")
gold_dir = Path(sys.argv[1]); pred_dir = Path(sys.argv[2]); only = sys.argv[3] if len(sys.argv) > 3 else None
def short(e):
    return f"{e['type']:9} {e.get('date')}/{e.get('date_precision','')[:1]} {_loc(e,'country')} tot={e.get('total')} nat={sorted(_nats(e))} mod={e.get('modality','asserted')[:4]}"
for j in sorted(gold_dir.glob("*.json")):
    t = j.with_suffix(".txt")
    if not t.exists(): continue
    g = json.load(open(j)); 
    if only and only not in j.name: continue
    if g.get("language") != LANG and not only: continue
    p = json.load(open(pred_dir / j.name)); text = t.read_text()
    G = g.get("events") or []; P = p.get("events") or []
    for e in G: e["_s"] = _span(text, e.get("evidence"))
    for e in P: e["_s"] = _span(text, e.get("evidence"), e.get("evidence_span"))
    strict = _pair(G, P, strict_match); sg = {a for a, _ in strict}; sp = {b for _, b in strict}
    out = []
    for gi, e in enumerate(G):
        if gi in sg: continue
        cands = [(pi, q) for pi, q in enumerate(P) if pi not in sp and _overlap(e["_s"], q["_s"])]
        if cands:
            pi, q = cands[0]
            bad = [n for n in ("type","date","country","total","nationalities") if n=="type" and e["type"]!=q["type"] or n!="type" and not FIELD_CHECKS[n](e, q)]
            out.append(f"  ~ G {short(e)}\n    P {short(q)}  BAD={bad}\n    ev: {e.get('evidence')[:160]!r}")
        else:
            out.append(f"  - MISS {short(e)}\n    ev: {e.get('evidence')[:160]!r}")
    for pi, q in enumerate(P):
        if pi in sp: continue
        if any(_overlap(q["_s"], e["_s"]) for gi, e in enumerate(G) if gi not in sg): continue
        agg = any(_overlap(q["_s"], _span(text, a.get('evidence'))) for a in g.get("aggregates") or [])
        out.append(f"  + FP{' (AGG)' if agg else ''} {short(q)}\n    ev: {text[q['_s'][0]:q['_s'][1]][:160]!r}" if q["_s"] else f"  + FP {short(q)}")
    if out:
        print(f"== {j.stem}  pub={g.get('published')}  gold={len(G)} pred={len(P)} tp={len(strict)}")
        print("\n".join(out))
