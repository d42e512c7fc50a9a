"""The Alerts page in real headless Chromium against uvicorn on 127.0.0.1: reached from the
navigation, unread hits listed, one ticked and marked read, then all; hostile names stay inert."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _browser import ARGS, CHROMIUM, require_browser
from test_alerts_web import HOSTILE_NAME, with_hits

from watchfloor.web import create_app
from watchfloor.web.server import serving

playwright_api = require_browser()


@pytest.fixture()
def site(tmp_path: Path) -> Iterator[str]:
    with with_hits(tmp_path / "wf.sqlite") as store, serving(create_app(store)) as base:
        yield base


def test_alerts_page_marks_hits_read(site: str) -> None:
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page: Any = browser.new_page(viewport={"width": 1280, "height": 900})
            dialogs: list[str] = []
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.set_default_timeout(10_000)
            page.goto(f"{site}/events")
            page.click("header nav a:text('Alerts')")
            page.wait_for_url("**/alerts")
            assert page.inner_text("#unread-count") == "3 unread"
            assert page.locator("#alerts-table tbody tr").count() == 2
            assert HOSTILE_NAME in page.inner_text("#alerts-table")  # shown as text, not run
            assert page.evaluate("window.__pwned") is None and dialogs == []

            hits = page.locator("#hit-list li.unread")
            assert hits.count() == 3
            first = hits.first.inner_text()
            hits.first.locator("input[type=checkbox]").check()
            page.click("#mark-read")
            page.wait_for_load_state()
            assert page.inner_text("#unread-count") == "2 unread"
            assert first not in page.inner_text("#hit-list")

            page.click("#mark-all-read")
            page.wait_for_load_state()
            assert page.inner_text("#unread-count") == "0 unread"
            assert page.inner_text("#hit-list").strip() == "Nothing unread."
            page.click("text=show read ones too")
            page.wait_for_url("**/alerts?all=1")
            assert page.locator("#hit-list li").count() == 3
            page.locator("#hit-list li a", has_text="ARREST").first.click()
            page.wait_for_url("**/clusters/*")
        finally:
            browser.close()
