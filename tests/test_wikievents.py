"""The WikiEvents adapter: both layouts' readers (text rebuilt from tokens), the trigger metric
worked out by hand, malformed input, format detection, and runs end to end.

Every record here is written for these tests (our own sentences), in the corpus's two layouts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import shared_data

from watchfloor.cli import main
from watchfloor.errors import BadExport, WatchfloorError
from watchfloor.evaluate import detect_format
from watchfloor.external import wikievents
from watchfloor.external.wikievents import detokenize, pair_values, parse_document, score_document, words
from watchfloor.model import Agent, Document, Event, Evidence, Extraction, Location, Target

SENTENCES = [
    "Blast hits market in Northtown",
    "Police detained two men after the blast on Monday.",
    "One trader died and prosecutors charged a third man.",
]


def tokens_of(sentence: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", sentence)


def dev_record(mentions: list[dict[str, Any]], sentences: list[str] = SENTENCES, doc_id: str = "market_1") -> dict[str, Any]:
    """The dev layout: token offsets assume one character between sentences, `text` has none."""
    out_sentences, tokens, at = [], [], 0
    for sentence in sentences:
        triples, cursor = [], 0
        for token in tokens_of(sentence):
            cursor = sentence.index(token, cursor)
            triples.append([token, at + cursor, at + cursor + len(token)])
            cursor += len(token)
        out_sentences.append([triples, sentence])
        tokens.extend(t[0] for t in triples)
        at += len(sentence) + 1
    return {"doc_id": doc_id, "tokens": tokens, "text": "".join(sentences), "sentences": out_sentences,
            "entity_mentions": [], "relation_mentions": [], "event_mentions": mentions}  # fmt: skip


def token_index(sentence_no: int, word: str, sentences: list[str] = SENTENCES) -> int:
    before = sum(len(tokens_of(s)) for s in sentences[:sentence_no])
    return before + tokens_of(sentences[sentence_no]).index(word)


def mention(event_type: str, sentence_no: int, word: str, *args: tuple[str, str]) -> dict[str, Any]:
    n = token_index(sentence_no, word)
    return {"id": f"E{n}", "event_type": event_type, "trigger": {"start": n, "end": n + 1, "text": word,
            "sent_idx": sentence_no}, "arguments": [{"entity_id": "x", "role": r, "text": t} for r, t in args]}  # fmt: skip


MENTIONS = [
    mention("Conflict.Attack.DetonateExplode", 0, "Blast", ("Place", "Northtown"), ("Target", "market")),
    mention("Justice.ArrestJailDetain.Unspecified", 1, "detained", ("Detainee", "men"), ("Jailer", "Police")),
    mention("Conflict.Attack.DetonateExplode", 1, "blast"),
    mention("Life.Die.Unspecified", 2, "died", ("Victim", "trader")),
    mention("Justice.ChargeIndict.Unspecified", 2, "charged", ("Defendant", "man"), ("Prosecutor", "prosecutors")),
    mention("Movement.Transportation.Unspecified", 1, "after"),  # no type of ours
]

TRAIN_TEXT = ("Gunmen attacked a checkpoint near the U . S . embassy on Friday . Prosecutors later charged "
              "the driver ’ s brother , police said .")  # fmt: skip
TRAIN_TOKENS = TRAIN_TEXT.split()


def train_record() -> dict[str, Any]:
    """The train layout: flat tokens, `sentences` as the corpus makes them (split at every '.')."""
    joined = " ".join(TRAIN_TOKENS)
    return {"docid": "checkpoint_2", "tokens": TRAIN_TOKENS, "sentences": joined.split("."),
            "event_mentions": [
                {"event_type": "Conflict.Attack", "trigger": {"start_idx": 1, "end_idx": 2, "text": "attacked"},
                 "arguments": [{"role": "Attacker", "text": "Gunmen"}, {"role": "Target", "text": "checkpoint"},
                               {"role": "Place", "text": "U . S . embassy"}]},
                {"event_type": "Justice.ChargeIndict", "trigger": {"start_idx": 16, "end_idx": 17, "text": "charged"},
                 "arguments": [{"role": "Defendant", "text": "brother"}]},
                {"event_type": "Life.Die", "trigger": {"start_idx": 0, "end_idx": 0, "text": "broken"},
                 "arguments": []},
            ]}  # fmt: skip


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def event(text: str, type_: str, phrase: str, **fields: Any) -> Event:
    start = text.index(phrase)
    return Event(id=f"{type_}-{start}", type=type_, evidence=Evidence(start, start + len(phrase), phrase), **fields)


# -- reading ---------------------------------------------------------------------------------------


def test_dev_layout_puts_sentences_on_lines_and_maps_triggers() -> None:
    doc = parse_document(dev_record(MENTIONS))
    assert doc.text == "\n".join(SENTENCES)  # the record's own text runs the sentences together
    assert [doc.text[s:e] for s, e in doc.sentences] == SENTENCES
    assert [doc.text[g.start : g.end] for g in doc.triggers] == ["Blast", "detained", "blast", "died", "charged", "after"]
    assert [g.sentence for g in doc.triggers] == [0, 1, 1, 2, 2, 1]
    assert [g.type for g in doc.triggers] == ["ATTACK", "ARREST", "ATTACK", None, "CHARGE", None]
    assert doc.triggers[3].killing and not doc.triggers[0].killing
    assert doc.triggers[1].arguments == (("Detainee", "men"), ("Jailer", "Police"))


def test_dev_layout_with_offsets_that_do_not_fit_its_text_is_rebuilt_from_tokens() -> None:
    record = dev_record([])
    record["sentences"][1][1] = "A different sentence altogether."
    doc = parse_document(record)
    assert doc.text.splitlines()[1] == "Police detained two men after the blast on Monday."


def test_train_layout_detokenizes_and_finds_sentences() -> None:
    doc = parse_document(train_record())
    assert doc.text == ("Gunmen attacked a checkpoint near the U.S. embassy on Friday. Prosecutors later charged "
                        "the driver’s brother, police said.")  # fmt: skip
    assert [doc.text[s:e] for s, e in doc.sentences] == [
        "Gunmen attacked a checkpoint near the U.S. embassy on Friday.",
        "Prosecutors later charged the driver’s brother, police said.",
    ]
    assert [(doc.text[g.start : g.end], g.type, g.sentence) for g in doc.triggers] == [
        ("attacked", "ATTACK", 0), ("charged", "CHARGE", 1)]  # fmt: skip
    assert doc.unusable == 1  # the empty token span


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        ("He said : \" We are safe . \" Then he left", 'He said: "We are safe." Then he left'),
        ("a cross - border raid ( the third ) cost $ 5", "a cross-border raid (the third) cost $5"),
        ("at 3 p . m . on twitter . com today", "at 3 p.m. on twitter.com today"),
        ("the army ' s post – if true – fell", "the army's post – if true – fell"),
    ],
)
def test_detokenize(tokens: str, text: str) -> None:
    out, spans = detokenize(tokens.split())
    assert out == text
    assert [out[s:e] for s, e in spans] == tokens.split()


# -- the metric ------------------------------------------------------------------------------------


def test_trigger_metric_by_hand() -> None:
    doc = parse_document(dev_record(MENTIONS))
    text = doc.text
    events = [
        # right: holds "Blast"; its roles: place right, one object right, one object wrong
        event(text, "ATTACK", "Blast hits market in Northtown", location=Location(text="Northtown"),
              objects=["the market", "a bus"]),
        # right: holds "detained" (and not the attack's "blast" of the same sentence: other type)
        event(text, "ARREST", "Police detained two men", agent=Agent(text="Police"),
              targets=[Target(count=2, text="two men")]),
        # neutral: an ATTACK holding only the Life.Die trigger
        event(text, "ATTACK", "One trader died"),
        # wrong: the charge is in the sentence, but this evidence does not hold its trigger
        event(text, "CHARGE", "a third man"),
        # wrong: no type of ours in the gold
        event(text, "TRAVEL", "after the blast on Monday"),
    ]
    scores, verdicts = score_document(doc, events)
    assert [v.verdict for v in verdicts] == ["right", "right", "neutral", "wrong", "wrong"]
    t = scores.total
    assert (t.gold, t.matched, t.predicted, t.right, t.neutral) == (4, 2, 4, 2, 1)
    assert t.precision == 0.5 and t.recall == 0.5 and t.f1 == 0.5
    attack = scores.by_type["ATTACK"]
    assert (attack.gold, attack.matched, attack.predicted, attack.right, attack.neutral) == (2, 1, 1, 1, 1)
    assert scores.by_type["CHARGE"].recall == 0.0 and scores.by_type["TRAVEL"].predicted == 1
    # wrong predictions' evidence: the TRAVEL one holds the second blast and the transport trigger
    assert scores.wrong_contain == {"Conflict.Attack": 1, "Movement.Transportation": 1, "(no gold trigger)": 1}
    # units: gold (ATTACK,0) (ARREST,1) (ATTACK,1) (CHARGE,2); predicted (ATTACK,0) (ARREST,1) (CHARGE,2)
    # (TRAVEL,1); the killing-only ATTACK of sentence 2 is left out
    u = scores.units
    assert (u.tp, u.fp, u.fn) == (3, 1, 1) and scores.units_neutral == 1
    # arguments: place 1/1; victim/target gold {market}, predicted {market, bus}; agent Police 1/1;
    # detainee "men" ~ "two men"
    args = scores.arguments
    assert (args["place"].tp, args["place"].fp, args["place"].fn) == (1, 0, 0)
    assert (args["victim/target"].tp, args["victim/target"].fp, args["victim/target"].fn) == (1, 1, 0)
    assert (args["agent"].tp, args["agent"].fp, args["agent"].fn) == (1, 0, 0)
    assert (args["detainee/defendant"].tp, args["detainee/defendant"].fn) == (1, 0)
    assert scores.arguments_micro.precision == pytest.approx(4 / 5)


def test_a_trigger_in_two_events_and_two_triggers_in_one() -> None:
    doc = parse_document(dev_record(MENTIONS))
    text = doc.text
    whole = event(text, "ATTACK", text[: text.index(" on Monday")])  # holds both blasts
    again = event(text, "ATTACK", "the blast")
    scores, _ = score_document(doc, [whole, again])
    assert scores.by_type["ATTACK"].matched == 2 and scores.by_type["ATTACK"].right == 2
    assert scores.by_type["ATTACK"].recall == 1.0


def test_word_overlap_rule() -> None:
    assert words("The Embassy of Peru's guards") == {"embassy", "peru", "guards"}
    assert words("of the") == frozenset()
    assert pair_values(["officer"], ["a senior police officer"]).tp == 1
    assert pair_values(["the city"], ["the village"]).tp == 0  # articles do not match
    both = pair_values(["two soldiers", "a soldier"], ["soldiers", "the soldiers"])  # one-to-one
    assert (both.tp, both.fp, both.fn) == (1, 0, 1)
    assert pair_values([], ["x"]).fp == 1 and pair_values(["x"], []).fn == 1


def test_result_reports_the_figures() -> None:
    doc = parse_document(dev_record(MENTIONS))
    scores, _ = score_document(doc, [event(doc.text, "ATTACK", "One trader died")])
    result = wikievents.WikiEventsResult("x.jsonl", 1, 0.0, scores)
    report = result.as_dict()
    assert report["score"] == 0.0 and report["attack_on_killing_only"] == 1 and report["predicted_events"] == 1
    assert set(report["by_type"]) == {"ATTACK", "ARREST", "CHARGE", "DEPORT"}
    headline = result.format().splitlines()[0]
    assert headline.startswith("WikiEvents triggers: P 0.000 R 0.000 F1 0.000")
    assert "counted neither right nor wrong" in result.format()


# -- malformed input, detection ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", r"bad\.jsonl:2: not JSON"),
        ("[1, 2]", r"bad\.jsonl:2: .*JSON object"),
        ('{"doc_id": "x", "sentences": [], "event_mentions": []}', r"bad\.jsonl:2: .*'tokens'"),
        ('{"doc_id": "x", "tokens": [], "sentences": [], "event_mentions": [{"event_type": "A"}]}',
         r"bad\.jsonl:2: .*'trigger'"),
        ('{"tokens": ["a"], "sentences": ["a"], "event_mentions": []}', r"bad\.jsonl:2: .*doc_id"),
    ],
)  # fmt: skip
def test_malformed_lines_are_named(tmp_path: Path, line: str, message: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(dev_record([])) + "\n" + line + "\n", "utf-8")
    with pytest.raises(BadExport, match=message):
        wikievents.read_wikievents(bad)


def test_detect_format_both_layouts(tmp_path: Path) -> None:
    assert detect_format(write_jsonl(tmp_path / "dev.jsonl", [dev_record(MENTIONS)])) == "wikievents"
    assert detect_format(write_jsonl(tmp_path / "train.jsonl", [train_record()])) == "wikievents"
    with pytest.raises(WatchfloorError, match="WikiEvents JSON lines"):
        detect_format(write_jsonl(tmp_path / "other.jsonl", [{"tokens": []}]))


# -- runs ------------------------------------------------------------------------------------------


class _FakePipeline:
    """Predicts one ATTACK on every document's first sentence, and fails on one document."""

    def extract_many(self, documents: Iterable[Document]) -> Iterator[tuple[Document, Extraction]]:
        for document in documents:
            yield document, self.extract(document)

    def extract(self, document: Document) -> Extraction:
        if document.doc_id == "broken":
            raise ValueError("cannot read this one")
        first = document.text.split("\n")[0]
        ev = Event(id="e1", type="ATTACK", evidence=Evidence(0, len(first), first))
        return Extraction(doc_id=document.doc_id, events=[ev])


