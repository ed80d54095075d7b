from __future__ import annotations

from functools import partial

import pytest
from fastapi.testclient import TestClient

from polylog.accounts.models import Role
from polylog.core.db import Database
from tests.factories import (
    Person,
    audited_actions,
    created,
    edited,
    initiative_payload,
    make_city,
    make_person,
    similar_candidates,
)
from tests.statements import statements_run

INITIATIVES = "/api/v1/initiatives"

ENGLISH = {
    "title": "Izmir Sustainability Map",
    "summary": "Brings district municipalities' sustainability projects onto one map.",
    "description": "Encourages projects at metropolitan and district level to interact.",
    "purpose": "Projects learn from each other.",
}


@pytest.fixture
def izmir_delegate(client: TestClient, database: Database) -> Person:
    return make_person(client, database, roles={make_city(database, "izmir"): [Role.DELEGATE]})


def publish(client: TestClient, person: Person, **overrides: object) -> dict:  # type: ignore[type-arg]
    return created(client, INITIATIVES, initiative_payload(**overrides), person)


def test_a_delegate_publishes_an_initiative_in_turkish(
    client: TestClient, izmir_delegate: Person
) -> None:
    created = publish(client, izmir_delegate)

    assert created["version"] == 1
    assert created["title"] == "İzmir Sürdürülebilirlik Haritası"
    assert created["language"] == "tr"
    assert created["languages"] == ["tr"]
    assert created["city"] == "izmir"
    assert created["sdgs"] == [11, 17]
    assert created["location"] == {"lat": 38.4189, "lng": 27.1287, "district": "Konak"}
    assert created["website"] == "https://www.izmir.bel.tr/"
    assert created == client.get(f"{INITIATIVES}/{created['id']}", params={"lang": "tr"}).json()


def test_readers_get_their_language_then_english_then_the_original(
    client: TestClient, izmir_delegate: Person
) -> None:
    created = publish(
        client,
        izmir_delegate,
        translations={"tr": initiative_payload()["translations"]["tr"], "en": ENGLISH},
    )  # type: ignore[index]
    url = f"{INITIATIVES}/{created['id']}"

    finnish = client.get(url, params={"lang": "fi"}).json()
    turkish = client.get(url, params={"lang": "tr"}).json()

    assert (finnish["title"], finnish["language"]) == ("Izmir Sustainability Map", "en")
    assert (turkish["title"], turkish["language"]) == ("İzmir Sürdürülebilirlik Haritası", "tr")
    assert finnish["languages"] == ["en", "tr"]
    assert finnish["original_language"] == "tr"


def test_without_english_the_original_is_shown(client: TestClient, izmir_delegate: Person) -> None:
    created = publish(client, izmir_delegate)

    persian = client.get(f"{INITIATIVES}/{created['id']}", params={"lang": "fa"}).json()

    assert persian["language"] == "tr"


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"sdgs": [0, 18]}, "sdgs"),
        ({"themes": ["space_travel"]}, "themes"),
        ({"location": {"lat": 120, "lng": 27}}, "location.lat"),
        ({"start_date": "2025-05-01", "end_date": "2025-04-30"}, "end_date"),
        ({"website": "javascript:alert(1)"}, "website"),
        ({"status": "abandoned"}, "status"),
        ({"translations": {"tr": {"title": "İz"}}}, "translations.tr.title"),
        ({"translations": {"tr": {"title": "x" * 201}}}, "translations.tr.title"),
        ({"translations": {"en": ENGLISH}}, "translations.tr"),
        ({"city": "atlantis"}, "city"),
        ({"target_groups": ["x"] * 31}, "target_groups"),
    ],
)
def test_invalid_initiatives_are_refused_at_the_right_field(
    client: TestClient, izmir_delegate: Person, override: dict[str, object], field: str
) -> None:
    response = client.post(
        INITIATIVES, json=initiative_payload(**override), headers=izmir_delegate.headers
    )

    assert response.status_code == 422
    assert any(error["field"].startswith(field) for error in response.json()["errors"]), (
        response.json()
    )


