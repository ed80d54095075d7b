from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from polylog.accounts.models import Role
from polylog.core.db import Database
from tests.factories import Person, city_id, created, edited, make_person, session_payload

SESSIONS = "/api/v1/sessions"


def schedule(client: TestClient, organiser: Person, **overrides: object) -> dict:  # type: ignore[type-arg]
    return created(client, SESSIONS, session_payload(**overrides), organiser)


def test_an_organiser_schedules_a_hybrid_workshop_in_helsinki_time(
    client: TestClient, organiser: Person
) -> None:
    created = schedule(client, organiser)

    assert created["host_city"] == "salo"
    assert created["original_language"] == "fi"
    assert created["seats_taken"] == 0
    assert created["seats_left"] == 3
    assert created["waitlist"] == 0
    assert created["registration_open"] is True
    starts = datetime.fromisoformat(created["starts_at"])
    helsinki = datetime.fromisoformat(created["local_times"]["Europe/Helsinki"])
    istanbul = datetime.fromisoformat(created["local_times"]["Europe/Istanbul"])
    tehran = datetime.fromisoformat(created["local_times"]["Asia/Tehran"])
    assert helsinki.hour == 10
    assert helsinki == istanbul == tehran == starts
    assert istanbul.utcoffset() == timedelta(hours=3)
    assert tehran.utcoffset() == timedelta(hours=3, minutes=30)


def test_visitors_see_it_in_their_own_zone_and_language(
    client: TestClient, organiser: Person, database: Database
) -> None:
    created = schedule(client, organiser)
    rasht_visitor = make_person(
        client, database, roles={city_id(database, "rasht"): [Role.DELEGATE]}
    )

    by_parameter = client.get(
        f"{SESSIONS}/{created['id']}", params={"tz": "America/New_York", "lang": "tr"}
    ).json()
    by_city = client.get(f"{SESSIONS}/{created['id']}", headers=rasht_visitor.headers).json()

    assert "America/New_York" in by_parameter["local_times"]
    assert by_parameter["language"] == "en"
    assert list(by_city["local_times"])[:2] == ["Europe/Helsinki", "Asia/Tehran"]


def test_the_online_link_is_only_for_organisers_and_confirmed_participants(
    client: TestClient, organiser: Person, database: Database
) -> None:
    created = schedule(client, organiser)
    url = f"{SESSIONS}/{created['id']}"
    participant = make_person(client, database)

    assert client.get(url).json()["online_url"] is None
    assert client.get(url, headers=participant.headers).json()["online_url"] is None
    assert (
        client.get(url, headers=organiser.headers).json()["online_url"]
        == "https://meet.example.org/salo-forum"
    )
    client.post(f"{url}/bookings", json={"seats": 1}, headers=participant.headers)
    assert (
        client.get(url, headers=participant.headers).json()["online_url"]
        == "https://meet.example.org/salo-forum"
    )


@pytest.mark.parametrize(
    ("override", "field"),
    [
        (
            {"starts_at": "2020-01-01T10:00:00+02:00", "ends_at": "2020-01-01T12:00:00+02:00"},
            "starts_at",
        ),
        ({"ends_at": "2000-01-01T00:00:00+00:00"}, "ends_at"),
        ({"starts_at": "2030-01-01T10:00:00"}, "starts_at"),
        ({"timezone": "Europe/Salo"}, "timezone"),
        ({"capacity": 0}, "capacity"),
        ({"capacity": 10001}, "capacity"),
        ({"kind": "party"}, "kind"),
        ({"format": "telepathy"}, "format"),
        ({"languages": ["sv"]}, "languages"),
        ({"languages": []}, "languages"),
        ({"host_city": "atlantis"}, "host_city"),
        ({"registration_closes_at": "2099-01-01T00:00:00+00:00"}, "registration_closes_at"),
    ],
)
def test_invalid_sessions_are_refused_at_the_right_field(
    client: TestClient, organiser: Person, override: dict[str, object], field: str
) -> None:
    response = client.post(SESSIONS, json=session_payload(**override), headers=organiser.headers)

    assert response.status_code == 422, response.text
    assert any(error["field"].startswith(field) for error in response.json()["errors"]), (
        response.json()
    )


def test_only_organisers_of_the_host_city_schedule(
    client: TestClient, organiser: Person, database: Database
) -> None:
    delegate = make_person(client, database, roles={city_id(database, "salo"): [Role.DELEGATE]})
    izmir_organiser = make_person(
        client, database, roles={city_id(database, "izmir"): [Role.ORGANISER]}
    )

    assert client.post(SESSIONS, json=session_payload()).status_code == 401
    assert (
        client.post(SESSIONS, json=session_payload(), headers=delegate.headers).status_code == 403
    )
    assert (
        client.post(SESSIONS, json=session_payload(), headers=izmir_organiser.headers).status_code
        == 403
    )


