"""The real HTTP server: a failing request leaves the keep-alive connection usable, and an over-long request line or header gets 414 or 431."""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.servers import REPO_ROOT, free_port, wait_until_ready


@dataclass
class Server:
    host: str
    port: int
    log: Path

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, self.port, timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    workdir = tmp_path_factory.mktemp("http-server")
    port = free_port()
    log_path = workdir / "server.log"
    env = {**os.environ, "POLYLOG_DATABASE_URL": f"sqlite:///{workdir / 'server.db'}"}
    code = (
        "from polylog.core.server import serve; "
        f"serve('tests.core.server_app:create', factory=True, host='127.0.0.1', port={port})"
    )
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=REPO_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_ready(f"http://127.0.0.1:{port}", process)
            yield Server("127.0.0.1", port, log_path)
        finally:
            process.terminate()
            process.wait(timeout=10)


def _get(connection: http.client.HTTPConnection, path: str) -> tuple[int, dict[str, str], bytes]:
    connection.request("GET", path, headers={"Accept-Language": "fi"})
    response = connection.getresponse()
    body = response.read()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def test_after_a_failing_request_the_same_connection_still_gets_answers(server: Server) -> None:
    connection = server.connection()

    status, headers, body = _get(connection, "/api/v1/test-failure")
    assert status == 500
    assert headers["content-type"] == "application/problem+json"
    assert json.loads(body)["title"] == "Jokin meni vikaan"
    assert headers.get("connection") != "close"
    for path in (
        "/api/v1/initiatives/99999999999999999999999",
        "/api/v1/sessions?page=99999999999999999999",
    ):
        status, _, _ = _get(connection, path)
        assert status == 422
    status, _, body = _get(connection, "/healthz")
    assert (status, json.loads(body)) == (200, {"status": "ok"})
    connection.close()
    # The failure was answered and logged once, never an exception escaping the app.
    log = server.log.read_text(encoding="utf-8")
    assert "a bug in an endpoint" in log
    assert "Exception in ASGI application" not in log


def _raw(server: Server, request: bytes) -> bytes:
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(request)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
            head, separator, body = received.partition(b"\r\n\r\n")
            length = re.search(rb"content-length: (\d+)", head, re.IGNORECASE)
            if separator and length and len(body) >= int(length.group(1)):
                break
    return received


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"GET /api/v1/search?q=" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Long: " + b"b" * 17000 + b"\r\n\r\n", 431),
        (
            b"GET /healthz HTTP/1.1\r\nHost: x\r\n"
            + b"".join(b"X-Field-%d: 1\r\n" % n for n in range(150))
            + b"\r\n",
            431,
        ),
        # A header so long it never completes: refused while it is still arriving.
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Endless: " + b"c" * 200_000, 431),
    ],
    ids=["request-line", "one-long-header", "many-headers", "unfinished-header"],
)
def test_too_long_a_request_line_or_headers_is_refused_with_its_status(
    server: Server, request_bytes: bytes, status: int
) -> None:
    response = _raw(server, request_bytes)

    head, _, body = response.partition(b"\r\n\r\n")
    assert head.startswith(f"HTTP/1.1 {status} ".encode())
    assert b"content-type: application/problem+json" in head
    assert json.loads(body)["status"] == status


def test_a_request_within_the_limits_is_answered(server: Server) -> None:
    connection = server.connection()
    status, _, _ = _get(connection, "/api/v1/search?q=" + "a" * 150)
    assert status == 200
