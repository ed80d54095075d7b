"""Serves the built single-page app at ``/`` with history fallback; ``/api`` stays the API."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response

from polylog.core.errors import NotFound
from polylog.core.i18n import gettext as _

_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self'; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; "
    "base-uri 'self'; form-action 'self'"
)


def spa_router(dist: Path) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    root = dist.resolve()

    @router.get("/{path:path}")
    def serve(path: str, request: Request) -> Response:
        if path == "api" or path.startswith("api/"):
            raise NotFound()
        index = root / "index.html"
        if not index.is_file():
            raise NotFound(_("The web app has not been built. Run make run to build it."))
        candidate = (root / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(root):
            cache = (
                "public, max-age=31536000, immutable" if path.startswith("assets/") else "no-cache"
            )
            return FileResponse(candidate, headers={"Cache-Control": cache})
        return FileResponse(
            index,
            headers={
                "Cache-Control": "no-cache",
                "Content-Security-Policy": _CONTENT_SECURITY_POLICY,
            },
        )

    return router
