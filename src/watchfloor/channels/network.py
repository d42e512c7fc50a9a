"""The channels' network: channels, groups and accounts as nodes; forwards, reposts, replies,
links and mentions as directed edges from the post's channel to the one it points at, each with
its count of posts and the first and last of them.

An edge A → B says A amplifies B (A's posts forward, repost, answer, link to or name B).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchfloor.channels.posts import PostRecorder, node_kind
from watchfloor.errors import InputError
from watchfloor.store.channels import LINK_KINDS, ChannelsMixin, LinkCount

if TYPE_CHECKING:
    import networkx as nx

    from watchfloor.store import Store


@dataclass(slots=True)
class Node:
    key: str
    name: str
    kind: str  # channel / group / account / unknown
    platform: str
    posts: int = 0  # posts recorded from its own export
    first: datetime | None = None
    last: datetime | None = None
    events: int = 0  # event mentions in the texts its posts carry
    claims: int = 0


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    kind: str  # one of LINK_KINDS
    count: int
    first: datetime | None
    last: datetime | None


@dataclass(slots=True)
class Network:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)

    def out_edges(self, key: str) -> list[Edge]:
        return self._by_end()[0].get(key, [])

    def in_edges(self, key: str) -> list[Edge]:
        return self._by_end()[1].get(key, [])

    def channels(self) -> list[Node]:
        """Nodes with posts of their own first (most posts first), then the most amplified."""
        pointed = {key: sum(edge.count for edge in edges) for key, edges in self._by_end()[1].items()}
        return sorted(self.nodes.values(), key=lambda n: (-n.posts, -pointed.get(n.key, 0), n.name.casefold()))

    def _by_end(self) -> tuple[dict[str, list[Edge]], dict[str, list[Edge]]]:
        """Edges by source and by target (a network of thousands of channels is read node by node)."""
        outgoing: dict[str, list[Edge]] = {}
        incoming: dict[str, list[Edge]] = {}
        for edge in self.edges:
            outgoing.setdefault(edge.source, []).append(edge)
            incoming.setdefault(edge.target, []).append(edge)
        return outgoing, incoming


def sync_posts(store: Store) -> int:
    """Record the posts of Telegram and VK documents stored before the network was kept
    (migration 0006). Exact copies dropped at ingest then cannot be recovered. Returns how many."""
    recorder = PostRecorder(store)
    for document_id in store.unrecorded_channel_documents():
        recorder.add(store.document(document_id))
    recorder.flush()
    return recorder.added


def build_network(store: ChannelsMixin) -> Network:
    network = Network()
    for row in store.channel_post_counts():
        node = network.nodes.get(row.channel)
        if node is None:
            node = network.nodes[row.channel] = Node(row.channel, row.name or row.channel, row.kind, row.platform)
        elif row.name and (node.last is None or (row.last is not None and row.last >= node.last)):
            node.name, node.kind = row.name, row.kind  # the name it had last
        node.posts += row.posts
        node.first = _earliest(node.first, row.first)
        node.last = _latest(node.last, row.last)
    by_name: dict[str, list[str]] = {}
    for node in network.nodes.values():
        by_name.setdefault(f"{node.platform.lower()}:name:{node.name}", []).append(node.key)
    merged: dict[tuple[str, str, str], Edge] = {}
    for link in store.channel_link_counts():
        target = _resolved(link, by_name)
        if target == link.source:
            continue
        if target not in network.nodes:
            network.nodes[target] = Node(target, _target_name(target, link.target_name), node_kind(target),
                                         target.partition(":")[0].replace("telegram", "Telegram").replace("vk", "VK"))  # fmt: skip
        elif link.target_name and network.nodes[target].name == target:
            network.nodes[target].name = link.target_name
        key = (link.source, target, link.kind)
        edge = merged.get(key)
        if edge is None:
            merged[key] = Edge(link.source, target, link.kind, link.count, link.first, link.last)
        else:
            edge.count += link.count
            edge.first, edge.last = _earliest(edge.first, link.first), _latest(edge.last, link.last)
    network.edges = sorted(merged.values(), key=lambda e: (e.source, e.target, LINK_KINDS.index(e.kind)))
    for channel, (n_events, n_claims) in store.channel_extraction_counts().items():
        if channel in network.nodes:
            network.nodes[channel].events, network.nodes[channel].claims = n_events, n_claims
    return network


def channel_records(network: Network) -> list[dict[str, Any]]:
    """Each channel with its posts, events, claims, whom it amplifies and who amplifies it."""
    outgoing, incoming = network._by_end()
    return [
        {
            "channel": node.key, "name": node.name, "kind": node.kind, "platform": node.platform,
            "posts": node.posts, "first_post": _iso(node.first), "last_post": _iso(node.last),
            "events": node.events, "claims": node.claims,
            "amplifies": _peers(network, outgoing.get(node.key, []), "target"),
            "amplified_by": _peers(network, incoming.get(node.key, []), "source"),
        }
        for node in network.channels()
    ]  # fmt: skip


def to_networkx(network: Network) -> nx.MultiDiGraph:
    """A multigraph: one edge per (source, target, kind), keyed by kind, weighted by its count.
    Dates are ISO strings (GraphML and GEXF have no date type networkx writes)."""
    import networkx as nx

    graph = nx.MultiDiGraph(name="watchfloor channels")
    for node in network.nodes.values():
        attrs = {"label": node.name, "kind": node.kind, "platform": node.platform, "posts": node.posts,
                 "events": node.events, "claims": node.claims, "first_post": _iso(node.first) or "",
                 "last_post": _iso(node.last) or ""}  # fmt: skip
        graph.add_node(node.key, **attrs)
    for edge in network.edges:
        graph.add_edge(edge.source, edge.target, key=edge.kind, kind=edge.kind, weight=edge.count,
                       first=_iso(edge.first) or "", last=_iso(edge.last) or "")  # fmt: skip
    return graph


def write_graph(network: Network, path: Path, fmt: str) -> None:
    """Write GraphML or GEXF (for Gephi, yEd, networkx, igraph); a bad path is an InputError."""
    import networkx as nx

    graph = to_networkx(network)
    try:
        if fmt == "graphml":
            nx.write_graphml(graph, path)
        elif fmt == "gexf":
            nx.write_gexf(graph, path)
        else:
            raise InputError(f"unknown graph format {fmt!r} (graphml or gexf)", input=str(path))
    except OSError as exc:
        raise InputError(f"cannot write the graph: {exc.strerror or exc}", input=str(path)) from exc


def _peers(network: Network, edges: list[Edge], end: str) -> list[dict[str, Any]]:
    """Edges to (or from) each other node, summed over kinds, most posts first."""
    peers: dict[str, dict[str, Any]] = {}
    for edge in edges:
        other = getattr(edge, end)
        peer = peers.setdefault(other, {"channel": other, "name": network.nodes[other].name, "count": 0,
                                        "kinds": {}, "first": None, "last": None})  # fmt: skip
        peer["count"] += edge.count
        peer["kinds"][edge.kind] = edge.count
        peer["first"] = min(filter(None, (peer["first"], _iso(edge.first))), default=None)
        peer["last"] = max(filter(None, (peer["last"], _iso(edge.last))), default=None)
    return sorted(peers.values(), key=lambda p: (-p["count"], p["name"].casefold()))


def _resolved(link: LinkCount, by_name: dict[str, list[str]]) -> str:
    """A forward known only by its origin's name, named like exactly one recorded channel, is that
    channel."""
    if ":name:" in link.target:
        keys = by_name.get(link.target, [])
        if len(keys) == 1:
            return keys[0]
    return link.target


def _target_name(key: str, name: str | None) -> str:
    if name:
        return name
    rest = key.partition(":")[2]
    return rest.removeprefix("name:") if rest.startswith(("@", "name:")) else key


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return min(a, b) if a is not None and b is not None else a or b


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return max(a, b) if a is not None and b is not None else a or b


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None

