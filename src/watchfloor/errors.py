"""The exception tree. Every error names the input it concerns.

WatchfloorError
├── InputError          a file, URL or export that cannot be read
│   ├── DecodeError     not valid text in any encoding we accept
│   ├── BadExport       a malformed sidecar JSON or channel export
│   ├── UnsupportedSource
│   ├── OverLimit       a document over a limit of the pipeline (characters, seconds)
│   └── FetchError      a URL that could not be fetched (status, timeout, size, ...)
│       └── BlockedURL  refused before any request: private address, robots.txt, scheme
├── ConfigError
├── StoreError
└── NotFound
"""

from __future__ import annotations


class WatchfloorError(Exception):
    """Base of all watchfloor errors."""

    def __init__(self, message: str, *, input: str | None = None) -> None:
        self.input = input
        super().__init__(f"{input}: {message}" if input else message)
        self.reason = message

    def __reduce__(self) -> tuple[object, ...]:
        # Rebuilt with its reason and input (not the joined message) when sent between processes.
        return (_rebuild, (type(self), self.reason, self.input), self.__dict__)


def _rebuild(kind: type[WatchfloorError], reason: str, input: str | None) -> WatchfloorError:
    error = kind.__new__(kind)
    WatchfloorError.__init__(error, reason, input=input)
    return error


class InputError(WatchfloorError):
    pass


class DecodeError(InputError):
    pass


class BadExport(InputError):
    pass


class UnsupportedSource(InputError):
    pass


class FetchError(InputError):
    pass


class BlockedURL(FetchError):
    pass


class ConfigError(WatchfloorError):
    pass


class StoreError(WatchfloorError):
    pass


class NotFound(WatchfloorError):
    pass


class OverLimit(InputError):
    """A document over one of the pipeline's limits (characters, seconds): named, never parsed
    in part. See watchfloor.limits."""
