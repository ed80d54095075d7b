"""Serves the built single-page app at ``/`` with history fallback; ``/api`` stays the API.

The page carries the deployment's settings the SPA needs before its first
request (where the map tiles come from) as ``<meta name="polylog:...">``
tags, so one build serves every deployment.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from polylog.core.config import Settings
from polylog.core.errors import NotFound
from polylog.core.i18n import gettext as _


def _content_security_policy(tile_url: str) -> str:
    images = "'self' data: https:"
    parts = urlsplit(tile_url)
    if parts.scheme == "http" and parts.netloc:
        # A tile server inside the deployment's own network may speak plain HTTP.
        images += f" http://{parts.netloc.replace('{s}', '*')}"
    return (
        f"default-src 'self'; img-src {images}; style-src 'self' 'unsafe-inline'; "
        "script-src 'self'; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; "
        "base-uri 'self'; form-action 'self'"
    )


def _with_settings(page: str, settings: Settings) -> str:
    tags = "".join(
        f'<meta name="polylog:{name}" content="{escape(value, quote=True)}">'
        for name, value in (
            ("tile-url", settings.tile_url),
            ("tile-attribution", settings.tile_attribution),
        )
    )
    return page.replace("</head>", f"{tags}</head>", 1)


def spa_router(dist: Path, settings: Settings) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    root = dist.resolve()
    policy = _content_security_policy(settings.tile_url)

    @router.get("/{path:path}")
    def serve(path: str, request: Request) -> Response:
        if path == "api" or path.startswith("api/"):
            raise NotFound()
        index = root / "index.html"
        if not index.is_file():
            raise NotFound(_("The web app has not been built. Run make run to build it."))
        candidate = (root / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(root) and candidate != index:
            cache = (
                "public, max-age=31536000, immutable" if path.startswith("assets/") else "no-cache"
            )
            return FileResponse(candidate, headers={"Cache-Control": cache})
        return HTMLResponse(
            _with_settings(index.read_text(encoding="utf-8"), settings),
            headers={"Cache-Control": "no-cache", "Content-Security-Policy": policy},
        )

    return router
