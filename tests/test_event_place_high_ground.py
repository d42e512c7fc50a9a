"""High ground and installations an army takes, holds or shells are places: "the Qarqur hill", "the
hilltop of Tal Shihab", "Kalamun mountain", "the Shayrat airbase" name the place of a capture or a
shelling whatever NER typed the name (often a person or an organisation). Sentences written for this
work (session 13)."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("The rebels captured the strategic hilltop of Tal Shihab after a night of heavy fighting.", "captured", "Tal Shihab"),
        pytest.param("Government troops captured the Qarqur hill on Thursday.", "captured", "Qarqur",
                     marks=pytest.mark.xfail(strict=True, reason="a candidate now; the place ranker says none")),
        ("Militants shelled the Shayrat airbase with rockets overnight.", "shelled", "Shayrat"),
        ("Two soldiers were killed in the fighting on Hamdan mountain in the south.", "killed", "Hamdan"),
        ("The army stormed the mountaintop of Jabal Akrad before dawn.", "stormed", "Jabal Akrad"),
    ],
)  # fmt: skip
def test_high_ground_is_a_place(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen


def test_a_hill_of_problems_is_none(pipeline: Pipeline) -> None:
    assert chosen_place(pipeline, "The minister demonstrated a mountain of evidence to the committee.", "demonstrated") is None
