"""An event under construction in the Russian extractor, and how it becomes an assemble.Candidate."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import timedelta

from watchfloor.extract.assemble import Candidate, event_of
from watchfloor.extract.draft import Draft as BaseDraft
from watchfloor.extract.draft import stated_figure
from watchfloor.extract.ru_syntax import (
    VERBAL,
    Cues,
    case_of,
    clause_head,
    evidence,
    is_full_participle,
    load_cues,
    np_tokens,
)
from watchfloor.model import Evidence, Location
from watchfloor.nlp.russian import RuSentence, RuToken
from watchfloor.normalize.dates import DateValue


@dataclass(slots=True)
class Draft(BaseDraft[RuToken, RuSentence]):
    """A Russian event under construction: the shared record and the marks of the Russian passes."""

    same_time: str | None = None  # "в те же дни": the date of the event before, at this precision
    agent_place: Location | None = None  # "власти провинции Газиантеп": a jurisdiction, not a scene
    home: Location | None = None  # "жителя Башкирии": where the targets live, a last guess at the place
    at_border: bool = False  # "остановили на границе": the border the story names, its guards
    local_targets: bool = False  # "местные жители": nationality is the location's country
    statistic_cue: bool = False
    resultative: bool = False  # "задержаны 14 человек": a short passive with no auxiliary
    casualty_only: bool = False  # an ATTACK known only from "погибли"/"ранены"
    headline: bool = False
    lead: bool = False
    tail: RuToken | None = None  # the trigger of a clause merged into this one
    targets_kind: str | None = None  # TAKEDOWN: channel / account / page / link
    named_again: bool = False  # its one person is named as in an act of its type just told


def to_candidate(draft: Draft) -> Candidate:
    event = event_of(draft, draft_evidence(draft))
    # later sentences that tell more of it ("погибли 11 человек"), whole
    told = (evidence(s, list(s.tokens)) for s in draft.told_again if s.tokens)
    event.more_evidence = [e for e in told if e != event.evidence]
    return Candidate(
        event=event,
        sentence=draft.sent.index,
        aggregate_cue=draft.aggregate_cue,
        statistic_cue=draft.statistic_cue,
        date_strong=draft.date_strong,
        refers_back=draft.named_again,  # coref.continues weighs whether it is the same act
        figure=stated_figure(draft, "ru"),
    )


def _evidence_tokens(trig: RuToken, cues: Cues) -> list[RuToken]:
    if is_full_participle(trig) and trig.rel in ("amod", "acl") and trig.head is not None:
        return np_tokens(trig.head, frozenset({"acl:relcl", "conj", "cc", "parataxis"}))
    head = clause_head(trig)
    toks = [head]
    for c in head.children:
        if (
            c.rel in ("punct", "cc", "mark", "parataxis")
            or c.rel in ("conj", "ccomp", "advcl")
            and c.pos in VERBAL
        ):
            continue
        if c.lemma in cues.words["source_nouns"] and case_of(c) == "по" or c.lemma == "ссылка":
            continue
        toks.extend(c.subtree())
    return toks


def draft_evidence(draft: Draft) -> Evidence:
    cues = load_cues()
    toks = _evidence_tokens(draft.trigger, cues)
    if draft.tail is not None:
        more = _evidence_tokens(draft.tail, cues)
        lo = min(t.i for t in toks)
        hi = max(t.i for t in more)
        toks = [t for t in draft.sent.tokens if lo <= t.i <= hi]
    return evidence(draft.sent, toks)


def at_precision(day: dt.date, precision: str) -> DateValue:
    if precision == "week":
        return DateValue(day - timedelta(days=day.weekday()), "week")
    if precision == "month":
        return DateValue(day.replace(day=1), "month")
    return DateValue(day, "day")


def copy_location(loc: Location) -> Location:
    return Location(loc.text, loc.country, loc.admin1, loc.place, loc.lat, loc.lon, loc.precision)
