"""The web API on a real PostgreSQL server: filters, reviews that outlive re-extraction, merging,
accounts. (The SQLite runs of the same tests are in test_web_api.py and test_web_auth.py.)"""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from conftest import postgres_url
from test_web_api import (  # backend-agnostic tests, run here again on PostgreSQL
    FILTER_CASES,
    _ids,
    test_claims_and_topics,
    test_clusters_after_merging,
    test_documents,
    test_edits_survive_reextraction,
    test_event_detail_review_and_audit,
    test_facets,
    test_merge_and_split_through_the_api,
    test_review_actions_and_their_filters,
    test_search,
    test_timeline_by_day_week_and_month_with_claims,
)
from test_web_auth import test_accounts_require_login_and_roles, test_browser_session_with_csrf
from web_data import build

from watchfloor.store import Store
from watchfloor.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

__all__ = [
    "test_accounts_require_login_and_roles", "test_browser_session_with_csrf", "test_claims_and_topics",
    "test_clusters_after_merging", "test_documents", "test_edits_survive_reextraction",
    "test_event_detail_review_and_audit", "test_facets", "test_merge_and_split_through_the_api", "test_review_actions_and_their_filters", "test_search",
    "test_timeline_by_day_week_and_month_with_claims",
]  # fmt: skip


@pytest.fixture()
def store() -> Iterator[Store]:
    with build(postgres_url()) as store:
        yield store


@pytest.fixture()
def client(store: Store) -> TestClient:
    return TestClient(create_app(store), base_url="http://127.0.0.1", client=("127.0.0.1", 40000))


@pytest.fixture()
def rw(client: TestClient) -> TestClient:
    return client


def test_every_event_filter_sort_and_page(client: TestClient) -> None:
    for query, expected in FILTER_CASES:
        assert _ids(client, query) == expected, query