def test_a_series_is_created_in_one_request(client: TestClient, organiser: Person) -> None:
    first, second = session_payload(days_ahead=10), session_payload(days_ahead=17)
    payload = {key: value for key, value in first.items() if key not in ("starts_at", "ends_at")}
    payload["series"] = "Kestävän kaupunkikehityksen foorumi"
    payload["occurrences"] = [
        {"starts_at": second["starts_at"], "ends_at": second["ends_at"]},
        {"starts_at": first["starts_at"], "ends_at": first["ends_at"]},
    ]

    response = client.post(f"{SESSIONS}/series", json=payload, headers=organiser.headers)

    assert response.status_code == 201
    created = response.json()
    assert [item["starts_at"] for item in created] == sorted(item["starts_at"] for item in created)
    listed = client.get(SESSIONS, params={"series": "Kestävän kaupunkikehityksen foorumi"}).json()
    assert listed["total"] == 2


def test_an_edit_is_versioned_like_initiatives(client: TestClient, organiser: Person) -> None:
    created = schedule(client, organiser)
    url = f"{SESSIONS}/{created['id']}"

    edited = client.patch(url, json={"capacity": 40, "version": 1}, headers=organiser.headers)
    stale = client.patch(url, json={"capacity": 50, "version": 1}, headers=organiser.headers)
    missing = client.patch(url, json={"capacity": 50}, headers=organiser.headers)

    assert edited.status_code == 200
    assert edited.json()["version"] == 2
    assert edited.json()["seats_left"] == 40
    assert stale.status_code == 412
    assert missing.status_code == 428


def test_the_list_filters_by_city_kind_language_theme_and_dates(
    client: TestClient, organiser: Person
) -> None:
    soon = schedule(client, organiser, days_ahead=5)
    later = schedule(
        client, organiser, days_ahead=60, kind="webinar", languages=["tr"], themes=["energy"]
    )

    def ids(**params: object) -> list[int]:
        response = client.get(SESSIONS, params=params)  # type: ignore[arg-type]
        assert response.status_code == 200, response.text
        return [item["id"] for item in response.json()["items"]]

    assert ids() == [soon["id"], later["id"]]
    assert ids(city="salo") == [soon["id"], later["id"]]
    assert ids(city="izmir") == []
    assert ids(kind="webinar") == [later["id"]]
    assert ids(language="tr") == [later["id"]]
    assert ids(language="fi") == [soon["id"]]
    assert ids(theme="energy") == [later["id"]]
    in_a_month = (datetime.now(UTC) + timedelta(days=30)).isoformat()
    assert ids(to=in_a_month) == [soon["id"]]
    assert ids(**{"from": in_a_month}) == [later["id"]]


def test_cancelling_a_session_closes_it(
    client: TestClient, organiser: Person, database: Database
) -> None:
    created = schedule(client, organiser)
    url = f"{SESSIONS}/{created['id']}"
    participant = make_person(client, database, language="fi")
    client.post(f"{url}/bookings", json={"seats": 1}, headers=participant.headers)

    cancelled = client.post(f"{url}/cancel", headers=organiser.headers)
    booking = client.post(
        f"{url}/bookings", json={"seats": 1}, headers=make_person(client, database).headers
    )

    assert cancelled.json()["cancelled"] is True
    assert cancelled.json()["registration_open"] is False
    assert booking.status_code == 409
    assert (
        client.patch(url, json={"capacity": 9, "version": 2}, headers=organiser.headers).status_code
        == 409
    )


def test_unknown_sessions_are_not_found(client: TestClient) -> None:
    assert client.get(f"{SESSIONS}/9999").status_code == 404
    assert client.get(f"{SESSIONS}/9999/calendar.ics").status_code == 404


def test_null_in_an_edit_never_breaks_the_session(client: TestClient, organiser: Person) -> None:
    created = schedule(client, organiser)

    nulls = {"capacity": None, "starts_at": None, "languages": None, "venue": None}
    kept = edited(client, f"{SESSIONS}/{created['id']}", {"version": 1, **nulls}, organiser)

    assert kept["capacity"] == 3
    assert kept["venue"] is None


def test_every_earlier_version_of_a_session_is_kept_newest_first(
    client: TestClient, organiser: Person
) -> None:
    created = schedule(client, organiser)
    url = f"{SESSIONS}/{created['id']}"
    client.patch(url, json={"capacity": 5, "version": 1}, headers=organiser.headers)
    client.patch(url, json={"venue": "Salon kirjasto", "version": 2}, headers=organiser.headers)

    revisions = client.get(f"{url}/revisions").json()

    assert [revision["version"] for revision in revisions] == [2, 1]
    assert revisions[0]["changed_fields"] == ["venue"]
    assert revisions[1]["changed_fields"] == ["capacity"]
    assert revisions[1]["snapshot"]["capacity"] == 3
    assert revisions[1]["changed_by"]["id"] == organiser.id
    assert client.get(f"{SESSIONS}/999999/revisions").status_code == 404
