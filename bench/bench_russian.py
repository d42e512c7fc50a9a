"""Throughput of the whole Russian extraction against bare natasha (segment + morph + NER) on the
same texts, as a ratio. The texts are generated from templates written for the benchmark.

    .venv/bin/python bench/bench_russian.py [--texts 300] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from watchfloor.normalize.places import Gazetteer

PLACES = [
    "Газиантепе",
    "Стамбуле",
    "Анкаре",
    "Килисе",
    "Махачкале",
    "Казани",
    "Душанбе",
    "Бишкеке",
    "Хатае",
    "Грозном",
]
AGENTS = ["Полиция", "Сотрудники ФСБ", "Турецкие силовики", "Пограничники", "Сотрудники МВД", "Жандармы"]
GROUPS = [
    "граждан России",
    "граждан Таджикистана",
    "уроженцев Дагестана",
    "выходцев из Средней Азии",
    "граждан Узбекистана",
    "жителей Чечни",
    "граждан Азербайджана",
    "иностранцев",
]
COUNTS = ["двоих", "троих", "пятерых", "семерых", "12", "несколько", "более 20", "около 30", "четверых"]
WHEN = [
    "в среду",
    "в прошлую пятницу",
    "4 апреля",
    "на прошлой неделе",
    "в конце января",
    "накануне",
    "во вторник",
]
SOURCES = ["ТАСС", "РИА Новости", "агентство «Анадолу»", "местные СМИ", "пресс-служба ведомства"]
FILLER = [
    "Имена задержанных не раскрываются.",
    "Следствие продолжается, проверяются связи задержанных.",
    "Ранее сообщалось о росте числа подобных случаев в регионе.",
    "Организация признана террористической и запрещена в России.",
    "Подробности операции не приводятся.",
]
TEMPLATES = [
    "{agent} {when} задержали в {place} {count} {group}, которые пытались уехать в Сирию, сообщает {source}.",
    "По данным {source}, {when} в {place} задержаны {count} {group}.",
    "{count_cap} {group} были задержаны {when} в {place}. Их планируется депортировать на родину.",
    "Суд в {place} приговорил {count} {group} к срокам от трёх до восьми лет за участие в ИГ.",
    "Как сообщил {source}, {when} в {place} произошёл взрыв. Погибли 3 человека, ещё 7 ранены.",
    "Роскомнадзор {when} заблокировал 40 сайтов и 15 каналов с пропагандой ИГИЛ.",
    "Канал «Голос Шама» в Telegram сообщил, что граница по-прежнему открыта и её можно перейти.",
    "{agent} опровергли сообщения о задержании {count} {group} в {place}.",
]


def make_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = []
        for template in rng.sample(TEMPLATES, 4):
            count = rng.choice(COUNTS)
            parts.append(
                template.format(
                    agent=rng.choice(AGENTS),
                    when=rng.choice(WHEN),
                    place=rng.choice(PLACES),
                    count=count,
                    count_cap=count[:1].upper() + count[1:],
                    group=rng.choice(GROUPS),
                    source=rng.choice(SOURCES),
                )
            )
            parts.append(rng.choice(FILLER))
        texts.append(" ".join(parts))
    return texts


def bare_natasha(texts: list[str]) -> None:
    from natasha import Doc

    from watchfloor.nlp.russian import load_russian

    models = load_russian()
    for text in texts:
        doc = Doc(text)
        doc.segment(models.segmenter)
        doc.tag_morph(models.morph)
        doc.tag_ner(models.ner)


def extraction(texts: list[str], published: date) -> int:
    from watchfloor.extract.russian import extract_russian_many
    from watchfloor.model import Document

    gazetteer = _gazetteer()
    documents = [
        Document(doc_id=f"b{n}", text=t, language="ru", published=published) for n, t in enumerate(texts)
    ]
    out = extract_russian_many(documents, gazetteer)
    return sum(len(x.events) for x in out)


@cache
def _gazetteer() -> Gazetteer:
    from watchfloor.normalize.places import Gazetteer

    return Gazetteer.load()


def timed(label: str, fn: object, words: int) -> float:
    start = time.perf_counter()
    result = fn()  # type: ignore[operator]
    seconds = time.perf_counter() - start
    extra = f", {result} events" if isinstance(result, int) else ""
    print(f"{label:<34} {seconds:7.2f} s  {words / seconds:8.0f} words/s{extra}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    texts = make_texts(args.texts, args.seed)
    words = sum(len(t.split()) for t in texts)
    published = date(2016, 3, 9) - timedelta(days=0)
    print(f"{len(texts)} texts, {words} words")
    warm = make_texts(20, args.seed + 1)  # loads the models, the gazetteer and the caches once
    bare_natasha(warm)
    extraction(warm, published)
    floor = timed("natasha segment+morph+NER", lambda: bare_natasha(texts), words)
    full = timed("watchfloor Russian extraction", lambda: extraction(texts, published), words)
    print(f"ratio (extraction time / natasha floor): {full / floor:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
