"""The app as `polylog serve` serves it, plus one route that fails as a bug would: for tests/core/test_server.py."""

from __future__ import annotations

from fastapi import FastAPI

from polylog.core.config import Settings
from polylog.core.migrate import upgrade
from polylog.main import create_app


def create() -> FastAPI:
    settings = Settings(demo_data=False)
    upgrade(settings.database_url)
    app = create_app(settings)

    def fail() -> None:
        raise RuntimeError("a bug in an endpoint")

    app.add_api_route("/api/v1/test-failure", fail)
    # Ahead of the catch-all routes, which answer 404 for every other /api address.
    app.router.routes.insert(0, app.router.routes.pop())
    return app
