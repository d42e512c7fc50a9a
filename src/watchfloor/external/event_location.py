"""event_location (English news sentences, each with one event verb and the span of the place
where that event happened, or none): how often watchfloor picks the event's own place.

The file is JSON lines, optionally gzip'd (a Prodigy export): `text`, `tokens`, `spans`, each span
`{start, end, label}` with label `VERB` (the event) or `LOCATION` (where that event took place; a
sentence may have several, or none when the event's place is not in the sentence).

Each sentence is parsed alone as an English document; for the token of the marked verb, the
English extractor's place choice (`EnglishExtractor.event_place`: the place governed by the act's
verb or noun, its prepositional phrase, an apposition or a parenthesis, never one of another verb,
a destination, a birthplace or a nationality) gives a character span or none. The verb is marked
whatever its type, so the choice is asked of every marked verb, not only of our seven event types.

A sentence is right when the chosen span overlaps a gold LOCATION span, or when there is no gold
LOCATION span and nothing is chosen. `score` is the share of right sentences; per class: sentences
with a gold place (`place`: right when the chosen span overlaps it) and without one (`none`),
per source and per verb. Errors: `wrong place` (another place chosen), `missed` (nothing chosen
where gold has a place), `false place` (a place chosen where gold has none).

The file has no train part: sentences are split by a stable hash of their text into a `tune` half
(read to improve the rules) and a `check` half (only measured); both are reported.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchfloor.errors import BadExport, WatchfloorError

if TYPE_CHECKING:
    from watchfloor.pipeline import Pipeline

CLASSES = ("place", "none")
ERRORS = "event_location_errors.tsv"
PREDICTIONS = "event_location_predictions.jsonl"


@dataclass(frozen=True, slots=True)
class Sentence:
    id: str
    text: str
    verb: tuple[int, int]
    places: tuple[tuple[int, int], ...]  # gold LOCATION spans; empty: the place is not in the sentence
    source: str = ""

    @property
    def gold_class(self) -> str:
        return "place" if self.places else "none"

    @property
    def part(self) -> str:
        """'tune' or 'check', by a stable hash of the text (the file has no train part)."""
        return "tune" if hashlib.sha1(self.text.encode()).digest()[0] % 2 == 0 else "check"


def is_event_location(record: object) -> bool:
    """A record of this format: text, tokens and spans, one of them labelled VERB."""
    if not isinstance(record, dict) or not {"text", "tokens", "spans"} <= record.keys():
        return False
    spans = record.get("spans")
    return isinstance(spans, list) and any(isinstance(s, dict) and s.get("label") == "VERB" for s in spans)


def open_lines(path: Path) -> Iterable[bytes]:
    """The lines of a JSON-lines file, gzip'd or not (by its magic number)."""
    with path.open("rb") as handle:
        magic = handle.read(2)
    if magic == b"\x1f\x8b":
        with gzip.open(path, "rb") as handle:
            yield from handle
    else:
        with path.open("rb") as handle:
            yield from handle


def first_record(path: Path) -> object:
    """The first line of a (gzip'd) JSON-lines file, decoded; None when it is no JSON."""
    try:
        for line in open_lines(path):
            return json.loads(line)
    except (OSError, EOFError, ValueError):
        return None
    return None


