"""Alembic environment. `Store.open` passes its own connection (already inside a write
transaction) in `config.attributes["connection"]`; the alembic CLI can use `sqlalchemy.url`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from watchfloor.store.schema import metadata

config = context.config


def _migrate(connection: sa.Connection) -> None:
    # render_as_batch: future ALTERs on SQLite need table rebuilds.
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def _run() -> None:
    if context.is_offline_mode():
        context.configure(
            url=config.get_main_option("sqlalchemy.url"), target_metadata=metadata, literal_binds=True
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    connection = config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    engine = sa.create_engine(config.get_main_option("sqlalchemy.url", ""), poolclass=sa.NullPool)
    with engine.connect() as connection:
        _migrate(connection)
    engine.dispose()


_run()
