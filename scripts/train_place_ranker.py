"""Train the English place ranker on event_location and write src/watchfloor/data/places_en.json.

    PYTHONPATH=src .venv/bin/python scripts/train_place_ranker.py \
        [--data /work/shared/data/external/event_location/dev.jsonl.gz] [--out src/watchfloor/data/places_en.json]
        [--parses /tmp/el_docs.bin]  # a cache of the parses (written when absent, read when present)

The file has no train part, so it is split as `watchfloor eval` splits it (by a stable hash of the
text): the model is fitted on the `tune` half only and measured on the `check` half, whose score
(the benchmark's: the chosen place overlaps a gold LOCATION, or none is chosen where gold has none)
is stored in the artefact's metadata with the rules' score on the same half. Sentences are parsed
with the project's own English pipeline, so features at training are those at run time
(`watchfloor.extract.en_place_ranker`). For each marked verb the options are "none" and every
candidate place; a conditional logit (L2) is fitted with L-BFGS on the marginal likelihood of the
options that are right (any candidate overlapping a gold place, or "none" when gold has none);
sentences whose gold place no candidate covers are left out of the fit (no option is right).
The L2 strength is chosen by a three-fold split of the tune half. Deterministic: the same input
gives the same file (the date is SOURCE_DATE_EPOCH's when set, else today's).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np
from scipy import optimize, sparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from watchfloor.external.event_location import Sentence, read_event_location  # noqa: E402
from watchfloor.extract.en_place_ranker import (  # noqa: E402
    FEATURE_VERSION,
    candidates,
    none_features,
    span_features,
)

MIN_COUNT = 2  # a feature seen once is noise


def options(docs: list[Any], sentences: list[Sentence], is_place: Any, kind_of: Any) -> list[dict[str, Any]]:
    """Per sentence: the options' features, which options are right, and the candidate spans."""
    out = []
    for doc, s in zip(docs, sentences, strict=True):
        a, b = s.verb
        trig = next((t for t in doc if t.idx < b and a < t.idx + len(t.text)), None)
        if trig is None:
            out.append({"part": s.part, "feats": [], "right": [], "spans": [], "gold": bool(s.places)})
            continue
        found = candidates(trig, trig.sent, is_place)
        feats = [none_features(trig, found)] + [
            span_features(trig, sp, found, is_place, kind_of) for sp in found.spans
        ]
        spans = [(sp.start_char, sp.end_char) for sp in found.spans]
        right = [not s.places] + [any(x < e and st < y for st, e in s.places) for x, y in spans]
        out.append({"part": s.part, "feats": feats, "right": right, "spans": spans, "gold": bool(s.places)})
    return out


def matrix(
    groups: list[dict[str, Any]], index: dict[str, int]
) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    rows, cols, starts, right = [], [], [], []
    n = 0
    for g in groups:
        starts.append(n)
        for feats, ok in zip(g["feats"], g["right"], strict=True):
            for f in feats:
                if f in index:
                    rows.append(n)
                    cols.append(index[f])
            right.append(ok)
            n += 1
    X = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(index)))
    return X, np.array(starts), np.array(right, dtype=bool)


def fit(X: sparse.csr_matrix, starts: np.ndarray, right: np.ndarray, l2: float) -> np.ndarray:
    sizes = np.diff(np.append(starts, X.shape[0]))
    group = np.repeat(np.arange(len(starts)), sizes)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = X @ w
        top = np.maximum.reduceat(s, starts)
        e = np.exp(s - top[group])
        z = np.add.reduceat(e, starts)
        zr = np.add.reduceat(np.where(right, e, 0.0), starts)
        nll = -np.sum(np.log(zr) - np.log(z))
        p = e / z[group]
        q = np.where(right, e / zr[group], 0.0)
        grad = X.T @ (p - q)
        return nll + l2 * w @ w, grad + 2 * l2 * w

    res = optimize.minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return np.asarray(res.x)


def choose(groups: list[dict[str, Any]], index: dict[str, int], w: np.ndarray) -> list[int]:
    """Per group: the index of the option chosen (0 = none)."""
    out = []
    for g in groups:
        scores = [sum(w[index[f]] for f in feats if f in index) for feats in g["feats"]]
        out.append(int(np.argmax(scores)) if scores else 0)
    return out


def accuracy(groups: list[dict[str, Any]], chosen: list[int]) -> float:
    ok = 0
    for g, c in zip(groups, chosen, strict=True):
        ok += bool(g["right"][c]) if g["right"] else not g["gold"]
    return ok / max(1, len(groups))


