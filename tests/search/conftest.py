from __future__ import annotations

from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from polylog.accounts.models import Role
from polylog.cities.models import City
from polylog.core.db import Database
from tests.factories import Person, initiative_payload, make_person

SEARCH = "/api/v1/search"
INITIATIVES = "/api/v1/initiatives"

NAMES = {
    "izmir": {"en": "Izmir", "tr": "İzmir", "fa": "ازمیر", "fi": "Izmir"},
    "isfahan": {"en": "Isfahan", "tr": "İsfahan", "fa": "اصفهان", "fi": "Isfahan"},
    "salo": {"en": "Salo", "tr": "Salo", "fa": "سالو", "fi": "Salo"},
}
DEFAULT_LANGUAGE = {"izmir": "tr", "isfahan": "fa", "salo": "fi"}


@dataclass
class Delegates:
    izmir: Person
    isfahan: Person
    salo: Person
    admin: Person

    def of(self, city: str) -> Person:
        return getattr(self, city)  # type: ignore[no-any-return]


@pytest.fixture
def delegates(client: TestClient, database: Database) -> Delegates:
    ids = {}
    with database.transaction() as session:
        for slug, names in NAMES.items():
            city = City(
                slug=slug,
                names=names,
                country_code={"izmir": "TR", "isfahan": "IR"}.get(slug, "FI"),
                timezone={"izmir": "Europe/Istanbul", "isfahan": "Asia/Tehran"}.get(
                    slug, "Europe/Helsinki"
                ),
                default_language=DEFAULT_LANGUAGE[slug],
                latitude=40.0,
                longitude=30.0,
            )
            session.add(city)
            session.flush()
            ids[slug] = city.id
    return Delegates(
        **{
            slug: make_person(client, database, roles={ids[slug]: [Role.DELEGATE, Role.ORGANISER]})
            for slug in NAMES
        },
        admin=make_person(client, database, is_admin=True),
    )


def publish(
    client: TestClient,
    delegates: Delegates,
    city: str,
    title: str,
    summary: str = "",
    *,
    language: str | None = None,
    sdgs: list[int] | None = None,
    themes: list[str] | None = None,
    extra: dict[str, dict[str, str]] | None = None,
) -> int:
    language = language or DEFAULT_LANGUAGE[city]
    payload = initiative_payload(
        city,
        original_language=language,
        translations={language: {"title": title, "summary": summary}, **(extra or {})},
        sdgs=sdgs or [],
        themes=themes or [],
        target_groups=[],
        partners=[],
        location=None,
    )
    response = client.post(INITIATIVES, json=payload, headers=delegates.of(city).headers)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def found(client: TestClient, q: str, **params: object) -> list[int]:
    """Ids of the initiatives a search finds, best first."""
    response = client.get(SEARCH, params={"q": q, "per_page": 100, **params})
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"] if item["type"] == "initiative"]
