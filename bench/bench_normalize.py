"""Normalisers on one sentence: dates, quantities, nationalities, each as calls per second and as a
ratio to spaCy's tokenizer on the same sentence (the cheapest thing the pipeline does to it).

    .venv/bin/python bench/bench_normalize.py [--rounds 2000]

These were timed assertions in tests once; a timing is a measurement, so it lives here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable

from watchfloor.nlp.english import load_english
from watchfloor.normalize.dates import find_dates
from watchfloor.normalize.nationality import country_code, nationality_of
from watchfloor.normalize.numbers import find_quantities

SENTENCE = "Turkish police detained fifteen Chinese nationals and more than 30 Syrians near the border on Sunday."
PUBLISHED = dt.date(2019, 11, 21)


def per_second(call: Callable[[], object], rounds: int) -> float:
    call()  # the first call fills the caches
    start = time.perf_counter()
    for _ in range(rounds):
        call()
    return rounds / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2000)
    rounds = parser.parse_args().rounds
    tokenizer = load_english().tokenizer
    base = per_second(lambda: tokenizer(SENTENCE), rounds)

    def nationalities() -> None:
        nationality_of("Russian nationals", "en")
        nationality_of("граждан Узбекистана", "ru")
        country_code("Türkiye", "en")

    cases = {
        "find_dates": lambda: find_dates(SENTENCE, PUBLISHED),
        "find_quantities": lambda: find_quantities(SENTENCE),
        "3 nationality look-ups": nationalities,
    }
    print(f"spaCy tokenizer on the sentence: {base:,.0f} calls/s")
    for name, call in cases.items():
        rate = per_second(call, rounds)
        print(f"{name:24} {rate:>10,.0f} calls/s  {rate / base:6.2f} × the tokenizer")


if __name__ == "__main__":
    main()
