"""A relative clause on the act's agent ("shot by gunmen who opened fire … in X") tells how the act
itself was done, so its place is the act's; a relative clause on anyone else ("men who fought in
Syria were arrested") stays another act. Sentences written for this work (session 13): 2 of 6 when first run, 5 of 6 after (the sixth is a
candidate now, but the learned ranker prefers none)."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("The shopkeeper was shot by two gunmen who opened fire from a motorbike in Quetta on Monday.", "shot", "Quetta"),
        pytest.param("A teacher was killed by militants who raided a school in Mandera.", "killed", "Mandera",
                     marks=pytest.mark.xfail(strict=True, reason="a candidate now; the place ranker says none")),
        ("The judge was murdered by men who ambushed his car outside Culiacan.", "murdered", "Culiacan"),
        ("Three soldiers were wounded by a bomber who struck a checkpoint near Kismayo.", "wounded", "Kismayo"),
        ("Two men who fought in Syria were arrested by police in Brussels.", "arrested", "Brussels"),
    ],
)  # fmt: skip
def test_the_agents_clause_tells_the_acts_place(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen


def test_a_clause_on_the_detainees_is_another_act(pipeline: Pipeline) -> None:
    assert chosen_place(pipeline, "Police arrested four men who had fought in Syria.", "arrested") is None
