from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from polylog.core.db import Database
from polylog.models import metadata
from polylog.search.models import include_object


def test_the_migrations_build_exactly_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": include_object}
        )
        differences = compare_metadata(context, metadata)

    assert differences == []


def test_the_migrations_record_their_head(database: Database) -> None:
    assert "alembic_version" in inspect(database.engine).get_table_names()
