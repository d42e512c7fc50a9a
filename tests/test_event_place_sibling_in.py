"""Two "in" phrases in a row name a place and the wider place around it, even where the parser hangs
both on the same word ("killed by a shell in the Midan neighbourhood in central Damascus", "In San
Alberto, in northern Cesar province, gunmen shot …"): the first is the act's place. Sentences
written for this work (session 13)."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("A boy was killed by a shell in the Midan neighbourhood in central Damascus on Friday.", "killed", "Midan"),
        ("A car bomb parked on a busy road in Karrada district in central Baghdad detonated at dawn.", "detonated", "Karrada"),
        ("Four farmers were shot dead in the village of Kafr Nabl in southern Idlib on Monday.", "shot", "Kafr Nabl"),
        ("In Tumaco, in southern Narino province, gunmen killed three police officers.", "killed", "Tumaco"),
        ("Two soldiers were wounded in Kandahar in an ambush on Tuesday.", "wounded", "Kandahar"),
    ],
)  # fmt: skip
def test_the_first_of_two_in_phrases_is_the_place(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen
