"""MUC-4 terrorism role fillers (GRIT processing), scored with CEAF-REE.

The file is JSON lines: {"docid", "doctext" (lower-cased, line breaks flattened), "extracts":
{role: [entity: [[mention, offset], ...]]}}. watchfloor's ATTACK events give the fillers:

    PerpInd  perpetrators          Target  objects          Weapon  weapons
    PerpOrg  the group (affiliation, as the text names it)  Victim  victims with a name

The metric is the GRIT script's strict CEAF-REE: per document and role, a one-to-one alignment
of predicted to gold entities (Hungarian), where a predicted entity matches when every one of
its mentions is among a gold entity's aliases; sums run over documents, micro over roles.
"""

from __future__ import annotations

import json
import re
import string
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchfloor.errors import BadExport, WatchfloorError
from watchfloor.model import Document, Event, Extraction
from watchfloor.normalize.groups import find_groups

if TYPE_CHECKING:
    from watchfloor.pipeline import Pipeline

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
Fillers = dict[str, list[list[str]]]  # role → entities → mention strings


@dataclass(frozen=True, slots=True)
class MucDocument:
    docid: str
    text: str
    gold: Fillers


@dataclass(slots=True)
class RoleScore:
    """Sums of one role: matched similarity, predicted and gold entity counts."""

    matched: float = 0.0
    predicted: int = 0
    gold: int = 0

    def add(self, other: RoleScore) -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4),
                "matched": self.matched, "predicted": self.predicted, "gold": self.gold}  # fmt: skip


@dataclass(slots=True)
class Muc4Result:
    path: str
    documents: int
    seconds: float
    roles: dict[str, RoleScore] = field(default_factory=dict)

    @property
    def micro(self) -> RoleScore:
        total = RoleScore()
        for score in self.roles.values():
            total.add(score)
        return total

    def as_dict(self) -> dict[str, Any]:
        return {
            "benchmark": "muc4",
            "metric": "CEAF-REE strict",
            "path": self.path,
            "documents": self.documents,
            "seconds": round(self.seconds, 1),
            "roles": {role: score.as_dict() for role, score in self.roles.items()},
            "micro": self.micro.as_dict(),
        }

    def format(self) -> str:
        lines = [f"MUC-4 role fillers, CEAF-REE strict: {self.documents} documents ({self.path}, {self.seconds:.0f} s)",
                 f"{'role':<10}{'P':>8}{'R':>8}{'F1':>8}{'matched':>9}{'pred':>6}{'gold':>6}"]  # fmt: skip
        for role, score in [*self.roles.items(), ("micro", self.micro)]:
            lines.append(
                f"{role:<10}{score.precision:8.3f}{score.recall:8.3f}{score.f1:8.3f}"
                f"{score.matched:9.0f}{score.predicted:6d}{score.gold:6d}"
            )
        return "\n".join(lines)


# -- reading -------------------------------------------------------------------------------------


def read_muc4(path: Path) -> list[MucDocument]:
    """The documents of a GRIT JSON-lines file, with their gold fillers (mention strings only)."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchfloorError(f"cannot read the MUC-4 file: {exc}", input=str(path)) from exc
    out: list[MucDocument] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise BadExport(f"not JSON: {exc}", input=where) from exc
        if not isinstance(record, dict) or not isinstance(record.get("docid"), str) or not isinstance(
            record.get("doctext"), str
        ):
            raise BadExport("a MUC-4 line needs a string 'docid' and 'doctext'", input=where)
        extracts = record.get("extracts") or {}
        if not isinstance(extracts, dict):
            raise BadExport("'extracts' must be an object of roles", input=where)
        gold: Fillers = {}
        for role in ROLES:
            entities = extracts.get(role) or []
            try:
                gold[role] = [[str(_mention_text(m)) for m in entity] for entity in entities]
            except (TypeError, IndexError) as exc:
                raise BadExport(f"bad {role} entity: {exc}", input=where) from exc
        out.append(MucDocument(record["docid"], record["doctext"], gold))
    return out


def _mention_text(mention: Any) -> str:
    """A gold mention is [string, offset]; a bare string (as in predictions) is accepted too."""
    if isinstance(mention, str):
        return mention
    if isinstance(mention, list) and mention and isinstance(mention[0], str):
        return mention[0]
    raise TypeError(f"mention {mention!r} is neither a string nor [string, offset]")


def grit_id(docid: str) -> str:
    """The numeric id GRIT's eval.py keys predictions by: TST3-MUC4-0012 → "30012"."""
    head, _, rest = docid.partition("-")
    number = docid.rsplit("-", 1)[-1]
    if not head[-1:].isdigit() or not number.isdigit() or not rest:
        return docid  # DEV-MUC3-… has no such id
    return str(int(head[-1]) * 10000 + int(number))


