"""A home is where an act happens as well as where someone lives: "shot dead as he left his home in
X", "in the car park of his home in X", "stormed a home in X", "targeted a holiday home in X" place
the act in X. Born, native, resident, hometown and lived still tell only who the person is, and an
act placed elsewhere keeps its own place. Sentences written for this work (session 13)."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


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
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("The suspect, who has a holiday home in Marbella, was arrested in Malaga on Friday.", "arrested", "Malaga"),
        ("A man born in Leeds was arrested in Manchester.", "arrested", "Manchester"),
    ],
)  # fmt: skip
def test_an_act_placed_elsewhere_keeps_its_place(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen
