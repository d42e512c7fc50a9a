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

    def several(self, doc: Doc) -> list[Match]:
        """The matches of the other rules (several tokens or patterns), by spaCy's Matcher."""
        if not len(self._rest):
            return []
        strings = self._strings
        found = self._rest(doc, allow_missing=True, as_spans=False)
        return [(int(strings[key]), key, start, end) for key, start, end in found]  # type: ignore[misc]


# what a rule may set that the token arrays carry; anything else (DEP) goes through spaCy's setter
_COLUMNS = {POS: 0, TAG: 1, LEMMA: 2, MORPH: 3}
_KEY = [TAG, LOWER, DEP, IS_SPACE]
_MAX_KNOWN = 500_000  # token shapes remembered before starting afresh (a long-running process)


class FastRuler:
    """A drop-in for `AttributeRuler.__call__`: the same attributes on the same tokens.

    Which one-token rules a token matches depends only on its tag, lower-case form, dependency and
    whether it is a space, so it is worked out once per such shape and remembered; the attributes
    are then written to the document's arrays in one call, in rule order (later rules win, as in
    spaCy's `set_annotations`). Rules of several tokens are matched as before."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self._match = FastMatch(ruler)
        self._attrs: list[dict[int, int]] = ruler.attrs
        self._indices: list[int] = ruler.indices
        self._known: dict[tuple[int, ...], tuple[int, ...]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        known = self._known
        if len(known) > _MAX_KNOWN:
            known.clear()
        rules_of: dict[int, list[int]] = {}
        for i, shape in enumerate(doc.to_array(_KEY).tolist()):
            key = tuple(shape)
            rules = known.get(key)
            if rules is None:
                rules = known[key] = tuple(rule for rule, _ in self._match.single(doc[i]))
            if rules:
                rules_of[i] = list(rules)
        for rule, _, start, end in self._match.several(doc):
            index = self._indices[rule]
            rules_of.setdefault(start + index if index >= 0 else end + index, []).append(rule)
        if not rules_of:
            return doc
        columns = doc.to_array(list(_COLUMNS))
        other: list[tuple[int, list[int]]] = []
        for i, found in rules_of.items():
            found.sort()
            final: dict[int, int] = {}
            for rule in found:
                final.update(self._attrs[rule])
            if any(attr not in _COLUMNS for attr in final):
                other.append((i, found))
                continue
            for attr, value in final.items():
                columns[i, _COLUMNS[attr]] = value
        doc.from_array(list(_COLUMNS), cast(Any, columns))
        for i, found in other:  # rare: an attribute the arrays do not set
            for rule in found:
                set_token_attrs(doc[i], self._attrs[rule])
        return doc


def speed_up(ruler: AttributeRuler) -> None:
    """Run `ruler` as FastRuler from now on. spaCy calls a component through its class, so the
    instance's `match` (the first step of `AttributeRuler.__call__`) does the whole work and leaves
    no matches for `set_annotations`."""
    fast = FastRuler(ruler)

    def match(doc: Doc) -> list[Match]:
        fast(doc)
        return []

    ruler.match = match  # type: ignore[method-assign]
