"""Fixtures of the whole-API tests: the app over the demo data, and ids of its real rows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import text

from polylog.core.db import Database
from polylog.demo import loader
from tests.conftest import _empty_tables

# Path parameters that name a row: a third of the examples use a real one, so
# requests reach past "not found" into the rules.
REAL_ROWS = {
    "initiative_id": "initiatives",
    "practice_id": "practices",
    "session_id": "peer_sessions",
    "programme_id": "programmes",
    "action_id": "actions",
    "track_id": "tracks",
    "journey_id": "journeys",
    "indicator_id": "indicators",
    "booking_id": "bookings",
    "question_id": "practice_posts",
    "post_id": "practice_posts",
    "user_id": "users",
}
REAL_KEYS = {"slug": "izmir", "city": "izmir"}


@pytest.fixture(scope="module")
def demo_app(app: FastAPI) -> Iterator[FastAPI]:
    """The session's app over the demo data, emptied again for the tests that follow."""
    database: Database = app.state.database
    _empty_tables(database)
    with database.transaction() as session:
        loader.load(session)
    yield app
    _empty_tables(database)


def real_values(database: Database) -> dict[str, Any]:
    values: dict[str, Any] = dict(REAL_KEYS)
    with database.transaction(write=False) as session:
        for name, table in REAL_ROWS.items():
            found = session.execute(text(f"SELECT max(id) FROM {table}")).scalar()  # noqa: S608
            if found is not None:
                values[name] = found
        for name, table in (("stage_key", "journey_stages"), ("task_key", "journey_tasks")):
            found = session.execute(
                text(f"SELECT key FROM {table} WHERE journey_id = :id LIMIT 1"),  # noqa: S608
                {"id": values.get("journey_id", 0)},
            ).scalar()
            if found is not None:
                values[name] = found
    return values
