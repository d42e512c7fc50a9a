"""The ontology, topics and group lexicon are data: check them like code."""

from __future__ import annotations

import json
import re
from importlib.resources import files

import pytest

from watchfloor.errors import ConfigError
from watchfloor.extract.ontology import load_ontology
from watchfloor.extract.topics import load_topics, parse_topics, topic_of
from watchfloor.model import EVENT_TYPES
from watchfloor.normalize.groups import find_groups, group_of


def test_ontology_defines_every_type_with_triggers() -> None:
    ontology = load_ontology()
    assert set(EVENT_TYPES) <= set(ontology.types)  # the core seven; more may be added as data
    for code, etype in ontology.types.items():
        assert etype.verbs or etype.nouns or etype.phrasal, code
        assert etype.ru, f"{code} has no Russian triggers"


def test_ontology_triggers_are_lowercase_lemmas() -> None:
    raw = json.loads(files("watchfloor.data").joinpath("ontology.json").read_text("utf-8"))
    for code, spec in raw["types"].items():
        for key in ("verbs", "nouns", "phrasal", "passive_only", "ru"):
            for item in spec.get(key, []):
                assert item == item.lower().strip(), (code, key, item)
            assert len(spec.get(key, [])) == len(set(spec.get(key, []))), f"duplicate in {code}.{key}"


def test_trigger_lookup() -> None:
    ontology = load_ontology()
    assert ontology.verb_types("detain") == ["ARREST"]
    assert "DEPORT" in ontology.verb_types("deport")
    assert ontology.phrasal_types("shut", "down") == ["TAKEDOWN"]
    assert ontology.russian_types("задержать") == ["ARREST"]


def test_topics_load_and_have_unique_ids() -> None:
    topics = load_topics()
    ids = [t.id for t in topics]
    assert len(ids) == len(set(ids))
    for topic in topics:
        assert re.fullmatch(r"[a-z0-9-]+", topic.id)
        assert topic.match.get("en") and topic.match.get("ru"), topic.id


def test_topic_and_stance() -> None:
    found = topic_of("it is still possible to cross the border", "en")
    assert found is not None and found[0].id == "turkey-syria-border-crossable" and found[1] == "affirm"
    found = topic_of("the rumours about the border being closed are false", "en")
    assert found is not None and found[0].id == "border-closure-rumours" and found[1] == "deny"
    assert topic_of("the weather was fine", "en") is None
    found = topic_of("границу по-прежнему можно перейти", "ru")
    assert found is not None and found[0].id == "turkey-syria-border-crossable"


def test_bad_topics_file_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="twice"):
        parse_topics({"topics": [{"id": "a"}, {"id": "a"}]})
    with pytest.raises(ConfigError, match="bad pattern"):
        parse_topics({"topics": [{"id": "a", "match": {"en": ["("]}}]})


def test_groups() -> None:
    assert group_of("fighters of the Islamic State group", "en") == "IS"
    assert group_of("he joined ISIS last year", "en") == "IS"
    assert group_of("it is what it is", "en") is None  # the verb is not the acronym
    assert group_of("боевики ИГИЛ", "ru") == "IS"
    assert [g for _, _, g in find_groups("the Nusra Front and al-Qaeda", "en")] == ["Nusra", "al-Qaeda"]


def test_mixed_case_acronyms_match_only_as_written() -> None:
    assert group_of("let them go; Let it be; LET US PRAY", "en") is None  # "LeT" is not the verb
    assert group_of("the jem of the collection", "en") is None


