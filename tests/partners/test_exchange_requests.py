"""Exchange requests on the demo data: Salo proposes a study visit, Izmir accepts it."""

from __future__ import annotations

from fastapi.testclient import TestClient

from polylog.core.db import Database
from tests.factories import Person, created, outbox, sign_in_demo


def _study_visit(client: TestClient, salo: Person, **overrides: object) -> dict[str, object]:
    request = {
        "from_city": "salo",
        "to_city": "izmir",
        "sdg": 7,
        "theme": "energy",
        "message": "We would like to see how İzmir's energy cooperatives started.",
        "proposed_kind": "study_visit",
        **overrides,
    }
    return created(client, "/api/v1/exchange-requests", request, salo)


def test_salo_sends_izmir_a_study_visit_request_and_izmirs_admin_is_told_in_turkish(
    client: TestClient, demo: Database
) -> None:
    salo = sign_in_demo(client, "organiser.salo")
    # The demo's own requests (Isfahan's to Rasht) were told to their cities already.
    told_before = len(outbox(demo, "exchange_requested"))

    request = _study_visit(client, salo)

    assert request["status"] == "pending"
    assert (request["from_city"], request["to_city"]) == ("salo", "izmir")
    messages = outbox(demo, "exchange_requested")[told_before:]
    assert [(address, language) for address, language, _s, _b in messages] == [
        ("cityadmin.izmir@polylog.example", "tr")
    ]
    _address, _language, subject, body = messages[0]
    assert "çalışma ziyareti" in subject
    assert "İzmir's energy cooperatives" in body
    assert "SKA 7" in body
    inbox = client.get(
        "/api/v1/exchange-requests",
        params={"city": "izmir"},
        headers=sign_in_demo(client, "cityadmin.izmir").headers,
    ).json()
    assert [item["id"] for item in inbox["items"]] == [request["id"]]
    assert inbox["items"][0]["may_decide"] is True


def test_izmirs_acceptance_creates_a_draft_session_hosted_by_izmir(
    client: TestClient, demo: Database
) -> None:
    salo = sign_in_demo(client, "organiser.salo")
    request = _study_visit(client, salo)
    izmir_admin = sign_in_demo(client, "cityadmin.izmir")

    accepted = client.post(
        f"/api/v1/exchange-requests/{request['id']}/accept", headers=izmir_admin.headers
    )

    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["status"] == "accepted"
    session_id = accepted.json()["session_id"]
    organiser = sign_in_demo(client, "delegate.izmir")
    draft = client.get(f"/api/v1/sessions/{session_id}", headers=organiser.headers).json()
    assert draft["draft"] is True
    assert draft["host_city"] == "izmir"
    assert draft["kind"] == "study_visit"
    assert draft["format"] == "in_person"
    assert draft["sdgs"] == [7]
    assert draft["themes"] == ["energy"]
    assert draft["original_language"] == "tr"
    assert set(draft["translations"]) == {"tr", "fi"}
    assert "Salo" in draft["translations"]["tr"]["title"]
    assert "İzmir" in draft["translations"]["tr"]["title"]
    assert "energy cooperatives" in draft["description"]
    assert draft["timezone"] == "Europe/Istanbul"
    # A draft is the host's business: not shown to others, not listed, not bookable.
    assert client.get(f"/api/v1/sessions/{session_id}").status_code == 404
    assert client.get(f"/api/v1/sessions/{session_id}", headers=salo.headers).status_code == 404
    listed = client.get("/api/v1/sessions", params={"city": "izmir", "per_page": 100}).json()
    assert session_id not in [item["id"] for item in listed["items"]]
    booking = client.post(
        f"/api/v1/sessions/{session_id}/bookings", headers=salo.headers, json={"seats": 1}
    )
    assert booking.status_code == 404
    # Salo's organiser hears of it in Finnish.
    told = outbox(demo, "exchange_accepted")
    assert [(address, language) for address, language, _s, _b in told] == [
        ("organiser.salo@polylog.example", "fi")
    ]
    # Publishing it is an edit like any other.
    published = client.patch(
        f"/api/v1/sessions/{session_id}",
        headers={**organiser.headers, "If-Match": f'"{draft["version"]}"'},
        json={"draft": False},
    )
    assert published.status_code == 200, published.text
    assert client.get(f"/api/v1/sessions/{session_id}").json()["draft"] is False
    back = client.patch(
        f"/api/v1/sessions/{session_id}",
        headers={**organiser.headers, "If-Match": f'"{published.json()["version"]}"'},
        json={"draft": True},
    )
    assert back.status_code == 422
    assert back.json()["errors"][0]["field"] == "draft"


def test_a_request_is_answered_once_and_only_by_the_city_asked(
    client: TestClient, demo: Database
) -> None:
    salo = sign_in_demo(client, "organiser.salo")
    request = _study_visit(client, salo, proposed_kind="webinar")
    izmir_admin = sign_in_demo(client, "cityadmin.izmir")

    by_sender = client.post(
        f"/api/v1/exchange-requests/{request['id']}/accept", headers=salo.headers
    )
    by_stranger = client.post(
        f"/api/v1/exchange-requests/{request['id']}/accept",
        headers=sign_in_demo(client, "cityadmin.rasht").headers,
    )
    declined = client.post(
        f"/api/v1/exchange-requests/{request['id']}/decline", headers=izmir_admin.headers
    )
    again = client.post(
        f"/api/v1/exchange-requests/{request['id']}/accept", headers=izmir_admin.headers
    )

    assert by_sender.status_code == 403
    assert by_stranger.status_code == 404
    assert declined.status_code == 200
    assert declined.json()["status"] == "declined"
    assert declined.json()["session_id"] is None
    assert again.status_code == 409
    assert client.post(f"/api/v1/exchange-requests/{request['id']}/accept").status_code == 401


def test_only_a_member_sends_for_a_city_and_never_to_itself(
    client: TestClient, demo: Database
) -> None:
    rasht = sign_in_demo(client, "cityadmin.rasht")
    payload = {"from_city": "salo", "to_city": "izmir", "message": "Hi", "proposed_kind": "webinar"}

    as_outsider = client.post("/api/v1/exchange-requests", headers=rasht.headers, json=payload)
    to_itself = client.post(
        "/api/v1/exchange-requests",
        headers=rasht.headers,
        json={**payload, "from_city": "rasht", "to_city": "rasht"},
    )
    unknown_kind = client.post(
        "/api/v1/exchange-requests",
        headers=rasht.headers,
        json={**payload, "from_city": "rasht", "proposed_kind": "forum"},
    )
    others_inbox = client.get(
        "/api/v1/exchange-requests", params={"city": "izmir"}, headers=rasht.headers
    )

    assert as_outsider.status_code == 403
    assert to_itself.status_code == 422
    assert to_itself.json()["errors"][0]["field"] == "to_city"
    assert unknown_kind.status_code == 422
    assert others_inbox.status_code == 403
