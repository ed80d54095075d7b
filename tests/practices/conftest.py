from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from polylog.accounts.models import Role
from polylog.core.db import Database
from tests.factories import make_city, make_person
from tests.practices.helpers import Cities


@pytest.fixture
def cities(client: TestClient, database: Database) -> Cities:
    rasht, salo, izmir = (make_city(database, slug) for slug in ("rasht", "salo", "izmir"))
    return Cities(
        rasht=rasht,
        salo=salo,
        izmir=izmir,
        rasht_delegate=make_person(client, database, language="fa", roles={rasht: [Role.DELEGATE]}),
        salo_delegate=make_person(client, database, language="fi", roles={salo: [Role.DELEGATE]}),
        izmir_delegate=make_person(client, database, language="tr", roles={izmir: [Role.DELEGATE]}),
    )
