"""The export links in real headless Chromium against uvicorn on 127.0.0.1: an analyst clicks
Parquet on the canonical events and ACLED on the events, and the downloaded files open in pandas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from _browser import ARGS, CHROMIUM, require_browser
from web_data import build

from watchfloor.export.acled import COLUMNS as ACLED_COLUMNS
from watchfloor.merge import recluster
from watchfloor.web import create_app
from watchfloor.web.server import serving

playwright_api = require_browser()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with build(tmp_path_factory.mktemp("e2e-export") / "wf.sqlite") as store:
        recluster(store)
        with serving(create_app(store)) as base:
            yield base


@pytest.fixture()
def page() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(accept_downloads=True)
        page = context.new_page()
        page.set_default_timeout(20_000)
        yield page
        context.close()
        browser.close()


def _download(page: Any, link: Any, into: Path) -> Path:
    with page.expect_download() as info:
        link.click()
    download = info.value
    path = into / download.suggested_filename
    download.save_as(str(path))
    return path


def test_download_canonical_events_as_parquet_and_events_as_acled(site: str, page: Any, tmp_path: Path) -> None:
    page.goto(f"{site}/clusters?type=ARREST")
    parquet = _download(page, page.locator("#cluster-exports a", has_text="Parquet"), tmp_path)
    assert parquet.name == "canonical-events.parquet"
    frame = pd.read_parquet(parquet)
    assert len(frame) == 2 and set(frame["type"]) == {"ARREST"}
    assert len(frame) == page.locator("#clusters-table tbody tr").count()

    page.goto(f"{site}/events?nationality=TJK")
    acled = _download(page, page.locator("aside a", has_text="ACLED columns"), tmp_path)
    table = pd.read_csv(acled)
    assert list(table.columns) == list(ACLED_COLUMNS)
    assert table["actor2"].tolist() == ["Civilians (Tajikistan)"] and table["region"].tolist() == ["Middle East"]
