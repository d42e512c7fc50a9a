"""Telegram Desktop exports (`result.json`, JSON format): one document per post.

Two shapes are read: a single chat's export (top level has "name", "type", "id", "messages") and
a full account export ("chats": {"list": [...]}, plus "left_chats"). From a full export only
channels and groups are read; personal chats and saved messages are the analyst's own and are left
out. Service messages (channel created, pinned, ...) and posts without text are skipped.

What the export states wins: the channel name is the source and each post's own date is its
published date (from `date_unixtime`, so UTC; the local-time `date` has no zone and is only a
fallback); the caller's --source and --published only fill in when the export lacks them.
--lang, when given, replaces per-post language detection.

Each post's identity beside its text is "telegram:<chat id>:<message id>", so a post exported
again (even edited) is recognised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from watchfloor.errors import BadExport, UnsupportedSource
from watchfloor.ingest._io import load_json, normalize_newlines
from watchfloor.ingest.options import IngestOptions
from watchfloor.model import Document
from watchfloor.nlp.langid import detect_language

PLATFORM = "Telegram"
NOT_AN_EXPORT = "not a Telegram Desktop export"
_GROUP_CHAT_TYPES = frozenset(
    {"public_channel", "private_channel", "public_supergroup", "private_supergroup", "private_group"}
)
_LINK_ENTITY_TYPES = frozenset({"link", "text_link"})
_NON_WORD = re.compile(r"[\W_]+")


def iter_documents(path: Path, *, options: IngestOptions) -> Iterator[Document]:
    yield from export_documents(load_json(path, options.max_bytes), path=path, options=options)


def is_export(data: Any) -> bool:
    """Whether parsed JSON is a single chat's or a full account's export."""
    return _single_chat(data) or _full_export(data)


def export_documents(export: Any, *, path: Path, options: IngestOptions) -> Iterator[Document]:
    for chat in _chats(export, input=str(path)):
        yield from _chat_documents(chat, path, options)


def message_text(message: dict[str, Any]) -> str:
    """A post's plain text: `text` is a string or a list of strings and {"type", "text"} parts."""
    text = _joined(message.get("text"))
    return text if text else _joined(message.get("text_entities"))


def message_links(message: dict[str, Any]) -> list[str]:
    """The URLs a post links to, in order, without repeats."""
    entities = message.get("text_entities")
    if not isinstance(entities, list):
        text = message.get("text")
        entities = text if isinstance(text, list) else []
    links: list[str] = []
    for entity in entities:
        if not isinstance(entity, dict) or not _is_one_of(entity.get("type"), _LINK_ENTITY_TYPES):
            continue
        url = entity.get("href") if entity.get("type") == "text_link" else entity.get("text")
        if isinstance(url, str) and url and url not in links:
            links.append(url)
    return links


def channel_slug(name: str) -> str:
    """A doc_id prefix from a channel name; letters of any script are kept."""
    return _NON_WORD.sub("-", name.casefold()).strip("-")


def _single_chat(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("messages"), list) and "type" in value


def _full_export(value: Any) -> bool:
    chats = value.get("chats") if isinstance(value, dict) else None
    return isinstance(chats, dict) and isinstance(chats.get("list"), list)


def _chats(export: Any, *, input: str) -> list[dict[str, Any]]:
    if _single_chat(export):
        return [export]
    if not _full_export(export):
        raise UnsupportedSource(NOT_AN_EXPORT, input=input)
    chats: list[Any] = list(export["chats"]["list"])
    left = export.get("left_chats")
    if isinstance(left, dict) and isinstance(left.get("list"), list):
        chats.extend(left["list"])
    return [chat for chat in chats if isinstance(chat, dict) and _is_one_of(chat.get("type"), _GROUP_CHAT_TYPES)]


