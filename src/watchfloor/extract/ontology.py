"""The event ontology and its trigger lexicons, loaded from data/ontology.json."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any, TypeVar

from watchfloor.errors import ConfigError

K = TypeVar("K")

# Countries a trip to which, for this beat, means joining a war ("travelled to Syria"), in either
# language; people brought home "from" them were there, they are not their citizens.
CONFLICT_ZONES = frozenset({"SYR", "IRQ", "AFG", "LBY", "YEM", "SOM", "MLI", "PAK"})


@dataclass(frozen=True, slots=True)
class EventType:
    code: str
    description: str
    verbs: frozenset[str]
    phrasal: frozenset[tuple[str, str]]
    passive_only: frozenset[str]
    nouns: frozenset[str]
    ru: frozenset[str]
    self_verbs: frozenset[str] = frozenset()  # the subject is the one affected ("surrendered")


@dataclass(frozen=True, slots=True)
class Ontology:
    types: dict[str, EventType]
    takedown_objects: frozenset[str]
    people_verbs: frozenset[str] = frozenset()  # verbs of acts on people (not ATTACK, not TAKEDOWN)
    # word -> type codes in the order of `types`: the extractor asks for every token of a text
    _verbs: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _passive: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _phrasal: dict[tuple[str, str], tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _nouns: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _self_verbs: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        types = list(self.types.values())
        object.__setattr__(self, "_verbs", _index(types, lambda t: t.verbs | t.self_verbs))
        object.__setattr__(self, "_passive", _index(types, lambda t: t.passive_only))
        object.__setattr__(self, "_phrasal", _index(types, lambda t: t.phrasal))
        object.__setattr__(self, "_nouns", _index(types, lambda t: t.nouns))
        object.__setattr__(self, "_self_verbs", frozenset(v for t in types for v in t.self_verbs))

    def verb_types(self, lemma: str) -> list[str]:
        return list(self._verbs.get(lemma, ()))

    def affects_subject(self, lemma: str) -> bool:
        return lemma in self._self_verbs

    def passive_types(self, lemma: str) -> list[str]:
        return list(self._passive.get(lemma, ()))

    def phrasal_types(self, lemma: str, particle: str) -> list[str]:
        return list(self._phrasal.get((lemma, particle), ()))

    def noun_types(self, lemma: str) -> list[str]:
        return list(self._nouns.get(lemma, ()))

    def russian_types(self, lemma: str) -> list[str]:
        return [t.code for t in self.types.values() if lemma in t.ru]


def _index(types: list[EventType], words: Callable[[EventType], Iterable[K]]) -> dict[K, tuple[str, ...]]:
    out: dict[K, list[str]] = {}
    for t in types:
        for word in words(t):
            out.setdefault(word, []).append(t.code)
    return {word: tuple(codes) for word, codes in out.items()}


def _event_type(code: str, raw: dict[str, Any]) -> EventType:
    phrasal = set()
    for item in raw.get("phrasal", []):
        verb, _, particle = item.partition(" ")
        if not particle:
            raise ConfigError(f"phrasal trigger {item!r} of {code} needs a particle", input="ontology.json")
        phrasal.add((verb, particle))
    return EventType(
        code=code,
        description=raw.get("description", ""),
        verbs=frozenset(raw.get("verbs", [])),
        phrasal=frozenset(phrasal),
        passive_only=frozenset(raw.get("passive_only", [])),
        nouns=frozenset(raw.get("nouns", [])),
        ru=frozenset(raw.get("ru", [])),
        self_verbs=frozenset(raw.get("self", [])),
    )


@cache
def load_ontology() -> Ontology:
    raw = json.loads(files("watchfloor.data").joinpath("ontology.json").read_text("utf-8"))
    types = {code: _event_type(code, spec) for code, spec in raw["types"].items()}
    people = frozenset(v for t in types.values() if t.code not in ("ATTACK", "TAKEDOWN") for v in t.verbs | t.passive_only)
    return Ontology(types=types, takedown_objects=frozenset(raw.get("takedown_objects", [])), people_verbs=people)


def event_types() -> list[str]:
    return list(load_ontology().types)
