"""The canonical-event store tests again, on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import postgres_url
from test_merge_store import (  # backend-agnostic: they run here again, on PostgreSQL
    test_a_full_recluster_keeps_every_id,
    test_a_rejected_mention_leaves_its_canonical_event,
    test_an_edited_mention_is_placed_again,
    test_analyst_merge_survives_a_full_recluster,
    test_analyst_split_survives_arrivals_reextraction_and_full_reclusters,
    test_cluster_filters,
    test_merges_never_mix_types_or_countries,
    test_new_documents_join_the_canonical_event_and_its_id_stays,
)

from watchfloor.store import Store

__all__ = [
    "test_a_full_recluster_keeps_every_id",
    "test_a_rejected_mention_leaves_its_canonical_event",
    "test_analyst_merge_survives_a_full_recluster",
    "test_an_edited_mention_is_placed_again",
    "test_analyst_split_survives_arrivals_reextraction_and_full_reclusters",
    "test_cluster_filters",
    "test_merges_never_mix_types_or_countries",
    "test_new_documents_join_the_canonical_event_and_its_id_stays",
]


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(postgres_url()) as opened:
        yield opened