def trainable(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [g for g in groups if any(g["right"])]


def feature_index(groups: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for g in groups:
        for feats in g["feats"]:
            for f in feats:
                counts[f] = counts.get(f, 0) + 1
    return {f: n for n, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}


def train(groups: list[dict[str, Any]], l2: float) -> tuple[dict[str, int], np.ndarray]:
    fit_on = trainable(groups)
    index = feature_index(fit_on)
    X, starts, right = matrix(fit_on, index)
    return index, fit(X, starts, right, l2)


def parse(sentences: list[Sentence], cache_path: Path | None) -> list[Any]:
    from spacy.tokens import DocBin

    from watchfloor.nlp.english import load_english, parse_many
    from watchfloor.normalize.places import Gazetteer

    if cache_path is not None and cache_path.exists():
        docs = list(DocBin().from_bytes(cache_path.read_bytes()).get_docs(load_english().vocab))
        if len(docs) == len(sentences):
            return docs
    docs = [doc for doc, _ in parse_many(((s.text, s) for s in sentences), gazetteer=Gazetteer.load())]
    if cache_path is not None:
        attrs = [
            "ORTH",
            "TAG",
            "HEAD",
            "DEP",
            "ENT_IOB",
            "ENT_TYPE",
            "LEMMA",
            "POS",
            "MORPH",
            "SENT_START",
            "SPACY",
            "NORM",
        ]
        bin_ = DocBin(attrs=attrs, store_user_data=False)
        for doc in docs:
            bin_.add(doc)
        cache_path.write_bytes(bin_.to_bytes())
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared/data/external/event_location/dev.jsonl.gz"
    )
    ap.add_argument("--out", type=Path, default=ROOT / "src/watchfloor/data/places_en.json")
    ap.add_argument("--parses", type=Path, default=None)
    args = ap.parse_args()

    from watchfloor.extract.english import EnglishExtractor
    from watchfloor.normalize.places import Gazetteer

    sentences = read_event_location(args.data)
    docs = parse(sentences, args.parses)
    extractor = EnglishExtractor(Gazetteer.load(), learned=False)
    groups = options(docs, sentences, extractor.is_place, extractor.place_kind)
    tune = [g for g in groups if g["part"] == "tune"]
    check = [g for g in groups if g["part"] == "check"]
    rules_check = accuracy(check, [_rules_choice(g) for g in check])

    folds = [hashlib.sha1(str(n).encode()).digest()[0] % 3 for n in range(len(tune))]
    best = (-1.0, 1.0)
    for l2 in (0.1, 0.3, 1.0, 3.0, 10.0):
        shares = []
        for k in range(3):
            fit_on = [g for g, f in zip(tune, folds, strict=True) if f != k]
            held = [g for g, f in zip(tune, folds, strict=True) if f == k]
            index, w = train(fit_on, l2)
            shares.append(accuracy(held, choose(held, index, w)))
        mean = float(np.mean(shares))
        print(f"l2 {l2}: cross-validated {mean:.4f}", file=sys.stderr)
        best = max(best, (mean, l2))
    index, w = train(tune, best[1])
    check_score = accuracy(check, choose(check, index, w))
    tune_score = accuracy(tune, choose(tune, index, w))
    print(
        f"check half: ranker {check_score:.4f}, rules {rules_check:.4f}; tune half {tune_score:.4f}",
        file=sys.stderr,
    )

    date = (
        dt.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), dt.UTC)
        if "SOURCE_DATE_EPOCH" in os.environ
        else dt.datetime.now(dt.UTC)
    )
    weights = {f: round(float(w[i]), 4) for f, i in sorted(index.items()) if abs(w[i]) >= 1e-4}
    artefact = {
        "feature_version": FEATURE_VERSION,
        "metadata": {
            "trained_on": f"{args.data.name}, the 'tune' half ({len(tune)} sentences)",
            "l2": best[1],
            "cross_validated": round(best[0], 4),
            "check_half_score": round(check_score, 4),
            "check_half_rules_score": round(rules_check, 4),
            "date": date.date().isoformat(),
        },
        "weights": weights,
    }
    args.out.write_text(json.dumps(artefact, indent=0, sort_keys=True) + "\n", "utf-8")
    print(f"{len(weights)} weights written to {args.out}", file=sys.stderr)


def _rules_choice(group: dict[str, Any]) -> int:
    """The rules' own choice: the candidate they rank first, else none (0)."""
    return next((n for n, feats in enumerate(group["feats"]) if n and "rule=0" in feats), 0)


if __name__ == "__main__":
    main()
