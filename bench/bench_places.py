"""Gazetteer: build time, cached load time, memory and place look-ups per second.

    .venv/bin/python bench/bench_places.py

Builds the index into a fresh temporary cache (cold), loads it again from that cache (warm), then
resolves a mix of names (Latin, Turkish and Cyrillic spellings, provinces, phrases with context).
"""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path

from watchfloor.normalize.places import Gazetteer

NAMES = [
    "Gaziantep", "Gaziantep province", "Kilis", "Oğuzeli", "Oguzeli", "Elbeyli", "Akçakale", "Akcakale",
    "Reyhanlı", "Reyhanli", "Cilvegözü", "Tal Abyad", "Tell Abyad", "Jarablus", "Azaz", "Raqqa", "Mosul",
    "Газиантеп", "Килис", "Ракка", "Махачкала", "Хасавюрт", "Грозный", "в Газиантепе", "southern Turkey",
    "the southern province of Hatay", "near the Syrian border in Hatay", "Istanbul", "Moscow", "Dushanbe",
    "Khatlon", "Karelia", "Pristina", "Antwerp", "Mutterstadt", "Edirne", "Kano", "Tillaberi region",
]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        Gazetteer.load(Path(tmp))
        build = time.perf_counter() - start
        start = time.perf_counter()
        gazetteer = Gazetteer.load(Path(tmp))
        load = time.perf_counter() - start
    rounds = 200
    start = time.perf_counter()
    for _ in range(rounds):
        for name in NAMES:
            gazetteer.resolve(name, context=["TUR"])
    elapsed = time.perf_counter() - start
    lookups = rounds * len(NAMES)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"index: {len(gazetteer)} entries; cold build {build:.1f} s; cached load {load:.2f} s; peak RSS {peak:.0f} MB")
    print(f"resolve: {lookups / elapsed:,.0f} look-ups/s ({elapsed / lookups * 1e6:.0f} µs each) over {len(NAMES)} names")


if __name__ == "__main__":
    main()
