"""A learned ranker over an English act's candidate places: which of the sentence's places, if
any, is where the act happened.

The rules of `en_event_place` read the tree and keep or drop each place; they are right on about
seven sentences in ten of real news (the event_location benchmark). Their verdicts stay, as
features, beside the shape of the path between the place and the act (dependencies, the governing
preposition, other verbs and clauses crossed), the place's entity label and the distance. A
conditional logit chooses among "no place of this act" and the candidates, trained by
`scripts/train_place_ranker.py` on half of the event_location file and stored as sparse weights in
`data/places_en.json`. Scoring is plain Python over the weights (no learning library at run time).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.tokens import Span, Token

from watchfloor.extract.en_event_place import (
    PLACE_NOUNS,
    _climb,
    _how_it_came,
    _link,
    another_acts,
    event_place_spans,
    no_place_sense,
    place_spans,
    reported_place_spans,
    sibling_wider,
)
from watchfloor.extract.learned import require_feature_version
from watchfloor.extract.tree import path_indices, path_rank, path_up
from watchfloor.normalize.nationality import country_code

ARTEFACT = "places_en.json"
FEATURE_VERSION = 1
NONE = "<none>"


def _bucket(n: int) -> str:
    if n <= 3:
        return str(n)
    return "4-6" if n <= 6 else "7-12" if n <= 12 else "13+"


@dataclass(frozen=True, slots=True)
class Candidates:
    """A trigger's candidate places and the rules' view of them."""

    spans: tuple[Span, ...]
    rule_rank: dict[int, int]  # span start -> position in the rules' ranking
    reported: frozenset[int]  # span starts of places of the report ("police in Kilis said")


def _admitted(span: Span, trig: Token) -> bool:
    """A destination, origin, birthplace or provenance, or a place of another act told of a
    participant ("citizens who fought in Syria"), is never the act's place: not a candidate."""
    climbed = _climb(span.root)
    return climbed is not None and not another_acts(climbed[0], trig, span.root)


def candidates(trig: Token, sent: Span, is_place: Callable[[str], bool] | None) -> Candidates:
    spans = () if no_place_sense(trig) else tuple(
        s for s in place_spans(sent, is_place) if not s.start <= trig.i < s.end and _admitted(s, trig)
    )  # fmt: skip
    ranked = event_place_spans(trig, sent, is_place)
    reported = frozenset(s.start for s in reported_place_spans(trig, sent, is_place))
    return Candidates(spans, {s.start: n for n, s in enumerate(ranked)}, reported)


def none_features(trig: Token, found: Candidates) -> list[str]:
    """The features of the option 'no place in this sentence is the act's'."""
    ruled = "r" if found.rule_rank else "n"
    return [
        NONE,
        f"{NONE}|k={_bucket(len(found.spans))}",
        f"{NONE}|rules={ruled}",
        f"{NONE}|rep={bool(found.reported)}",
        f"{NONE}|tp={trig.pos_}",
        f"{NONE}|td={trig.dep_}",
        f"{NONE}|tt={trig.tag_}",
        f"{NONE}|tl={trig.lemma_.lower()}",
        f"{NONE}|rules={ruled}|k={_bucket(len(found.spans))}",
    ]


def _names(span: Span) -> set[int]:
    """The tokens that stand for a place: its root, and the place noun it names ("the Hodan
    district": district)."""
    root = span.root
    out = {root.i}
    if root.dep_ in ("compound", "amod", "nmod", "appos") and root.head.lemma_.lower() in PLACE_NOUNS:
        out.add(root.head.i)
    return out


def _relations(span: Span, found: Candidates) -> tuple[bool, bool]:
    """(wider, narrower): whether this place qualifies another candidate ("the Hodan district of
    Mogadishu", "near Gao in northern Mali": Mogadishu and Mali are wider) or another qualifies it,
    within three steps up the tree."""
    wider = narrower = False
    mine = set(path_indices(span.root)[1:4])
    named = _names(span)
    for other in found.spans:
        if other.start == span.start:
            continue
        if mine & _names(other):
            wider = True
        if named.intersection(path_indices(other.root)[1:4]):
            narrower = True
    return wider, narrower


