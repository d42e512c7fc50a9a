"""Residents in a place act there: "residents in western Algiers patrolled their neighborhoods",
"residents in the town of X showed …" place the act in X, as a city's police act in their city. A
resident of a place who is the act's victim elsewhere, and residents who only tell of an act, do
not. Sentences written for this work (session 13)."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Frightened residents in eastern Mosul patrolled their streets at night.", "patrolled", "Mosul"),
        ("Residents in the town of Bama captured two suspected bombers on Sunday.", "captured", "Bama"),
        ("Hundreds of residents in Bauchi demonstrated against the curfew.", "demonstrated", "Bauchi"),
        ("A resident of Homs was killed in Damascus on Friday.", "killed", "Damascus"),
    ],
)  # fmt: skip
def test_residents_act_where_they_live(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen


def test_residents_who_tell_of_an_act_do_not_place_it(pipeline: Pipeline) -> None:
    assert chosen_place(pipeline, "Residents in Kunduz said the militants attacked a checkpoint.", "attacked") is None
