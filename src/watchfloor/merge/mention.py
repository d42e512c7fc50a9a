"""A mention: one document's report of an event, as the merger sees it.

A mention's **key** is `"<document content hash>:<evidence start>-<evidence end>"`. It names the
sentence a report came from, not a row id or an extractor's local id ("e2" may become "e3" when
the extractor improves), so an analyst's decision keyed by it survives re-ingest and
re-extraction; when a re-extraction moves the evidence span, the decision follows the mention of
the same document whose span overlaps the old one most (see `decisions.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache

from anyascii import anyascii

from watchfloor.model import Event, mention_key, parse_key

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_WORD = re.compile(r"\w+")


__all__ = ["PRECISION_RANK", "Mention", "date_interval", "mention_key", "parse_key"]
_NAME = re.compile(r"(?<![\w'’-])[A-ZА-ЯЁ][\w'’-]{3,}")
NAME_KEY = 5  # names are compared on their first letters, after transliteration: "Абакарову" ~ "Abakarova"


@cache
def _calendar_words() -> frozenset[str]:
    from watchfloor.normalize.dates import calendar_table

    return frozenset(calendar_table("en")) | frozenset(calendar_table("ru"))


@cache
def _weekdays() -> re.Pattern[str]:
    from watchfloor.normalize.dates import calendar_table

    forms = sorted({w for lang in ("en", "ru") for w, (kind, _) in calendar_table(lang).items() if kind == "weekday"},
                   key=len, reverse=True)  # fmt: skip
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)  # bounded: a long-running watch meets ever new words
def _name_key(word: str) -> str | None:
    """The key of a capitalised word, or None for a calendar word or a country or nationality
    (those are compared as nationalities and places already, and are common)."""
    from watchfloor.normalize.nationality import nationality_of

    word = re.sub(r"['’]s$", "", word.lower().replace("ё", "е"))  # "Sunday's"
    if word in _calendar_words() or nationality_of(word) is not None:
        return None
    latin = re.sub(r"[^a-z]", "", anyascii(word).lower())
    # English spellings of Russian names vary where anyascii is exact: Akhmed / Ahmed,
    # Dzhabarov / Jabarov, Kraem / Krayem
    latin = latin.replace("dzh", "j").replace("kh", "h").replace("y", "")
    return latin[:NAME_KEY] if len(latin) >= 4 else None


def name_keys(text: str) -> frozenset[str]:
    """Names and places a text capitalises (not its first word; see `_name_key`), transliterated
    to Latin letters (anyascii) and cut to their first letters, so that a Russian and an English
    report of one act meet: "в Ташкенте" and "in Tashkent" both give "tashk"."""
    out = set()
    for match in _NAME.finditer(text):
        if match.start() == 0:
            continue  # a sentence's first word is capitalised whatever it is
        key = _name_key(match.group())
        if key is not None:
            out.add(key)
    return frozenset(out)


def count_is_sure(e: Event) -> bool:
    """A total stated for the whole group ("14 Uzbeks"), not a sum over a list of people, a bound
    or an estimate: lists are where reports of one act differ (one counts the wife, one does not)."""
    if e.total is None or e.total_min is not None:
        return False
    counted = [t for t in e.targets if t.count is not None or t.approx_count is not None]
    return len(counted) <= 1 and not any(t.approx_count is not None for t in e.targets)


def date_doubt(e: Event, published: date | None) -> str | None:
    """Why a date may be off, or None for a day of the act's own: "coarse" (a week or coarser,
    often the report's week), "report" (the day the report or announcement came out), "weekday"
    (a weekday resolved against the report: "on Tuesday" is one of the seven days before it)."""
    if e.date_precision != "day" or e.date is None:
        return "coarse"
    if e.date in (published, e.reported):
        return "report"
    return "weekday" if any(_weekdays().search(span.text) for span in e.evidence_spans) else None


def date_interval(value: date | None, precision: str) -> tuple[date, date] | None:
    """The days a dated event may have happened on; None when undated."""
    if value is None or precision not in PRECISION_RANK:
        return None
    if precision == "day":
        return value, value
    if precision == "week":
        monday = value - timedelta(days=value.weekday())
        return monday, monday + timedelta(days=6)
    if precision == "month":
        following = date(value.year + (value.month == 12), value.month % 12 + 1, 1)
        return date(value.year, value.month, 1), following - timedelta(days=1)
    return date(value.year, 1, 1), date(value.year, 12, 31)


@dataclass(frozen=True, slots=True)
class Mention:
    """An event as reported by one document, with what the merger needs of that document."""

    id: int  # the event's row id
    key: str
    document: int  # the document's row id: two mentions of one document are never one event
    event: Event
    doc_id: str = ""
    source: str | None = None
    language: str | None = None
    published: date | None = None
    cluster: str | None = None  # the stored cluster, if any
    # derived once, here, so comparisons stay cheap
    interval: tuple[date, date] | None = field(init=False)
    anchor: date | None = field(init=False)
    nationalities: frozenset[str] = field(init=False)
    tokens: frozenset[str] = field(init=False)
    names: frozenset[str] = field(init=False)  # name_keys of its evidence and targets
    # how sure the extraction is of a field: a conflict on a sure field forbids the merge, on an
    # unsure one it only weighs against (compat.py)
    count_sure: bool = field(init=False)
    date_doubt: str | None = field(init=False)
    # mentions are only ever compared within one block: same type, same country
    block: tuple[str, str | None] = field(init=False)
    order: tuple[int, int, int] = field(init=False)  # arrival: document as stored, then position in the text
    # plain copies of what compat.py reads, so that a comparison follows no attribute chains and
    # does no date arithmetic: days as ordinals, the count as a (low, high or None) range
    days: tuple[int, int] | None = field(init=False)  # `interval` as ordinals
    anchor_day: int | None = field(init=False)
    published_day: int | None = field(init=False)
    precision_rank: int = field(init=False)  # PRECISION_RANK of a dated mention's precision
    count: tuple[int, int | None] | None = field(init=False)
    killed: int | None = field(init=False)
    wounded: int | None = field(init=False)
    admin1: str | None = field(init=False)
    place: str | None = field(init=False)
    agent_country: str | None = field(init=False)
    affiliation: str | None = field(init=False)
    destination: str | None = field(init=False)
    planned: bool = field(init=False)

    def __post_init__(self) -> None:
        e = self.event
        object.__setattr__(self, "interval", date_interval(e.date, e.date_precision))
        # an undated event is placed by when it was reported (the announcement, else publication)
        object.__setattr__(self, "anchor", e.reported or self.published or e.date)
        object.__setattr__(self, "nationalities", e.nationalities)
        words = {w for w in _WORD.findall(e.evidence.text.lower()) if len(w) > 2 or w.isdigit()}
        if self.source:  # the outlet's own name is no wording of the act
            words -= set(_WORD.findall(self.source.lower()))
        object.__setattr__(self, "tokens", frozenset(words))
        texts = [span.text for span in e.evidence_spans] + [t.text for t in e.targets if t.text]
        names = frozenset().union(*(name_keys(t) for t in texts))
        if self.source:  # "…, the Daily Wire reported": the outlet telling it is no one in the act
            names -= {k for w in _NAME.findall(self.source) if (k := _name_key(w)) is not None}
        object.__setattr__(self, "names", names)
        object.__setattr__(self, "count_sure", count_is_sure(e))
        object.__setattr__(self, "date_doubt", date_doubt(e, self.published))
        object.__setattr__(self, "block", (e.type, e.location.country if e.location else None))
        object.__setattr__(self, "order", (self.document, e.evidence.start, self.id))
        interval, anchor = self.interval, self.anchor
        object.__setattr__(self, "days", (interval[0].toordinal(), interval[1].toordinal()) if interval else None)
        object.__setattr__(self, "anchor_day", anchor.toordinal() if anchor is not None else None)
        object.__setattr__(self, "published_day", self.published.toordinal() if self.published is not None else None)
        object.__setattr__(self, "precision_rank", PRECISION_RANK.get(e.date_precision, -1))
        count = (e.total, e.total) if e.total is not None else (e.total_min, None) if e.total_min is not None else None
        object.__setattr__(self, "count", count)
        object.__setattr__(self, "killed", e.killed)
        object.__setattr__(self, "wounded", e.wounded)
        object.__setattr__(self, "admin1", e.location.admin1 if e.location else None)
        object.__setattr__(self, "place", e.location.place if e.location else None)
        object.__setattr__(self, "agent_country", e.agent.country if e.agent else None)
        object.__setattr__(self, "affiliation", e.affiliation)
        object.__setattr__(self, "destination", e.destination)
        object.__setattr__(self, "planned", e.modality == "planned")

    @property
    def date_sure(self) -> bool:
        return self.date_doubt is None

    @property
    def type(self) -> str:
        return self.event.type

    @property
    def country(self) -> str | None:
        return self.event.location.country if self.event.location else None

    @property
    def label(self) -> str:
        """The source's name for listings: outlet or channel, else the document label."""
        return self.source or self.doc_id
