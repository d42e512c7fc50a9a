"""`watchfloor channels`: the channels' network, its stories and a claim's spread (issue 17)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from watchfloor.model import STANCES


@click.command("channels")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--graphml", type=click.Path(dir_okay=False, path_type=Path), help="Write the network as GraphML.")
@click.option("--gexf", type=click.Path(dir_okay=False, path_type=Path), help="Write the network as GEXF (Gephi).")
@click.option("--stories", "show_stories", is_flag=True, help="Near-copies of posts spread across channels.")
@click.option(
    "--threshold", type=click.FloatRange(0, 1, min_open=True), default=0.5, show_default=True,
    help="Stories: least Jaccard similarity of two posts' word 3-grams.",
)  # fmt: skip
@click.option("--min-channels", type=click.IntRange(min=1), default=2, show_default=True,
              help="Stories: least number of channels that carried one.")  # fmt: skip
@click.option("--claim", "topic", help="A claim's spread: the channels that carried claims on this topic, in order.")
@click.option("--stance", type=click.Choice(STANCES), help="With --claim: only claims of this stance.")
@click.pass_context
def channels(
    ctx: click.Context,
    fmt: str,
    graphml: Path | None,
    gexf: Path | None,
    show_stories: bool,
    threshold: float,
    min_channels: int,
    topic: str | None,
    stance: str | None,
) -> None:
    """The channels' network from Telegram and VK exports: each channel's posts, events and claims,
    whom it amplifies (forwards, reposts, replies to, links to, mentions) and who amplifies it.

    --graphml/--gexf write the network for Gephi or networkx; --stories lists near-duplicate
    posts across channels, first poster first; --claim TOPIC lists the channels that carried it.
    """
    from watchfloor.channels import (
        build_network,
        channel_records,
        claim_spread,
        stories,
        sync_posts,
        write_graph,
    )
    from watchfloor.store import Store

    if stance and not topic:
        raise click.UsageError("--stance goes with --claim TOPIC")
    with Store.open(ctx.find_root().obj["db"]) as store:
        sync_posts(store)  # posts of documents stored before the network was kept
        if show_stories:
            found = [story.to_json() for story in stories(store, threshold=threshold, min_channels=min_channels)]
            _emit(fmt, found, _stories_table)
            return
        if topic:
            _emit(fmt, claim_spread(store, topic, stance), _spread_table)
            return
        network = build_network(store)
    for path, kind in ((graphml, "graphml"), (gexf, "gexf")):
        if path is not None:
            write_graph(network, path, kind)
            click.echo(f"wrote {len(network.nodes)} nodes and {len(network.edges)} edges to {path}", err=True)
    if graphml is None and gexf is None:
        _emit(fmt, channel_records(network), _channels_table)


def _emit(fmt: str, records: list[dict[str, Any]], table: Any) -> None:
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
    else:
        click.echo(table(records))


def _channels_table(records: list[dict[str, Any]]) -> str:
    from watchfloor.cli import _table

    rows = [{**r, "first": (r["first_post"] or "")[:10], "last": (r["last_post"] or "")[:10],
             "amplifies": _names(r["amplifies"]), "amplified_by": _names(r["amplified_by"])} for r in records]  # fmt: skip
    columns = ["name", "kind", "platform", "posts", "events", "claims", "first", "last", "amplifies", "amplified_by"]
    edges = sum(len(r["amplifies"]) for r in records)
    return _table(rows, columns, {"name": 28, "amplifies": 40, "amplified_by": 40}) + (
        f"\n{len(records)} channels, {edges} amplifying pairs")


def _stories_table(records: list[dict[str, Any]]) -> str:
    from watchfloor.cli import _table

    rows = [{**r, "first": r["first_name"], "at": (r["first_at"] or "")[:16].replace("T", " "),
             "spread_h": r["spread_hours"], "order": " → ".join(c["name"] for c in r["channels"])} for r in records]  # fmt: skip
    columns = ["id", "posts", "n_channels", "first", "at", "spread_h", "order", "text"]
    return _table(rows, columns, {"order": 50, "text": 50}) + f"\n{len(records)} stories"


def _spread_table(records: list[dict[str, Any]]) -> str:
    lines = []
    for claim in records:
        lines.append(f"{claim['topic']} ({claim['stance']}): {len(claim['channels'])} channels")
        for n, channel in enumerate(claim["channels"], 1):
            lines.append(f"  {n}. {channel['name']}  first {channel['first'] or '?'}  last {channel['last'] or '?'}"
                         f"  posts {channel['posts']}")  # fmt: skip
    return "\n".join(lines) or "no channel carried such a claim"


def _names(peers: list[dict[str, Any]], most: int = 3) -> str:
    shown = [f"{p['name']} ×{p['count']}" for p in peers[:most]]
    return ", ".join(shown) + (f" +{len(peers) - most}" if len(peers) > most else "")
