"""Analysts' merges and splits: applied at once, recorded with who, when and why, and kept by
every later run (they become constraints, see `decisions.py`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from watchfloor.errors import InputError
from watchfloor.merge.cluster import derived_id
from watchfloor.merge.decisions import Decision, constraints
from watchfloor.merge.mention import Mention
from watchfloor.merge.run import assign_pending, stored_decisions, to_mention, with_partners, write

if TYPE_CHECKING:
    from watchfloor.store.store import Store


def _block_groups(store: Store, block: tuple[str, str | None]) -> tuple[set[tuple[str, str | None]], list[Mention]]:
    scope = with_partners({block})
    return scope, [to_mention(r) for r in store.merge_mentions(blocks=scope)]


def _apply(store: Store, scope: set[tuple[str, str | None]], mentions: list[Mention],
           groups: dict[str, list[Mention]], decision: Decision) -> None:
    rules = constraints([*stored_decisions(store), decision], mentions)
    record = {"kind": decision.kind, "mentions": list(decision.mentions), "others": list(decision.others),
              "user": decision.user, "reason": decision.reason}
    write(store, scope, groups, rules, decision=record, reuse=True)  # only the two clusters change


def _groups(mentions: list[Mention]) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.cluster is not None:
            out.setdefault(m.cluster, []).append(m)
    return out


def apply_decision(store: Store, block: tuple[str, str | None], decision: Decision) -> None:
    """Record a decision that moves nothing (a rejection): the clusters stay as they are."""
    scope, mentions = _block_groups(store, block)
    _apply(store, scope, mentions, _groups(mentions), decision)


def merge_clusters(store: Store, a: str, b: str, *, user: str, reason: str | None = None) -> str:
    if not user:
        raise InputError("a merge needs the analyst's name", input=f"{a} {b}")
    if a == b:
        raise InputError("cannot merge a canonical event with itself", input=a)
    assign_pending(store)
    first, second = store.cluster(a), store.cluster(b)
    if (first.type, first.country) != (second.type, second.country):
        raise InputError(
            f"{a} is {first.type} in {first.country or 'no country'}, {b} is {second.type} in "
            f"{second.country or 'no country'}: a canonical event never mixes types or countries",
            input=f"{a} {b}",
        )
    scope, mentions = _block_groups(store, (first.type, first.country))
    groups = _groups(mentions)
    kept, absorbed = groups.get(a, []), groups.pop(b, [])
    decision = Decision("merge", [m.key for m in kept], [m.key for m in absorbed], user, reason)
    groups[a] = kept + absorbed
    _apply(store, scope, mentions, groups, decision)
    return a


def split_cluster(
    store: Store, cluster_id: str, event_ids: Sequence[int], *, user: str, reason: str | None = None
) -> str:
    label = f"{cluster_id} {' '.join(map(str, event_ids))}"
    if not user:
        raise InputError("a split needs the analyst's name", input=label)
    assign_pending(store)
    current = store.cluster(cluster_id)
    moving = set(event_ids)
    members = {e.id for e in current.mentions}
    if not moving:
        raise InputError("name the mentions (event ids) to split off", input=label)
    strangers = sorted(moving - members)
    if strangers:
        raise InputError(
            f"events {', '.join(map(str, strangers))} are not mentions of {cluster_id} "
            f"(its mentions: {', '.join(map(str, sorted(members)))})",
            input=label,
        )
    if moving == members:
        raise InputError("a split must leave at least one mention behind", input=label)
    scope, mentions = _block_groups(store, (current.type, current.country))
    groups = _groups(mentions)
    moved = sorted((m for m in groups[cluster_id] if m.id in moving), key=lambda m: m.order)
    groups[cluster_id] = [m for m in groups[cluster_id] if m.id not in moving]
    taken = store.cluster_ids()
    new_id = base = derived_id(moved[0].key)
    n = 1
    while new_id in taken or new_id in groups:
        n += 1
        new_id = f"{base}-{n}"
    groups[new_id] = moved
    decision = Decision("split", [m.key for m in moved], [m.key for m in groups[cluster_id]], user, reason)
    _apply(store, scope, mentions, groups, decision)
    return new_id
