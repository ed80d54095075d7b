"""Shared set-up for the benchmarks: a fresh database (SQLite file or PostgreSQL) built by the migrations."""

from __future__ import annotations

import contextlib
import math
import os
import secrets
import statistics
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from polylog.cities.models import City
from polylog.core.migrate import upgrade
from polylog.programmes.models import Programme, ProgrammeTranslation

POSTGRES_ADMIN_URL = os.environ.get(
    "POLYLOG_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@contextlib.contextmanager
def fresh_database(kind: str, *, keep: bool = False) -> Iterator[str]:
    """A new, migrated database; dropped afterwards unless ``keep`` (then measured again
    with ``--url`` without filling it anew)."""
    if kind == "sqlite":
        if keep:
            url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
            upgrade(url)
            yield url
            return
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{Path(folder) / 'bench.db'}"
            upgrade(url)
            yield url
        return
    admin_url = make_url(POSTGRES_ADMIN_URL)
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"polylog_bench_{secrets.token_hex(4)}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = admin_url.set(database=name).render_as_string(hide_password=False)
        upgrade(url)
        yield url
    finally:
        if not keep:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def percentiles(samples_ms: list[float]) -> str:
    ordered = sorted(samples_ms)
    p95 = ordered[max(0, math.ceil(len(ordered) * 0.95) - 1)]  # nearest rank
    return f"p50 {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms   (n={len(ordered)})"


def add_city(session: Session, *, slug: str, names: dict[str, str], language: str) -> City:
    """A city for synthetic data; where it lies does not matter to the benchmarks."""
    city = City(
        slug=slug,
        names=names,
        country_code="TR",
        timezone="Europe/Istanbul",
        default_language=language,
        latitude=38.0,
        longitude=27.0,
    )
    session.add(city)
    session.flush()
    return city


def initiative_row(*, city_id: int, language: str, now: datetime, **extra: Any) -> dict[str, Any]:
    """One synthetic initiative for a bulk insert."""
    return {
        "city_id": city_id,
        "original_language": language,
        "status": "ongoing",
        "target_groups": [],
        "partners": [],
        "version": 1,
        "created_at": now,
        "updated_at": now,
        **extra,
    }


def add_programme(
    session: Session, *, city_id: int, language: str, kind: str, title: str, now: datetime
) -> Programme:
    """A programme for 2024-2030 with its title in one language, written as rows."""
    programme = Programme(
        city_id=city_id,
        original_language=language,
        kind=kind,
        period_start=date(2024, 1, 1),
        period_end=date(2030, 12, 31),
        created_at=now,
        updated_at=now,
    )
    session.add(programme)
    session.flush()
    session.add(ProgrammeTranslation(programme_id=programme.id, language=language, title=title))
    session.flush()
    return programme
