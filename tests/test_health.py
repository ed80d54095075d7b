from __future__ import annotations

from fastapi.testclient import TestClient


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok"}


def test_the_openapi_schema_has_stable_unique_operation_ids(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()

    operation_ids = [
        operation["operationId"] for path in schema["paths"].values() for operation in path.values()
    ]
    assert len(operation_ids) == len(set(operation_ids))
    assert "cities-list_cities" in operation_ids
    assert "accounts-issue_token" in operation_ids
    me = schema["paths"]["/api/v1/me"]["get"]["responses"]
    assert "application/problem+json" in me["401"]["content"]


def test_the_docs_are_served(client: TestClient) -> None:
    assert client.get("/api/docs").status_code == 200