def test_group_homes_name_known_groups_and_countries() -> None:
    from watchfloor.normalize.groups import home_country
    from watchfloor.normalize.nationality import country_code

    rows = [line.split("\t") for line in files("watchfloor.data").joinpath("group_homes.tsv").read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    codes = {line.split("\t")[1] for line in files("watchfloor.data").joinpath("groups.tsv").read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    assert rows and all(len(r) == 2 and r[0] in codes and re.fullmatch(r"[A-Z]{3}", r[1]) for r in rows), rows
    assert home_country("Houthis") == "YEM" and home_country("IS") is None  # IS acts in many countries
    assert country_code("Yemen", "en") == home_country("Houthis")


def test_group_lexicon_has_no_duplicates() -> None:
    rows = [
        line for line in files("watchfloor.data").joinpath("groups.tsv").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    keys = [tuple(r.split("\t")[::2]) for r in rows]
    assert len(keys) == len(set(keys))
    assert all(len(r.split("\t")) == 3 for r in rows)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("clashes between Al Shabaab and Somali forces", "al-Shabaab"),
        ("fighters of al-Shabab", "al-Shabaab"),
        ("12 suspected ISWAP members", "ISWAP"),
        ("two members of Ansar al-Sunna", "Ansar al-Sunna"),
        ("a PKK cell", "PKK"),
        ("the Kurdistan Workers’ Party", "PKK"),
        ("Jama'at Nusrat al-Islam wal-Muslimin claimed it", "JNIM"),
        ("45 FETO suspects", "FETO"),
        ("the Pakistani Taliban", "TTP"),
        ("боевики «Вилаят Кавказ»", "IS"),
        ("сторонники Таблиги Джамаат", "Tablighi Jamaat"),
        ("al‑Nusra", "Nusra"),  # a non-breaking hyphen
        ("fighters of Katibat Imam al-Bukhari", "KIB"),
        ("боевики Исламского движения Узбекистана", "IMU"),
        ("members of the Turkistan Islamic Party", "TIP"),
        ("Houthi forces detained 12 civilians", "Houthis"),
        ("two overground workers of LeT", "LeT"),
        ("a JeM commander", "JeM"),
    ],
)
def test_group_names_and_their_spelling_variants(text: str, code: str) -> None:
    assert group_of(text) == code


def test_person_nouns_are_lowercase_common_nouns() -> None:
    text = files("watchfloor.data").joinpath("person_nouns_en.txt").read_text("utf-8")
    words = [w for w in text.splitlines() if w and not w.startswith("#")]
    assert len(words) >= 30 and len(words) == len(set(words)) and words == sorted(words)
    assert all(re.fullmatch(r"[a-z]+", w) for w in words)
    assert {"civilian", "protester", "soldier"} <= set(words)
    assert not {"one", "hundred", "other"} & set(words)  # counts head spans without naming people


def test_general_person_nouns_are_lowercase_and_unique() -> None:
    from watchfloor.extract.en_syntax import PERSON_NOUNS

    text = files("watchfloor.data").joinpath("person_nouns_general_en.txt").read_text("utf-8")
    words = [w for w in text.splitlines() if w and not w.startswith("#")]
    assert len(words) == len(set(words)) and all(re.fullmatch(r"[a-z]+", w) for w in words)
    assert {"juvenile", "engineer", "pharmacist", "hostage"} <= set(words) <= PERSON_NOUNS
    assert not {"cleaner", "cook", "spy"} & set(words)  # their thing sense is as common
    assert {"minister", "sergeant"} <= set(words)  # office holders and ranks are people


def test_statistic_cues_compile_and_decide() -> None:
    from watchfloor.extract.statistics import StatisticCues, cues_in

    assert cues_in("Between January and June, guards refused entry to 400 people.", "en").period
    assert cues_in("By the end of last year some 800 had been sent home.", "en").running
    assert cues_in("Police detain five people twice a week.", "en").rate
    assert cues_in("For the second time in a month police raided the flat.", "en") == StatisticCues()
    assert cues_in("On Tuesday police arrested 230 suspects.", "en") == StatisticCues()
    assert cues_in("anything", "xx") == StatisticCues()  # a language without cues


def test_apart_cues_compile_and_set_acts_apart() -> None:
    from watchfloor.extract.coref import _apart

    pattern = _apart()
    for text in ("In another attack in Kunduz", "officers also detained three Iraqis", "полицейские также задержали"):
        assert pattern.search(text), text
    for text in ("во вторник в Казани полицейские задержали пятерых", "militants struck the station in Kunduz"):
        assert not pattern.search(text), text
