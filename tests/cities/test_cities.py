from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from polylog.accounts.models import Role
from polylog.core.db import Database
from tests.factories import city_payload, make_city, make_person

CITIES = "/api/v1/cities"


def test_everyone_lists_the_cities_with_names_in_their_language(
    client: TestClient, database: Database
) -> None:
    make_city(database, "izmir")
    make_city(database, "rasht")

    response = client.get(CITIES, headers={"Accept-Language": "fa"})

    assert response.status_code == 200
    assert [(city["slug"], city["name"]) for city in response.json()] == [
        ("izmir", "ازمیر"),
        ("rasht", "رشت"),
    ]
    izmir = response.json()[0]
    assert izmir["names"] == {"en": "Izmir", "tr": "İzmir", "fa": "ازمیر", "fi": "Izmir"}
    assert izmir["timezone"] == "Europe/Istanbul"
    assert izmir["default_language"] == "tr"
    assert izmir["location"] == {"lat": 60.38, "lng": 23.13}


def test_a_city_is_read_by_its_slug(client: TestClient, database: Database) -> None:
    make_city(database, "izmir")

    response = client.get(f"{CITIES}/izmir", params={"lang": "tr"})

    assert response.status_code == 200
    assert response.json()["name"] == "İzmir"
    assert response.headers["content-language"] == "tr"


def test_an_unknown_city_is_not_found(client: TestClient, database: Database) -> None:
    response = client.get(f"{CITIES}/atlantis", params={"lang": "fi"})

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["title"] == "Ei löytynyt"


def test_a_platform_admin_adds_a_city(client: TestClient, database: Database) -> None:
    admin = make_person(client, database, is_admin=True)

    response = client.post(CITIES, json=city_payload("salo"), headers=admin.headers)

    assert response.status_code == 201
    assert response.json() == client.get(f"{CITIES}/salo").json()
    assert response.json()["name"] == "Salo"


def test_a_duplicate_slug_is_a_conflict(client: TestClient, database: Database) -> None:
    admin = make_person(client, database, is_admin=True)
    make_city(database, "salo")

    response = client.post(CITIES, json=city_payload("salo"), headers=admin.headers)

    assert response.status_code == 409


def test_an_unknown_time_zone_is_refused(client: TestClient, database: Database) -> None:
    admin = make_person(client, database, is_admin=True)

    response = client.post(
        CITIES, json=city_payload("salo", timezone="Europe/Salo"), headers=admin.headers
    )

    assert response.status_code == 422
    assert response.json()["errors"] == [
        {
            "field": "timezone",
            "message": "Choose a time zone from the IANA list, such as Europe/Helsinki.",
        }
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("slug", "Not A Slug"),
        ("country_code", "Finland"),
        ("default_language", "sv"),
        ("location", {"lat": 91, "lng": 0}),
        ("names", {"en": "Salo", "tr": "Salo", "fa": "سالو"}),
    ],
)
def test_city_fields_are_checked(
    client: TestClient, database: Database, field: str, value: object
) -> None:
    admin = make_person(client, database, is_admin=True)

    response = client.post(
        CITIES, json={**city_payload("salo"), field: value}, headers=admin.headers
    )

    assert response.status_code == 422
    assert all(error["field"].startswith(field) for error in response.json()["errors"])


def test_only_platform_admins_add_cities(client: TestClient, database: Database) -> None:
    city_id = make_city(database, "izmir")
    city_admin = make_person(client, database, roles={city_id: [Role.CITY_ADMIN]})

    anonymous = client.post(CITIES, json=city_payload("salo"))
    not_admin = client.post(CITIES, json=city_payload("salo"), headers=city_admin.headers)

    assert anonymous.status_code == 401
    assert not_admin.status_code == 403


def test_a_city_admin_changes_their_city(client: TestClient, database: Database) -> None:
    city_id = make_city(database, "izmir")
    city_admin = make_person(client, database, roles={city_id: [Role.CITY_ADMIN]})

    response = client.patch(
        f"{CITIES}/izmir",
        json={"location": {"lat": 38.4237, "lng": 27.1428}},
        headers=city_admin.headers,
    )

    assert response.status_code == 200
    assert response.json()["location"] == {"lat": 38.4237, "lng": 27.1428}
    assert response.json()["timezone"] == "Europe/Istanbul"


