"""A city's other names in the GeoNames data hold airport codes; the gazetteer indexes none of them
that are not the name's own initials, or armed groups' initials become towns (batch 339 of
tests/test_generalise_en.py: "a VDP position near Djibo" was placed in Venezuela)."""

from __future__ import annotations

import pytest

from watchfloor.normalize.gazetteer import _code
from watchfloor.normalize.places import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize("initials", ["PKK", "SDF", "YPG", "HTS", "ADF", "VDP", "pkk"])
def test_group_initials_are_no_town(gazetteer: Gazetteer, initials: str) -> None:
    assert gazetteer.resolve(initials).place is None


@pytest.mark.parametrize(("name", "country"), [("NYC", "USA"), ("Djibo", "BFA"), ("Gao", "MLI"), ("Kilis", "TUR")])
def test_names_and_their_initials_stay(gazetteer: Gazetteer, name: str, country: str) -> None:
    found = gazetteer.resolve(name).place
    assert found is not None and found.country == country


@pytest.mark.parametrize(("spelling", "name", "code"), [
    ("PKK", "Pakokku", True), ("NYC", "New York City", False), ("RAB", "Rab", False), ("Kabul", "Kabul", False),
    ("LA", "Los Angeles", False), ("SDF", "Louisville", True),
])
def test_what_is_a_code(spelling: str, name: str, code: bool) -> None:
    assert _code(spelling, name) is code
