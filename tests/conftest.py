from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
if "WATCHFLOOR_SHARED_DATA" in os.environ:
    SHARED_DATA = Path(os.environ["WATCHFLOOR_SHARED_DATA"])


def shared_data(name: str) -> Path:
    """A folder of ../shared/data, or skip: a user's clone does not have it."""
    path = SHARED_DATA / name
    if not path.is_dir():
        pytest.skip(f"{path} is absent (evaluation data ships with the project's workspace, not the repository)")
    return path


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from watchfloor.pipeline import Pipeline

    return Pipeline()
