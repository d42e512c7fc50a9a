"""A home is where an act happens as well as where someone lives: "shot dead as he left his home in
X", "in the car park of his home in X", "stormed a home in X", "targeted a holiday home in X" place
the act in X. Born, native, resident, hometown and lived still tell only who the person is, and an
act placed elsewhere keeps its own place. Sentences written for this work (session 14)."""

from __future__ import annotations

import pytest

from watchfloor.model import Document
from watchfloor.pipeline import Pipeline


def _chosen(pipeline: Pipeline, text: str, verb: str) -> str | None:
    from watchfloor.extract.english import EnglishExtractor
    from watchfloor.nlp.english import parse_many

    extractor = EnglishExtractor(pipeline.gazetteer, learned=False)
    doc, _ = next(parse_many([(text, None)], gazetteer=pipeline.gazetteer))
    trig = next(t for t in doc if t.text == verb)
    chosen = extractor.place_of(doc, Document(doc_id="t", text=text, language="en"), trig)
    return text[chosen[0] : chosen[1]] if chosen else None


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("The mayor was shot dead on Monday as he was leaving his home in Tumaco.", "shot", "Tumaco"),
        pytest.param("A retired judge was killed in the garden of his home in Culiacan.", "killed", "Culiacan",
                     marks=pytest.mark.xfail(strict=True, reason="a candidate now; NER types Culiacan NORP and the ranker says none")),
        ("Militants burned a home in Baga on Sunday night.", "burned", "Baga"),
        ("Soldiers stormed a home in Jenin before dawn.", "stormed", "Jenin"),
    ],
)  # fmt: skip
def test_a_home_is_where_the_act_happened(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = _chosen(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("The suspect, who has a holiday home in Marbella, was arrested in Malaga on Friday.", "arrested", "Malaga"),
        ("A man born in Leeds was arrested in Manchester.", "arrested", "Manchester"),
    ],
)  # fmt: skip
def test_an_act_placed_elsewhere_keeps_its_place(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = _chosen(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen
