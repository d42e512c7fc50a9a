"""A capture of a prize ("captured the gold medal", "captured her third title", "captured the
imagination of …") is no act that happens at a place: no place is chosen for it, while a capture of
a town or a person keeps its place. Sentences written for this work (session 13): 2 of 6 when first
run (the two guards), 6 of 6 after."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("The Kenyan runner captured the gold medal in the 10,000 metres at the games in Doha.", "captured", None),
        ("She captured her third title of the season in Madrid on Sunday.", "captured", None),
        ("The novel captured the imagination of readers in Lagos.", "captured", None),
        ("The home side captured the cup with a late goal in Cairo.", "captured", None),
        ("Rebels captured the town of Goma on Tuesday.", "captured", "Goma"),
        ("Police captured the gang leader in Medellin.", "captured", "Medellin"),
    ],
)  # fmt: skip
def test_a_prize_captured_has_no_place(pipeline: Pipeline, text: str, verb: str, place: str | None) -> None:
    chosen = chosen_place(pipeline, text, verb)
    if place is None:
        assert chosen is None, chosen
    else:
        assert chosen is not None and chosen.startswith(place), chosen
