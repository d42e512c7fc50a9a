"""Command line for reviewing possible merges: `watchfloor events --possible-merges` lists pairs of
canonical events the merger kept apart near its threshold; `watchfloor merge A B` confirms one,
`watchfloor reject A B` turns it down (recorded like merges and splits)."""

from __future__ import annotations

import json
from typing import Any

import click


def print_possible_merges(store: Any, cluster_id: str | None, fmt: str) -> None:
    from watchfloor.merge.review import possible_merges

    pairs = possible_merges(store, cluster_id)
    if fmt == "json":
        click.echo(json.dumps([p.as_dict() for p in pairs], ensure_ascii=False, indent=1))
        return
    for p in pairs:
        click.echo(f"{p.a}  {p.b}  score {p.score:.2f}  {'; '.join(p.reasons)}")
    click.echo(f"{len(pairs)} possible merges (confirm: watchfloor merge A B; reject: watchfloor reject A B)")


@click.command("reject")
@click.argument("a")
@click.argument("b")
@click.option("--user", envvar="USER", required=True, show_envvar=True, help="Who decides (default: $USER).")
@click.option("--reason", help="Why, in a few words (kept with the decision).")
@click.pass_context
def reject(ctx: click.Context, a: str, b: str, user: str, reason: str | None) -> None:
    """Reject a possible merge: canonical events A and B are not one event. Recorded with who, when
    and why, and kept by every later run."""
    from watchfloor.merge.review import reject_merge
    from watchfloor.store import Store

    with Store.open(ctx.obj["db"]) as store:
        reject_merge(store, a, b, user=user, reason=reason)
    click.echo(f"rejected: {a} and {b} stay apart")