def test_validation_messages_come_in_the_readers_language(
    client: TestClient, izmir_delegate: Person
) -> None:
    response = client.post(
        INITIATIVES,
        json=initiative_payload(start_date="2025-05-01", end_date="2025-04-30"),
        headers={**izmir_delegate.headers, "Accept-Language": "tr"},
    )

    assert response.json()["errors"] == [
        {"field": "end_date", "message": "Bitiş tarihi başlangıç tarihinden önce olamaz."}
    ]


def test_only_delegates_of_the_city_publish(client: TestClient, database: Database) -> None:
    izmir, salo = make_city(database, "izmir"), make_city(database, "salo")
    salo_delegate = make_person(client, database, roles={salo: [Role.DELEGATE]})
    izmir_organiser = make_person(client, database, roles={izmir: [Role.ORGANISER]})
    admin = make_person(client, database, is_admin=True)

    assert client.post(INITIATIVES, json=initiative_payload()).status_code == 401
    assert (
        client.post(
            INITIATIVES, json=initiative_payload(), headers=salo_delegate.headers
        ).status_code
        == 403
    )
    assert (
        client.post(
            INITIATIVES, json=initiative_payload(), headers=izmir_organiser.headers
        ).status_code
        == 403
    )
    assert (
        client.post(INITIATIVES, json=initiative_payload(), headers=admin.headers).status_code
        == 201
    )


def test_an_edit_adds_a_translation_and_keeps_a_revision(
    client: TestClient, izmir_delegate: Person
) -> None:
    created = publish(client, izmir_delegate)
    url = f"{INITIATIVES}/{created['id']}"

    edited = client.patch(
        url,
        json={"translations": {"en": ENGLISH}, "status": "completed"},
        headers={**izmir_delegate.headers, "If-Match": '"1"'},
    )

    assert edited.status_code == 200
    assert edited.json()["version"] == 2
    assert edited.json()["languages"] == ["en", "tr"]
    assert edited.json()["translations"]["tr"]["title"] == "İzmir Sürdürülebilirlik Haritası"
    assert edited.headers["etag"] == '"2"'
    revisions = client.get(f"{url}/revisions").json()
    assert len(revisions) == 1
    assert revisions[0]["version"] == 1
    assert revisions[0]["changed_fields"] == ["status", "translations"]
    assert revisions[0]["changed_by"]["id"] == izmir_delegate.id
    assert revisions[0]["snapshot"]["status"] == "ongoing"
    assert set(revisions[0]["snapshot"]["translations"]) == {"tr"}


def test_revisions_are_listed_newest_first(client: TestClient, izmir_delegate: Person) -> None:
    created = publish(client, izmir_delegate)
    url = f"{INITIATIVES}/{created['id']}"
    for version, status in ((1, "completed"), (2, "planned")):
        client.patch(
            url, json={"version": version, "status": status}, headers=izmir_delegate.headers
        )

    assert [r["version"] for r in client.get(f"{url}/revisions").json()] == [2, 1]


def test_a_stale_edit_is_refused_and_changes_nothing(
    client: TestClient, izmir_delegate: Person
) -> None:
    created = publish(client, izmir_delegate)
    url = f"{INITIATIVES}/{created['id']}"
    client.patch(url, json={"version": 1, "status": "completed"}, headers=izmir_delegate.headers)

    stale = client.patch(
        url, json={"version": 1, "status": "planned"}, headers=izmir_delegate.headers
    )

    assert stale.status_code == 412
    assert client.get(url).json()["status"] == "completed"
    assert client.get(url).json()["version"] == 2


def test_an_edit_must_name_its_version(client: TestClient, izmir_delegate: Person) -> None:
    created = publish(client, izmir_delegate)

    response = client.patch(
        f"{INITIATIVES}/{created['id']}", json={"status": "planned"}, headers=izmir_delegate.headers
    )

    assert response.status_code == 428


def test_a_language_block_can_be_removed_but_not_the_original(
    client: TestClient, izmir_delegate: Person
) -> None:
    created = publish(client, izmir_delegate)
    url = f"{INITIATIVES}/{created['id']}"
    client.patch(
        url, json={"version": 1, "translations": {"en": ENGLISH}}, headers=izmir_delegate.headers
    )

    removed = client.patch(
        url, json={"version": 2, "translations": {"en": None}}, headers=izmir_delegate.headers
    )
    original = client.patch(
        url, json={"version": 3, "translations": {"tr": None}}, headers=izmir_delegate.headers
    )

    assert removed.json()["languages"] == ["tr"]
    assert original.status_code == 422


