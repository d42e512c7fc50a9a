"""Possible merges on the canonical event page, end to end in real headless Chromium against
uvicorn on 127.0.0.1: the analyst confirms one pair with one click, rejects another with one click,
and both decisions are recorded (and the rejection kept by a full recluster)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _browser import ARGS, CHROMIUM, require_browser
from test_merge_review import cluster_of, filled

from watchfloor.merge import recluster
from watchfloor.merge.review import possible_merges
from watchfloor.web import create_app
from watchfloor.web.server import serving

playwright_api = require_browser()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.mark.parametrize("action", ["Confirm: one event", "Reject: two events"])
def test_one_click_confirms_or_rejects(tmp_path: Path, browser: Any, action: str) -> None:
    with filled(tmp_path / "wf.sqlite") as store, serving(create_app(store)) as base:
        north, south = cluster_of(store, "north"), cluster_of(store, "south")
        context = browser.new_context()
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(f"{base}/clusters/{north}")
        section = page.locator("#possible-merges")
        assert section.locator(f'a[href="/clusters/{south}"]').count() == 1
        section.get_by_role("button", name=action).click()
        page.wait_for_url(f"**/clusters/{north}")
        assert "No other canonical event scores near this one." in section.inner_text()
        context.close()
        if action.startswith("Confirm"):
            assert cluster_of(store, "south") == north and store.decisions()[-1].kind == "merge"
        else:
            assert cluster_of(store, "south") == south and store.decisions()[-1].kind == "reject"
            recluster(store)
            assert possible_merges(store) == [] and cluster_of(store, "south") != cluster_of(store, "north")
