"""WikiEvents (KAIROS-schema English news, event triggers with argument roles): event scores.

The file is JSON lines, one document a line, in either of two layouts:

- *dev*: `doc_id`, `tokens`, `sentences` (each `[[[token, start, end], ...], sentence text]`),
  `entity_mentions`, `event_mentions` with `trigger: {start, end, text, sent_idx}` (token indices
  into the document's tokens) and `arguments: [{entity_id, role, text}]`. Its `text` runs the
  sentences together with no gap while the token offsets assume one, so it is not used.
- *train*: `docid`, `tokens`, `sentences` (strings: the tokens joined and split at every ".",
  inside "U.S." too, so not used), `event_mentions` with `trigger: {start_idx, end_idx, text}`
  and `arguments: [{role, text}]`.

The text fed to the pipeline is rebuilt here, with token offsets computed while building it: dev
puts its sentence texts one to a line (a line break ends a sentence for the parser, so
headlines stay apart); train joins its tokens with spaces, undoing the tokenizer's splits where
they are plain ("the army ’ s" → "the army’s", "U . S ." → "U.S.", "cross - border" →
"cross-border", quotes and brackets against their words). Train sentences, used only for the
(type, sentence) figure, end at a ".", "!" or "?" token that is followed by a space and a word
not in lower case, and is not an abbreviation ("Lt.", "U.S.").

Type mapping (on `Family.Type`, whatever the subtype):

    Conflict.Attack.*                                       → ATTACK
    Justice.ArrestJailDetain.*                              → ARREST
    Justice.ChargeIndict.*, Justice.Sentence.*, Justice.Convict.*  → CHARGE
    Justice.Extradite.*                                     → DEPORT
    everything else                                         → no event of ours

Headline (`score`): micro precision, recall and F1 of our events against the gold triggers of
the mapped types. A predicted event *contains* a gold trigger when one of its evidence spans
(Event.evidence, and Event.more_evidence: the later sentences the extractor joined to the same
act) covers the trigger's characters. Recall = gold triggers contained in
at least one predicted event of their type / gold triggers; precision = predicted events that
contain at least one gold trigger of their type / predicted events. Matching is many-to-many
(one clause may carry two triggers of one attack; two events may share a trigger).

Killings: our ontology codes a killing or wounding as an ATTACK, WikiEvents as Life.Die /
Life.Injure beside (or instead of) a Conflict.Attack trigger. A predicted ATTACK that contains
no Conflict.Attack trigger but a Life.Die or Life.Injure one is counted neither right nor wrong:
it is left out of precision and reported as `attack_on_killing_only`. Life.Die / Life.Injure
triggers are never in the recall denominator. The same rule holds for the units below.

Beside it: the same figures per type; over (type, sentence) units (a gold unit is a sentence
with a gold trigger of the type, a predicted unit the sentence where a predicted event's
evidence starts; P/R/F1 over the sets); what the wrong predictions' evidence contains (the gold
types outside our mapping that explain many of them); and argument scores over right
predictions: the event's values against the union of the arguments of the gold triggers of its
type it contains, per slot:

    place               Place                       ← location text            (every type)
    agent               Attacker (ATTACK), Jailer (ARREST) ← agent text, perpetrators
    victim/target       Victim, Target (ATTACK)     ← victims, objects, targets' text
    detainee/defendant  Detainee, Defendant         ← targets' text            (ARREST, CHARGE, DEPORT)
    weapon              Instrument, ExplosiveDevice (ATTACK) ← weapons

Two values match when they share a word, case-insensitively (words are runs of letters and
digits; articles, prepositions, conjunctions and possessives do not count), so the gold's
head-word arguments ("officer") match our phrases ("a senior police officer"). Values are paired
one to one per slot, the largest overlaps first; P/R/F1 are micro over slots.

Gold triggers whose token span is empty or out of range (a few in train) are left out and counted
as `unusable_gold_triggers`. A document the pipeline fails on is listed and predicts nothing.
"""

