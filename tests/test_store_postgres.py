"""The same store tests on a real PostgreSQL server, plus what only a server shows (concurrent writers)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from conftest import postgres_url
from test_store import (  # the backend-agnostic tests run here again, on PostgreSQL
    TEXT,
    _document,
    _extraction,
    test_adding_the_same_text_twice_is_a_no_op,
    test_document_round_trips,
    test_event_filters,
    test_extraction_round_trips,
    test_failures_upsert,
)

from watchfloor.errors import StoreError
from watchfloor.store import Store
from watchfloor.store.schema import metadata

__all__ = [
    "test_adding_the_same_text_twice_is_a_no_op",
    "test_document_round_trips",
    "test_event_filters",
    "test_extraction_round_trips",
    "test_failures_upsert",
]


@pytest.fixture
def url() -> str:
    return postgres_url()


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    with Store.open(url) as opened:
        yield opened


def test_migrations_create_exactly_the_schema_on_postgres(store: Store, url: str) -> None:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    engine.dispose()
    assert "watchfloor_test:***@" in store.name or "***" in store.name  # no password in messages


def test_a_failed_document_leaves_nothing_on_postgres(store: Store) -> None:
    extraction = _extraction()
    extraction.aggregates[0].covers.append("e9")
    with pytest.raises(StoreError, match="e9"):
        store.add(_document(), extraction)
    assert store.counts()["documents"] == 0 and store.counts()["events"] == 0


def test_concurrent_writers_of_one_text_store_it_once(url: str) -> None:
    errors: list[BaseException] = []
    results: list[bool] = []

    def add() -> None:
        try:
            with Store.open(url) as mine:
                results.append(mine.add(_document(TEXT + " same"), _extraction())[1])
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=add) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with Store.open(url) as check:
        assert check.counts()["documents"] == 1
    # the losers either saw the row (False) or failed on the unique index with a named error
    assert results.count(True) == 1
    assert all(isinstance(e, StoreError) for e in errors)
