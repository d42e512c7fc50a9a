"""The channels' network and its stories (issue 17) on tests/data/channels: a Telegram full
export (three channels, a discussion group, a personal chat) and a VK wall, written for these
tests. Through the real pipeline into a real SQLite file (and PostgreSQL when a server is set)."""

from __future__ import annotations

import json
import random
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import postgres_url
from hypothesis import given, settings
from hypothesis import strategies as st

from watchfloor.channels import (
    Post,
    build_network,
    channel_records,
    claim_spread,
    group,
    link_target,
    post_of,
    stories,
    sync_posts,
    write_graph,
)
from watchfloor.channels.stories import LSH_WEIGHTS, candidate_pairs, shingles, signatures
from watchfloor.cli import main
from watchfloor.errors import BadExport, ConfigError, InputError
from watchfloor.ingest import telegram
from watchfloor.ingest.options import IngestOptions
from watchfloor.store import Store
from watchfloor.store.schema import channel_posts
from watchfloor.web import create_app

DATA = Path(__file__).parent / "data" / "channels"
A, B, C, GROUP = "telegram:2001", "telegram:2002", "telegram:2003", "telegram:2004"
CARAVAN, RELAY, WEST = "telegram:2099", "vk:-3005", "vk:-3777"
TOPIC = "border-closure-rumours"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline: Any) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("channels") / "wf.sqlite"
    with Store.open(path) as store:
        report = pipeline.ingest([DATA], store, IngestOptions())
        assert (report.new, report.unchanged, report.failed) == (14, 3, [])  # three exact copies
    yield path


@pytest.fixture()
def store(db: Path) -> Iterator[Store]:
    with Store.open(db) as opened:
        yield opened


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def edges(store: Store) -> dict[tuple[str, str, str], tuple[int, datetime | None, datetime | None]]:
    return {(e.source, e.kind, e.target): (e.count, e.first, e.last) for e in build_network(store).edges}


def test_every_post_is_recorded_even_an_exact_copy(store: Store) -> None:
    network = build_network(store)
    posts = {key: node.posts for key, node in network.nodes.items() if node.posts}
    # a post without text (a bare photo forward) has no document and no record; a personal chat is left out
    assert posts == {A: 4, B: 4, C: 3, GROUP: 3, RELAY: 3}
    assert store.counts()["documents"] == 14
    assert network.nodes[GROUP].kind == "group" and network.nodes[A].kind == "channel"
    assert network.nodes[RELAY].kind == "group" and network.nodes[RELAY].platform == "VK"
    assert network.nodes[A].first == at("2016-03-01T08:00:00") and network.nodes[A].last == at("2016-03-03T09:00:00")
    assert not any("9001" in key for key in network.nodes)


def test_edges_with_counts_and_first_and_last_dates(store: Store) -> None:
    found = edges(store)
    assert found[(B, "forward", A)] == (2, at("2016-03-02T10:00:00"), at("2016-03-04T08:00:00"))
    assert found[(C, "forward", A)] == (1, at("2016-03-01T10:15:00"), at("2016-03-01T10:15:00"))
    assert found[(A, "forward", CARAVAN)][0] == 1 and found[(C, "forward", CARAVAN)][0] == 1
    # in the discussion group, a member answers the post the channel sent there
    assert found[(GROUP, "reply", A)] == (1, at("2016-03-02T08:10:00"), at("2016-03-02T08:10:00"))
    # two links to one channel in one post count once; the @mention is its own edge
    assert found[(B, "link", "telegram:@caravan_news")][0] == 1
    assert found[(B, "mention", "telegram:@caravan_news")][0] == 1
    assert found[(RELAY, "repost", WEST)] == (1, at("2016-03-03T13:00:00"), at("2016-03-03T13:00:00"))
    assert found[(RELAY, "mention", WEST)][0] == 1 and found[(RELAY, "link", WEST)][0] == 1
    assert found[(RELAY, "link", "telegram:@frontier_echo")][0] == 1
    # a reply to a member's message, and a channel's posts about itself, are no edges
    assert not [key for key in found if key[0] == key[2] or (key[0] == GROUP and key[2] != A)]
    assert len(found) == 12


def test_channel_records_amplifies_and_amplified_by(store: Store) -> None:
    records = {r["channel"]: r for r in channel_records(build_network(store))}
    dispatch = records[A]
    by = {p["channel"]: p for p in dispatch["amplified_by"]}
    assert set(by) == {B, C, GROUP}
    assert by[B]["kinds"] == {"forward": 2} and by[B]["first"] == "2016-03-02T10:00:00+00:00"
    assert by[GROUP]["kinds"] == {"reply": 1}
    assert [p["channel"] for p in dispatch["amplifies"]] == [CARAVAN]
    assert records[CARAVAN]["name"] == "Caravan News" and records[CARAVAN]["posts"] == 0
    assert records[WEST]["name"].endswith("Relay West")
    # the exact copy carries the events of the text it copies; claims sit in the claim's posts
    assert records[C]["events"] == records[A]["events"] >= 1
    assert dispatch["claims"] >= 1 and records[B]["claims"] >= 1


