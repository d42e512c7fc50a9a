"""watchfloor: security events and claims from news and channel posts, with provenance.

The public API is this list; everything else is internal.
"""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from watchfloor.errors import (
    BadExport,
    ConfigError,
    DecodeError,
    InputError,
    NotFound,
    StoreError,
    UnsupportedSource,
    WatchfloorError,
)
from watchfloor.model import Aggregate, Claim, Document, Event, Evidence, Extraction, Location, Target

# pymorphy2 (under natasha) imports pkg_resources, which warns on every start; setuptools<81 is pinned.
warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)

if TYPE_CHECKING:
    from watchfloor.store import Store

__all__ = [
    "Aggregate", "BadExport", "Claim", "ConfigError", "DecodeError", "Document", "Event", "Evidence",
    "Extraction", "InputError", "Location", "NotFound", "StoreError", "Target", "UnsupportedSource",
    "WatchfloorError", "extract", "open",
]  # fmt: skip


def extract(
    text: str,
    *,
    published: date | None = None,
    lang: str | None = None,
    source: str | None = None,
    doc_id: str = "text",
) -> Extraction:
    """Events, aggregates and claims of one text (the batch path with one item)."""
    from watchfloor.nlp.langid import detect_language
    from watchfloor.pipeline import default_pipeline

    document = Document(
        doc_id=doc_id, text=text, language=lang or detect_language(text), published=published, source=source
    )
    return default_pipeline().extract(document)


def open(target: str | Path = "watchfloor.db") -> Store:  # noqa: A001 - mirrors the built-in's role
    """Open (and create or upgrade) a store: a SQLite path or an SQLAlchemy URL."""
    from watchfloor.store import Store

    return Store.open(target)
