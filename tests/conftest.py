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


def postgres_url() -> str:
    """A throw-away PostgreSQL database (its URL from $WATCHFLOOR_TEST_PG, set by .ci/run), emptied.

    Skips on a user's machine without a server; on CI ($CI set) a missing server is a failure,
    so the PostgreSQL tests can never silently stop running there.
    """
    url = os.environ.get("WATCHFLOOR_TEST_PG")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("WATCHFLOOR_TEST_PG is not set on CI: .ci/run should have started PostgreSQL")
        pytest.skip("no PostgreSQL server: set WATCHFLOOR_TEST_PG to a database URL (see .ci/run)")
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return url
