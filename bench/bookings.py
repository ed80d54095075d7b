"""Bookings per second under 200 concurrent clients (PostgreSQL by default).

A real server (uvicorn, subprocess) on a fresh database; clients book seats
concurrently over HTTP; afterwards the database is checked for overbooking.

Usage: python -m bench.bookings [--clients 200] [--bookings 4000] [--databases postgresql,sqlite] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from datetime import timedelta

import httpx2
from sqlalchemy import func, select

from bench._support import add_workshops, fresh_database, percentiles, polylog_server
from polylog.accounts.models import AccessToken, Membership, Role, User
from polylog.cities.models import City
from polylog.core import security
from polylog.core.db import Database, utcnow
from polylog.peer_sessions.models import Booking, BookingStatus

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
        sessions = add_workshops(
            session,
            city_id=city.id,
            starts=[starts] * SESSIONS,
            timezone="Europe/Helsinki",
            capacity=CAPACITY,
            languages=["fi"],
            title="Työpaja {}",
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
            with polylog_server(url, args.workers) as base_url:
                started = time.perf_counter()
                latencies = asyncio.run(
                    hammer(base_url, tokens, session_ids, args.clients, args.bookings)
                )
                elapsed = time.perf_counter() - started
            print(
                f"{kind}: {args.bookings} bookings by {args.clients} concurrent clients, "
                f"{args.workers} worker(s): {args.bookings / elapsed:.0f} bookings/s; {percentiles(latencies)}"
            )
            print(f"  {check(url)}")


if __name__ == "__main__":
    main()