from __future__ import annotations

import json
import re
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchfloor.errors import BadExport, WatchfloorError
from watchfloor.evaluate import PRF
from watchfloor.external.common import extract_guarded
from watchfloor.model import EVENT_TYPES, Document, Event, Extraction

if TYPE_CHECKING:
    from watchfloor.pipeline import Pipeline

TYPE_MAP = {
    "Conflict.Attack": "ATTACK",
    "Justice.ArrestJailDetain": "ARREST",
    "Justice.ChargeIndict": "CHARGE",
    "Justice.Sentence": "CHARGE",
    "Justice.Convict": "CHARGE",
    "Justice.Extradite": "DEPORT",
}
KILLING = ("Life.Die", "Life.Injure")
TYPES = ("ATTACK", "ARREST", "CHARGE", "DEPORT")  # ours with gold; ENTRY_BAN, TRAVEL, TAKEDOWN can only be wrong
ALL_TYPES = (*TYPES, *(t for t in EVENT_TYPES if t not in TYPES))


def family_type(event_type: str) -> str:
    """'Conflict.Attack.DetonateExplode' → 'Conflict.Attack' (train has no subtypes)."""
    return ".".join(event_type.split(".")[:2])


def our_type(event_type: str) -> str | None:
    return TYPE_MAP.get(family_type(event_type))


# -- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldTrigger:
    event_type: str  # WikiEvents' own, e.g. Conflict.Attack.Unspecified
    start: int  # characters of the rebuilt text
    end: int
    sentence: int
    text: str
    arguments: tuple[tuple[str, str], ...] = ()  # (role, text)

    @property
    def type(self) -> str | None:
        return our_type(self.event_type)

    @property
    def killing(self) -> bool:
        return family_type(self.event_type) in KILLING


@dataclass(slots=True)
class WikiDocument:
    doc_id: str
    text: str
    sentences: list[tuple[int, int]]  # character spans of the rebuilt text
    triggers: list[GoldTrigger]
    unusable: int = 0  # gold triggers with no usable token span

    def sentence_of(self, offset: int) -> int:
        """The index of the last sentence starting at or before `offset` (0 before the first)."""
        return max(bisect_right([s for s, _ in self.sentences], offset) - 1, 0)


