"""A channel post's place in the network, from what its reader kept (`Document.meta`).

Node keys name channels, groups and accounts across exports:

- Telegram: "telegram:<id>" for a chat (the export's chat id; a forward's "channel<id>" or
  "chat<id>" and a private link t.me/c/<id>/… name the same node), "telegram:user<id>" for a
  person, "telegram:@<username>" for a public link or an @mention (an export does not say a
  chat's username), "telegram:name:<name>" for a forward that names its origin but not its id.
- VK: "vk:<owner id>" (communities negative, people positive), "vk:@<screen name>".

A post's links (ChannelLink) are its forwards, reposts (VK `copy_history`), replies (to another
chat's message, or in a discussion group to a post the channel sent there), links to channel
URLs and @mentions. A post pointing at its own channel is no edge.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, time
from typing import Any
from urllib.parse import urlsplit

from watchfloor.model import Document
from watchfloor.store.channels import ChannelLink, ChannelPost, ChannelsMixin

log = logging.getLogger(__name__)
_TELEGRAM_KINDS = {
    "public_channel": "channel", "private_channel": "channel",
    "public_supergroup": "group", "private_supergroup": "group", "private_group": "group",
}  # fmt: skip
_TELEGRAM_HOSTS = frozenset({"t.me", "telegram.me", "telegram.dog"})
_VK_HOSTS = frozenset({"vk.com", "m.vk.com", "vk.ru", "m.vk.ru"})
_TELEGRAM_PEER = re.compile(r"(channel|chat|user)(\d+)")
_USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")
# t.me paths that are not a chat: invites, stickers, proxies, share buttons ...
_TELEGRAM_NOT_CHATS = frozenset({"joinchat", "addstickers", "addemoji", "share", "proxy", "socks", "iv", "login",
                                 "setlanguage", "addtheme", "boost", "contact", "s"})  # fmt: skip
_VK_WALL = re.compile(r"wall(-?\d+)_(\d+)")
_VK_NUMBERED = re.compile(r"(club|public|event|id)(\d+)")
_VK_NOT_WALLS = frozenset({"away.php", "feed", "video", "photo", "audio", "search", "im", "doc", "app", "market",
                           "topic", "album", "page", "note", "poll", "wall", "friends", "groups"})  # fmt: skip


def post_of(document: Document) -> ChannelPost | None:
    """The post a Telegram or VK document is, with its links; None for any other document."""
    platform = document.meta.get("platform")
    if platform == "Telegram" and document.source_key and document.meta.get("channel_id") is not None:
        return _telegram_post(document)
    if platform == "VK" and document.source_key and isinstance(document.meta.get("owner_id"), int):
        return _vk_post(document)
    return None


def node_kind(key: str) -> str:
    """What a node key names when no post of its own says: channel, group, account or unknown."""
    platform, _, rest = key.partition(":")
    if platform == "telegram":
        return "channel" if rest.isdigit() else "account" if rest.startswith("user") else "unknown"
    if platform == "vk" and rest.lstrip("-").isdigit():
        return "group" if rest.startswith("-") else "account"
    return "unknown"


def record_post(store: ChannelsMixin, document: Document) -> bool:
    """Record a Telegram or VK document's post (and its links) unless already recorded.
    Whether it was new."""
    recorder = PostRecorder(store)
    recorder.add(document)
    return recorder.flush() == 1


class PostRecorder:
    """Records the posts of the documents ingest reads, their text new or not, in batches (one
    transaction and one look-up of known posts per BATCH). Posts not yet flushed when a run is
    killed are recorded when the export is read again (or by `sync_posts` from the documents)."""

    BATCH = 256

    def __init__(self, store: ChannelsMixin) -> None:
        self._store = store
        self._pending: list[ChannelPost] = []
        self.added = 0  # posts recorded as new so far

    def add(self, document: Document) -> None:
        try:
            post = post_of(document)
        except (TypeError, ValueError, KeyError, AttributeError):  # odd metadata: the document is still stored
            log.warning("%s: not placed in the channels' network", document.origin or document.doc_id, exc_info=True)
            return
        if post is not None:
            self._pending.append(post)
            if len(self._pending) >= self.BATCH:
                self.flush()

    def flush(self) -> int:
        """Write what is pending; how many posts were new."""
        pending, self._pending = self._pending, []
        added = self._store.add_channel_posts(pending) if pending else 0
        self.added += added
        return added


def link_target(url: str) -> tuple[str, str | None] | None:
    """The node a URL points at, and the post when it names one: ("telegram:@name", "12")."""
    try:
        parts = urlsplit(url if "://" in url else f"https://{url}")
        host = (parts.hostname or "").casefold().removeprefix("www.")
    except ValueError:
        return None
    path = [piece for piece in parts.path.split("/") if piece]
    if host in _TELEGRAM_HOSTS and path:
        if path[0] == "s" and len(path) > 1:  # the web preview of a channel: t.me/s/name/12
            path = path[1:]
        if path[0] == "c" and len(path) > 1 and path[1].isdigit():  # a private chat's post
            return f"telegram:{path[1]}", path[2] if len(path) > 2 and path[2].isdigit() else None
        if path[0].casefold() in _TELEGRAM_NOT_CHATS or path[0].startswith("+") or not _USERNAME.fullmatch(path[0]):
            return None
        return f"telegram:@{path[0].casefold()}", path[1] if len(path) > 1 and path[1].isdigit() else None
    if host in _VK_HOSTS and path:
        if wall := _VK_WALL.fullmatch(path[0]):
            return f"vk:{int(wall[1])}", wall[2]
        if wall := _VK_WALL.fullmatch(parts.query.partition("w=")[2].split("&")[0]):  # vk.com/name?w=wall-1_2
            return f"vk:{int(wall[1])}", wall[2]
        if numbered := _VK_NUMBERED.fullmatch(path[0]):
            owner = int(numbered[2]) if numbered[1] == "id" else -int(numbered[2])
            return f"vk:{owner}", None
        if path[0].casefold() in _VK_NOT_WALLS or not re.fullmatch(r"[A-Za-z0-9_.]{2,64}", path[0]):
            return None
        return f"vk:@{path[0].casefold()}", None
    return None


def _telegram_post(document: Document) -> ChannelPost:
    meta = document.meta
    channel = f"telegram:{meta['channel_id']}"
    links: list[ChannelLink] = []
    origin = _telegram_peer(meta.get("forwarded_from_id"), meta.get("forwarded_from"))
    if origin is not None:
        links.append(ChannelLink("forward", origin, _str(meta.get("forwarded_from"))))
    reply = _telegram_reply(meta, channel)
    if reply is not None:
        links.append(reply)
    links.extend(_url_links(meta.get("links")))
    for mention in meta.get("mentions") or []:
        if isinstance(mention, str) and _USERNAME.fullmatch(mention.lstrip("@")):
            links.append(ChannelLink("mention", f"telegram:@{mention.lstrip('@').casefold()}", mention))
    return ChannelPost(
        source_key=str(document.source_key),
        platform="Telegram",
        channel=channel,
        channel_name=document.source,
        channel_kind=_TELEGRAM_KINDS.get(str(meta.get("chat_type")), "channel"),
        post_id=str(meta.get("message_id")),
        posted_at=_posted_at(document),
        content_hash=document.hash,
        links=_distinct(links, channel),
    )


def _telegram_reply(meta: dict[str, Any], channel: str) -> ChannelLink | None:
    """The node a reply answers: another chat named by the export, or in a discussion group the
    channel whose post (a forward, or a message sent as the channel) is answered."""
    peer = meta.get("reply_to_peer_id")
    if isinstance(peer, int | str) and str(peer):
        peer_key = _telegram_peer(str(peer) if not str(peer).isdigit() else f"channel{peer}", None)
        if peer_key is not None and peer_key != channel:
            return ChannelLink("reply", peer_key, target_post=_str(meta.get("reply_to_message_id")))
    answered = meta.get("reply_to")
    if not isinstance(answered, dict):
        return None
    origin = _telegram_peer(answered.get("forwarded_from_id"), answered.get("forwarded_from"))
    name = answered.get("forwarded_from")
    if origin is None and str(answered.get("from_id", "")).startswith(("channel", "chat")):
        origin, name = _telegram_peer(answered.get("from_id"), None), answered.get("from")
    if origin is None or origin == channel:
        return None
    return ChannelLink("reply", origin, _str(name))


def _telegram_peer(peer_id: Any, name: Any) -> str | None:
    if isinstance(peer_id, str) and (match := _TELEGRAM_PEER.fullmatch(peer_id)):
        kind, number = match.groups()
        return f"telegram:user{number}" if kind == "user" else f"telegram:{number}"
    if isinstance(name, str) and name.strip():
        return f"telegram:name:{name.strip()}"
    return None


def _vk_post(document: Document) -> ChannelPost:
    meta = document.meta
    owner = meta["owner_id"]
    channel = f"vk:{owner}"
    links: list[ChannelLink] = []
    for origin in meta.get("reposts_of") or []:
        if isinstance(origin, dict) and isinstance(origin.get("owner_id"), int):
            links.append(ChannelLink("repost", f"vk:{origin['owner_id']}", _str(origin.get("source")),
                                     _str(origin.get("post_id"))))  # fmt: skip
    links.extend(_url_links(meta.get("links")))
    links.extend(_url_links(re.findall(r"(?:https?://)?(?:vk\.com|t\.me)/[^\s)\]>\"']+", document.text)))
    for mentioned in meta.get("mentions") or []:
        if isinstance(mentioned, int):
            links.append(ChannelLink("mention", f"vk:{mentioned}"))
    return ChannelPost(
        source_key=str(document.source_key),
        platform="VK",
        channel=channel,
        channel_name=document.source,
        channel_kind="group" if owner < 0 else "account",
        post_id=str(meta.get("post_id")),
        posted_at=_posted_at(document),
        content_hash=document.hash,
        links=_distinct(links, channel),
    )


def _url_links(urls: Any) -> list[ChannelLink]:
    links = []
    for url in urls if isinstance(urls, list) else []:
        target = link_target(url) if isinstance(url, str) else None
        if target is not None:
            links.append(ChannelLink("link", target[0], None, target[1]))
    return links


def _distinct(links: list[ChannelLink], channel: str) -> tuple[ChannelLink, ...]:
    """One link per (kind, target), none to the post's own channel."""
    seen: dict[tuple[str, str], ChannelLink] = {}
    for link in links:
        if link.target != channel:
            seen.setdefault((link.kind, link.target), link)
    return tuple(seen.values())


def _posted_at(document: Document) -> datetime | None:
    stamp = document.meta.get("posted_at")
    if isinstance(stamp, str):
        try:
            moment = datetime.fromisoformat(stamp)
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime.combine(document.published, time(), tzinfo=UTC) if document.published else None


def _str(value: Any) -> str | None:
    return str(value) if isinstance(value, str | int) and str(value) else None
