"""The story's people: a back-reference with no nationality of its own takes the story's one.

A report about "seventeen Indonesians" goes on with "Turkey deported them", "the men were held
at the airport", "Thirteen of them were picked up": the words point back to people the story has
already told, with their nationality. When every person acted on in the story's events has the
same one nationality, a back-reference in another event means those people. A story whose people
have two or more nationalities leaves the question open (which of them?), as does a phrase that
names people afresh ("two women"), unless the back-reference counts a group told before with its
make-up: "all three" after "two Georgian citizens and a Russian national" are those three.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from watchfloor.model import Event
from watchfloor.normalize.numbers import parse_quantity

# acts on people whose nationality matters; an attack's victims are not "the story's people"
PEOPLE_ACTS = frozenset({"ARREST", "DEPORT", "CHARGE", "ENTRY_BAN", "TRAVEL"})

BACK_WORDS = {
    "en": frozenset({"they", "them", "he", "him", "she", "her", "the", "both", "all", "these", "those", "each"}),
    "ru": frozenset({"они", "их", "им", "он", "его", "ему", "она", "её", "ее", "ей", "оба", "обе", "обоих", "обоим", "все", "всех",
                     "всем", "эти", "этих", "этим"}),
}
OF_THEM = {"en": re.compile(r"\bof (?:them|those|these)\b"), "ru": re.compile(r"\bиз (?:них|этих)\b")}


def _points_back(text: str | None, language: str) -> bool:
    words = (text or "").lower().split()
    if not words:
        return False
    return words[0] in BACK_WORDS.get(language, frozenset()) or bool(OF_THEM[language].search(" ".join(words)))


def story_nationality(events: Iterable[Event]) -> str | None:
    """The one nationality of everyone the story's acts on people name with one."""
    seen = {t.nationality for e in events if e.type in PEOPLE_ACTS for t in e.targets if t.nationality}
    return next(iter(seen)) if len(seen) == 1 else None


def _name_words(text: str | None) -> frozenset[str]:
    """The words of a person's name as a target gives it ("Samira", "Hind Amrani"); none for
    anything that is not a bare name of one to three capitalised words."""
    words = (text or "").split(",")[0].split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return frozenset()
    return frozenset(words)


def fill_named_people(events: list[Event]) -> None:
    """A person told again by name ("Samira was caught in Kilis") after an event gave that name a
    nationality ("Samira Amrani, 24, and Hind Amrani, 30", two Belgian sisters): the same person,
    the same nationality."""
    known: dict[str, set[str]] = {}
    for event in events:
        for target in event.targets:
            if target.nationality and target.count in (None, 1):
                for word in _name_words(target.text):
                    known.setdefault(word, set()).add(target.nationality)
    for event in events:
        if event.type not in PEOPLE_ACTS:
            continue
        for target in event.targets:
            if target.nationality is None and target.count in (None, 1):
                seen = set().union(*(known.get(w, set()) for w in _name_words(target.text)))
                if len(seen) == 1:
                    target.nationality = next(iter(seen))


def fill_back_references(events: list[Event], language: str = "en") -> None:
    """Give back-references without a nationality the story's one nationality, if it has one."""
    if language not in BACK_WORDS:
        return
    only = story_nationality(events)
    if only is None:
        _groups_told_back(events, language)
        return
    for event in events:
        if event.type not in PEOPLE_ACTS or event.nationalities or not event.targets:
            continue
        if all(_points_back(t.text, language) for t in event.targets):
            for target in event.targets:
                target.nationality = only


def _groups_told_back(events: list[Event], language: str) -> None:
    """A back-reference with a count ("all three", "the two") to the last group of that count told
    before with every part's nationality takes that group's parts."""
    told = sorted(events, key=lambda e: e.evidence.start)
    for n, event in enumerate(told):
        if event.type not in PEOPLE_ACTS or event.nationalities or event.total is None or not event.targets:
            continue
        if not all(counted_back(t.text, language) for t in event.targets):
            continue  # "them" may be people told since ("two men arrested with them … no charges against them")
        group = next((e for e in reversed(told[:n]) if e.type in PEOPLE_ACTS and e.total == event.total and e.targets
                      and all(t.nationality for t in e.targets)), None)
        if group is not None and sum(t.count or 0 for t in group.targets) == event.total:
            event.targets = [replace(t) for t in group.targets]


def counted_back(text: str | None, language: str) -> bool:
    """The phrase points back to people told before and gives their count itself: "all three",
    "the two", "both", "всем троим", "оба"."""
    return _points_back(text, language) and any(
        parse_quantity(w, language) is not None or w in ("both", "оба", "обе", "обоих", "обоим") for w in (text or "").lower().split()
    )
