"""A fuzz run of the whole API against its own OpenAPI schema: never a 5xx, never a reply the schema does not allow.

Schemathesis makes requests from the schema (valid ones and, as often, invalid
ones) for every operation, in-process, on SQLite and on PostgreSQL, signed in as
a platform admin and as a city delegate, over the demo data so that ids name
real rows. The seed is fixed and the examples per operation are few, so a run
is repeatable and short; the figures are printed (`-s` shows them).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from polylog.demo import loader
from tests.core.conftest import real_values as _real_values

# POLYLOG_FUZZ_EXAMPLES=50 searches longer, by hand.
EXAMPLES_PER_OPERATION = int(os.environ.get("POLYLOG_FUZZ_EXAMPLES", "6"))
# Slow to answer (documents rendered) or slow to generate: fewer examples.
FEW_EXAMPLES = 2
SLOW_SUFFIXES = (".pdf", ".xlsx", "/report", "/import")
# Signing out would end the run's own session; everything else is fair game.
SKIPPED = {("POST", "/api/v1/auth/logout")}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
ROLES = {"admin": "admin@polylog.example", "delegate": "delegate.izmir@polylog.example"}


@dataclass
class FuzzReport:
    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    operations: int = 0
    failures: list[str] = field(default_factory=list)


def _token(client: Any, email: str) -> str:
    response = client.post(
        "http://testserver/api/v1/auth/token",
        data={"username": email, "password": loader.DEMO_PASSWORD},
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def _describe(case: schemathesis.Case, error: Exception) -> str:
    return f"{case.method} {case.formatted_path}: {str(error).strip()[:1500]}"


def _fuzz_operation(
    operation: Any,
    client: Any,
    headers: dict[str, str],
    real_values: dict[str, Any],
    report: FuzzReport,
) -> None:
    slow = operation.path.endswith(SLOW_SUFFIXES)
    strategies = [
        operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
        operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
    ]
    names = [parameter.name for parameter in operation.path_parameters]
    if names and all(name in real_values for name in names):
        strategies.append(
            operation.as_strategy(
                generation_mode=GenerationMode.POSITIVE,
                path_parameters={name: real_values[name] for name in names},
            )
        )
    strategy = st.one_of(strategies)
    found: list[str] = []

    @settings(
        max_examples=FEW_EXAMPLES if slow else EXAMPLES_PER_OPERATION,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def run(case: schemathesis.Case) -> None:
        report.requests += 1
        response = case.call(session=client, headers=headers)
        report.statuses[response.status_code] += 1
        try:
            case.validate_response(response, checks=CHECKS, headers=headers)
        except (Exception, BaseExceptionGroup) as error:  # each failed check, all reported at once
            found.append(_describe(case, error))

    run()
    # One failure per operation is enough to report; the rest are usually the same.
    report.failures.extend(found[:1])


@pytest.mark.fuzz
@pytest.mark.parametrize("role", sorted(ROLES))
def test_the_api_never_answers_with_a_server_error_or_off_its_schema(
    demo_app: FastAPI, role: str
) -> None:
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", demo_app)
    report = FuzzReport()
    real_values = _real_values(demo_app.state.database)
    started = time.monotonic()
    with asgi.get_client(demo_app) as client:
        headers = {"Authorization": f"Bearer {_token(client, ROLES[role])}"}
        for result in schema.get_all_operations():
            operation = result.ok()
            if (operation.method.upper(), operation.path) in SKIPPED:
                continue
            report.operations += 1
            _fuzz_operation(operation, client, headers, real_values, report)
    database = demo_app.state.database.engine.dialect.name
    print(
        f"\nfuzz ({database}, {role}): {report.requests} requests to {report.operations} "
        f"operations in {time.monotonic() - started:.0f} s, {len(report.failures)} failing; "
        f"status codes {dict(sorted(report.statuses.items()))}"
    )
    assert not report.failures, "\n\n".join(report.failures)
