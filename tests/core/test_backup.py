"""`polylog backup` and `polylog restore`: back up, change everything, restore, and the data is back exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from polylog.accounts.models import Role
from polylog.cli import main
from polylog.core.db import Database
from polylog.models import metadata
from tests.factories import initiative_payload, make_city, make_person, session_payload


def _everything(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a fixed order."""
    rows: dict[str, list[tuple[Any, ...]]] = {}
    with database.transaction(write=False) as session:
        for table in metadata.sorted_tables:
            ordered = ", ".join(f'"{column.name}"' for column in table.primary_key.columns)
            result = session.execute(text(f'SELECT * FROM "{table.name}" ORDER BY {ordered}'))  # noqa: S608
            rows[table.name] = [tuple(row) for row in result]
    return rows


def _cli(database: Database, *arguments: str) -> str:
    url = database.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(main, list(arguments), env={"POLYLOG_DATABASE_URL": url})
    assert result.exit_code == 0, result.output
    return result.output


def test_a_backup_restores_everything_as_it_was(
    client: TestClient, database: Database, tmp_path: Path
) -> None:
    izmir = make_city(database, "izmir")
    salo = make_city(database, "salo")
    delegate = make_person(client, database, roles={izmir: [Role.DELEGATE], salo: [Role.ORGANISER]})
    created = client.post(
        "/api/v1/initiatives", json=initiative_payload(), headers=delegate.headers
    )
    assert created.status_code == 201
    initiative = created.json()["id"]
    edited = client.patch(
        f"/api/v1/initiatives/{initiative}",
        json={"status": "completed", "version": 1},
        headers=delegate.headers,
    )
    assert edited.status_code == 200
    peer_session = client.post("/api/v1/sessions", json=session_payload(), headers=delegate.headers)
    assert peer_session.status_code == 201
    booked = client.post(
        f"/api/v1/sessions/{peer_session.json()['id']}/bookings",
        json={"seats": 2},
        headers=delegate.headers,
    )
    assert booked.status_code == 201
    before = _everything(database)
    for table in ("revisions", "audit_entries", "bookings", "outbox_messages"):
        assert before[table], table

    backup = tmp_path / "backups" / "polylog.backup"
    assert "Backed up" in _cli(database, "backup", str(backup))
    assert backup.stat().st_size > 0

    # Change, add and delete after the backup.
    client.patch(
        f"/api/v1/initiatives/{initiative}",
        json={"status": "planned", "version": 2},
        headers=delegate.headers,
    )
    client.post("/api/v1/initiatives", json=initiative_payload(), headers=delegate.headers)
    client.delete(f"/api/v1/bookings/{booked.json()['id']}", headers=delegate.headers)
    assert _everything(database) != before

    assert "Restored" in _cli(database, "restore", "--yes", str(backup))

    assert _everything(database) == before
    # The restored database serves as before, and its ids go on where they were.
    shown = client.get(f"/api/v1/initiatives/{initiative}")
    assert (shown.json()["status"], shown.json()["version"]) == ("completed", 2)
    another = client.post(
        "/api/v1/initiatives", json=initiative_payload(), headers=delegate.headers
    )
    assert another.json()["id"] == initiative + 1
    assert set(inspect(database.engine).get_table_names()) >= set(metadata.tables)


def test_restore_refuses_a_file_that_is_no_backup(database: Database, tmp_path: Path) -> None:
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("hello", encoding="utf-8")
    url = database.engine.url.render_as_string(hide_password=False)

    result = CliRunner().invoke(
        main, ["restore", "--yes", str(not_a_backup)], env={"POLYLOG_DATABASE_URL": url}
    )

    assert result.exit_code != 0
    assert "is not a" in result.output


def test_without_the_postgresql_tools_the_message_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    result = CliRunner().invoke(
        main,
        ["backup", str(tmp_path / "x.backup")],
        env={"POLYLOG_DATABASE_URL": "postgresql+psycopg://polylog@127.0.0.1:1/polylog"},
    )

    assert result.exit_code != 0
    assert "pg_dump is not installed" in result.output
    assert "postgresql-client" in result.output
