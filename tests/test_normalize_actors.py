"""Agent phrases → actor name, country and sector, English and Russian."""

from __future__ import annotations

import pytest

from watchfloor.model import SECTORS
from watchfloor.normalize.actors import NO_COUNTRY, Actor, actor_of, pattern_keys
from watchfloor.normalize.nationality import read_tsv, valid_iso3

FSB = "Federal Security Service"

CASES: list[tuple[str, str, str | None, Actor | None]] = [
    # phrase, lang, document country, expected
    ("Turkey", "en", None, Actor(None, "TUR", "GOV")),
    ("Azerbaijan", "en", None, Actor(None, "AZE", "GOV")),
    ("Турция", "ru", None, Actor(None, "TUR", "GOV")),
    ("authorities in Turkey", "en", None, Actor(None, "TUR", "GOV")),
    ("Turkish authorities", "en", None, Actor(None, "TUR", "GOV")),
    ("Turkish officials", "en", None, Actor(None, "TUR", "GOV")),
    ("the government", "en", "SYR", Actor(None, "SYR", "GOV")),
    ("officials from Gaziantep Province", "en", "TUR", Actor(None, "TUR", "GOV")),
    ("Kilis Governor's Office", "en", None, Actor("Kilis Governor's Office", "TUR", "GOV")),
    ("the Gaziantep Governor's Office", "en", None, Actor("Gaziantep Governor's Office", "TUR", "GOV")),
    ("the governor's office", "en", "TUR", Actor(None, "TUR", "GOV")),
    ("Turkish Interior Ministry", "en", None, Actor("Ministry of Interior", "TUR", "GOV")),
    ("the Interior Ministry of Tajikistan", "en", None, Actor(None, "TJK", "GOV")),
    ("The Turkish Armed Forces", "en", None, Actor("Turkish Armed Forces", "TUR", "MIL")),
    ("Turkish General Staff", "en", None, Actor("Turkish General Staff", "TUR", "MIL")),
    ("the General Staff", "en", "TUR", Actor(None, "TUR", "MIL")),
    ("Gendarmerie", "en", "TUR", Actor(None, "TUR", "MIL")),
    ("jandarma", "en", None, Actor("Gendarmerie General Command", "TUR", "MIL")),
    ("Turkish soldiers", "en", None, Actor(None, "TUR", "MIL")),
    ("the army", "en", "SYR", Actor(None, "SYR", "MIL")),
    ("Turkish border guards", "en", None, Actor(None, "TUR", "MIL")),
    ("Turkish security forces", "en", None, Actor(None, "TUR", "MIL")),
    ("the security forces", "en", "TUR", Actor(None, "TUR", "MIL")),
    ("MIT", "en", None, Actor("National Intelligence Organization", "TUR", "POL")),
    ("Turkish police", "en", None, Actor("Turkish National Police", "TUR", "POL")),
    ("police", "en", "TUR", Actor(None, "TUR", "POL")),
    ("Police", "en", "TUR", Actor(None, "TUR", "POL")),
    ("police counter-terrorism teams", "en", "TUR", Actor(None, "TUR", "POL")),
    ("German police", "en", None, Actor(None, "DEU", "POL")),
    ("Greek police", "en", None, Actor(None, "GRC", "POL")),
    ("Danish police", "en", None, Actor(None, "DNK", "POL")),
    ("Police in Kosovo", "en", None, Actor(None, "XKX", "POL")),
    ("Kosovo Police", "en", None, Actor("Kosovo Police", "XKX", "POL")),
    ("Russia's FSB", "en", None, Actor(FSB, "RUS", "POL")),
    ("the FSB", "en", "TUR", Actor(FSB, "RUS", "POL")),
    ("Turkish security authorities", "en", None, Actor(None, "TUR", "POL")),
    ("security services", "en", "TJK", Actor(None, "TJK", "POL")),
    ("Tajik security services", "en", None, Actor(None, "TJK", "POL")),
    ("Kyrgyz security services", "en", None, Actor(None, "KGZ", "POL")),
    (
        "Azerbaijan's National Security Ministry",
        "en",
        None,
        Actor("Ministry of National Security", "AZE", "POL"),
    ),
    (
        "the State Investigation and Protection Agency (SIPA) of Bosnia",
        "en",
        None,
        Actor("State Investigation and Protection Agency", "BIH", "POL"),
    ),
    ("Europol", "en", "DEU", Actor("Europol", None, "POL")),
    ("A Belgian court", "en", None, Actor(None, "BEL", "JUD")),
    ("The judges", "en", "BEL", Actor(None, "BEL", "JUD")),
    ("German federal prosecutors", "en", None, Actor("Federal Prosecutor General", "DEU", "JUD")),
    ("prosecutors in Istanbul", "en", "TUR", Actor(None, "TUR", "JUD")),
    ("Anadolu Agency", "en", None, Actor("Anadolu Agency", "TUR", "MED")),
    ("Telegram", "en", "RUS", Actor("Telegram", None, "OTH")),
    ("Islamic State militants", "en", "SYR", Actor("Islamic State", None, "REB/INS")),
    ("Kurdish militants", "en", "TUR", Actor(None, None, "REB/INS")),
    ("Сотрудники ФСБ", "ru", None, Actor(FSB, "RUS", "POL")),
    ("ФСБ России", "ru", None, Actor(FSB, "RUS", "POL")),
    ("МВД", "ru", None, Actor("Ministry of Internal Affairs", "RUS", "POL")),
    ("МВД Турции", "ru", None, Actor("Ministry of Internal Affairs", "TUR", "POL")),
    ("Следственный комитет", "ru", None, Actor("Investigative Committee", "RUS", "JUD")),
    ("Следственного комитета России", "ru", None, Actor("Investigative Committee", "RUS", "JUD")),
    ("Генштаб Турции", "ru", None, Actor("Turkish General Staff", "TUR", "MIL")),
    ("Генштаба Турции", "ru", None, Actor("Turkish General Staff", "TUR", "MIL")),
    ("турецкие силовики", "ru", None, Actor(None, "TUR", "POL")),
    ("турецких силовиков", "ru", None, Actor(None, "TUR", "POL")),
    ("пограничники", "ru", "TUR", Actor(None, "TUR", "MIL")),
    ("турецкие пограничники", "ru", None, Actor(None, "TUR", "MIL")),
    ("правоохранительные органы Турции", "ru", None, Actor(None, "TUR", "POL")),
    ("Власти турецкой провинции Газиантеп", "ru", None, Actor(None, "TUR", "GOV")),
    ("власти Таджикистана", "ru", None, Actor(None, "TJK", "GOV")),
    ("МНБ", "ru", None, Actor("Ministry of National Security", "AZE", "POL")),
    ("МНБ Азербайджана", "ru", None, Actor("Ministry of National Security", "AZE", "POL")),
    ("ГКНБ Таджикистана", "ru", None, Actor("State Committee for National Security", "TJK", "POL")),
    ("ГКНБ Киргизии", "ru", None, Actor("State Committee for National Security", "KGZ", "POL")),
    ("полиция Косово", "ru", None, Actor(None, "XKX", "POL")),
    ("бельгийский суд", "ru", None, Actor(None, "BEL", "JUD")),
    ("Администрация мессенджера Telegram", "ru", None, Actor("Telegram", None, "OTH")),
    ("боевики", "ru", "SYR", Actor(None, None, "REB/INS")),
    # Phrases that name no actor.
    ("a teenage gunman", "en", None, None),
    ("a 27-year-old Syrian refugee", "en", None, None),
    ("mit", "en", None, None),
    ("the man", "en", "USA", None),
    ("задержанные", "ru", "TUR", None),
]


