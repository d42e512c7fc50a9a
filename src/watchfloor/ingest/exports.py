"""JSON channel exports that are not gold sidecars: Telegram Desktop or VK wall.get, told apart
by their shape. The file is parsed once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from watchfloor.errors import UnsupportedSource
from watchfloor.ingest import telegram, vk
from watchfloor.ingest._io import load_json
from watchfloor.ingest.options import IngestOptions
from watchfloor.model import Document

NOT_AN_EXPORT = "unsupported JSON: not a gold sidecar, Telegram export or VK wall"


def iter_documents(path: Path, *, options: IngestOptions) -> Iterator[Document]:
    data = load_json(path, options.max_bytes)
    if telegram.is_export(data):
        yield from telegram.export_documents(data, path=path, options=options)
    elif vk.is_wall(data):
        yield from vk.wall_documents(data, path=path, options=options)
    else:
        raise UnsupportedSource(NOT_AN_EXPORT, input=str(path))
