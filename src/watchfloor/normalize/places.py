"""Place names in English or Russian → gazetteer entries with country (ISO3), admin1 and coordinates.

    gazetteer = Gazetteer.load()          # from the disk cache; built from the packages when missing
    gazetteer.resolve("Gaziantep province").place.admin1 == "Gaziantep"
    gazetteer.resolve("в Газиантепе", context=["TUR"])
    gazetteer.resolve("southern Turkey").precision is None       # country only

The tables are built by `normalize.gazetteer` and pickled under $WATCHFLOOR_CACHE (default
~/.cache/watchfloor), keyed by the source package versions and the data files, so they rebuild
by themselves when either changes.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import re
import tempfile
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import BinaryIO

from watchfloor.normalize import gazetteer as build
from watchfloor.normalize.groups import find_groups
from watchfloor.normalize.nationality import Token, forms, names, read_tsv, tokens, world_regions
from watchfloor.normalize.text import (
    ADMIN_WORDS,
    ARABIC_ARTICLES,
    affix_keys,
    fold,
    is_cyrillic,
    ru_guess_stems,
)

log = logging.getLogger(__name__)

KINDS_POINT = frozenset({"city", "town", "village", "crossing", "airport"})
BIG_CITY = 1_000_000
FOREIGN_CITY = 100_000  # a city this big outranks a foreign province of its name that has no town so named
_MAX_NGRAM = 4
_QUOTED = re.compile(r"«[^»]*»")
ADMIN_WORDS_SET = frozenset(ADMIN_WORDS)


def _words(*lines: str) -> frozenset[str]:
    return frozenset(" ".join(lines).split())


_PROVINCE_WORDS = _words(
    "province governorate oblast region republic county krai kray velayat viloyat",
    "провинция вилайет велаят вилоят область регион республика край ил",
)
_SETTLEMENT_WORDS = _words(
    "town city village hamlet settlement", "город городок село деревня поселок кишлак аул станица"
)
_DISTRICT_WORDS = _words("district rayon raion tumani nohiyai audany lga lgas район округ")  # LGA: a Nigerian local government area
_NEAR_WORDS = _words(
    "near nearby outside around vicinity close outskirts",
    "под около близ рядом недалеко окрестность окраина вблизи",
)
_FUNCTION_WORDS = _words(
    "the a an of in on at to from into by with and or near outside inside around close",
    "north south east west northern southern eastern western central northeastern southeastern",
    "northwestern southwestern upper lower greater",
    "в во на из у под около близ и с со к по",
    "север юг восток запад северный южный восточный западный центральный",
)
BEARINGS = _words(
    "north south east west northern southern eastern western central northeastern southeastern",
    "northwestern southwestern",
)
# Nouns that may follow a place name without being part of it ("Kilis Police", "Istanbul airport").
_FACILITY_WORDS = _words(
    "border frontier area crossing gate metro camp centre center airport station police governor",
    "governorship municipality university prison court hospital office square street mosque base hq",
    "headquarters stadium market граница пограничный",
)
_STOPWORDS = (
    _FUNCTION_WORDS
    | _FACILITY_WORDS
    | _SETTLEMENT_WORDS
    | frozenset(ADMIN_WORDS)
    | _words("army forces security ministry agency news daily islamic state free national armed")
)
_NAME_BREAKS = _FUNCTION_WORDS | _FACILITY_WORDS | _SETTLEMENT_WORDS | frozenset(ADMIN_WORDS)


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # ISO3
    admin1: str | None
    lat: float
    lon: float
    population: int = 0
    kind: str = "city"  # country | admin1 | city | town | village | crossing | airport | district | region
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class Resolution:
    place: Place | None
    precision: int | None  # 1 the place itself, 2 a district (admin2) or near it, 3 admin1, None country only
    candidates: list[Place] = field(default_factory=list)
    reason: str = ""


@dataclass(slots=True)
class _Mention:
    start: int
    ids: list[int]  # candidate rows, negative ~i when matched through a stripped affix
    country: str | None = None  # set when the words name a country or a nationality instead
    end: int = 0
    other: str = ""  # what the words name instead of a place ("a region larger than a country")


def default_cache_dir() -> Path:
    return Path(os.environ.get("WATCHFLOOR_CACHE") or Path.home() / ".cache" / "watchfloor")


RESOLUTIONS_KEPT = 50_000  # resolved phrases remembered (a few MB), then forgotten at once


class Gazetteer:
    """Search over the gazetteer tables. The constructor only stores them; use `load()`."""

    def __init__(self, tables: build.Tables) -> None:
        self._rows: list[build.Row] = tables["rows"]
        self._index: build.Index = tables["index"]
        self._capitals: frozenset[int] = tables["capitals"]
        self._places: dict[int, Place] = {}
        self._countries: dict[str, int] | None = None
        self._admin1_rows: dict[tuple[str, str | None], int] | None = None
        self._resolutions: dict[tuple[str, tuple[str, ...]], Resolution] = {}

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """The cached gazetteer, rebuilt from the packages (about 15 s) when missing or stale."""
        directory = cache_dir or default_cache_dir()
        path = directory / f"gazetteer-{build.cache_key()}.pickle"
        try:
            with path.open("rb") as f:
                tables = _unpickle(f)
            return cls(tables)
        except FileNotFoundError:
            pass
        except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError) as exc:
            log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
        tables = build.build_tables()
        _write_cache(directory, path, tables)
        return cls(tables)

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, i: int) -> Place:
        i = i if i >= 0 else ~i
        if i not in self._places:
            name, country, admin1, lat, lon, pop, kind, gid, _ = self._rows[i]
            self._places[i] = Place(name, country, admin1, lat, lon, pop, kind, gid)
        return self._places[i]

    def candidates(self, name: str) -> list[Place]:
        """Every entry spelled `name` (any case, diacritics, Russian case form), likeliest first."""
        words = tokens(name)
        ids = self._lookup(words) if words else []
        return [self.place(i) for i in self._rank(ids, {}, frozenset(), _Wants())]

    def resolve(self, name: str, *, context: Collection[str] = ()) -> Resolution:
        """The place a phrase names, read with what surrounds the name ("the Turkish border town of
        Kilis", "Gaziantep province", "near the Syrian border in Hatay", "в Газиантепе").
        `context` holds ISO3 codes of the countries the document is about; any other string in it
        is taken as an admin1 name ("Kilis") that candidates should lie in."""
        # a story names its places again and again, each draft asks: resolved once per phrase
        key = (name, tuple(context))
        found = self._resolutions.get(key)
        if found is None:
            if len(self._resolutions) >= RESOLUTIONS_KEPT:
                self._resolutions.clear()
            found = self._resolutions[key] = self._resolve(name, key[1])
        return found

    def _resolve(self, name: str, context: tuple[str, ...]) -> Resolution:
        # «Сенная площадь» names a station or an organisation, not a settlement.
        words = tokens(_QUOTED.sub(" ", name))
        folded = {f for w in words for f in w.forms}
        wants = _Wants(
            admin1=bool(folded & _PROVINCE_WORDS),
            settlement=bool(folded & _SETTLEMENT_WORDS),
            district=bool(folded & _DISTRICT_WORDS),
            near=bool(folded & _NEAR_WORDS),
        )
        cased = any(w.text[:1].isupper() for w in words)
        mentions = self._mentions(words, cased)
        if cased:
            mentions = _whole_names(words, mentions)
        countries = [m.country for m in mentions if m.country]
        # Countries named in the phrase weigh most, then the context's in the order given.
        given_countries = [c for c in context if re.fullmatch(r"[A-Z]{3}", c)]
        ctx_countries: dict[str, int] = {}
        for n, code in enumerate(given_countries):
            ctx_countries.setdefault(code, len(given_countries) - n)
        ctx_countries.update(dict.fromkeys(countries, len(given_countries) + 1))
        places = [m for m in mentions if not m.country and not m.other]
        if not places:
            if countries:
                country = self._country(countries[0])
                return Resolution(country, None, [country] if country else [], "country only")
            other = next((m.other for m in mentions if m.other), None)
            return Resolution(None, None, [], other or "no place name found")
        # Admin1 regions named elsewhere in the phrase, or given as context, constrain each name.
        given = frozenset(c for c in context if not re.fullmatch(r"[A-Z]{3}", c))
        named: dict[int, Place] = {}
        surface = {m.start: " ".join(w.text for w in words[m.start : m.end]) for m in places}
        for m in places:  # read without the phrase's wants: "Hatay's Reyhanli district" names Hatay province
            top = self.place(self._rank(m.ids, ctx_countries, given, _Wants(), surface[m.start])[0])
            if top.kind == "admin1":
                named[m.start] = top
        best: tuple[tuple[int, int, int, int], Place, list[Place], str] | None = None
        for m in places:
            others = [p for start, p in named.items() if start != m.start]
            admin_ctx = given | {p.name for p in others}
            ranked = self._rank(m.ids, ctx_countries, admin_ctx, wants, surface[m.start])
            top = self.place(ranked[0])
            # Most specific wins; a name inside an admin1 also named beats one that is not, and one
            # in another country than the admin1 named loses to it ("уезд Чардара провинции Кундуз":
            # the only Chardara GeoNames knows is in Kazakhstan)
            elsewhere = bool(others) and top.country not in {p.country for p in others}
            score = (int(top.admin1 in admin_ctx), int(not elsewhere), -(_precision(top, wants) or 4), -m.start)
            if best is None or score > best[0]:
                reason = _reason(top, ranked, ctx_countries, admin_ctx, wants)
                best = (score, top, [self.place(i) for i in ranked], reason)
        assert best is not None
        _, top, ranked_places, reason = best
        return Resolution(top, _precision(top, wants), ranked_places, reason)

    # -- internals ---------------------------------------------------------------------------

    def _country(self, iso3: str) -> Place | None:
        if self._countries is None:
            self._countries = {row[1]: i for i, row in enumerate(self._rows) if row[6] == "country"}
        i = self._countries.get(iso3)
        return None if i is None else self.place(i)

    def _lookup(self, words: list[Token]) -> list[int]:
        ids: list[int] = []
        for key in _keys(words):
            for k in affix_keys(key):
                ids += self._index.get(k, ())
        return list(dict.fromkeys(ids))

    def _mentions(self, words: list[Token], cased: bool) -> list[_Mention]:
        """Place, country and nationality names in the phrase, longest first, without overlaps."""
        out: list[_Mention] = []
        taken = [False] * len(words)
        for n in range(min(_MAX_NGRAM, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                span = words[i : i + n]
                if any(taken[i : i + n]):
                    continue
                # a whole name may start with a direction or stopword: "North Caucasus"
                whole = n > 1 and not ADMIN_WORDS_SET.intersection(span[-1].forms) and not all(
                    (_STOPWORDS - BEARINGS).intersection(w.forms) for w in span)  # "the village (of Duisi)" names no place
                region = _world_region(i, span) or _not_a_place(i, span)
                if region is None and _skip(span, cased) and not any(
                    whole and k in self._index or k in names() for k in _keys(span)
                ):
                    continue  # ("Central African Republic", "Северной Корее": a country's whole name)
                mention = region or self._mention(i, span)
                if mention is not None and self._bearing_only(span, cased, mention):
                    continue  # "south Lebanon", "in east London": the direction tells a part of the place named after it
                following = set(words[i + n].forms) if i + n < len(words) else set()
                if mention is None and _DISTRICT_WORDS & following:
                    mention = self._district_seat(i, span)  # "Khasavyurtovsky district": Khasavyurt's
                elif mention is None and _PROVINCE_WORDS & following:
                    mention = self._region_of_seat(i, span)  # "Карагандинская область": Karaganda's
                if mention is not None:
                    taken[i : i + n] = [True] * n
                    mention.end = i + n
                    out.append(mention)
        return sorted(out, key=lambda m: m.start)

    def _bearing_only(self, span: list[Token], cased: bool, whole: _Mention) -> bool:
        """Whether a direction word opening the span ("east", "southern"), written in lower case
        where the phrase has capitals, or in text typed all in lower case, only tells a part of the
        place after it. So it does when that place is a country ("south Lebanon", not the town in
        Pennsylvania) or far bigger than the place the whole span names elsewhere ("east London",
        not the South African city); "north Sinai", "north Delhi" and "East Jerusalem" stay whole."""
        first = span[0]
        if len(span) < 2 or whole.country or first.forms[0] not in BEARINGS or cased and first.text[:1].isupper():
            return False
        rest = self._mention(0, span[1:])
        if rest is None or not whole.ids or not rest.ids and not rest.country:
            return False  # a region larger than a country ("north Africa") names no place to weigh
        if rest.country:
            return True
        biggest = max(whole.ids, key=lambda i: self._rows[~i if i < 0 else i][5])
        home = self.place(~biggest if biggest < 0 else biggest)
        meant = max((self.place(~i if i < 0 else i) for i in rest.ids), key=lambda p: p.population)
        return meant.country != home.country and home.population > 0 and meant.population >= 5 * home.population

    def _mention(self, start: int, span: list[Token]) -> _Mention | None:
        keys = _keys(span)
        for key in keys:
            if key in names():
                return _Mention(start, [], names()[key])
            nat = forms().get(key)
            if nat is not None and nat.country and nat.region is None:
                return _Mention(start, [], nat.country)
        ids = self._lookup(span)
        if ids:
            return _Mention(start, ids)
        for key in keys:  # a nationality form naming a region ("North Caucasus") the gazetteer lacks
            nat = forms().get(key)
            if nat is not None and nat.country:
                return _Mention(start, [], nat.country)
        return None

    def _district_seat(self, start: int, span: list[Token]) -> _Mention | None:
        """A district named by an adjective of its seat, as Russian and Central Asian districts are
        ("Хасавюртовский район", "Sunzhensky district", "Kirovsky rayon"): the seat's candidates."""
        ids: list[int] = []
        for key in _keys(span):
            for stem in district_stems(key):
                ids += [i if i >= 0 else ~i for i in self._index.get(stem, ())]
        ids = [i for i in dict.fromkeys(ids) if self._rows[i][6] in KINDS_POINT or self._rows[i][6] == "district"]
        return _Mention(start, [~i for i in ids]) if ids else None

    def _region_of_seat(self, start: int, span: list[Token]) -> _Mention | None:
        """A region named by an adjective of its capital ("Карагандинская область", "Baltiysky
        rayon" aside): the admin1 of the seat the adjective comes from."""
        if self._admin1_rows is None:
            self._admin1_rows = {(row[1], row[2]): i for i, row in enumerate(self._rows) if row[6] == "admin1"}
        ids: list[int] = []
        for key in _keys(span):
            for stem in district_stems(key):
                for i in self._index.get(stem, ()):
                    row = self._rows[i if i >= 0 else ~i]
                    region = self._admin1_rows.get((row[1], row[2])) if row[6] in KINDS_POINT else None
                    if row[6] == "admin1":
                        ids.append(i if i >= 0 else ~i)
                    elif region is not None:
                        ids.append(region)
        return _Mention(start, [~i for i in dict.fromkeys(ids)]) if ids else None

    def _is_big_city(self, i: int) -> bool:
        """A city meant by its name even when its admin1 shares the name (Moscow, Dushanbe, not Kilis)."""
        return self._rows[i][6] == "city" and (self._rows[i][5] >= BIG_CITY or i in self._capitals)

    def _rank(
        self, ids: list[int], countries: Mapping[str, int], admin1s: frozenset[str], wants: _Wants, query: str = ""
    ) -> list[int]:
        big_city = any(self._is_big_city(i if i >= 0 else ~i) for i in ids)
        asked = _ascii(query)
        named_here = {i for i in ids if asked and _ascii(self._rows[i if i >= 0 else ~i][0]) == asked}

        # towns of the name asked: a province so named in a country without one yields to a city of
        # 100,000 abroad bigger than it ("Gaza": the city in Palestine, not Mozambique's province;
        # "Bali" stays the province)
        towns = [(row[1], row[5]) for row in (self._rows[i if i >= 0 else ~i] for i in ids)
                 if row[6] == "city" and _ascii(row[0]) == asked]
        town_countries = {country for country, _ in towns}
        big_town = max((people for _, people in towns if people >= FOREIGN_CITY), default=0)

        def score(i: int) -> tuple[int, ...]:
            name, country, admin1, _, _, pop, kind, _, supplement = self._rows[i if i >= 0 else ~i]
            rank = _kind_rank(kind, wants, big_city)
            if wants.admin1 and kind == "district" and "province" in name.lower():
                rank = 3  # "Laguna province": GeoNames' "Province of Laguna", not a municipality Laguna
            if kind == "admin1" and named_here and i not in named_here and not wants.admin1:
                rank = 1  # a province found by another of its names ("Jalalabad" for Sylhet) yields to a town so named
            if kind == "admin1" and not wants.admin1 and country not in town_countries and big_town > pop:
                rank = 1
            return (
                int(admin1 in admin1s and (kind != "admin1" or not wants.settlement)),
                countries.get(country, 0),
                rank,
                int(i >= 0),
                int(supplement),
                pop,
            )

        return sorted(ids, key=score, reverse=True)


@dataclass(frozen=True, slots=True)
class _Wants:
    """What the words around the name ask for."""

    admin1: bool = False  # "province", "провинция", "вилайет"
    settlement: bool = False  # "town", "village", "город"
    district: bool = False  # "district", "район"
    near: bool = False  # "near", "outside", "под"


_ADJECTIVE_SUFFIXES = (
    "ovskiy", "ovskii", "ovskij", "ovsky", "evskiy", "evsky", "inskiy", "insky", "enskiy", "ensky", "anskiy",
    "ansky", "skiy", "skii", "skij", "sky", "skoy", "tskiy", "tsky", "овский", "евский", "инский", "енский",
    "анский", "ский", "цкий",
)  # longest first within each family: "khasavyurt-ovsky", then "kirov-sky"
_SEAT_ENDINGS = ("", "a", "y", "i", "o", "e", "sk", "а", "ы", "и", "о", "е", "ь", "ск")


def district_stems(adjective: str) -> list[str]:
    """Names of the seat a district adjective may come from ("khasavyurtovsky" → "khasavyurt",
    "sunzhensky" → "sunzha", "kirovsky" → "kirov", "красноярский" → "красноярск")."""
    out: list[str] = []
    for suffix in _ADJECTIVE_SUFFIXES:
        base = adjective[: -len(suffix)]
        if adjective.endswith(suffix) and len(base) >= 4:
            cyrillic = is_cyrillic(base)
            out += [base + e for e in _SEAT_ENDINGS if not e or is_cyrillic(e) == cyrillic]
    return list(dict.fromkeys(out))


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip()


def _kind_rank(kind: str, wants: _Wants, big_city: bool) -> int:
    if kind == "country":
        return 5
    if wants.admin1:  # "Laguna province": the province, else a district so named, before a town
        return 4 if kind == "admin1" else 2 if kind == "district" else 1
    if wants.settlement or wants.district:
        return 3 if kind in KINDS_POINT or kind == "district" else 1
    if kind == "admin1":
        return 1 if big_city else 3
    return 2


def _precision(place: Place, wants: _Wants) -> int | None:
    if place.kind == "country":
        return None
    if place.kind in ("admin1", "region"):
        return 3
    if place.kind == "district" or wants.near or wants.district:
        return 2
    return 1


def _reason(
    top: Place, ranked: list[int], countries: Mapping[str, int], admin1s: frozenset[str], wants: _Wants
) -> str:
    parts = [top.kind]
    if len(ranked) == 1:
        parts.append("only candidate")
    else:
        if top.admin1 in admin1s:
            parts.append(f"in {top.admin1}, named in phrase or context")
        if top.country in countries:
            parts.append(f"{top.country} in phrase or context")
        if wants.admin1 and top.kind == "admin1":
            parts.append("phrase names a province")
        parts.append(f"best of {len(ranked)} candidates")
    if wants.near:
        parts.append("phrase says near")
    return "; ".join(parts)


def _keys(span: list[Token]) -> list[str]:
    """Folded candidate keys for a run of words; Russian words also by guessed nominative stems."""
    options = []
    for w in span:
        opts = w.forms + (ru_guess_stems(w.text) if is_cyrillic(w.text) else ())
        options.append(opts[: 8 if len(span) < 3 else 3])
    out = [""]
    for opts in options:
        out = [f"{prefix} {o}".strip() for prefix in out for o in opts][:64]
    return out


def _world_region(start: int, span: list[Token]) -> _Mention | None:
    """ "Central Asia", "the Middle East", "Ближнего Востока": a region larger than a country,
    whose words no smaller place of the same spelling may take ("Asia", a town in the Philippines)."""
    keys = set(_keys(span))
    if names().keys() & keys:
        return None  # "South Africa" is a country
    if world_regions() & keys:
        return _Mention(start, [], None, other="a region larger than a country")
    return None


def _not_a_place(start: int, span: list[Token]) -> _Mention | None:
    """An armed group's or a holiday's whole name ("Taliban", "Boko Haram", "Christmas"): GeoNames
    lists small places under such names, or alternate names spelled alike (Bozhüyük as "Taliban")."""
    text = " ".join(w.text for w in span)
    if any(start == 0 and end == len(text) for start, end, _ in find_groups(text)):
        return _Mention(start, [], None, other="the name of an armed group")
    if " ".join(w.forms[0] for w in span) in _holidays():
        return _Mention(start, [], None, other="the name of a holiday")
    return None


@cache
def _holidays() -> frozenset[str]:
    return frozenset(fold(row[0]) for name in ("holidays_en.tsv", "holidays_ru.tsv") for row in read_tsv(name))


def _skip(span: list[Token], cased: bool) -> bool:
    """Spans that cannot be a place name: ones starting or ending with a stopword, and ones starting
    lowercase when the phrase has capitals (an Arabic article may: "al-Bab")."""
    first, last = span[0], span[-1]
    if first.forms[0] in ARABIC_ARTICLES and len(span) > 1:
        first = span[1]
    elif _STOPWORDS.intersection(first.forms):
        return True
    if len(span) == 1 and len(first.forms[0]) < 3:
        return True
    if len(span) > 1 and _STOPWORDS.intersection(last.forms) and not ADMIN_WORDS_SET.intersection(last.forms):
        return True
    return cased and not first.text[:1].isupper()


def _unpickle(f: BinaryIO) -> build.Tables:
    # Half a million small objects: the cyclic GC would walk them repeatedly while they are created.
    enabled = gc.isenabled()
    gc.disable()
    try:
        tables: build.Tables = pickle.load(f)
    finally:
        if enabled:
            gc.enable()
    return tables


def _whole_names(words: list[Token], mentions: list[_Mention]) -> list[_Mention]:
    """Drops place names that are only part of a longer capitalised name the gazetteer lacks:
    "Gorge" in "Pankisi Gorge", "Sabah" in "Daily Sabah"."""
    covered = [False] * len(words)
    for m in mentions:
        covered[m.start : m.end] = [True] * (m.end - m.start)

    def foreign(i: int) -> bool:
        w = words[i]
        if not covered[i] and w.text.lower() in ARABIC_ARTICLES and i + 1 < len(words) and words[i + 1].text[:1].isupper():
            return True  # "Bir al-Abed": the article carries the name on, "Bir" alone is another place
        return not covered[i] and w.text[:1].isupper() and not _NAME_BREAKS.intersection(w.forms)

    def partial(m: _Mention) -> bool:
        before = m.start > 0 and words[m.start].joined and not words[m.start - 1].possessive
        after = m.end < len(words) and words[m.end].joined and not words[m.end - 1].possessive
        return (before and foreign(m.start - 1)) or (after and foreign(m.end))

    return [m for m in mentions if m.country or not partial(m)]


def _write_cache(directory: Path, path: Path, tables: build.Tables) -> None:
    """Writes atomically and removes stale gazetteer files; a read-only cache dir only costs speed."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".gazetteer-", delete=False) as f:
            pickle.dump(tables, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
        for old in directory.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("cannot write gazetteer cache in %s: %s", directory, exc)
