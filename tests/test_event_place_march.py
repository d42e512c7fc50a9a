"""A march happens on its way to its goal: "marched into Paris", "marched to Khrew in southern
Pulwama district", "marched towards Tilaiya Damar village" place the march at the named place it
went to (a trip's destination stays no place of the trip). Sentences written for this work
(session 13): 1 of 5 when first run (the trip's guard), 5 of 5 after."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Thousands of farmers marched to Nairobi to demand better maize prices.", "marched", "Nairobi"),
        ("The rebels marched into Bangui on Sunday.", "marched", "Bangui"),
        ("Hundreds of teachers marched towards Parliament Square in Harare.", "marched", "Parliament Square"),
        ("Protesters marched to Ikeja in Lagos state after the vote.", "marched", "Ikeja"),
        ("The minister travelled to Abuja on Monday.", "travelled", None),
    ],
)  # fmt: skip
def test_a_march_is_placed_at_its_goal(pipeline: Pipeline, text: str, verb: str, place: str | None) -> None:
    chosen = chosen_place(pipeline, text, verb)
    if place is None:
        assert chosen is None, chosen
    else:
        assert chosen is not None and chosen.startswith(place), chosen
