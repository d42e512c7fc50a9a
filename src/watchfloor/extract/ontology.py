"""The event ontology and its trigger lexicons, loaded from data/ontology.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from watchfloor.errors import ConfigError


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

    def verb_types(self, lemma: str) -> list[str]:
        return [t.code for t in self.types.values() if lemma in t.verbs or lemma in t.self_verbs]

    def affects_subject(self, lemma: str) -> bool:
        return any(lemma in t.self_verbs for t in self.types.values())

    def passive_types(self, lemma: str) -> list[str]:
        return [t.code for t in self.types.values() if lemma in t.passive_only]

    def phrasal_types(self, lemma: str, particle: str) -> list[str]:
        return [t.code for t in self.types.values() if (lemma, particle) in t.phrasal]

    def noun_types(self, lemma: str) -> list[str]:
        return [t.code for t in self.types.values() if lemma in t.nouns]

    def russian_types(self, lemma: str) -> list[str]:
        return [t.code for t in self.types.values() if lemma in t.ru]


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
