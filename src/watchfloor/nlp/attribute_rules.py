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
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs  # type: ignore[import-not-found]

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
        rest: list[list[dict[str, Any]]] = []
        for rule in range(len(ruler.attrs)):
            key = strings[str(rule)]
            _, patterns = ruler.matcher.get(key)
            spec = patterns[0][0] if len(patterns) == 1 and len(patterns[0]) == 1 else None
            checks = [_check(attr, value) for attr, value in spec.items()] if spec else [None]
            if spec is None or any(c is None for c in checks):
                self._rest.add(key, patterns)
                rest.extend(patterns)
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
        self._anchors = _anchors(rest, strings)

    def __call__(self, doc: Doc) -> list[Match]:
        matches: list[Match] = []
        for tok in doc:
            i = tok.i
            matches.extend((rule, key, i, i + 1) for rule, key in self.single(tok))
        matches.extend(self.several(doc))
        matches.sort()
        return matches

    def single(self, tok: Token) -> list[tuple[int, int]]:
        """The (rule, key) of the one-token rules that `tok` matches, in the tables' order."""
        out: list[tuple[int, int]] = []
        for entries in (self._by_lower.get(tok.lower_), self._by_tag.get(tok.tag_), self._any):
            if entries:
                out.extend((rule, key) for rule, key, checks in entries if all(check(tok) for check in checks))
        return out

    def several(self, doc: Doc, rows: list[list[int]] | None = None) -> list[Match]:
        """The matches of the other rules (several tokens or patterns), by spaCy's Matcher; not run
        on a document without any of their anchors (`rows`: the doc's `_KEY` array, as a list)."""
        if not len(self._rest):
            return []
        if self._anchors is not None:
            table = rows if rows is not None else doc.to_array(_KEY).tolist()
            if not any(not values.isdisjoint(row[column] for row in table) for column, values in self._anchors):
                return []  # most documents: no "gonna", "let's", "there is" (expletive), …
        strings = self._strings
        found = self._rest(doc, allow_missing=True, as_spans=False)
        return [(int(strings[key]), key, start, end) for key, start, end in found]  # type: ignore[misc]


def _anchors(patterns: list[list[dict[str, Any]]], strings: Any) -> list[tuple[int, frozenset[int]]] | None:
    """What a match of any of the patterns needs in the document: per `_KEY` column, the values of
    which one token must hold one (each pattern's first token with an exact DEP, LOWER or TAG: "expl",
    "gon", "let"); None when some pattern has none. The Matcher then runs only where one is found."""
    needed: dict[int, set[int]] = {}
    for pattern in patterns:
        anchor = next((a for spec in pattern if (a := _anchor(spec)) is not None), None)
        if anchor is None:
            return None
        column, words = anchor
        needed.setdefault(column, set()).update(strings[w] for w in words)
    return [(column, frozenset(values)) for column, values in needed.items()]


def _anchor(spec: dict[str, Any]) -> tuple[int, list[str]] | None:
    """(column of `_KEY`, values) of a token spec that must be one of those values exactly."""
    for attr in ("DEP", "LOWER", "TAG"):  # the rarest first: "expl" before "is"
        value = spec.get(attr)
        if isinstance(value, str):
            return _KEY_COLUMN[attr], [value]
        if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("IN"), list):
            return _KEY_COLUMN[attr], list(value["IN"])
    return None


# what a rule may set that the token arrays carry; anything else (DEP) goes through spaCy's setter
_COLUMNS = {POS: 0, TAG: 1, LEMMA: 2, MORPH: 3}
_KEY = [TAG, LOWER, DEP, IS_SPACE]
_KEY_COLUMN = {"TAG": 0, "LOWER": 1, "DEP": 2}
Writes = tuple[tuple[int, int], ...]  # (column of `_COLUMNS`, value)
Setting = tuple[tuple[int, ...], Writes | None]  # a token's rules in order, and what they set
_MAX_KNOWN = 500_000  # token shapes remembered before starting afresh (a long-running process)


class FastRuler:
    """A drop-in for `AttributeRuler.__call__`: the same attributes on the same tokens.

    Which one-token rules a token matches, and so what they set, depends only on its tag, lower-case
    form, dependency and whether it is a space, so it is worked out once per such shape and remembered;
    the attributes are then written to the document's arrays in one call, in rule order (later rules win, as in
    spaCy's `set_annotations`). Rules of several tokens are matched as before."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self._match = FastMatch(ruler)
        self._attrs: list[dict[int, int]] = ruler.attrs
        self._indices: list[int] = ruler.indices
        self._known: dict[tuple[int, ...], Setting] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        known = self._known
        if len(known) > _MAX_KNOWN:
            known.clear()
        rows = doc.to_array(_KEY).tolist()
        several: dict[int, list[int]] = {}  # the tokens that rules of several tokens set too (rare)
        for rule, _, start, end in self._match.several(doc, rows):
            index = self._indices[rule]
            several.setdefault(start + index if index >= 0 else end + index, []).append(rule)
        writes: list[tuple[int, Writes]] = []
        other: list[tuple[int, tuple[int, ...]]] = []
        for i, key in enumerate(map(tuple, rows)):
            setting = known.get(key)
            if setting is None:
                setting = known[key] = self._setting(tuple(rule for rule, _ in self._match.single(doc[i])))
            if i in several:
                setting = self._setting(setting[0] + tuple(several[i]))
            rules, written = setting
            if not rules:
                continue
            if written is None:
                other.append((i, rules))
            else:
                writes.append((i, written))
        if not writes and not other:
            return doc
        columns = doc.to_array(list(_COLUMNS)).tolist()  # plain lists: far cheaper to set one by one
        for i, written in writes:
            row = columns[i]
            for column, value in written:
                row[column] = value
        doc.from_array(list(_COLUMNS), cast(Any, numpy.array(columns, dtype="uint64")))
        for i, rules in other:  # rare: an attribute the arrays do not set
            for rule in rules:
                set_token_attrs(doc[i], self._attrs[rule])
        return doc

    def _setting(self, rules: tuple[int, ...]) -> Setting:
        """The rules in order, and what they set as (column, value) writes, a later rule's value
        winning; None when they set an attribute the arrays do not carry."""
        ordered = tuple(sorted(rules))
        final: dict[int, int] = {}
        for rule in ordered:
            final.update(self._attrs[rule])
        if any(attr not in _COLUMNS for attr in final):
            return ordered, None
        return ordered, tuple((_COLUMNS[attr], value) for attr, value in final.items())


def speed_up(ruler: AttributeRuler) -> None:
    """Run `ruler` as FastRuler from now on. spaCy calls a component through its class, so the
    instance's `match` (the first step of `AttributeRuler.__call__`) does the whole work and leaves
    no matches for `set_annotations`."""
    fast = FastRuler(ruler)

    def match(doc: Doc) -> list[Match]:
        fast(doc)
        return []

    ruler.match = match  # type: ignore[method-assign]
