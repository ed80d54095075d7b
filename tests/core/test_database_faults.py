"""When the database is gone or busy: 503 problem+json with Retry-After within seconds, never a hang or a 500."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text

from polylog.core.config import Settings
from polylog.core.db import Database
from polylog.main import create_app
from tests.factories import make_city

# Generous for a busy machine, still far from a hang.
FEW_SECONDS = 8


def _unreachable_app(settings: Settings, url: str) -> TestClient:
    app = create_app(
        settings.model_copy(
            update={
                "database_url": url,
                "database_connect_timeout_seconds": 2,
                "database_pool_timeout_seconds": 2,
            }
        )
    )
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def silent_listener() -> Iterator[int]:
    """A port that accepts TCP connections and never says a word, like a hung database host."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield listener.getsockname()[1]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("where", ["refused", "silent"])
def test_an_unreachable_database_is_503_with_retry_after_within_seconds(
    settings: Settings, silent_listener: int, where: str
) -> None:
    port = _closed_port() if where == "refused" else silent_listener
    url = f"postgresql+psycopg://polylog@127.0.0.1:{port}/polylog"
    with _unreachable_app(settings, url) as client:
        for path in ("/readyz", "/api/v1/initiatives", "/api/v1/cities/izmir"):
            started = time.monotonic()
            response = client.get(path, params={"lang": "tr"})
            elapsed = time.monotonic() - started

            assert response.status_code == 503, path
            assert response.headers["content-type"] == "application/problem+json"
            assert int(response.headers["retry-after"]) >= 1
            assert response.json()["title"] == "Hizmet kullanılamıyor"
            assert elapsed < FEW_SECONDS, f"{path} took {elapsed:.1f} s"
        # The process itself is up, and says so.
        assert client.get("/healthz").status_code == 200


@pytest.fixture
def impatient_app(settings: Settings) -> Iterator[FastAPI]:
    app = create_app(settings.model_copy(update={"database_lock_timeout_seconds": 1}))
    yield app
    app.state.database.dispose()


def test_a_lock_held_too_long_is_503_with_retry_after(
    impatient_app: FastAPI, database: Database
) -> None:
    make_city(database, "salo")
    locked = threading.Event()
    release = threading.Event()

    def hold_the_lock() -> None:
        with database.transaction() as session:
            if database.is_sqlite:
                # BEGIN IMMEDIATE has taken the write lock; make it real with a write.
                session.execute(text("UPDATE cities SET country_code = country_code"))
            else:
                session.execute(text("LOCK TABLE cities IN ACCESS EXCLUSIVE MODE"))
            locked.set()
            release.wait(FEW_SECONDS)

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    try:
        assert locked.wait(FEW_SECONDS)
        with TestClient(impatient_app, raise_server_exceptions=False) as client:
            started = time.monotonic()
            if database.is_sqlite:
                # Readers never wait in WAL mode; a writer does.
                response = client.post(
                    "/api/v1/auth/register",
                    json={
                        "email": "late@example.org",
                        "password": "a long enough password",
                        "display_name": "Late",
                        "preferred_language": "fi",
                    },
                    params={"lang": "fi"},
                )
            else:
                response = client.get("/api/v1/cities/salo", params={"lang": "fi"})
            elapsed = time.monotonic() - started
    finally:
        release.set()
        holder.join()

    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert int(response.headers["retry-after"]) >= 1
    assert response.json()["detail"] == "Tietokanta on varattu. Yritä hetken kuluttua uudelleen."
    assert elapsed < FEW_SECONDS
