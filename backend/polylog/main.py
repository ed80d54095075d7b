"""The application factory: middleware, routers, error handlers and the SPA."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from fastapi.routing import APIRoute
from sqlalchemy import text
from starlette.middleware.gzip import GZipMiddleware

import polylog.models  # noqa: F401 - every table registered before mappers configure
from polylog import domains
from polylog.accounts.router import router as accounts_router
from polylog.cities.router import router as cities_router
from polylog.content.admin import router as content_admin_router
from polylog.core.config import Settings
from polylog.core.db import POOL_CAPACITY, Database, Timeouts
from polylog.core.errors import ServiceUnavailable, install_error_handlers, problem_responses
from polylog.core.i18n import gettext as _
from polylog.core.middleware import (
    AdmissionMiddleware,
    BodySizeLimitMiddleware,
    LanguageMiddleware,
    SecurityHeadersMiddleware,
    SerialSqliteWritesMiddleware,
    UnhandledErrorMiddleware,
)
from polylog.core.openapi import problem_openapi
from polylog.core.rate_limit import LoginThrottle
from polylog.coverage.router import router as coverage_router
from polylog.follows.router import router as follows_router
from polylog.indicators.router import router as indicators_router
from polylog.initiatives.router import router as initiatives_router
from polylog.journeys.router import router as journeys_router
from polylog.partners.router import router as partners_router
from polylog.peer_sessions.router import router as sessions_router
from polylog.practices.router import router as practices_router
from polylog.programmes.router import router as programmes_router
from polylog.reports.router import router as reports_router
from polylog.search import service as search_service
from polylog.search.router import router as search_router
from polylog.search.thesaurus import static_thesaurus
from polylog.spa import spa_router
from polylog.taxonomy.router import router as taxonomy_router
from polylog.tracks.router import router as tracks_router
from polylog.workspace.router import router as workspace_router

API_PREFIX = "/api/v1"


def _operation_id(route: APIRoute) -> str:
    """Stable ids (``cities-list_cities``) so the generated client does not churn."""
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def _health_router() -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/readyz", responses=problem_responses(ServiceUnavailable))
    def readyz(request: Request) -> dict[str, str]:
        database: Database = request.app.state.database
        try:
            with database.transaction(write=False) as session:
                session.execute(text("SELECT 1"))
        except Exception as error:
            raise ServiceUnavailable(_("The database does not answer.")) from error
        return {"status": "ok"}

    return router


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    domains.assemble()
    # Compiled once per process (a quarter of a second of CPU): before serving, not
    # in the first search request.
    static_thesaurus()
    search_service.configure_semantic(settings)
    app = FastAPI(
        title="Polylog API",
        version="1.0.0",
        summary="Cities share sustainability initiatives, peer-learning sessions and practices.",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
        generate_unique_id_function=_operation_id,
    )
    app.state.settings = settings
    app.state.database = Database(
        settings.database_url,
        echo=settings.database_echo,
        timeouts=Timeouts(
            connect=settings.database_connect_timeout_seconds,
            pool=settings.database_pool_timeout_seconds,
            lock=settings.database_lock_timeout_seconds,
        ),
    )
    app.state.login_throttle = LoginThrottle(
        settings.rate_limit_storage,
        per_account=settings.failed_login_limit_per_account,
        per_address=settings.failed_login_limit_per_address,
        window_seconds=settings.failed_login_window_seconds,
    )
    install_error_handlers(app)
    app.openapi = problem_openapi(app)  # type: ignore[method-assign]

    api = APIRouter(prefix=API_PREFIX)
    for router in (
        accounts_router,
        cities_router,
        content_admin_router,
        coverage_router,
        follows_router,
        indicators_router,
        initiatives_router,
        journeys_router,
        partners_router,
        practices_router,
        programmes_router,
        reports_router,
        search_router,
        sessions_router,
        taxonomy_router,
        tracks_router,
        workspace_router,
    ):
        api.include_router(router)
    app.include_router(_health_router())
    app.include_router(api)
    app.include_router(spa_router(settings.frontend_dist, settings))

    app.add_middleware(UnhandledErrorMiddleware)
    if app.state.database.is_sqlite:
        app.add_middleware(SerialSqliteWritesMiddleware)
    app.add_middleware(AdmissionMiddleware, limit=POOL_CAPACITY)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(LanguageMiddleware)
    return app
