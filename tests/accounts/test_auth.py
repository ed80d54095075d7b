from __future__ import annotations

from fastapi.testclient import TestClient

from polylog.core.db import Database
from tests.factories import PASSWORD, make_user, sign_in

REGISTER = "/api/v1/auth/register"
TOKEN = "/api/v1/auth/token"


def registration(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "email": "Liisa.Virtanen@Salo.fi",
        "password": "vähähiilinen-2030",
        "display_name": "Liisa Virtanen",
        "preferred_language": "fi",
    }
    data.update(overrides)
    return data


def test_registering_returns_the_new_account(client: TestClient) -> None:
    response = client.post(REGISTER, json=registration())

    assert response.status_code == 201
    body = response.json()
    assert body["email"] == "liisa.virtanen@salo.fi"
    assert body["display_name"] == "Liisa Virtanen"
    assert body["preferred_language"] == "fi"
    assert body["is_admin"] is False
    assert body["memberships"] == []
    assert "password" not in response.text


def test_a_registered_person_signs_in_and_sees_themselves(client: TestClient) -> None:
    client.post(REGISTER, json=registration())

    token = client.post(
        TOKEN, data={"username": "liisa.virtanen@salo.fi", "password": "vähähiilinen-2030"}
    )

    assert token.status_code == 200
    assert token.json()["token_type"] == "bearer"
    assert token.json()["expires_in"] > 0
    me = client.get(
        "/api/v1/me", headers={"Authorization": f"Bearer {token.json()['access_token']}"}
    )
    assert me.status_code == 200
    assert me.json()["email"] == "liisa.virtanen@salo.fi"


def test_the_same_email_cannot_register_twice(client: TestClient) -> None:
    client.post(REGISTER, json=registration())

    response = client.post(
        REGISTER, json=registration(email="LIISA.virtanen@salo.fi"), params={"lang": "fi"}
    )

    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == "Tällä sähköpostiosoitteella on jo tili."


def test_a_short_password_is_refused_with_a_message_in_the_readers_language(
    client: TestClient,
) -> None:
    response = client.post(
        REGISTER, json=registration(password="kısa"), headers={"Accept-Language": "tr-TR,tr;q=0.9"}
    )

    assert response.status_code == 422
    problem = response.json()
    assert problem["status"] == 422
    assert problem["title"] == "Geçersiz giriş"
    assert {"field": "password", "message": "En az 10 karakter girin."} in problem["errors"]


def test_registration_checks_every_field(client: TestClient) -> None:
    response = client.post(
        REGISTER,
        json={
            "email": "not-an-address",
            "password": "long enough password",
            "display_name": "   ",
            "preferred_language": "de",
            "role": "admin",
        },
        params={"lang": "fa"},
    )

    assert response.status_code == 422
    fields = {error["field"]: error["message"] for error in response.json()["errors"]}
    assert set(fields) == {"email", "display_name", "preferred_language", "role"}
    assert fields["email"] == "یک نشانی ایمیل معتبر وارد کنید."
    assert response.headers["content-language"] == "fa"


def test_malformed_json_is_a_bad_request(client: TestClient) -> None:
    response = client.post(
        REGISTER, content=b'{"email": "a@b.c",', headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == "The request body is not valid JSON."


def test_wrong_credentials_are_refused_alike_for_unknown_and_known_accounts(
    client: TestClient, database: Database
) -> None:
    email = make_user(database)

    wrong_password = client.post(TOKEN, data={"username": email, "password": "not the password"})
    unknown = client.post(TOKEN, data={"username": "nobody@example.org", "password": PASSWORD})

    assert wrong_password.status_code == unknown.status_code == 401
    assert wrong_password.json()["detail"] == unknown.json()["detail"]
    assert wrong_password.headers["www-authenticate"] == "Bearer"


def test_repeated_failures_on_one_account_are_rate_limited(
    client: TestClient, database: Database
) -> None:
    email = make_user(database)
    for _attempt in range(5):
        assert (
            client.post(TOKEN, data={"username": email, "password": "guess-guess"}).status_code
            == 401
        )

    limited = client.post(
        TOKEN, data={"username": email, "password": PASSWORD}, params={"lang": "tr"}
    )

    assert limited.status_code == 429
    assert 1 <= int(limited.headers["retry-after"]) <= 60
    assert limited.json()["title"] == "Çok fazla istek"


def test_failures_from_one_address_are_limited_across_accounts(
    client: TestClient, database: Database
) -> None:
    client.app.state.login_throttle._address.amount = 3  # type: ignore[attr-defined]
    for number in range(3):
        client.post(
            TOKEN, data={"username": f"someone{number}@example.org", "password": "guess-guess"}
        )

    limited = client.post(TOKEN, data={"username": make_user(database), "password": PASSWORD})

    assert limited.status_code == 429


def test_successful_sign_ins_are_not_limited(client: TestClient, database: Database) -> None:
    email = make_user(database)
    for _attempt in range(8):
        assert client.post(TOKEN, data={"username": email, "password": PASSWORD}).status_code == 200


def test_signing_in_needs_both_fields(client: TestClient) -> None:
    response = client.post(TOKEN, data={"username": "someone@example.org"})

    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "password", "message": "This field is required."}
    ]


def test_logout_revokes_the_token_in_use(client: TestClient, database: Database) -> None:
    person = sign_in(client, make_user(database))

    assert client.post("/api/v1/auth/logout", headers=person.headers).status_code == 204

    after = client.get("/api/v1/me", headers=person.headers)
    assert after.status_code == 401
    assert after.json()["detail"] == "Your session has expired. Sign in again."


def test_other_tokens_survive_a_logout(client: TestClient, database: Database) -> None:
    email = make_user(database)
    laptop, phone = sign_in(client, email), sign_in(client, email)

    client.post("/api/v1/auth/logout", headers=laptop.headers)

    assert client.get("/api/v1/me", headers=phone.headers).status_code == 200


def test_me_needs_a_token(client: TestClient) -> None:
    response = client.get("/api/v1/me", params={"lang": "fi"})

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["title"] == "Kirjautuminen vaaditaan"


def test_a_made_up_token_is_refused(client: TestClient) -> None:
    response = client.get("/api/v1/me", headers={"Authorization": "Bearer made-up"})

    assert response.status_code == 401


def test_an_expired_token_is_refused(client: TestClient, database: Database) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from polylog.accounts.models import AccessToken
    from polylog.core.db import utcnow

    person = sign_in(client, make_user(database))
    with database.transaction() as session:
        session.execute(update(AccessToken).values(expires_at=utcnow() - timedelta(seconds=1)))

    assert client.get("/api/v1/me", headers=person.headers).status_code == 401


def test_people_change_their_name_and_language(client: TestClient, database: Database) -> None:
    person = sign_in(client, make_user(database))

    response = client.patch(
        "/api/v1/me",
        json={"display_name": "Fatemeh Ghadimi", "preferred_language": "fa"},
        headers=person.headers,
    )

    assert response.status_code == 200
    assert response.json()["display_name"] == "Fatemeh Ghadimi"
    assert response.json()["preferred_language"] == "fa"
