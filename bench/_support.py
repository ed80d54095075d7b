"""Shared set-up for the benchmarks: a fresh database (SQLite file or PostgreSQL) built by the
migrations, synthetic rows to fill it, and a real server to measure over HTTP."""

from __future__ import annotations

import contextlib
import math
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx2
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from polylog.cities.models import City
from polylog.core.migrate import upgrade
from polylog.peer_sessions.models import PeerSession, PeerSessionTranslation
from polylog.programmes.models import Programme, ProgrammeTranslation

POSTGRES_ADMIN_URL = os.environ.get(
    "POLYLOG_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
# The cities the search benchmarks spread their items over: names, and the language they write in.
CITIES = {
    "izmir": ({"en": "Izmir", "tr": "İzmir", "fa": "ازمیر", "fi": "Izmir"}, "tr"),
    "balikesir": (
        {"en": "Balikesir", "tr": "Balıkesir", "fa": "بالیکسیر", "fi": "Balıkesir"},
        "tr",
    ),
    "rasht": ({"en": "Rasht", "tr": "Reşt", "fa": "رشت", "fi": "Rasht"}, "fa"),
    "isfahan": ({"en": "Isfahan", "tr": "İsfahan", "fa": "اصفهان", "fi": "Isfahan"}, "fa"),
    "salo": ({"en": "Salo", "tr": "Salo", "fa": "سالو", "fi": "Salo"}, "fi"),
}


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


def title_rows(initiative_ids: Iterable[int], *, language: str, title: str) -> list[dict[str, Any]]:
    """One translation per initiative for a bulk insert: a title (``title`` with the id in place
    of ``{}``) and empty texts."""
    return [
        {
            "initiative_id": i,
            "language": language,
            "title": title.format(i),
            "summary": "",
            "description": "",
            "purpose": "",
        }
        for i in initiative_ids
    ]


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


def add_workshops(
    session: Session,
    *,
    city_id: int,
    starts: Iterable[datetime],
    timezone: str,
    capacity: int,
    languages: list[str],
    title: str,
) -> list[PeerSession]:
    """Two-hour online workshops hosted by the city, one beginning at each of ``starts``, held in
    ``languages`` (the first is the original), titled ``title`` with its id in place of ``{}``."""
    workshops = [
        PeerSession(
            host_city_id=city_id,
            kind="workshop",
            format="online",
            starts_at=begins,
            ends_at=begins + timedelta(hours=2),
            timezone=timezone,
            capacity=capacity,
            languages=languages,
            original_language=languages[0],
        )
        for begins in starts
    ]
    session.add_all(workshops)
    session.flush()
    session.add_all(
        PeerSessionTranslation(
            session_id=workshop.id, language=languages[0], title=title.format(workshop.id)
        )
        for workshop in workshops
    )
    return workshops


# --- a real server --------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def uvicorn_server(application: str, workers: int, environment: dict[str, str]) -> Iterator[str]:
    """uvicorn serving ``application`` on a free port, until the block ends; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            application,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        env={**os.environ, **environment},
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240  # a loaded machine imports slowly
        while True:
            try:
                httpx2.get(f"{base_url}/healthz")  # any answer: it is listening
                break
            except httpx2.HTTPError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError(f"{application} did not start")
            time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=30)


def polylog_server(url: str, workers: int) -> contextlib.AbstractContextManager[str]:
    """Polylog on the database at ``url``, without the demo and without the in-process worker
    (its jobs would compete with what is measured)."""
    return uvicorn_server(
        "polylog.asgi:app",
        workers,
        {"POLYLOG_DATABASE_URL": url, "POLYLOG_DEMO_DATA": "0", "POLYLOG_WORKER_IN_PROCESS": "0"},
    )
