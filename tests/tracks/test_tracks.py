"""Balikesir's three-day Smart City training as a learning track, through HTTP."""

from __future__ import annotations

import io

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader

from polylog.accounts.models import Role
from polylog.core.db import Database
from tests.factories import Person, created, make_city, make_person, session_payload
from tests.peer_sessions.test_bookings import move_into_the_past

TRACKS = "/api/v1/tracks"
SESSIONS = "/api/v1/sessions"


@pytest.fixture
def organiser(client: TestClient, database: Database) -> Person:
    make_city(database, "salo")
    return make_person(client, database, roles={make_city(database, "balikesir"): [Role.ORGANISER]})


def three_days(client: TestClient, organiser: Person) -> list[int]:
    ids = []
    for day in (30, 31, 32):
        payload = session_payload(
            city="balikesir",
            days_ahead=day,
            kind="training",
            timezone="Europe/Istanbul",
            capacity=10,
        )
        ids.append(created(client, SESSIONS, payload, organiser)["id"])
    return ids


def track_payload(session_ids: list[int], required: int = 3) -> dict[str, object]:
    return {
        "host_city": "balikesir",
        "translations": {
            "tr": {
                "title": "Akıllı Şehir Stratejisi ile Yeşil ve Dijital Dönüşüm eğitimi",
                "description": "3 gün süren eğitimler; katılımcılara sertifikaları takdim edilir.",
            }
        },
        "session_ids": session_ids,
        "required_sessions": required,
    }


def attend(
    client: TestClient, database: Database, organiser: Person, session_id: int, people: list[Person]
) -> None:
    bookings = [
        client.post(
            f"{SESSIONS}/{session_id}/bookings", json={"seats": 1}, headers=person.headers
        ).json()["id"]
        for person in people
    ]
    move_into_the_past(database, session_id)
    marked = client.post(
        f"{SESSIONS}/{session_id}/attendance",
        json={"booking_ids": bookings},
        headers=organiser.headers,
    )
    assert marked.status_code == 200, marked.text


def test_a_participant_who_attended_every_day_gets_the_track_certificate(
    client: TestClient, database: Database, organiser: Person
) -> None:
    sessions = three_days(client, organiser)
    created = client.post(TRACKS, json=track_payload(sessions), headers=organiser.headers)
    track = created.json()
    everyday = make_person(client, database, language="tr")
    once = make_person(client, database)
    attend(client, database, organiser, sessions[0], [everyday, once])
    for session_id in sessions[1:]:
        attend(client, database, organiser, session_id, [everyday])

    mine = client.get("/api/v1/me/tracks", headers=everyday.headers).json()
    theirs = client.get("/api/v1/me/tracks", headers=once.headers).json()
    certificate = client.get(f"{TRACKS}/{track['id']}/certificate.pdf", headers=everyday.headers)
    refused = client.get(f"{TRACKS}/{track['id']}/certificate.pdf", headers=once.headers)

    assert created.status_code == 201, created.text
    assert track["original_language"] == "tr"
    assert [item["id"] for item in track["sessions"]] == sessions
    assert mine == [
        {
            "id": track["id"],
            "host_city": "balikesir",
            "title": "Akıllı Şehir Stratejisi ile Yeşil ve Dijital Dönüşüm eğitimi",
            "language": "tr",
            "sessions": 3,
            "attended": 3,
            "required_sessions": 3,
            "complete": True,
        }
    ]
    assert theirs[0]["attended"] == 1
    assert theirs[0]["complete"] is False
    assert certificate.status_code == 200
    text = PdfReader(io.BytesIO(certificate.content)).pages[0].extract_text()
    assert "Tamamlama belgesi" in text
    assert refused.status_code == 403
    assert "3" in refused.json()["detail"]


def test_a_track_holds_only_the_hosts_sessions_and_a_reachable_rule(
    client: TestClient, database: Database, organiser: Person
) -> None:
    sessions = three_days(client, organiser)
    salo = make_person(client, database, roles={make_city(database, "rasht"): [Role.ORGANISER]})
    foreign = client.post(
        SESSIONS, json=session_payload(city="rasht", timezone="Asia/Tehran"), headers=salo.headers
    ).json()

    too_many = client.post(
        TRACKS, json=track_payload(sessions, required=4), headers=organiser.headers
    )
    mixed = client.post(
        TRACKS, json=track_payload([*sessions, foreign["id"]]), headers=organiser.headers
    )
    by_other_city = client.post(TRACKS, json=track_payload(sessions), headers=salo.headers)

    assert too_many.status_code == 422
    assert too_many.json()["errors"][0]["field"] == "required_sessions"
    assert mixed.status_code == 422
    assert mixed.json()["errors"][0]["field"] == "session_ids"
    assert by_other_city.status_code == 403


def test_tracks_are_versioned_content(
    client: TestClient, database: Database, organiser: Person
) -> None:
    sessions = three_days(client, organiser)
    track = client.post(TRACKS, json=track_payload(sessions), headers=organiser.headers).json()
    url = f"{TRACKS}/{track['id']}"

    eased = client.patch(
        url, json={"required_sessions": 2, "version": 1}, headers=organiser.headers
    )
    stale = client.patch(
        url, json={"required_sessions": 1, "version": 1}, headers=organiser.headers
    )

    assert eased.json()["required_sessions"] == 2
    assert stale.status_code == 412
    assert client.get(f"{url}/revisions").json()[0]["changed_fields"] == ["required_sessions"]


def test_tracks_are_listed_by_host_city_and_by_session(
    client: TestClient, database: Database, organiser: Person
) -> None:
    sessions = three_days(client, organiser)
    track = client.post(
        TRACKS, json=track_payload(sessions[:2], required=2), headers=organiser.headers
    ).json()

    by_city = client.get(TRACKS, params={"city": "balikesir"}).json()
    by_session = client.get(TRACKS, params={"session": sessions[1]}).json()
    outside = client.get(TRACKS, params={"session": sessions[2]}).json()
    elsewhere = client.get(TRACKS, params={"city": "salo"}).json()
    unknown = client.get(TRACKS, params={"city": "atlantis"}).json()

    assert [item["id"] for item in by_city["items"]] == [track["id"]]
    assert by_city["total"] == 1
    assert by_city["items"][0]["required_sessions"] == 2
    assert [item["id"] for item in by_session["items"]] == [track["id"]]
    assert outside["items"] == []
    assert elsewhere["total"] == 0
    assert unknown["total"] == 0
