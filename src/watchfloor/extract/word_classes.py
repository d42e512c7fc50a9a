"""The word classes the extraction stages read: data/word_classes.json.

Each stage (a module of extract/) reads its classes by name into module constants, once, at import:
`ATTACK_NOUNS = word_class("en_syntax", "ATTACK_NOUNS")`. The data holds the words; the code that
reads a class says why it holds what it does. Parse labels (dependency relations, parts of speech,
entity labels) and the ontology's own codes are the code's vocabulary and stay in it."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

from watchfloor.errors import ConfigError

DATA_FILE = "word_classes.json"


@cache
def word_classes() -> dict[str, dict[str, frozenset[str]]]:
    """Every class, by stage and name."""
    try:
        raw = json.loads(files("watchfloor.data").joinpath(DATA_FILE).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read the word classes: {exc}", input=DATA_FILE) from exc
    return {
        stage: {name: frozenset(words) for name, words in classes.items()}
        for stage, classes in raw.items() if not stage.startswith("_")
    }


def word_class(stage: str, name: str) -> frozenset[str]:
    """One class: the words `stage` reads as `name`."""
    try:
        return word_classes()[stage][name]
    except KeyError:
        raise ConfigError(f"no word class {name!r} for the stage {stage!r}", input=DATA_FILE) from None
