"""NEREL (Russian Wikinews with nested entities, EVENT spans and relations): entity and event scores.

A NEREL folder (one split, e.g. `NEREL-v1.1/dev`) holds brat standoff pairs `<doc>.txt` +
`<doc>.ann`: `T` lines are entities (`Tn<TAB>TYPE start end<TAB>text`, nested; a discontinuous
one has `;` between its pieces), `R` lines relations (`Rn<TAB>TYPE Arg1:Tx Arg2:Ty`), `N` lines
Wikidata links (not used). Every text is read as Russian, with no publication date (NEREL gives
none).

Headline (`score`): micro F1 of the entity layer (`watchfloor.extract.entities`, the output of
`watchfloor entities`) on the NEREL types watchfloor produces, exact span and mapped type:

    PERSON → Person; ORGANIZATION → Organisation; COUNTRY, CITY, STATE_OR_PROVINCE, DISTRICT,
    LOCATION → Location; NATIONALITY → Nationality; DATE → Temporal; NUMBER → Quantity

Gold entities of other types (PROFESSION, EVENT, AGE, MONEY, FACILITY, …) are left out; a
prediction is scored only when its type is one of the six (Money, Weapon and the like are not
NEREL's). Discontinuous gold entities are left out (a flat span cannot match them). Nested gold
entities all count: "полиция Казани" is an Organisation and "Казани" a Location.

Beside it, **bare natasha** on the same documents: natasha's NER spans (PER, ORG, LOC) as Person,
Organisation and Location, scored the same way on those three types (`natasha`), with ours on the
same three types (`ours_on_natasha_types`) for the comparison.

**Events.** NEREL's EVENT spans are untyped; the ones that are acts of our types are found by
their words (the stems of `ACT_STEMS` below, chosen from what the words mean, not from our
extractor's lexicon, so that missing triggers show as misses). For each such gold act:

- *found*: a watchfloor event of that type whose evidence (or a later sentence joined to it)
  covers the EVENT span;
- on found acts: *participants* — a gold PARTICIPANT_IN or AGENT argument shares a word stem
  with our agent, targets, perpetrators or victims; *place* — a TAKES_PLACE_IN argument shares
  a word stem with our location's text, or names the same country; *time* — a POINT_IN_TIME
  argument resolves to our date (at the precision the argument states). Each is a rate over the
  found acts that have such a gold argument.

Word stems: the first five letters of a word of four or more letters, lower case, ё as е (Russian
inflects: "Москве" and "Москва" share "москв").
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchfloor.errors import BadExport, WatchfloorError
from watchfloor.evaluate import PRF
from watchfloor.external.common import extract_guarded
from watchfloor.model import Document, Entity, Event

if TYPE_CHECKING:
    from watchfloor.extract.entities import EntityExtractor
    from watchfloor.pipeline import Pipeline

TYPE_MAP = {
    "PERSON": "Person", "ORGANIZATION": "Organisation", "COUNTRY": "Location", "CITY": "Location",
    "STATE_OR_PROVINCE": "Location", "DISTRICT": "Location", "LOCATION": "Location",
    "NATIONALITY": "Nationality", "DATE": "Temporal", "NUMBER": "Quantity",
}  # fmt: skip
SCORED = ("Person", "Organisation", "Location", "Nationality", "Temporal", "Quantity")
NATASHA = {"PER": "Person", "ORG": "Organisation", "LOC": "Location"}
PREDICTIONS = "nerel_predictions.jsonl"

# Stems of the words that name an act of one of our types (lower case, ё as е), matched at the
# start of any word of an EVENT span. Chosen by meaning; broader than the extractor's lexicon.
ACT_STEMS: dict[str, tuple[str, ...]] = {
    "ARREST": ("задерж", "арест", "задержан", "поймал", "схвати", "взят под страж", "взяли под страж",
               "заключ под страж", "помещ под страж", "задержив"),
    "DEPORT": ("депорт", "выдвор", "высла", "выслан", "высыл", "экстрадир", "экстрадиц", "выдал", "выдан",
               "выдач"),
    "ENTRY_BAN": ("запрет на въезд", "запретили въезд", "запрещен въезд", "не пустил", "невъездн"),
    "ATTACK": ("напал", "нападен", "атак", "взрыв", "теракт", "обстрел", "стрельб", "перестрел", "расстрел",
               "застрел", "убил", "убий", "бой", "боя", "боев", "бомбард", "авиаудар", "подрыв",
               "избил", "избиен", "ранил", "ранен", "штурм", "покушен", "зарезал"),
    "CHARGE": ("обвин", "приговор", "осужд", "осуди", "осужден", "возбуд", "предъяв", "судим", "лишен свобод",
               "лишил свобод"),
    "TAKEDOWN": ("заблокир", "блокир", "блокиров", "удалил", "удален"),
}  # fmt: skip
EVENT_ROLES = {"PARTICIPANT_IN": "participants", "AGENT": "participants", "TAKES_PLACE_IN": "place",
               "POINT_IN_TIME": "time"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Mention:
    id: str
    type: str
    start: int
    end: int
    text: str
    pieces: int = 1  # more than 1: a discontinuous entity


@dataclass(slots=True)
class NerelDocument:
    doc_id: str
    text: str
    mentions: dict[str, Mention]
    relations: list[tuple[str, str, str]]  # (type, Arg1 id, Arg2 id)

    def gold_spans(self) -> set[Span]:
        return {(self.doc_id, m.start, m.end, TYPE_MAP[m.type]) for m in self.mentions.values()
                if m.type in TYPE_MAP and m.pieces == 1}  # fmt: skip


Span = tuple[str, int, int, str]  # document id, start, end, our type


def read_nerel(folder: Path) -> list[NerelDocument]:
    """Every `<doc>.txt` with its `<doc>.ann` in a folder, sorted by name."""
    pairs = [
        (t, t.with_suffix(".ann")) for t in sorted(folder.glob("*.txt")) if t.with_suffix(".ann").is_file()
    ]
    if not pairs:
        raise WatchfloorError("no NEREL documents (<doc>.txt beside <doc>.ann) found", input=str(folder))
    return [read_document(t, a) for t, a in pairs]


def read_document(txt: Path, ann: Path) -> NerelDocument:
    try:
        text = txt.read_text("utf-8")
        lines = ann.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadExport(f"cannot read: {exc}", input=str(ann)) from exc
    mentions: dict[str, Mention] = {}
    relations: list[tuple[str, str, str]] = []
    for number, line in enumerate(lines, 1):
        if line.startswith("T"):
            fields = line.split("\t")
            try:
                kind, where = fields[1].split(" ", 1)
                pieces = [tuple(int(x) for x in piece.split()) for piece in where.split(";")]
                start, end = pieces[0][0], pieces[-1][1]
            except (IndexError, ValueError) as exc:
                raise BadExport(f"line {number}: not a brat entity line ({exc})", input=str(ann)) from exc
            if not 0 <= start < end <= len(text):
                raise BadExport(f"line {number}: offsets {start}-{end} outside the text", input=str(ann))
            mentions[fields[0]] = Mention(fields[0], kind, start, end, text[start:end], len(pieces))
        elif line.startswith("R"):
            parts = line.split("\t")[1].split() if "\t" in line else []
            if len(parts) != 3 or not parts[1].startswith("Arg1:") or not parts[2].startswith("Arg2:"):
                raise BadExport(f"line {number}: not a brat relation line", input=str(ann))
            relations.append((parts[0], parts[1][5:], parts[2][5:]))
    return NerelDocument(txt.stem, text, mentions, relations)


# -- entities -------------------------------------------------------------------------------------


@dataclass
class EntityScores:
    micro: PRF = field(default_factory=PRF)
    by_type: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))

    def add(self, gold: set[Span], predicted: set[Span], types: Iterable[str]) -> None:
        for t in types:
            g = {s for s in gold if s[3] == t}
            p = {s for s in predicted if s[3] == t}
            prf = PRF(len(g & p), len(p - g), len(g - p))
            self.by_type[t].add(prf)
            self.micro.add(prf)

    def as_dict(self) -> dict[str, Any]:
        return {
            "micro": self.micro.as_dict(),
            "by_type": {t: p.as_dict() for t, p in sorted(self.by_type.items())},
        }


# -- events ---------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def act_type(span_text: str) -> str | None:
    """Our event type of a NEREL EVENT span, by its words (None: not an act of ours)."""
    # a reflexive verb is not an act on another ("застрелился", "ударился")
    words = [w for w in _WORD.findall(_fold(span_text)) if not w.endswith(("ся", "сь"))]
    joined = " ".join(words)
    for etype, stems in ACT_STEMS.items():
        for stem in stems:
            if " " in stem:
                if stem in joined:
                    return etype
            elif any(
                w.startswith(stem) and (len(stem) > 3 or w == stem or len(w) <= len(stem) + 2) for w in words
            ):
                return etype
    return None


def stems(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in _WORD.findall(_fold(text)) if len(w) >= 4)


@dataclass
class EventScores:
    acts: Counter[str] = field(default_factory=Counter)  # gold acts by type
    found: Counter[str] = field(default_factory=Counter)
    roles: dict[str, list[int]] = field(
        default_factory=lambda: {r: [0, 0] for r in ("participants", "place", "time")}
    )

    def add(self, other: EventScores) -> None:
        self.acts.update(other.acts)
        self.found.update(other.found)
        for role, (right, total) in other.roles.items():
            self.roles[role][0] += right
            self.roles[role][1] += total

    def as_dict(self) -> dict[str, Any]:
        n, f = sum(self.acts.values()), sum(self.found.values())
        return {
            "acts": n, "found": f, "found_rate": round(f / n, 4) if n else None,
            "by_type": {t: {"acts": self.acts[t], "found": self.found[t]} for t in sorted(self.acts)},
            "on_found": {r: {"right": a, "of": b, "rate": round(a / b, 4) if b else None}
                         for r, (a, b) in self.roles.items()},
        }  # fmt: skip


def _covers(event: Event, start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in event.evidence_spans)


def _people(event: Event) -> list[str]:
    out = [event.agent.text] if event.agent is not None and event.agent.text else []
    return out + [t.text for t in event.targets if t.text] + list(event.perpetrators) + list(event.victims)


def _place_right(event: Event, gold: Mention) -> bool:
    from watchfloor.normalize.nationality import country_code

    loc = event.location
    if loc is None:
        return False
    if loc.text and stems(loc.text) & stems(gold.text):
        return True
    return bool(loc.country) and country_code(gold.text) == loc.country


def _time_right(event: Event, gold: Mention) -> bool:
    from watchfloor.normalize.dates import resolve_date

    value = resolve_date(gold.text, None, "ru")
    if value is None or value.date is None or event.date is None:
        return False
    g, p = value.date, event.date
    if value.precision == "year":
        return g.year == p.year
    if value.precision in ("month", "week"):
        return (g.year, g.month) == (p.year, p.month)
    return g == p


def score_events(doc: NerelDocument, events: Sequence[Event]) -> tuple[EventScores, list[dict[str, Any]]]:
    out = EventScores()
    verdicts: list[dict[str, Any]] = []
    args: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for kind, a1, a2 in doc.relations:
        role = EVENT_ROLES.get(kind)
        if role is None or a1 not in doc.mentions or a2 not in doc.mentions:
            continue
        event_id, other = (a2, a1) if role == "participants" else (a1, a2)
        args[event_id][role].append(doc.mentions[other])
    for m in doc.mentions.values():
        if m.type != "EVENT":
            continue
        etype = act_type(m.text)
        if etype is None:
            continue
        out.acts[etype] += 1
        mine = [e for e in events if e.type == etype and _covers(e, m.start, m.end)]
        verdict: dict[str, Any] = {
            "type": etype,
            "span": [m.start, m.end],
            "text": m.text,
            "found": bool(mine),
        }
        if mine:
            out.found[etype] += 1
            for role, gold in args[m.id].items():
                if role == "participants":
                    ours = [stems(t) for e in mine for t in _people(e)]
                    right = any(stems(g.text) & o for g in gold for o in ours)
                elif role == "place":
                    right = any(_place_right(e, g) for e in mine for g in gold)
                else:
                    right = any(_time_right(e, g) for e in mine for g in gold)
                out.roles[role][1] += 1
                out.roles[role][0] += int(right)
                verdict[role] = right
        verdicts.append(verdict)
    return out, verdicts


# -- running --------------------------------------------------------------------------------------


@dataclass
class NerelResult:
    path: str
    documents: int
    seconds: float
    ours: EntityScores
    natasha: EntityScores
    ours_on_natasha_types: EntityScores
    events: EventScores
    failed: list[tuple[str, str]] = field(default_factory=list)
    out_dir: Path | None = None

    @property
    def score(self) -> float:
        return self.ours.micro.f1

    def as_dict(self) -> dict[str, Any]:
        return {
            "benchmark": "nerel", "path": self.path, "documents": self.documents, "seconds": round(self.seconds, 1),
            "score": round(self.score, 4),
            "entities": self.ours.as_dict(),
            "natasha": self.natasha.as_dict(),
            "ours_on_natasha_types": self.ours_on_natasha_types.as_dict(),
            "events": self.events.as_dict(),
            "failed_documents": [{"doc_id": d, "error": e} for d, e in self.failed],
        }  # fmt: skip

    def format(self) -> str:
        def row(label: str, prf: PRF) -> str:
            return (f"{label:<24} {prf.tp + prf.fn:>6} {prf.tp + prf.fp:>6}  "
                    f"{prf.precision:5.3f} {prf.recall:5.3f} {prf.f1:5.3f}")  # fmt: skip

        head = f"{'':<24} {'gold':>6} {'pred':>6}  {'P':>5} {'R':>5} {'F1':>5}"
        lines = [f"NEREL {self.path}: {self.documents} documents, {self.seconds:.1f} s", "",
                 f"score (entity micro F1, exact span and mapped type): {self.score:.3f}", "", "watchfloor", head]  # fmt: skip
        lines += [row(t, self.ours.by_type[t]) for t in SCORED if t in self.ours.by_type]
        lines += [row("micro", self.ours.micro), "", "on natasha's types", head]
        for t in NATASHA.values():
            lines.append(row(f"{t}: ours", self.ours_on_natasha_types.by_type[t]))
            lines.append(row(f"{t}: bare natasha", self.natasha.by_type[t]))
        lines += [
            row("micro: ours", self.ours_on_natasha_types.micro),
            row("micro: bare natasha", self.natasha.micro),
        ]
        ev = self.events.as_dict()
        lines += ["", f"EVENT spans that are acts of our types: {ev['acts']}, found {ev['found']}"
                      + (f" ({ev['found_rate']:.3f})" if ev["found_rate"] is not None else "")]  # fmt: skip
        lines += [f"  {t:<10} {v['found']:>4} / {v['acts']}" for t, v in ev["by_type"].items()]
        for role, v in ev["on_found"].items():
            rate = f"{v['rate']:.3f}" if v["rate"] is not None else "-"
            lines.append(f"  on found acts, {role:<12} {v['right']:>4} / {v['of']:<4} {rate}")
        lines += [f"failed document {d}: {e}" for d, e in self.failed]
        if self.out_dir is not None:
            lines.append(f"\npredictions written to {self.out_dir / PREDICTIONS}")
        return "\n".join(lines)


def _entities(
    extractor: EntityExtractor, docs: Sequence[NerelDocument], failed: list[tuple[str, str]]
) -> Iterator[tuple[list[Entity], list[Span]]]:
    """Per document: our entities and bare natasha's spans, from one natasha parse."""
    from watchfloor.nlp.russian import parse_many

    for rdoc, n in parse_many(((d.text, n) for n, d in enumerate(docs)), syntax=False):
        doc = docs[n]
        bare = [(doc.doc_id, s.start, s.stop, NATASHA[s.type]) for s in rdoc.spans if s.type in NATASHA]
        try:
            yield extractor.from_natasha(rdoc), bare
        except Exception as exc:  # one bad document must not stop the benchmark
            failed.append((doc.doc_id, f"{type(exc).__name__}: {exc}"))
            yield [], bare


