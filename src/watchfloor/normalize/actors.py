"""Agent phrases → an actor with a country (ISO3) and a sector (GOV MIL POL JUD REB/INS MED OTH).

Named bodies ("Russia's FSB", "Генштаб Турции", "Europol") and generic head nouns ("German police",
"authorities in Turkey", "турецкие силовики") come from data/actors.tsv. A phrase's own country or
nationality word decides the country first, then the pattern's default, then the document's country.
A country name alone ("Turkey said") is that country's government.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from watchfloor.normalize.nationality import country_code, nationality_of, read_tsv, scan, tokens
from watchfloor.normalize.text import is_cyrillic, ru_lemma

SECTORS = ("GOV", "MIL", "POL", "JUD", "REB/INS", "MED", "OTH")
NO_COUNTRY = "-"
_MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class Actor:
    name: str | None  # canonical name of a named body; None for a generic noun ("police")
    country: str | None
    sector: str


@dataclass(frozen=True, slots=True)
class _Pattern:
    name: str | None
    country: str  # ISO3, "" to take from the phrase or document, "-" for none
    sector: str

    @property
    def generic(self) -> bool:
        return self.name is None


def pattern_keys(pattern: str, lang: str) -> list[str]:
    """Keys a pattern is indexed under: folded, and for Russian also word by word lemmatised."""
    words = [w.forms[0] for w in tokens(pattern)]  # tokenised like the text it will meet
    keys = [" ".join(words)]
    if lang == "ru" or is_cyrillic(pattern):
        keys.append(" ".join(ru_lemma(w) for w in words))
    return list(dict.fromkeys(keys))


@cache
def _table() -> tuple[dict[str, _Pattern], frozenset[str]]:
    table: dict[str, _Pattern] = {}
    cased: set[str] = set()
    for row in read_tsv("actors.tsv"):
        pattern, lang, name, country, sector = (row + [""] * 5)[:5]
        value = _Pattern(name or None, country, sector)
        for key in pattern_keys(pattern, lang):
            table.setdefault(key, value)
            if pattern.isupper() and len(pattern.replace(" ", "")) <= 4:
                cased.add(key)
    return table, frozenset(cased)


@lru_cache(maxsize=65536)
def actor_of(phrase: str, lang: str = "en", context_country: str | None = None) -> Actor | None:
    """The actor an agent phrase names, or None when it names no known kind of actor.

    "Turkish police" → (None, TUR, POL); "Russia's FSB" → (Federal Security Service, RUS, POL);
    "police" with context_country="TUR" → (None, TUR, POL); "Turkey" → (None, TUR, GOV)."""
    del lang  # the script decides; kept for a uniform normaliser signature
    table, cased = _table()
    words = tokens(phrase)
    found = [(start, end, table[key]) for start, end, key in scan(words, table, cased, _MAX_WORDS)]
    if not found:
        code = country_code(phrase)
        return Actor(None, code, "GOV") if code else None
    # A named body beats a generic noun; among equals, the longest, then the last (the head noun).
    start, end, pattern = max(found, key=lambda f: (not f[2].generic, f[1] - f[0], f[0]))
    if pattern.country == NO_COUNTRY:
        return Actor(pattern.name, None, pattern.sector)
    nationality = nationality_of(phrase)
    country = (nationality.country if nationality else None) or pattern.country or context_country
    return Actor(pattern.name, country, pattern.sector)
