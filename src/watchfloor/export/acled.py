"""Events in ACLED's column layout, so analysts can set them beside ACLED's own data.

The mapping is data (data/acled.json) and documented in docs/exports.md: our types become ACLED
event and sub-event types (ATTACK by the words of its weapon, victims and evidence), our agent's
sector becomes ACLED's actor naming and inter code, the people an act concerns become actor 2.
What ACLED has and we do not (admin2, admin3, source scale) stays empty; what we have and
ACLED does not (about, modality, nationalities, how many sources) goes into `tags`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib.resources import files
from typing import Any

from watchfloor.errors import ConfigError
from watchfloor.export.tables import disagree_text

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso",
    "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
INT_COLUMNS = ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
               "timestamp")  # fmt: skip
FLOAT_COLUMNS = ("latitude", "longitude")

# ACLED: 1 the day is known, 2 a few days or the week, 3 the month (its coarsest; we also use it
# for a year and say so in tags).
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"


@dataclass(frozen=True, slots=True)
class _Rule:
    event_type: str
    sub_event_type: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Mapping:
    types: dict[str, dict[str, Any]]
    attack_rules: tuple[_Rule, ...]
    attack_default: tuple[str, str]
    sectors: dict[str, dict[str, Any]]
    foreign_state_inter: int
    civilians_inter: int
    armed_group_inter: int
    regions: dict[str, str]  # ISO3 → region
    country_names: dict[str, str]
    iso_numeric: dict[str, int]

    def country_name(self, iso3: str | None) -> str:
        if not iso3:
            return ""
        if iso3 in self.country_names:
            return self.country_names[iso3]
        return _known_name(iso3)

    def iso(self, iso3: str | None) -> int | None:
        if not iso3:
            return None
        if iso3 in self.iso_numeric:
            return self.iso_numeric[iso3]
        import pycountry

        found = pycountry.countries.get(alpha_3=iso3)
        return int(found.numeric) if found is not None else None


@cache
def _known_name(iso3: str) -> str:
    import pycountry
    from countryinfo import CountryInfo

    try:
        return str(CountryInfo(iso3).name())
    except (ValueError, KeyError):
        found = pycountry.countries.get(alpha_3=iso3)
        return str(getattr(found, "common_name", None) or getattr(found, "name", iso3)) if found else iso3


def _pattern(words: Iterable[str]) -> re.Pattern[str]:
    parts = []
    for word in words:
        stem = word.removesuffix("*")
        tail = r"\w*" if word.endswith("*") else r"(?!\w)"
        parts.append(r"(?<!\w)" + re.escape(stem.lower()).replace(r"\ ", r"\s+") + tail)
    return re.compile("|".join(parts))


@cache
def load_mapping() -> Mapping:
    raw = json.loads(files("watchfloor.data").joinpath("acled.json").read_text("utf-8"))
    regions: dict[str, str] = {}
    for region, codes in raw["regions"].items():
        for code in codes:
            if code in regions:
                raise ConfigError(f"{code} is in both {regions[code]} and {region}", input="acled.json")
            regions[code] = region
    rules = tuple(_Rule(r["event_type"], r["sub_event_type"], _pattern(r["words"])) for r in raw["attack_rules"])
    default = raw["attack_default"]
    return Mapping(
        types=raw["types"], attack_rules=rules, attack_default=(default["event_type"], default["sub_event_type"]),
        sectors=raw["sectors"], foreign_state_inter=raw["foreign_state_inter"],
        civilians_inter=raw["civilians_inter"], armed_group_inter=raw["armed_group_inter"], regions=regions,
        country_names=raw["country_names"], iso_numeric=raw["iso_numeric"],
    )  # fmt: skip


def event_types(record: dict[str, Any], mapping: Mapping | None = None) -> tuple[str, str]:
    """ACLED's (event_type, sub_event_type) of one of our events."""
    mapping = mapping or load_mapping()
    kind = record.get("type") or ""
    if kind != "ATTACK":
        spec = mapping.types.get(kind) or {"event_type": "Strategic developments", "sub_event_type": "Other"}
        return spec["event_type"], spec["sub_event_type"]
    told = [record.get("weapon"), *record.get("weapons", []), *record.get("victims", []), *record.get("objects", []),
            record.get("evidence")]  # fmt: skip
    text = " ".join(t for t in told if t).lower()
    for rule in mapping.attack_rules:
        if rule.pattern.search(text):
            return rule.event_type, rule.sub_event_type
    return mapping.attack_default


def _actor1(record: dict[str, Any], country: str | None, mapping: Mapping) -> tuple[str, str, int | None, bool]:
    """(actor1, assoc_actor_1, inter1, inferred): named by the agent's sector as ACLED names state
    forces; a state act with no agent named is the state's where it happened."""
    agent = record.get("agent") or {}
    sector = agent.get("sector")
    inferred = False
    if not sector and not agent.get("text"):
        sector = (mapping.types.get(record.get("type") or "") or {}).get("default_sector")
        inferred = sector is not None
    spec = mapping.sectors.get(sector or "")
    if spec is None:
        perpetrators = record.get("perpetrators") or []
        name = agent.get("text") or (perpetrators[0] if perpetrators else "")
        return name, "", None, False
    if spec["actor"] is None:  # an armed group or another actor: its own name
        return agent.get("text") or "", "", spec["inter"], False
    state = agent.get("country") or country
    if not state:
        return agent.get("text") or "", "", spec["inter"], inferred
    inter = spec["inter"] if country is None or state == country else mapping.foreign_state_inter
    assoc = agent.get("text") or ""
    return spec["actor"].format(country=mapping.country_name(state)), assoc, inter, inferred