def read_wikievents(path: Path) -> list[WikiDocument]:
    """Every document of a WikiEvents JSON-lines file (either layout), its text rebuilt."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchfloorError(f"cannot read the WikiEvents file: {exc}", input=str(path)) from exc
    out: list[WikiDocument] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise BadExport(f"not JSON: {exc}", input=where) from exc
        if not isinstance(record, dict):
            raise BadExport("a WikiEvents line must be a JSON object", input=where)
        try:
            out.append(parse_document(record))
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise BadExport(f"not a WikiEvents document: {exc}", input=where) from exc
    return out


def parse_document(record: dict[str, Any]) -> WikiDocument:
    """One record of either layout; KeyError, TypeError or ValueError say what is malformed."""
    doc_id = record.get("doc_id", record.get("docid"))
    if not isinstance(doc_id, str):
        raise ValueError("a string 'doc_id' (dev) or 'docid' (train) is needed")
    tokens = record.get("tokens")
    if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
        raise ValueError("'tokens' must be a list of strings")
    mentions = record.get("event_mentions")
    if not isinstance(mentions, list):
        raise ValueError("'event_mentions' must be a list")
    sentences = record.get("sentences")
    if not isinstance(sentences, list):
        raise ValueError("'sentences' must be a list")
    if all(isinstance(s, str) for s in sentences):  # train (or no sentences: the tokens alone)
        text, spans, sentence_spans = rebuild_train(tokens)
    else:
        text, spans, sentence_spans = rebuild_dev(sentences, tokens)
    doc = WikiDocument(doc_id, text, sentence_spans, [])
    for mention in mentions:
        if not isinstance(mention, dict) or not isinstance(mention.get("event_type"), str):
            raise ValueError("an event mention needs a string 'event_type'")
        trigger = mention.get("trigger")
        if not isinstance(trigger, dict):
            raise ValueError("an event mention needs a 'trigger' object")
        first = trigger.get("start", trigger.get("start_idx"))
        last = trigger.get("end", trigger.get("end_idx"))
        if not isinstance(first, int) or not isinstance(last, int):
            raise ValueError("a trigger needs integer 'start'/'end' (or 'start_idx'/'end_idx') token indices")
        if not 0 <= first < last <= len(spans):
            doc.unusable += 1
            continue
        start, end = spans[first][0], spans[last - 1][1]
        arguments = tuple(
            (str(a["role"]), str(a.get("text", ""))) for a in mention.get("arguments") or [] if isinstance(a, dict)
        )
        doc.triggers.append(GoldTrigger(mention["event_type"], start, end, doc.sentence_of(start),
                                        str(trigger.get("text", "")), arguments))  # fmt: skip
    return doc


Spans = list[tuple[int, int]]


def rebuild_dev(sentences: list[Any], tokens: list[str]) -> tuple[str, Spans, Spans]:
    """Sentence texts one to a line; each token found in its sentence's text (at its stated
    offset relative to the sentence's first token when that holds, else searched onwards)."""
    parts: list[str] = []
    spans: Spans = []
    sentence_spans: Spans = []
    at = 0
    for sentence in sentences:
        if not isinstance(sentence, list) or len(sentence) != 2 or not isinstance(sentence[0], list):
            raise ValueError("a dev sentence is [[[token, start, end], ...], text]")
        words, stated = sentence
        if not all(isinstance(w, list) and len(w) == 3 and isinstance(w[0], str) for w in words):
            raise ValueError("a dev sentence token is [token, start, end]")
        if isinstance(stated, str) and stated:
            text, local = _locate([w[0] for w in words], stated, [(w[1], w[2]) for w in words])
        else:
            text, local = detokenize([w[0] for w in words])
        if parts:
            parts.append("\n")
            at += 1
        parts.append(text)
        spans.extend((at + s, at + e) for s, e in local)
        sentence_spans.append((at, at + len(text)))
        at += len(text)
    if [w for s in sentences for w in s[0]] and len(spans) != len(tokens):
        raise ValueError(f"the sentences hold {len(spans)} tokens, 'tokens' {len(tokens)}")
    return "".join(parts), spans, sentence_spans


def _locate(words: list[str], text: str, stated: list[tuple[Any, Any]]) -> tuple[str, Spans]:
    """Token spans within a sentence's own text; if a token cannot be found there, the sentence
    is rebuilt from its tokens instead."""
    spans: Spans = []
    base = stated[0][0] if stated and isinstance(stated[0][0], int) else 0
    cursor = 0
    for word, (start, _) in zip(words, stated, strict=True):
        rel = start - base if isinstance(start, int) else -1
        if rel >= cursor and text[rel : rel + len(word)] == word:
            at = rel
        else:
            at = text.find(word, cursor)
            if at < 0:
                return detokenize(words)
        spans.append((at, at + len(word)))
        cursor = at + len(word)
    return text, spans


# -- rebuilding text from tokens ------------------------------------------------------------------

_CLOSERS = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "”", "’’", "''", "…"})
_OPENERS = frozenset({"(", "[", "{", "$", "“", "‘", "``", "#"})
_CLITICS = frozenset({"s", "t", "re", "ve", "ll", "d", "m", "S", "T"})
_DOMAINS = frozenset({"com", "org", "net", "gov", "uk", "ru", "html", "co"})
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "lt", "gen", "col", "sgt", "capt", "maj", "st", "rep", "sen", "gov", "jr", "sr",
     "no", "dept", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "co", "corp", "vs"}
)  # fmt: skip


def _word(token: str) -> bool:
    return bool(token) and token[-1].isalnum()


