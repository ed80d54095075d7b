"""What the database is asked while a block runs: a list must not ask once per item."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from polylog.core.db import Database


@contextmanager
def statements_run(database: Database) -> Iterator[list[str]]:
    """The SQL statements run inside the block, in order."""
    statements: list[str] = []

    def listener(*args: Any) -> None:
        statements.append(args[2])

    event.listen(database.engine, "before_cursor_execute", listener)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", listener)