def read_event_location(path: Path) -> list[Sentence]:
    """The sentences of an event_location file (see the module docstring); a sentence without a
    VERB span, or with an empty span, cannot be scored and is skipped."""
    out: list[Sentence] = []
    try:
        for number, line in enumerate(open_lines(path), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise BadExport(f"not JSON: {exc}", input=f"{path}:{number}") from exc
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise BadExport("a JSON object with a 'text' string expected", input=f"{path}:{number}")
            spans = [s for s in record.get("spans") or () if isinstance(s, dict)]
            try:
                verbs = [_offsets(record, s) for s in spans if s.get("label") == "VERB"]
                places = tuple(_offsets(record, s) for s in spans if s.get("label") == "LOCATION")
            except (KeyError, TypeError, ValueError, IndexError) as exc:
                raise BadExport(f"a span without integer start and end: {exc}", input=f"{path}:{number}") from exc
            if not verbs or any(b <= a for a, b in verbs + list(places)):
                continue  # no verb, or an empty span (a few exported records have one): cannot be scored
            id_ = str(record.get("_id") or record.get("_task_hash") or number)
            out.append(Sentence(id_, record["text"], verbs[0], places, str(record.get("source") or "")))
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise WatchfloorError(f"cannot read the event_location file: {exc}", input=str(path)) from exc
    return out


def _offsets(record: dict[str, Any], span: dict[str, Any]) -> tuple[int, int]:
    """A span's character offsets. Some exported records give token indices as `start` and `end`
    (they equal `token_start` and `token_end`, and the span's `text` is not at those characters):
    those are read through the tokens."""
    start, end = int(span["start"]), int(span["end"])
    text, said = record["text"], span.get("text")
    if said is None or text[start:end] == said:
        return start, end
    tokens = record.get("tokens") or []
    first, last = span.get("token_start"), span.get("token_end")
    if isinstance(first, int) and isinstance(last, int) and 0 <= first <= last < len(tokens):
        a, b = int(tokens[first]["start"]), int(tokens[last]["end"])
        if text[a:b] == said:
            return a, b
    at = text.find(said)
    return (at, at + len(said)) if at >= 0 else (start, end)


# -- scoring -------------------------------------------------------------------------------------


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"right": self.right, "sentences": self.total, "score": round(self.share, 4)}


@dataclass
class Scores:
    all: Tally = field(default_factory=Tally)
    by_class: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_part: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_source: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_verb: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    errors: Counter[str] = field(default_factory=Counter)


def verdict(sentence: Sentence, chosen: tuple[int, int] | None) -> str:
    """'right', 'wrong place', 'missed' or 'false place'."""
    if chosen is None:
        return "missed" if sentence.places else "right"
    if not sentence.places:
        return "false place"
    hit = any(chosen[0] < end and start < chosen[1] for start, end in sentence.places)
    return "right" if hit else "wrong place"


def score(sentences: Sequence[Sentence], chosen: Sequence[tuple[int, int] | None]) -> Scores:
    out = Scores()
    for sentence, span in zip(sentences, chosen, strict=True):
        what = verdict(sentence, span)
        ok = what == "right"
        verb = sentence.text[sentence.verb[0] : sentence.verb[1]].lower()
        for tally in (out.all, out.by_class[sentence.gold_class], out.by_part[sentence.part],
                      out.by_source[sentence.source], out.by_verb[verb]):  # fmt: skip
            tally.add(ok)
        if not ok:
            out.errors[what] += 1
    return out


# -- the run -------------------------------------------------------------------------------------


@dataclass
class EventLocationResult:
    path: str
    seconds: float
    scores: Scores
    sentences: list[Sentence]
    chosen: list[tuple[int, int] | None]
    out_dir: Path | None = None

    def as_dict(self) -> dict[str, Any]:
        s = self.scores
        return {
            "benchmark": "event_location",
            "path": self.path,
            "sentences": s.all.total,
            "seconds": round(self.seconds, 1),
            "score": round(s.all.share, 4),
            "metric": "share of sentences where the place chosen for the marked verb overlaps a gold LOCATION "
                      "span, or where none is chosen and gold has none",
            "by_class": {c: s.by_class[c].as_dict() for c in CLASSES if c in s.by_class},
            "by_part": {p: s.by_part[p].as_dict() for p in ("tune", "check") if p in s.by_part},
            "errors": dict(s.errors.most_common()),
            "by_source": {k: v.as_dict() for k, v in sorted(s.by_source.items(), key=lambda x: -x[1].total)},
            "by_verb": {k: v.as_dict() for k, v in sorted(s.by_verb.items(), key=lambda x: -x[1].total)[:30]},
        }  # fmt: skip

    def format(self) -> str:
        s = self.scores
        lines = [
            f"event_location: score {s.all.share:.3f} ({s.all.right}/{s.all.total} sentences right) "
            f"({self.path}, {self.seconds:.0f} s)",
            "per class: " + ", ".join(f"{c} {s.by_class[c].share:.3f} ({s.by_class[c].right}/{s.by_class[c].total})"
                                      for c in CLASSES if c in s.by_class),
            "per part:  " + ", ".join(f"{p} {s.by_part[p].share:.3f} ({s.by_part[p].total})"
                                      for p in ("tune", "check") if p in s.by_part),
            "errors:    " + ", ".join(f"{k} {v}" for k, v in s.errors.most_common()),
            "per source: " + ", ".join(f"{k or '?'} {v.share:.3f} ({v.total})"
                                       for k, v in sorted(s.by_source.items(), key=lambda x: -x[1].total)),
            "per verb (most frequent): " + ", ".join(
                f"{k} {v.share:.2f} ({v.total})" for k, v in sorted(s.by_verb.items(), key=lambda x: -x[1].total)[:15]),
        ]  # fmt: skip
        if self.out_dir is not None:
            lines.append(f"\npredictions written to {self.out_dir / PREDICTIONS}, errors to {self.out_dir / ERRORS}")
        return "\n".join(lines)