def detokenize(tokens: Sequence[str]) -> tuple[str, Spans]:
    """Tokens joined by single spaces, except where the tokenizer plainly split one word or
    glued-on punctuation; returns the text and each token's span in it."""
    parts: list[str] = []
    spans: Spans = []
    at = 0
    quotes = 0  # straight double quotes seen: odd = one is open
    glue_next = False
    for n, token in enumerate(tokens):
        prev = tokens[n - 1] if n else ""
        nxt = tokens[n + 1] if n + 1 < len(tokens) else ""
        glue = glue_next or not parts
        glue_next = False
        if token == '"':
            quotes += 1
            if quotes % 2:
                glue_next = True  # an opening quote sticks to the word after it
            else:
                glue = True
        elif token in _CLOSERS:
            glue = True
            if token == "." and len(prev) == 1 and prev.isalpha() and len(nxt) == 1 and nxt.isalpha():
                glue_next = True  # U . S → U.S
            elif token == "." and _word(prev) and nxt.lower() in _DOMAINS:
                glue_next = True  # twitter . com
        elif token in _OPENERS:
            glue_next = True
        elif token in ("’", "'") and _word(prev) and nxt in _CLITICS:
            glue = glue_next = True  # the army ’ s → the army’s
        elif token in ("-", "/") and _word(prev) and nxt[:1].isalnum():
            glue = glue_next = True  # cross - border → cross-border
        if not glue:
            parts.append(" ")
            at += 1
        parts.append(token)
        spans.append((at, at + len(token)))
        at += len(token)
    return "".join(parts), spans


def rebuild_train(tokens: list[str]) -> tuple[str, Spans, Spans]:
    """The train layout: the detokenized text and its sentences (see the module docstring)."""
    text, spans = detokenize(tokens)
    sentence_spans: Spans = []
    start = 0
    for n, token in enumerate(tokens):
        if token not in (".", "!", "?") or n + 1 >= len(tokens):
            continue
        end = spans[n][1]
        nxt, prev = tokens[n + 1], tokens[n - 1] if n else ""
        if text[end : end + 1] != " " or nxt[:1].islower() or prev.lower() in _ABBREVIATIONS:
            continue
        if token == "." and len(prev) == 1 and prev.isalpha():
            continue  # an initial or "U.S."
        sentence_spans.append((start, end))
        start = spans[n + 1][0]
    if tokens:
        sentence_spans.append((start, len(text)))
    return text, spans, sentence_spans


# -- scoring -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Counts:
    """Triggers and predictions of one type (or all): recall and precision have their own
    numerators, so this is not a PRF."""

    gold: int = 0
    matched: int = 0  # gold triggers contained in a predicted event of their type
    predicted: int = 0  # predictions scored (right or wrong)
    right: int = 0  # predictions containing a gold trigger of their type
    neutral: int = 0  # ATTACK predictions containing only Life.Die / Life.Injure triggers

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.matched += other.matched
        self.predicted += other.predicted
        self.right += other.right
        self.neutral += other.neutral

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "gold": self.gold, "matched": self.matched, "predicted": self.predicted, "right": self.right,
                "attack_on_killing_only": self.neutral}  # fmt: skip


def _contains(event: Event, trigger: GoldTrigger) -> bool:
    return any(span.start <= trigger.start and trigger.end <= span.end for span in event.evidence_spans)


_STOP = frozenset(
    {"the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "into", "near",
     "his", "her", "its", "their", "our", "my", "your", "s"}
)  # fmt: skip
_WORD = re.compile(r"\w+")


