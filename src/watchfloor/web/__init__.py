"""The web app and REST API (`watchfloor serve`): `create_app(store)` builds it."""

from __future__ import annotations

from watchfloor.web.app import create_app

__all__ = ["create_app"]
