"""VK walls: JSON saved from the `wall.get` API method, one document per post.

Accepted shapes: the API's answer `{"response": {"count", "items", ...}}` (with `extended=1` it
also holds "profiles" and "groups"), the bare response object `{"count", "items", ...}`, or a
list of them (one per page of results). An API error answer (`{"error": {...}}`) is a BadExport
carrying VK's message.

Each post keeps its wall, id, date (`date` is Unix time, so UTC), author, counters, links, and
its reposts' origins (`copy_history`) as links to the original posts. A repost without words of
its own takes the text of what it reposts. Mentions written `[club1|Name]` read as "Name".
The wall's name comes from "groups" (communities have negative owner ids) or "profiles".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from watchfloor.errors import BadExport
from watchfloor.ingest._io import load_json, normalize_newlines
from watchfloor.ingest.options import IngestOptions
from watchfloor.model import Document
from watchfloor.nlp.langid import detect_language

PLATFORM = "VK"
_MENTION = re.compile(r"\[(?:club|public|event|id)\d+\|([^\]\[|]+)\]")
_COUNTERS = ("likes", "reposts", "views", "comments")


def iter_documents(path: Path, *, options: IngestOptions) -> Iterator[Document]:
    data = load_json(path, options.max_bytes)
    if not is_wall(data):
        raise BadExport("not a VK wall.get response", input=str(path))
    yield from wall_documents(data, path=path, options=options)


def is_wall(data: Any) -> bool:
    """Whether parsed JSON is a wall.get answer (or an API error answer) in an accepted shape."""
    if isinstance(data, list):
        return bool(data) and all(_is_page(page) for page in data)
    return _is_page(data) or _is_error(data)


def wall_documents(data: Any, *, path: Path, options: IngestOptions) -> Iterator[Document]:
    pages = data if isinstance(data, list) else [data]
    for number, page in enumerate(pages):
        if _is_error(page):
            error = page["error"]
            raise BadExport(
                f"VK API error {error.get('error_code')}: {error.get('error_msg') or 'no message'}", input=str(path)
            )
        response = page.get("response", page)
        names = _names(response)
        where = f"page #{number}, " if len(pages) > 1 else ""
        for index, item in enumerate(response["items"]):
            if not isinstance(item, dict):
                raise BadExport(f"{where}post #{index} is not an object", input=str(path))
            document = _post_document(item, names, path=path, options=options, where=f"{where}post #{index}")
            if document is not None:
                yield document


def post_url(owner_id: int, post_id: int) -> str:
    return f"https://vk.com/wall{owner_id}_{post_id}"


def _is_page(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    response = value.get("response", value)
    return isinstance(response, dict) and isinstance(response.get("items"), list) and (
        "response" in value or "count" in value
    )


def _is_error(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("error"), dict) and "error_code" in value["error"]


def _list(value: Any) -> list[Any]:
    """A list field as a list; anything else in its place (true, a number, an object) as none."""
    return value if isinstance(value, list) else []


def _names(response: dict[str, Any]) -> dict[int, str]:
    """Owner id → display name: communities under their negative id, people under their own."""
    names: dict[int, str] = {}
    for group in _list(response.get("groups")):
        if isinstance(group, dict) and isinstance(group.get("id"), int) and _text(group.get("name")):
            names[-abs(group["id"])] = group["name"].strip()
    for profile in _list(response.get("profiles")):
        if isinstance(profile, dict) and isinstance(profile.get("id"), int):
            name = " ".join(part for part in (_text(profile.get("first_name")), _text(profile.get("last_name"))) if part)
            if name:
                names[profile["id"]] = name
    return names


def _post_document(
    item: dict[str, Any], names: dict[int, str], *, path: Path, options: IngestOptions, where: str
) -> Document | None:
    owner_id, post_id = item.get("owner_id"), item.get("id")
    if not isinstance(owner_id, int) or not isinstance(post_id, int):
        raise BadExport(f'{where}: "owner_id" and "id" must be integers', input=str(path))
    origins = [origin for origin in _list(item.get("copy_history")) if isinstance(origin, dict)]
    text = _clean(item.get("text"))
    if not text.strip():  # a bare repost: the reposted words are the post
        text = next((_clean(origin.get("text")) for origin in origins if _clean(origin.get("text")).strip()), "")
    if not text.strip():
        return None
    signer = item.get("signer_id")
    return Document(
        doc_id=f"vk-{owner_id}_{post_id}",
        text=text,
        language=options.lang or detect_language(text),
        published=_published(item.get("date")) or options.published,
        source=names.get(owner_id) or options.source,
        author=names.get(signer) if isinstance(signer, int) else None,
        url=post_url(owner_id, post_id),
        origin=str(path),
        source_key=f"vk:{owner_id}_{post_id}",
        meta={
            "platform": PLATFORM,
            "owner_id": owner_id,
            "post_id": post_id,
            "from_id": item.get("from_id"),
            "post_type": item.get("post_type"),
            "reposts_of": [_origin(origin, names) for origin in origins],
            "links": _links(item),
            **_network_meta(item),
            **{name: _count(item.get(name)) for name in _COUNTERS if _count(item.get(name)) is not None},
        },
    )


def _origin(origin: dict[str, Any], names: dict[int, str]) -> dict[str, Any]:
    owner_id, post_id = origin.get("owner_id"), origin.get("id")
    published = _published(origin.get("date"))
    return {
        "url": post_url(owner_id, post_id) if isinstance(owner_id, int) and isinstance(post_id, int) else None,
        "owner_id": owner_id,
        "post_id": post_id,
        "source": names.get(owner_id) if isinstance(owner_id, int) else None,
        "published": published.isoformat() if published else None,
    }


def _links(item: dict[str, Any]) -> list[str]:
    links: list[str] = []
    for attachment in _list(item.get("attachments")):
        link = attachment.get("link") if isinstance(attachment, dict) else None
        url = link.get("url") if isinstance(link, dict) else None
        if isinstance(url, str) and url and url not in links:
            links.append(url)
    return links


def _clean(value: Any) -> str:
    return normalize_newlines(_MENTION.sub(r"\1", value)) if isinstance(value, str) else ""


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _count(value: Any) -> int | None:
    count = value.get("count") if isinstance(value, dict) else None
    return count if isinstance(count, int) else None


def _published(value: Any) -> date | None:
    if not isinstance(value, int):
        return None
    try:
        return datetime.fromtimestamp(value, tz=UTC).date()
    except (ValueError, OverflowError, OSError):
        return None


# -- the channels' network (issue 17): when a post was made, whom it mentions ----------------------

_MENTIONED = re.compile(r"\[(club|public|event|id)(\d+)\|")


def _network_meta(item: dict[str, Any]) -> dict[str, Any]:
    """The post's time (Unix seconds, so UTC) and the walls its text mentions ([club1|Name] is
    wall -1, [id1|Name] wall 1), before the mentions are turned into plain names."""
    posted = item.get("date")
    try:
        posted_at = datetime.fromtimestamp(posted, tz=UTC).isoformat() if isinstance(posted, int) else None
    except (ValueError, OverflowError, OSError):
        posted_at = None
    text = item.get("text")
    mentions: list[int] = []
    for kind, number in _MENTIONED.findall(text) if isinstance(text, str) else []:
        owner = int(number) if kind == "id" else -int(number)
        if owner not in mentions:
            mentions.append(owner)
    return {"posted_at": posted_at, "mentions": mentions}
