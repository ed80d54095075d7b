"""Time of GET /api/v1/map/initiatives over 100,000 synthetic initiatives, on SQLite and PostgreSQL.

Usage: python -m bench.map_bbox [--count 100000] [--databases sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import random
import time

from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from bench._support import add_city, fresh_database, initiative_row, percentiles, title_rows
from polylog.core.config import Settings
from polylog.core.db import utcnow
from polylog.initiatives.models import Initiative, InitiativeSdg, InitiativeTranslation
from polylog.main import create_app

VIEWS = {
    "world (zoom 2)": ("-180,-85,180,85", 2),
    "Europe and Iran (zoom 4)": ("-10,30,60,70", 4),
    "Izmir region (zoom 9)": ("26.5,38.0,27.8,38.8", 9),
    "one district (zoom 14)": ("27.10,38.40,27.16,38.44", 14),
}


CENTRES = [(38.42, 27.14), (39.65, 27.88), (37.28, 49.58), (32.65, 51.67), (60.38, 23.13)]


def place(rng: random.Random) -> dict[str, float]:
    """Where a synthetic initiative lies: mostly around the five cities, else anywhere."""
    lat, lng = (
        rng.choice(CENTRES)
        if rng.random() < 0.7
        else (rng.uniform(-60, 70), rng.uniform(-170, 170))
    )
    return {"latitude": lat + rng.gauss(0, 0.3), "longitude": lng + rng.gauss(0, 0.3)}


def populate(url: str, count: int) -> None:
    app = create_app(Settings(database_url=url, demo_data=False))
    rng = random.Random(7)
    with app.state.database.transaction() as session:
        city = add_city(
            session,
            slug="bench",
            names={k: "Bench" for k in ("en", "tr", "fa", "fi")},
            language="fi",
        )
        now = utcnow()
        for start in range(0, count, 10_000):
            rows = []
            for _ in range(min(10_000, count - start)):
                rows.append(initiative_row(city_id=city.id, language="fi", now=now, **place(rng)))
            session.execute(insert(Initiative), rows)
        ids = session.scalars(select(Initiative.id)).all()
        for start in range(0, len(ids), 10_000):
            chunk = ids[start : start + 10_000]
            session.execute(
                insert(InitiativeTranslation), title_rows(chunk, language="fi", title="Hanke {}")
            )
            session.execute(
                insert(InitiativeSdg), [{"initiative_id": i, "sdg": 1 + i % 17} for i in chunk]
            )
    app.state.database.dispose()


def measure(url: str, rounds: int) -> None:
    app = create_app(Settings(database_url=url, demo_data=False))
    with TestClient(app) as client:
        for name, (bbox, zoom) in VIEWS.items():
            for params in ({"bbox": bbox, "zoom": zoom}, {"bbox": bbox, "zoom": zoom, "sdg": 7}):
                client.get("/api/v1/map/initiatives", params=params)  # warm up
                samples, features, total = [], 0, 0
                for _ in range(rounds):
                    started = time.perf_counter()
                    response = client.get("/api/v1/map/initiatives", params=params)
                    samples.append((time.perf_counter() - started) * 1000)
                    body = response.json()
                    features, total = len(body["features"]), body["total"]
                label = name + (" + sdg filter" if "sdg" in params else "")
                print(
                    f"  {label:40} {percentiles(samples)}  {total:6} initiatives → {features:4} features"
                )
    app.state.database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--databases", default="sqlite,postgresql")
    args = parser.parse_args()
    for kind in args.databases.split(","):
        with fresh_database(kind) as url:
            started = time.perf_counter()
            populate(url, args.count)
            print(
                f"{kind}: {args.count} initiatives loaded in {time.perf_counter() - started:.0f} s"
            )
            measure(url, args.rounds)


if __name__ == "__main__":
    main()
