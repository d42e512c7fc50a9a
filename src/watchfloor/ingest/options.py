"""What the caller tells ingest about its inputs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from watchfloor.errors import ConfigError
from watchfloor.limits import SECONDS
from watchfloor.nlp.langid import SUPPORTED_LANGUAGES


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """Metadata given on the command line, and limits.

    `published`, `source` and `lang` describe plain inputs that carry no metadata of their own;
    each source module documents which of its own metadata wins over them.
    """

    published: date | None = None
    source: str | None = None
    lang: str | None = None
    max_bytes: int = 20_000_000  # larger inputs are refused rather than read into memory
    seconds: float = SECONDS  # to read one document of an input (0: no limit); past it, the input fails

    def __post_init__(self) -> None:
        if self.lang is not None and self.lang not in SUPPORTED_LANGUAGES:
            supported = ", ".join(SUPPORTED_LANGUAGES)
            raise ConfigError(f"unsupported language {self.lang!r} (supported: {supported})")
        if self.max_bytes <= 0:
            raise ConfigError(f"max_bytes must be positive, not {self.max_bytes}")
        if not self.seconds >= 0:
            raise ConfigError(f"seconds must be 0 (no limit) or positive, not {self.seconds}")
