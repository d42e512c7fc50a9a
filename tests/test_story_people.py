"""The story's people: back-references take the story's one nationality (extract/story_people.py)."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.extract.story_people import fill_back_references, fill_named_people, story_nationality
from watchfloor.model import Document, Event, Evidence, Target
from watchfloor.pipeline import Pipeline


def _event(type_: str, *targets: Target) -> Event:
    return Event(id="e", type=type_, evidence=Evidence(0, 1, "x"), targets=list(targets))


def test_back_reference_takes_the_one_nationality() -> None:
    events = [_event("ARREST", Target(count=3, nationality="IDN", text="three Indonesians")),
              _event("DEPORT", Target(count=3, text="them"))]
    fill_back_references(events, "en")
    assert events[1].nationalities == {"IDN"}


def test_fresh_people_stay_open() -> None:
    events = [_event("ARREST", Target(count=3, nationality="IDN", text="three Indonesians")),
              _event("ARREST", Target(count=2, text="two women"))]
    fill_back_references(events, "en")
    assert not events[1].nationalities


def test_a_name_told_again_takes_its_nationality() -> None:
    events = [_event("DEPORT", Target(count=1, nationality="BEL", text="Samira Amrani"),
                     Target(count=1, nationality="BEL", text="Hind Amrani")),
              _event("ARREST", Target(count=1, text="Samira")),
              _event("ARREST", Target(count=1, text="Yusuf"))]
    fill_named_people(events)
    assert events[1].nationalities == {"BEL"}
    assert not events[2].nationalities  # a name the story never gave a nationality


def test_a_name_shared_by_two_nationalities_stays_open() -> None:
    events = [_event("ARREST", Target(count=1, nationality="BEL", text="Karim Haddad")),
              _event("ARREST", Target(count=1, nationality="MAR", text="Karim Bensaid")),
              _event("CHARGE", Target(count=1, text="Karim"))]
    fill_named_people(events)
    assert not events[2].nationalities


def test_two_nationalities_leave_it_open() -> None:
    events = [_event("ARREST", Target(count=1, nationality="NLD", text="a Dutch woman")),
              _event("ARREST", Target(count=1, nationality="MAR", text="a Moroccan woman")),
              _event("DEPORT", Target(count=1, text="she"))]
    fill_back_references(events, "en")
    assert story_nationality(events) is None
    assert not events[2].nationalities


def test_victims_are_not_the_storys_people() -> None:
    events = [_event("ATTACK", Target(count=4, nationality="FRA", text="four French tourists")),
              _event("ARREST", Target(count=2, text="the attackers"))]
    fill_back_references(events, "en")
    assert not events[1].nationalities


def test_russian_back_reference() -> None:
    events = [_event("ARREST", Target(count=2, nationality="UZB", text="двух граждан Узбекистана")),
              _event("DEPORT", Target(count=2, text="их"))]
    fill_back_references(events, "ru")
    assert events[1].nationalities == {"UZB"}


# Stories written for this stage; first pass 2 of 4, now 4 of 4. Story 2 first wanted no ARREST for "were
# stopped at the airport"; GOLD-FORMAT counts a stop of people as an event, so the case now wants it.
STORIES = [
    ("Turkish police detained four Egyptian men in Mersin on Monday. "
     "On Wednesday the men were deported, a police source said.", {"ARREST": {"EGY"}, "DEPORT": {"EGY"}}),
    ("Greek police arrested an Iraqi man in Thessaloniki on Friday. Prosecutors charged him on Saturday "
     "with membership of a terrorist group.", {"ARREST": {"IRQ"}, "CHARGE": {"IRQ"}}),
    ("Two Kyrgyz nationals were stopped at Istanbul airport on Sunday. Both were denied entry and "
     "they were sent back to Bishkek on Monday.", {"ARREST": {"KGZ"}, "ENTRY_BAN": {"KGZ"}, "DEPORT": {"KGZ"}}),
    ("Police detained a German convert and a Tunisian man in Munich on Tuesday. "
     "They were charged on Wednesday.", {"ARREST": {"DEU", "TUN"}, "CHARGE": {"DEU", "TUN"}}),
]


@pytest.mark.parametrize(("text", "wants"), STORIES, ids=[f"story{i}" for i in range(len(STORIES))])
def test_stories(pipeline: Pipeline, text: str, wants: dict[str, set[str]]) -> None:
    x = pipeline.extract(Document(doc_id="t", text=text, language="en", published=date(2021, 3, 10)))
    got = {e.type: set(e.nationalities) for e in x.events}
    assert got == wants
