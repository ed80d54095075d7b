"""Polylog beside the bare stack it stands on, measured alternately in one run (issue 15).

Each round measures a bare ceiling and Polylog's equivalent one after the other
(the order flips every round); the table shows the median of the rounds and the
ratio against its goal:

- lists: req/s of ``GET /api/v1/initiatives?per_page=20`` and ``GET /api/v1/sessions``
  (uvicorn, 1 worker, PostgreSQL) against a bare FastAPI endpoint with a declared
  return type returning a payload of the same size (``bench.bare_app``), fixed concurrency;
- search: p95 of the whole ``GET /api/v1/search`` request against the p95 of a bare
  PostgreSQL ``ts_rank_cd`` top-20 over one document per initiative; SQLite beside;
- bookings: 200 concurrent clients, 2 workers, PostgreSQL, against a bare FastAPI
  endpoint booking in one transaction with a row lock; overbooking checked for both;
- map: whole world and a city view, p95, and the first request after a change.

The machine's load is printed at the start and with every section: figures taken
while other work runs are upper bounds for latency and lower bounds for rates.

Usage: python -m bench.ceilings [--quick] [--count 100000] [--rounds 3] [--databases postgresql,sqlite]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx2
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from bench import bookings, search_latency
from bench._support import (
    POSTGRES_ADMIN_URL,
    add_workshops,
    fresh_database,
    polylog_server,
    uvicorn_server,
)
from polylog.cities.models import City
from polylog.core.config import Settings
from polylog.core.db import Database, utcnow
from polylog.core.migrate import upgrade
from polylog.main import create_app

WORLD: dict[str, str | int] = {"bbox": "-180,-85,180,85", "zoom": 2}
CITY: dict[str, str | int] = {"bbox": "26.95,38.30,27.35,38.55", "zoom": 11}  # Izmir
LIST_PATHS = {
    "initiatives": "/api/v1/initiatives?per_page=20",
    "sessions": "/api/v1/sessions",
}


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(len(ordered) * 0.95) - 1)]


@dataclass
class Row:
    """One line of the table: per-round values of the bare ceiling and of Polylog."""

    name: str
    unit: str
    goal: str
    # (bare median, Polylog median) → whether the goal is met.
    met: Callable[[float | None, float], bool]
    bare: list[float] = field(default_factory=list)
    polylog: list[float] = field(default_factory=list)

    def cells(self) -> list[str]:
        bare = statistics.median(self.bare) if self.bare else None
        ours = statistics.median(self.polylog) if self.polylog else math.nan
        ratio = f"{ours / bare:.2f}" if bare else "–"
        verdict = "yes" if self.polylog and self.met(bare, ours) else "no"
        bare_cell = f"{bare:,.1f}" if bare is not None else "–"
        return [self.name, self.unit, bare_cell, f"{ours:,.1f}", ratio, self.goal, verdict]


# --- lists: requests per second -------------------------------------------------


async def _rate_httpx(url: str, connections: int, seconds: float) -> float:
    done = 0
    stop = time.perf_counter() + seconds
    limits = httpx2.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx2.AsyncClient(
        timeout=60, limits=limits, headers={"Accept-Encoding": "identity"}
    ) as http:

        async def client() -> None:
            nonlocal done
            while time.perf_counter() < stop:
                response = await http.get(url)
                assert response.status_code == 200, response.text
                done += 1

        started = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(connections)))
        return done / (time.perf_counter() - started)


def rate(url: str, connections: int, seconds: float) -> float:
    """Requests per second at a fixed concurrency: wrk when installed, else an httpx2 client."""
    wrk = shutil.which("wrk")
    if wrk:
        output = subprocess.run(
            [wrk, "-t1", f"-c{connections}", f"-d{seconds:.0f}s", url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if "Non-2xx" in output:
            raise RuntimeError(f"{url} answered errors:\n{output}")
        found = re.search(r"Requests/sec:\s+([\d.]+)", output)
        assert found, output
        return float(found.group(1))
    return asyncio.run(_rate_httpx(url, connections, seconds))


def add_sessions(database: Database, count: int) -> None:
    """Upcoming sessions hosted by the first city, with a title, for ``GET /api/v1/sessions``."""
    with database.transaction() as session:
        city = session.scalars(select(City).order_by(City.id)).first()
        assert city is not None
        starts = utcnow() + timedelta(days=30)
        add_workshops(
            session,
            city_id=city.id,
            starts=[starts + timedelta(days=n) for n in range(count)],
            timezone="Europe/Istanbul",
            capacity=40,
            languages=["tr", "en"],
            title="Atölye {}: iklim uyumu",
        )


# --- search and map: latencies ----------------------------------------------------


def bare_documents(url: str) -> None:
    """One tsvector per initiative (all its languages), GIN-indexed: the bare ceiling's table."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(
            "CREATE TABLE bare_documents (id integer PRIMARY KEY, tsv tsvector NOT NULL)"
        )
        connection.exec_driver_sql(
            "INSERT INTO bare_documents SELECT initiative_id, to_tsvector('simple', "
            "string_agg(title || ' ' || summary || ' ' || description, ' ')) "
            "FROM initiative_translations GROUP BY initiative_id"
        )
        connection.exec_driver_sql(
            "CREATE INDEX bare_documents_tsv ON bare_documents USING gin (tsv)"
        )
        connection.exec_driver_sql("VACUUM ANALYZE")
    engine.dispose()


