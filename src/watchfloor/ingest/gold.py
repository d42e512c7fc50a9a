"""Gold-format documents: `<doc>.txt` beside its sidecar `<doc>.json` (data/GOLD-FORMAT.md).

Only the metadata a system is given with the text is read from the sidecar (doc_id, language,
published, source, title, author); the annotations in it are the answers and are never looked
at. The sidecar's metadata wins over the caller's options, which only fill what it leaves out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from watchfloor.errors import BadExport, UnsupportedSource
from watchfloor.ingest._io import load_json, read_text
from watchfloor.ingest.options import IngestOptions
from watchfloor.model import Document
from watchfloor.nlp.langid import SUPPORTED_LANGUAGES, detect_language


def sidecar_of(path: Path) -> Path:
    return path.with_suffix(".json")


def text_of(path: Path) -> Path:
    return path.with_suffix(".txt")


def is_gold_pair(path: Path) -> bool:
    """Whether `path` (either file of the pair) has its partner beside it."""
    if path.suffix == ".json":
        return text_of(path).is_file()
    if path.suffix == ".txt":
        return sidecar_of(path).is_file()
    return False


def iter_documents(path: Path, *, options: IngestOptions) -> Iterator[Document]:
    """The document of a gold pair; `path` may be either the .txt or the .json."""
    sidecar, text_path = sidecar_of(path), text_of(path)
    meta = load_json(sidecar, options.max_bytes)
    if not isinstance(meta, dict):
        raise BadExport("a gold sidecar must be a JSON object", input=str(sidecar))
    text = read_text(text_path, options.max_bytes)
    language = _string(meta, "language", sidecar)
    if language is not None and language not in SUPPORTED_LANGUAGES:
        supported = ", ".join(SUPPORTED_LANGUAGES)
        raise UnsupportedSource(f"language {language!r} is not supported ({supported})", input=str(sidecar))
    yield Document(
        doc_id=_string(meta, "doc_id", sidecar) or path.stem,
        text=text,
        language=language or options.lang or detect_language(text),
        published=_date(meta, "published", sidecar) or options.published,
        source=_string(meta, "source", sidecar) or options.source,
        title=_string(meta, "title", sidecar),
        author=_string(meta, "author", sidecar),
        origin=str(text_path),
        meta={"sidecar": str(sidecar)},
    )


def _string(meta: dict[str, Any], key: str, sidecar: Path) -> str | None:
    value = meta.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise BadExport(f'"{key}" must be a string, not {type(value).__name__}', input=str(sidecar))


def _date(meta: dict[str, Any], key: str, sidecar: Path) -> date | None:
    value = _string(meta, key, sidecar)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise BadExport(f'"{key}" is not an ISO date (YYYY-MM-DD): {value!r}', input=str(sidecar)) from exc
