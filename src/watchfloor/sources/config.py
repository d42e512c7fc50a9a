"""sources.yaml: the feeds, pages and exports to watch, each with how often.

    interval: 1h                        # default for entries that give none
    feeds:
      - https://example.org/rss.xml     # a bare URL takes the default interval
      - url: https://example.org/atom.xml
        interval: 15m
        source: Example News            # outlet name when pages do not say
        lang: en                        # skip language detection
    pages:                              # each new version of the page's text is a document
      - url: https://example.org/statements
        interval: 6h
    exports:                            # Telegram / VK exports, WARC files or folders of files
      - path: exports/channel/result.json   # relative to this file
        interval: 1d

Intervals are a number of seconds or a number with s, m, h or d. Unknown keys are errors, so a
typo does not silently drop a setting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal

from watchfloor.errors import ConfigError
from watchfloor.nlp.langid import SUPPORTED_LANGUAGES
from watchfloor.sources.fetch import check_url

SourceKind = Literal["feed", "page", "export"]
_SECTIONS: dict[str, SourceKind] = {"feeds": "feed", "pages": "page", "exports": "export"}
_ENTRY_KEYS = frozenset({"url", "path", "interval", "source", "lang"})
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
DEFAULT_INTERVAL = timedelta(hours=1)
_MAX_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class Source:
    kind: SourceKind
    target: str  # a URL, or an absolute path for an export
    interval: timedelta
    source: str | None = None
    lang: str | None = None

    @property
    def key(self) -> str:
        """Its row in the store's fetch state (which also holds its schedule)."""
        return check_url(self.target) if self.kind != "export" else Path(self.target).as_uri()


@dataclass(frozen=True, slots=True)
class SourcesConfig:
    path: Path
    sources: list[Source]


def parse_interval(value: Any, *, where: str, path: Path) -> timedelta:
    if isinstance(value, bool):
        raise ConfigError(f"{where}: interval must be seconds or like 15m, 2h, 1d; not {value!r}", input=str(path))
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _INTERVAL.match(str(value))
        if match is None:
            raise ConfigError(f"{where}: interval must be seconds or like 15m, 2h, 1d; not {value!r}", input=str(path))
        seconds = float(match.group(1)) * _UNITS[match.group(2)]
    if seconds <= 0:
        raise ConfigError(f"{where}: interval must be positive", input=str(path))
    return timedelta(seconds=seconds)


def load_sources(path: Path) -> SourcesConfig:
    import yaml  # imported here: only the watcher needs it

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", input=str(path)) from exc
    if len(raw) > _MAX_BYTES:
        raise ConfigError(f"larger than {_MAX_BYTES:,} bytes", input=str(path))
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise ConfigError(f"malformed YAML{where}: {getattr(exc, 'problem', None) or exc}", input=str(path)) from exc
    if not isinstance(data, dict):
        raise ConfigError("must be a mapping with feeds, pages and/or exports", input=str(path))
    unknown = set(data) - set(_SECTIONS) - {"interval"}
    if unknown:
        raise ConfigError(f"unknown keys: {', '.join(sorted(map(str, unknown)))}", input=str(path))
    default = parse_interval(data["interval"], where="interval", path=path) if "interval" in data else DEFAULT_INTERVAL
    sources: list[Source] = []
    for section, kind in _SECTIONS.items():
        entries = data.get(section) or []
        if not isinstance(entries, list):
            raise ConfigError(f"{section} must be a list", input=str(path))
        for index, entry in enumerate(entries):
            sources.append(_source(entry, kind, f"{section}[{index}]", default, path))
    if not sources:
        raise ConfigError("no feeds, pages or exports listed", input=str(path))
    keys = [source.key for source in sources]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise ConfigError(f"listed more than once: {', '.join(repeated)}", input=str(path))
    return SourcesConfig(path=path, sources=sources)


def _source(entry: Any, kind: SourceKind, where: str, default: timedelta, path: Path) -> Source:
    target_key = "path" if kind == "export" else "url"
    if isinstance(entry, str):
        entry = {target_key: entry}
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: must be a {target_key} or a mapping", input=str(path))
    unknown = set(entry) - _ENTRY_KEYS
    if unknown or (set(entry) & {"url", "path"}) - {target_key}:
        extra = sorted(map(str, unknown | ((set(entry) & {"url", "path"}) - {target_key})))
        raise ConfigError(f"{where}: unknown keys: {', '.join(extra)}", input=str(path))
    target = entry.get(target_key)
    if not isinstance(target, str) or not target.strip():
        raise ConfigError(f"{where}: needs a {target_key}", input=str(path))
    if kind == "export":
        target = str((path.parent / Path(target).expanduser()).resolve())
    elif not re.match(r"^https?://", target.strip(), re.IGNORECASE):
        raise ConfigError(f"{where}: {target!r} is not an http(s) URL", input=str(path))
    lang = entry.get("lang")
    if lang is not None and lang not in SUPPORTED_LANGUAGES:
        raise ConfigError(f"{where}: unsupported language {lang!r}", input=str(path))
    name = entry.get("source")
    if name is not None and not isinstance(name, str):
        raise ConfigError(f"{where}: source must be a string", input=str(path))
    interval = parse_interval(entry["interval"], where=where, path=path) if "interval" in entry else default
    return Source(kind=kind, target=target.strip(), interval=interval, source=name, lang=lang)
