"""Test fixtures: a fresh database per run on SQLite and on PostgreSQL, built by the migrations.

Every API test runs once per database. Tables are emptied between tests, so no
test depends on another's data or order.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from polylog.core.config import Settings
from polylog.core.db import Database
from polylog.core.migrate import upgrade
from polylog.core.rate_limit import LoginThrottle
from polylog.main import create_app
from polylog.models import metadata
from tests.factories import load_demo

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _postgres_admin_url() -> str:
    return os.environ.get("POLYLOG_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    """Argon2 at its lowest cost: the tests hash hundreds of passwords, and strength is not their subject."""
    from argon2 import PasswordHasher

    from polylog.core import security

    production = security._hasher
    security._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield
    security._hasher = production


@pytest.fixture(scope="session")
def postgres_database_url() -> Iterator[str]:
    admin_url = make_url(_postgres_admin_url())
    admin_engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin_engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError:
        admin_engine.dispose()
        pytest.skip(
            f"PostgreSQL does not answer at {admin_url.render_as_string()}: not tested on it"
        )
    name = f"polylog_test_{os.getpid()}_{secrets.token_hex(4)}"
    with admin_engine.connect() as connection:
        connection.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin_engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin_engine.dispose()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'polylog.db'}"
    else:
        url = request.getfixturevalue("postgres_database_url")
    upgrade(url)
    return url


@pytest.fixture(scope="session")
def settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        database_url=database_url,
        demo_data=False,
        frontend_dist=tmp_path_factory.mktemp("no-frontend") / "dist",
        # Search by words only: the search tests run again with the model (tests/search).
        semantic=False,
    )


@pytest.fixture(scope="session")
def app(settings: Settings) -> Iterator[FastAPI]:
    application = create_app(settings)
    yield application
    application.state.database.dispose()


@pytest.fixture
def database(app: FastAPI) -> Iterator[Database]:
    db: Database = app.state.database
    yield db
    _empty_tables(db)


def _empty_tables(db: Database) -> None:
    tables = [table.name for table in reversed(metadata.sorted_tables)]
    with db.transaction() as session:
        if db.is_sqlite:
            for table in tables:
                session.execute(text(f'DELETE FROM "{table}"'))  # noqa: S608 - our own table names
        else:
            quoted = ", ".join(f'"{table}"' for table in tables)
            session.execute(text(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE"))


@pytest.fixture
def demo(database: Database) -> Database:
    """The database with the demo cities, people and content, as `polylog load-demo` loads them."""
    load_demo(database)
    return database


@pytest.fixture
def client(app: FastAPI, database: Database, settings: Settings) -> Iterator[TestClient]:
    # Failed sign-ins are counted per app; each test starts with a clean slate.
    app.state.login_throttle = LoginThrottle(
        "memory://",
        per_account=settings.failed_login_limit_per_account,
        per_address=settings.failed_login_limit_per_address,
        window_seconds=settings.failed_login_window_seconds,
    )
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def project_root() -> Path:
    return Path(__file__).resolve().parents[1]
