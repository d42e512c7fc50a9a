"""The named object of a verb that acts only on places ("stormed X", "patrolled X", "entered X",
"recaptured X") is the act's place whatever NER typed the name (a person, an organisation: village
and hill names the model has not seen). A verb that takes people too ("captured Abu Bakar") does
not make its object a place, nor is an armed body a place ("shelled the Sudan Liberation
Army"). Sentences written for this work (session 13): 6 of 9 when first run, 9 of 9 after."""

from __future__ import annotations

import pytest
from _place_choice import chosen_place

from watchfloor.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Rebels stormed Gadamayi on Sunday and burned the market.", "stormed", "Gadamayi"),
        ("Soldiers patrolled Kawar Maila overnight.", "patrolled", "Kawar Maila"),
        ("Government forces recaptured Nabi Younis after a week of fighting.", "recaptured", "Nabi Younis"),
        ("Troops entered Tal Hamid from the south on Friday.", "entered", "Tal Hamid"),
        ("Riot police patrolled Freedom Square during the vigil.", "patrolled", "Freedom Square"),
    ],
)  # fmt: skip
def test_the_named_object_of_a_verb_of_places_is_a_place(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.endswith(place.split()[-1]), chosen


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Government artillery shelled the Sudan Liberation Army in Jebel Marra on Monday.", "shelled", "Jebel Marra"),
        ("Militants stormed the Rapid Support Forces near Kadugli at dawn.", "stormed", "Kadugli"),
    ],
)  # fmt: skip
def test_an_armed_body_acted_on_is_no_place(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.endswith(place.split()[-1]), chosen


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Police captured Abu Bakar in a raid on Tuesday.", "captured"),
        ("Troops seized Ahmed Salim at dawn.", "seized"),
    ],
)  # fmt: skip
def test_a_person_taken_is_no_place(pipeline: Pipeline, text: str, verb: str) -> None:
    assert chosen_place(pipeline, text, verb) is None


# (session 13, second batch) "targeting" acts on places too, and an armed group's Arabic name
# ("Jaysh Al-Fateh": army of …) is a body, not a place
@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Jets targeted Kafr Batna with barrel bombs on Sunday.", "targeted", "Kafr Batna"),
        ("The army launched an assault on Monday, targeting Tal Sawan and nearby farms.", "targeting", "Tal Sawan"),
        ("Warplanes targeted Jaysh Al-Tawhid near Rastan on Friday.", "targeted", "Rastan"),
        ("Drones targeted Liwaa Al-Haqq fighters in Jobar.", "targeted", "Jobar"),
    ],
)  # fmt: skip
def test_a_target_is_a_place_and_a_jaysh_is_a_body(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen
