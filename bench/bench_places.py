"""Gazetteer: build time, cached load time, index memory, look-ups per second, and the index's size
against the share of places it resolves.

    .venv/bin/python bench/bench_places.py [--sizes 15000,5000,1000,500] [--rounds 200]

Builds the index into a fresh temporary cache (cold), loads it again from that cache (warm) and
reports the memory the loaded index takes (resident set growth) and its pickle's size; resolves a
mix of names (Latin, Turkish and Cyrillic spellings, provinces, districts, phrases with context)
`--rounds` times. Then, for each GeoNames extract in `--sizes` (populated places of at least that
many people), builds the index in memory and reports its entries, pickle size and the share of
PROBES (55 places from 36 countries on five continents, with the country they are in) that resolve
to the right country, and below country level.
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from watchfloor.normalize import gazetteer as build
from watchfloor.normalize.places import Gazetteer

NAMES = [
    "Gaziantep", "Gaziantep province", "Kilis", "Oğuzeli", "Oguzeli", "Elbeyli", "Akçakale", "Akcakale",
    "Reyhanlı", "Reyhanli", "Cilvegözü", "Tal Abyad", "Tell Abyad", "Jarablus", "Azaz", "Raqqa", "Mosul",
    "Газиантеп", "Килис", "Ракка", "Махачкала", "Хасавюрт", "Грозный", "в Газиантепе", "southern Turkey",
    "the southern province of Hatay", "near the Syrian border in Hatay", "Istanbul", "Moscow", "Dushanbe",
    "Khatlon", "Karelia", "Pristina", "Antwerp", "Mutterstadt", "Edirne", "Kano", "Tillaberi region",
    "Хасавюртовском районе", "Калужской области", "Hodan district", "Nookatsky district",
]  # fmt: skip

# (phrase, context country or "", the country it is in): the project's own list, not from any data set.
PROBES = [
    ("Mogadishu", "", "SOM"), ("Hodan district", "SOM", "SOM"), ("Kano", "", "NGA"), ("Maiduguri", "", "NGA"),
    ("Gao", "", "MLI"), ("Djibo", "BFA", "BFA"), ("Niamey", "", "NER"), ("Tillaberi region", "", "NER"),
    ("Benghazi", "", "LBY"), ("Garissa", "", "KEN"), ("Bunia", "", "COD"), ("Bamenda", "", "CMR"),
    ("Khartoum", "", "SDN"), ("Dar es Salaam", "", "TZA"), ("Kabul", "", "AFG"), ("Jalalabad", "AFG", "AFG"),
    ("Peshawar", "", "PAK"), ("Quetta", "", "PAK"), ("Mosul", "", "IRQ"), ("Idlib", "", "SYR"), ("Sanaa", "", "YEM"),
    ("Marawi", "PHL", "PHL"), ("Dhaka", "", "BGD"), ("Jaffna", "", "LKA"), ("Srinagar", "", "IND"),
    ("Khasavyurtovsky district", "RUS", "RUS"), ("Хасавюртовском районе", "RUS", "RUS"),
    ("Калужской области", "RUS", "RUS"), ("Osh", "", "KGZ"), ("Nookatsky district", "KGZ", "KGZ"),
    ("Fergana region", "", "UZB"), ("Kulob", "TJK", "TJK"), ("Мангистауской области", "KAZ", "KAZ"),
    ("Ashgabat", "", "TKM"), ("Baku", "", "AZE"), ("Antwerp", "", "BEL"), ("Pristina", "", "XKX"),
    ("Kilis", "", "TUR"), ("Nice", "FRA", "FRA"), ("Manchester", "GBR", "GBR"), ("Culiacan", "", "MEX"),
    ("Medellin", "", "COL"), ("Maracaibo", "", "VEN"), ("Sao Paulo", "", "BRA"), ("Ciudad Juarez", "", "MEX"),
    ("Urus-Martanovsky district", "RUS", "RUS"), ("Kara-Suu district", "KGZ", "KGZ"), ("Mombasa", "", "KEN"),
    ("Gwoza", "NGA", "NGA"), ("Buynaksky district", "RUS", "RUS"), ("Gudermes", "", "RUS"), ("Aravan", "KGZ", "KGZ"),
    ("Rasht district", "TJK", "TJK"), ("Khost", "AFG", "AFG"), ("Parachinar", "", "PAK"),
]  # fmt: skip


def rss_mb() -> float:
    """The resident set now (Linux /proc), else the peak."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * resource.getpagesize() / 2**20
    except (OSError, IndexError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def index_memory(cache: Path) -> float:
    """Resident set growth of a fresh interpreter loading the cached index (this process has
    freed and reused memory already)."""
    code = (
        "import sys; from pathlib import Path; from bench_places import rss_mb; "
        "from watchfloor.normalize.places import Gazetteer; before = rss_mb(); "
        f"g = Gazetteer.load(Path({str(cache)!r})); print(rss_mb() - before)"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), *filter(None, sys.path)])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return float(done.stdout.split()[-1])


def share_resolved(gazetteer: Gazetteer) -> tuple[float, float]:
    """The share of PROBES resolved to the right country, and to the right country below country level."""
    country = below = 0
    for name, context, want in PROBES:
        resolution = gazetteer.resolve(name, context=[context] if context else [])
        right = resolution.place is not None and resolution.place.country == want
        country += right
        below += right and resolution.precision is not None
    return country / len(PROBES), below / len(PROBES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="15000,5000,1000,500", help="GeoNames extracts to weigh (min population)")
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        Gazetteer.load(Path(tmp))
        built = time.perf_counter() - start
        start = time.perf_counter()
        gazetteer = Gazetteer.load(Path(tmp))
        load = time.perf_counter() - start
        index_mb = index_memory(Path(tmp))
        pickle_mb = sum(p.stat().st_size for p in Path(tmp).glob("gazetteer-*.pickle")) / 2**20
    start = time.perf_counter()
    for _ in range(args.rounds):
        for name in NAMES:
            gazetteer.resolve(name, context=["TUR"])
    elapsed = time.perf_counter() - start
    lookups = args.rounds * len(NAMES)
    print(f"index: {len(gazetteer):,} entries; cold build {built:.1f} s; cached load {load:.2f} s; "
          f"index in memory {index_mb:.0f} MB (a fresh process's resident set growth on load), pickle {pickle_mb:.0f} MB")  # fmt: skip
    print(f"resolve: {lookups / elapsed:,.0f} look-ups/s ({elapsed / lookups * 1e6:.0f} µs each) over {len(NAMES)} names")
    print(f"\nsize against share resolved ({len(PROBES)} places, {len({c for _, _, c in PROBES})} countries):")
    print(f"{'extract':>10}{'entries':>10}{'keys':>10}{'pickle MB':>11}{'country':>9}{'below':>7}")
    for size in (int(s) for s in args.sizes.split(",") if s.strip()):
        tables = build.build_tables(min_population=size)
        variant = Gazetteer(tables)
        country, below = share_resolved(variant)
        size_mb = len(pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL)) / 2**20
        print(f"{'≥' + str(size):>10}{len(variant):>10,}{len(tables['index']):>10,}{size_mb:>11.0f}{country:>9.3f}{below:>7.3f}")
        del tables, variant
        gc.collect()


if __name__ == "__main__":
    main()
