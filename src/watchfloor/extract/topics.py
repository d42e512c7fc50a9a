"""Claim topics, loaded from data/topics.json (or the file named by WATCHFLOOR_TOPICS)."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from watchfloor.errors import ConfigError
from watchfloor.model import Claim

UNASSIGNED = "unassigned"  # a statement on no topic of the analysts' list (yet)


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    label: str
    match: dict[str, tuple[re.Pattern[str], ...]]
    deny: dict[str, tuple[re.Pattern[str], ...]]
    affirm: dict[str, tuple[re.Pattern[str], ...]]
    default_stance: str

    def matches(self, text: str, lang: str) -> bool:
        return any(p.search(text) for p in self.match.get(lang, ()))

    def stance(self, text: str, lang: str) -> str:
        if any(p.search(text) for p in self.deny.get(lang, ())):
            return "deny"
        if any(p.search(text) for p in self.affirm.get(lang, ())):
            return "affirm"
        return self.default_stance


def _patterns(raw: dict[str, list[str]], where: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    out = {}
    for lang, items in raw.items():
        try:
            out[lang] = tuple(re.compile(p, re.IGNORECASE) for p in items)
        except re.error as exc:
            raise ConfigError(f"bad pattern in {where}: {exc}", input="topics.json") from exc
    return out


def parse_topics(raw: dict[str, Any]) -> list[Topic]:
    topics = []
    seen: set[str] = set()
    for item in raw["topics"]:
        tid = item["id"]
        if tid in seen:
            raise ConfigError(f"topic {tid!r} is defined twice", input="topics.json")
        seen.add(tid)
        stance = item.get("default_stance", "neutral")
        if stance not in ("affirm", "deny", "neutral"):
            raise ConfigError(f"topic {tid!r}: unknown default_stance {stance!r}", input="topics.json")
        topics.append(
            Topic(
                id=tid,
                label=item.get("label", tid),
                match=_patterns(item.get("match", {}), tid),
                deny=_patterns(item.get("deny", {}), tid),
                affirm=_patterns(item.get("affirm", {}), tid),
                default_stance=stance,
            )
        )
    return topics


@cache
def load_topics() -> tuple[Topic, ...]:
    path = os.environ.get("WATCHFLOOR_TOPICS")
    if path:
        try:
            raw = json.loads(Path(path).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot read topics: {exc}", input=path) from exc
    else:
        raw = json.loads(files("watchfloor.data").joinpath("topics.json").read_text("utf-8"))
    return tuple(parse_topics(raw))


def topic_of(text: str, lang: str) -> tuple[Topic, str] | None:
    """The first topic the statement is about, with its stance."""
    for topic in load_topics():
        if topic.matches(text, lang):
            return topic, topic.stance(text, lang)
    return None


def add_claim(claims: list[Claim], claim: Claim) -> None:
    """Statements by one speaker on one topic with one stance are one claim with several pieces of
    evidence; unassigned statements stay apart (nothing says they are about the same thing)."""
    if claim.topic != UNASSIGNED:
        for known in claims:
            if (known.speaker.text, known.topic, known.stance) == (claim.speaker.text, claim.topic, claim.stance):
                known.more_evidence.append(claim.evidence)
                return
    claims.append(claim)


def numbered(claims: list[Claim]) -> list[Claim]:
    for n, claim in enumerate(claims, start=1):
        claim.id = f"c{n}"
    return claims
