"""The act's place measured from a town: a compass bearing ("a village northeast of Kaduna",
"40 km south-west of Kandahar") or nearness told by "close to" / "next to" ("shot close to the
town of Jalalabad"). The town named is where the act happened, as "south of Baghdad" and "near
Mosul" always were. Sentences written for this work (session 13); 2 of 8 passed when first run, 7 of 8 after (the eighth is a
candidate now, but the learned ranker, never trained on bearings, prefers none)."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Gunmen shot dead two traders in a village northeast of Kaduna on Friday.", "shot", "Kaduna"),
        pytest.param("A roadside bomb killed three soldiers 40 kilometres southwest of Kandahar on Sunday.", "killed",
                     "Kandahar", marks=pytest.mark.xfail(strict=True, reason="a candidate now; the place ranker says none")),
        ("Rebels attacked an army post about 20 km north-east of Goma overnight.", "attacked", "Goma"),
        ("Police captured the suspect at a farm southeast of Nairobi.", "captured", "Nairobi"),
        ("Troops shelled positions northwest of Aleppo.", "shelled", "Aleppo"),
        ("Two policemen were shot dead close to the town of Jalalabad on Monday.", "shot", "Jalalabad"),
        ("Soldiers patrolled close to Bunia after the raid.", "patrolled", "Bunia"),
        ("Gunmen ambushed a convoy next to Damboa on Tuesday.", "ambushed", "Damboa"),
    ],
)  # fmt: skip
def test_a_town_the_act_is_measured_from_is_its_place(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen
