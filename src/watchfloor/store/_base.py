"""What the store's mixins (accounts, reviews, search, clusters) need from `Store`: its engine and
transactions. `Store` itself defines them; this only tells the type checker."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

import sqlalchemy as sa


class StoreBase:
    _engine: sa.Engine
    name: str

    if TYPE_CHECKING:

        def _write(self, input: str) -> AbstractContextManager[sa.Connection]: ...

        def _read(self) -> AbstractContextManager[sa.Connection]: ...
