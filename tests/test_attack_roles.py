"""ATTACK roles (perpetrators, victims, objects, weapons): the record, the store, the extractor."""

from __future__ import annotations

from pathlib import Path

from watchfloor.model import Document, Event, Evidence, Extraction
from watchfloor.store import Store

TEXT = "Gunmen shot dead the mayor, Ana Ruiz, and set fire to the town hall with petrol bombs."


def _attack(**roles: list[str]) -> Event:
    return Event(id="e1", type="ATTACK", evidence=Evidence(0, len(TEXT), TEXT), **roles)  # type: ignore[arg-type]


def test_roles_are_in_the_gold_dict_only_when_found() -> None:
    bare = _attack().to_gold()
    assert not {"perpetrators", "victims", "objects", "weapons"} & set(bare)
    full = _attack(perpetrators=["Gunmen"], victims=["Ana Ruiz"], objects=["the town hall"], weapons=["petrol bombs"])
    gold = full.to_gold()
    assert gold["perpetrators"] == ["Gunmen"] and gold["victims"] == ["Ana Ruiz"]
    assert gold["objects"] == ["the town hall"] and gold["weapons"] == ["petrol bombs"]


def test_roles_round_trip_through_the_store(tmp_path: Path) -> None:
    event = _attack(perpetrators=["Gunmen"], victims=["Ana Ruiz"], objects=["the town hall"], weapons=["petrol bombs"])
    document = Document(doc_id="d1", text=TEXT, language="en")
    with Store.open(tmp_path / "wf.sqlite") as store:
        store.add(document, Extraction(doc_id="d1", events=[event, Event(id="e2", type="ATTACK", evidence=event.evidence)]))
    with Store.open(tmp_path / "wf.sqlite") as store:
        stored = {s.event.id: s.event for s in store.events()}
    assert stored["e1"].perpetrators == ["Gunmen"] and stored["e1"].victims == ["Ana Ruiz"]
    assert stored["e1"].objects == ["the town hall"] and stored["e1"].weapons == ["petrol bombs"]
    assert stored["e2"].perpetrators == [] and stored["e2"].weapons == []
