"""A city's police act in their city: "Dallas police shot …", "New Delhi police shot dead …" place
the act in the city that names the force when the sentence names no other place of the act. A
country's police ("Turkish police", "U.S. forces") stay whose, not where. Sentences written for
this work (session 13): 2 of 5 when first run (the country's police and the named suburb), 5 of 5
after."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Chicago police shot a man who fired at officers on Sunday.", "shot", "Chicago"),
        ("Karachi police killed four suspected militants in a raid.", "killed", "Karachi"),
        ("Lagos police detonated a suspicious package outside a bank.", "detonated", "Lagos"),
        ("Nairobi police shot dead two robbery suspects in Eastleigh.", "shot", "Eastleigh"),
        ("Mexico's police captured the cartel leader.", "captured", None),
    ],
)  # fmt: skip
def test_a_citys_police_act_in_their_city(pipeline: Pipeline, text: str, verb: str, place: str | None) -> None:
    chosen = chosen_place(pipeline, text, verb)
    if place is None:
        assert chosen is None, chosen
    else:
        assert chosen is not None and chosen.startswith(place), chosen
