"""A clause that tells how the act came about carries the act's place: a 'when' clause on the act's
time ("killed on Monday when rebels set off a bomb in X": the parser hangs it on "Monday" as a
relative clause) and a relative clause on the attack the act was done in ("killed in an air raid
that struck X", "the blast that ripped through X killed five"). A relative clause on a person
("men who fought in Syria") stays another act. Sentences written for this work (session 13)."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Four policemen were killed on Tuesday when insurgents set off a roadside bomb in Baqubah.", "killed", "Baqubah"),
        ("Two guards were wounded Friday night when gunmen stormed a bank in Kandahar.", "wounded", "Kandahar"),
        ("A farmer was shot dead Sunday, when attackers raided his village near Maiduguri.", "shot", "Maiduguri"),
        ("Nine civilians were killed in an air raid that struck a market in Saraqib.", "killed", "Saraqib"),
        ("Six people died in a bombing which tore through a bus station in Quetta.", "died", "Quetta"),
        ("The blast that ripped through a cafe in Mogadishu killed five people.", "killed", "Mogadishu"),
    ],
)  # fmt: skip
def test_a_clause_telling_how_the_act_came_about_places_it(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Police arrested three men on Monday who had fought in Syria.", "arrested"),
        ("The army condemned the attack that killed ten soldiers in Kidal.", "condemned"),
    ],
)  # fmt: skip
def test_another_acts_clause_stays_out(pipeline: Pipeline, text: str, verb: str) -> None:
    assert chosen_place(pipeline, text, verb) is None
