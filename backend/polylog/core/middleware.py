"""ASGI middleware: the request's language, the body size limit, security headers.

Plain ASGI (not BaseHTTPMiddleware) so the language context variable reaches
the endpoint and the error handlers.
"""

from __future__ import annotations

import abc
import asyncio
import logging
from urllib.parse import parse_qs

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from polylog.core.db import READ_ONLY_METHODS
from polylog.core.errors import PayloadTooLarge, PolylogError, problem_response
from polylog.core.i18n import negotiate_language, reset_current_language, set_current_language

logger = logging.getLogger(__name__)


class HttpMiddleware(abc.ABC):
    """A middleware for HTTP requests: anything else (lifespan, websockets) passes through."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def passes_through(self, scope: Scope) -> bool:
        return bool(scope["type"] != "http")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.passes_through(scope):
            await self.app(scope, receive, send)
        else:
            await self.handle(scope, receive, send)

    @abc.abstractmethod
    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """What the middleware does with an HTTP request."""


class LanguageMiddleware(HttpMiddleware):
    """Resolves the language once per request and states it in ``Content-Language``."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        language = negotiate_language(
            (query.get("lang") or [None])[0], Headers(scope=scope).get("accept-language")
        )
        token = set_current_language(language)

        async def send_with_language(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Language", language)
                headers.add_vary_header("Accept-Language")
            await send(message)

        try:
            await self.app(scope, receive, send_with_language)
        finally:
            reset_current_language(token)


class BodySizeLimitMiddleware(HttpMiddleware):
    """Refuses request bodies over ``max_bytes`` with 413, declared or streamed."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        super().__init__(app)
        self.max_bytes = max_bytes

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        declared = Headers(scope=scope).get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            await problem_response(PayloadTooLarge())(scope, receive, send)
            return

        received = 0
        too_large = False

        async def limited_receive() -> Message:
            nonlocal received, too_large
            if too_large:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # Tell the app the client went away; the 413 is sent below.
                    too_large = True
                    return {"type": "http.disconnect"}
            return message

        async def send_unless_too_large(message: Message) -> None:
            if not too_large:
                await send(message)

        try:
            await self.app(scope, limited_receive, send_unless_too_large)
        except Exception:
            if not too_large:
                raise
        if too_large:
            await problem_response(PayloadTooLarge())(scope, receive, send)


# Responses that are data, not pages (the API, problems, files): nothing in them may
# load or run anything, and no page may frame them. The SPA's page sets its own.
API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
# The interactive API docs (Swagger UI) load their script and style from jsDelivr.
DOCS_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "img-src 'self' data: https://fastapi.tiangolo.com; connect-src 'self'; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)
DOCS_PATHS = frozenset({"/api/docs", "/api/docs/oauth2-redirect"})
# Browser features no page of Polylog uses.
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "interest-cohort=(), browsing-topics=()"
)
HSTS = "max-age=63072000; includeSubDomains"


class SecurityHeadersMiddleware(HttpMiddleware):
    """The headers every response carries: no sniffing, no framing, no referrer abroad, a CSP.

    HSTS only over https (behind a trusted proxy, uvicorn takes the scheme from
    X-Forwarded-Proto), since over plain http it would mean nothing.
    """

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        policy = (
            DOCS_CONTENT_SECURITY_POLICY
            if scope.get("path") in DOCS_PATHS
            else API_CONTENT_SECURITY_POLICY
        )
        secure = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", policy)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "same-origin")
                headers.setdefault("X-Frame-Options", "DENY")
                headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
                headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
                if secure:
                    headers.setdefault("Strict-Transport-Security", HSTS)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class SerialSqliteWritesMiddleware(HttpMiddleware):
    """On SQLite, lets one write request at a time into the app (per process).

    SQLite has a single writer. A write request takes the database lock with its
    first query (BEGIN IMMEDIATE) and keeps it across the thread-pool hops of
    its dependencies and endpoint; if every pool thread were busy waiting for
    that lock, the holder could never get a thread to finish. Waiting here, on
    the event loop, occupies no thread.
    """

    def __init__(self, app: ASGIApp) -> None:
        super().__init__(app)
        self._lock = asyncio.Lock()

    def passes_through(self, scope: Scope) -> bool:
        return super().passes_through(scope) or scope["method"] in READ_ONLY_METHODS

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        async with self._lock:
            await self.app(scope, receive, send)


class AdmissionMiddleware(HttpMiddleware):
    """Lets at most ``limit`` requests into the app at once; the rest wait on the event loop.

    A request holds a pooled connection across its thread-pool hops. With more
    requests in flight than connections, threads would block waiting for a
    connection while the requests holding connections wait for a thread, and
    nothing moves. Keeping ``limit`` at the pool's size (below the thread
    pool's 40) means every admitted request can get both.
    """

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        super().__init__(app)
        self._slots = asyncio.Semaphore(limit)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        async with self._slots:
            await self.app(scope, receive, send)


class UnhandledErrorMiddleware(HttpMiddleware):
    """Answers an exception no handler took with a 500 problem, and keeps it in.

    Starlette's own last-resort handler answers too but then re-raises, so the
    server logs an escaped exception and may drop the keep-alive connection.
    Here the exception is logged once and the response ends the request.
    """

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def send_tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, send_tracking)
        except Exception:
            logger.exception("Unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                # Half a response is out: nothing sensible can follow it.
                raise
            await problem_response(PolylogError())(scope, receive, send)