def words(text: str) -> frozenset[str]:
    """The words of a value that count for matching: lower case, no articles and the like."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


@dataclass(frozen=True, slots=True)
class Slot:
    types: frozenset[str]
    roles: frozenset[str]
    values: Callable[[Event], list[str]]


def _agent(e: Event) -> list[str]:
    return ([e.agent.text] if e.agent is not None and e.agent.text else []) + list(e.perpetrators)


def _targets(e: Event) -> list[str]:
    return [t.text for t in e.targets if t.text]


SLOTS: dict[str, Slot] = {
    "place": Slot(frozenset(TYPES), frozenset({"Place"}),
                  lambda e: [e.location.text] if e.location is not None and e.location.text else []),
    "agent": Slot(frozenset({"ATTACK", "ARREST"}), frozenset({"Attacker", "Jailer"}), _agent),
    "victim/target": Slot(frozenset({"ATTACK"}), frozenset({"Victim", "Target"}),
                          lambda e: [*e.victims, *e.objects, *_targets(e)]),
    "detainee/defendant": Slot(frozenset({"ARREST", "CHARGE", "DEPORT"}), frozenset({"Detainee", "Defendant"}),
                               _targets),
    "weapon": Slot(frozenset({"ATTACK"}), frozenset({"Instrument", "ExplosiveDevice"}),
                   lambda e: [*e.weapons] or ([e.weapon] if e.weapon else [])),
}  # fmt: skip


def _distinct(values: Iterable[str]) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    for value in values:
        key = words(value)
        if key and key not in out:
            out.append(key)
    return out


def pair_values(gold: Iterable[str], predicted: Iterable[str]) -> PRF:
    """One-to-one pairs of values sharing a word, the largest overlaps first (distinct values
    only: a value given twice counts once)."""
    g, p = _distinct(gold), _distinct(predicted)
    pairs = sorted(((len(a & b), i, j) for i, a in enumerate(g) for j, b in enumerate(p) if a & b), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return PRF(len(used_g), len(p) - len(used_p), len(g) - len(used_g))


@dataclass
class Scores:
    """Sums over documents; `score_document` gives one document's."""

    total: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    units: PRF = field(default_factory=PRF)
    units_neutral: int = 0
    units_by_type: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    arguments: dict[str, PRF] = field(default_factory=lambda: {slot: PRF() for slot in SLOTS})
    wrong_contain: Counter[str] = field(default_factory=Counter)  # gold Family.Type in wrong predictions
    unusable: int = 0

    def add(self, other: Scores) -> None:
        self.total.add(other.total)
        for t, c in other.by_type.items():
            self.by_type[t].add(c)
        self.units.add(other.units)
        self.units_neutral += other.units_neutral
        for t, prf in other.units_by_type.items():
            self.units_by_type[t].add(prf)
        for slot, prf in other.arguments.items():
            self.arguments[slot].add(prf)
        self.wrong_contain.update(other.wrong_contain)
        self.unusable += other.unusable

    @property
    def arguments_micro(self) -> PRF:
        out = PRF()
        for prf in self.arguments.values():
            out.add(prf)
        return out


@dataclass(frozen=True, slots=True)
class Verdict:
    """How one predicted event was counted: right, wrong or neutral, and what it contains."""

    event: Event
    verdict: str
    contains: tuple[int, ...]  # indices of the document's gold triggers within its evidence