def test_nobody_else_changes_a_city(client: TestClient, database: Database) -> None:
    izmir, rasht = make_city(database, "izmir"), make_city(database, "rasht")
    other_admin = make_person(client, database, roles={rasht: [Role.CITY_ADMIN]})
    delegate = make_person(client, database, roles={izmir: [Role.DELEGATE]})

    for person in (other_admin, delegate):
        response = client.patch(
            f"{CITIES}/izmir", json={"timezone": "Asia/Tehran"}, headers=person.headers
        )
        assert response.status_code == 403
    assert client.patch(f"{CITIES}/izmir", json={"timezone": "Asia/Tehran"}).status_code == 401
    assert client.get(f"{CITIES}/izmir").json()["timezone"] == "Europe/Istanbul"


def test_a_city_admin_appoints_and_removes_members(client: TestClient, database: Database) -> None:
    city_id = make_city(database, "rasht")
    city_admin = make_person(client, database, roles={city_id: [Role.CITY_ADMIN]})
    colleague = make_person(client, database, email="fatemeh@rasht.ir")

    added = client.post(
        f"{CITIES}/rasht/members",
        json={"email": "Fatemeh@rasht.ir", "role": "delegate"},
        headers=city_admin.headers,
    )

    assert added.status_code == 201
    assert added.json() == {
        "user_id": colleague.id,
        "email": "fatemeh@rasht.ir",
        "display_name": "fatemeh",
        "city": "rasht",
        "role": "delegate",
    }
    assert client.get("/api/v1/me", headers=colleague.headers).json()["memberships"] == [
        {"city": "rasht", "role": "delegate"}
    ]
    members = client.get(f"{CITIES}/rasht/members", headers=city_admin.headers).json()
    assert {(m["email"], m["role"]) for m in members} >= {("fatemeh@rasht.ir", "delegate")}

    removed = client.delete(f"{CITIES}/rasht/members/{colleague.id}", headers=city_admin.headers)

    assert removed.status_code == 204
    assert client.get("/api/v1/me", headers=colleague.headers).json()["memberships"] == []


def test_membership_errors(client: TestClient, database: Database) -> None:
    city_id = make_city(database, "rasht")
    city_admin = make_person(client, database, roles={city_id: [Role.CITY_ADMIN]})
    members_url = f"{CITIES}/rasht/members"

    unknown = client.post(
        members_url,
        json={"email": "nobody@example.org", "role": "delegate"},
        headers=city_admin.headers,
    )
    bad_role = client.post(
        members_url, json={"email": city_admin.email, "role": "mayor"}, headers=city_admin.headers
    )
    twice = client.post(
        members_url,
        json={"email": city_admin.email, "role": "city_admin"},
        headers=city_admin.headers,
    )
    not_member = client.delete(f"{members_url}/999999", headers=city_admin.headers)

    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["field"] == "email"
    assert bad_role.status_code == 422
    assert twice.status_code == 409
    assert not_member.status_code == 404


def test_only_the_citys_admins_manage_its_members(client: TestClient, database: Database) -> None:
    rasht, isfahan = make_city(database, "rasht"), make_city(database, "isfahan")
    other = make_person(
        client, database, roles={isfahan: [Role.CITY_ADMIN], rasht: [Role.DELEGATE]}
    )
    admin = make_person(client, database, is_admin=True)
    payload = {"email": other.email, "role": "organiser"}

    assert (
        client.post(f"{CITIES}/rasht/members", json=payload, headers=other.headers).status_code
        == 403
    )
    assert client.get(f"{CITIES}/rasht/members", headers=other.headers).status_code == 403
    assert client.get(f"{CITIES}/rasht/members").status_code == 401
    assert (
        client.post(f"{CITIES}/rasht/members", json=payload, headers=admin.headers).status_code
        == 201
    )
