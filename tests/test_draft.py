"""Both front ends fill one event record (`extract/draft.py`); only their parse-specific marks differ."""

from __future__ import annotations

from dataclasses import fields

from watchfloor.extract import draft, en_draft, ru_draft
from watchfloor.extract.assemble import event_of
from watchfloor.model import Evidence, Location, Target


def test_each_front_end_extends_the_shared_record() -> None:
    shared = {f.name for f in fields(draft.Draft)}
    english = {f.name for f in fields(en_draft.Draft)} - shared
    russian = {f.name for f in fields(ru_draft.Draft)} - shared
    assert issubclass(en_draft.Draft, draft.Draft) and issubclass(ru_draft.Draft, draft.Draft)
    assert english and russian
    # a field both languages need belongs in the shared record, not twice in theirs
    assert english & russian == set()


def test_the_event_of_a_draft_does_not_depend_on_its_language() -> None:
    evidence = Evidence(start=0, end=1, text="…")
    records = []
    for cls in (en_draft.Draft, ru_draft.Draft):
        d = cls(type="DEPORT", trigger=None, sent=None)  # type: ignore[arg-type]
        d.targets = [Target(count=2, nationality="TJK", text="two Tajik nationals")]
        d.total = 2
        d.location = Location(text="Istanbul", country="TUR")
        assert d.nationalities == {"TJK"}
        records.append(event_of(d, evidence))
    english, russian = records
    assert english == russian
    assert english.destination == "TJK"  # deportees go home when the text names no other place
    assert english.agent is not None and (english.agent.country, english.agent.sector) == ("TUR", "GOV")