def test_reingest_changes_nothing(store: Store, pipeline: Any) -> None:
    before = edges(store)
    report = pipeline.ingest([DATA], store, IngestOptions())
    assert report.new == 0
    assert edges(store) == before


def test_stories_first_poster_order_and_spread(store: Store) -> None:
    found = {story.first.key: story for story in stories(store)}
    assert set(found) == {"telegram:2001:10", "telegram:2001:11"}
    arrest = found["telegram:2001:10"].to_json()
    assert arrest["first_channel"] == A and arrest["first_at"] == "2016-03-01T08:00:00+00:00"
    assert [c["channel"] for c in arrest["channels"]] == [A, B, C, RELAY]  # the order they carried it
    assert arrest["spread_hours"] == 22.0 and arrest["posts"] == 4
    claim = found["telegram:2001:11"].to_json()
    assert [c["channel"] for c in claim["channels"]] == [A, GROUP, B, C]
    [spread] = [c for c in claim["claims"] if c["topic"] == TOPIC and c["stance"] == "deny"]
    assert [c["channel"] for c in spread["channels"]] == [A, GROUP, B, C]
    assert spread["channels"][0]["first"] == "2016-03-02T07:30:00+00:00"
    # a stricter threshold separates the copy with a sentence of its own from the others
    strict = {story.first.key: story for story in stories(store, threshold=0.95)}
    assert [p.channel for p in strict["telegram:2001:10"].posts] == [A, C]


def test_claim_spread(store: Store) -> None:
    [spread] = claim_spread(store, TOPIC, "deny")
    assert [c["name"] for c in spread["channels"]] == ["Sham Dispatch", "Sham Dispatch chat", "Frontier Echo",
                                                        "Border Watcher"]  # fmt: skip
    assert claim_spread(store, "no-such-topic") == []


def test_graphml_and_gexf_read_back(store: Store, tmp_path: Path) -> None:
    network = build_network(store)
    write_graph(network, tmp_path / "net.graphml", "graphml")
    graph = nx.read_graphml(tmp_path / "net.graphml")
    assert graph.is_directed() and graph.is_multigraph()
    assert graph.number_of_nodes() == len(network.nodes) and graph.number_of_edges() == len(network.edges)
    assert graph.nodes[A]["label"] == "Sham Dispatch" and graph.nodes[A]["posts"] == 4
    forward = graph.get_edge_data(B, A)["forward"]
    assert (forward["weight"], forward["first"], forward["last"]) == (2, "2016-03-02T10:00:00+00:00",
                                                                     "2016-03-04T08:00:00+00:00")  # fmt: skip
    write_graph(network, tmp_path / "net.gexf", "gexf")
    gexf = nx.read_gexf(tmp_path / "net.gexf")
    assert gexf.number_of_edges() == len(network.edges)
    with pytest.raises(InputError, match="no-such-dir"):
        write_graph(network, tmp_path / "no-such-dir" / "net.graphml", "graphml")