def run(path: Path, pipeline: Pipeline, *, out_dir: Path | None = None, events: bool = True) -> NerelResult:
    """Score the entity layer and the event extractor on a NEREL split folder; with `out_dir`,
    write each document's entities, events and act verdicts to `nerel_predictions.jsonl`."""
    from watchfloor.extract.entities import EntityExtractor

    path = Path(path)
    if not path.is_dir():
        raise WatchfloorError("no NEREL folder here (<doc>.txt beside <doc>.ann expected)", input=str(path))
    docs = read_nerel(path)
    started = time.perf_counter()
    failed: list[tuple[str, str]] = []
    extractor = EntityExtractor(pipeline.gazetteer)
    ours, bare, ours3 = EntityScores(), EntityScores(), EntityScores()
    found: list[list[Entity]] = []
    for doc, (entities, natasha) in zip(docs, _entities(extractor, docs, failed), strict=True):
        gold = doc.gold_spans()
        predicted = {(doc.doc_id, e.start, e.end, e.type) for e in entities if e.type in SCORED}
        ours.add(gold, predicted, SCORED)
        ours3.add(gold, predicted, NATASHA.values())
        bare.add(gold, set(natasha), NATASHA.values())
        found.append(entities)
    scores = EventScores()
    records: list[dict[str, Any]] = []
    documents = [Document(doc_id=d.doc_id, text=d.text, language="ru") for d in docs]
    extractions = extract_guarded(pipeline, documents, failed) if events else iter(())
    for n, (_, extraction) in enumerate(extractions):
        mine, verdicts = score_events(docs[n], extraction.events)
        scores.add(mine)
        if out_dir is not None:
            records.append({"doc_id": docs[n].doc_id, "entities": [e.to_dict() for e in found[n]],
                            "events": [e.to_gold() for e in extraction.events], "acts": verdicts})  # fmt: skip
    seconds = time.perf_counter() - started
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / PREDICTIONS).write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8"
        )
    return NerelResult(str(path), len(docs), seconds, ours, bare, ours3, scores, failed, out_dir)