def _actor2(record: dict[str, Any], event_type: str, country: str | None, mapping: Mapping) -> tuple[str, str, int | None]:
    """(actor2, assoc_actor_2, inter2): the people the act concerns. A group they are said to
    belong to comes first (as ACLED names the group of those it arrests); otherwise they are
    civilians of their nationality."""
    if record.get("type") in ("TAKEDOWN",):
        return "", "", None
    nationalities = sorted({t["nationality"] for t in record.get("targets", []) if t.get("nationality")})
    names = "; ".join(mapping.country_name(n) for n in nationalities)
    if record.get("type") == "ATTACK" and event_type != VIOLENCE_AGAINST_CIVILIANS:
        victims = record.get("victims") or []
        return (victims[0] if victims else ""), names, None
    if record.get("affiliation") and event_type != VIOLENCE_AGAINST_CIVILIANS:
        return record["affiliation"], names, mapping.armed_group_inter
    if len(nationalities) == 1:
        return f"Civilians ({mapping.country_name(nationalities[0])})", "", mapping.civilians_inter
    if nationalities:
        return "Civilians (International)", names, mapping.civilians_inter
    if event_type == VIOLENCE_AGAINST_CIVILIANS and country:
        return f"Civilians ({mapping.country_name(country)})", "", mapping.civilians_inter
    return "", "", None


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the lower inter code first; a sole actor's is N0."""
    if inter1 is None and inter2 is None:
        return None
    if inter1 is None or inter2 is None:
        return (inter1 or inter2 or 0) * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def acled_row(
    record: dict[str, Any], *, event_id: str, sources: list[str], timestamp: int | None, mapping: Mapping | None = None
) -> dict[str, Any]:
    """One ACLED row of an event record (canonical event or mention; see select.py)."""
    mapping = mapping or load_mapping()
    loc = record.get("location") or {}
    country = loc.get("country")
    day = date.fromisoformat(record["date"]) if record.get("date") else None
    precision = record.get("date_precision") or "unknown"
    event_type, sub_event_type = event_types(record, mapping)
    actor1, assoc1, inter1, inferred = _actor1(record, country, mapping)
    actor2, assoc2, inter2 = _actor2(record, event_type, country, mapping)
    nationalities = sorted({t["nationality"] for t in record.get("targets", []) if t.get("nationality")})
    tags = [f"watchfloor type={record.get('type')}", f"about={record.get('about') or 'other'}"]
    if record.get("modality") not in (None, "asserted"):
        tags.append(f"modality={record['modality']}")
    if precision == "year":
        tags.append("date precision=year")
    if nationalities:
        tags.append("nationalities=" + " ".join(nationalities))
    if record.get("total") is not None:
        tags.append(f"people={record['total']}")
    if inferred:
        tags.append("actor1 inferred from the event type")
    if record.get("n_sources") is not None:
        tags.append(f"sources={record['n_sources']}")
    located = record.get("lat") is not None and record.get("lon") is not None
    geo_precision = record.get("geo_precision") if located else None
    if located and geo_precision is None:  # the country's centre: ACLED's coarsest is 3
        geo_precision = 3
        tags.append("location=country only")
    notes = record.get("evidence") or ""
    if record.get("disagreements"):
        notes += f" [sources disagree: {disagree_text(record['disagreements'])}]"
    return {
        "event_id_cnty": f"{country or 'XXX'}-{event_id}",
        "event_date": day.isoformat() if day else None,
        "year": day.year if day else None,
        "time_precision": TIME_PRECISION.get(precision) if day else None,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if event_type == VIOLENCE_AGAINST_CIVILIANS else "",
        "iso": mapping.iso(country),
        "region": mapping.regions.get(country or "", ""),
        "country": mapping.country_name(country),
        "admin1": loc.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": loc.get("place") or loc.get("admin1") or mapping.country_name(country),
        "latitude": record.get("lat"),
        "longitude": record.get("lon"),
        "geo_precision": geo_precision,
        "source": "; ".join(sources),
        "source_scale": "",
        "notes": notes,
        "fatalities": record.get("killed") or 0,
        "tags": "; ".join(tags),
        "timestamp": timestamp,
    }


def acled_rows(kind: str, records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """ACLED rows of canonical events (kind "events") or of mentions ("mentions")."""
    mapping = load_mapping()
    out = []
    for r in records:
        if kind == "events":
            updated = r.get("updated_at")
            stamp = int(datetime.fromisoformat(updated).timestamp()) if updated else None
            out.append(acled_row(r, event_id=r["cluster"], sources=list(r.get("sources", [])), timestamp=stamp,
                                 mapping=mapping))  # fmt: skip
        else:
            source = r["document"]["source"] or r["document"]["doc_id"]
            out.append(acled_row(r, event_id=f"e{r['id']}", sources=[source], timestamp=None, mapping=mapping))
    return out