def score_document(doc: WikiDocument, events: Sequence[Event]) -> tuple[Scores, list[Verdict]]:
    """One document's scores (see the module docstring), and each prediction's verdict."""
    out = Scores(unusable=doc.unusable)
    ours = list(events)
    gold = [g for g in doc.triggers if g.type is not None]
    for t in TYPES:
        out.by_type[t].gold = sum(g.type == t for g in gold)
    matched: set[int] = set()
    verdicts: list[Verdict] = []
    for event in ours:
        inside = tuple(n for n, g in enumerate(doc.triggers) if _contains(event, g))
        hits = [n for n in inside if doc.triggers[n].type == event.type]
        counts = out.by_type[event.type]
        if hits:
            counts.predicted += 1
            counts.right += 1
            matched.update(hits)
            verdict = "right"
            for name, slot in SLOTS.items():
                if event.type not in slot.types:
                    continue
                gold_values = [text for n in hits for role, text in doc.triggers[n].arguments if role in slot.roles]
                out.arguments[name].add(pair_values(gold_values, slot.values(event)))
        elif event.type == "ATTACK" and any(doc.triggers[n].killing for n in inside):
            counts.neutral += 1
            verdict = "neutral"
        else:
            counts.predicted += 1
            verdict = "wrong"
            kinds = {family_type(doc.triggers[n].event_type) for n in inside}
            out.wrong_contain.update(kinds or {"(no gold trigger)"})
        verdicts.append(Verdict(event, verdict, inside))
    for n in matched:
        out.by_type[doc.triggers[n].type or ""].matched += 1
    for counts in out.by_type.values():
        out.total.add(counts)
    # (type, sentence) units
    gold_units = {(g.type, g.sentence) for g in gold}
    killing_sentences = {g.sentence for g in doc.triggers if g.killing}
    pred_units: set[tuple[str, int]] = set()
    neutral_units: set[tuple[str, int]] = set()
    for event in ours:
        unit = (event.type, doc.sentence_of(event.evidence.start))
        if unit not in gold_units and event.type == "ATTACK" and unit[1] in killing_sentences:
            neutral_units.add(unit)
        else:
            pred_units.add(unit)
    out.units_neutral = len(neutral_units)
    for t in ALL_TYPES:
        g = {u for u in gold_units if u[0] == t}
        p = {u for u in pred_units if u[0] == t}
        out.units_by_type[t] = PRF(len(g & p), len(p - g), len(g - p))
        out.units.add(out.units_by_type[t])
    return out, verdicts


# -- the run -------------------------------------------------------------------------------------


@dataclass
class WikiEventsResult:
    path: str
    documents: int
    seconds: float
    scores: Scores
    failed: list[tuple[str, str]] = field(default_factory=list)
    out_dir: Path | None = None

    @property
    def types(self) -> list[str]:
        """Our four types with gold, then any other type that was predicted."""
        return [t for t in ALL_TYPES if t in TYPES or self.scores.by_type[t].predicted]

    def as_dict(self) -> dict[str, Any]:
        s = self.scores
        total = s.total
        return {
            "benchmark": "wikievents",
            "path": self.path,
            "documents": self.documents,
            "seconds": round(self.seconds, 1),
            "score": round(total.f1, 4),
            "metric": "micro P/R/F1 of predicted events vs gold triggers of the mapped types; "
                      "a prediction matches a trigger of its type that its evidence span contains",
            "precision": round(total.precision, 4),
            "recall": round(total.recall, 4),
            "f1": round(total.f1, 4),
            "gold_triggers": total.gold,
            "predicted_events": total.predicted + total.neutral,
            "attack_on_killing_only": total.neutral,
            "unusable_gold_triggers": s.unusable,
            "failed_documents": [{"doc_id": d, "error": e} for d, e in self.failed],
            "by_type": {t: s.by_type[t].as_dict() for t in self.types},
            "units": {**s.units.as_dict(), "attack_on_killing_only": s.units_neutral,
                      "by_type": {t: s.units_by_type[t].as_dict() for t in self.types}},
            "arguments": {**s.arguments_micro.as_dict(), "by_slot": {k: v.as_dict() for k, v in s.arguments.items()}},
            "wrong_predictions_contain": dict(s.wrong_contain.most_common()),
        }  # fmt: skip

    def format(self) -> str:
        s = self.scores
        t = s.total
        lines = [
            f"WikiEvents triggers: P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f} — {self.documents} documents, "
            f"{t.gold} gold triggers of our types, {t.predicted + t.neutral} predicted events "
            f"({self.path}, {self.seconds:.0f} s)",
            f"{'type':<10}{'gold':>6}{'matched':>9}{'pred':>6}{'right':>7}{'P':>8}{'R':>8}{'F1':>8}"
            f"{'killing-only':>14}",
        ]  # fmt: skip
        for name, c in [*((ty, s.by_type[ty]) for ty in self.types), ("micro", t)]:
            figures = (f"{c.precision:8.3f}{c.recall:8.3f}{c.f1:8.3f}" if c.gold or c.predicted
                       else f"{'-':>8}{'-':>8}{'-':>8}")  # fmt: skip
            lines.append(f"{name:<10}{c.gold:>6}{c.matched:>9}{c.predicted:>6}{c.right:>7}{figures}{c.neutral:>14}")
        lines.append(
            f"ATTACK predictions whose evidence holds only a Life.Die / Life.Injure trigger: {t.neutral}, "
            "counted neither right nor wrong (our ontology codes killings as attacks)"
        )
        u = s.units
        lines.append(
            f"(type, sentence) units: P {u.precision:.3f} R {u.recall:.3f} F1 {u.f1:.3f} "
            f"(gold {u.tp + u.fn}, predicted {u.tp + u.fp}; {s.units_neutral} killing-only ATTACK units left out); "
            + ", ".join(f"{ty} {s.units_by_type[ty].f1:.3f}" for ty in self.types if _any(s.units_by_type[ty]))
        )
        a = s.arguments_micro
        lines.append(f"arguments of right predictions (word overlap): P {a.precision:.3f} R {a.recall:.3f} "
                     f"F1 {a.f1:.3f}; " + ", ".join(f"{k} {v.f1:.3f} ({v.tp + v.fn} gold)"
                                                   for k, v in s.arguments.items()))  # fmt: skip
        if s.wrong_contain:
            lines.append("wrong predictions' evidence contains: "
                         + ", ".join(f"{k} {v}" for k, v in s.wrong_contain.most_common()))  # fmt: skip
        if s.unusable:
            lines.append(f"gold triggers left out (empty or out-of-range token span): {s.unusable}")
        for doc_id, error in self.failed:
            lines.append(f"failed document {doc_id}: {error}")
        if self.out_dir is not None:
            lines.append(f"predictions written to {self.out_dir / PREDICTIONS}")
        return "\n".join(lines)


