"""Merging: mentions of one real-world event, across documents and languages, into one canonical
event that lists every source and records where they disagree.

    mention.py    a mention and its key (survives re-extraction)
    compat.py     can two mentions be one event? hard conflicts and a score, with reasons
    cluster.py    greedy incremental clustering with blocking; stable ids
    decisions.py  analysts' merges and splits as must-link / cannot-link constraints
    canonical.py  canonical values by stated rules; disagreements; why each mention joined
    links.py      deportation → arrest, aggregate → the events it sums
    rarity.py     how rare a specific is over the mentions (IDF): rare agreement weighs more
    run.py        `recluster(store, document_ids=None)`: the merger over the store
    decide.py     analysts' merge / split, applied and recorded
    review.py     possible merges near the threshold; an analyst's rejection, recorded

Everything but run.py, decide.py and review.py is pure: records in, records out. The merger uses
the store; the store never imports the merger.
"""

from __future__ import annotations

from watchfloor.merge.cluster import Clusterer
from watchfloor.merge.compat import Comparison, compare
from watchfloor.merge.decide import merge_clusters, split_cluster
from watchfloor.merge.mention import Mention, mention_key
from watchfloor.merge.run import ReclusterReport, assign_pending, recluster

__all__ = [
    "Clusterer",
    "Comparison",
    "Mention",
    "ReclusterReport",
    "assign_pending",
    "compare",
    "merge_clusters",
    "mention_key",
    "recluster",
    "split_cluster",
]