def test_cli(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    table = runner.invoke(main, ["--db", str(db), "channels"])
    assert table.exit_code == 0, table.output
    assert "Sham Dispatch" in table.output and "Frontier Echo ×2" in table.output
    records = json.loads(runner.invoke(main, ["--db", str(db), "channels", "--format", "json"]).output)
    assert {r["channel"] for r in records} >= {A, B, C, GROUP, RELAY, WEST, CARAVAN}
    found = json.loads(runner.invoke(main, ["--db", str(db), "channels", "--stories", "--format", "json"]).output)
    assert [s["first_post"] for s in found] == ["telegram:2001:10", "telegram:2001:11"]
    spread = runner.invoke(main, ["--db", str(db), "channels", "--claim", TOPIC])
    assert "1. Sham Dispatch" in spread.output and "4. Border Watcher" in spread.output
    out = runner.invoke(main, ["--db", str(db), "channels", "--graphml", str(tmp_path / "n.graphml"),
                               "--gexf", str(tmp_path / "n.gexf")])  # fmt: skip
    assert out.exit_code == 0 and nx.read_graphml(tmp_path / "n.graphml").number_of_nodes() == len(records)
    assert (tmp_path / "n.gexf").stat().st_size > 0
    bad = runner.invoke(main, ["--db", str(db), "channels", "--stance", "deny"])
    assert bad.exit_code == 2 and "--claim" in bad.output
    unwritable = runner.invoke(main, ["--db", str(db), "channels", "--gexf", str(tmp_path / "no" / "n.gexf")])
    assert isinstance(unwritable.exception, InputError) and "n.gexf" in str(unwritable.exception)
    assert "Usage" in runner.invoke(main, ["channels", "--help"]).output


def test_posts_stored_before_the_network_are_added_back(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    copy.write_bytes(db.read_bytes())
    with Store.open(copy) as store:
        with store._write("test") as conn:  # as a store filled before migration 0006 would be
            conn.execute(sa.delete(channel_posts))
        assert build_network(store).nodes == {}
        assert sync_posts(store) == 14  # one per document: exact copies were never stored
        assert sync_posts(store) == 0
        assert edges(store)[(GROUP, "reply", A)][0] == 1


def test_postgres_gives_the_same_network(pipeline: Any, store: Store) -> None:
    with Store.open(postgres_url()) as pg:
        pipeline.ingest([DATA], pg, IngestOptions())
        assert edges(pg) == edges(store)
        assert [s.first.key for s in stories(pg)] == [s.first.key for s in stories(store)]
        assert channel_records(build_network(pg)) == channel_records(build_network(store))


@pytest.mark.parametrize(("url", "target"), [
    ("https://t.me/caravan_news/44", ("telegram:@caravan_news", "44")),
    ("t.me/s/Frontier_Echo/20", ("telegram:@frontier_echo", "20")),
    ("https://t.me/c/1391827465/7", ("telegram:1391827465", "7")),
    ("https://t.me/joinchat/AAAAAE", None),
    ("https://t.me/+AbCdEf123", None),
    ("https://vk.com/wall-3777_77", ("vk:-3777", "77")),
    ("https://vk.com/club3777", ("vk:-3777", None)),
    ("https://m.vk.com/id42", ("vk:42", None)),
    ("https://vk.com/kavkaz_relay?w=wall-3005_9", ("vk:-3005", "9")),
    ("https://vk.com/kavkaz_relay", ("vk:@kavkaz_relay", None)),
    ("https://vk.com/away.php?to=x", None),
    ("https://example.org/t.me/x", None),
    ("http://[::1", None),
])  # fmt: skip
def test_link_targets(url: str, target: tuple[str, str | None] | None) -> None:
    assert link_target(url) == target


def _posts(n_stories: int, copies: int, seed: int = 7) -> list[Post]:
    """Stories of `copies` near-copies (a word changed, a footer added) on other channels, plus
    unrelated posts from the same vocabulary."""
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(3000)]
    start = datetime(2016, 1, 1, tzinfo=UTC)
    posts = []
    for s in range(n_stories):
        base = rng.choices(words, k=30)
        for c in range(copies):
            text = list(base)
            text[rng.randrange(len(text))] = rng.choice(words)
            posts.append(Post(f"p{s}-{c}", f"ch{c}", None, start + timedelta(hours=s + c), " ".join(text)
                              + (" subscribe to our channel" if c else "")))  # fmt: skip
        posts.append(Post(f"other{s}", "chX", None, start, " ".join(rng.choices(words, k=30))))
    return posts


def test_grouping_finds_planted_stories_and_nothing_else() -> None:
    found = group(_posts(60, 3))
    assert len(found) == 60
    assert all([p.key.split("-")[1] for p in s.posts] == ["0", "1", "2"] for s in found)
    assert all(len({p.key.split("-")[0] for p in s.posts}) == 1 for s in found)


def test_grouping_rules() -> None:
    short = [Post("a", "ch1", None, None, "The border is open."), Post("b", "ch2", None, None, "The border is open!")]
    assert group(short) == []  # too short to tell a copy from a coincidence
    same = [Post("a", "ch1", None, None, "one two three"), Post("b", "ch2", None, None, "one two three")]
    assert len(group(same)) == 1  # the same text is one story however short
    one_channel = [Post(p.key, "ch1", None, p.posted_at, p.text) for p in _posts(1, 3)]
    assert group(one_channel) == [] and len(group(one_channel, min_channels=1)) == 1
    with pytest.raises(ConfigError, match="threshold"):
        group(short, threshold=0)


def test_signatures_and_buckets_are_datasketch_minhash_lsh() -> None:
    """The vectorised MinHash gives datasketch's MinHash values, and every pair datasketch's
    MinHashLSH (same bands and rows) would offer is offered."""
    from datasketch import MinHash, MinHashLSH

    sets = [found for post in _posts(40, 3, seed=3) if (found := shingles(post.text)) is not None]
    rows = signatures(sets)
    lsh = MinHashLSH(threshold=0.5, num_perm=64, weights=LSH_WEIGHTS)
    expected = set()
    for index, values in enumerate(sets):
        minhash = MinHash(num_perm=64, seed=1, hashfunc=lambda b: int.from_bytes(b, "little"))
        minhash.update_batch([int(v).to_bytes(4, "little") for v in values])
        assert (minhash.hashvalues == rows[index]).all()
        expected |= {(other, index) for other in lsh.query(minhash)}
        lsh.insert(index, minhash)
    offered = {tuple(sorted(pair)) for pair in candidate_pairs(sets)}
    assert len(expected) >= 80 and expected <= offered


def test_examples_network(tmp_path: Path, pipeline: Any) -> None:
    """The README's example: the sample channel and a channel and group that copy it."""
    examples = Path(__file__).resolve().parents[1] / "examples"
    with Store.open(tmp_path / "wf.sqlite") as store:
        pipeline.ingest([examples / "channel-export", examples / "channel-network"], store, IngestOptions())
        found = edges(store)
        assert found[("telegram:1400000001", "forward", "telegram:1391827465")][0] == 1
        assert found[("telegram:1400000002", "reply", "telegram:1400000001")][0] == 1
        assert len(stories(store)) == 4
        [spread] = claim_spread(store, TOPIC, "deny")
        assert [c["name"] for c in spread["channels"]] == ["Vestnik Granitsy", "Vestnik Granitsy chat"]


_peer = st.sampled_from(["channel2001", "chat7", "user5", "channelx", "", "2001"]) | st.integers() | st.none()
_fuzzed_message = st.fixed_dictionaries(
    {"id": st.integers(0, 20) | st.text(max_size=3), "type": st.just("message"), "text": st.text(min_size=1, max_size=60)},
    optional={
        "date_unixtime": st.sampled_from(["1456819200", "x", "-99999999999999", ""]) | st.integers() | st.none(),
        "from_id": _peer, "forwarded_from": st.text(max_size=10) | st.none(), "forwarded_from_id": _peer,
        "reply_to_message_id": st.integers(0, 20) | st.text(max_size=3) | st.none(), "reply_to_peer_id": _peer,
        "text_entities": st.lists(st.fixed_dictionaries({
            "type": st.sampled_from(["mention", "link", "text_link", "plain"]),
            "text": st.sampled_from(["@ab", "@caravan_news", "@", "https://t.me/c/x/1", "t.me/+x", "vk.com/wall-1_x",
                                     "https://vk.com/club12", "http://[::1"]) | st.text(max_size=12),
        }, optional={"href": st.text(max_size=20) | st.sampled_from(["https://t.me/a_b_c/5", "vk.com/id0"])}), max_size=4),
    },
)  # fmt: skip


@settings(max_examples=60, deadline=None, database=None)
@given(st.lists(_fuzzed_message, max_size=6), st.sampled_from(["public_channel", "private_group", "weird", None]))
def test_any_export_places_its_posts_or_none(messages: list[dict[str, Any]], kind: str | None) -> None:
    """Whatever a Telegram export holds, each document becomes a post with links or None: never
    an error that would stop ingest, never an edge to its own channel."""
    export = {"name": "Fuzz", "type": kind, "id": 2001, "messages": messages}
    try:
        documents = list(telegram.export_documents(export, path=Path("fuzz.json"), options=IngestOptions(lang="en")))
    except BadExport:
        return
    for document in documents:
        post = post_of(document)
        if post is not None:
            assert post.channel == "telegram:2001"
            assert all(link.target != post.channel for link in post.links)


def test_api(store: Store) -> None:
    """/api/channels, its stories and a claim's spread as JSON, in the OpenAPI schema; the page
    and the graph downloads are not."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's notice about httpx
        from fastapi.testclient import TestClient
    client = TestClient(create_app(store), base_url="http://127.0.0.1", client=("127.0.0.1", 40000))
    records = client.get("/api/channels").json()
    assert records == json.loads(json.dumps(channel_records(build_network(store))))
    found = client.get("/api/channels/stories").json()
    assert [s["first_post"] for s in found] == ["telegram:2001:10", "telegram:2001:11"]
    spread = client.get("/api/channels/claims", params={"topic": TOPIC, "stance": "deny"}).json()
    assert [c["channel"] for c in spread[0]["channels"]] == [A, GROUP, B, C]
    assert client.get("/api/channels/claims", params={"topic": TOPIC, "stance": "maybe"}).status_code == 400
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/channels", "/api/channels/stories", "/api/channels/claims"} <= set(paths)
    assert "/channels" not in paths and "/channels.{fmt}" not in paths
    assert client.get("/channels.gexf").headers["content-type"].startswith("application/gexf+xml")