PREDICTIONS = "wikievents_predictions.jsonl"


def _any(prf: PRF) -> bool:
    return bool(prf.tp or prf.fp or prf.fn)


def documents_of(docs: Sequence[WikiDocument]) -> list[Document]:
    return [Document(doc_id=d.doc_id, text=d.text, language="en") for d in docs]


def run(path: Path, pipeline: Pipeline, *, out_dir: Path | None = None) -> WikiEventsResult:
    """Extract from every document of a WikiEvents file and score the events against its
    triggers; with `out_dir`, write each document's events with their verdicts and its missed
    gold triggers to `wikievents_predictions.jsonl`."""
    path = Path(path)
    if not path.is_file():
        raise WatchfloorError("no WikiEvents file here (JSON lines expected)", input=str(path))
    docs = read_wikievents(path)
    failed: list[tuple[str, str]] = []
    scores = Scores()
    records: list[dict[str, Any]] = []
    started = time.perf_counter()
    for doc, (_, extraction) in zip(docs, extract_guarded(pipeline, documents_of(docs), failed), strict=True):
        mine, verdicts = score_document(doc, extraction.events)
        scores.add(mine)
        if out_dir is not None:
            records.append(_record(doc, extraction, verdicts))
    seconds = time.perf_counter() - started
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / PREDICTIONS).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return WikiEventsResult(str(path), len(docs), seconds, scores, failed, out_dir)


def _record(doc: WikiDocument, extraction: Extraction, verdicts: list[Verdict]) -> dict[str, Any]:
    found = {n for v in verdicts if v.verdict == "right" for n in v.contains
             if doc.triggers[n].type == v.event.type}  # fmt: skip

    def trigger(n: int) -> dict[str, Any]:
        g = doc.triggers[n]
        return {"event_type": g.event_type, "span": [g.start, g.end], "text": g.text, "sentence": g.sentence}

    return {
        "doc_id": doc.doc_id,
        "events": [{**v.event.to_gold(), "verdict": v.verdict, "contains": [trigger(n) for n in v.contains]}
                   for v in verdicts],
        "missed": [trigger(n) for n, g in enumerate(doc.triggers) if g.type is not None and n not in found],
    }  # fmt: skip
