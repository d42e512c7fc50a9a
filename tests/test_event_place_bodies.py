"""An armed or political body is no place, whatever NER typed its name: "the Free Syrian Army
(FSA)", "Syrian Arab Army positions", "the Islamic State of Iraq and Al-Sham (ISIS)", "Taliban
units". The place of the act is named elsewhere or not at all. Sentences written for this work
(session 13): 4 of 7 when first run (the four with no body named as a place passed), 7 of 7
after."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Rebels shelled Syrian Arab Army positions near Daraa on Monday.", "shelled", "Daraa"),
        ("Two fighters of the Free Syrian Army (FSA) were killed in clashes on Sunday.", "killed", None),
        ("The Syrian Democratic Forces (SDF) launched an assault near Tabqa on Friday.", "launched", "Tabqa"),
        ("Government troops attacked Taliban units in Helmand province.", "attacked", "Helmand"),
        ("Militants of the Islamic State of Iraq and Al-Sham (ISIS) killed six shepherds.", "killed", None),
        ("Soldiers ambushed fighters of the Nusra Front on Tuesday.", "ambushed", None),
        ("Gunmen killed three farmers in Borno State.", "killed", "Borno"),
    ],
)  # fmt: skip
def test_an_armed_body_is_no_place(pipeline: Pipeline, text: str, verb: str, place: str | None) -> None:
    chosen = chosen_place(pipeline, text, verb)
    if place is None:
        assert chosen is None, chosen
    else:
        assert chosen is not None and chosen.startswith(place), chosen
