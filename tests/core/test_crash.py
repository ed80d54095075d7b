"""Crash safety: the server is killed (SIGKILL) in the middle of bookings and edits, and restarted.

Afterwards no booking is half written (each has its audit entry and its
message), confirmed seats never exceed capacity, every edit left its revision,
and the outbox, delivering to an SMTP server of the test's own, never sent a
message twice.
"""

from __future__ import annotations

import signal
import socketserver
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path

import httpx2
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from polylog.accounts.models import Role
from polylog.core.db import Database
from tests.factories import make_city, make_person, session_payload
from tests.servers import start_polylog

PARTICIPANTS = 16
CAPACITY = 6


class _SmtpSink(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _SmtpSession)
        self.delivered: list[bytes] = []
        self.lock = threading.Lock()


class _SmtpSession(socketserver.StreamRequestHandler):
    """Just enough SMTP to take messages: every DATA is one delivery."""

    server: _SmtpSink

    def _say(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        self._say("220 sink ready")
        while line := self.rfile.readline():
            command = line.strip().upper()
            if command.startswith((b"EHLO", b"HELO")):
                self._say("250 sink")
            elif command == b"DATA":
                self._say("354 go on")
                data = b""
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                with self.server.lock:
                    self.server.delivered.append(data)
                self._say("250 queued")
            elif command == b"QUIT":
                self._say("221 bye")
                return
            else:
                self._say("250 ok")


@pytest.fixture
def smtp_sink() -> Iterator[_SmtpSink]:
    sink = _SmtpSink()
    thread = threading.Thread(target=sink.serve_forever, daemon=True)
    thread.start()
    yield sink
    sink.shutdown()
    sink.server_close()


def _start_server(url: str, sink: _SmtpSink, workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    environment = {
        "POLYLOG_DATABASE_URL": url,
        "POLYLOG_DEMO_DATA": "0",
        "POLYLOG_SMTP_HOST": "127.0.0.1",
        "POLYLOG_SMTP_PORT": str(sink.server_address[1]),
        "POLYLOG_SMTP_STARTTLS": "0",
        "POLYLOG_WORKER_INTERVAL_SECONDS": "0.2",
        "POLYLOG_FRONTEND_DIST": str(workdir / "no-spa"),
    }
    return start_polylog(environment, workdir)


def _burst(
    base: str, session_id: int, tokens: list[str], organiser: str, stop: threading.Event
) -> None:
    def book(index: int, token: str) -> None:
        with httpx2.Client(base_url=base, timeout=10) as http:
            for attempt in range(3):
                try:
                    http.post(
                        f"/api/v1/sessions/{session_id}/bookings",
                        json={"seats": 1 + index % 2},
                        headers={
                            "Authorization": f"Bearer {token}",
                            "Idempotency-Key": f"crash-{index}-{attempt}",
                        },
                    )
                except httpx2.TransportError:
                    return

    def edit() -> None:
        with httpx2.Client(base_url=base, timeout=10) as http:
            headers = {"Authorization": f"Bearer {organiser}"}
            number = 0
            while not stop.is_set():
                try:
                    shown = http.get(f"/api/v1/sessions/{session_id}")
                    http.patch(
                        f"/api/v1/sessions/{session_id}",
                        json={"translations": {"fi": {"title": f"Foorumi, versio {number}"}}},
                        headers={**headers, "If-Match": shown.headers.get("etag", "")},
                    )
                except httpx2.TransportError:
                    return
                number += 1

    threads = [threading.Thread(target=edit)] + [
        threading.Thread(target=book, args=(index, token)) for index, token in enumerate(tokens)
    ]
    for thread in threads:
        thread.start()
    return threads  # type: ignore[return-value]


def test_a_killed_server_leaves_no_half_booking_no_overbooking_and_no_double_mail(
    client: TestClient, database: Database, smtp_sink: _SmtpSink, tmp_path: Path
) -> None:
    salo = make_city(database, "salo")
    organiser = make_person(client, database, roles={salo: [Role.ORGANISER]})
    created = client.post(
        "/api/v1/sessions", json=session_payload(capacity=CAPACITY), headers=organiser.headers
    )
    assert created.status_code == 201, created.text
    session_id = created.json()["id"]
    tokens = [make_person(client, database).token for _ in range(PARTICIPANTS)]
    url = database.engine.url.render_as_string(hide_password=False)

    server, base = _start_server(url, smtp_sink, tmp_path)
    stop = threading.Event()
    try:
        threads = _burst(base, session_id, tokens, organiser.token, stop)
        # Kill it once some of the burst is in: some requests done, some in flight.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with database.transaction(write=False) as session:
                booked = session.execute(text("SELECT count(*) FROM bookings")).scalar_one()
            if booked >= PARTICIPANTS // 3:
                break
            time.sleep(0.05)
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=10)
    finally:
        stop.set()
        if server.poll() is None:
            server.kill()
    for thread in threads:
        thread.join(timeout=30)

    restarted, _ = _start_server(url, smtp_sink, tmp_path)
    try:
        # The worker's rounds (every 0.2 s) deliver what nobody holds a claim on.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with database.transaction(write=False) as session:
                waiting = session.execute(
                    text(
                        "SELECT count(*) FROM outbox_messages "
                        "WHERE sent_at IS NULL AND claimed_at IS NULL"
                    )
                ).scalar_one()
            if waiting == 0:
                break
            time.sleep(0.2)
    finally:
        restarted.terminate()
        restarted.wait(timeout=10)

    with database.transaction(write=False) as session:
        bookings = session.execute(
            text("SELECT id, status, seats FROM bookings WHERE session_id = :id"),
            {"id": session_id},
        ).all()
        audited = {
            str(entity_id)
            for entity_id in session.execute(
                text("SELECT entity_id FROM audit_entries WHERE entity_type = 'booking'")
            ).scalars()
        }
        queued = {
            key: message_id
            for key, message_id in session.execute(
                text("SELECT dedupe_key, id FROM outbox_messages")
            )
        }
        sent = set(
            session.execute(
                text("SELECT id FROM outbox_messages WHERE sent_at IS NOT NULL")
            ).scalars()
        )
        version = session.execute(
            text("SELECT version FROM peer_sessions WHERE id = :id"), {"id": session_id}
        ).scalar_one()
        revisions = session.execute(
            text(
                "SELECT count(*) FROM revisions WHERE entity_type = 'peer_session' "
                "AND entity_id = :id"
            ),
            {"id": session_id},
        ).scalar_one()

    assert bookings, "the burst made no booking before the kill"
    for booking_id, status, _seats in bookings:
        # Written whole: the booking, its audit entry and its message, or none of them.
        assert str(booking_id) in audited
        assert f"booking_{status.lower()}:{booking_id}" in queued
    confirmed = sum(seats for _, status, seats in bookings if status.lower() == "confirmed")
    assert confirmed <= CAPACITY
    # Every edit that was stored kept the version before it.
    assert revisions == version - 1

    delivered = Counter(message_from_bytes(data)["Message-ID"] for data in smtp_sink.delivered)
    assert delivered, "the outbox delivered nothing"
    twice = [message_id for message_id, count in delivered.items() if count > 1]
    assert not twice, f"delivered more than once: {twice}"
    # What is marked sent was delivered; the rest waits for its turn, never lost.
    delivered_ids = {int(str(message_id).split(".")[1]) for message_id in delivered}
    assert sent <= delivered_ids
    assert delivered_ids <= set(queued.values())
