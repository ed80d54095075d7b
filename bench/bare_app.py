"""The bare stack Polylog is measured against (``bench.ceilings``): FastAPI, Pydantic, SQLAlchemy.

No middleware, no language, no authentication. ``GET /initiatives`` and
``GET /sessions`` return a typed page of 20 items padded to the byte sizes in
``BENCH_INITIATIVES_BYTES`` and ``BENCH_SESSIONS_BYTES`` (Polylog's own responses);
``POST /api/v1/sessions/{id}/bookings`` books one seat in one transaction with a
row lock on ``bare_sessions`` of ``BENCH_DATABASE_URL`` (the tables ``ceilings`` makes).

Served by uvicorn: ``bench.bare_app:app``.
"""

from __future__ import annotations

import datetime as dt
import os

from fastapi import FastAPI, status
from pydantic import BaseModel
from sqlalchemy import create_engine, text

PAGE = 20


class Location(BaseModel):
    lat: float
    lng: float
    district: str | None


class Item(BaseModel):
    id: int
    city: str
    title: str
    summary: str
    language: str
    languages: list[str]
    original_language: str
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    sdgs: list[int]
    themes: list[str]
    updated_at: dt.datetime
    location: Location | None


class Page(BaseModel):
    items: list[Item]
    total: int
    page: int
    per_page: int


class Booking(BaseModel):
    id: int
    session_id: int
    seats: int
    status: str


def _item(number: int, summary: str) -> Item:
    return Item(
        id=number,
        city="izmir",
        title=f"Initiative {number}",
        summary=summary,
        language="en",
        languages=["en", "tr"],
        original_language="tr",
        status="ongoing",
        start_date=dt.date(2025, 3, 1),
        end_date=None,
        sdgs=[7, 11],
        themes=["energy"],
        updated_at=dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        location=Location(lat=38.42, lng=27.14, district=None),
    )


def page_of(size: int) -> Page:
    """A page of 20 items whose JSON is ``size`` bytes long (or the shortest possible)."""
    page = Page(items=[_item(n, "") for n in range(1, PAGE + 1)], total=1000, page=1, per_page=PAGE)
    missing = max(0, size - len(page.model_dump_json()))
    for index, item in enumerate(page.items):
        item.summary = "x" * (missing // PAGE + (1 if index < missing % PAGE else 0))
    return page


def _build() -> FastAPI:
    app = FastAPI()
    initiatives = page_of(int(os.environ.get("BENCH_INITIATIVES_BYTES", "2000")))
    sessions = page_of(int(os.environ.get("BENCH_SESSIONS_BYTES", "2000")))
    # The data lives in the database in Polylog; here it is rebuilt per request from plain
    # values so that validation and serialisation of the declared return type are paid.
    initiative_rows = initiatives.model_dump()
    session_rows = sessions.model_dump()

    @app.get("/initiatives")
    def list_initiatives() -> Page:
        return Page(**initiative_rows)

    @app.get("/sessions")
    def list_sessions() -> Page:
        return Page(**session_rows)

    url = os.environ.get("BENCH_DATABASE_URL")
    if url:
        engine = create_engine(url, pool_size=10, max_overflow=20)

        @app.post("/api/v1/sessions/{session_id}/bookings", status_code=status.HTTP_201_CREATED)
        def book(session_id: int) -> Booking:
            with engine.begin() as connection:
                capacity = connection.execute(
                    text("SELECT capacity FROM bare_sessions WHERE id = :id FOR UPDATE"),
                    {"id": session_id},
                ).scalar_one()
                taken = connection.execute(
                    text(
                        "SELECT coalesce(sum(seats), 0) FROM bare_bookings"
                        " WHERE session_id = :id AND status = 'confirmed'"
                    ),
                    {"id": session_id},
                ).scalar_one()
                state = "confirmed" if taken + 1 <= capacity else "waitlisted"
                booking_id = connection.execute(
                    text(
                        "INSERT INTO bare_bookings (session_id, seats, status)"
                        " VALUES (:id, 1, :status) RETURNING id"
                    ),
                    {"id": session_id, "status": state},
                ).scalar_one()
            return Booking(id=booking_id, session_id=session_id, seats=1, status=state)

    return app


app = _build()
