"""Counts in words and digits, with modifiers, ranges and vague amounts (normalize/numbers.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib.resources import files

import pytest
from conftest import shared_data

from watchfloor.normalize.numbers import (
    Quantity,
    _fallback,
    cardinal_table,
    cardinal_value,
    exact,
    find_quantities,
    modifier_table,
    parse_quantity,
    phrase_table,
)


def q(
    value: int | None = None,
    low: int | None = None,
    high: int | None = None,
    *,
    approx: bool = False,
    vague: bool = False,
) -> Quantity:
    return Quantity(value, low, high, approx, vague)


def about(n: int) -> Quantity:
    return q(None, n, n, approx=True)


def at_least(n: int) -> Quantity:
    return q(None, n, None, approx=True)


def more_than(n: int) -> Quantity:
    return replace(at_least(n), exclusive=True)


def fewer_than(n: int) -> Quantity:
    return replace(at_most(n), exclusive=True)


def at_most(n: int) -> Quantity:
    return q(None, None, n, approx=True)


def span(low: int, high: int) -> Quantity:
    return q(None, low, high)


def vague(low: int) -> Quantity:
    return q(None, low, None, vague=True)


EN = [
    ("seven", exact(7)),
    ("Seven Russians", exact(7)),
    ("nineteen", exact(19)),
    ("twenty-three", exact(23)),
    ("twenty three", exact(23)),
    ("one hundred and twelve", exact(112)),
    ("two thousand five hundred", exact(2500)),
    ("thirteen hundred", exact(1300)),
    ("a hundred", exact(100)),
    ("1,500", exact(1500)),
    ("2 million", exact(2_000_000)),
    ("1.5 million", exact(1_500_000)),
    ("at least 5", at_least(5)),
    ("at least five", at_least(5)),
    ("more than 30", more_than(30)),
    ("over 30", more_than(30)),
    ("30 or more", at_least(30)),
    ("more than a dozen", more_than(12)),
    ("up to 30", at_most(30)),
    ("no more than 20", at_most(20)),
    ("some 40", about(40)),
    ("about 40", about(40)),
    ("around 40", about(40)),
    ("nearly 40", about(40)),
    ("close to 300", about(300)),
    ("30-odd", about(30)),
    ("a dozen or so", about(12)),
    ("10-15", span(10, 15)),
    ("10–15", span(10, 15)),
    ("10 to 15", span(10, 15)),
    ("between 10 and 15", span(10, 15)),
    ("from 10 to 15", span(10, 15)),
    ("two or three", span(2, 3)),
    ("about 10-15", q(None, 10, 15, approx=True)),
    ("a", exact(1)),
    ("an", exact(1)),
    ("one", exact(1)),
    ("a Danish national", exact(1)),
    ("a pair of", exact(2)),
    ("a group of 16", exact(16)),
    ("a group of 16 foreigners", exact(16)),
    ("a total of 30", exact(30)),
    ("the 23 foreigners", exact(23)),
    ("all 23", exact(23)),
    ("another five", exact(5)),
    ("five more", exact(5)),
    ("two dozen", exact(24)),
    ("a dozen", exact(12)),
    ("half a dozen", exact(6)),
    ("a couple of", q(None, 2, 3, approx=True)),
    ("dozens", vague(24)),
    ("dozens of", vague(24)),
    ("several", vague(2)),
    ("a few", vague(2)),
    ("hundreds", vague(200)),
    ("tens of", vague(20)),
    ("tens of thousands", vague(20000)),
    ("several hundred", vague(200)),
    ("a handful of", q(None, 2, 5, vague=True)),
]

RU = [
    ("семь", exact(7)),
    ("трёх", exact(3)),
    ("трех", exact(3)),
    ("двадцати пяти", exact(25)),
    ("сто двенадцать", exact(112)),
    ("двухсот", exact(200)),
    ("тысяча двести", exact(1200)),
    ("две тысячи", exact(2000)),
    ("двух тысяч пятисот", exact(2500)),
    ("1 500", exact(1500)),
    ("1,5 млн", exact(1_500_000)),
    ("3 тыс.", exact(3000)),
    ("5-ти", exact(5)),
    ("один", exact(1)),
    ("одного", exact(1)),
    ("одна", exact(1)),
    ("оба", exact(2)),
    ("обоих", exact(2)),
    ("обе", exact(2)),
    ("два десятка", exact(20)),
    ("более 20", more_than(20)),
    ("свыше 20", more_than(20)),
    ("больше 20", more_than(20)),
    ("30 с лишним", at_least(30)),
    ("не менее 5", at_least(5)),
    ("по меньшей мере 5", at_least(5)),
    ("как минимум 5", at_least(5)),
    ("более тысячи", more_than(1000)),
    ("более двух десятков", more_than(20)),
    ("не более 30", at_most(30)),
    ("около 30", about(30)),
    ("порядка 30", about(30)),
    ("почти 30", about(30)),
    ("примерно 30", about(30)),
    ("около сотни", about(100)),
    ("полтора десятка", about(15)),
    ("от 10 до 15", span(10, 15)),
    ("10-15", span(10, 15)),
    ("двое-трое", span(2, 3)),
    ("два-три", span(2, 3)),
    ("несколько", vague(2)),
    ("нескольких", vague(2)),
    ("десятки", vague(20)),
    ("десятков", vague(20)),
    ("сотни", vague(200)),
    ("тысячи", vague(2000)),
    ("несколько десятков", vague(20)),
    ("десятки тысяч", vague(20000)),
    ("все 23 иностранца", exact(23)),
    ("ещё пятерых", exact(5)),
    ("группа из 16 человек", exact(16)),
]

COLLECTIVES = {
    2: "двое двоих двоим двоими",
    3: "трое троих троим троими",
    4: "четверо четверых четверым четверыми",
    5: "пятеро пятерых пятерым пятерыми",
    6: "шестеро шестерых шестерым шестерыми",
    7: "семеро семерых семерым семерыми",
    8: "восьмеро восьмерых восьмерым восьмерыми",
    9: "девятеро девятерых девятерым девятерыми",
    10: "десятеро десятерых десятерым десятерыми",
}


@pytest.mark.parametrize(("phrase", "expected"), EN)
def test_parse_quantity_english(phrase: str, expected: Quantity) -> None:
    assert parse_quantity(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), RU)
def test_parse_quantity_russian(phrase: str, expected: Quantity) -> None:
    assert parse_quantity(phrase, "ru") == expected


@pytest.mark.parametrize(
    ("value", "form"), [(v, f) for v, forms in COLLECTIVES.items() for f in forms.split()]
)
def test_russian_collectives_in_every_case(value: int, form: str) -> None:
    assert parse_quantity(form, "ru") == exact(value)
    assert parse_quantity(form.capitalize(), "ru") == exact(value)


@pytest.mark.parametrize(
    "phrase", ["Russians", "the man", "April 4", "4 April", "", "   ", "police said", "No one"]
)
def test_parse_quantity_none_when_no_count_leads(phrase: str) -> None:
    assert parse_quantity(phrase) is None


def test_parse_quantity_russian_none() -> None:
    assert parse_quantity("4 апреля", "ru") is None
    assert parse_quantity("россиян", "ru") is None
    assert parse_quantity("семью", "ru") is None  # "family", not the instrumental of "семь"


def test_figure_is_the_stated_number() -> None:
    assert exact(7).figure == 7
    assert about(300).figure == 300
    assert at_least(30).figure == 30
    assert at_most(30).figure == 30
    assert span(10, 15).figure is None
    assert vague(24).figure is None


def spans(text: str, lang: str = "en") -> list[tuple[str, Quantity]]:
    return [(text[s:e], found) for s, e, found in find_quantities(text, lang)]


def test_find_quantities_in_an_english_sentence() -> None:
    text = (
        "Police held twenty-three men and at least 5 Syrians, while dozens of others fled across the border."
    )
    assert spans(text) == [("twenty-three", exact(23)), ("at least 5", at_least(5)), ("dozens", vague(24))]


def test_find_quantities_skips_years_dates_and_other_numbers() -> None:
    text = (
        "In 2015, on April 4, a 22-year-old and 7 others were held under Article 205; 30% of them were women, "
        "bail was $5 million, the raid began at 10:30 and the Su-24 left two days ago with 12 people."
    )
    assert spans(text) == [("7", exact(7)), ("12", exact(12))]


def test_find_quantities_skips_bare_articles_and_no_one() -> None:
    text = "No one was hurt when a man and one of the women were stopped."
    assert spans(text) == [("one", exact(1))]


def test_find_quantities_ranges_and_post_modifiers() -> None:
    text = "Between 10 and 15 people were held, then 30 or more, then two or three, then 40-odd."
    assert spans(text) == [
        ("Between 10 and 15", span(10, 15)),
        ("30 or more", at_least(30)),
        ("two or three", span(2, 3)),
        ("40-odd", about(40)),
    ]


def test_find_quantities_in_a_russian_sentence() -> None:
    text = "Двое задержаны 4 апреля 2015 года, ещё пятерых и около 30 человек задержали в 2014 году по статье 205.5."
    assert spans(text, "ru") == [("Двое", exact(2)), ("пятерых", exact(5)), ("около 30", about(30))]


def test_find_quantities_russian_edge_cases() -> None:
    text = "Ни один из 12 задержанных, 20-летний житель и 3-х других, а также от 10 до 15 иностранцев."
    assert spans(text, "ru") == [("12", exact(12)), ("3-х", exact(3)), ("от 10 до 15", span(10, 15))]
    assert spans("Это один и тот же человек, а задержаны двое.", "ru") == [("двое", exact(2))]


def test_find_quantities_offsets_point_into_the_text() -> None:
    text = "Officials said more than 1,350 people crossed."
    [(start, end, found)] = find_quantities(text)
    assert text[start:end] == "more than 1,350"
    assert found == more_than(1350) and found.least == 1351


def test_find_quantities_empty_and_plain() -> None:
    assert find_quantities("") == []
    assert find_quantities("Police made arrests.") == []
    assert find_quantities("Полиция провела задержания.", "ru") == []


def test_cardinal_value_reads_whole_phrases_only() -> None:
    assert cardinal_value("twenty-one") == 21
    assert cardinal_value("12") == 12
    assert cardinal_value("три", "ru") == 3
    assert cardinal_value("two men") is None
    assert cardinal_value("") is None


def test_number_parser_fallback_is_wired() -> None:
    # The tables know this form too; the fallback is checked on its own here.
    assert _fallback(0, "одиннадцатью", "ru") == exact(11)
    assert _fallback(0, "eleven thousand and one", "en") == exact(11001)
    assert _fallback(0, "пустяк", "ru") is None


# --- the data tables ----------------------------------------------------------------------------


def _rows(name: str) -> list[list[str]]:
    text = files("watchfloor.data").joinpath(name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_cardinal_tables(lang: str) -> None:
    rows = _rows(f"cardinals_{lang}.tsv")
    forms = [r[0].replace("ё", "е") for r in rows]
    assert len(forms) == len(set(forms)), "duplicate cardinal form"
    for form, value, kind in rows:
        assert form == form.lower().strip() and int(value) > 0 and kind in ("add", "mul"), form
    assert len(cardinal_table(lang)) == len(rows)
    values = {v for v, kind in cardinal_table(lang).values() if kind == "add"}
    assert set(range(1, 20)) | set(range(20, 100, 10)) <= values


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_phrase_tables(lang: str) -> None:
    rows = _rows(f"numbers_{lang}.tsv")
    assert all(len(r) == 6 for r in rows)
    forms = [r[0] for r in rows]
    assert len(forms) == len(set(forms)), "duplicate phrase"
    assert len(phrase_table(lang)) == len(rows)
    for form, found in phrase_table(lang).items():
        if found.value is not None:
            assert found.low == found.high == found.value and not found.vague, form
        if found.vague:
            assert found.value is None and found.low, form
        if found.low is not None and found.high is not None:
            assert found.low <= found.high, form


def test_modifier_table() -> None:
    rows = _rows("quantity_modifiers.tsv")
    keys = [(r[0], r[1], r[3]) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate modifier"
    for form, lang, kind, position in rows:
        assert (
            lang in ("en", "ru") and kind in ("lower", "upper", "above", "below", "approx") and position in ("pre", "post")
        ), form
    assert modifier_table("en")[("pre", ("at", "least"))] == "lower"
    assert modifier_table("en")[("pre", ("more", "than"))] == "above"
    assert modifier_table("ru")[("pre", ("около",))] == "approx"


# --- the gold data ------------------------------------------------------------------------------


def test_gold_target_counts() -> None:
    """Where a gold target's text states its count, parse_quantity reads the same count."""
    checked = 0
    for path in sorted(shared_data("reports-dev").glob("*.json")) + sorted(
        shared_data("seed").glob("*.json")
    ):
        doc = json.loads(path.read_text("utf-8"))
        if not isinstance(doc, dict) or "events" not in doc:
            continue
        for event in doc["events"]:
            for target in event["targets"]:
                found = parse_quantity(target.get("text") or "", doc["language"])
                if found is None:
                    continue  # "The group", "гражданин Таджикистана": the count comes from elsewhere
                checked += 1
                if found.value is not None:
                    assert found.value == target["count"], target
                else:
                    assert target["count"] is None, target
    assert checked >= 20
