"""The web app: `create_app(store)` builds the FastAPI application (API, pages, static files).

Source text is untrusted everywhere: templates autoescape, no page has inline script or style,
and every answer carries a strict Content-Security-Policy and related headers.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from watchfloor.errors import ConfigError, WatchfloorError
from watchfloor.model import ABOUTS
from watchfloor.store import Store
from watchfloor.web.auth import Auth, LoginThrottle, is_loopback
from watchfloor.web.errors import HTTPProblem, problem_of

HERE = Path(__file__).parent
STATIC = HERE / "static"
VENDOR = STATIC / "vendor"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"geolocation=(), camera=(), microphone=()"),
]


class SecurityHeaders:
    """Adds the security headers to every HTTP answer (a plain ASGI wrapper: cheap per request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _OURS]
                message["headers"] = headers + SECURITY_HEADERS
                if not scope["path"].startswith("/static/"):
                    message["headers"].append((b"cache-control", b"no-store"))
            await send(message)

        await self.app(scope, receive, send_with_headers)


_OURS = {name for name, _ in SECURITY_HEADERS}


def templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, whatever its extension
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["abouts"] = ABOUTS  # the "about" filter's choices, on every page that has the filters
    return Jinja2Templates(env=env)


def create_app(store: Store | str | Path, *, host: str = "127.0.0.1") -> FastAPI:
    """The application over `store` (a Store, a SQLite path or an SQLAlchemy URL).

    `host` is the address it will listen on: anything but loopback is refused until the store
    has an account, since without accounts there is no login.
    """
    if not isinstance(store, Store):
        store = Store.open(store)
    if not is_loopback(host) and not store.has_users():
        raise ConfigError(
            "refusing to listen on a non-loopback address while the store has no accounts; "
            "create one first: watchfloor user add NAME --role admin",
            input=host,
        )
    from watchfloor.web import alerts, api, channels, pages

    app = FastAPI(
        title="watchfloor",
        version=_version(),
        description="Security events and claims from news and channel posts, with provenance.",
        docs_url=None,  # Swagger UI would load scripts from a CDN; the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.store = store
    app.state.auth = Auth(store, secrets.token_urlsafe(32))
    app.state.login_throttle = LoginThrottle()
    app.state.templates = templates()
    app.state.vendor = VENDOR.is_dir() and (VENDOR / "leaflet.js").is_file()
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(alerts.pages)  # alerts
    app.include_router(alerts.api)  # alerts
    app.include_router(channels.router)  # issue 17

    @app.exception_handler(HTTPProblem)
    async def _problem(request: Request, exc: HTTPProblem) -> Response:
        return render_problem(request, exc)

    @app.exception_handler(WatchfloorError)
    async def _watchfloor(request: Request, exc: WatchfloorError) -> Response:
        return render_problem(request, problem_of(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        first: dict[str, Any] = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ())[1:]) or None
        return render_problem(request, HTTPProblem(400, str(first.get("msg", "invalid request")), input=where))

    @app.exception_handler(OverflowError)
    async def _overflow(request: Request, exc: OverflowError) -> Response:
        # a number past the store's 64 bits ("/api/events/9223372036854775808", found by fuzzing)
        return render_problem(request, HTTPProblem(400, "a number in the request is out of range", input=request.url.path))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return render_problem(request, HTTPProblem(exc.status_code, str(exc.detail), input=request.url.path))

    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("watchfloor")
    except PackageNotFoundError:
        return "0"


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "")


def render_problem(request: Request, problem: HTTPProblem) -> Response:
    if wants_json(request):
        return JSONResponse(problem.to_json(), status_code=problem.status, headers=problem.headers)
    if problem.status == 401:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={_quote(target)}", status_code=303)
    templates_: Jinja2Templates = request.app.state.templates
    body = templates_.get_template("error.html").render(problem=problem, principal=None, csrf="", nav="")
    return HTMLResponse(body, status_code=problem.status, headers=problem.headers)


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="")