def span_features(
    trig: Token,
    span: Span,
    found: Candidates,
    is_place: Callable[[str], bool] | None,
    kind_of: Callable[[str], str] | None = None,
) -> list[str]:
    """The features of one candidate place for the act of `trig`; the same at training and at run time."""
    root = span.root
    text, sent = span.text, span.sent  # each ask of a Span joins its tokens or walks to the sentence's ends anew
    rank = found.rule_rank.get(span.start)
    rule = "none" if rank is None else str(min(rank, 2))
    climbed = _climb(root)
    if climbed is None:
        climb, link = "x", "x"
    else:
        word, cost = climbed
        climb = str(min(cost, 4))
        linked = _link(word, trig)
        link = "x" if linked is None else str(min(linked, 6))
    label = span.root.ent_type_ or "-"
    country = country_code(text, "en") is not None
    known = is_place(text) if is_place is not None else False
    mine, theirs = path_up(root), path_up(trig)
    ids = path_rank(trig)
    meet = next((n for n, i in enumerate(path_indices(root)) if i in ids), len(mine) - 1)
    up = ids.get(mine[meet].i, len(theirs))
    up_deps = ">".join(_dep(t, trig) for t in mine[: min(meet, 4)])
    down_deps = ">".join(t.dep_ for t in theirs[: min(up, 3)])
    prep = next((t.head.lower_ for t in mine[:meet] if t.dep_ == "pobj"), "-")
    verbs_between = sum(
        1 for t in mine[1:meet] if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
    )
    other_verb = next((t for t in mine[1:meet] if t.pos_ == "VERB"), None)
    distance = abs(root.i - trig.i)
    after = "a" if span.start > trig.i else "b"
    nearest = min((abs(s.root.i - trig.i) for s in found.spans), default=distance) == distance
    wider, narrower = _relations(span, found)
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > sent.start else "<s>"
    after_word = doc[span.end].lower_ if span.end < sent.end else "</s>"
    sibling = any(o.start != span.start and o.root.head.i == root.head.i for o in found.spans)
    kind = kind_of(text) if kind_of is not None else "-"
    lemma = trig.lemma_.lower()
    feats = [
        "b",
        f"wider={wider}|narrower={narrower}",
        f"wider={wider}|rule={rule}",
        "kind=" + kind,
        f"kind={kind}|wider={wider}",
        f"tl={lemma}|prep={prep}",
        f"tl={lemma}|rule={rule}",
        "rule=" + rule,
        "prev=" + before,
        "next=" + after_word,
        f"prev={before}|rule={rule}",
        f"sib={sibling}|rdep={root.dep_}",
        "words=" + _bucket(len(span)),
        f"rule={rule}|k={_bucket(len(found.spans))}",
        "climb=" + climb,
        "link=" + link,
        f"climb={climb}|link={link}",
        "rep=" + str(span.start in found.reported),
        "lab=" + label,
        f"lab={label}|rule={rule}",
        "country=" + str(country),
        "known=" + str(known),
        "up=" + up_deps,
        "down=" + down_deps,
        "path=" + up_deps + "^" + down_deps,
        f"len={min(meet, 6)}|{min(up, 6)}",
        "prep=" + prep,
        f"prep={prep}|up={min(up, 3)}",
        f"prep={prep}|tp={trig.pos_}",
        "vb=" + str(min(verbs_between, 2)),
        "ov=" + (_dep(other_verb, trig) if other_verb is not None else "-"),
        "dist=" + _bucket(distance),
        "side=" + after,
        f"side={after}|dist={_bucket(distance)}",
        "nearest=" + str(nearest),
        "rdep=" + root.dep_,
        "rhead=" + root.head.lemma_.lower(),
        f"tp={trig.pos_}|rule={rule}",
        "first=" + str(span.start == sent.start),
        "upper=" + str(text.isupper()),
        "meetl=" + mine[meet].lemma_.lower() if meet < len(mine) else "meetl=-",
    ]
    return feats


def _dep(tok: Token, trig: Token) -> str:
    """The token's dependency as the ranker reads a path: a relative clause telling how the act came
    about ("killed Monday when …", "killed in raids which hit …") reads as the adverbial clause it means."""
    return "advcl" if _how_it_came(tok, trig) else tok.dep_


