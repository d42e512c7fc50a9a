"""Ingest: turn files and folders into Documents, one module per kind of source.

`iter_inputs` walks the given paths (folders recursively, in sorted order) and dispatches each
file by kind:

- `<doc>.json` beside `<doc>.txt` is a gold-format pair (gold.py); the .txt is not read again;
- other `.txt` files are plain text (text.py), `.html`/`.htm` saved pages (html.py);
- other `.json` files are tried as Telegram Desktop exports (telegram.py);
- in folders, hidden files, `*.md` notes, an `index.json` beside gold pairs and the media folders
  of a Telegram export are skipped; any other file is reported as unsupported.

A file that cannot be read never stops the batch: it is yielded as an IngestFailure naming it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from watchfloor.errors import UnsupportedSource, WatchfloorError
from watchfloor.ingest import gold, html, telegram, text
from watchfloor.ingest.options import IngestOptions
from watchfloor.model import Document

__all__ = ["IngestFailure", "IngestOptions", "iter_inputs"]


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """An input that yielded no documents, and why."""

    input: str
    reason: str


class _Reader(Protocol):
    def __call__(self, path: Path, *, options: IngestOptions) -> Iterator[Document]: ...


_READERS: dict[str, _Reader] = {
    ".txt": text.iter_documents,
    ".html": html.iter_documents,
    ".htm": html.iter_documents,
    ".json": telegram.iter_documents,
}
_NOTES_SUFFIXES = frozenset({".md"})
# Folders that Telegram Desktop writes beside result.json; they hold media, not text.
_TELEGRAM_MEDIA_DIRS = frozenset(
    {
        "photos", "files", "video_files", "voice_messages", "round_video_messages", "stickers",
        "animations", "audio_files", "contacts", "profile_pictures", "chats", "css", "js", "images",
    }
)  # fmt: skip


def iter_inputs(paths: Sequence[Path], options: IngestOptions) -> Iterator[Document | IngestFailure]:
    """Every document in `paths`, and a failure for every input that could not be read."""
    seen: set[Path] = set()
    for path in paths:
        yield from _walk(Path(path), options, seen)


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
    reader = gold.iter_documents if is_gold else _READERS.get(path.suffix.lower())
    try:
        if reader is None:
            raise UnsupportedSource(
                f"unsupported file type {path.suffix or '(no extension)'!r}", input=str(path)
            )
        yield from reader(path, options=options)
    except WatchfloorError as exc:
        yield IngestFailure(exc.input or str(path), exc.reason)
    except OSError as exc:
        yield IngestFailure(str(path), f"cannot read: {exc.strerror or exc}")
