"""The channels' network and stories (issue 17): who forwards, reposts, answers, links to and
names whom; which posts are near-copies spread across channels; which channels carried a claim,
in what order.

    from watchfloor.channels import build_network, stories
    network = build_network(store)     # nodes and edges, with counts and first/last dates
    found = stories(store)             # near-duplicate stories, first poster first
"""

from watchfloor.channels.network import (
    Edge,
    Network,
    Node,
    build_network,
    channel_records,
    sync_posts,
    to_networkx,
    write_graph,
)
from watchfloor.channels.posts import link_target, node_kind, post_of, record_post
from watchfloor.channels.stories import Post, Story, claim_spread, group, stories

__all__ = [
    "Edge", "Network", "Node", "Post", "Story", "build_network", "channel_records", "claim_spread", "group",
    "link_target", "node_kind", "post_of", "record_post", "stories", "sync_posts", "to_networkx", "write_graph",
]  # fmt: skip
