"""What the act's own participant was doing at the time places the act: "insurgents who were laying a
mine near X were killed", "a bomb went off near soldiers who were patrolling in X". A past deed told
of a participant ("men who had fought in Syria were arrested") and a clause on anyone else stay
another act. Sentences written for this work (session 13)."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        pytest.param("Three militants who were laying a mine near Ramadi were killed by an air strike.", "killed", "Ramadi",
                     marks=pytest.mark.xfail(strict=True, reason="a candidate now; the place ranker says none")),
        ("A bomb was detonated near soldiers who were patrolling in Kismayo.", "detonated", "Kismayo"),
        ("Police shot two robbers who were fleeing a bank in Lagos.", "shot", "Lagos"),
    ],
)  # fmt: skip
def test_what_the_participant_was_doing_places_the_act(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Police arrested four men who had fought in Syria.", "arrested"),
        ("Officers who were serving in Herat last year were promoted, and the army captured a rebel.", "captured"),
    ],
)  # fmt: skip
def test_a_past_deed_or_anothers_clause_stays_out(pipeline: Pipeline, text: str, verb: str) -> None:
    assert chosen_place(pipeline, text, verb) is None