def _chat_documents(chat: dict[str, Any], path: Path, options: IngestOptions) -> Iterator[Document]:
    name = chat.get("name") if isinstance(chat.get("name"), str) else None
    channel_id = chat.get("id")
    slug = (channel_slug(name) if name else "") or f"telegram-{channel_id}"
    messages = chat.get("messages")
    if not isinstance(messages, list):
        raise BadExport(f'chat {name or channel_id!r}: "messages" is not a list', input=str(path))
    senders = _senders(messages)
    for index, message in enumerate(messages):
        if not isinstance(message, dict):
            raise BadExport(
                f"chat {name or channel_id!r}: message #{index} is not an object", input=str(path)
            )
        if message.get("type") != "message":
            continue
        text = normalize_newlines(message_text(message))
        if not text.strip():
            continue
        message_id = message.get("id")
        if not isinstance(message_id, int):
            raise BadExport(
                f"chat {name or channel_id!r}: message #{index} has no integer id", input=str(path)
            )
        yield Document(
            doc_id=f"{slug}-{message_id}",
            text=text,
            language=options.lang or detect_language(text),
            published=_published(message) or options.published,
            source=name or options.source,
            author=_optional_str(message.get("author")),
            origin=str(path),
            source_key=f"telegram:{channel_id}:{message_id}" if channel_id is not None else None,
            meta={
                "platform": PLATFORM,
                "channel_id": channel_id,
                "message_id": message_id,
                "forwarded_from": _optional_str(message.get("forwarded_from")),
                "forwarded_from_id": _optional_str(message.get("forwarded_from_id")),
                "reply_to_message_id": message.get("reply_to_message_id"),
                "links": message_links(message),
                "reactions": _reactions(message),
                **_network_meta(chat, message, senders),
            },
        )


# -- the channels' network (issue 17): who a post forwards, replies to, mentions ---------------------


def _senders(messages: list[Any]) -> dict[int, dict[str, str]]:
    """Message id → who sent it and whence it was forwarded, so that a reply can name the
    channel it answers (in a discussion group, the channel's post arrives as a forward)."""
    senders: dict[int, dict[str, str]] = {}
    for message in messages:
        if isinstance(message, dict) and isinstance(message.get("id"), int):
            fields = {key: message[key] for key in ("from", "from_id", "forwarded_from", "forwarded_from_id")
                      if isinstance(message.get(key), str) and message[key]}  # fmt: skip
            if fields:
                senders[message["id"]] = fields
    return senders


def _network_meta(chat: dict[str, Any], message: dict[str, Any], senders: dict[int, dict[str, str]]) -> dict[str, Any]:
    unixtime = message.get("date_unixtime")
    try:
        posted_at = datetime.fromtimestamp(int(unixtime), tz=UTC).isoformat() if unixtime is not None else None
    except (ValueError, OverflowError, OSError, TypeError):
        posted_at = None
    reply_to = message.get("reply_to_message_id")
    return {
        "chat_type": _optional_str(chat.get("type")),
        "posted_at": posted_at,
        "from_id": _optional_str(message.get("from_id")),
        "reply_to_peer_id": message.get("reply_to_peer_id"),
        "reply_to": senders.get(reply_to) if isinstance(reply_to, int) else None,
        "mentions": message_mentions(message),
    }


def message_mentions(message: dict[str, Any]) -> list[str]:
    """The @names a post mentions, in order, without repeats."""
    entities = message.get("text_entities")
    if not isinstance(entities, list):
        text = message.get("text")
        entities = text if isinstance(text, list) else []
    names: list[str] = []
    for entity in entities:
        if isinstance(entity, dict) and entity.get("type") == "mention" and isinstance(entity.get("text"), str):
            name = entity["text"].strip()
            if name.startswith("@") and len(name) > 1 and name not in names:
                names.append(name)
    return names


def _joined(parts: Any) -> str:
    if isinstance(parts, str):
        return parts
    if not isinstance(parts, list):
        return ""
    pieces = [
        part if isinstance(part, str) else part.get("text") if isinstance(part, dict) else None
        for part in parts
    ]
    return "".join(piece for piece in pieces if isinstance(piece, str))


def _published(message: dict[str, Any]) -> date | None:
    unixtime = message.get("date_unixtime")
    if isinstance(unixtime, str | int):
        try:
            return datetime.fromtimestamp(int(unixtime), tz=UTC).date()
        except (ValueError, OverflowError, OSError):
            pass
    local = message.get("date")  # local time of the exporting machine: the day may be off by one
    try:
        return date.fromisoformat(local[:10]) if isinstance(local, str) else None
    except ValueError:
        return None


def _reactions(message: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    reactions = message.get("reactions")
    for reaction in reactions if isinstance(reactions, list) else []:
        if isinstance(reaction, dict) and isinstance(reaction.get("count"), int):
            key = reaction.get("emoji") or reaction.get("document_id") or reaction.get("type")
            if isinstance(key, str):
                counts[key] = counts.get(key, 0) + reaction["count"]
    return counts


def _is_one_of(value: Any, names: frozenset[str]) -> bool:
    """Whether a field is one of `names` (a list or an object in its place is not: no TypeError)."""
    return isinstance(value, str) and value in names


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
