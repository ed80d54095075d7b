"""The database: engine, declarative base, and the one place transactions are opened.

A request gets one session in one transaction (``get_session``). Code inside only
flushes; the transaction commits when the endpoint returns and rolls back on any
error. Background work uses ``transaction()`` the same way.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import DateTime, Engine, Enum, MetaData, create_engine, event
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.orm import DeclarativeBase, Session
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

READ_ONLY_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
POOL_SIZE = 10
POOL_OVERFLOW = 20
# Requests admitted at once (see AdmissionMiddleware): one pooled connection each.
POOL_CAPACITY = POOL_SIZE + POOL_OVERFLOW


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def string_enum(enum_class: type[enum.StrEnum], length: int = 20) -> Enum:
    """An enum stored as its values in a plain string column, the same on every database."""
    return Enum(
        enum_class, native_enum=False, length=length, values_callable=lambda e: [m.value for m in e]
    )


class UTCDateTime(TypeDecorator[datetime]):
    """An instant stored in UTC; always read back as an aware datetime.

    SQLite keeps no offset, so values are normalised on the way in and out.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; give an offset")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _configure_sqlite(engine: Engine, *, lock_timeout: float) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(lock_timeout * 1000)}")
        cursor.close()

    # pysqlite's own transaction handling is switched off (isolation_level=None)
    # so that writes can start with BEGIN IMMEDIATE: a writer takes the lock up
    # front instead of failing when it upgrades from a stale read snapshot.
    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait for the database before giving up (and answering 503)."""

    connect: int = 3
    pool: float = 5.0
    lock: float = 15.0


def build_engine(url: str, *, echo: bool = False, timeouts: Timeouts | None = None) -> Engine:
    timeouts = timeouts or Timeouts()
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        in_memory = not parsed.database or parsed.database == ":memory:"
        engine = create_engine(
            url,
            echo=echo,
            # An in-memory database lives in one connection, so it has no pool to size.
            **(
                {}
                if in_memory
                else {
                    "pool_size": POOL_SIZE,
                    "max_overflow": POOL_OVERFLOW,
                    "pool_timeout": timeouts.pool,
                }
            ),
            connect_args={
                "isolation_level": None,
                "check_same_thread": False,
                "timeout": timeouts.lock,
            },
        )
        _configure_sqlite(engine, lock_timeout=timeouts.lock)
        return engine
    return create_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        pool_size=POOL_SIZE,
        max_overflow=POOL_OVERFLOW,
        pool_timeout=timeouts.pool,
        connect_args={
            "connect_timeout": timeouts.connect,
            # A statement waiting this long for a lock fails (and is answered 503).
            "options": f"-c lock_timeout={int(timeouts.lock * 1000)}",
        },
    )


class Database:
    """An engine and the way units of work are opened on it."""

    def __init__(self, url: str, *, echo: bool = False, timeouts: Timeouts | None = None) -> None:
        self.engine = build_engine(url, echo=echo, timeouts=timeouts)
        self._write_bind = self.engine.execution_options(sqlite_immediate=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any exception."""
        session = Session(
            bind=self._write_bind if write else self.engine,
            expire_on_commit=False,
            autoflush=False,
        )
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def get_session(request: Request) -> Iterator[Session]:
    database: Database = request.app.state.database
    with database.transaction(write=request.method not in READ_ONLY_METHODS) as session:
        yield session


# scope="function": the transaction ends before the response is sent, so a
# failed commit becomes an error response and a 2xx means the data is stored.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
