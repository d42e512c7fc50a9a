"""Senses of the event verbs that tell no act at a place: a capture on film or of media coverage, a
political prize ("captured the governorship"), prices or a career that "shot up" or "shot to
stardom", a reply "shot back", a film "shot" somewhere, and "demonstrated" meaning "showed" ("the
effect was demonstrated", "demonstrated the effectiveness of …"). The acts themselves keep their
place. Sentences written for this work (session 13): 4 of 12 when first run (the three acts and the
first capture on camera), 12 of 12 after."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("The raid was captured on camera by a resident of Mombasa.", "captured", None),
        ("The trial captured wide media coverage in Kenya.", "captured", None),
        ("She captured the governorship of Lagos State in 2019.", "captured", None),
        ("Fuel prices shot up in Nigeria after the subsidy ended.", "shot", None),
        ("The singer shot to fame in Ghana last year.", "shot", None),
        ("The minister shot back at critics in Abuja on Tuesday.", "shot", None),
        ("Most of the film was shot in Morocco.", "shot", None),
        ("The strength of the new dam was demonstrated during floods in Sindh.", "demonstrated", None),
        ("The raid demonstrated the effectiveness of police units in Kano.", "demonstrated", None),
        ("Gunmen shot up a bar in Juarez on Friday.", "shot", "Juarez"),
        ("Thousands demonstrated their anger in Lusaka on Monday.", "demonstrated", "Lusaka"),
        ("Soldiers captured the rebel commander in Bunia.", "captured", "Bunia"),
    ],
)  # fmt: skip
def test_a_sense_with_no_place(pipeline: Pipeline, text: str, verb: str, place: str | None) -> None:
    chosen = chosen_place(pipeline, text, verb)
    if place is None:
        assert chosen is None, chosen
    else:
        assert chosen is not None and chosen.startswith(place), chosen
