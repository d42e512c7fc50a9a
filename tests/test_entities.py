"""The entity layer on our own sentences: each type, exact offsets, normalised values, span conventions."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from watchfloor.cli import main
from watchfloor.extract.entities import EntityExtractor, lexicon
from watchfloor.model import ENTITY_TYPES, Document, Entity

TEXT = (
    "Foreign Secretary Boris Johnson met Russian Foreign Minister Sergei Lavrov in Vienna on Friday.\n"
    "Russia said the talks were useful. The UK Government will give £20 million to the Syria Recovery Trust Fund.\n"
    "Iraqi security forces fired mortar rounds and two Hellfire missiles at ISIL positions near Mosul, while "
    "F-16 jets and a Reaper drone circled. A car bomb hidden in a minibus killed at least 28 people.\n"
    "He said that we must act. Follow @WatchfloorDesk or write to desk@example.org. The station sends on "
    "12.245 MHz from 33°47′N 44°30′E, under UN Security Council Resolution 2254, about 30km away. "
    "Turnout fell by 25%."
)
PUBLISHED = date(2016, 9, 24)  # a Saturday


@pytest.fixture(scope="module")
def extractor(pipeline: Any) -> EntityExtractor:
    return EntityExtractor(pipeline.gazetteer)


@pytest.fixture(scope="module")
def found(extractor: EntityExtractor) -> list[Entity]:
    document = Document(doc_id="t", text=TEXT, language="en", published=PUBLISHED)
    return next(extractor.extract_many([document]))[1]


def one(entities: list[Entity], type_: str, surface: str) -> Entity:
    """The single mention of `type_` whose text is `surface`; its offsets must point at that text."""
    hits = [e for e in entities if e.type == type_ and e.text == surface]
    assert len(hits) == 1, (type_, surface, [(e.type, e.text) for e in entities])
    hit = hits[0]
    assert TEXT[hit.start : hit.end] == surface
    return hit


def test_offsets_are_exact(found: list[Entity]) -> None:
    assert found
    for e in found:
        assert TEXT[e.start : e.end] == e.text and e.type in ENTITY_TYPES


def test_people_keep_their_titles_and_names(found: list[Entity]) -> None:
    johnson = one(found, "Person", "Foreign Secretary Boris Johnson")
    assert (johnson.start, johnson.value, johnson.attrs["title"]) == (0, "Boris Johnson", "Foreign Secretary")
    lavrov = one(found, "Person", "Russian Foreign Minister Sergei Lavrov")
    assert lavrov.value == "Sergei Lavrov"
    # the name and the nationality inside the longer mention are mentions too
    assert one(found, "Person", "Sergei Lavrov").start == TEXT.index("Sergei")
    assert one(found, "Nationality", "Russian").value == "RUS"


def test_places_resolve_in_the_gazetteer(found: list[Entity]) -> None:
    mosul = one(found, "Location", "Mosul")
    assert mosul.attrs["country"] == "IRQ" and mosul.attrs["admin1"]
    assert abs(mosul.attrs["lat"] - 36.34) < 0.2 and abs(mosul.attrs["lon"] - 43.12) < 0.2
    assert one(found, "Location", "Vienna").attrs["country"] == "AUT"


def test_a_country_that_acts_is_an_organisation(found: list[Entity]) -> None:
    russia = one(found, "Organisation", "Russia")
    assert russia.value == "RUS" and russia.attrs["sector"] == "GOV"
    uk = one(found, "Organisation", "The UK Government")  # determiner kept, re3d's convention
    assert uk.attrs["country"] == "GBR"


def test_organisations_groups_and_people_by_class(found: list[Entity]) -> None:
    forces = one(found, "Organisation", "Iraqi security forces")
    assert forces.attrs["country"] == "IRQ" and forces.attrs["sector"] == "MIL"
    assert one(found, "Nationality", "Iraqi").value == "IRQ"
    assert one(found, "Organisation", "ISIL").value == "IS"
    one(found, "Organisation", "the Syria Recovery Trust Fund")
    # a count is a quantity of its own, not part of the group: "at least 28 people" → "people", "28"
    one(found, "Organisation", "people")
    assert one(found, "Quantity", "28").value == "28"


def test_weapons_platforms_vehicles(found: list[Entity]) -> None:
    assert one(found, "Weapon", "mortar rounds").value == "artillery"
    assert one(found, "Weapon", "two Hellfire missiles").value == "missile"
    assert one(found, "Weapon", "A car bomb").value == "explosive"
    assert one(found, "MilitaryPlatform", "F-16 jets").value == "aircraft"
    assert one(found, "MilitaryPlatform", "a Reaper drone").value == "aircraft"
    assert one(found, "Vehicle", "a minibus").value == "road"


def test_dates_money_quantities(found: list[Entity]) -> None:
    friday = one(found, "Temporal", "Friday")  # "on" is not part of the date
    assert (friday.value, friday.attrs["precision"]) == ("2016-09-23", "day")
    money = one(found, "Money", "£20 million")
    assert (money.value, money.attrs["currency"]) == ("20000000", "GBP")
    km = one(found, "Quantity", "30km")  # "about" is not part of the quantity
    assert (km.value, km.attrs["unit"]) == ("30", "km")
    assert one(found, "Quantity", "25%").attrs["unit"] == "%"


def test_identifiers(found: list[Entity]) -> None:
    one(found, "CommsIdentifier", "@WatchfloorDesk")
    one(found, "CommsIdentifier", "desk@example.org")
    assert one(found, "Frequency", "12.245 MHz").value == "12245000 Hz"
    coordinate = one(found, "Coordinate", "33°47′N 44°30′E")
    assert (coordinate.attrs["lat"], coordinate.attrs["lon"]) == (33.783333, 44.5)
    one(found, "DocumentReference", "UN Security Council Resolution 2254")


def test_pronouns_only_when_asked(found: list[Entity], pipeline: Any) -> None:
    assert not [e for e in found if e.text in ("He", "we")]
    document = Document(doc_id="t", text=TEXT, language="en")
    with_pronouns = next(EntityExtractor(pipeline.gazetteer, pronouns=True).extract_many([document]))[1]
    assert one(with_pronouns, "Person", "He") and one(with_pronouns, "Organisation", "we")


def test_russian_names_places_and_dates(extractor: EntityExtractor) -> None:
    text = "Сергей Лавров прибыл в Анкару 5 марта. ФСБ задержала боевиков ИГ."
    document = Document(doc_id="ru", text=text, language="ru", published=date(2017, 3, 10))
    ents = next(extractor.extract_many([document]))[1]
    by_text = {e.text: e for e in ents}
    assert by_text["Сергей Лавров"].type == "Person"
    assert by_text["Анкару"].type == "Location" and by_text["Анкару"].attrs["country"] == "TUR"
    assert by_text["5 марта"].value == "2017-03-05"
    assert by_text["ИГ"].type == "Organisation" and by_text["ИГ"].value == "IS"
    for e in ents:
        assert text[e.start : e.end] == e.text


def test_measures_keep_their_unit_and_small_counts_are_not_amounts(extractor: EntityExtractor) -> None:
    text = "The plant makes 84 MW and the wall stands 300m from the road; two men guard it."
    ents = next(extractor.extract_many([Document(doc_id="q", text=text, language="en")]))[1]
    quantities = {e.text: e for e in ents if e.type == "Quantity"}
    assert set(quantities) == {"84 MW", "300m"}
    assert (quantities["84 MW"].value, quantities["84 MW"].attrs["unit"]) == ("84", "mw")


def test_lowercase_text_is_quoted_as_written(extractor: EntityExtractor) -> None:
    text = "foreign secretary boris johnson arrived in baghdad on friday with the iraqi foreign minister."
    ents = next(extractor.extract_many([Document(doc_id="lc", text=text, language="en")]))[1]
    assert ents
    for e in ents:
        assert text[e.start : e.end] == e.text


def test_one_name_one_person_per_document(extractor: EntityExtractor) -> None:
    text = "Karim Wasifi came back to Baghdad to play. Sadiq stood behind Karim when he played in Karrada."
    ents = next(extractor.extract_many([Document(doc_id="k", text=text, language="en")]))[1]
    second = text.rindex("Karim")
    assert [e.type for e in ents if e.start == second] == ["Person"]
    assert [e.type for e in ents if e.text == "Baghdad"] == ["Location"]


def test_lexicon_types_are_known_and_terms_lowercase() -> None:
    table = lexicon()
    assert table["rifles"].type == "Weapon" and table["fighters"].type == "Organisation"
    assert table["fighter"].type == "MilitaryPlatform"  # a listed form beats a derived plural
    for term, entry in table.items():
        assert entry.type in ENTITY_TYPES and term == term.lower() and term.strip() == term, term


def test_cli_entities(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    note = "Foreign Secretary Boris Johnson arrived in Baghdad on 3 August 2016."
    path.write_text(note, "utf-8")
    result = CliRunner().invoke(main, ["entities", str(path), "--lang", "en", "--format", "json"])
    assert result.exit_code == 0, result.output
    ents = json.loads(result.output)["entities"]
    at = note.index("Baghdad")
    assert {"start": at, "end": at + 7, "text": "Baghdad", "type": "Location"}.items() <= ents[2].items()
    assert ents[2]["attrs"]["country"] == "IRQ"
    assert any(e["type"] == "Temporal" and e["value"] == "2016-08-03" for e in ents)
    table = CliRunner().invoke(main, ["entities", str(path), "--lang", "en"])
    assert table.exit_code == 0 and "Boris Johnson" in table.output and "entities" in table.output.splitlines()[-1]
    missing = CliRunner().invoke(main, ["entities", str(tmp_path / "absent.txt")])
    assert missing.exit_code != 0 and "absent.txt" in missing.output