# -- the metric ----------------------------------------------------------------------------------

_PUNCT = str.maketrans("", "", string.punctuation)
_ARTICLES = re.compile(r"\b(?:a|an|the)\b")


def normalise(text: str) -> str:
    """GRIT's normalisation: lower-case, no ASCII punctuation, no a/an/the, single spaces."""
    return " ".join(_ARTICLES.sub(" ", text.lower().translate(_PUNCT)).split())


def score_role(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> RoleScore:
    """One document's role: the best one-to-one alignment of predicted to gold entities, where a
    predicted entity matches a gold one when all its mentions are among the gold aliases."""
    from scipy.optimize import linear_sum_assignment

    score = RoleScore(predicted=len(predicted), gold=len(gold))
    if not gold or not predicted:
        return score
    gold_sets = [{normalise(m) for m in entity} for entity in gold]
    pred_sets = [{normalise(m) for m in entity} for entity in predicted]
    similarity = [[1.0 if p <= g else 0.0 for p in pred_sets] for g in gold_sets]
    rows, cols = linear_sum_assignment(similarity, maximize=True)
    score.matched = float(sum(similarity[r][c] for r, c in zip(rows, cols, strict=True)))
    return score


def score(gold: Mapping[str, Fillers], predicted: Mapping[str, Fillers]) -> dict[str, RoleScore]:
    """Per-role sums over every gold document (a document with no prediction predicts nothing)."""
    totals = {role: RoleScore() for role in ROLES}
    for docid, fillers in gold.items():
        mine = predicted.get(docid, {})
        for role in ROLES:
            totals[role].add(score_role(fillers.get(role, []), mine.get(role, [])))
    return totals


# -- from watchfloor's events to fillers ---------------------------------------------------------


def fillers_of(extraction: Extraction, text: str) -> Fillers:
    """The document's role fillers, pooled over its ATTACK events (as GRIT pools templates): one
    entity per distinct string, the group named as the text names it."""
    # planned attacks count: MUC-4 keys threats too (stage of execution THREATENED)
    attacks = [e for e in extraction.events if e.type == "ATTACK" and not _combat(e)]
    out: Fillers = {role: [] for role in ROLES}
    for event in attacks:
        _add(out["PerpInd"], event.perpetrators)
        _add(out["Target"], [o for o in event.objects if not set(normalise(o).split()) & ARMED_TARGETS], same=_kind)
        _add(out["Victim"], [v for v in event.victims if _is_name(v)])
        _add(out["Weapon"], event.weapons)  # "bomb" and "bombs" are often two fillers (two incidents)
    codes = {e.affiliation for e in attacks if e.affiliation}
    if attacks and not codes and not any(_state_force(e) for e in attacks):
        # no act names its group and none is the army's: the story's only group did them
        named = {code for _, _, code in find_groups(_cased(text), "en")}
        codes = named if len(named) == 1 else codes
    _add(out["PerpOrg"], _group_names(text, codes))
    _add(out["PerpOrg"], [force for e in attacks if (force := _state_force(e)) is not None])
    _add(out["PerpOrg"], [force for e in attacks for p in e.perpetrators if (force := _force_of(p)) is not None])
    out["Victim"] = _longest_names(out["Victim"])
    return out


def _longest_names(entities: list[list[str]]) -> list[list[str]]:
    """A person told in full and later by part of the name ("jose antonio rodriguez porth",
    "rodriguez porth") is one entity: keep the full name, which is the one the keys list."""
    words = [normalise(e[0]).split() for e in entities]

    def within(short: list[str], long: list[str]) -> bool:
        n = len(short)
        return 0 < n < len(long) and any(long[i : i + n] == short for i in range(len(long) - n + 1))

    return [e for e, w in zip(entities, words, strict=True) if not any(within(w, other) for other in words)]


def _force_of(perpetrator: str) -> str | None:
    """'members of the armed forces' are people of an organisation, the armed forces."""
    head, of, owner = perpetrator.lower().rpartition(" of ")
    words = owner.split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    phrase = " ".join(words)
    return phrase if head and any(phrase.endswith(force) for force in STATE_FORCES) else None


STATE_FORCES = ("armed forces", "army", "military", "air force", "navy", "national guard", "police", "death squads")


def _state_force(event: Event) -> str | None:
    """An attack by a state's forces names them as the perpetrating organisation ("the army")."""
    agent = event.agent
    if agent is None or not agent.text or agent.sector not in ("MIL", "POL"):
        return None
    words = agent.text.lower().split()
    while words and words[0] in ("the", "a", "an", "its", "their"):
        words = words[1:]
    phrase = " ".join(words)
    return phrase if any(phrase.endswith(force) for force in STATE_FORCES) else None


MILITARY_WORDS = frozenset(
    {"army", "military", "troops", "soldiers", "soldier", "battalion", "brigade", "convoy", "patrol", "patrols",
     "garrison", "barracks", "unit", "units", "helicopter", "helicopters", "gunship", "aircraft", "plane", "planes",
     "position", "positions", "post", "posts", "outpost", "base", "navy", "forces"}
)  # fmt: skip
# Objects that belong to the armed forces: MUC-4 keys them as targets only exceptionally.
ARMED_TARGETS = frozenset(
    {"army", "military", "patrol", "patrols", "troops", "battalion", "brigade", "convoy", "garrison", "barracks",
     "helicopter", "helicopters", "gunship", "unit", "units"}
)  # fmt: skip
COMBAT_WORDS = frozenset({"clash", "clashes", "clashed", "combat", "combats", "fighting", "skirmish", "battle"})


def _combat(event: Event) -> bool:
    """MUC-4 keys terrorism, not war: fighting between armed forces and guerrillas, or an attack
    whose only targets are military, fills no template."""
    words = set(normalise(event.evidence.text).split())
    if words & COMBAT_WORDS and not (event.objects or event.victims):
        return True
    targets = [*event.objects, *event.victims]
    return bool(targets) and all(set(normalise(t).split()) & MILITARY_WORDS for t in targets)


def _add(entities: list[list[str]], strings: Iterable[str], same: Callable[[str], str] = normalise) -> None:
    """One entity per distinct string, or per `same` key (a predicted entity with several strings
    would have to match all of them, so a second wording of one thing is left out)."""
    seen = {same(e[0]) for e in entities}
    for value in strings:
        key = same(value)
        if key and key not in seen:
            seen.add(key)
            entities.append([value.lower()])


def _kind(phrase: str) -> str:
    """'bomb', 'bombs', 'powerful bomb' are one weapon in a report; 'offices', 'the offices of
    the council' one target: the head noun, singular."""
    words = normalise(phrase.split(" of ")[0]).split()
    head = words[-1] if words else ""
    return head[:-1] if head.endswith("s") and len(head) > 3 and not head.endswith("ss") else head


def _is_name(victim: str) -> bool:
    """MUC-4's Victim role holds named people only: a victim written with a capital (after
    truecasing) that is not a count or a description ("two Peasants" is not a name)."""
    words = victim.split()
    return bool(words) and all(w[:1].isupper() or w.lower() in ("de", "del", "la", "y") for w in words)


def _cased(text: str) -> str:
    from watchfloor.nlp.truecase import truecase

    return truecase(text)


def _group_names(text: str, codes: set[str]) -> list[str]:
    """The first way the text names each group (the GRIT keys list a name and its acronym as
    aliases of one entity, so either matches)."""
    if not codes:
        return []
    found: dict[str, str] = {}
    cased = _cased(text)
    for start, end, code in find_groups(cased, "en"):
        if code in codes and code not in found:
            found[code] = text[start:end]
    return list(found.values())


def _documents(docs: Sequence[MucDocument]) -> Iterator[Document]:
    for doc in docs:
        yield Document(doc_id=doc.docid, text=doc.text, language="en")


def run(path: Path, pipeline: Pipeline, *, out_dir: Path | None = None) -> Muc4Result:
    """Extract from every document of a GRIT file and score the fillers against its keys; with
    `out_dir`, write the predictions (GRIT's `pred_extracts` shape, keyed by docid)."""
    path = Path(path)
    if not path.is_file():
        raise WatchfloorError("no MUC-4 file here (GRIT JSON lines expected)", input=str(path))
    docs = read_muc4(path)
    started = time.perf_counter()
    predicted: dict[str, Fillers] = {}
    for document, extraction in pipeline.extract_many(_documents(docs)):
        predicted[document.doc_id] = fillers_of(extraction, document.text)
    seconds = time.perf_counter() - started
    result = Muc4Result(str(path), len(docs), seconds, score({d.docid: d.gold for d in docs}, predicted))
    if out_dir is not None:
        write_predictions(out_dir, docs, predicted)
    return result


def write_predictions(out_dir: Path, docs: Sequence[MucDocument], predicted: Mapping[str, Fillers]) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "muc4_predictions.json"
    payload = {
        d.docid: {"grit_id": grit_id(d.docid), "pred_extracts": predicted.get(d.docid, {r: [] for r in ROLES})}
        for d in docs
    }
    target.write_text(json.dumps(payload, indent=1) + "\n", "utf-8")
    return target
