"""Many people booking the same session at once never overbook it (on both databases)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx2
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from polylog.accounts.models import Role
from polylog.core.db import Database
from tests.factories import make_city, make_person, session_payload

CAPACITY = 20
PEOPLE = 60


@pytest.fixture
def live_server(app: FastAPI, database: Database) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_concurrent_bookings_never_exceed_capacity(
    client: TestClient, database: Database, live_server: str
) -> None:
    organiser = make_person(client, database, roles={make_city(database, "salo"): [Role.ORGANISER]})
    session_id = client.post(
        "/api/v1/sessions", json=session_payload(capacity=CAPACITY), headers=organiser.headers
    ).json()["id"]
    people = [make_person(client, database) for _ in range(PEOPLE)]
    barrier = threading.Barrier(PEOPLE)

    def book(index: int) -> httpx2.Response:
        with httpx2.Client(base_url=live_server, timeout=60) as http:
            barrier.wait()
            return http.post(
                f"/api/v1/sessions/{session_id}/bookings",
                json={"seats": 1 + index % 2},
                headers=people[index].headers,
            )

    with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
        responses = list(pool.map(book, range(PEOPLE)))

    assert [r.status_code for r in responses] == [201] * PEOPLE
    confirmed = [r.json() for r in responses if r.json()["status"] == "confirmed"]
    waiting = sorted(
        (r.json() for r in responses if r.json()["status"] == "waitlisted"),
        key=lambda b: b["position"],
    )
    assert sum(b["seats"] for b in confirmed) <= CAPACITY
    assert len(confirmed) + len(waiting) == PEOPLE
    assert [b["position"] for b in waiting] == list(range(1, len(waiting) + 1))
    shown = client.get(f"/api/v1/sessions/{session_id}").json()
    assert shown["seats_taken"] == sum(b["seats"] for b in confirmed)
    assert shown["waitlist"] == len(waiting)

    # Everyone confirmed cancels at once: the waitlist moves up, still within capacity.
    owners = {
        b["id"]: people[responses.index(r)]
        for r in responses
        for b in [r.json()]
        if b["status"] == "confirmed"
    }

    def cancel(booking_id: int) -> int:
        with httpx2.Client(base_url=live_server, timeout=60) as http:
            return http.delete(
                f"/api/v1/bookings/{booking_id}", headers=owners[booking_id].headers
            ).status_code

    with ThreadPoolExecutor(max_workers=len(owners)) as pool:
        assert set(pool.map(cancel, owners)) == {204}

    organiser_view = client.get(
        f"/api/v1/sessions/{session_id}/bookings", headers=organiser.headers
    ).json()
    now_confirmed = [b for b in organiser_view if b["status"] == "confirmed"]
    assert 0 < sum(b["seats"] for b in now_confirmed) <= CAPACITY
    promoted_ids = {b["id"] for b in now_confirmed}
    assert promoted_ids <= {b["id"] for b in waiting}
    first_in_line = [b["id"] for b in waiting][: len(promoted_ids)]
    assert promoted_ids == set(first_in_line)