@pytest.mark.parametrize(("phrase", "lang", "context", "expected"), CASES, ids=[c[0] for c in CASES])
def test_actor_of(phrase: str, lang: str, context: str | None, expected: Actor | None) -> None:
    assert actor_of(phrase, lang, context) == expected


def test_actor_table_is_clean() -> None:
    keys: list[tuple[str, str]] = []
    for row in read_tsv("actors.tsv"):
        assert 4 <= len(row) <= 5, row
        pattern, lang, name, country, sector = (row + [""])[:5]
        assert lang in ("en", "ru"), row
        assert sector in SECTORS, row
        assert country in ("", NO_COUNTRY) or country in valid_iso3(), row
        keys += [(lang, key) for key in pattern_keys(pattern, lang)]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("Spain's Guardia Civil", "ESP", "POL"), ("the Carabinieri", "ITA", "MIL"), ("the FBI", "USA", "POL"),
    ("Indonesia's Densus 88", "IDN", "POL"), ("Nigeria's DSS", "NGA", "POL"), ("AMISOM troops", None, "MIL"),
])
def test_national_bodies_named_without_their_country(phrase: str, country: str | None, sector: str) -> None:
    actor = actor_of(phrase, "en")
    assert actor is not None and actor.country == country and actor.sector == sector


def test_an_acronym_in_lower_case_is_a_word() -> None:
    assert actor_of("pet owners", "en") is None  # "PET", Denmark's security service, only in capitals


def test_required_bodies_are_covered() -> None:
    for phrase, country in [
        ("Turkish General Staff", "TUR"),
        ("Gendarmerie General Command", "TUR"),
        ("FSB", "RUS"),
        ("ФСБ", "RUS"),
        ("Следственный комитет", "RUS"),
        ("Kosovo Police", "XKX"),
        ("МНБ", "AZE"),
    ]:
        actor = actor_of(phrase)
        assert actor is not None and actor.name and actor.country == country, phrase
