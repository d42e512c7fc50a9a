"""The Channels page in real headless Chromium against uvicorn on 127.0.0.1: the network's table,
the stories with their first poster and order, a hostile channel name rendered inert, and the
GraphML download read back by networkx."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from _browser import ARGS, CHROMIUM, require_browser

from watchfloor.ingest.options import IngestOptions
from watchfloor.store import Store
from watchfloor.web import create_app
from watchfloor.web.server import serving

DATA = Path(__file__).parent / "data" / "channels"

playwright_api = require_browser()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, pipeline: Any) -> Iterator[str]:
    with Store.open(tmp_path_factory.mktemp("channels-e2e") / "wf.sqlite") as store:
        pipeline.ingest([DATA], store, IngestOptions())
        with serving(create_app(store)) as base:
            yield base


@pytest.fixture()
def page(site: str) -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(10_000)
        yield page
        browser.close()


def test_channels_page(site: str, page: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{site}/events")
    page.click("header nav a:has-text('Channels')")
    page.wait_for_url("**/channels")
    assert page.locator("header nav a[aria-current=page]").inner_text() == "Channels"

    dispatch = page.locator("#channels-table tr[data-channel='telegram:2001']")
    assert dispatch.locator("td.posts").inner_text() == "4"
    amplified_by = dispatch.locator("td.amplified-by").inner_text()
    assert "Frontier Echo ×2 (forward 2)" in amplified_by and "Sham Dispatch chat ×1 (reply 1)" in amplified_by

    stories = page.locator("#stories li.story")
    assert stories.count() == 2
    first = stories.first
    assert first.locator(".first").inner_text() == "Sham Dispatch"
    assert first.locator(".order").inner_text() == "Sham Dispatch → Frontier Echo → Border Watcher → Kavkaz Relay"
    claim = page.locator("#stories .claim-spread").first.inner_text()
    assert "border-closure-rumours (deny)" in claim and claim.strip().endswith("Border Watcher")

    west = page.locator("#channels-table tr[data-channel='vk:-3777'] td.name")
    assert west.inner_text() == "<img src=x onerror=window.__pwned=1>Relay West"  # shown as text
    assert page.locator("#channels-table img").count() == 0
    page.wait_for_timeout(300)  # time for an onerror to fire, were there one
    assert page.evaluate("window.__pwned") is None and dialogs == []

    download = page.request.get(f"{site}/channels.graphml")
    assert download.ok and "attachment" in download.headers["content-disposition"]
    graph = nx.read_graphml(io.BytesIO(download.body()))
    assert graph.get_edge_data("telegram:2002", "telegram:2001")["forward"]["weight"] == 2
