"""A small store for the web tests, written directly with Store.add (no NLP): our own texts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from watchfloor.model import (
    Agent,
    Claim,
    Document,
    Event,
    Evidence,
    Extraction,
    Location,
    Speaker,
    Target,
)
from watchfloor.store import Store

HOSTILE = (
    "Channel post. <script>window.__pwned = 1; alert('x')</script> Border guards detained "
    "four travellers near Kilis. <img src=x onerror=\"window.__pwned = 2; alert('y')\"> "
    "<svg onload=\"window.__pwned = 3\"></svg> =HYPERLINK(\"http://example.invalid\")"
)


def _ev(text: str, phrase: str, **fields: object) -> Event:
    start = text.index(phrase)
    return Event(evidence=Evidence(start, start + len(phrase), phrase), **fields)  # type: ignore[arg-type]


def _claim(text: str, phrase: str, **fields: object) -> Claim:
    start = text.index(phrase)
    return Claim(evidence=Evidence(start, start + len(phrase), phrase), **fields)  # type: ignore[arg-type]


def build(path: Path | str) -> Store:
    """Four documents: arrests, a deportation, an attack, claims on two topics, one hostile post."""
    store = Store.open(path)
    a = (
        "Police in Gaziantep detained three Russian citizens on 6 April trying to cross into Syria. "
        "The governor's office said the border remained closed."
    )
    store.add(
        Document("wire-a", a, "en", date(2015, 4, 9), "Frontier Courier", "Three Russians held"),
        Extraction("wire-a", events=[
            _ev(a, "Police in Gaziantep detained three Russian citizens on 6 April", id="e1", type="ARREST",
                date=date(2015, 4, 6), date_precision="day", total=3,
                targets=[Target(count=3, nationality="RUS", text="three Russian citizens")],
                agent=Agent(text="Police", country="TUR", sector="POL"),
                location=Location(text="Gaziantep", country="TUR", admin1="Gaziantep", place="Gaziantep",
                                  lat=37.06, lon=37.38, precision=1), about="terrorism"),
        ], claims=[
            _claim(a, "The governor's office said the border remained closed.", id="c1",
                   speaker=Speaker("The governor's office", "official"), topic="turkey-syria-border-crossable",
                   stance="deny", date=date(2015, 4, 9), date_precision="day"),
        ]),
    )  # fmt: skip
    b = (
        "Turkish authorities deported twelve Tajik nationals from Hatay on 2 November, "
        "according to the ministry. A channel claimed the border is still open."
    )
    store.add(
        Document("wire-b", b, "en", date(2015, 11, 4), "Novosti Wire", "Tajiks deported"),
        Extraction("wire-b", events=[
            _ev(b, "Turkish authorities deported twelve Tajik nationals from Hatay on 2 November", id="e1",
                type="DEPORT", date=date(2015, 11, 2), date_precision="day", total=12,
                targets=[Target(count=12, nationality="TJK")],
                agent=Agent(text="Turkish authorities", country="TUR", sector="GOV"),
                location=Location(text="Hatay", country="TUR", admin1="Hatay", lat=36.2, lon=36.16, precision=3),
                attribution="the ministry", modality="claimed", about="migration"),
        ], claims=[
            _claim(b, "A channel claimed the border is still open.", id="c1", speaker=Speaker("A channel", "channel"),
                   topic="turkey-syria-border-crossable", stance="affirm", date=date(2015, 11, 4),
                   date_precision="day"),
        ]),
    )  # fmt: skip
    c = "Militants attacked a border post near Akcakale on 8 March 2016, killing one soldier."
    store.add(
        Document("wire-c", c, "en", date(2016, 3, 9), "Urfa News", "Clash at Akcakale"),
        Extraction("wire-c", events=[
            _ev(c, "Militants attacked a border post near Akcakale on 8 March 2016, killing one soldier", id="e1",
                type="ATTACK", date=date(2016, 3, 8), date_precision="day", killed=1,
                agent=Agent(text="Militants", sector="REB/INS"), about="armed_conflict",
                location=Location(text="Akcakale", country="TUR", admin1="Sanliurfa", place="Akcakale",
                                  lat=36.71, lon=38.95, precision=1)),
        ]),
    )  # fmt: skip
    store.add(
        Document("post-x", HOSTILE, "en", date(2016, 3, 10), "Hostile <b>Channel</b>", "<script>alert(1)</script>"),
        Extraction("post-x", events=[
            _ev(HOSTILE, "Border guards detained four travellers near Kilis.", id="e1", type="ARREST",
                date=date(2016, 3, 10), date_precision="day", total=4,
                targets=[Target(count=4, nationality="SYR")],
                agent=Agent(text="Border guards", country="TUR", sector="MIL"),
                location=Location(text="Kilis", country="TUR", admin1="Kilis", lat=36.72, lon=37.12, precision=1),
                modality="rumored"),
        ]),
    )  # fmt: skip
    return store