@dataclass(frozen=True, slots=True)
class PlaceRanker:
    weights: dict[str, float]
    metadata: dict[str, Any]

    def score(self, feats: Sequence[str]) -> float:
        get = self.weights.get
        return sum(get(f, 0.0) for f in feats)

    def rank(
        self,
        trig: Token,
        sent: Span,
        is_place: Callable[[str], bool] | None,
        kind_of: Callable[[str], str] | None = None,
    ) -> list[tuple[Span, float]]:
        """The candidates more likely the act's place than none, best first, with their probability."""
        found = candidates(trig, sent, is_place)
        if not found.spans:
            return []
        none = self.score(none_features(trig, found))
        scored = [(s, self.score(span_features(trig, s, found, is_place, kind_of))) for s in found.spans]
        top = max(none, *(v for _, v in scored))
        norm = math.exp(none - top) + sum(math.exp(v - top) for _, v in scored)
        out = sorted(((s, math.exp(v - top) / norm) for s, v in scored if v > none), key=lambda x: -x[1])
        # of the places kept, the most specific first: "the Hodan district of Mogadishu" is Hodan
        kept = Candidates(tuple(s for s, _ in out), found.rule_rank, found.reported)
        ordered = sorted(out, key=lambda x: _relations(x[0], kept)[0])
        return _named_by_the_noun(_first_of_two_ins(ordered, found), found, kind_of)


def _first_of_two_ins(ordered: list[tuple[Span, float]], found: Candidates) -> list[tuple[Span, float]]:
    """In "in the Midan neighbourhood in central Damascus", "In San Alberto, in northern Cesar
    province": when the ranker kept the second "in", the wider place, the first names the act's place."""
    if not ordered:
        return ordered
    first, score = ordered[0]
    narrower = next((s for s in found.spans if sibling_wider(first, s)), None)
    if narrower is None:
        return ordered
    return [(narrower, score)] + [(s, v) for s, v in ordered if s.start != narrower.start]


# How wide a place is by the gazetteer's likeliest entry (`place_kind`): a name it does not know is
# taken for the narrowest, a district ("Hodan") for narrower than a town.
KIND_WIDTH = {"country": 4, "region": 3, "admin1": 3, "city": 2, "town": 2, "village": 2, "district": 1}


def _named_by_the_noun(
    ordered: list[tuple[Span, float]], found: Candidates, kind_of: Callable[[str], str] | None
) -> list[tuple[Span, float]]:
    """In "the West Bank town of Qalqilya", "the Nairobi suburb of Kitengela": when the place before a
    place noun is wider than the one its "of" names, the named one is the place, even where the
    ranker kept only the wider ("the Hodan district of Mogadishu" stays Hodan: Hodan is narrower)."""
    if not ordered or kind_of is None:
        return ordered
    first, score = ordered[0]
    root = first.root
    noun = root.head
    if root.dep_ not in ("compound", "nmod", "amod") or noun.lemma_.lower() not in PLACE_NOUNS:
        return ordered
    named = next(
        (
            s for s in found.spans
            if s.root.dep_ == "pobj" and s.root.head.lower_ == "of" and s.root.head.head.i == noun.i
        ),
        None,
    )  # fmt: skip
    if named is None or named[-1].lemma_.lower() in PLACE_NOUNS or named[-1].lower_ in ("lga", "lgas"):
        return ordered  # "Shaffa and Shindiffu villages of Hawul Local Government Area": a unit is the wider
    if KIND_WIDTH.get(kind_of(first.text), 0) <= KIND_WIDTH.get(kind_of(named.text), 0):
        return ordered
    rest = [(s, v) for s, v in ordered if s.start != named.start]
    return [(named, score)] + rest


def ranker_from_json(raw: dict[str, Any]) -> PlaceRanker:
    require_feature_version(raw, FEATURE_VERSION, ARTEFACT, "scripts/train_place_ranker.py")
    return PlaceRanker({k: float(v) for k, v in raw["weights"].items()}, dict(raw.get("metadata", {})))


@cache
def load_place_ranker() -> PlaceRanker:
    """The packaged ranker, loaded once per process."""
    return ranker_from_json(json.loads(files("watchfloor.data").joinpath(ARTEFACT).read_text("utf-8")))
