"""What the store's mixins (accounts, reviews, search) need from `Store`: its engine and transactions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

import sqlalchemy as sa


class StoreBase:
    _engine: sa.Engine
    name: str

    if TYPE_CHECKING:

        def _write(self, input: str) -> AbstractContextManager[sa.Connection]: ...

        def _read(self) -> AbstractContextManager[sa.Connection]: ...


__all__ = ["Iterator", "StoreBase"]