def test_a_failing_document_is_listed_and_the_run_goes_on(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "dev.jsonl", [dev_record(MENTIONS), dev_record(MENTIONS, doc_id="broken")])
    result = wikievents.run(path, _FakePipeline(), out_dir=tmp_path / "out")  # type: ignore[arg-type]
    assert result.failed == [("broken", "ValueError: cannot read this one")]
    total = result.scores.total
    assert (total.gold, total.matched, total.right) == (8, 1, 1)  # the broken one's triggers are missed
    assert "failed document broken" in result.format()
    written = [json.loads(line) for line in (tmp_path / "out" / wikievents.PREDICTIONS).read_text("utf-8").splitlines()]
    assert [r["doc_id"] for r in written] == ["market_1", "broken"]
    assert written[0]["events"][0]["verdict"] == "right"
    assert {m["text"] for m in written[0]["missed"]} == {"detained", "blast", "charged"}


def test_run_end_to_end_and_cli(tmp_path: Path, pipeline: Any) -> None:
    path = write_jsonl(tmp_path / "mixed.jsonl", [dev_record(MENTIONS), train_record()])
    result = wikievents.run(path, pipeline)
    assert result.documents == 2 and not result.failed
    assert result.scores.total.gold == 6
    assert 0.0 <= result.scores.total.f1 <= 1.0
    out = CliRunner().invoke(main, ["eval", str(path), "--json"], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    report = json.loads(out.output)
    assert report["benchmark"] == "wikievents" and report["score"] == round(result.scores.total.f1, 4)


def test_public_dev_file_when_present(pipeline: Any) -> None:
    path = shared_data("external/wikievents") / "dev.jsonl"
    result = wikievents.run(path, pipeline)
    assert result.documents == 20 and not result.failed
    score = result.as_dict()["score"]
    assert isinstance(score, float) and 0.0 <= score <= 1.0
