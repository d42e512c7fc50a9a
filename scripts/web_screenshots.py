#!/usr/bin/env python3
"""Screenshots of the main pages for docs/screenshots/, from the repository's examples.

    .venv/bin/python scripts/web_screenshots.py [OUT_DIR]

Ingests examples/ into a temporary store, records one analyst edit, serves the app on a free
loopback port and photographs the pages in Debian's headless Chromium (needs the front-end files:
python scripts/vendor_web.py).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from watchfloor.ingest.options import IngestOptions
from watchfloor.pipeline import Pipeline
from watchfloor.store import Store
from watchfloor.web import create_app
from watchfloor.web.server import serving

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "wf.sqlite") as store:
        store.add_alert("russians-held", "events", {"type": ["ARREST"], "nationality": "RUS"})  # alerts
        store.add_alert("border-open", "claims", {"topic": "turkey-syria-border-crossable", "stance": "affirm"})
        Pipeline().ingest([ROOT / "examples"], store, IngestOptions())
        store.evaluate_alerts()  # alerts
        busiest = max(store.clusters(type="ARREST", limit=1000), key=lambda c: (c.n_sources, c.n_mentions))
        event = store.cluster(busiest.id).mentions[0]
        store.review_event(event.id, "confirm", user="local", reason="checked against the source")
        pages = {
            "events": "/events",
            "event": f"/events/{event.id}",
            "timeline": "/timeline?bucket=month",
            "map": "/map",
            "claims": "/claims?topic=turkey-syria-border-crossable",
            "document": f"/documents/{event.document_id}",
            "alerts": "/alerts",
        }
        with serving(create_app(store)) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1360, "height": 860})
            for name, path in pages.items():
                page.goto(base + path)
                if name == "map":
                    page.wait_for_selector("#map[data-ready='1']")
                    page.wait_for_timeout(500)
                page.screenshot(path=str(out / f"{name}.png"))
                print(out / f"{name}.png")
            browser.close()


if __name__ == "__main__":
    main()
