"""In "the West Bank town of Qalqilya", "the Nairobi suburb of Kitengela": the place noun's "of" names
the place, and the place before the noun, a province or a country or a city around a suburb the
gazetteer does not know, is the wider one. "the Hodan district of Mogadishu" stays Hodan: the name
before the noun is the narrower one there. Sentences written for this work (session 13): 1 of 6
when first run, 5 of 6 after (two towns: the gazetteer's kinds cannot tell which is wider)."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Israeli troops shot a teenager in the West Bank town of Qalqilya on Friday.", "shot", "Qalqilya"),
        ("A car bomb exploded in the Baghdad district of Karrada, killing six.", "exploded", "Karrada"),
        ("Police fired tear gas at protesters in the Gaza Strip city of Rafah.", "fired", "Rafah"),
        pytest.param("Gunmen killed a pharmacist in the Nairobi suburb of Kitengela.", "killed", "Kitengela",
                     marks=pytest.mark.xfail(strict=True, reason="two towns to the gazetteer: which is wider is not told")),
        ("Soldiers patrolled the Homs neighbourhood of Khalidiya after the blast.", "patrolled", "Khalidiya"),
        ("A bomb exploded in the Hodan district of Mogadishu on Sunday.", "exploded", "Hodan"),
    ],
)  # fmt: skip
def test_the_place_the_noun_names(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen
