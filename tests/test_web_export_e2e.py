"""The export links in real headless Chromium against uvicorn on 127.0.0.1: an analyst clicks
Parquet on the canonical events and ACLED on the events, and the downloaded files open in pandas."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from web_data import build

from watchfloor.export.acled import COLUMNS as ACLED_COLUMNS
from watchfloor.merge import recluster
from watchfloor.web import create_app
from watchfloor.web.server import serving

CHROMIUM = Path(os.environ.get("WATCHFLOOR_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")
if not CHROMIUM.is_file():
    if os.environ.get("CI"):  # on CI the browser tests must run, never skip quietly
        pytest.fail(f"{CHROMIUM} is missing on CI: .ci/run should install chromium", pytrace=False)
    pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (or set WATCHFLOOR_CHROMIUM)", allow_module_level=True)


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
