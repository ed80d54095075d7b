"""A programme with 2,000 actions and 8 quarters of check-ins: the programme page and the exports.

Prints p50/p95 of the API calls the programme page makes (the programme with its
figures, the stalled and the first page of actions sorted by funding gap) and of
the CSV and XLSX exports, on SQLite and PostgreSQL.

Usage: python -m bench.programmes [--actions 2000] [--rounds 30] [--databases sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date

from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from bench._support import add_city, add_programme, fresh_database, percentiles
from polylog.core.config import Settings
from polylog.core.db import utcnow
from polylog.main import create_app
from polylog.programmes.models import (
    Action,
    ActionTheme,
    ActionTranslation,
    CheckIn,
)
from polylog.programmes.quarters import quarter_of, shifted

THEMES = ("energy", "mobility", "buildings", "waste_circular_economy", "climate_adaptation")
STATUSES = ("planned", "ongoing", "ongoing", "ongoing", "done", "stalled", "dropped")
RAGS = ("green", "green", "amber", "red")


def populate(url: str, count: int) -> int:
    app = create_app(Settings(database_url=url, demo_data=False))
    rng = random.Random(11)
    now = utcnow()
    this_quarter = quarter_of(date.today())
    with app.state.database.transaction() as db:
        city = add_city(
            db, slug="salo", names={k: "Salo" for k in ("en", "tr", "fa", "fi")}, language="fi"
        )
        programme = add_programme(
            db,
            city_id=city.id,
            language="fi",
            kind="climate_programme",
            title="Ilmasto-ohjelma",
            now=now,
        )
        rows = []
        for _ in range(count):
            cost = rng.randrange(1_000, 5_000_000) * 100
            rows.append(
                {
                    "programme_id": programme.id,
                    "city_id": city.id,
                    "original_language": "fi",
                    "status": rng.choice(STATUSES),
                    "owner": "Ympäristöpalvelut",
                    "due_date": date(2026 + rng.randrange(5), rng.randrange(1, 13), 1),
                    "cost_cents": cost,
                    "funded_cents": rng.randrange(0, cost + 1),
                    "currency": rng.choice(("EUR", "EUR", "TRY")),
                    "funding_sources": [],
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        db.execute(insert(Action), rows)
        ids = db.scalars(select(Action.id).order_by(Action.id)).all()
        db.execute(
            insert(ActionTranslation),
            [{"action_id": i, "language": "fi", "title": f"Toimenpide {i}"} for i in ids],
        )
        db.execute(
            insert(ActionTheme), [{"action_id": i, "theme": rng.choice(THEMES)} for i in ids]
        )
        check_ins = [
            {
                "action_id": i,
                "period": shifted(this_quarter, -quarter),
                "rag": rng.choice(RAGS),
                "progress": rng.randrange(0, 101),
                "note": "",
                "blockers": [],
                "created_at": now,
            }
            for i in ids
            for quarter in range(1, 9)
        ]
        for start in range(0, len(check_ins), 5_000):
            db.execute(insert(CheckIn), check_ins[start : start + 5_000])
        programme_id = programme.id
    app.state.database.dispose()
    return programme_id


def measure(url: str, programme_id: int, rounds: int) -> dict[str, list[float]]:
    app = create_app(Settings(database_url=url, demo_data=False))
    client = TestClient(app)
    calls = {
        "programme with figures": f"/api/v1/programmes/{programme_id}",
        "actions, by funding gap": f"/api/v1/programmes/{programme_id}/actions?sort=-funding_gap",
        "actions, red only": f"/api/v1/programmes/{programme_id}/actions?rag=red",
        "export CSV": f"/api/v1/programmes/{programme_id}/actions.csv",
        "export XLSX": f"/api/v1/programmes/{programme_id}/actions.xlsx",
    }
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for path in calls.values():  # warm-up
        assert client.get(path).status_code == 200
    for _ in range(rounds):
        for name, path in calls.items():
            # The exports are slow by nature: a third of the rounds is enough for them.
            if name.startswith("export") and len(samples[name]) * 3 >= rounds:
                continue
            started = time.perf_counter()
            response = client.get(path)
            samples[name].append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.text
    app.state.database.dispose()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--databases", default="sqlite,postgresql")
    args = parser.parse_args()
    for kind in args.databases.split(","):
        with fresh_database(kind) as url:
            started = time.perf_counter()
            programme_id = populate(url, args.actions)
            print(
                f"{kind}: {args.actions} actions, {args.actions * 8} check-ins "
                f"(loaded in {time.perf_counter() - started:.1f} s)"
            )
            for name, samples in measure(url, programme_id, args.rounds).items():
                print(f"  {name:26} {percentiles(samples)}")


if __name__ == "__main__":
    main()
