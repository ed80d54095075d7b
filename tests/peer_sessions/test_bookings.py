from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from polylog.accounts.models import Role
from polylog.core.db import Database, utcnow
from polylog.peer_sessions.models import PeerSession
from tests.factories import Person, city_id, created, make_person, session_payload

SESSIONS = "/api/v1/sessions"


@pytest.fixture
def workshop(client: TestClient, organiser: Person) -> int:
    return int(created(client, SESSIONS, session_payload(capacity=3), organiser)["id"])


def book(client: TestClient, session_id: int, person: Person, seats: int = 1, **extra: object):  # type: ignore[no-untyped-def]
    return client.post(
        f"{SESSIONS}/{session_id}/bookings", json={"seats": seats, **extra}, headers=person.headers
    )


def move_into_the_past(database: Database, session_id: int) -> None:
    with database.transaction() as session:
        session.execute(
            update(PeerSession)
            .where(PeerSession.id == session_id)
            .values(starts_at=utcnow() - timedelta(hours=1), ends_at=utcnow() + timedelta(hours=1))
        )


def test_seats_fill_then_people_wait_in_line(
    client: TestClient, database: Database, workshop: int
) -> None:
    people = [make_person(client, database) for _ in range(4)]

    first = book(client, workshop, people[0], seats=2).json()
    second = book(client, workshop, people[1]).json()
    third = book(client, workshop, people[2]).json()
    fourth = book(client, workshop, people[3], seats=2).json()

    assert (first["status"], first["position"]) == ("confirmed", None)
    assert second["status"] == "confirmed"
    assert (third["status"], third["position"]) == ("waitlisted", 1)
    assert (fourth["status"], fourth["position"]) == ("waitlisted", 2)
    shown = client.get(f"{SESSIONS}/{workshop}").json()
    assert (shown["seats_taken"], shown["seats_left"], shown["waitlist"]) == (3, 0, 2)


def test_a_cancellation_promotes_the_waitlist_in_order(
    client: TestClient, database: Database, workshop: int
) -> None:
    holder, other, big, small = (make_person(client, database) for _ in range(4))
    held = book(client, workshop, holder, seats=2).json()
    book(client, workshop, other)
    waiting_big = book(client, workshop, big, seats=3).json()
    waiting_small = book(client, workshop, small).json()

    assert (
        client.delete(f"/api/v1/bookings/{held['id']}", headers=holder.headers).status_code == 204
    )

    # Two seats are free: the three-seat booking first in line does not fit, and nobody overtakes it.
    mine = {b["id"]: b for b in client.get("/api/v1/me/bookings", headers=big.headers).json()}
    assert mine[waiting_big["id"]]["status"] == "waitlisted"
    assert mine[waiting_big["id"]]["position"] == 1
    small_now = client.get("/api/v1/me/bookings", headers=small.headers).json()[0]
    assert (small_now["id"], small_now["status"], small_now["position"]) == (
        waiting_small["id"],
        "waitlisted",
        2,
    )


def test_freed_seats_go_to_the_first_in_line(
    client: TestClient, database: Database, workshop: int
) -> None:
    holder, other, waiting = (make_person(client, database) for _ in range(3))
    held = book(client, workshop, holder, seats=2).json()
    book(client, workshop, other)
    queued = book(client, workshop, waiting, seats=2).json()

    client.delete(f"/api/v1/bookings/{held['id']}", headers=holder.headers)

    promoted = client.get("/api/v1/me/bookings", headers=waiting.headers).json()[0]
    assert (promoted["id"], promoted["status"], promoted["position"]) == (
        queued["id"],
        "confirmed",
        None,
    )
    shown = client.get(f"{SESSIONS}/{workshop}").json()
    assert (shown["seats_taken"], shown["waitlist"]) == (3, 0)


def test_raising_the_capacity_promotes_the_waitlist(
    client: TestClient, database: Database, organiser: Person, workshop: int
) -> None:
    first, second = make_person(client, database), make_person(client, database)
    book(client, workshop, first, seats=3)
    book(client, workshop, second, seats=2)

    client.patch(
        f"{SESSIONS}/{workshop}", json={"capacity": 5, "version": 1}, headers=organiser.headers
    )

    assert (
        client.get("/api/v1/me/bookings", headers=second.headers).json()[0]["status"] == "confirmed"
    )
    lowered = client.patch(
        f"{SESSIONS}/{workshop}", json={"capacity": 4, "version": 2}, headers=organiser.headers
    )
    assert lowered.status_code == 409