def test_an_edit_that_changes_nothing_keeps_the_version(
    client: TestClient, izmir_delegate: Person
) -> None:
    created = publish(client, izmir_delegate)

    same = edited(
        client,
        f"{INITIATIVES}/{created['id']}",
        {"version": 1, "status": "ongoing"},
        izmir_delegate,
    )

    assert same["version"] == 1


def test_deleting_hides_and_an_admin_restores(
    client: TestClient, database: Database, izmir_delegate: Person
) -> None:
    admin = make_person(client, database, is_admin=True)
    created = publish(client, izmir_delegate)
    url = f"{INITIATIVES}/{created['id']}"

    assert client.delete(url, headers=izmir_delegate.headers).status_code == 204

    assert client.get(url).status_code == 404
    assert client.get(url, headers=izmir_delegate.headers).status_code == 404
    assert client.get(INITIATIVES).json()["total"] == 0
    assert client.get(url, headers=admin.headers).json()["deleted"] is True
    assert client.post(f"{url}/restore", headers=izmir_delegate.headers).status_code == 403
    restored = client.post(f"{url}/restore", headers=admin.headers)
    assert restored.status_code == 200
    assert restored.json()["deleted"] is False
    assert client.get(url).status_code == 200


def test_every_change_is_in_the_audit_log(
    client: TestClient, database: Database, izmir_delegate: Person
) -> None:

    created = publish(client, izmir_delegate)
    url = f"{INITIATIVES}/{created['id']}"
    client.patch(url, json={"version": 1, "status": "completed"}, headers=izmir_delegate.headers)
    client.delete(url, headers=izmir_delegate.headers)

    assert audited_actions(database, "initiative") == ["create", "update", "delete"]


def test_indicators_show_progress(client: TestClient, izmir_delegate: Person) -> None:
    created = publish(client, izmir_delegate)
    indicator = client.post(
        f"{INITIATIVES}/{created['id']}/indicators",
        json={
            "name": {"tr": "Haritadaki proje sayısı", "en": "Projects on the map"},
            "unit": "proje",
            "baseline": 10,
            "target": 110,
            "target_date": "2027-12-31",
        },
        headers=izmir_delegate.headers,
    )
    assert indicator.status_code == 201
    indicator_id = indicator.json()["id"]
    assert indicator.json()["progress"] == {
        "latest_value": None,
        "latest_date": None,
        "ratio": None,
    }

    for day, value in (("2025-06-01", 60), ("2025-01-01", 35)):
        response = client.post(
            f"/api/v1/indicators/{indicator_id}/measurements",
            json={"date": day, "value": value},
            headers=izmir_delegate.headers,
        )
        assert response.status_code == 201

    shown = client.get(f"{INITIATIVES}/{created['id']}", params={"lang": "fi"}).json()[
        "indicators"
    ][0]
    assert shown["name"] == "Projects on the map"
    assert [m["date"] for m in shown["measurements"]] == ["2025-01-01", "2025-06-01"]
    assert shown["progress"] == {"latest_value": 60, "latest_date": "2025-06-01", "ratio": 0.5}


def test_only_the_citys_delegates_measure(
    client: TestClient, database: Database, izmir_delegate: Person
) -> None:
    created = publish(client, izmir_delegate)
    indicator_id = client.post(
        f"{INITIATIVES}/{created['id']}/indicators",
        json={"name": {"tr": "Ağaç"}, "unit": "adet", "baseline": 0, "target": 100},
        headers=izmir_delegate.headers,
    ).json()["id"]
    outsider = make_person(client, database)

    response = client.post(
        f"/api/v1/indicators/{indicator_id}/measurements",
        json={"date": "2025-01-01", "value": 3},
        headers=outsider.headers,
    )

    assert response.status_code == 403
    assert (
        client.post(
            "/api/v1/indicators/999999/measurements",
            json={"date": "2025-01-01", "value": 3},
            headers=izmir_delegate.headers,
        ).status_code
        == 404
    )


