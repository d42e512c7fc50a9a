"""End to end in real headless Chromium (Debian's /usr/bin/chromium via Playwright) against uvicorn
on 127.0.0.1: filter events, open one, see its sentence highlighted, edit a field and see the audit
entry; hostile source text renders inert; the map and timeline draw."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _browser import ARGS, CHROMIUM, require_browser
from web_data import HOSTILE, build

from watchfloor.ingest.options import IngestOptions
from watchfloor.web import create_app
from watchfloor.web.app import VENDOR
from watchfloor.web.server import serving

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

playwright_api = require_browser()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, pipeline: Any) -> Iterator[str]:
    """Our small store plus the repository's examples, served on a free loopback port."""
    with build(tmp_path_factory.mktemp("e2e") / "wf.sqlite") as store:
        pipeline.ingest([EXAMPLES], store, IngestOptions())
        with serving(create_app(store)) as base:
            yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))  # type: ignore[attr-defined]
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_filter_open_highlight_edit_and_audit(site: str, page: Any) -> None:
    page.goto(f"{site}/events")
    page.fill("input[name=q]", "Kilis")
    page.select_option("select[name=type]", "ARREST")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/events?*q=Kilis*")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() >= 1
    types = page.locator("#events-table tbody tr .tag").all_inner_texts()
    assert types and set(types) == {"ARREST"}
    assert all("kilis" in text.lower() for text in rows.all_inner_texts())

    link = page.locator("#events-table a.evidence", has_text="Border guards detained four travellers")
    link.click()
    page.wait_for_url("**/events/*")
    mark = page.locator("mark.focus")
    assert mark.first.inner_text() == "Border guards detained four travellers near Kilis."

    page.select_option("#edit-field", "total")
    page.fill("#edit-value", "7")
    page.click("#edit-form button[type=submit]")
    page.wait_for_url("**#audit")
    assert page.locator("td[data-field=total]").inner_text() == "7"
    audit = page.locator("#audit-table tbody tr").first.inner_text()
    assert "local" in audit and "event.edit" in audit and "total: 4 → 7" in audit
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_hostile_document_renders_inert(site: str, page: Any) -> None:
    page.goto(f"{site}/documents?q=Channel%20post")
    page.locator("table a", has_text="<script>alert(1)</script>").click()  # the title, shown as text
    page.wait_for_url("**/documents/*")
    assert page.locator("#doc-text").inner_text().strip() == HOSTILE
    assert page.locator("#doc-text script, #doc-text img, #doc-text svg").count() == 0
    page.wait_for_timeout(300)  # time for an onerror or onload to fire, were there one
    assert page.evaluate("window.__pwned") is None
    page.locator("#doc-text mark.event").first.click()
    event_link = page.locator("aside a[href^='/events/']").first
    event_link.click()
    page.wait_for_url("**/events/*")
    assert "<img src=x onerror" in page.locator(".passage").inner_text()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_timeline_and_map_draw(site: str, page: Any) -> None:
    page.goto(f"{site}/timeline?bucket=month")
    assert page.locator("#timeline-chart rect.bar").count() > 3
    assert page.locator("#timeline-chart circle.dot").count() >= 2  # claims, by topic and stance
    if not (VENDOR / "leaflet.js").is_file():
        pytest.skip("the map's front-end files are absent: run python scripts/vendor_web.py (needs npm)")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{site}/map?type=ARREST")
    page.wait_for_selector("#map[data-ready='1']")
    assert page.locator("#map path.leaflet-interactive").count() >= 3  # arrests as circles
    assert page.locator("#map-count").inner_text().endswith(f"of {_count(site, page, 'ARREST')}")
    assert errors == []


def _count(site: str, page: Any, type_: str) -> int:
    total: int = page.evaluate(f"fetch('{site}/api/events?type={type_}&limit=1').then(r => r.json()).then(b => b.total)")
    return total
