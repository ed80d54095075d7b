"""Every error is problem+json in the request's language; no input makes a 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from polylog.core.i18n import SUPPORTED_LANGUAGES


def test_an_unknown_api_address_is_a_localised_problem(client: TestClient) -> None:
    titles = {
        language: client.get("/api/v1/nowhere", params={"lang": language}).json()["title"]
        for language in SUPPORTED_LANGUAGES
    }

    assert titles == {"en": "Not found", "tr": "Bulunamadı", "fa": "یافت نشد", "fi": "Ei löytynyt"}


def test_a_wrong_method_is_405(client: TestClient) -> None:
    response = client.delete("/api/v1/cities")

    assert response.status_code == 405
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 405


def test_bodies_over_one_mebibyte_are_refused(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/register",
        content=b"x" * (1024 * 1024 + 1),
        headers={"Content-Type": "application/json"},
    )

    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


def test_a_streamed_body_over_the_limit_is_refused(client: TestClient) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(17):
            yield b"x" * 65536

    response = client.post(
        "/api/v1/auth/register", content=chunks(), headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 413


@pytest.mark.parametrize(
    "body",
    [
        b"null",
        b"[]",
        b'"text"',
        b"12",
        b'{"email": null}',
        b'{"email": ["a"], "password": {}}',
        b'{"email": "\\u0000@x.y", "password": "' + b"p" * 2000 + b'"}',
        b"\xff\xfe",
        b'{"a":' * 500,
    ],
)
def test_strange_bodies_get_client_errors_never_500(client: TestClient, body: bytes) -> None:
    response = client.post(
        "/api/v1/auth/register", content=body, headers={"Content-Type": "application/json"}
    )

    assert 400 <= response.status_code < 500
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    "path", ["/api/v1/cities/%00", "/api/v1/cities/" + "a" * 5000, "/api/v1/cities/%F0%9F%8C%8D"]
)
def test_strange_paths_get_client_errors(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_every_response_states_its_language(client: TestClient) -> None:
    response = client.get("/api/v1/sdgs", headers={"Accept-Language": "fi-FI"})

    assert response.headers["content-language"] == "fi"
    assert "Accept-Language" in response.headers["vary"]
