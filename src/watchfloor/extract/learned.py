"""A learned trigger scorer for English: which tokens of a spaCy parse name an act of ours.

A multinomial logistic regression over features of the existing parse (word, lemma, POS, tag,
dependency, head, suffix, neighbour lemmas, children's dependencies), trained on WikiEvents by
`scripts/train_triggers.py` and stored as sparse weights in `data/triggers_en.json`. It is a
candidate generator: the extractor's own stages still decide whether a candidate is an event.
Scoring is plain Python over the weights (no learning library at run time).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.tokens import Token

from watchfloor.errors import ConfigError
from watchfloor.extract.tree import kids

ARTEFACT = "triggers_en.json"
SCORED_POS = frozenset({"VERB", "NOUN", "PROPN"})
FEATURE_VERSION = 1
CHILD_WORD_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "compound", "amod"})


def scored(tok: Token) -> bool:
    """Tokens the model is trained on and asked about: verbs and nouns."""
    return tok.pos_ in SCORED_POS or tok.tag_.startswith("VB")


def token_features(tok: Token) -> list[str]:
    """The features of one token, as strings; the same at training and at run time."""
    lemma = tok.lemma_.lower()
    lower = tok.lower_
    pos = tok.pos_
    dep = tok.dep_
    head = tok.head
    doc = tok.doc
    i = tok.i
    feats = [
        "b",
        "w=" + lower,
        "l=" + lemma,
        "p=" + pos,
        "t=" + tok.tag_,
        "d=" + dep,
        "s3=" + lower[-3:],
        "hl=" + (head.lemma_.lower() if head.i != i else "<root>"),
        "hp=" + head.pos_,
        "ld=" + lemma + "|" + dep,
        "lp=" + lemma + "|" + pos,
        "e=" + tok.ent_type_,
    ]
    size = len(doc)
    for offset in (-2, -1, 1, 2):
        j = i + offset
        feats.append(f"n{offset}=" + (doc[j].lemma_.lower() if 0 <= j < size else "<pad>"))
    deps = set()
    for c in kids(tok):
        cdep = c.dep_
        deps.add(cdep)
        if cdep == "prep":
            feats.append("pr=" + c.lower_)  # "attack on", "arrest of", "charged with"
        elif cdep in CHILD_WORD_DEPS:
            feats.append(f"c{cdep}=" + c.lemma_.lower())
    feats.extend("cd=" + d for d in sorted(deps))
    return feats


@dataclass(frozen=True, slots=True)
class TriggerModel:
    """Sparse weights per feature for each event type; the 'no event' class scores zero."""

    types: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float
    veto: float
    metadata: dict[str, Any]
    # lemmas the model has learned are no trigger (every weight of their lemma feature <= 0):
    # not scored for candidates, which skips most tokens (measured: 1 candidate in 926 lost)
    quiet: frozenset[str] = field(default_factory=frozenset)

    def probabilities(self, tok: Token) -> dict[str, float]:
        """{type: probability} of the token naming an act of that type."""
        get = self.weights.get
        rows = [row for row in map(get, token_features(tok)) if row is not None]
        sums = [sum(col) for col in zip(*rows, strict=True)] if rows else [0.0] * len(self.types)
        top = max(0.0, *sums)
        exps = [math.exp(s - top) for s in sums]
        norm = math.exp(-top) + sum(exps)
        return {t: e / norm for t, e in zip(self.types, exps, strict=True)}

    def best(self, tok: Token) -> tuple[str, float] | None:
        """The most likely type and its probability, or None for tokens that are not scored."""
        if not scored(tok):
            return None
        probs = self.probabilities(tok)
        etype = max(probs, key=lambda t: probs[t])
        return etype, probs[etype]

    def may_propose(self, tok: Token) -> bool:
        """Whether `candidate` can propose anything for the token (its cheap tests alone)."""
        return tok.lemma_.lower() not in self.quiet and scored(tok)

    def candidate(self, tok: Token) -> str | None:
        """The type the model proposes for the token, when above the decision threshold."""
        if tok.lemma_.lower() in self.quiet:
            return None
        found = self.best(tok)
        return found[0] if found is not None and found[1] >= self.threshold else None


def require_feature_version(raw: dict[str, Any], expected: int, artefact: str, script: str) -> None:
    """A learned artefact is read only with the features it was trained on."""
    if raw.get("feature_version") != expected:
        raise ConfigError(
            f"{artefact} was built with feature version {raw.get('feature_version')!r}, expected "
            f"{expected}; rerun {script}",
            input=artefact,
        )


def model_from_json(raw: dict[str, Any]) -> TriggerModel:
    require_feature_version(raw, FEATURE_VERSION, ARTEFACT, "scripts/train_triggers.py")
    types = tuple(raw["types"])
    weights = {feat: tuple(float(w) for w in row) for feat, row in raw["weights"].items()}
    quiet = frozenset(feat[2:] for feat, row in weights.items() if feat.startswith("l=") and max(row) <= 0)
    return TriggerModel(
        types=types,
        weights=weights,
        threshold=float(raw["threshold"]),
        veto=float(raw.get("veto", 0.0)),
        metadata=dict(raw.get("metadata", {})),
        quiet=quiet,
    )


@cache
def load_trigger_model() -> TriggerModel:
    """The packaged model, loaded once per process."""
    raw = json.loads(files("watchfloor.data").joinpath(ARTEFACT).read_text("utf-8"))
    return model_from_json(raw)
