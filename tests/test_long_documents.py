"""Long documents in windows, limits per document and the time budget (issue 18, parts 1-2).

Texts here are written for the tests; the slow ones are a few hundred thousand characters at
most, so the file runs in well under a minute."""

from __future__ import annotations

import contextlib
import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import watchfloor.limits as limits_module
from watchfloor.cli import main
from watchfloor.errors import ConfigError, OverLimit
from watchfloor.limits import Expired, Limits, deadline
from watchfloor.model import Document
from watchfloor.nlp.windows import windows
from watchfloor.pipeline import Pipeline
from watchfloor.store import Store

FILLER = (
    "The harbour office gave no details of the route they had planned. A spokesman said the "
    "investigation was continuing and declined to comment on the nationality of the smugglers. "
    "Local reporters described a quiet town where fishing boats leave before dawn.\n\n"
)
STORY = (
    "Police detain foreigners near the border\n\n"
    "Turkish police detained 14 foreign nationals in Kilis on Tuesday as they tried to cross "
    "into Syria, the provincial governor's office said.\n\n"
    + FILLER * 6
    + "Among those detained were six Russians and three Uzbeks, the statement added.\n\n"
    + FILLER * 6
    + "In a separate operation on Wednesday, gendarmes arrested two Tajik nationals in Hatay, "
    "according to the state news agency.\n"
)


def one_line(size: int) -> str:
    """A text of `size` characters on one line, sentences of everyday words (no events)."""
    words = ["The ferry", "A clerk", "Our neighbour", "Two cyclists", "The old librarian"]
    acts = ["painted", "counted", "carried", "repaired", "described"]
    things = ["the blue fence", "seven lanterns", "a wooden crate", "the station clock"]
    out = []
    n = 0
    while n < size:
        sentence = f"{words[n % 5]} {acts[n % 7 % 5]} {things[n % 4]} before lunch. "
        out.append(sentence)
        n += len(sentence)
    return "".join(out)[:size]


# -- windows --------------------------------------------------------------------------------------


def test_windows_cover_the_text_exactly_within_the_size() -> None:
    for text in (STORY, one_line(25_000), "x" * 5_000, "", "short"):
        pieces = windows(text, 1_000)
        assert "".join(text[a:b] for a, b in pieces) == text
        assert all(b - a <= 1_000 for a, b in pieces)
        assert all(pieces[k][1] == pieces[k + 1][0] for k in range(len(pieces) - 1))


def test_windows_cut_between_paragraphs_then_sentences() -> None:
    for _, b in windows(STORY, 1_000)[:-1]:
        assert STORY[:b].endswith("\n\n")  # a paragraph ends every window
    text = one_line(5_000)
    for _, b in windows(text, 1_000)[:-1]:
        assert text[:b].endswith(". ") and text[b].isupper()  # never inside a sentence


def test_windows_cut_a_wall_of_characters_anywhere() -> None:
    assert windows("word " * 1_000, 1_000)[0][1] <= 1_000
    assert windows("x" * 2_500, 1_000) == [(0, 1_000), (1_000, 2_000), (2_000, 2_500)]


# -- parsing and extracting in windows ------------------------------------------------------------


def test_a_parse_in_windows_is_one_doc_over_the_whole_text() -> None:
    from watchfloor.nlp.english import parse_many

    [(doc, _)] = list(parse_many([(STORY, None)], window_chars=1_000))
    assert doc.text == STORY
    edges = {b for _, b in windows(STORY, 1_000)}
    for sent in doc.sents:  # no sentence crosses a window's edge
        assert not any(sent.start_char < edge < sent.end_char for edge in edges)
    for tok in doc:
        assert STORY[tok.idx : tok.idx + len(tok.text)] == tok.text


def test_events_in_windows_are_those_of_the_whole_with_exact_evidence(pipeline: Pipeline) -> None:
    document = Document(doc_id="story", text=STORY, language="en")
    whole = pipeline.extract(document)
    windowed = Pipeline(pipeline.gazetteer, Limits(window_chars=1_000)).extract(document)
    assert len(windows(STORY, 1_000)) >= 4
    assert windowed.events, "events are found in every window"
    for event in windowed.events:
        assert event.evidence.text == STORY[event.evidence.start : event.evidence.end]

    def summary(extraction):  # type: ignore[no-untyped-def]
        return sorted((e.type, e.evidence.start, e.evidence.end, repr(e.targets)) for e in extraction.events)

    # the follow-up in a later window ("Among those detained ...") joins the arrest as it does
    # in one piece: the one-happening stage sees the whole document's candidates
    assert summary(windowed) == summary(whole)
    assert [e.type for e in windowed.events].count("ARREST") == 2


def test_a_lower_case_text_in_windows_keeps_its_own_letters(pipeline: Pipeline) -> None:
    text = STORY.lower()
    windowed = Pipeline(pipeline.gazetteer, Limits(window_chars=1_000)).extract(
        Document(doc_id="lower", text=text, language="en")
    )
    for event in windowed.events:
        assert event.evidence.text == text[event.evidence.start : event.evidence.end]


# -- limits -------------------------------------------------------------------------------------


def test_limits_are_checked() -> None:
    with pytest.raises(ConfigError):
        Limits(window_chars=10)
    with pytest.raises(ConfigError):
        Limits(seconds=float("nan"))
    with pytest.raises(ConfigError):
        Limits.from_env({"WATCHFLOOR_MAX_CHARS": "many"})
    assert Limits.from_env({"WATCHFLOOR_SECONDS_PER_DOCUMENT": "0"}).seconds == 0


