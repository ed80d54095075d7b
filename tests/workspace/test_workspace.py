"""A city's workspace: what its staff should do now, gathered over HTTP from every domain."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from polylog.accounts.models import Role
from polylog.core.db import Database
from polylog.peer_sessions.models import PeerSession
from tests.factories import (
    Person,
    city_id,
    created,
    initiative_payload,
    make_city,
    make_person,
    session_payload,
    sign_in_demo,
)
from tests.peer_sessions.test_bookings import book, move_into_the_past
from tests.programmes.test_programmes import LAST_FULL_QUARTER, action_payload, programme_payload

WORKSPACE = "/api/v1/me/workspace"


@dataclass
class Salo:
    organiser: Person
    delegate: Person
    admin: Person


@pytest.fixture
def salo(client: TestClient, database: Database) -> Salo:
    make_city(database, "izmir")
    city = make_city(database, "salo")
    return Salo(
        organiser=make_person(client, database, language="fi", roles={city: [Role.ORGANISER]}),
        delegate=make_person(client, database, language="fi", roles={city: [Role.DELEGATE]}),
        admin=make_person(client, database, roles={city: [Role.CITY_ADMIN]}),
    )


def test_the_organiser_sees_attendance_to_mark_until_it_is_marked(
    client: TestClient, database: Database, salo: Salo
) -> None:
    held = client.post(
        "/api/v1/sessions", json=session_payload(capacity=1), headers=salo.organiser.headers
    ).json()
    upcoming = client.post(
        "/api/v1/sessions", json=session_payload(capacity=1), headers=salo.organiser.headers
    ).json()
    guest, waiting = make_person(client, database), make_person(client, database)
    booking = book(client, held["id"], guest).json()
    book(client, upcoming["id"], guest)
    book(client, upcoming["id"], waiting)
    move_into_the_past(database, held["id"])

    before = client.get(WORKSPACE, headers=salo.organiser.headers).json()
    client.post(
        f"/api/v1/sessions/{held['id']}/attendance",
        json={"booking_ids": [booking["id"]]},
        headers=salo.organiser.headers,
    )
    after = client.get(WORKSPACE, headers=salo.organiser.headers).json()
    for_delegate = client.get(WORKSPACE, headers=salo.delegate.headers).json()

    assert before["city"] == "salo"
    assert before["roles"] == ["organiser"]
    assert [
        (item["session"]["id"], item["confirmed_bookings"]) for item in before["attendance_to_mark"]
    ] == [(held["id"], 1)]
    assert [item["id"] for item in before["sessions_with_waitlist"]] == [upcoming["id"]]
    assert upcoming["id"] in [item["id"] for item in before["upcoming_hosted"]]
    assert after["attendance_to_mark"] == []
    # Attendance and waitlists are the organisers' work, not the delegates'.
    assert for_delegate["attendance_to_mark"] == []
    assert for_delegate["sessions_with_waitlist"] == []


def test_delegates_see_the_check_ins_due_and_the_stalled_actions(
    client: TestClient, salo: Salo
) -> None:
    programme = created(client, "/api/v1/programmes", programme_payload(), salo.delegate)
    actions = [
        client.post(
            f"/api/v1/programmes/{programme['id']}/actions",
            json=action_payload(title),
            headers=salo.delegate.headers,
        ).json()
        for title in ("Kaukolämmön päästöjen vähentäminen", "Pyöräilyreittien parantaminen")
    ]
    client.post(
        f"/api/v1/actions/{actions[0]['id']}/check-ins",
        json={
            "period": LAST_FULL_QUARTER,
            "rag": "red",
            "progress": 20,
            "note": "",
            "blockers": [],
        },
        headers=salo.delegate.headers,
    )

    shown = client.get(WORKSPACE, headers=salo.delegate.headers).json()
    for_organiser = client.get(WORKSPACE, headers=salo.organiser.headers).json()

    assert shown["check_in_period"] == LAST_FULL_QUARTER
    assert [item["id"] for item in shown["check_ins_due"]] == [actions[1]["id"]]
    assert {item["id"] for item in shown["stalled_actions"]} == {a["id"] for a in actions}
    assert for_organiser["check_ins_due"] == []
    assert for_organiser["stalled_actions"] == []


def test_the_coach_sees_the_stage_to_approve_and_the_coachee_its_next_stage(
    client: TestClient, database: Database
) -> None:
    izmir, karsiyaka = make_city(database, "izmir"), make_city(database, "karsiyaka")
    coach = make_person(client, database, language="tr", roles={izmir: [Role.CITY_ADMIN]})
    coachee = make_person(client, database, roles={karsiyaka: [Role.CITY_ADMIN]})
    journey = client.post(
        "/api/v1/journeys",
        json={
            "template": "climate_city_contract",
            "coach_city": "izmir",
            "coachee_city": "karsiyaka",
            "starts_on": "2026-09-01",
        },
        headers=coach.headers,
    ).json()

    invited = client.get(WORKSPACE, headers=coachee.headers).json()["journey_steps"]
    client.post(f"/api/v1/journeys/{journey['id']}/accept", headers=coachee.headers)
    started = client.get(WORKSPACE, headers=coachee.headers).json()["journey_steps"]
    stage = started[0]["stage_key"]
    for task in client.get(f"/api/v1/journeys/{journey['id']}").json()["stages"][0]["tasks"]:
        client.patch(
            f"/api/v1/journeys/{journey['id']}/tasks/{task['key']}",
            json={"done": True},
            headers=coachee.headers,
        )
    submitted = client.post(
        f"/api/v1/journeys/{journey['id']}/stages/{stage}/submit", headers=coachee.headers
    )
    for_coach = client.get(WORKSPACE, headers={**coach.headers, "Accept-Language": "tr"}).json()

    assert [(step["journey"]["id"], step["status"]) for step in invited] == [
        (journey["id"], "invited")
    ]
    assert [step["status"] for step in started] == ["not_started"]
    assert submitted.status_code == 200, submitted.text
    assert [(step["stage_key"], step["status"]) for step in for_coach["journey_steps"]] == [
        (stage, "submitted")
    ]
    assert for_coach["journey_steps"][0]["stage_title"]


def test_colleagues_changes_are_listed_and_the_city_admin_reads_the_audit_log(
    client: TestClient, salo: Salo
) -> None:
    programme = created(client, "/api/v1/programmes", programme_payload(), salo.delegate)

    changes = client.get(WORKSPACE, headers=salo.organiser.headers).json()["recent_changes"]
    own = client.get(WORKSPACE, headers=salo.delegate.headers).json()["recent_changes"]
    log = client.get("/api/v1/cities/salo/audit", headers=salo.admin.headers)
    refused = client.get("/api/v1/cities/salo/audit", headers=salo.delegate.headers)

    assert [(c["entity_type"], c["entity_id"]) for c in changes] == [
        ("programme", str(programme["id"]))
    ]
    assert changes[0]["who"] == salo.delegate.email.split("@")[0]
    assert own == []
    assert log.status_code == 200
    assert log.json()["total"] == 1
    assert log.json()["items"][0]["actor"]["id"] == salo.delegate.id
    assert refused.status_code == 403


def test_a_members_work_for_another_city_stays_out_of_this_citys_log(
    client: TestClient, database: Database, salo: Salo
) -> None:
    izmir, salo_id = city_id(database, "izmir"), city_id(database, "salo")
    both = make_person(client, database, roles={izmir: [Role.DELEGATE], salo_id: [Role.DELEGATE]})
    izmir_admin = make_person(client, database, roles={izmir: [Role.CITY_ADMIN]})
    platform_admin = make_person(client, database, is_admin=True)
    in_izmir = client.post(
        "/api/v1/initiatives", json=initiative_payload("izmir"), headers=both.headers
    ).json()
    in_salo = client.post(
        "/api/v1/initiatives", json=initiative_payload("salo"), headers=both.headers
    ).json()
    client.delete(f"/api/v1/initiatives/{in_salo['id']}", headers=platform_admin.headers)

    salo_log = client.get("/api/v1/cities/salo/audit", headers=salo.admin.headers).json()
    izmir_log = client.get("/api/v1/cities/izmir/audit", headers=izmir_admin.headers).json()
    salo_changes = client.get(WORKSPACE, headers=salo.delegate.headers).json()["recent_changes"]

    assert [(e["action"], e["entity_id"], e["actor"]["id"]) for e in salo_log["items"]] == [
        ("delete", str(in_salo["id"]), platform_admin.id),
        ("create", str(in_salo["id"]), both.id),
    ]
    assert salo_log["items"][0]["actor"]["display_name"] == platform_admin.email.split("@")[0]
    assert [(e["action"], e["entity_id"]) for e in izmir_log["items"]] == [
        ("create", str(in_izmir["id"]))
    ]
    assert [(c["action"], c["entity_id"]) for c in salo_changes] == [("create", str(in_salo["id"]))]


def test_a_workspace_is_only_for_members_of_the_city(
    client: TestClient, database: Database, salo: Salo
) -> None:
    stranger = make_person(client, database, language="tr")
    admin = make_person(client, database, is_admin=True)

    anonymous = client.get(WORKSPACE)
    no_city = client.get(WORKSPACE, headers={**stranger.headers, "Accept-Language": "tr"})
    other_city = client.get(WORKSPACE, params={"city": "izmir"}, headers=salo.delegate.headers)
    unknown = client.get(WORKSPACE, params={"city": "atlantis"}, headers=salo.delegate.headers)
    for_admin = client.get(WORKSPACE, params={"city": "salo"}, headers=admin.headers)

    assert anonymous.status_code == 401
    assert no_city.status_code == 403
    assert no_city.json()["detail"] == (
        "Hesabınız henüz hiçbir şehre bağlı değil: bir şehir yöneticisi sizi ekleyebilir."
    )
    assert other_city.status_code == 403
    assert unknown.status_code == 404
    assert for_admin.status_code == 200
    assert for_admin.json()["reported_posts"] == 0
    assert client.get(WORKSPACE, headers=salo.delegate.headers).json()["reported_posts"] is None


def test_deleted_items_of_every_kind_are_listed_for_platform_admins(
    client: TestClient, database: Database, salo: Salo
) -> None:
    admin = make_person(client, database, is_admin=True)
    programme = created(client, "/api/v1/programmes", programme_payload(), salo.delegate)
    client.delete(
        f"/api/v1/programmes/{programme['id']}",
        headers={**salo.delegate.headers, "If-Match": f'"{programme["version"]}"'},
    )

    listed = client.get("/api/v1/deleted", params={"kind": "programme"}, headers=admin.headers)
    refused = client.get(
        "/api/v1/deleted", params={"kind": "programme"}, headers=salo.delegate.headers
    )
    unknown = client.get("/api/v1/deleted", params={"kind": "poem"}, headers=admin.headers)
    restored = client.post(f"/api/v1/programmes/{programme['id']}/restore", headers=admin.headers)
    after = client.get("/api/v1/deleted", params={"kind": "programme"}, headers=admin.headers)

    assert listed.status_code == 200
    items = listed.json()["items"]
    assert [(i["kind"], i["id"], i["city"]) for i in items] == [
        ("programme", programme["id"], "salo")
    ]
    assert items[0]["title"] == "Salon ilmasto- ja ympäristöohjelma"
    assert refused.status_code == 403
    assert unknown.status_code == 422
    assert restored.status_code == 200
    assert after.json()["total"] == 0


def _request_to_salo(client: TestClient, sender: Person) -> dict[str, object]:
    request = {
        "from_city": "izmir",
        "to_city": "salo",
        "sdg": 11,
        "message": "Salo'nun forumunu yerinde görmek isteriz.",
        "proposed_kind": "study_visit",
    }
    return created(client, "/api/v1/exchange-requests", request, sender)


def test_exchange_requests_wait_for_the_answer_of_the_citys_admins_and_organisers(
    client: TestClient, database: Database, salo: Salo
) -> None:
    izmir = make_person(client, database, roles={city_id(database, "izmir"): [Role.DELEGATE]})
    first = _request_to_salo(client, izmir)
    second = _request_to_salo(client, izmir)
    # Salo's own request to Izmir waits for Izmir, not for Salo.
    sent = client.post(
        "/api/v1/exchange-requests",
        headers=salo.delegate.headers,
        json={
            "from_city": "salo",
            "to_city": "izmir",
            "message": "Hei",
            "proposed_kind": "webinar",
        },
    )
    assert sent.status_code == 201, sent.text

    for_admin = client.get(WORKSPACE, headers=salo.admin.headers).json()
    for_organiser = client.get(WORKSPACE, headers=salo.organiser.headers).json()
    for_delegate = client.get(WORKSPACE, headers=salo.delegate.headers).json()
    for_izmir = client.get(WORKSPACE, headers=izmir.headers).json()
    client.post(f"/api/v1/exchange-requests/{first['id']}/decline", headers=salo.admin.headers)
    after = client.get(WORKSPACE, headers=salo.admin.headers).json()

    waiting = for_admin["exchange_requests_to_answer"]
    assert [item["id"] for item in waiting] == [first["id"], second["id"]]
    assert waiting[0]["from_city"] == "izmir"
    assert waiting[0]["proposed_kind"] == "study_visit"
    assert all(item["may_decide"] for item in waiting)
    assert for_admin["exchange_requests_waiting"] == 2
    assert [item["id"] for item in for_organiser["exchange_requests_to_answer"]] == [
        first["id"],
        second["id"],
    ]
    # A delegate cannot answer: the workspace says how many wait, not what.
    assert for_delegate["exchange_requests_to_answer"] is None
    assert for_delegate["exchange_requests_waiting"] == 2
    assert for_izmir["exchange_requests_to_answer"] is None
    assert for_izmir["exchange_requests_waiting"] == 1
    assert [item["id"] for item in after["exchange_requests_to_answer"]] == [second["id"]]
    assert after["exchange_requests_waiting"] == 1


def test_partners_strong_in_the_gaps_are_suggested_with_their_first_reason(
    client: TestClient, database: Database, salo: Salo
) -> None:
    before = client.get(WORKSPACE, headers=salo.delegate.headers).json()
    izmir = make_person(client, database, roles={city_id(database, "izmir"): [Role.DELEGATE]})
    created = client.post(
        "/api/v1/initiatives", json=initiative_payload("izmir"), headers=izmir.headers
    )
    assert created.status_code == 201, created.text

    shown = client.get(WORKSPACE, headers={**salo.delegate.headers, "Accept-Language": "fi"}).json()
    partners = client.get("/api/v1/cities/salo/partners", params={"lang": "fi"}).json()

    assert before["partner_suggestions"] == []
    assert [item["city"] for item in shown["partner_suggestions"]] == ["izmir"]
    [suggestion] = shown["partner_suggestions"]
    assert suggestion["name"] == "Izmir"
    # The partner finder's own words, its first reason: the same as on the partners page.
    assert suggestion["reason"] == partners["items"][0]["reasons"][0]["text"]
    assert "julkaistu" in suggestion["reason"]
    # The gaps its initiative covers, to open the partners of the right goal.
    assert suggestion["sdgs"] == [11, 17]
    assert set(suggestion["sdgs"]) <= set(shown["sdg_gaps"])


def test_my_own_upcoming_bookings_are_listed_soonest_first(
    client: TestClient, database: Database, salo: Salo
) -> None:
    organiser = salo.organiser
    later, sooner, full, held, called_off, cancelled_mine = (
        client.post(
            "/api/v1/sessions",
            json=session_payload(days_ahead=days, capacity=1),
            headers=organiser.headers,
        ).json()
        for days in (40, 10, 20, 5, 15, 25)
    )
    guest = make_person(client, database)
    book(client, full["id"], guest)
    me = salo.delegate
    for session in (later, sooner, full, held, called_off, cancelled_mine):
        assert book(client, session["id"], me).status_code in (200, 201)
    # Held: started an hour ago and over already.
    move_into_the_past(database, held["id"])
    with database.transaction() as session:
        session.execute(
            update(PeerSession)
            .where(PeerSession.id == held["id"])
            .values(ends_at=PeerSession.starts_at)
        )
    client.post(f"/api/v1/sessions/{called_off['id']}/cancel", headers=organiser.headers)
    mine = client.get("/api/v1/me/bookings", headers=me.headers).json()
    to_cancel = next(item for item in mine if item["session"] == cancelled_mine["id"])
    client.delete(f"/api/v1/bookings/{to_cancel['id']}", headers=me.headers)

    shown = client.get(WORKSPACE, headers=me.headers).json()
    for_organiser = client.get(WORKSPACE, headers=organiser.headers).json()

    assert [
        (item["session_detail"]["id"], item["status"], item["position"])
        for item in shown["my_bookings"]
    ] == [
        (sooner["id"], "confirmed", None),
        (full["id"], "waitlisted", 1),
        (later["id"], "confirmed", None),
    ]
    assert shown["my_bookings_total"] == 3
    assert shown["my_bookings"][0]["session_detail"]["host_city"] == "salo"
    # Only one's own bookings: the organiser booked nothing.
    assert for_organiser["my_bookings"] == []
    assert for_organiser["my_bookings_total"] == 0


@pytest.mark.usefixtures("demo")
def test_on_the_demo_rashts_admin_finds_isfahans_request_waiting(client: TestClient) -> None:
    rasht = sign_in_demo(client, "cityadmin.rasht")

    shown = client.get(WORKSPACE, headers={**rasht.headers, "Accept-Language": "fa"}).json()

    [request] = shown["exchange_requests_to_answer"]
    assert (request["from_city"], request["to_city"]) == ("isfahan", "rasht")
    assert request["from_city_name"] == "اصفهان"
    assert request["status"] == "pending"
    assert request["may_decide"] is True
    assert shown["exchange_requests_waiting"] == 1
    assert len(shown["partner_suggestions"]) == 3
    assert all(item["reason"] for item in shown["partner_suggestions"])
