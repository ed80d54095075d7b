"""İZSA's sustainability coaching: Izmir guides Karşıyaka stage by stage, through HTTP."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlalchemy import select

from polylog.accounts.models import Role
from polylog.core.db import Database
from polylog.notifications.models import OutboxMessage
from tests.factories import (
    Person,
    city_id,
    initiative_payload,
    make_city,
    make_person,
    session_payload,
)

JOURNEYS = "/api/v1/journeys"


@dataclass
class Cast:
    coach_admin: Person
    coach_organiser: Person
    coachee_admin: Person
    coachee_delegate: Person
    outsider: Person


@pytest.fixture
def cast(client: TestClient, database: Database) -> Cast:
    izmir = make_city(database, "izmir")
    karsiyaka = make_city(database, "karsiyaka")
    salo = make_city(database, "salo")
    return Cast(
        coach_admin=make_person(client, database, language="tr", roles={izmir: [Role.CITY_ADMIN]}),
        coach_organiser=make_person(client, database, roles={izmir: [Role.ORGANISER]}),
        coachee_admin=make_person(
            client, database, language="tr", roles={karsiyaka: [Role.CITY_ADMIN]}
        ),
        coachee_delegate=make_person(
            client, database, language="fi", roles={karsiyaka: [Role.DELEGATE]}
        ),
        outsider=make_person(client, database, roles={salo: [Role.CITY_ADMIN]}),
    )


def invite(client: TestClient, cast: Cast, template: str = "climate_city_contract") -> dict:  # type: ignore[type-arg]
    response = client.post(
        JOURNEYS,
        json={
            "template": template,
            "coach_city": "izmir",
            "coachee_city": "karsiyaka",
            "starts_on": "2026-09-01",
        },
        headers=cast.coach_admin.headers,
    )
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def active(client: TestClient, cast: Cast) -> dict:  # type: ignore[type-arg]
    journey = invite(client, cast)
    accepted = client.post(f"{JOURNEYS}/{journey['id']}/accept", headers=cast.coachee_admin.headers)
    assert accepted.status_code == 200, accepted.text
    return accepted.json()  # type: ignore[no-any-return]


def _outbox(database: Database, kind: str) -> list[OutboxMessage]:
    with database.transaction(write=False) as db:
        return list(db.scalars(select(OutboxMessage).where(OutboxMessage.kind == kind)))


def test_the_templates_are_there_in_every_language(client: TestClient) -> None:
    english = client.get("/api/v1/journey-templates").json()
    persian = client.get("/api/v1/journey-templates", params={"lang": "fa"}).json()

    keys = [item["key"] for item in english]
    assert keys[:3] == ["sustainability_office", "climate_city_contract", "unesco_creative_city"]
    office = english[0]
    assert [stage["key"] for stage in office["stages"]][-1] == "international_report"
    assert persian[0]["title"].startswith("از نقطهٔ آغاز")
    assert english[1]["stages"][0]["tasks"][0] == {
        "key": "sign_commitments",
        "title": "Sign the city's climate neutrality commitments",
        "required": True,
    }


def test_an_invitation_is_answered_by_the_coachee_and_told_in_its_language(
    client: TestClient, database: Database, cast: Cast
) -> None:
    journey = invite(client, cast)
    by_delegate = client.post(
        f"{JOURNEYS}/{journey['id']}/accept", headers=cast.coachee_delegate.headers
    )
    accepted = client.post(f"{JOURNEYS}/{journey['id']}/accept", headers=cast.coachee_admin.headers)
    again = client.post(f"{JOURNEYS}/{journey['id']}/decline", headers=cast.coachee_admin.headers)

    assert journey["status"] == "invited"
    assert journey["progress"] == 0
    assert [stage["status"] for stage in journey["stages"]] == ["not_started"] * 4
    assert by_delegate.status_code == 403
    assert accepted.json()["status"] == "active"
    assert again.status_code == 409
    invited = _outbox(database, "journey_invited")
    assert [message.to_address for message in invited] == [cast.coachee_admin.email]
    assert invited[0].language == "tr"
    assert "koçluk yolculuğuna davet" in invited[0].subject
    assert [m.to_address for m in _outbox(database, "journey_accepted")] == [cast.coach_admin.email]


def test_only_the_coach_citys_admin_invites(client: TestClient, cast: Cast) -> None:
    body = {
        "template": "sustainability_office",
        "coach_city": "izmir",
        "coachee_city": "karsiyaka",
        "starts_on": "2026-09-01",
    }

    assert client.post(JOURNEYS, json=body, headers=cast.coach_organiser.headers).status_code == 403
    assert client.post(JOURNEYS, json=body, headers=cast.outsider.headers).status_code == 403
    assert client.post(JOURNEYS, json=body).status_code == 401
    self_coaching = client.post(
        JOURNEYS, json={**body, "coachee_city": "izmir"}, headers=cast.coach_admin.headers
    )
    unknown = client.post(
        JOURNEYS, json={**body, "template": "nope"}, headers=cast.coach_admin.headers
    )
    assert self_coaching.status_code == 422
    assert unknown.status_code == 422


def test_a_stage_goes_from_tasks_to_submission_return_and_approval(
    client: TestClient, database: Database, cast: Cast
) -> None:
    journey = active(client, cast)
    url = f"{JOURNEYS}/{journey['id']}"
    karsiyaka_delegate = make_person(
        client, database, roles={make_city(database, "izmir-other"): [Role.DELEGATE]}
    )
    evidence_owner = make_person(
        client, database, roles={city_id(database, "karsiyaka"): [Role.DELEGATE]}
    )
    initiative = client.post(
        "/api/v1/initiatives",
        json=initiative_payload(city="karsiyaka"),
        headers=evidence_owner.headers,
    ).json()
    foreign = client.post(
        "/api/v1/initiatives",
        json=initiative_payload(city="izmir-other"),
        headers=karsiyaka_delegate.headers,
    ).json()

    too_early = client.post(
        f"{url}/stages/commitments/submit", headers=cast.coachee_delegate.headers
    )
    wrong_evidence = client.patch(
        f"{url}/tasks/sign_commitments",
        json={"done": True, "evidence": [{"kind": "initiative", "id": foreign["id"]}]},
        headers=cast.coachee_delegate.headers,
    )
    ticked = client.patch(
        f"{url}/tasks/sign_commitments",
        json={
            "done": True,
            "note": "Belediye meclisi kararı alındı.",
            "evidence": [
                {"kind": "initiative", "id": initiative["id"]},
                {"kind": "link", "url": "https://www.karsiyaka.bel.tr/"},
            ],
        },
        headers=cast.coachee_delegate.headers,
    )
    by_coach = client.patch(
        f"{url}/tasks/sign_commitments", json={"done": True}, headers=cast.coach_admin.headers
    )
    submitted = client.post(
        f"{url}/stages/commitments/submit", headers=cast.coachee_delegate.headers
    )
    approve_by_coachee = client.post(
        f"{url}/stages/commitments/approve", headers=cast.coachee_admin.headers
    )
    returned = client.post(
        f"{url}/stages/commitments/return",
        json={"comment": "Meclis kararının tarihini ekleyin."},
        headers=cast.coach_organiser.headers,
    )
    resubmitted = client.post(
        f"{url}/stages/commitments/submit", headers=cast.coachee_delegate.headers
    )
    approved = client.post(
        f"{url}/stages/commitments/approve",
        json={"comment": "Teşekkürler."},
        headers=cast.coach_admin.headers,
    )

    assert too_early.status_code == 409
    assert "Sign the city's climate neutrality commitments" in too_early.json()["detail"]
    assert wrong_evidence.status_code == 422
    assert wrong_evidence.json()["errors"][0]["field"] == "evidence.0.id"
    task = ticked.json()["stages"][0]["tasks"][0]
    assert task["done"] is True
    assert [item["kind"] for item in task["evidence"]] == ["initiative", "link"]
    assert task["evidence"][0]["title"] == "İzmir Sürdürülebilirlik Haritası"
    assert ticked.json()["stages"][0]["status"] == "in_progress"
    assert by_coach.status_code == 403
    assert submitted.json()["stages"][0]["status"] == "submitted"
    assert approve_by_coachee.status_code == 403
    assert returned.json()["stages"][0]["status"] == "returned"
    assert returned.json()["stages"][0]["comment"] == "Meclis kararının tarihini ekleyin."
    assert resubmitted.json()["stages"][0]["status"] == "submitted"
    assert approved.json()["stages"][0]["status"] == "approved"
    assert approved.json()["progress"] == 29  # 2 of 7 tasks: the approved stage counts whole
    returned_mail = _outbox(database, "journey_stage_returned")
    assert {m.to_address for m in returned_mail} == {
        cast.coachee_admin.email,
        cast.coachee_delegate.email,
        evidence_owner.email,
    }
    finnish = next(m for m in returned_mail if m.to_address == cast.coachee_delegate.email)
    assert "Meclis kararının tarihini ekleyin." in finnish.body_text
    assert finnish.language == "fi"
    assert len(_outbox(database, "journey_stage_submitted")) == 4  # twice, to two coaches


def test_the_last_approval_completes_the_journey_with_a_certificate(
    client: TestClient, database: Database, cast: Cast
) -> None:
    journey = active(client, cast)
    url = f"{JOURNEYS}/{journey['id']}"
    before = client.get(f"{url}/certificate.pdf")
    for stage in journey["stages"]:
        for task in stage["tasks"]:
            if task["required"]:
                client.patch(
                    f"{url}/tasks/{task['key']}",
                    json={"done": True},
                    headers=cast.coachee_delegate.headers,
                )
        client.post(f"{url}/stages/{stage['key']}/submit", headers=cast.coachee_delegate.headers)
        client.post(f"{url}/stages/{stage['key']}/approve", headers=cast.coach_admin.headers)

    done = client.get(url).json()
    certificate = client.get(f"{url}/certificate.pdf", params={"lang": "tr"})
    late_edit = client.patch(
        f"{url}/tasks/sign_commitments", json={"done": False}, headers=cast.coachee_delegate.headers
    )

    assert before.status_code == 409
    assert done["status"] == "completed"
    assert done["progress"] == 100
    assert certificate.headers["content-type"] == "application/pdf"
    text = PdfReader(io.BytesIO(certificate.content)).pages[0].extract_text()
    assert "Tamamlama belgesi" in text
    assert "Karsiyaka" in text or "Karşıyaka" in text
    assert late_edit.status_code == 409
    assert len(_outbox(database, "journey_completed")) >= 2


def test_sessions_belong_to_a_journey_of_their_host_city(
    client: TestClient, database: Database, cast: Cast
) -> None:
    journey = active(client, cast)
    izmir_organiser = cast.coach_organiser
    salo_organiser = make_person(
        client, database, roles={city_id(database, "salo"): [Role.ORGANISER]}
    )

    linked = client.post(
        "/api/v1/sessions",
        json=session_payload(city="izmir", journey_id=journey["id"], timezone="Europe/Istanbul"),
        headers=izmir_organiser.headers,
    )
    foreign = client.post(
        "/api/v1/sessions",
        json=session_payload(city="salo", journey_id=journey["id"]),
        headers=salo_organiser.headers,
    )

    assert linked.status_code == 201, linked.text
    assert linked.json()["journey_id"] == journey["id"]
    assert foreign.status_code == 422
    assert foreign.json()["errors"][0]["field"] == "journey_id"
    listed = client.get(f"{JOURNEYS}/{journey['id']}").json()["sessions"]
    assert [item["id"] for item in listed] == [linked.json()["id"]]
    by_city = client.get(JOURNEYS, params={"city": "karsiyaka", "role": "coachee"}).json()
    assert [item["id"] for item in by_city["items"]] == [journey["id"]]
    assert client.get(JOURNEYS, params={"city": "karsiyaka", "role": "coach"}).json()["total"] == 0


def test_platform_admins_add_templates_with_labels_in_four_languages(
    client: TestClient, database: Database
) -> None:
    admin = make_person(client, database, is_admin=True)
    labels = {
        "en": "Covenant of Mayors",
        "tr": "Başkanlar Sözleşmesi",
        "fa": "پیمان شهرداران",
        "fi": "Kaupunginjohtajien yleiskokous",
    }
    body = {
        "key": "covenant_of_mayors",
        "title": labels,
        "stages": [
            {"key": "signing", "title": labels, "tasks": [{"key": "sign", "title": labels}]}
        ],
    }

    missing_persian = client.post(
        "/api/v1/journey-templates",
        json={**body, "title": {k: v for k, v in labels.items() if k != "fa"}},
        headers=admin.headers,
    )
    added = client.post("/api/v1/journey-templates", json=body, headers=admin.headers)
    twice = client.post("/api/v1/journey-templates", json=body, headers=admin.headers)

    assert missing_persian.status_code == 422
    assert added.status_code == 201, added.text
    assert twice.status_code == 409
    keys = [item["key"] for item in client.get("/api/v1/journey-templates").json()]
    assert "covenant_of_mayors" in keys
