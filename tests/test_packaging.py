"""An install with pip alone works: every third-party module the package imports is declared in
pyproject.toml, and a fresh virtualenv (no system site-packages) with `pip install <project>`
from PyPI runs `watchfloor --help`, ingests a page from a loopback server and serves the API."""

from __future__ import annotations

import ast
import importlib.metadata
import os
import re
import socket
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import httpx
import pytest
from _site import Reply, Site, site_fixture  # noqa: F401 (the `site` fixture)

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "watchfloor"
INSTALL_SECONDS = 900  # the first install downloads ~1 GB of wheels; pip's cache makes later ones quick


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[\s<>=!~\[;(]", requirement.strip(), maxsplit=1)[0]).lower()


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {_name(r) for r in project["dependencies"]}
    for extra in project.get("optional-dependencies", {}).values():
        names |= {_name(r) for r in extra}
    return names


def imported_modules() -> dict[str, Path]:
    """Top-level modules imported anywhere in the package (first file naming each)."""
    found: dict[str, Path] = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], path)
    return found


def test_every_imported_distribution_is_declared() -> None:
    providers = importlib.metadata.packages_distributions()
    wanted = declared()
    missing = []
    for module, path in imported_modules().items():
        if module in sys.stdlib_module_names or module == "watchfloor" or module == "__future__":
            continue
        dists = {_name(d) for d in providers.get(module, [])}
        if not dists:
            missing.append(f"{module} (imported in {path.relative_to(ROOT)}): not installed here")
        elif not dists & wanted:
            missing.append(f"{module} (imported in {path.relative_to(ROOT)}): from {', '.join(sorted(dists))}")
    assert not missing, "imports not declared in pyproject.toml:\n" + "\n".join(missing)


def _pypi_reachable() -> bool:
    try:
        with socket.create_connection(("pypi.org", 443), timeout=5):
            return True
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_pip_install_into_a_fresh_virtualenv(tmp_path: Path, site: Site) -> None:
    if not _pypi_reachable():
        pytest.skip("PyPI (pypi.org:443) is not reachable: the install from the registry cannot be tested here")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    bin_ = venv / "bin"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    # The locked versions as constraints (not requirements: only what pyproject.toml asks for is
    # installed), so pip takes the wheels `make install` already cached instead of new releases.
    pins = [line.split()[0] for line in (ROOT / "requirements.lock").read_text().splitlines() if "==" in line and not line.startswith((" ", "#"))]
    constraints = tmp_path / "constraints.txt"
    constraints.write_text("\n".join(pins) + "\n")
    install = subprocess.run(
        [str(bin_ / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-c", str(constraints), str(ROOT)],
        capture_output=True, text=True, timeout=INSTALL_SECONDS, env=env,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr[-4000:]
    watchfloor = str(bin_ / "watchfloor")

    helped = subprocess.run([watchfloor, "--help"], capture_output=True, text=True, timeout=120, env=env)
    assert helped.returncode == 0, helped.stderr
    assert "ingest" in helped.stdout and "serve" in helped.stdout

    page = site.add("/news/held", Reply(body=(
        b"<html><head><title>Four held near the border</title></head><body><article><h1>Four held</h1>"
        b"<p>Police detained four Uzbek nationals near Hatay on Friday as they tried to cross into Syria,"
        b" the governor's office said.</p></article></body></html>"
    )))  # fmt: skip
    db = str(tmp_path / "wf.sqlite")
    ingested = subprocess.run(
        [watchfloor, "--db", db, "ingest", page, "--allow-private", "--host-delay", "0", "--published", "2020-01-03"],
        capture_output=True, text=True, timeout=600, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert ingested.returncode == 0, ingested.stderr[-4000:]
    assert "1 new, 0 unchanged, 0 failed" in ingested.stdout, ingested.stdout + ingested.stderr

    port = _free_port()
    server = subprocess.Popen(
        [watchfloor, "--db", db, "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, server.communicate()[1].decode()[-4000:]
            try:
                reply = httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "watchfloor serve did not answer in two minutes"
                time.sleep(0.5)
        assert reply.status_code == 200
        assert reply.json()["openapi"].startswith("3.")
    finally:
        server.terminate()
        server.wait(timeout=30)