def test_the_list_filters_and_pages(
    client: TestClient, database: Database, izmir_delegate: Person
) -> None:
    salo = make_city(database, "salo")
    salo_delegate = make_person(client, database, roles={salo: [Role.DELEGATE]})
    publish(client, izmir_delegate)
    publish(client, izmir_delegate, sdgs=[7], themes=["energy"], status="planned")
    salo_item = client.post(
        INITIATIVES,
        json=initiative_payload(
            "salo",
            original_language="fi",
            translations={"fi": {"title": "Ilmasto-ohjelman seuranta"}},
            sdgs=[13],
            themes=["climate_adaptation"],
        ),
        headers=salo_delegate.headers,
    ).json()

    def ids(**params: object) -> list[int]:
        return [item["id"] for item in client.get(INITIATIVES, params=params).json()["items"]]  # type: ignore[arg-type]

    assert len(ids()) == 3
    assert ids(city="salo") == [salo_item["id"]]
    assert ids(sdg=13) == [salo_item["id"]]
    assert len(ids(sdg=[7, 13])) == 2
    assert len(ids(theme="energy")) == 1
    assert len(ids(status="planned")) == 1
    assert ids(q="ilmasto") == [salo_item["id"]]
    assert ids(city="atlantis") == []
    first_page = client.get(INITIATIVES, params={"per_page": 2}).json()
    assert (
        first_page["total"],
        first_page["page"],
        first_page["per_page"],
        len(first_page["items"]),
    ) == (3, 1, 2, 2)
    assert client.get(INITIATIVES, params={"per_page": 101}).status_code == 422
    assert client.get(INITIATIVES, params={"sdg": 99}).status_code == 422


def test_listing_takes_the_same_few_queries_however_many_items(
    client: TestClient, database: Database, izmir_delegate: Person
) -> None:
    def queries_for_list() -> int:
        with statements_run(database) as statements:
            assert client.get(INITIATIVES, params={"lang": "fi"}).status_code == 200
        return len(statements)

    publish(client, izmir_delegate)
    with_one = queries_for_list()
    for _ in range(5):
        publish(
            client, izmir_delegate, translations={"tr": {"title": "Yeşil Koridor"}, "en": ENGLISH}
        )

    assert queries_for_list() == with_one <= 8


def test_similar_initiatives_come_from_other_cities_best_first(
    client: TestClient, database: Database, izmir_delegate: Person
) -> None:
    salo = make_city(database, "salo")
    salo_delegate = make_person(client, database, roles={salo: [Role.DELEGATE]})
    source, close, far = similar_candidates(partial(publish, client), izmir_delegate, salo_delegate)

    similar = client.get(f"{INITIATIVES}/{source['id']}/similar").json()

    assert [item["id"] for item in similar] == [close["id"], far["id"]]
    assert similar[0]["score"] > similar[1]["score"]


def test_unknown_initiatives_are_not_found(client: TestClient) -> None:
    for path in ("", "/revisions", "/similar"):
        assert client.get(f"{INITIATIVES}/424242{path}").status_code == 404


def test_null_leaves_required_fields_alone_and_clears_optional_ones(
    client: TestClient, izmir_delegate: Person
) -> None:
    created = publish(client, izmir_delegate)

    nulls = {"sdgs": None, "status": None, "translations": None, "website": None}
    kept = edited(client, f"{INITIATIVES}/{created['id']}", {"version": 1, **nulls}, izmir_delegate)

    assert kept["sdgs"] == [11, 17]
    assert kept["status"] == "ongoing"
    assert kept["website"] is None


def test_a_short_title_is_measured_in_characters(
    client: TestClient, izmir_delegate: Person
) -> None:
    response = client.post(
        INITIATIVES,
        json=initiative_payload(translations={"tr": {"title": "İz"}}),
        headers={**izmir_delegate.headers, "Accept-Language": "tr"},
    )

    assert response.json()["errors"] == [
        {"field": "translations.tr.title", "message": "En az 3 karakter girin."}
    ]
