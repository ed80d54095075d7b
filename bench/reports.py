"""Time to build a city report as JSON, PDF and XLSX for a large city, on SQLite and PostgreSQL.

The city has 500 initiatives (50 with an indicator and 4 measurements each) and a
programme of 500 actions with check-ins.

Usage: python -m bench.reports [--rounds 5] [--databases sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, date, datetime

from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from bench._support import (
    add_city,
    add_programme,
    fresh_database,
    initiative_row,
    percentiles,
)
from polylog.core.config import Settings
from polylog.core.db import utcnow
from polylog.indicators.models import Indicator, Measurement
from polylog.initiatives.models import Initiative, InitiativeSdg, InitiativeTranslation
from polylog.main import create_app
from polylog.programmes.models import (
    Action,
    ActionSdg,
    ActionTranslation,
    CheckIn,
)

YEAR = datetime.now(UTC).year


def populate(url: str) -> None:
    app = create_app(Settings(database_url=url, demo_data=False))
    rng = random.Random(5)
    now = utcnow()
    with app.state.database.transaction() as db:
        city = add_city(
            db, slug="izmir", names={k: "İzmir" for k in ("en", "tr", "fa", "fi")}, language="tr"
        )
        db.execute(
            insert(Initiative),
            [initiative_row(city_id=city.id, language="tr", now=now) for _ in range(500)],
        )
        ids = db.scalars(select(Initiative.id).order_by(Initiative.id)).all()
        db.execute(
            insert(InitiativeTranslation),
            [{"initiative_id": i, "language": "tr", "title": f"Girişim {i}"} for i in ids],
        )
        db.execute(
            insert(InitiativeSdg),
            [{"initiative_id": i, "sdg": rng.randrange(1, 18)} for i in ids],
        )
        db.execute(
            insert(Indicator),
            [
                {
                    "city_id": city.id,
                    "initiative_id": i,
                    "name": {"tr": f"Gösterge {i}"},
                    "unit": "ton",
                    "baseline": 100,
                    "target": 50,
                    "created_at": now,
                }
                for i in ids[:50]
            ],
        )
        indicators = db.scalars(select(Indicator.id)).all()
        db.execute(
            insert(Measurement),
            [
                {
                    "indicator_id": i,
                    "measured_on": date(YEAR, month, 1),
                    "value": 100 - month * 3,
                    "created_at": now,
                }
                for i in indicators
                for month in (1, 4, 7, 10)
            ],
        )
        programme = add_programme(
            db,
            city_id=city.id,
            language="tr",
            kind="climate_city_contract",
            title="İklim Şehri Sözleşmesi",
            now=now,
        )
        db.execute(
            insert(Action),
            [
                {
                    "programme_id": programme.id,
                    "city_id": city.id,
                    "original_language": "tr",
                    "status": rng.choice(("planned", "ongoing", "done")),
                    "owner": "",
                    "cost_cents": rng.randrange(1, 10_000) * 100_000,
                    "funded_cents": 0,
                    "currency": "EUR",
                    "funding_sources": [],
                    "latest_period": f"{YEAR}-Q2",
                    "latest_rag": rng.choice(("green", "amber", "red")),
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for _ in range(500)
            ],
        )
        actions = db.scalars(select(Action.id)).all()
        db.execute(
            insert(ActionTranslation),
            [{"action_id": i, "language": "tr", "title": f"Eylem {i}"} for i in actions],
        )
        db.execute(
            insert(ActionSdg), [{"action_id": i, "sdg": rng.randrange(1, 18)} for i in actions]
        )
        db.execute(
            insert(CheckIn),
            [
                {
                    "action_id": i,
                    "period": f"{YEAR}-Q2",
                    "rag": "green",
                    "progress": 50,
                    "note": "",
                    "blockers": [],
                    "created_at": now,
                }
                for i in actions
            ],
        )
    app.state.database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--databases", default="sqlite,postgresql")
    args = parser.parse_args()
    for kind in args.databases.split(","):
        with fresh_database(kind) as url:
            populate(url)
            client = TestClient(create_app(Settings(database_url=url, demo_data=False)))
            print(f"{kind}: 500 initiatives, 50 indicators, a programme of 500 actions")
            for fmt in ("json", "pdf", "xlsx"):
                samples = []
                for language in ("tr", "fa") * args.rounds:
                    started = time.perf_counter()
                    response = client.get(
                        "/api/v1/cities/izmir/report",
                        params={"format": fmt, "lang": language, "year": YEAR},
                    )
                    samples.append((time.perf_counter() - started) * 1000)
                    assert response.status_code == 200, response.text
                print(f"  {fmt:5} {percentiles(samples)}")


if __name__ == "__main__":
    main()
