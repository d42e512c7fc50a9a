"""Russian entity mentions beyond natasha's spans (extract/ru_entities.py). The sentences are written
for these tests; each checks one class of the rules, not one sentence of an evaluation set."""

from __future__ import annotations

import pytest

from watchfloor.extract.entities import extract_entities


def mentions(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in extract_entities(text, lang="ru")}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Король Харальд встретился с премьером.", {("Person", "Харальд")}, {("Person", "Король Харальд")}),
        ("Об этом сообщил А.Кулешов журналистам.", {("Person", "А.Кулешов")}, set()),
        ("Председатель КНР Си Цзиньпин прибыл в Москву.", {("Person", "Си Цзиньпин")}, set()),
        ("Тренером стал Карлос Ромеро (Carlos Romero).", {("Person", "Карлос Ромеро"), ("Person", "Carlos Romero")},
         {("Person", "Карлос Ромеро (Carlos Romero)")}),
    ],
)  # fmt: skip
def test_names_without_titles_and_brackets(text: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]) -> None:
    found = mentions(text)
    assert expected <= found and not absent & found


def test_peoples_and_country_adjectives() -> None:
    found = mentions("Трое армян и известный канадский актёр обратились к японскому правительству.")
    assert ("Nationality", "армян") in found
    assert ("Nationality", "канадский") in found  # on a private person: a nationality
    assert ("Location", "японскому") in found  # on a state's body: the country
    assert ("Nationality", "турецких граждан") in mentions("Задержаны пятеро турецких граждан.")
    assert ("Nationality", "гражданин Казахстана") in mentions("В аэропорту задержан гражданин Казахстана.")
    assert not {t for t, s in mentions("Он выучил английский язык.") if s == "английский"}


def test_quantities_count_and_do_not_name() -> None:
    found = mentions("На митинг пришли более 300 человек, около 12 тысяч смотрели трансляцию.")
    assert {("Quantity", "более 300"), ("Quantity", "около 12 тысяч")} <= found
    none = mentions("Дело возбуждено по ч. 2 ст. 105 УК РФ, штраф составил 500 рублей, ему 45 лет.")
    assert not {s for t, s in none if t == "Quantity"}
    assert ("Quantity", "одной") not in mentions("Она стала одной из лучших спортсменок.")


def test_generic_bodies_and_date_wholes() -> None:
    found = mentions("Прокуратура и полиция проверили сообщения. В 1907г. город вырос.")
    assert {("Organisation", "Прокуратура"), ("Organisation", "полиция")} & found
    assert ("Temporal", "В 1907г") in found
    assert ("Temporal", "в 1996—2004 годах") in mentions("Он руководил заводом в 1996—2004 годах.")
    assert ("Temporal", "в начале 1990-х") in mentions("Группа распалась в начале 1990-х.")
    assert ("Temporal", "в течение двух лет") in mentions("Работы шли в течение двух лет.")
    assert ("Temporal", "в субботу") in mentions("Митинг прошёл в субботу утром.")
