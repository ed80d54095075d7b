"""One mapping of database errors to problems: the client's for what it sent, 503 for a database away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import (
    DataError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    ProgrammingError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeout

from polylog.core.config import Settings
from polylog.core.errors import database_problem
from polylog.main import create_app


class _PostgresError(Exception):
    def __init__(self, message: str, sqlstate: str) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


def _wrapped(kind: type[Exception], orig: Exception) -> Exception:
    return kind("SELECT 1", {}, orig)  # type: ignore[call-arg]


CASES: list[tuple[str, Callable[[], Exception], int]] = [
    ("overflow", lambda: OverflowError("Python int too large to convert to SQLite INTEGER"), 422),
    ("data", lambda: _wrapped(DataError, ValueError("value out of range for type integer")), 422),
    ("integrity", lambda: _wrapped(IntegrityError, ValueError("UNIQUE constraint failed")), 409),
    ("sqlite-locked", lambda: _wrapped(OperationalError, ValueError("database is locked")), 503),
    (
        "pg-lock-timeout",
        lambda: _wrapped(OperationalError, _PostgresError("canceling statement", "55P03")),
        503,
    ),
    (
        "pg-deadlock",
        lambda: _wrapped(OperationalError, _PostgresError("deadlock detected", "40P01")),
        503,
    ),
    ("connection", lambda: _wrapped(OperationalError, ValueError("connection refused")), 503),
    ("interface", lambda: _wrapped(InterfaceError, ValueError("connection already closed")), 503),
    ("pool", lambda: PoolTimeout("QueuePool limit reached"), 503),
    ("our-bug", lambda: _wrapped(ProgrammingError, ValueError("no such column")), 500),
]


@pytest.mark.parametrize(("name", "make", "status"), CASES, ids=[case[0] for case in CASES])
def test_each_database_error_has_its_status(
    name: str, make: Callable[[], Exception], status: int
) -> None:
    problem = database_problem(make())

    assert problem.status == status
    if status == 503:
        busy = name in {"sqlite-locked", "pg-lock-timeout", "pg-deadlock"}
        assert int(problem.headers["Retry-After"]) == (2 if busy else 5)


@pytest.fixture
def failing_client(tmp_path: Path) -> TestClient:
    app = create_app(
        Settings(database_url=f"sqlite:///{tmp_path / 'x.db'}", frontend_dist=tmp_path / "dist")
    )
    for name, make, _status in CASES:

        def fail(make: Callable[[], Exception] = make) -> None:
            raise make()

        app.add_api_route(f"/api/v1/test-failure/{name}", fail)
        app.router.routes.insert(0, app.router.routes.pop())
    return TestClient(app, raise_server_exceptions=False)


@pytest.mark.parametrize(
    ("name", "status"), [(c[0], c[2]) for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_error_handler_answers_them_as_problems_in_the_readers_language(
    failing_client: TestClient, name: str, status: int
) -> None:
    response = failing_client.get(f"/api/v1/test-failure/{name}", params={"lang": "fa"})

    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["content-language"] == "fa"
    body = response.json()
    assert body["status"] == status
    assert not body["title"].isascii()  # in Persian, and not empty
    if status == 503:
        assert int(response.headers["retry-after"]) >= 1
