"""Shared helpers of the practices tests."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi.testclient import TestClient

from tests.factories import Person, created, practice_payload

PRACTICES = "/api/v1/practices"


@dataclass
class Cities:
    """Rasht shares a practice; Salo and İzmir may adopt it."""

    rasht: int
    salo: int
    izmir: int
    rasht_delegate: Person
    salo_delegate: Person
    izmir_delegate: Person


def publish(client: TestClient, person: Person, **overrides: object) -> dict:  # type: ignore[type-arg]
    return created(client, PRACTICES, practice_payload(**overrides), person)
