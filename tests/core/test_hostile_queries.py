"""Hostile query strings against search and every list: a client error or an answer, never a 5xx.

Every GET operation of the OpenAPI schema that returns a list gets, in each
of its query parameters in turn, control characters, bidirectional marks, a
3,000-character text, numbers beyond any column, SQL and full-text syntax.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from polylog.demo import loader
from tests.core.conftest import real_values

HOSTILE = [
    "\x00",
    "a\x01b\x07c\x1b[31m\x7f",
    "\r\nSet-Cookie: x=1",
    "\u202eالمياه\u202c \u200f\u200e\u2066اقلیم\u2069",
    "\u200c\u200d\ufeff\u2028",
    "x" * 3000,
    "آب " * 1000,
    "99999999999999999999999",
    "-99999999999999999999999",
    "1e400",
    "NaN",
    "0x7fffffffffffffff",
    "' OR 1=1 --",
    '"; DROP TABLE users; --',
    "%' UNION SELECT password_hash FROM users --",
    'NEAR("a" "b", -1) OR * AND ^ "',
    "a:b:c* -(-)",
    "\\",
    "🌍" * 50,
    "İıŞşĞğ",
    ",,,",
    " ",
]

# Parameters that take free text get every value; the others (numbers, enums,
# flags, dates), already typed by the schema, get the ones most likely to slip past.
TEXT_PARAMETERS = {"q", "series"}
FOR_TYPED = [HOSTILE[0], HOSTILE[3], HOSTILE[5], HOSTILE[7], HOSTILE[9], HOSTILE[12]]


def _list_operations(schema: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(path, query parameters) of every GET that answers with a list or a page of one."""
    components = schema["components"]["schemas"]
    found = []
    for path, operations in schema["paths"].items():
        operation = operations.get("get")
        if operation is None:
            continue
        content = operation["responses"].get("200", {}).get("content", {})
        body = content.get("application/json", {}).get("schema", {})
        if "$ref" in body:
            body = components[body["$ref"].rsplit("/", 1)[1]]
        properties = body.get("properties", {})
        is_list = body.get("type") == "array" or "items" in properties or "features" in properties
        query = [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"]
        if is_list and query:
            found.append((path, query))
    return found


@pytest.fixture(scope="module")
def admin(demo_app: FastAPI) -> Iterator[tuple[TestClient, dict[str, str]]]:
    with TestClient(demo_app, raise_server_exceptions=False) as client:
        token = client.post(
            "/api/v1/auth/token",
            data={"username": "admin@polylog.example", "password": loader.DEMO_PASSWORD},
        ).json()["access_token"]
        yield client, {"Authorization": f"Bearer {token}"}


def test_every_list_and_search_survive_hostile_query_strings(
    demo_app: FastAPI, admin: tuple[TestClient, dict[str, str]]
) -> None:
    client, headers = admin
    operations = _list_operations(client.get("/api/openapi.json").json())
    paths = [path for path, _ in operations]
    assert "/api/v1/search" in paths
    assert {"/api/v1/initiatives", "/api/v1/practices", "/api/v1/sessions"} <= set(paths)
    values = real_values(demo_app.state.database)
    failures = []
    requests = 0
    for path, parameters in operations:
        url = path.format(**values)
        for parameter in parameters:
            for value in HOSTILE if parameter in TEXT_PARAMETERS else FOR_TYPED:
                response = client.get(url, params={parameter: value}, headers=headers)
                requests += 1
                if response.status_code >= 500 or (
                    response.status_code >= 400
                    and response.headers["content-type"] != "application/problem+json"
                ):
                    failures.append(
                        f"{url}?{parameter}={value[:40]!r}: {response.status_code} {response.text[:200]}"
                    )
    assert requests > 300
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("query", HOSTILE)
def test_search_answers_any_query_with_results_or_a_validation_problem(
    admin: tuple[TestClient, dict[str, str]], query: str
) -> None:
    client, _ = admin
    response = client.get("/api/v1/search", params={"q": query, "lang": "fa"})

    if len(query) > 200:
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == "q"
    else:
        assert response.status_code in (200, 422), response.text
        if response.status_code == 200:
            assert isinstance(response.json()["items"], list)


def test_a_huge_page_number_is_a_validation_problem_in_the_readers_language(
    admin: tuple[TestClient, dict[str, str]],
) -> None:
    client, _ = admin
    for path in ("/api/v1/initiatives", "/api/v1/practices", "/api/v1/sessions", "/api/v1/search"):
        response = client.get(path, params={"page": "99999999999999999999", "lang": "tr"})

        assert response.status_code == 422
        assert response.json()["title"] == "Geçersiz giriş"
        assert response.json()["errors"][0]["field"] == "page"
