"""Ingest: turn files and folders into Documents, one module per kind of source.

`iter_inputs` walks the given paths (folders recursively, in sorted order) and dispatches each
file by kind:

- `<doc>.json` beside `<doc>.txt` is a gold-format pair (gold.py); the .txt is not read again;
- other `.txt` files are plain text (text.py), `.html`/`.htm` saved pages (html.py);
- other `.json` files are Telegram Desktop exports or VK walls, told by shape (exports.py);
- `.warc` and `.warc.gz` files are web archives (warc.py);
- inputs given as `http(s)://` URLs are fetched: a page or a feed (web.py, through a Fetcher);
- in folders, hidden files, `*.md` notes, an `index.json` beside gold pairs and the media folders
  of a Telegram export are skipped; any other file is reported as unsupported.

A file that cannot be read never stops the batch: it is yielded as an IngestFailure naming it
(should a reader raise anything but a WatchfloorError, the reason starts with READER_FAULT).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from watchfloor.errors import UnsupportedSource, WatchfloorError
from watchfloor.ingest import exports, gold, html, text, warc
from watchfloor.ingest._items import IngestFailure, Unchanged, failure_of
from watchfloor.ingest.options import IngestOptions
from watchfloor.limits import Expired, deadline
from watchfloor.model import Document

if TYPE_CHECKING:
    from watchfloor.ingest.web import WebAccess

__all__ = ["IngestFailure", "IngestOptions", "Item", "Unchanged", "iter_inputs"]

Item = Document | IngestFailure | Unchanged

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Reader(Protocol):
    def __call__(self, path: Path, *, options: IngestOptions) -> Iterator[Document | IngestFailure]: ...


_READERS: dict[str, _Reader] = {
    ".txt": text.iter_documents,
    ".html": html.iter_documents,
    ".htm": html.iter_documents,
    ".json": exports.iter_documents,
    ".warc": warc.iter_documents,
}
READER_FAULT = "reader failed (a bug, please report it): "  # what a reader raised by mistake
_NOTES_SUFFIXES = frozenset({".md"})
# Folders that Telegram Desktop writes beside result.json; they hold media, not text.
_TELEGRAM_MEDIA_DIRS = frozenset(
    {
        "photos", "files", "video_files", "voice_messages", "round_video_messages", "stickers",
        "animations", "audio_files", "contacts", "profile_pictures", "chats", "css", "js", "images",
    }
)  # fmt: skip


def iter_inputs(
    paths: Sequence[Path | str], options: IngestOptions, *, web: WebAccess | None = None
) -> Iterator[Item]:
    """Every document in `paths`, and a failure for every input that could not be read.

    Strings that are URLs are fetched with `web` (a fetcher without stored state if None)."""
    seen: set[Path] = set()
    for path in paths:
        if isinstance(path, str) and _is_url(path):
            yield from _fetch(path, options, web)
        else:
            yield from _walk(Path(path), options, seen)


def _is_url(value: str) -> bool:
    from watchfloor.ingest.web import is_url

    return is_url(value)


def _fetch(url: str, options: IngestOptions, web: WebAccess | None) -> Iterator[Item]:
    from watchfloor.ingest.web import WebAccess, iter_url
    from watchfloor.sources.fetch import Fetcher

    try:
        if web is None:
            with Fetcher() as fetcher:
                yield from iter_url(url, web=WebAccess(fetcher), options=options)
        else:
            yield from iter_url(url, web=web, options=options)
    except WatchfloorError as exc:
        yield failure_of(url, exc)


def _walk(path: Path, options: IngestOptions, seen: set[Path]) -> Iterator[Document | IngestFailure]:
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists()
    except OSError as exc:
        yield IngestFailure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if not exists:
        yield IngestFailure(str(path), "no such file or folder")
    elif is_dir:
        yield from _walk_folder(path, options, seen)
    else:
        yield from _read_file(path, options, seen)


def _walk_folder(folder: Path, options: IngestOptions, seen: set[Path]) -> Iterator[Document | IngestFailure]:
    key = folder.resolve()
    if key in seen:  # a symlink loop, or a folder given twice
        return
    seen.add(key)
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield IngestFailure(str(folder), f"cannot list folder: {exc.strerror or exc}")
        return
    names = {entry.name for entry in entries}
    gold_stems = {name[: -len(".json")] for name in names if name.endswith(".json")} & {
        name[: -len(".txt")] for name in names if name.endswith(".txt")
    }
    for entry in entries:
        child = folder / entry.name
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if not ("result.json" in names and entry.name in _TELEGRAM_MEDIA_DIRS):
                yield from _walk_folder(child, options, seen)
        elif not _skipped_in_folder(child, gold_stems):
            yield from _read_file(child, options, seen)


def _skipped_in_folder(path: Path, gold_stems: set[str]) -> bool:
    if path.suffix.lower() in _NOTES_SUFFIXES:
        return True
    if path.name == "index.json" and gold_stems:
        return True
    return path.suffix == ".txt" and path.stem in gold_stems  # read with its sidecar


def _read_file(path: Path, options: IngestOptions, seen: set[Path]) -> Iterator[Document | IngestFailure]:
    is_gold = gold.is_gold_pair(path)
    key = (gold.sidecar_of(path) if is_gold else path).resolve()
    if key in seen:
        return
    seen.add(key)
    reader = gold.iter_documents if is_gold else _reader_for(path)
    try:
        if reader is None:
            raise UnsupportedSource(
                f"unsupported file type {path.suffix or '(no extension)'!r}", input=str(path)
            )
        yield from _timed(reader(path, options=options), options.seconds)
    except Expired:
        yield IngestFailure(
            str(path), f"took longer than {options.seconds:g} s to read (--seconds-per-document, WATCHFLOOR_SECONDS_PER_DOCUMENT)"
        )
    except WatchfloorError as exc:
        yield IngestFailure(exc.input or str(path), exc.reason)
    except OSError as exc:
        yield IngestFailure(str(path), f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a reader's fault, not the input's: the batch goes on
        log.debug("reading %s failed", path, exc_info=True)  # shown only when logging asks for it
        yield IngestFailure(str(path), f"{READER_FAULT}{type(exc).__name__}: {exc}"[:500])


def _timed(items: Iterator[T], seconds: float) -> Iterator[T]:
    """`items`, each within `seconds` of the one before (the clock stops while the caller works):
    a pathological input (a huge table, a regular expression's worst case) raises Expired."""
    while True:
        with deadline(seconds):
            try:
                item = next(items)
            except StopIteration:
                return
        yield item


def _reader_for(path: Path) -> _Reader | None:
    if warc.is_warc(path):  # .warc.gz: the suffix alone says only .gz
        return warc.iter_documents
    return _READERS.get(path.suffix.lower())
