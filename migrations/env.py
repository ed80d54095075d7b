"""Alembic environment: the models' metadata and the database named by the settings."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from polylog.core.config import Settings
from polylog.core.db import UTCDateTime, build_engine
from polylog.models import metadata
from polylog.search.models import include_object

config = context.config


def _render_item(kind: str, item: object, _autogen_context: object) -> str | bool:
    """Migrations stay free of application types: UTCDateTime is a plain aware DateTime."""
    if kind == "type" and isinstance(item, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or Settings().database_url
    engine = build_engine(url)
    try:
        with engine.connect() as new_connection:
            _run(new_connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Polylog migrations run online only: set POLYLOG_DATABASE_URL.")
run_migrations_online()
