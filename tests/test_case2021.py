"""The CASE 2021 task 2 adapter: the reader, the snippet metric worked out by hand, malformed input,
format detection, and runs end to end. The snippets here are written for these tests."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import shared_data

from watchfloor.cli import main
from watchfloor.errors import BadExport, WatchfloorError
from watchfloor.evaluate import detect_format
from watchfloor.external import case2021
from watchfloor.external.case2021 import Snippet, label_of, read_case2021, score
from watchfloor.model import Document, Event, Evidence, Extraction

SNIPPETS = [
    ("11", "Gunmen opened fire on a police checkpoint near the border on Tuesday, killing two officers.", "ARMED_CLASH"),
    ("12", "Police arrested three men suspected of smuggling rifles into the capital.", "ARREST"),
    ("13", 'The two foreign ministers met in Geneva to discuss "trade ties" and visas.', "DIPLO"),
    ("14", "Floods swept away dozens of homes in the valley after days of heavy rain.", "NATURAL_DISASTER"),
    ("15", "Protesters threw stones at the town hall and set tyres alight.", "VIOL_DEMONSTR"),
]


def write_tsv(path: Path, rows: Iterable[tuple[str, ...]], header: tuple[str, ...] = case2021.COLUMNS) -> Path:
    path.write_text("\n".join("\t".join(r) for r in [header, *rows]) + "\n", "utf-8")
    return path


def ev(type_: str, modality: str = "asserted") -> Event:
    return Event(id=type_, type=type_, evidence=Evidence(0, 4, "text"), modality=modality)


def test_labels() -> None:
    assert label_of("SUIC_BOMB") == "ATTACK" and label_of("CHEM_WEAP") == "ATTACK"
    assert label_of("ARREST") == "ARREST"
    assert label_of("DISR_WEAP") == "unrelated" and label_of("HQ_ESTABLISHED") == "unrelated"
    assert label_of("ABDUCT_DISSAP") is None and label_of("VIOL_DEMONSTR") is None


def test_reader_keeps_quotes_and_finds_columns_by_name(tmp_path: Path) -> None:
    path = write_tsv(tmp_path / "a.tsv", [(t, s, i, "x") for i, s, t in SNIPPETS],
                     header=("SubType", "EventSnippet", "id", "extra"))  # fmt: skip
    snippets = read_case2021(path)
    assert [s.id for s in snippets] == ["11", "12", "13", "14", "15"]
    assert snippets[2].text == SNIPPETS[2][1]  # quotes are the snippet's own
    assert [s.label for s in snippets] == ["ATTACK", "ARREST", "unrelated", "unrelated", None]


def test_metric_by_hand() -> None:
    snippets = [Snippet(*row) for row in SNIPPETS]
    predicted = {
        "11": [ev("ATTACK"), ev("ATTACK")],  # right (two events, one snippet)
        "12": [ev("ATTACK", "planned")],  # ARREST missed; a planned ATTACK on an arrest snippet: false alarm
        "13": [ev("ARREST", "claimed")],  # an event on an unrelated snippet
        "14": [],
        "15": [ev("ATTACK")],  # ambiguous: not scored, only listed per sub-type
    }
    s = score(snippets, predicted)
    attack, arrest = s.by_type["ATTACK"], s.by_type["ARREST"]
    assert (attack.tp, attack.fp, attack.fn) == (1, 1, 0)
    assert (arrest.tp, arrest.fp, arrest.fn) == (0, 1, 1)
    assert s.score == pytest.approx((2 / 3 + 0.0) / 2)
    assert (s.unrelated, s.unrelated_with_events, s.false_alarm_rate) == (2, 1, 0.5)
    # asserted events only: the planned ATTACK and the claimed ARREST drop out
    assert s.asserted["ATTACK"].f1 == 1.0 and s.asserted["ARREST"].fp == 0
    assert s.score_asserted == pytest.approx(0.5)
    assert s.labels == {"ATTACK": 1, "ARREST": 1, "unrelated": 2, "ambiguous": 1}
    assert s.by_subtype["ARMED_CLASH"] == {"ATTACK": 1} and s.by_subtype["NATURAL_DISASTER"] == {"none": 1}
    assert s.by_subtype["VIOL_DEMONSTR"] == {"ATTACK": 1}
    assert {(e.kind, e.type, e.snippet.id, e.predicted) for e in s.errors} == {
        ("miss", "ARREST", "12", ("ATTACK",)),
        ("false alarm", "ATTACK", "12", ("ATTACK",)),
        ("false alarm", "any", "13", ("ARREST",)),
    }
    result = case2021.Case2021Result("x.tsv", 5, 0.0, s)
    report = result.as_dict()
    assert report["score"] == round(s.score, 4) and report["false_alarm_rate"] == 0.5
    assert report["by_subtype"]["VIOL_DEMONSTR"]["label"] == "ambiguous"
    text = result.format()
    assert text.splitlines()[0].startswith("CASE 2021 snippets: score 0.333 (ATTACK F1 0.667, ARREST F1 0.000)")
    assert "ARREST missed on ARREST" in text and "13(ARREST)" in text
    # the figures over events alone (statistics not counted) are reported per type beside
    alone = score(snippets, {**predicted, "12": [ev("ARREST")]})
    s.events_only, s.by_type_events_only = alone.score, alone.by_type
    report = case2021.Case2021Result("x.tsv", 5, 0.0, s).as_dict()
    assert report["by_type_events_only"]["ARREST"]["tp"] == 1
    assert "events alone (statistics not counted): score 0.833, ARREST F1 0.667" in case2021.Case2021Result("x.tsv", 5, 0.0, s).format()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id\tEventSnippet\n1\tsome text\n", r"bad\.tsv:1: missing column\(s\) SubType"),
        ("id\tEventSnippet\tSubType\n1\tsome text\tARREST\n2\tno type\n", r"bad\.tsv:3: 2 tab-separated fields"),
        ("id\tEventSnippet\tSubType\n\tsome text\tARREST\n", r"bad\.tsv:2: a snippet needs an id"),
        ("", r"bad\.tsv: empty file"),
    ],
)
def test_malformed_files_are_named(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(content, "utf-8")
    with pytest.raises(BadExport, match=message):
        read_case2021(bad)


def test_detect_format(tmp_path: Path) -> None:
    assert detect_format(write_tsv(tmp_path / "a.tsv", SNIPPETS)) == "case2021"
    with pytest.raises(WatchfloorError, match="CASE 2021"):
        detect_format(write_tsv(tmp_path / "b.tsv", SNIPPETS, header=("id", "text", "label")))


class _FakePipeline:
    """An ATTACK for every snippet that mentions fire; fails on snippet 14."""

    def extract_many(self, documents: Iterable[Document]) -> Iterator[tuple[Document, Extraction]]:
        for document in documents:
            yield document, self.extract(document)

    def extract(self, document: Document) -> Extraction:
        if document.doc_id == "14":
            raise RuntimeError("parser gave up")
        events = [ev("ATTACK")] if "fire" in document.text else []
        return Extraction(doc_id=document.doc_id, events=events)


def test_a_failing_snippet_is_listed_and_the_run_goes_on(tmp_path: Path) -> None:
    path = write_tsv(tmp_path / "a.tsv", SNIPPETS)
    result = case2021.run(path, _FakePipeline(), out_dir=tmp_path / "out")  # type: ignore[arg-type]
    assert result.failed == [("14", "RuntimeError: parser gave up")]
    assert result.scores.by_type["ATTACK"].f1 == 1.0
    assert "failed snippet 14" in result.format()
    written = [json.loads(line) for line in (tmp_path / "out" / case2021.PREDICTIONS).read_text("utf-8").splitlines()]
    assert [r["id"] for r in written] == ["11", "12", "13", "14", "15"] and written[0]["types"] == ["ATTACK"]
    errors = (tmp_path / "out" / case2021.ERRORS).read_text("utf-8").splitlines()
    assert errors[0].startswith("kind\ttype\tid\tSubType") and errors[1].split("\t")[:4] == ["miss", "ARREST", "12", "ARREST"]


def test_run_end_to_end_and_cli(tmp_path: Path, pipeline: Any) -> None:
    path = write_tsv(tmp_path / "a.tsv", SNIPPETS)
    result = case2021.run(path, pipeline)
    assert result.snippets == 5 and not result.failed
    assert 0.0 <= result.scores.score <= 1.0
    out = CliRunner().invoke(main, ["eval", str(path), "--predictions", str(tmp_path / "out")], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    assert out.output.startswith("CASE 2021 snippets: score")
    assert (tmp_path / "out" / case2021.ERRORS).is_file()
    report = json.loads(CliRunner().invoke(main, ["eval", str(path), "--json", "--format", "case2021"]).output)
    assert report["benchmark"] == "case2021" and report["snippets"] == 5


def test_public_dev_file_when_present(pipeline: Any) -> None:
    path = shared_data("external/case2021") / "dev.tsv"
    result = case2021.run(path, pipeline)
    assert result.snippets == 510 and not result.failed
    report = result.as_dict()
    assert isinstance(report["score"], float) and 0.0 <= report["score"] <= 1.0
    assert 0.0 <= report["false_alarm_rate"] <= 1.0


def test_a_running_count_is_a_detection_of_its_type(tmp_path: Path, pipeline: Any) -> None:
    # CASE labels a snippet by its subject: a count over a period is about arrests, though
    # GOLD-FORMAT files it as a statistic, so the headline counts it and the events-only figure does not
    rows = [("21", "Over the past two weeks police have detained 412 people for breaking the curfew.", "ARREST"),
            ("22", "The two presidents signed a trade pact in the capital on Monday.", "AGREEMENT")]  # fmt: skip
    result = case2021.run(write_tsv(tmp_path / "a.tsv", rows), pipeline, out_dir=tmp_path / "out")
    assert result.scores.by_type["ARREST"].tp == 1
    assert result.scores.by_type_events_only["ARREST"].tp == 0
    written = [json.loads(line) for line in (tmp_path / "out" / case2021.PREDICTIONS).read_text("utf-8").splitlines()]
    assert written[0]["types"] == [] and written[0]["statistic_types"] == ["ARREST"]
    assert result.as_dict()["by_type_events_only"]["ARREST"]["f1"] == 0.0
