"""The store on a real SQLite file: migrations, transactions, round trips and filters."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from watchfloor.errors import NotFound, StoreError
from watchfloor.model import (
    Agent,
    Aggregate,
    Claim,
    Document,
    Event,
    Evidence,
    Extraction,
    Location,
    Speaker,
    Target,
)
from watchfloor.store import Store, open_store
from watchfloor.store.schema import metadata
from watchfloor.store.store import MIGRATIONS

TEXT = (
    "Police in Izmir detained three Georgian citizens on 12 March. "
    "A day later a court in Ankara charged a Moldovan man. "
    "The ministry said eleven foreigners had been held this month. "
    "A channel denied that any raid took place."
)


def _span(phrase: str) -> Evidence:
    start = TEXT.index(phrase)
    return Evidence(start, start + len(phrase), phrase)


def _document(text: str = TEXT, doc_id: str = "doc-1") -> Document:
    return Document(
        doc_id=doc_id,
        text=text,
        language="en",
        published=date(2021, 3, 14),
        source="Example Wire",
        title="Detentions",
        author="A. Writer",
        url="https://example.org/a",
        origin="/data/a.html",
        meta={"tags": ["x"], "n": 1},
    )


def _extraction(doc_id: str = "doc-1") -> Extraction:
    arrest = Event(
        id="e1",
        type="ARREST",
        evidence=_span("Police in Izmir detained three Georgian citizens on 12 March"),
        date=date(2021, 3, 12),
        date_precision="day",
        agent=Agent(text="Police", country="TUR", sector="POL", name="Turkish police"),
        targets=[
            Target(count=3, nationality="GEO", text="three Georgian citizens"),
            Target(count=None, nationality="ARM", ethnicity="Yazidi", region="Shirak", approx_count=5),
        ],
        total=3,
        location=Location(
            text="Izmir", country="TUR", admin1="Izmir", place="Izmir", lat=38.42, lon=27.14, precision=1
        ),
        destination="SYR",
        affiliation="IS",
        attribution="police",
        cluster="tur-2021-03-12",
        about="terrorism",
    )
    charge = Event(
        id="e2",
        type="CHARGE",
        evidence=_span("a court in Ankara charged a Moldovan man"),
        date=date(2021, 3, 13),
        date_precision="day",
        targets=[Target(count=1, nationality="MDA")],
        total=1,
        location=Location(text="Ankara", country="TUR"),
        about="crime",
    )
    undated = Event(
        id="e3",
        type="ARREST",
        evidence=_span("eleven foreigners had been held this month"),
        reported=date(2021, 3, 14),
        total_min=11,
        modality="claimed",
        targets=[Target(count=11)],
    )
    return Extraction(
        doc_id=doc_id,
        events=[arrest, charge, undated],
        aggregates=[
            Aggregate(
                id="a1",
                type="ARREST",
                evidence=_span("eleven foreigners had been held"),
                total=11,
                covers=["e1", "e3"],
            )
        ],
        claims=[
            Claim(
                id="c1",
                speaker=Speaker(text="A channel", kind="channel"),
                evidence=_span("A channel denied that any raid took place"),
                topic="raid",
                stance="deny",
                platform="telegram",
                date=date(2021, 3, 14),
                date_precision="day",
                summary="no raid",
            )
        ],
    )


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "wf.sqlite"


@pytest.fixture
def store(path: Path) -> Iterator[Store]:
    with Store.open(path) as opened:
        yield opened


def _raw_count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_migrations_create_exactly_the_schema(store: Store, path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn)
        assert compare_metadata(context, metadata) == []
        assert set(sa.inspect(conn).get_table_names()) == set(metadata.tables) | {"alembic_version"}
        head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
        assert context.get_current_revision() == head
    engine.dispose()


def test_reopening_keeps_data(store: Store, path: Path) -> None:
    store.add(_document(), _extraction())
    store.close()
    with open_store(f"sqlite:///{path}") as again:
        assert again.counts()["events"] == 3


def test_sqlite_is_in_wal_mode(store: Store, path: Path) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with store._engine.connect() as conn:  # per connection: the store's own, NORMAL (1)
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1


def test_adding_the_same_text_twice_is_a_no_op(store: Store) -> None:
    first_id, added = store.add(_document(), _extraction())
    assert added
    before = store.counts()
    again_id, added_again = store.add(_document(doc_id="other-label"), _extraction())
    assert (again_id, added_again) == (first_id, False)
    assert store.counts() == before
    assert store.has_document(_document().hash)
    assert not store.has_document("0" * 64)


def test_document_round_trips(store: Store) -> None:
    document = _document()
    document_id, _ = store.add(document, None)
    assert store.document(document_id) == document
    [row] = store.documents()
    assert (row.id, row.doc_id, row.source, row.published, row.n_events) == (
        document_id,
        "doc-1",
        "Example Wire",
        date(2021, 3, 14),
        0,
    )
    with pytest.raises(NotFound):
        store.document(document_id + 1)


def test_extraction_round_trips(store: Store) -> None:
    extraction = _extraction()
    document_id, _ = store.add(_document(), extraction)
    stored = store.events()
    assert [s.event for s in stored] == extraction.events  # e3 has no date, so it comes last
    assert {(s.document_id, s.doc_id, s.source) for s in stored} == {(document_id, "doc-1", "Example Wire")}
    arrest = stored[0].event
    assert arrest.evidence == _span("Police in Izmir detained three Georgian citizens on 12 March")
    assert TEXT[arrest.evidence.start : arrest.evidence.end] == arrest.evidence.text
    assert isinstance(arrest.date, date)
    [aggregate] = store.aggregates()
    assert aggregate.aggregate == extraction.aggregates[0]
    [claim] = store.claims(document_id=document_id)
    assert claim.claim == extraction.claims[0]
    assert store.documents()[0].n_events == 3
    assert store.counts() == {"documents": 1, "events": 3, "aggregates": 1, "claims": 1, "failures": 0}


def test_event_filters(store: Store) -> None:
    store.add(_document(), _extraction())
    other = _extraction("doc-2")
    other.events[1] = replace(other.events[1], date=date(2021, 4, 2), location=Location(country="GEO"))
    store.add(_document(TEXT + " ", "doc-2"), other)

    def local(**filters: object) -> list[tuple[str, str]]:
        return [(s.doc_id, s.event.id) for s in store.events(**filters)]  # type: ignore[arg-type]

    assert local(type="CHARGE") == [("doc-1", "e2"), ("doc-2", "e2")]
    assert local(country="GEO") == [("doc-2", "e2")]
    assert local(nationality="ARM") == [("doc-1", "e1"), ("doc-2", "e1")]
    assert local(since=date(2021, 3, 13), until=date(2021, 3, 31)) == [("doc-1", "e2")]
    assert local(since=date(2021, 4, 1)) == [("doc-2", "e2")]
    assert local(type="ARREST", nationality="GEO", limit=1) == [("doc-1", "e1")]
    assert len(store.events()) == 6
    assert [s.event.targets for s in store.events(nationality="MDA")] == [
        [Target(count=1, nationality="MDA")]
    ] * 2
    assert local(about="terrorism") == [("doc-1", "e1"), ("doc-2", "e1")]
    assert local(about="other") == [("doc-1", "e3"), ("doc-2", "e3")]
    assert local(type="ARREST", about="crime") == []


def test_search_filters_and_facets_on_about(store: Store) -> None:
    from watchfloor.store.search import EventQuery

    store.add(_document(), _extraction())
    page = store.search_events(EventQuery(about="crime"))
    assert page.total == 1 and page.items[0][0].event.about == "crime"
    facets = store.event_facets(EventQuery(), ["about"])
    assert sorted(facets["about"]) == [("crime", 1), ("other", 1), ("terrorism", 1)]


def test_a_failure_midway_leaves_nothing(store: Store, path: Path) -> None:
    extraction = _extraction()
    extraction.events[1] = replace(extraction.events[1], type=None)  # type: ignore[arg-type]
    with pytest.raises(StoreError) as caught:
        store.add(_document(), extraction)
    assert "doc-1" in str(caught.value)
    assert store.counts() == dict.fromkeys(("documents", "events", "aggregates", "claims", "failures"), 0)
    assert _raw_count(path, "targets") == 0


def test_unknown_covers_are_refused_whole(store: Store, path: Path) -> None:
    extraction = _extraction()
    extraction.aggregates[0].covers.append("e9")
    with pytest.raises(StoreError, match="e9"):
        store.add(_document(), extraction)
    assert store.counts()["documents"] == 0
    assert _raw_count(path, "targets") == 0


def test_replace_extraction_swaps_everything(store: Store, path: Path) -> None:
    document_id, _ = store.add(_document(), _extraction())
    smaller = Extraction(doc_id="doc-1", events=[_extraction().events[1]])
    store.replace_extraction(document_id, smaller)
    assert [s.event for s in store.events()] == smaller.events
    assert store.aggregates() == [] and store.claims() == []
    # foreign keys are on: targets and covers of the old events went with them
    assert _raw_count(path, "targets") == 1
    assert _raw_count(path, "aggregate_covers") == 0
    with pytest.raises(NotFound):
        store.replace_extraction(document_id + 1, smaller)


def test_failures_upsert(store: Store) -> None:
    store.record_failure("a.html", "ingest", "not HTML")
    store.record_failure("b.html", "ingest", "empty")
    store.record_failure("a.html", "extract", "crashed")
    a, b = store.failures()
    assert (a.input, a.stage, a.reason, a.attempts) == ("a.html", "extract", "crashed", 2)
    assert a.first_seen <= a.last_seen <= datetime.now(UTC)
    assert (b.input, b.attempts) == ("b.html", 1)
    store.clear_failure("a.html")
    assert [f.input for f in store.failures()] == ["b.html"]
    assert store.counts()["failures"] == 1


def test_two_handles_share_one_file(store: Store, path: Path) -> None:
    with Store.open(path) as second:
        second.add(_document(doc_id="by-second"), None)
        store.add(_document(TEXT + "!", "by-first"), None)
        assert [d.doc_id for d in second.documents()] == ["by-second", "by-first"]


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("these are not the pages of a database " * 200)
    with pytest.raises(StoreError, match="notes.txt"):
        Store.open(bogus)


def test_a_missing_directory_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="nowhere"):
        Store.open(tmp_path / "nowhere" / "wf.sqlite")


def test_text_search_folds_case_beyond_ascii(store: Store) -> None:
    from watchfloor.store.search import EventQuery

    text = "Турецкие жандармы задержали в Газиантепе пятерых россиян."
    start = text.index("задержали")
    event = Event(id="e1", type="ARREST", evidence=Evidence(start, start + 9, "задержали"),
                  location=Location(text="Газиантепе", country="TUR"))
    store.add(Document(doc_id="ru-1", text=text, language="ru"), Extraction(doc_id="ru-1", events=[event]))
    assert store.search_events(EventQuery(text="газиантепе")).total == 1
    assert store.search_events(EventQuery(text="ЗАДЕРЖАЛИ")).total == 1
    assert store.search_events(EventQuery(text="стамбул")).total == 0
