"""spaCy's attribute ruler, matched faster with the same result.

The English model's attribute ruler (tag -> part of speech and morphology, a few word
exceptions) runs spaCy's general Matcher, which tries all of its 179 rules on every token: about
a sixth of the whole parse (measured on bench/corpus.py). Nearly every rule is one token with
exact values of TAG, LOWER, DEP or IS_SPACE; those are looked up here by the token's tag and
lower-case form and checked in Python. The rest (several tokens, several patterns, any other
test) still go through a spaCy Matcher of their own. `match` gives the ruler's own list: the same
(rule, key, start, end) tuples in the same order, so `set_annotations` sets the same attributes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token

Check = Callable[[Token], bool]
Match = tuple[int, int, int, int]  # (rule, key, start, end): AttributeRuler.match's sort order

_VALUE = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_"}


def _check(attr: str, value: Any) -> Check | None:
    """A test of one token attribute as spaCy's Matcher reads it, or None when not one of ours."""
    if attr == "IS_SPACE" and isinstance(value, bool):
        return lambda tok: tok.is_space == value
    name = _VALUE.get(attr)
    if name is None:
        return None
    if isinstance(value, str):
        return lambda tok: getattr(tok, name) == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN" and isinstance(arg, list):
            values = frozenset(arg)
            return lambda tok: getattr(tok, name) in values
        if op == "NOT_IN" and isinstance(arg, list):
            values = frozenset(arg)
            return lambda tok: getattr(tok, name) not in values
        if op == "REGEX" and isinstance(arg, str):
            pattern = re.compile(arg)
            return lambda tok: pattern.search(getattr(tok, name)) is not None
    return None


class FastMatch:
    """A drop-in for `AttributeRuler.match` (see the module's docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self._by_lower: dict[str, list[tuple[int, int, list[Check]]]] = {}
        self._by_tag: dict[str, list[tuple[int, int, list[Check]]]] = {}
        self._any: list[tuple[int, int, list[Check]]] = []
        self._rest = Matcher(ruler.vocab)
        for rule in range(len(ruler.attrs)):
            key = strings[str(rule)]
            _, patterns = ruler.matcher.get(key)
            spec = patterns[0][0] if len(patterns) == 1 and len(patterns[0]) == 1 else None
            checks = [_check(attr, value) for attr, value in spec.items()] if spec else [None]
            if spec is None or any(c is None for c in checks):
                self._rest.add(key, patterns)
                continue
            entry = (rule, key, [c for c in checks if c is not None])
            lower, tag = spec.get("LOWER"), spec.get("TAG")
            if isinstance(lower, str) or isinstance(lower, dict) and "IN" in lower:
                for word in [lower] if isinstance(lower, str) else lower["IN"]:
                    self._by_lower.setdefault(word, []).append(entry)
            elif isinstance(tag, str) or isinstance(tag, dict) and "IN" in tag:
                for value in [tag] if isinstance(tag, str) else tag["IN"]:
                    self._by_tag.setdefault(value, []).append(entry)
            else:
                self._any.append(entry)
        self._strings = strings

    def __call__(self, doc: Doc) -> list[Match]:
        by_lower, by_tag, always = self._by_lower, self._by_tag, self._any
        matches: list[Match] = []
        for tok in doc:
            for entries in (by_lower.get(tok.lower_), by_tag.get(tok.tag_), always):
                if entries:
                    i = tok.i
                    for rule, key, checks in entries:
                        if all(check(tok) for check in checks):
                            matches.append((rule, key, i, i + 1))
        if len(self._rest):
            strings = self._strings
            found = self._rest(doc, allow_missing=True, as_spans=False)
            matches.extend((int(strings[key]), key, start, end) for key, start, end in found)  # type: ignore[misc]
        matches.sort()
        return matches


def speed_up(ruler: AttributeRuler) -> None:
    """Match `ruler`'s rules with FastMatch from now on."""
    ruler.match = FastMatch(ruler)  # type: ignore[method-assign]
