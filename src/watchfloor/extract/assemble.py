"""From per-clause candidates to a document's events and aggregates (language-independent).

A candidate that sums other candidates of the same type ("seven Russians in the past week" after
"two Russians … and five more …") is an aggregate covering them, never a further event. A
statistic ("since 2014 about 1,500 people have been deported") is an aggregate that covers
nothing in the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from watchfloor.extract.about import classify
from watchfloor.extract.coref import join_continuations
from watchfloor.extract.draft import Draft
from watchfloor.extract.statistics import is_statistic
from watchfloor.model import Agent, Aggregate, Document, Event, Evidence

MAX_SUBSET = 6


# Who acts when the text names no one: a state's police arrest, its government deports, courts
# charge; an attack by no named side is an armed group's (ACLED's "unidentified armed group").
DEFAULT_SECTOR = {"ARREST": "POL", "DEPORT": "GOV", "ENTRY_BAN": "GOV", "CHARGE": "JUD", "TAKEDOWN": "OTH"}


def _default_agent(draft: Draft[Any, Any]) -> Agent | None:
    if draft.type == "ATTACK":
        return Agent(text=None, country=None, sector="REB/INS")
    here = draft.location.country if draft.location else None
    if here is None or draft.type not in DEFAULT_SECTOR:
        return None
    return Agent(text=None, country=here, sector=DEFAULT_SECTOR[draft.type])


def event_of(draft: Draft[Any, Any], evidence: Evidence) -> Event:
    """The record of a finished draft (ids are given by `assemble`)."""
    date_value = draft.date
    return Event(
        id="",
        type=draft.type,
        evidence=evidence,
        date=date_value.date if date_value else None,
        date_precision=date_value.precision if date_value and date_value.date else "unknown",
        reported=draft.reported,
        agent=draft.agent or _default_agent(draft),
        targets=draft.targets,
        total=draft.total,
        total_min=draft.total_min,
        killed=draft.killed,
        wounded=draft.wounded,
        weapon=draft.weapon,
        location=draft.location,
        destination=draft.destination or _home(draft),
        affiliation=draft.affiliation,
        attribution=draft.attribution,
        modality=draft.modality,
    )


def _home(draft: Draft[Any, Any]) -> str | None:
    """Deportees go home unless the text says otherwise: one nationality gives the destination."""
    if draft.type != "DEPORT":
        return None
    nationalities = {t.nationality for t in draft.targets if t.nationality}
    return nationalities.pop() if len(nationalities) == 1 else None


@dataclass(slots=True)
class Candidate:
    event: Event
    sentence: int
    aggregate_cue: bool = False  # "so far", "since 2014", "in the past week", "a total of" …
    statistic_cue: bool = False  # cues that only statistics carry ("since", "so far", "to date")
    date_strong: bool = False  # the date is attached to the trigger's own clause
    perfect: bool = False  # "have been deported", "have travelled": a running tally
    figure: int | None = None  # the number stated ("about 1,500"): an aggregate's total
    refers_back: bool = False  # "the attack", "the men", "they": a continuation of an act told
    one_act: bool = False  # told as one act: of people told before ("captured them"), or by a singular act noun ("the arrest of 20 men")
    spread: bool = False  # told over a whole country or many places ("across the country")
    casualties_only: bool = False  # an attack known only by its toll ("40 were hurt")
    bare_toll: bool = False  # only a definite toll noun ("the injured", "the dead"): no act, no figure
    sex: str | None = None  # "m" or "f": the one person acted on is told as a man or a woman
    retold: bool = False  # told in reported speech as done before ("IS said its men had blown themselves up")
    toll_risen: bool = False  # its killed or wounded figure is a toll that rose since first told
    notes: list[str] = field(default_factory=list)


def assemble(
    candidates: list[Candidate], document: Document | None = None, cased: str | None = None
) -> tuple[list[Event], list[Aggregate]]:
    """The document's events and aggregates; each event says what it is about (extract/about.py,
    read on `cased`, the text with its capitals restored, where one was made)."""
    candidates = join_continuations(candidates)  # one happening, one event
    # "the injured were taken to hospital" with no act to join and no figure: nothing of its own
    candidates = [c for c in candidates if not (c.bare_toll and c.event.killed is None and c.event.wounded is None)]
    aggregate_of: dict[int, list[int]] = {}
    by_total = sorted(
        (i for i, c in enumerate(candidates) if c.event.total and c.event.total >= 2),
        key=lambda i: -(candidates[i].event.total or 0),
    )
    for i in by_total:
        parts = _summands(i, candidates, aggregate_of)
        if parts is not None:
            aggregate_of[i] = parts
    for i, cand in enumerate(candidates):
        if i not in aggregate_of and is_statistic(cand):
            aggregate_of[i] = []
    _retellings_to_the_act(candidates, aggregate_of)
    subsumed = _subsumed(candidates, aggregate_of)

    for i, parts in aggregate_of.items():
        _inherit(candidates[i].event, [candidates[p].event for p in parts])

    events: list[Event] = []
    local_id: dict[int, str] = {}
    for i, cand in enumerate(candidates):
        if i in aggregate_of or i in subsumed:
            continue
        cand.event.id = f"e{len(events) + 1}"
        local_id[i] = cand.event.id
        events.append(cand.event)
    classify(events, document, cased)
    aggregates = []
    for n, (i, parts) in enumerate(sorted(aggregate_of.items()), start=1):
        ev = candidates[i].event
        nats = sorted(ev.nationalities)
        aggregates.append(
            Aggregate(
                id=f"a{n}",
                type=ev.type,
                evidence=ev.evidence,
                total=ev.total if ev.total is not None else candidates[i].figure,
                nationality=nats[0] if len(nats) == 1 else None,
                covers=[local_id[p] for p in parts if p in local_id],
            )
        )
    return events, aggregates


def _retellings_to_the_act(candidates: list[Candidate], aggregate_of: dict[int, list[int]]) -> None:
    """A statistic keeps only its own sentence: the later mentions of "the attacks" that joined it
    ("By the end of 1972, 496 had been killed … Within days of the attacks, …") tell the act told
    before it, which takes them."""
    for i, parts in aggregate_of.items():
        tally = candidates[i].event
        if parts or not tally.more_evidence:
            continue
        host = next((candidates[j].event for j in range(i - 1, -1, -1)
                     if candidates[j].event.type == tally.type and j not in aggregate_of), None)
        if host is not None:
            host.more_evidence.extend(e for e in tally.more_evidence if e not in host.evidence_spans)
            tally.more_evidence = []


def _subsumed(candidates: list[Candidate], aggregate_of: dict[int, list[int]]) -> set[int]:
    """One person's sentence told before "the court convicted 45 of the 46" is part of that act:
    a lone-person event of the same type, day and modality as a larger one, with no nationality
    the larger one lacks, is not a separate event."""
    out: set[int] = set()
    live = [i for i in range(len(candidates)) if i not in aggregate_of]
    for i in live:
        small = candidates[i].event
        if small.total not in (None, 1) or sum(t.count or 0 for t in small.targets) > 1 or small.date is None:
            continue
        for j in live:
            big = candidates[j].event
            if j == i or j in out or (big.total or 0) < 2:
                continue
            if (big.type, big.date, big.date_precision, big.modality) != (
                small.type, small.date, small.date_precision, small.modality
            ):
                continue
            if small.nationalities and not small.nationalities <= big.nationalities:
                continue
            if _other_individuals(small, big) or _other_countries(small, big):
                continue
            out.add(i)
            break
    return out


def _other_countries(small: Event, big: Event) -> bool:
    """An arrest in Tetouan beside one in Ceuta the same day: one act happens in one country."""
    here, there = small.location, big.location
    return bool(here and there and here.country and there.country and here.country != there.country)


def _other_individuals(small: Event, big: Event) -> bool:
    """'Abrini was arrested on Friday in Schaerbeek' beside 'B.M., who was detained together with
    Krayem on Friday': the larger act lists its people one by one, and the lone person is not
    among them, so the two are separate acts of the same day."""
    name = next((t.text for t in small.targets if t.text), None)
    if not name or not big.targets or any(t.count != 1 for t in big.targets):
        return False
    return not any(name in (t.text or "") or (t.text or "") in name for t in big.targets if t.text)


def _inherit(total: Event, parts: list[Event]) -> None:
    """What a total says of its parts ("seven Russians who tried to cross into Syria to join IS")
    holds for each part that says nothing of it."""
    for part in parts:
        part.destination = part.destination or total.destination
        part.affiliation = part.affiliation or total.affiliation
        if part.agent is None or not part.agent.text:
            part.agent = total.agent


def _within(part: Event, total: Candidate) -> bool:
    """A total dated to its own day or week ("two people detained on Monday") sums only
    parts of that day or week, not acts told with other days or none ("the man was arrested at
    the border in October")."""
    whole = total.event
    if whole.date is None or whole.date_precision not in ("day", "week"):
        return True
    if not total.date_strong:
        # "On 21 January, seventeen … landed": a day of its own sentence, if not of its clause; parts
        # told on other days of their own ("four days later a family of five", "twelve more in
        # March") are not its parts, however the counts add up
        return not (part.date is not None and part.date_precision == "day" and part.date != whole.date
                    and whole.date_precision == "day")
    if part.date is None:
        return False
    span = 1 if whole.date_precision == "day" else 7
    return 0 <= (part.date - whole.date).days < span


def _summands(i: int, candidates: list[Candidate], taken: dict[int, list[int]]) -> list[int] | None:
    """Other candidates whose totals add up to candidate i's total (two or more of them)."""
    target = candidates[i]
    nats = target.event.nationalities
    pool = [
        j
        for j, c in enumerate(candidates)
        if j != i
        and j not in taken
        and c.event.type == target.event.type
        and c.event.total
        and c.event.total < (target.event.total or 0)
        and (not nats or not c.event.nationalities or c.event.nationalities <= nats)
        and _within(c.event, target)
    ]
    for size in range(2, min(len(pool), MAX_SUBSET) + 1):
        for combo in combinations(pool, size):
            if sum(candidates[j].event.total or 0 for j in combo) == target.event.total:
                return list(combo)
    return None
