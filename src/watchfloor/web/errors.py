"""HTTP errors of the web app: one type, one JSON shape, rendered in one place (app.py)."""

from __future__ import annotations

from watchfloor.errors import InputError, NotFound, WatchfloorError


class HTTPProblem(Exception):
    """An error answer: status, a plain message and the input it concerns."""

    def __init__(
        self, status: int, message: str, *, input: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.input = input
        self.headers = headers or {}  # e.g. Retry-After on 429

    def to_json(self) -> dict[str, object]:
        return {"error": {"status": self.status, "message": self.message, "input": self.input}}


def problem_of(exc: WatchfloorError) -> HTTPProblem:
    status = 404 if isinstance(exc, NotFound) else 400 if isinstance(exc, InputError) else 500
    return HTTPProblem(status, exc.reason, input=exc.input)
