"""The learned English trigger scorer (extract/learned.py) and its place in the extractor.

Sentences are written for the test."""

from __future__ import annotations

import json
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from watchfloor.extract.english import EnglishExtractor
from watchfloor.extract.learned import FEATURE_VERSION, TriggerModel, load_trigger_model, token_features
from watchfloor.model import Document, Extraction
from watchfloor.pipeline import Pipeline

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def parse(text: str):  # type: ignore[no-untyped-def]
    from watchfloor.nlp.english import parse as nlp_parse

    return nlp_parse(text)


def run(pipeline: Pipeline, text: str) -> Extraction:
    return pipeline.extract(Document(doc_id="t", text=text, language="en"))


def token(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


def test_artefact_is_the_training_scripts_and_small() -> None:
    sys.path.insert(0, str(SCRIPTS))
    import train_triggers

    path = Path(str(files("watchfloor.data").joinpath("triggers_en.json")))
    assert path.stat().st_size < 2_000_000
    assert json.loads(path.read_text("utf-8"))["feature_version"] == FEATURE_VERSION
    model = load_trigger_model()
    meta = model.metadata
    assert model.types == train_triggers.TYPES
    assert "WikiEvents train" in meta["training_data"]
    assert f"features seen >= {train_triggers.MIN_COUNT} times" in meta["model"]
    assert f"weights below {train_triggers.PRUNE} pruned" in meta["model"]
    assert meta["documents"]["held_out"] == train_triggers.HELD_OUT
    assert meta["held_out_threshold"] in train_triggers.THRESHOLDS
    assert model.threshold == train_triggers.RUN_THRESHOLD and model.veto == 0.0
    assert set(meta["held_out_token_scores"]) == {*train_triggers.TYPES, "micro"}
    assert all(max(abs(w) for w in row) >= train_triggers.PRUNE for row in model.weights.values())


def test_type_mapping_of_the_training_data() -> None:
    sys.path.insert(0, str(SCRIPTS))
    from train_triggers import detokenize, map_type

    assert map_type("Conflict.Attack.DetonateExplode") == "ATTACK"
    assert map_type("Justice.ArrestJailDetain.Unspecified") == "ARREST"
    assert map_type("Justice.Sentence") == "CHARGE"
    assert map_type("Life.Die.Unspecified") is None
    text, spans = detokenize(["The", "city", "’", "s", "mayor", "(", "a", "former", "judge", ")", "said", "so", "."])
    assert text == "The city’s mayor (a former judge) said so."
    assert [text[s:e] for s, e in spans][4] == "mayor"


def test_nominal_attacks_score_high_and_ordinary_nouns_low() -> None:
    model = load_trigger_model()
    doc = parse("A roadside bombing hit the convoy, and a second explosion shook the town hall an hour later.")
    for word in ("bombing", "explosion"):
        probs = model.probabilities(token(doc, word))
        assert max(probs, key=lambda t: probs[t]) == "ATTACK" and probs["ATTACK"] >= model.threshold
    for word in ("convoy", "town", "hour"):
        assert model.candidate(token(doc, word)) is None
    assert model.best(token(doc, "the")) is None  # only verbs and nouns are scored


def test_features_are_deterministic() -> None:
    text = "Police detained two men near the border on Friday."
    first = [token_features(t) for t in parse(text)]
    second = [token_features(t) for t in parse(text)]
    assert first == second
    feats = token_features(token(parse(text), "detained"))
    assert {"l=detain", "p=VERB", "cd=nsubj", "cdobj=man", "n1=two"} <= set(feats)


def toy_model(threshold: float = 0.5) -> TriggerModel:
    """A model that knows one act the lexicon lacks: 'pelt' is an attack."""
    return TriggerModel(
        types=("ATTACK", "ARREST", "CHARGE"),
        weights={"b": (-6.0, -6.0, -6.0), "l=pelt": (9.0, 0.0, 0.0)},
        threshold=threshold,
        veto=0.0,
        metadata={},
    )


@pytest.fixture()
def toy_pipeline(pipeline: Pipeline) -> Pipeline:
    toy = Pipeline(pipeline.gazetteer)
    toy._english = EnglishExtractor(pipeline.gazetteer, triggers=toy_model())
    return toy


def test_an_act_the_lexicon_lacks_becomes_an_event_through_the_rules(toy_pipeline: Pipeline, pipeline: Pipeline) -> None:
    text = "Rioters pelted a police station with petrol bombs in Basra on Monday."
    rules_only = Pipeline(pipeline.gazetteer)
    rules_only._english = EnglishExtractor(pipeline.gazetteer, learned=False)
    assert run(rules_only, text).events == []
    events = run(toy_pipeline, text).events
    assert [e.type for e in events] == ["ATTACK"]
    assert "pelted a police station" in events[0].evidence.text


def test_the_rules_still_judge_learned_candidates(toy_pipeline: Pipeline) -> None:
    # an intent, not an act: the stages that judge lexicon triggers judge the model's too
    assert run(toy_pipeline, "The youths were planning to pelt the convoy, a witness claimed.").events == []


def test_learned_candidates_in_the_packaged_model(pipeline: Pipeline) -> None:
    x = run(pipeline, "Militants lobbed three grenades at an army checkpoint in Khost on Tuesday, officials said.")
    assert [e.type for e in x.events] == ["ATTACK"]


def test_attack_nouns_that_introduce_a_happening(pipeline: Pipeline) -> None:
    there = run(pipeline, "There was a loud explosion outside the stadium, witnesses told reporters.")
    assert [e.type for e in there.events] == ["ATTACK"]
    launched = run(pipeline, "Rebels launched a wave of attacks on army posts across the valley.")
    assert [e.type for e in launched.events] == ["ATTACK"]
    # a reference back to a happening already told is no new event
    back = run(pipeline, "The explosion was heard across the city.")
    assert back.events == []