def test_a_retry_with_the_same_key_returns_the_same_booking(
    client: TestClient, database: Database, workshop: int
) -> None:
    person = make_person(client, database)
    headers = {**person.headers, "Idempotency-Key": "b7f1c0de-salo-forum"}

    first = client.post(f"{SESSIONS}/{workshop}/bookings", json={"seats": 1}, headers=headers)
    retry = client.post(f"{SESSIONS}/{workshop}/bookings", json={"seats": 1}, headers=headers)

    assert first.status_code == retry.status_code == 201
    assert first.json() == retry.json()
    assert client.get(f"{SESSIONS}/{workshop}").json()["seats_taken"] == 1


def test_a_second_active_booking_is_a_conflict(
    client: TestClient, database: Database, workshop: int
) -> None:
    person = make_person(client, database)
    first = book(client, workshop, person).json()

    again = book(client, workshop, person)

    assert again.status_code == 409
    client.delete(f"/api/v1/bookings/{first['id']}", headers=person.headers)
    assert book(client, workshop, person).status_code == 201


def test_booking_for_a_delegation_needs_membership(
    client: TestClient, database: Database, workshop: int
) -> None:
    izmir_member = make_person(
        client, database, roles={city_id(database, "izmir"): [Role.DELEGATE]}
    )
    outsider = make_person(client, database)

    for_izmir = book(client, workshop, izmir_member, seats=2, city="izmir")
    not_member = book(client, workshop, outsider, city="izmir")
    unknown = book(client, workshop, outsider, city="atlantis")

    assert for_izmir.status_code == 201
    assert for_izmir.json()["city"] == "izmir"
    assert not_member.status_code == 403
    assert unknown.status_code == 422


def test_closed_past_and_cancelled_sessions_refuse_bookings_clearly(
    client: TestClient, database: Database, organiser: Person
) -> None:
    person = make_person(client, database)
    closes_soon = session_payload(registration_closes_at=(utcnow() + timedelta(days=1)).isoformat())
    closed = client.post(SESSIONS, json=closes_soon, headers=organiser.headers).json()
    with database.transaction() as session:
        session.execute(
            update(PeerSession)
            .where(PeerSession.id == closed["id"])
            .values(registration_closes_at=utcnow() - timedelta(minutes=1))
        )
    past = client.post(SESSIONS, json=session_payload(), headers=organiser.headers).json()
    move_into_the_past(database, past["id"])
    cancelled = client.post(SESSIONS, json=session_payload(), headers=organiser.headers).json()
    client.post(f"{SESSIONS}/{cancelled['id']}/cancel", headers=organiser.headers)

    answers = {
        name: client.post(
            f"{SESSIONS}/{item['id']}/bookings",
            json={"seats": 1},
            headers={**person.headers, "Accept-Language": "fi"},
        )
        for name, item in (("closed", closed), ("past", past), ("cancelled", cancelled))
    }

    assert {name: answer.status_code for name, answer in answers.items()} == {
        "closed": 409,
        "past": 409,
        "cancelled": 409,
    }
    details = {answer.json()["detail"] for answer in answers.values()}
    assert len(details) == 3
    assert all(answer.headers["content-language"] == "fi" for answer in answers.values())


def test_more_seats_than_the_session_has_is_refused(
    client: TestClient, database: Database, workshop: int
) -> None:
    response = book(client, workshop, make_person(client, database), seats=4)

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "seats"


def test_only_the_booker_or_organisers_cancel(
    client: TestClient, database: Database, organiser: Person, workshop: int
) -> None:
    person, stranger = make_person(client, database), make_person(client, database)
    booking = book(client, workshop, person).json()
    url = f"/api/v1/bookings/{booking['id']}"

    assert client.delete(url, headers=stranger.headers).status_code == 403
    assert client.delete(url).status_code == 401
    assert client.delete(url, headers=organiser.headers).status_code == 204
    assert client.delete("/api/v1/bookings/999999", headers=person.headers).status_code == 404


def test_organisers_see_bookings_and_export_them(
    client: TestClient, database: Database, organiser: Person, workshop: int
) -> None:
    person = make_person(client, database, email="liisa@salo.fi")
    book(client, workshop, person, note="Tulen junalla")

    listed = client.get(f"{SESSIONS}/{workshop}/bookings", headers=organiser.headers)
    exported = client.get(
        f"{SESSIONS}/{workshop}/bookings.csv",
        headers={**organiser.headers, "Accept-Language": "fi"},
    )

    assert listed.json()[0]["person"]["email"] == "liisa@salo.fi"
    assert client.get(f"{SESSIONS}/{workshop}/bookings", headers=person.headers).status_code == 403
    assert exported.headers["content-type"].startswith("text/csv")
    lines = exported.text.lstrip("\ufeff").splitlines()
    assert lines[1].startswith("liisa,liisa@salo.fi,,1,Vahvistettu")
    assert "Tulen junalla" in lines[1]


