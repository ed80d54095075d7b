"""How the HTTP server reads requests: a request line or headers too long get 414 or 431.

uvicorn's parser (httptools) reads a request line and headers of any length,
and answers what it cannot parse with a bare-text 400. This protocol sets the
limits most servers have (8 KiB for the request line, 16 KiB and 100 fields for
the headers) and answers beyond them with the status that says so, as
problem+json, before closing the connection: the request never reaches the app.
"""

from __future__ import annotations

from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from polylog.core.errors import PROBLEM_TYPE_BASE, Problem
from polylog.core.i18n import L_

MAX_REQUEST_TARGET_BYTES = 8 * 1024
MAX_HEADER_BYTES = 16 * 1024
MAX_HEADER_FIELDS = 100
MAX_HEAD_BYTES = MAX_REQUEST_TARGET_BYTES + MAX_HEADER_BYTES + 1024
REFUSAL_LINGER_SECONDS = 2.0

_REFUSALS: dict[int, tuple[str, str, Any, Any]] = {
    414: (
        "URI Too Long",
        "uri-too-long",
        L_("Address too long"),
        L_("The address of the request is longer than the server accepts."),
    ),
    431: (
        "Request Header Fields Too Large",
        "headers-too-large",
        L_("Headers too large"),
        L_("The request's headers are larger than the server accepts."),
    ),
}


def refusal(status: int) -> bytes:
    """The whole HTTP response refusing a request that was too long to read."""
    reason, slug, title, detail = _REFUSALS[status]
    body = (
        Problem(type=PROBLEM_TYPE_BASE + slug, title=str(title), status=status, detail=str(detail))
        .model_dump_json()
        .encode()
    )
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "content-type: application/problem+json\r\n"
        f"content-length: {len(body)}\r\n"
        "content-language: en\r\n"
        "connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class _TooLong(Exception):
    pass


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with limits on the request line and the headers."""

    _refused: int | None = None
    _header_bytes = 0
    # Bytes received while a request's head (request line and headers) is incomplete:
    # httptools hands a header over only once it is whole, so a header still
    # arriving is measured by what came in.
    _head_bytes = 0
    _head_done = False

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._header_bytes = 0
        self._head_done = False

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > MAX_REQUEST_TARGET_BYTES:
            self._refuse(414)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_bytes += len(name) + len(value) + 4
        if self._header_bytes > MAX_HEADER_BYTES or len(self.headers) >= MAX_HEADER_FIELDS:
            self._refuse(431)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._head_done = True
        self._head_bytes = 0
        super().on_headers_complete()

    def _refuse(self, status: int) -> None:
        self._refused = status
        raise _TooLong

    def data_received(self, data: bytes) -> None:
        if self._refused is not None:
            return
        if not self._head_done:
            self._head_bytes += len(data)
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():
                self.handle_websocket_upgrade()
            else:
                self._unsupported_upgrade_warning()
        except httptools.HttpParserError:
            if self._refused is None:
                message = "Invalid HTTP request received."
                self.logger.warning(message)
                self.send_400_response(message)
                return
            self._send_refusal()
            return
        if not self._head_done and self._head_bytes > MAX_HEAD_BYTES:
            self._refused = 431
            self._send_refusal()

    def _send_refusal(self) -> None:
        assert self._refused is not None
        self.logger.info("Refused a request with status %s: too long to read.", self._refused)
        self.transport.write(refusal(self._refused))
        # Closing with the rest of the request unread would reset the connection,
        # and the client might never read the answer: end our side, read and drop
        # what still comes for a moment, then close.
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(REFUSAL_LINGER_SECONDS, self.transport.close)


def serve(
    app: str,
    *,
    host: str,
    port: int,
    workers: int = 1,
    factory: bool = False,
    forwarded_allow_ips: str = "127.0.0.1",
    log_level: str = "info",
) -> None:
    """Serves the ASGI app at ``app`` (``module:attribute``) with the limits above."""
    import uvicorn

    uvicorn.run(
        app,
        host=host,
        port=port,
        workers=workers,
        factory=factory,
        proxy_headers=True,
        forwarded_allow_ips=forwarded_allow_ips,
        http=BoundedHttpToolsProtocol,
        log_level=log_level,
    )
