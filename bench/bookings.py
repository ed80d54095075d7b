"""Bookings per second under 200 concurrent clients (PostgreSQL by default).

A real server (uvicorn, subprocess) on a fresh database; clients book seats
concurrently over HTTP; afterwards the database is checked for overbooking.

Usage: python -m bench.bookings [--clients 200] [--bookings 4000] [--databases postgresql,sqlite] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
from datetime import timedelta

import httpx2
from sqlalchemy import func, select

from bench._support import fresh_database, percentiles
from polylog.accounts.models import AccessToken, Membership, Role, User
from polylog.cities.models import City
from polylog.core import security
from polylog.core.db import Database, utcnow
from polylog.peer_sessions.models import Booking, BookingStatus, PeerSession, PeerSessionTranslation

SESSIONS = 20
CAPACITY = 150


def populate(url: str, people: int) -> tuple[list[str], list[int]]:
    database = Database(url)
    tokens = [security.new_token() for _ in range(people)]
    with database.transaction() as session:
        city = City(
            slug="salo",
            names={k: "Salo" for k in ("en", "tr", "fa", "fi")},
            country_code="FI",
            timezone="Europe/Helsinki",
            default_language="fi",
            latitude=60.38,
            longitude=23.13,
        )
        session.add(city)
        session.flush()
        users = [
            User(
                email=f"bench{n}@example.org",
                password_hash="!",
                display_name=f"Bench {n}",
                preferred_language="fi",
            )
            for n in range(people)
        ]
        session.add_all(users)
        session.flush()
        session.add(Membership(user_id=users[0].id, city_id=city.id, role=Role.ORGANISER))
        expires = utcnow() + timedelta(days=1)
        session.add_all(
            AccessToken(
                user_id=user.id, token_hash=security.token_digest(token), expires_at=expires
            )
            for user, token in zip(users, tokens, strict=True)
        )
        starts = utcnow() + timedelta(days=30)
        sessions = [
            PeerSession(
                host_city_id=city.id,
                kind="workshop",
                format="online",
                starts_at=starts,
                ends_at=starts + timedelta(hours=2),
                timezone="Europe/Helsinki",
                capacity=CAPACITY,
                languages=["fi"],
                original_language="fi",
            )
            for _ in range(SESSIONS)
        ]
        session.add_all(sessions)
        session.flush()
        session.add_all(
            PeerSessionTranslation(session_id=s.id, language="fi", title=f"Työpaja {s.id}")
            for s in sessions
        )
        session_ids = [s.id for s in sessions]
    database.dispose()
    return tokens, session_ids


async def hammer(
    base_url: str, tokens: list[str], session_ids: list[int], clients: int, total: int
) -> list[float]:
    jobs: asyncio.Queue[tuple[str, int]] = asyncio.Queue()
    for n in range(total):
        jobs.put_nowait(
            (tokens[n % len(tokens)], session_ids[(n // len(tokens)) % len(session_ids)])
        )
    latencies: list[float] = []
    limits = httpx2.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx2.AsyncClient(base_url=base_url, timeout=120, limits=limits) as http:

        async def client() -> None:
            while not jobs.empty():
                token, session_id = jobs.get_nowait()
                started = time.perf_counter()
                response = await http.post(
                    f"/api/v1/sessions/{session_id}/bookings",
                    json={"seats": 1},
                    headers={"Authorization": f"Bearer {token}"},
                )
                latencies.append((time.perf_counter() - started) * 1000)
                if response.status_code != 201:
                    raise RuntimeError(f"{response.status_code}: {response.text}")

        await asyncio.gather(*(client() for _ in range(clients)))
    return latencies


def serve(url: str, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = {
        **os.environ,
        "POLYLOG_DATABASE_URL": url,
        "POLYLOG_DEMO_DATA": "0",
        "POLYLOG_WORKER_IN_PROCESS": "0",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "polylog.asgi:app",
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
        env=environment,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx2.get(f"{base_url}/readyz").status_code == 200:
                return process, base_url
        except httpx2.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the server did not start")


def check(url: str) -> str:
    database = Database(url)
    with database.transaction(write=False) as session:
        confirmed = dict(
            session.execute(
                select(Booking.session_id, func.sum(Booking.seats))
                .where(Booking.status == BookingStatus.CONFIRMED)
                .group_by(Booking.session_id)
            ).all()
        )
        waiting = session.scalar(
            select(func.count()).where(Booking.status == BookingStatus.WAITLISTED)
        )
    database.dispose()
    worst = max(confirmed.values())
    assert worst <= CAPACITY, f"overbooked: {worst} > {CAPACITY}"
    return f"most confirmed seats in a session {worst}/{CAPACITY}, waitlisted {waiting}: no overbooking"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--bookings", type=int, default=4000)
    parser.add_argument("--databases", default="postgresql,sqlite")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    people = max(args.clients, args.bookings // SESSIONS)
    for kind in args.databases.split(","):
        with fresh_database(kind) as url:
            tokens, session_ids = populate(url, people)
            process, base_url = serve(url, args.workers)
            try:
                started = time.perf_counter()
                latencies = asyncio.run(
                    hammer(base_url, tokens, session_ids, args.clients, args.bookings)
                )
                elapsed = time.perf_counter() - started
            finally:
                process.terminate()
                process.wait(timeout=30)
            print(
                f"{kind}: {args.bookings} bookings by {args.clients} concurrent clients, "
                f"{args.workers} worker(s): {args.bookings / elapsed:.0f} bookings/s; {percentiles(latencies)}"
            )
            print(f"  {check(url)}")


if __name__ == "__main__":
    main()
