"""Security headers on every response: the API, problems, files, the docs and the SPA's page."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from polylog.core.config import Settings
from polylog.main import create_app

EVERYWHERE = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}


@pytest.fixture
def spa_client(settings: Settings, tmp_path: Path) -> TestClient:
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "index.html").write_text("<!doctype html><title>Polylog</title>", encoding="utf-8")
    return TestClient(create_app(settings.model_copy(update={"frontend_dist": dist})))


@pytest.mark.parametrize(
    "path",
    ["/healthz", "/api/v1/cities", "/api/v1/nowhere", "/api/v1/initiatives/0", "/api/openapi.json"],
)
def test_every_api_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers

    for name, value in EVERYWHERE.items():
        assert headers[name] == value
    assert headers["content-security-policy"].startswith("default-src 'none'")
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "camera=()" in headers["permissions-policy"]
    assert "geolocation=()" in headers["permissions-policy"]
    # Plain http: no HSTS, which browsers would ignore anyway.
    assert "strict-transport-security" not in headers


def test_the_app_page_has_its_own_policy(spa_client: TestClient) -> None:
    headers = spa_client.get("/initiatives").headers

    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "'unsafe-eval'" not in policy
    for name, value in EVERYWHERE.items():
        assert headers[name] == value


def test_the_api_docs_may_load_swagger_ui(client: TestClient) -> None:
    headers = client.get("/api/docs").headers

    assert "https://cdn.jsdelivr.net" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


def test_over_https_responses_ask_for_https_from_then_on(settings: Settings) -> None:
    with TestClient(create_app(settings), base_url="https://polylog.example") as secure:
        headers = secure.get("/healthz").headers

    assert headers["strict-transport-security"].startswith("max-age=")
    assert "includeSubDomains" in headers["strict-transport-security"]