def choose_places(pipeline: Pipeline, sentences: Sequence[Sentence]) -> list[tuple[int, int] | None]:
    """For every sentence, the character span the English extractor picks as its verb's place."""
    from watchfloor.extract.english import EnglishExtractor
    from watchfloor.model import Document
    from watchfloor.nlp.english import parse_many

    extractor = EnglishExtractor(pipeline.gazetteer, learned=False)
    out: list[tuple[int, int] | None] = []
    items = ((s.text, s) for s in sentences)
    for doc, sentence in parse_many(items, gazetteer=pipeline.gazetteer):
        start, end = sentence.verb
        trig = next((t for t in doc if t.idx < end and start < t.idx + len(t.text)), None)
        if trig is None:
            out.append(None)
            continue
        document = Document(doc_id=sentence.id, text=sentence.text, language="en")
        chosen = extractor.place_of(doc, document, trig)
        out.append(chosen)
    return out


def run(path: Path, pipeline: Pipeline, *, out_dir: Path | None = None) -> EventLocationResult:
    """Read, choose and score (see the module docstring); with `out_dir`, write every sentence's
    choice (`event_location_predictions.jsonl`) and the errors (`event_location_errors.tsv`)."""
    path = Path(path)
    if not path.is_file():
        raise WatchfloorError("no event_location file here (JSON lines, gzip'd or not, expected)", input=str(path))
    sentences = read_event_location(path)
    if not sentences:
        raise BadExport("no sentence with a VERB span", input=str(path))
    started = time.perf_counter()
    chosen = choose_places(pipeline, sentences)
    seconds = time.perf_counter() - started
    result = EventLocationResult(str(path), seconds, score(sentences, chosen), sentences, chosen, out_dir)
    if out_dir is not None:
        write_predictions(out_dir, sentences, chosen)
    return result


def write_predictions(out_dir: Path, sentences: Sequence[Sentence], chosen: Sequence[tuple[int, int] | None]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    records, rows = [], ["verdict\tid\tpart\tverb\tchosen\tgold\ttext"]
    for sentence, span in zip(sentences, chosen, strict=True):
        what = verdict(sentence, span)
        text = sentence.text
        records.append({"id": sentence.id, "part": sentence.part, "verdict": what,
                        "chosen": list(span) if span else None, "gold": [list(p) for p in sentence.places]})  # fmt: skip
        if what != "right":
            verb = text[sentence.verb[0] : sentence.verb[1]]
            picked = text[span[0] : span[1]] if span else ""
            gold = " | ".join(text[a:b] for a, b in sentence.places)
            rows.append("\t".join([what, sentence.id, sentence.part, verb, picked, gold, " ".join(text.split())]))
    (out_dir / PREDICTIONS).write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    (out_dir / ERRORS).write_text("\n".join(rows) + "\n", "utf-8")