def bare_search(url: str, queries: list[str]) -> list[float]:
    engine = create_engine(url)
    statement = text(
        "SELECT id, ts_rank_cd(tsv, query) AS rank FROM bare_documents, "
        "plainto_tsquery('simple', :q) AS query WHERE tsv @@ query ORDER BY rank DESC LIMIT 20"
    )
    samples = []
    with engine.connect() as connection:
        for query in queries[:5]:  # warm-up
            connection.execute(statement, {"q": query}).all()
        for query in queries:
            started = time.perf_counter()
            connection.execute(statement, {"q": query}).all()
            samples.append((time.perf_counter() - started) * 1000)
    engine.dispose()
    return samples


def timed_gets(http: httpx2.Client, path: str, params: list[dict[str, str | int]]) -> list[float]:
    samples = []
    for query in params:
        started = time.perf_counter()
        response = http.get(path, params=query)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.text
    return samples


def touch_initiative(url: str, number: int) -> None:
    """A change as an edit makes one: the initiative's ``updated_at`` moves."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE initiatives SET updated_at = :now WHERE id = :id"),
            {"now": datetime.now(UTC), "id": number},
        )
    engine.dispose()


# --- bookings ---------------------------------------------------------------------


def bare_booking_tables(url: str, session_ids: list[int]) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TABLE bare_sessions (id integer PRIMARY KEY, capacity integer NOT NULL)"
        )
        connection.exec_driver_sql(
            "CREATE TABLE bare_bookings (id serial PRIMARY KEY, session_id integer NOT NULL "
            "REFERENCES bare_sessions, seats integer NOT NULL, status varchar(20) NOT NULL)"
        )
        connection.exec_driver_sql(
            "CREATE INDEX bare_bookings_session ON bare_bookings (session_id)"
        )
        connection.execute(
            text("INSERT INTO bare_sessions VALUES (:id, :capacity)"),
            [{"id": n, "capacity": bookings.CAPACITY} for n in session_ids],
        )
    engine.dispose()


def bare_overbooking(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as connection:
        worst = connection.execute(
            text(
                "SELECT coalesce(max(taken), 0) FROM (SELECT sum(seats) AS taken FROM bare_bookings"
                " WHERE status = 'confirmed' GROUP BY session_id) AS t"
            )
        ).scalar_one()
    engine.dispose()
    return max(0, int(worst) - bookings.CAPACITY)


def booking_round(
    clients: int, total: int, workers: int, polylog_first: bool
) -> tuple[float, float]:
    """(bare bookings/s, Polylog bookings/s) on a fresh PostgreSQL database; both checked."""
    people = max(clients, total // bookings.SESSIONS)
    with fresh_database("postgresql") as url:
        tokens, session_ids = bookings.populate(url, people)
        bare_booking_tables(url, session_ids)
        rates: dict[str, float] = {}
        order = ["polylog", "bare"] if polylog_first else ["bare", "polylog"]
        for which in order:
            serving = (
                polylog_server(url, workers)
                if which == "polylog"
                else uvicorn_server("bench.bare_app:app", workers, {"BENCH_DATABASE_URL": url})
            )
            with serving as base_url:
                started = time.perf_counter()
                asyncio.run(bookings.hammer(base_url, tokens, session_ids, clients, total))
                rates[which] = total / (time.perf_counter() - started)
        bookings.check(url)  # raises when Polylog overbooked
        over = bare_overbooking(url)
        assert over == 0, f"the bare endpoint overbooked by {over}"
        with Database(url).transaction(write=False) as session:
            from polylog.peer_sessions.models import Booking

            assert session.scalar(select(func.count()).select_from(Booking)) == total
    return rates["bare"], rates["polylog"]


# --- the run ------------------------------------------------------------------------


def at_most(limit: float) -> Callable[[float | None, float], bool]:
    return lambda _bare, ours: ours <= limit


def share_of_bare(share: float) -> Callable[[float | None, float], bool]:
    return lambda bare, ours: bare is not None and ours >= share * bare


def fill(kind: str, url: str, count: int) -> None:
    started = time.perf_counter()
    app = create_app(Settings(database_url=url, demo_data=False))
    search_latency.populate(app.state.database, count, located=True)
    add_sessions(app.state.database, 20)
    if kind == "postgresql":
        autocommit = app.state.database.engine.execution_options(isolation_level="AUTOCOMMIT")
        with autocommit.connect() as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")
    app.state.database.dispose()
    if kind == "postgresql":
        bare_documents(url)
    print(
        f"{kind}: {count:,} initiatives loaded in {time.perf_counter() - started:.0f} s ({load()})"
    )


def kept_database(kind: str, count: int) -> str:
    """A new database that outlives the run, to measure again with ``--{kind}-url``."""
    name = f"polylog_ceilings_{count}"
    if kind == "sqlite":
        path = Path(tempfile.gettempdir()) / f"{name}.db"
        for leftover in path.parent.glob(f"{name}.db*"):
            leftover.unlink()
        url = f"sqlite:///{path}"
    else:
        admin_url = make_url(POSTGRES_ADMIN_URL)
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        admin.dispose()
        url = admin_url.set(database=name).render_as_string(hide_password=False)
    upgrade(url)
    return url


def measure_database(
    kind: str, args: argparse.Namespace, rows: dict[str, Row], rounds: int
) -> None:
    given = getattr(args, f"{kind}_url")
    if args.keep and not given:
        given = kept_database(kind, args.count)
        fill(kind, given, args.count)
        print(f"  kept: --{kind}-url {given}")
    elif given:
        upgrade(given)  # a database filled by an earlier run: only the newer migrations
        print(f"{kind}: {given}, filled before ({load()})")
    with contextlib.nullcontext(given) if given else fresh_database(kind) as url:
        if not given:
            fill(kind, url, args.count)
        with polylog_server(url, 1) as base_url:
            http = httpx2.Client(base_url=base_url, timeout=60)
            sizes = {
                name: len(http.get(path, headers={"Accept-Encoding": "identity"}).content)
                for name, path in LIST_PATHS.items()
            }
            bare_environment = {
                "BENCH_INITIATIVES_BYTES": str(sizes["initiatives"]),
                "BENCH_SESSIONS_BYTES": str(sizes["sessions"]),
            }
            queries: list[dict[str, str | int]] = [
                {"q": q, "lang": "fi"} for q in search_latency.QUERIES
            ]
            timed_gets(http, "/api/v1/search", queries)  # warm-up
            for view in (WORLD, CITY):
                timed_gets(http, "/api/v1/map/initiatives", [view])
            with uvicorn_server("bench.bare_app:app", 1, bare_environment) as bare_url:
                if kind == "postgresql":
                    print(
                        f"  list payloads: initiatives {sizes['initiatives']:,} B, "
                        f"sessions {sizes['sessions']:,} B"
                    )
                for number in range(rounds):
                    polylog_first = number % 2 == 1
                    print(f"  round {number + 1}/{rounds} ({load()})", flush=True)
                    if kind == "postgresql":
                        for name, path in LIST_PATHS.items():
                            row = rows[f"list {name}"]
                            for which in (
                                ["polylog", "bare"] if polylog_first else ["bare", "polylog"]
                            ):
                                target = (
                                    base_url + path if which == "polylog" else f"{bare_url}/{name}"
                                )
                                value = rate(target, args.connections, args.seconds)
                                (row.polylog if which == "polylog" else row.bare).append(value)
                    samples = queries * args.search_passes
                    search_row = rows[f"search {kind}"]
                    for which in ["polylog", "bare"] if polylog_first else ["bare", "polylog"]:
                        if which == "polylog":
                            search_row.polylog.append(
                                p95(timed_gets(http, "/api/v1/search", samples))
                            )
                        elif kind == "postgresql":
                            search_row.bare.append(
                                p95(bare_search(url, [str(s["q"]) for s in samples]))
                            )
                    for view_name, view in (("world", WORLD), ("city", CITY)):
                        touch_initiative(url, number + 1)
                        first = timed_gets(http, "/api/v1/map/initiatives", [view])[0]
                        rows[f"map {view_name} first after change {kind}"].polylog.append(first)
                        warm = timed_gets(
                            http, "/api/v1/map/initiatives", [view] * args.map_requests
                        )
                        rows[f"map {view_name} {kind}"].polylog.append(p95(warm))
            http.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="A small run, about a minute.")
    parser.add_argument("--count", type=int, help="Initiatives (default 100,000; quick 5,000).")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--databases", default="postgresql,sqlite")
    parser.add_argument("--connections", type=int, default=32, help="Concurrency of the lists.")
    parser.add_argument("--seconds", type=float, help="Per list measurement (default 5; quick 2).")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--bookings", type=int, help="Per round (default 4,000; quick 1,000).")
    parser.add_argument("--workers", type=int, default=2, help="Of the booking servers.")
    for kind in ("postgresql", "sqlite"):
        parser.add_argument(
            f"--{kind}-url", help=f"A {kind} database filled by an earlier run (see --keep)."
        )
    parser.add_argument(
        "--keep", action="store_true", help="Fill databases that stay, and print their URLs."
    )
    parser.add_argument("--skip", default="", help="Sections to leave out: bookings.")
    args = parser.parse_args()
    args.count = args.count or (5_000 if args.quick else 100_000)
    args.seconds = args.seconds or (2 if args.quick else 5)
    args.bookings = args.bookings or (1_000 if args.quick else 4_000)
    args.search_passes = 1 if args.quick else 2
    args.map_requests = 10 if args.quick else 30
    kinds = args.databases.split(",")

    started = datetime.now(UTC)
    print(
        f"bench.ceilings {started:%Y-%m-%d %H:%M} UTC, {platform.node()}, "
        f"{platform.processor() or platform.machine()}, {load()}"
    )
    print(
        f"{args.count:,} initiatives, {args.rounds} alternating rounds, lists at "
        f"{args.connections} connections for {args.seconds:.0f} s "
        f"({'wrk' if shutil.which('wrk') else 'httpx2'}), bookings {args.bookings:,} by "
        f"{args.clients} clients"
    )
    rows: dict[str, Row] = {}

    def add(row: Row) -> None:
        rows[row.name] = row

    if "postgresql" in kinds:
        for name in LIST_PATHS:
            add(Row(f"list {name}", "req/s", "≥ 50 % of bare", share_of_bare(0.5)))
    for kind in kinds:
        if kind == "postgresql":
            add(
                Row(
                    "search postgresql",
                    "p95 ms",
                    "≤ 30 ms and < bare",
                    lambda bare, ours: ours <= 30 and bare is not None and ours < bare,
                )
            )
        else:
            add(Row(f"search {kind}", "p95 ms", "≤ 60 ms", at_most(60)))
        for view in ("world", "city"):
            add(Row(f"map {view} {kind}", "p95 ms", "≤ 30 ms", at_most(30)))
            add(Row(f"map {view} first after change {kind}", "ms", "≤ 30 ms", at_most(30)))
    if "bookings" not in args.skip and "postgresql" in kinds:
        add(Row("bookings postgresql", "bookings/s", "≥ 50 % of bare", share_of_bare(0.5)))

    for kind in kinds:
        measure_database(kind, args, rows, args.rounds)
    if "bookings postgresql" in rows:
        row = rows["bookings postgresql"]
        for number in range(args.rounds):
            print(f"  bookings round {number + 1}/{args.rounds} ({load()})", flush=True)
            bare, ours = booking_round(args.clients, args.bookings, args.workers, number % 2 == 1)
            row.bare.append(bare)
            row.polylog.append(ours)
        print("  bookings: no overbooking, bare or Polylog")

    header = ["measure", "unit", "bare", "Polylog", "ratio", "goal", "met"]
    table = [header, ["---"] * len(header)] + [row.cells() for row in rows.values()]
    print()
    print(f"Medians of {args.rounds} rounds, {started:%Y-%m-%d}, {load()} at the end:")
    for line in table:
        print("| " + " | ".join(line) + " |")


if __name__ == "__main__":
    main()
