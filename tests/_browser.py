"""Debian's Chromium for the web app's end-to-end tests: where it is, how it is started, and the
rule that on CI these tests must run, never skip quietly."""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

import pytest

CHROMIUM = Path(os.environ.get("WATCHFLOOR_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip


def require_browser() -> ModuleType:
    """playwright's sync API, or a module-level skip (a failure on CI) when the browser is missing."""
    api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")
    if not CHROMIUM.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing on CI: .ci/run should install chromium", pytrace=False)
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (or set WATCHFLOOR_CHROMIUM)", allow_module_level=True)
    return api