def test_attendance_gives_certificates_that_can_be_verified(
    client: TestClient, database: Database, organiser: Person, workshop: int
) -> None:
    turkish = make_person(client, database, language="tr")
    persian = make_person(client, database, language="fa")
    waiting = make_person(client, database)
    bookings = [book(client, workshop, p, seats=1).json() for p in (turkish, persian)]
    early = client.post(
        f"{SESSIONS}/{workshop}/attendance",
        json={"booking_ids": [bookings[0]["id"]]},
        headers=organiser.headers,
    )
    assert early.status_code == 409
    move_into_the_past(database, workshop)
    assert book(client, workshop, waiting).status_code == 409

    marked = client.post(
        f"{SESSIONS}/{workshop}/attendance",
        json={"booking_ids": [b["id"] for b in bookings]},
        headers=organiser.headers,
    )

    assert marked.status_code == 200
    codes = [b["certificate_code"] for b in marked.json()]
    assert all(codes)
    for person, booking in ((turkish, bookings[0]), (persian, bookings[1])):
        pdf = client.get(
            f"/api/v1/bookings/{booking['id']}/certificate.pdf", headers=person.headers
        )
        assert pdf.status_code == 200
        assert pdf.headers["content-type"] == "application/pdf"
        assert pdf.content.startswith(b"%PDF")
    assert (
        client.get(
            f"/api/v1/bookings/{bookings[0]['id']}/certificate.pdf", headers=persian.headers
        ).status_code
        == 403
    )
    checked = client.get(f"/api/v1/certificates/{codes[1]}").json()
    assert checked["valid"] is True
    assert checked["session_title"] == "Climate programme follow-up workshop"
    assert client.get("/api/v1/certificates/NOSUCHCODE").status_code == 404


def test_no_certificate_without_attendance(
    client: TestClient, database: Database, workshop: int
) -> None:
    person = make_person(client, database)
    booking = book(client, workshop, person).json()

    assert (
        client.get(
            f"/api/v1/bookings/{booking['id']}/certificate.pdf", headers=person.headers
        ).status_code
        == 409
    )


def test_attendance_only_for_confirmed_bookings_of_the_session(
    client: TestClient, database: Database, organiser: Person, workshop: int
) -> None:
    move_into_the_past(database, workshop)

    response = client.post(
        f"{SESSIONS}/{workshop}/attendance",
        json={"booking_ids": [424242]},
        headers=organiser.headers,
    )

    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "booking_ids", "message": "These bookings are not for this session: 424242."}
    ]


def test_calendar_files_for_a_session_and_for_me(
    client: TestClient, database: Database, workshop: int
) -> None:
    person = make_person(client, database)
    book(client, workshop, person)

    single = client.get(f"{SESSIONS}/{workshop}/calendar.ics")
    mine = client.get("/api/v1/me/calendar.ics", headers=person.headers)
    feed_url = client.post("/api/v1/me/calendar-feed", headers=person.headers).json()["url"]
    feed = client.get(feed_url.replace("http://testserver", ""))

    assert single.headers["content-type"].startswith("text/calendar")
    assert "TZID=Europe/Helsinki" in single.text
    assert f"UID:session-{workshop}@polylog" in single.text
    assert f"UID:session-{workshop}@polylog" in mine.text
    assert feed.status_code == 200
    assert feed.text == mine.text
    client.post("/api/v1/me/calendar-feed", headers=person.headers)
    assert client.get(feed_url.replace("http://testserver", "")).status_code == 404


def test_attendance_marked_by_mistake_can_be_taken_back(
    client: TestClient, database: Database, organiser: Person, workshop: int
) -> None:
    person = make_person(client, database)
    booking = book(client, workshop, person).json()
    move_into_the_past(database, workshop)
    marked = client.post(
        f"{SESSIONS}/{workshop}/attendance",
        json={"booking_ids": [booking["id"]]},
        headers=organiser.headers,
    ).json()
    code = marked[0]["certificate_code"]
    undo = f"{SESSIONS}/{workshop}/attendance/{booking['id']}"

    assert client.delete(undo, headers=person.headers).status_code == 403
    taken_back = client.delete(undo, headers=organiser.headers)
    again = client.delete(undo, headers={**organiser.headers, "Accept-Language": "fi"})

    assert taken_back.status_code == 200
    assert taken_back.json()["attended"] is False
    assert taken_back.json()["certificate_code"] is None
    assert client.get(f"/api/v1/certificates/{code}").status_code == 404
    assert again.status_code == 409
    assert again.json()["detail"] == (
        "Tähän varaukseen ei ole merkitty osallistumista, jota voisi perua."
    )
    assert (
        client.delete(
            f"{SESSIONS}/{workshop}/attendance/424242", headers=organiser.headers
        ).status_code
        == 404
    )
    history = client.get("/api/v1/cities/salo/audit", headers=organiser.headers)
    assert history.status_code == 403
