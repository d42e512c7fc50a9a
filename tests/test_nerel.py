"""The NEREL adapter: the brat reader, the entity and act metrics worked out by hand, malformed
input, format detection, and a run end to end. The texts here are written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from watchfloor.cli import main
from watchfloor.errors import BadExport
from watchfloor.evaluate import detect_format
from watchfloor.external import nerel
from watchfloor.external.nerel import act_type, read_document, score_events
from watchfloor.model import Event, Evidence, Location, Target

TEXT = "В пятницу полиция Казани задержала двух жителей Татарстана. Суд приговорил их к трем годам."


def _ann(text: str, entities: list[tuple[str, str, str]], relations: tuple[tuple[str, str, str], ...] = ()) -> str:
    lines = []
    for tid, kind, surface in entities:
        start = text.index(surface)
        lines.append(f"{tid}\t{kind} {start} {start + len(surface)}\t{surface}")
    lines += [f"R{n}\t{kind} Arg1:{a} Arg2:{b}\t" for n, (kind, a, b) in enumerate(relations, 1)]
    return "\n".join(lines) + "\n"


ENTITIES = [
    ("T1", "DATE", "В пятницу"),
    ("T2", "ORGANIZATION", "полиция Казани"),
    ("T3", "CITY", "Казани"),
    ("T4", "EVENT", "задержала"),
    ("T5", "NUMBER", "двух"),
    ("T6", "STATE_OR_PROVINCE", "Татарстана"),
    ("T7", "ORGANIZATION", "Суд"),
    ("T8", "EVENT", "приговорил"),
    ("T9", "PENALTY", "к трем годам"),
]
RELATIONS = (("AGENT", "T2", "T4"), ("TAKES_PLACE_IN", "T4", "T3"), ("POINT_IN_TIME", "T4", "T1"))


def write_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "1_text.txt").write_text(TEXT, "utf-8")
    (folder / "1_text.ann").write_text(_ann(TEXT, ENTITIES, RELATIONS), "utf-8")
    return folder


def test_reader_keeps_nested_entities_and_relations(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "dev")
    doc = read_document(folder / "1_text.txt", folder / "1_text.ann")
    assert doc.mentions["T3"].text == "Казани" and doc.mentions["T2"].text == "полиция Казани"
    assert ("AGENT", "T2", "T4") in doc.relations
    spans = doc.gold_spans()
    # nested spans both count; PENALTY and EVENT are not ours
    assert ("1_text", TEXT.index("Казани"), TEXT.index("Казани") + 6, "Location") in spans
    assert {s[3] for s in spans} == {"Temporal", "Organisation", "Location", "Quantity"}
    assert len(spans) == 6


def test_discontinuous_entities_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Верховный и Конституционный суды", "utf-8")
    (tmp_path / "a.ann").write_text("T1\tORGANIZATION 0 9;28 32\tВерховный суды\n", "utf-8")
    doc = read_document(tmp_path / "a.txt", tmp_path / "a.ann")
    assert doc.mentions["T1"].pieces == 2 and not doc.gold_spans()


def test_malformed_lines_name_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Москва", "utf-8")
    (tmp_path / "a.ann").write_text("T1\tCITY 0 60\tМосква\n", "utf-8")
    with pytest.raises(BadExport, match="outside the text") as info:
        read_document(tmp_path / "a.txt", tmp_path / "a.ann")
    assert "a.ann" in str(info.value)
    (tmp_path / "a.ann").write_text("R1\tAGENT T1\n", "utf-8")
    with pytest.raises(BadExport, match="relation"):
        read_document(tmp_path / "a.txt", tmp_path / "a.ann")


def test_acts_are_found_by_their_words() -> None:
    assert act_type("задержала") == "ARREST" and act_type("5 человек задержаны") == "ARREST"
    assert act_type("приговорил") == "CHARGE" and act_type("возбудил уголовное дело") == "CHARGE"
    assert act_type("миномётного обстрела") == "ATTACK" and act_type("Стрельба") == "ATTACK"
    assert act_type("выдворения") == "DEPORT" and act_type("заблокировал") == "TAKEDOWN"
    assert act_type("застрелился") is None  # reflexive: not an act on another
    assert act_type("выборах") is None and act_type("концерт") is None


def test_act_metric_by_hand(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "dev")
    doc = read_document(folder / "1_text.txt", folder / "1_text.ann")
    first = TEXT.split(". ")[0]

    arrest = Event(
        id="e1", type="ARREST", evidence=Evidence(0, len(first), first), date=dt.date(2020, 5, 1),
        targets=[Target(count=2, text="двух жителей Татарстана")], location=Location(text="Казани", country="RUS"),
    )  # fmt: skip
    wrong_type = Event(id="e2", type="ATTACK", evidence=Evidence(0, len(TEXT), TEXT))
    scores, verdicts = score_events(doc, [arrest, wrong_type])
    assert dict(scores.acts) == {"ARREST": 1, "CHARGE": 1} and dict(scores.found) == {"ARREST": 1}
    # the agent "полиция Казани" is not among our people; place is right; "В пятницу" has no date alone
    assert scores.roles == {"participants": [0, 1], "place": [1, 1], "time": [0, 1]}
    assert [v["found"] for v in verdicts] == [True, False]


def test_detected_and_run_end_to_end(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "dev")
    assert detect_format(folder) == "nerel"
    result = CliRunner().invoke(main, ["eval", str(folder), "--json", "--predictions", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["benchmark"] == "nerel" and report["documents"] == 1
    assert 0.0 <= report["score"] <= 1.0 and report["score"] == report["entities"]["micro"]["f1"]
    assert set(report["natasha"]["by_type"]) == {"Person", "Organisation", "Location"}
    assert report["events"]["acts"] == 2
    records = [json.loads(line) for line in (tmp_path / "out" / nerel.PREDICTIONS).read_text("utf-8").splitlines()]
    assert records[0]["doc_id"] == "1_text" and records[0]["entities"]
