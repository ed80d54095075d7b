"""Backing up the database to one file and restoring it from one, on SQLite and PostgreSQL.

SQLite uses its online backup API: a consistent copy while the app keeps
serving, and a restore that replaces the live database's pages in one step.
PostgreSQL uses its own tools, ``pg_dump`` (custom format, one consistent
snapshot) and ``pg_restore`` (in one transaction, replacing what is there).
Everything is in the file: content, revisions, bookings, the outbox and the
audit log.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url

SQLITE_HEADER = b"SQLite format 3\x00"
PG_DUMP_HEADER = b"PGDMP"


class BackupError(Exception):
    """Why a backup or a restore could not be made; the message is for the operator."""


def _sqlite_path(url: URL) -> Path:
    if not url.database or url.database == ":memory:":
        raise BackupError("An in-memory SQLite database cannot be backed up.")
    return Path(url.database)


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection string without the password, and the environment that carries it."""
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            f"{name} is not installed, and PostgreSQL databases are backed up and restored "
            f"with PostgreSQL's own tools: install its client programs "
            f"(Debian: apt-get install postgresql-client) and try again."
        )
    return found


def _run(command: list[str], env: dict[str, str]) -> None:
    finished = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603 - our own arguments
    if finished.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} failed: {finished.stderr.strip()}")


def _sqlite_copy(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """Copies ``source`` into ``target`` with SQLite's online backup, then closes both."""
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def backup(database_url: str, target: Path) -> None:
    """Writes a consistent copy of the database to ``target`` (replacing that file)."""
    url = make_url(database_url)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    if url.get_backend_name() == "sqlite":
        live_path = _sqlite_path(url)
        if not live_path.is_file():
            raise BackupError(f"There is no database at {live_path}.")
        _sqlite_copy(sqlite3.connect(live_path), sqlite3.connect(partial))
    elif url.get_backend_name() == "postgresql":
        dsn, env = _libpq(url)
        _run([_tool("pg_dump"), "--format=custom", f"--file={partial}", f"--dbname={dsn}"], env)
    else:
        raise BackupError(f"Backups of {url.get_backend_name()} databases are not supported.")
    # Only a finished backup takes the name: a failure never leaves half a file there.
    partial.replace(target)


def _check_header(source: Path, header: bytes, what: str) -> None:
    if not source.is_file():
        raise BackupError(f"There is no file at {source}.")
    with source.open("rb") as file:
        if file.read(len(header)) != header:
            raise BackupError(f"{source} is not {what}.")


def restore(database_url: str, source: Path) -> None:
    """Replaces everything in the database with the backup in ``source``."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        _check_header(source, SQLITE_HEADER, "a SQLite backup")
        target_path = _sqlite_path(url)
        target_path.parent.mkdir(parents=True, exist_ok=True)
        _sqlite_copy(
            sqlite3.connect(f"file:{source}?mode=ro", uri=True),
            sqlite3.connect(target_path, timeout=30),
        )
    elif url.get_backend_name() == "postgresql":
        _check_header(source, PG_DUMP_HEADER, "a PostgreSQL backup (pg_dump's custom format)")
        dsn, env = _libpq(url)
        _run(
            [
                _tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={dsn}",
                str(source),
            ],
            env,
        )
    else:
        raise BackupError(f"Backups of {url.get_backend_name()} databases are not supported.")
