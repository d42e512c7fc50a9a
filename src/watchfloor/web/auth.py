"""Who is asking, and may they: bearer tokens, browser sessions with CSRF tokens, local mode.

With no account in the store the app is a single-user local tool: every request from a loopback
address (with a loopback Host header, against DNS rebinding) acts as the local admin. Once an
account exists, every request needs a session or a token. Writes from a browser (session or
local) need the CSRF token, either as the `csrf` form field or the `X-CSRF-Token` header; bearer
token requests carry no ambient credentials and need none.
"""

from __future__ import annotations

import hmac
import ipaddress
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from watchfloor.store import Store
from watchfloor.store.accounts import ROLES
from watchfloor.web.errors import HTTPProblem

SESSION_COOKIE = "wf_session"
LOGIN_COOKIE = "wf_login"  # double-submit token of the login form
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class Principal:
    name: str
    role: str
    via: str  # local | session | token
    csrf: str | None

    def can(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "via": self.via}


class LoginThrottle:
    """Failed log-ins per account and per client address, kept in memory: after `limit` failures
    within `window` seconds, further attempts are refused until the oldest failure ages out, so a
    password cannot be guessed at speed (the scrypt hash already makes each try cost ~50 ms)."""

    def __init__(self, limit: int = 5, window: float = 900.0) -> None:
        self.limit = limit
        self.window = window
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, *keys: str) -> int:
        """Seconds until an attempt is allowed again for these keys; 0 when allowed now."""
        now = time.monotonic()
        with self._lock:
            wait = 0.0
            for key in keys:
                recent = [t for t in self._failures.get(key, []) if now - t < self.window]
                self._failures[key] = recent
                if len(recent) >= self.limit:
                    wait = max(wait, self.window - (now - recent[0]))
        return int(wait) + 1 if wait else 0

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._failures.setdefault(key, []).append(now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)


class Auth:
    def __init__(self, store: Store, local_csrf: str) -> None:
        self.store = store
        self.local_csrf = local_csrf

    def principal(self, request: Request) -> Principal | None:
        header = request.headers.get("authorization", "")
        if header[:7].lower() == "bearer ":
            user = self.store.token_user(header[7:].strip())
            if user is None:
                raise HTTPProblem(401, "unknown or revoked API token", input="Authorization")
            return Principal(user.name, user.role, "token", None)
        secret = request.cookies.get(SESSION_COOKIE)
        if secret:
            session = self.store.session(secret)
            if session is not None:
                return Principal(session.user.name, session.user.role, "session", session.csrf)
        if not self.store.has_users():
            client = request.client.host if request.client else None
            if not is_loopback(client) or _host_name(request) not in LOOPBACK_NAMES:
                raise HTTPProblem(403, "without accounts, watchfloor answers only on the loopback address",
                                  input=request.headers.get("host"))  # fmt: skip
            return Principal("local", "admin", "local", self.local_csrf)
        return None


def _host_name(request: Request) -> str:
    host = request.headers.get("host", "")
    if host.startswith("["):
        return host.split("]")[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


async def _check_csrf(request: Request, principal: Principal) -> None:
    if principal.via == "token" or request.method not in UNSAFE:
        return
    origin = request.headers.get("origin")
    if origin and origin != "null" and origin != f"{request.url.scheme}://{request.headers.get('host', '')}":
        raise HTTPProblem(403, "cross-origin request refused", input=origin)
    sent = request.headers.get("x-csrf-token")
    if sent is None and "form" in request.headers.get("content-type", ""):
        form = await request.form()  # Starlette caches it, so the endpoint's Form() fields still work
        value = form.get("csrf")
        sent = value if isinstance(value, str) else None
    if not sent or principal.csrf is None or not hmac.compare_digest(sent, principal.csrf):
        raise HTTPProblem(403, "missing or wrong CSRF token; reload the page and try again", input="csrf")


def require(role: str) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency: the principal when it has `role` (401 when anonymous, 403 when too weak)."""

    async def dependency(request: Request) -> Principal:
        auth: Auth = request.app.state.auth
        principal = await run_in_threadpool(auth.principal, request)
        if principal is None:
            raise HTTPProblem(401, "log in or send an API token (Authorization: Bearer ...)")
        if not principal.can(role):
            raise HTTPProblem(403, f"this needs the {role} role; you are {principal.role}", input=principal.name)
        await _check_csrf(request, principal)
        request.state.principal = principal
        return principal

    return dependency


viewer = require("viewer")
analyst = require("analyst")
admin = require("admin")
