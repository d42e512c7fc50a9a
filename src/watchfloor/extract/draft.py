"""The event under construction that both languages' front ends fill in (`Draft`): the fields of
the event record and what the shared stages read. Each front end subclasses it with the parse it
reads (spaCy tokens and spans, natasha's token trees) and the few marks only its own passes set;
`assemble.event_of` turns any of them into an `Event`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from watchfloor.model import Agent, Location, Target
from watchfloor.normalize.dates import DateValue
from watchfloor.normalize.numbers import parse_quantity

TokenT = TypeVar("TokenT")
SentenceT = TypeVar("SentenceT")


@dataclass(slots=True)
class Draft(Generic[TokenT, SentenceT]):
    """An event under construction, with the parse token and sentence it was read from."""

    type: str
    trigger: TokenT
    sent: SentenceT
    targets: list[Target] = field(default_factory=list)
    total: int | None = None
    total_min: int | None = None
    date: DateValue | None = None
    date_strong: bool = False  # the date is attached to the trigger's own clause
    reported: dt.date | None = None
    agent: Agent | None = None
    agent_told_it: bool = False  # the agent is the body that told of the act ("…, the ministry said"), not its doer
    location: Location | None = None
    destination: str | None = None
    affiliation: str | None = None
    attribution: str | None = None
    modality: str = "asserted"
    killed: int | None = None
    toll_risen: bool = False  # the killed or wounded figure is a toll that rose ("raising the toll to 16")
    wounded: int | None = None
    weapon: str | None = None
    anaphoric: bool = False  # its words point back to people or an act told before
    aggregate_cue: bool = False  # words of a total ("in all", "всего")
    place_guessed: bool = False  # the location is a country the story names only as a nationality
    told_again: list[SentenceT] = field(default_factory=list)  # later sentences that tell this act again

    @property
    def nationalities(self) -> set[str]:
        return {t.nationality for t in self.targets if t.nationality}


def stated_figure(draft: Draft[TokenT, SentenceT], language: str) -> int | None:
    """The number the text states for the people concerned ("about 1,500", "more than 700",
    "более 40"): what a statistic reports, even where an event would keep no exact total."""
    if draft.total is not None:
        return draft.total
    figures = [parse_quantity(t.text, language) if t.text else None for t in draft.targets]
    stated = [q.figure for q in figures if q is not None]
    return sum(f for f in stated if f is not None) if stated and None not in stated else None
