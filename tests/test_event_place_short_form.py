"""A name with its short form in brackets ("the Karen National Union (KNU)", "the Salvation Front
(FIS)") names a body, not a place with its district or province in brackets: the acronym is no
qualifier to look up (the gazetteer reads airport and station codes into such letters). A country's
short form ("(DRC)") and a real "(town, province)" note still place the act. Sentences written for
this work (session 13)."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Fighters of the Karen National Union (KNU) detonated a mine under a truck on Sunday.", "detonated"),
        ("Unrest erupted after the Islamic Salvation Front (FIS) was banned by the courts.", "erupted"),
        ("Members of the Moro National Liberation Front (MNLF) captured two soldiers last week.", "captured"),
        ("Delegates of the General Labour Confederation (CGT) marched for higher wages.", "marched"),
    ],
)  # fmt: skip
def test_a_bodys_short_form_is_no_place(pipeline: Pipeline, text: str, verb: str) -> None:
    assert chosen_place(pipeline, text, verb) is None


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Gunmen killed four villagers in Beni (North Kivu) on Tuesday.", "killed", "Beni"),
        pytest.param("Rebels shot dead two soldiers in the Central African Republic (CAR) on Friday.", "shot",
                     "Central African Republic", marks=pytest.mark.xfail(
                         strict=True, reason="the short form itself is a candidate (CAR); none such in the tune half")),
    ],
)  # fmt: skip
def test_a_place_note_still_places(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen
