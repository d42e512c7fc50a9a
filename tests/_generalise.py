"""What the held-out batches of English reports check: the events a text must give, and nothing else
(tests/test_generalise_en*.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from watchfloor.model import Document, Event, Extraction
from watchfloor.pipeline import Pipeline

PUBLISHED = date(2021, 3, 10)  # a Wednesday


@dataclass(frozen=True)
class Want:
    type: str
    total: int | None = None
    nats: frozenset[str] = frozenset()
    modality: str = "asserted"
    day: date | None = None
    killed: int | None = None
    wounded: int | None = None
    country: str | None = None


def W(type_: str, total: int | None = None, nats: str = "", modality: str = "asserted", day: str | None = None,
      killed: int | None = None, wounded: int | None = None, country: str | None = None) -> Want:
    return Want(type_, total, frozenset(n for n in nats.split() if n), modality,
                date.fromisoformat(day) if day else None, killed, wounded, country)


def run(pipeline: Pipeline, text: str) -> Extraction:
    return pipeline.extract(Document(doc_id="t", text=text, language="en", published=PUBLISHED))


def matches(want: Want, e: Event) -> bool:
    return (
        e.type == want.type
        and e.total == want.total
        and set(e.nationalities) == set(want.nats)
        and e.modality == want.modality
        and (want.day is None or e.date == want.day)
        and (want.killed is None or e.killed == want.killed)
        and (want.wounded is None or e.wounded == want.wounded)
        and (want.country is None or e.location is not None and e.location.country == want.country)
    )


def check(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None = None) -> None:
    x = run(pipeline, text)
    got = [e.to_gold() for e in x.events]
    assert len(x.events) == len(wants), got
    left = list(x.events)
    for want in wants:
        hit = next((e for e in left if matches(want, e)), None)
        assert hit is not None, (want, got)
        left.remove(hit)
    if aggregates is not None:
        assert len(x.aggregates) == aggregates, [a.to_gold() for a in x.aggregates]
