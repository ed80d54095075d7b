from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from polylog.core.db import Database
from polylog.core.migrate import alembic_config
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


def test_indicators_of_existing_initiatives_keep_their_city_after_the_upgrade(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'before.db'}"
    config = alembic_config(url)
    command.upgrade(config, "1bbfcfd85a9b")  # before indicators could belong to programmes
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cities (id, slug, names, country_code, timezone, default_language, "
                "latitude, longitude, created_at, updated_at) VALUES (7, 'salo', '{}', 'FI', "
                "'Europe/Helsinki', 'fi', 60.38, 23.13, '2026-01-01', '2026-01-01')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO initiatives (id, city_id, original_language, status, target_groups, "
                "partners, version, created_at, updated_at) VALUES (3, 7, 'fi', 'ongoing', '[]', "
                "'[]', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO indicators (id, initiative_id, name, unit, baseline, target, "
                "created_at) VALUES (5, 3, '{\"fi\": \"Päästöt\"}', 't', 100, 50, "
                "'2026-01-01 00:00:00')"
            )
        )

    command.upgrade(config, "head")

    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT city_id, initiative_id, programme_id FROM indicators WHERE id = 5")
        ).one()
    engine.dispose()
    assert tuple(row) == (7, 3, None)