def test_a_document_over_max_chars_is_named_and_the_others_go_on(pipeline: Pipeline) -> None:
    small = Pipeline(pipeline.gazetteer, Limits(max_chars=2_000))
    long = Document(doc_id="long", text=one_line(2_001), language="en", origin="/in/long.txt")
    short = Document(doc_id="short", text=STORY[:300], language="en")
    results = dict((d.doc_id, r) for d, r in small.extract_each([long, short]))
    assert isinstance(results["long"], OverLimit)
    assert str(results["long"]).startswith("/in/long.txt: text of 2,001 characters is over the limit of 2,000")
    assert not isinstance(results["short"], Exception) and results["short"].events
    with pytest.raises(OverLimit):
        small.extract(long)


def test_ingest_lists_the_long_file_as_failed_stores_the_rest_and_exits_0(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-story.txt").write_text(STORY)
    (folder / "b-long.txt").write_text(one_line(30_000))  # one line, over the limit below
    (folder / "c-story.txt").write_text(STORY.replace("Kilis", "Gaziantep"))
    db = tmp_path / "w.db"
    runner = CliRunner()
    result = runner.invoke(main, ["--db", str(db), "ingest", "--max-chars", "20000", str(folder)])
    assert result.exit_code == 0, result.output
    assert "2 new, 0 unchanged, 1 failed" in result.output
    with Store.open(str(db)) as store:
        [failure] = store.failures()
        assert len(store.documents()) == 2
    assert failure.input.endswith("b-long.txt") and failure.stage == "extract"
    assert failure.reason.startswith("text of 30,000 characters is over the limit of 20,000")


# -- the time budget ----------------------------------------------------------------------------


def test_a_deadline_stops_a_regular_expressions_worst_case() -> None:
    start = time.monotonic()
    with pytest.raises(Expired), deadline(0.2):
        re.match(r"(a+)+$", "a" * 40 + "b")  # hours of backtracking
    assert time.monotonic() - start < 2


def test_a_deadline_raises_again_when_the_first_is_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits_module, "REPEAT", 0.1)

    def stubborn() -> None:
        with contextlib.suppress(BaseException):  # what a bare `except:` does
            re.match(r"(a+)+$", "a" * 40 + "b")
        re.match(r"(a+)+$", "a" * 40 + "b")

    with pytest.raises(Expired), deadline(0.2):
        stubborn()


def test_deadlines_nest_and_end_cleanly() -> None:
    with deadline(5):
        with pytest.raises(Expired), deadline(0.1):
            re.match(r"(a+)+$", "a" * 40 + "b")
        time.sleep(0.2)  # the inner alarm is gone; the outer one has time left
    time.sleep(0.2)
    with deadline(0):  # no budget
        time.sleep(0.01)


def test_a_slow_document_fails_by_name_and_its_batch_goes_on(pipeline: Pipeline) -> None:
    slow = Document(doc_id="slow", text=one_line(150_000), language="en", origin="/in/slow.txt")
    quick = Document(doc_id="quick", text=STORY[:300], language="en")
    budget = Pipeline(pipeline.gazetteer, Limits(seconds=1.0))
    start = time.monotonic()
    results = dict((d.doc_id, r) for d, r in budget.extract_each([slow, quick]))
    assert time.monotonic() - start < 30
    assert isinstance(results["slow"], OverLimit)
    assert "took longer than 1 s to parse and extract" in str(results["slow"])
    assert not isinstance(results["quick"], Exception) and results["quick"].events


def test_a_slow_page_fails_by_name_and_the_other_inputs_are_read(tmp_path: Path) -> None:
    from watchfloor.ingest import IngestFailure, IngestOptions, iter_inputs

    rows = "".join(f"<tr><td>cell {i}</td><td><div><span>value {i * 7}</span></div></td></tr>" for i in range(40_000))
    (tmp_path / "a-table.html").write_text(f"<html><body><table>{rows}</table><p>Police detained three men.</p>")
    (tmp_path / "b-story.txt").write_text(STORY)
    start = time.monotonic()
    items = list(iter_inputs([tmp_path], IngestOptions(seconds=0.2)))
    assert time.monotonic() - start < 10
    failure, document = items
    assert isinstance(failure, IngestFailure) and failure.input.endswith("a-table.html")
    assert failure.reason.startswith("took longer than 0.2 s to read")
    assert isinstance(document, Document) and document.text == STORY


def test_a_fault_extracting_one_document_fails_it_alone(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    faulty = Pipeline(pipeline.gazetteer)
    real = faulty._extract_english

    def extract(doc, document):  # type: ignore[no-untyped-def]
        if document.doc_id == "bad":
            raise KeyError("a bug of ours")
        return real(doc, document)

    monkeypatch.setattr(faulty, "_extract_english", extract)
    bad = Document(doc_id="bad", text=STORY[:300], language="en")
    good = Document(doc_id="good", text=STORY[:300], language="en")
    results = dict((d.doc_id, r) for d, r in faulty.extract_each([bad, good]))
    assert isinstance(results["bad"], KeyError)
    assert not isinstance(results["good"], Exception) and results["good"].events
    from watchfloor.pipeline import failure_reason

    assert failure_reason(results["bad"]) == "extraction failed: KeyError: 'a bug of ours'"
