"""The mapping of our events to ACLED's layout (data/acled.json, docs/exports.md), on records of
our own making, and the data file checked like code."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

import pycountry
import pytest

from watchfloor.export.acled import COLUMNS, acled_row, event_types, load_mapping
from watchfloor.extract.ontology import event_types as our_types


def record(type_: str, **fields: Any) -> dict[str, Any]:
    """An event record in the shape of `watchfloor events --format json`."""
    out: dict[str, Any] = {
        "type": type_, "date": "2015-04-04", "date_precision": "day", "agent": None, "targets": [],
        "total": None, "killed": None, "weapon": None, "location": {"country": "TUR", "admin1": "Kilis",
        "place": "Kilis", "text": "Kilis"}, "affiliation": None, "modality": "asserted", "about": "terrorism",
        "evidence": "something happened", "lat": 36.7, "lon": 37.1, "geo_precision": 1,
    }  # fmt: skip
    out.update(fields)
    return out


def row(r: dict[str, Any]) -> dict[str, Any]:
    return acled_row(r, event_id="c1", sources=["A", "B"], timestamp=1_700_000_000)


def test_every_column_is_filled_in_order() -> None:
    out = row(record("ARREST"))
    assert list(out) == list(COLUMNS)
    assert out["event_id_cnty"] == "TUR-c1" and out["event_date"] == "2015-04-04" and out["year"] == 2015
    assert out["time_precision"] == 1 and out["source"] == "A; B" and out["timestamp"] == 1_700_000_000
    assert (out["iso"], out["region"], out["country"]) == (792, "Middle East", "Turkey")
    assert (out["admin1"], out["location"], out["latitude"], out["longitude"], out["geo_precision"]) == (
        "Kilis", "Kilis", 36.7, 37.1, 1)  # fmt: skip
    assert out["fatalities"] == 0 and out["admin2"] == "" and out["source_scale"] == ""


@pytest.mark.parametrize(
    "ours, theirs",
    [
        ("ARREST", ("Strategic developments", "Arrests")),
        ("DEPORT", ("Strategic developments", "Other")),
        ("ENTRY_BAN", ("Strategic developments", "Other")),
        ("CHARGE", ("Strategic developments", "Other")),
        ("TAKEDOWN", ("Strategic developments", "Other")),
        ("TRAVEL", ("Strategic developments", "Other")),
    ],
)
def test_types_that_are_strategic_developments(ours: str, theirs: tuple[str, str]) -> None:
    assert event_types(record(ours)) == theirs


@pytest.mark.parametrize(
    "fields, theirs",
    [
        ({"weapon": "bomb", "evidence": "a roadside bomb went off"}, ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ({"evidence": "an IED killed two soldiers"}, ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ({"evidence": "a suicide bomber blew himself up at the checkpoint"}, ("Explosions/Remote violence", "Suicide bomb")),
        ({"evidence": "an airstrike hit the village"}, ("Explosions/Remote violence", "Air/drone strike")),
        ({"evidence": "a drone struck the convoy"}, ("Explosions/Remote violence", "Air/drone strike")),
        ({"evidence": "the shelling of the border town went on"}, ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ({"weapon": "mortar", "evidence": "mortar rounds fell on the town"}, ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ({"evidence": "в результате обстрела погибли двое"}, ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ({"evidence": "attackers threw a grenade at the patrol"}, ("Explosions/Remote violence", "Grenade")),
        ({"evidence": "gunmen shot dead three villagers", "victims": ["three villagers"]}, ("Violence against civilians", "Attack")),
        ({"evidence": "боевики расстреляли мирных жителей"}, ("Violence against civilians", "Attack")),
        ({"evidence": "soldiers clashed with militants near the border"}, ("Battles", "Armed clash")),
        ({"evidence": "a soldier was killed in the determined assault"}, ("Battles", "Armed clash")),  # not "mine"
    ],
)  # fmt: skip
def test_attacks_by_their_words(fields: dict[str, Any], theirs: tuple[str, str]) -> None:
    assert event_types(record("ATTACK", **fields)) == theirs


def test_violence_against_civilians_targets_civilians() -> None:
    out = row(record("ATTACK", evidence="gunmen killed four civilians", killed=4, agent={"text": "gunmen"}))
    assert out["civilian_targeting"] == "Civilian targeting" and out["actor2"] == "Civilians (Turkey)"
    assert out["inter2"] == 7 and out["fatalities"] == 4 and out["actor1"] == "gunmen"


def test_state_forces_are_named_as_acled_names_them() -> None:
    police = row(record("ARREST", agent={"text": "Turkish police", "country": "TUR", "sector": "POL"},
                        targets=[{"count": 3, "nationality": "RUS"}], total=3))  # fmt: skip
    assert (police["actor1"], police["assoc_actor_1"], police["inter1"]) == ("Police Forces of Turkey", "Turkish police", 1)
    assert (police["actor2"], police["inter2"], police["interaction"]) == ("Civilians (Russia)", 7, 17)
    assert "nationalities=RUS" in police["tags"] and "people=3" in police["tags"]
    army = row(record("ATTACK", agent={"text": "the army", "country": "TUR", "sector": "MIL"}, evidence="troops shelled positions"))
    assert (army["actor1"], army["inter1"], army["interaction"]) == ("Military Forces of Turkey", 1, 10)


def test_foreign_state_forces_are_external() -> None:
    out = row(record("ARREST", agent={"text": "Russian agents", "country": "RUS", "sector": "GOV"}))
    assert (out["actor1"], out["inter1"]) == ("Government of Russia", 8)


def test_a_state_act_without_an_agent_is_the_states_and_says_so() -> None:
    out = row(record("DEPORT", targets=[{"count": 7, "nationality": "DEU"}, {"count": 4, "nationality": "XKX"}]))
    assert (out["actor1"], out["inter1"]) == ("Government of Turkey", 1)
    assert "actor1 inferred from the event type" in out["tags"]
    assert (out["actor2"], out["assoc_actor_2"], out["inter2"]) == ("Civilians (International)", "Germany; Kosovo", 7)
    takedown = row(record("TAKEDOWN", location=None, lat=None, lon=None))
    assert takedown["actor1"] == "" and takedown["inter1"] is None and takedown["interaction"] is None
    assert takedown["event_id_cnty"] == "XXX-c1" and takedown["country"] == "" and takedown["geo_precision"] is None


def test_a_group_they_belong_to_is_actor2() -> None:
    out = row(record("ARREST", affiliation="Islamic State", targets=[{"count": 2, "nationality": "TJK"}],
                     agent={"text": "police", "country": "TUR", "sector": "POL"}))  # fmt: skip
    assert (out["actor2"], out["assoc_actor_2"], out["inter2"], out["interaction"]) == (
        "Islamic State", "Tajikistan", 2, 12)  # fmt: skip


@pytest.mark.parametrize("precision, code", [("day", 1), ("week", 2), ("month", 3), ("year", 3)])
def test_time_precision(precision: str, code: int) -> None:
    out = row(record("ARREST", date_precision=precision))
    assert out["time_precision"] == code
    assert ("date precision=year" in out["tags"]) == (precision == "year")


def test_undated_and_country_only() -> None:
    out = row(record("ENTRY_BAN", date=None, date_precision="unknown",
                     location={"country": "TUR", "admin1": None, "place": None, "text": None}, lat=39.0, lon=35.0,
                     geo_precision=None, modality="claimed"))  # fmt: skip
    assert out["event_date"] is None and out["year"] is None and out["time_precision"] is None
    assert out["location"] == "Turkey" and out["geo_precision"] == 3 and "location=country only" in out["tags"]
    assert "modality=claimed" in out["tags"]


def test_disagreements_are_noted() -> None:
    out = row(record("ARREST", evidence="13 were detained",
                     disagreements=[{"field": "total", "values": [{"value": 13}, {"value": 14}]}]))  # fmt: skip
    assert out["notes"] == "13 were detained [sources disagree: total 13/14]"


# -- the data file ------------------------------------------------------------------------------


def _raw() -> dict[str, Any]:
    return dict(json.loads(files("watchfloor.data").joinpath("acled.json").read_text("utf-8")))


ACLED_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}  # fmt: skip


def test_every_type_of_ours_is_mapped_to_acleds_own_types() -> None:
    raw = _raw()
    assert set(our_types()) == set(raw["types"])
    pairs = [(t["event_type"], t["sub_event_type"]) for t in raw["types"].values() if t["event_type"]]
    pairs += [(r["event_type"], r["sub_event_type"]) for r in raw["attack_rules"]]
    pairs.append((raw["attack_default"]["event_type"], raw["attack_default"]["sub_event_type"]))
    for event_type, sub_event_type in pairs:
        assert sub_event_type in ACLED_TYPES[event_type], (event_type, sub_event_type)
    for spec in raw["types"].values():
        assert spec["default_sector"] is None or spec["default_sector"] in raw["sectors"]


def test_the_ontology_and_the_mapping_agree() -> None:
    ontology = json.loads(files("watchfloor.data").joinpath("ontology.json").read_text("utf-8"))["types"]
    mapping = load_mapping()
    for code, spec in ontology.items():
        said = spec.get("acled") or ""
        if code == "ATTACK":
            assert set(said.split("; ")) == {r.event_type for r in mapping.attack_rules} | {mapping.attack_default[0]}
        elif said:
            assert mapping.types[code]["sub_event_type"] == said, code


def test_regions_are_iso_codes_each_in_one_region() -> None:
    raw = _raw()
    seen: dict[str, str] = {}
    for region, codes in raw["regions"].items():
        for code in codes:
            assert code == "XKX" or pycountry.countries.get(alpha_3=code) is not None, code
            assert code not in seen, f"{code} in {seen.get(code)} and {region}"
            seen[code] = region
    # every code of ISO 3166-1 has a region but uninhabited territories
    missing = {c.alpha_3 for c in pycountry.countries} - set(seen)
    assert missing <= {"ATF", "BVT", "CCK", "CXR", "HMD", "IOT", "SGS", "UMI"}, sorted(missing)


def test_attack_words_are_lowercase_and_unique() -> None:
    for rule in _raw()["attack_rules"]:
        words = rule["words"]
        assert all(w == w.lower().strip() for w in words) and len(words) == len(set(words)), rule["sub_event_type"]


def test_the_cli_offers_every_format() -> None:
    from watchfloor import cli_export, export

    assert cli_export.FORMATS == export.FORMATS  # kept apart so the CLI starts without the exporters
