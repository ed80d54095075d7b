"""What the peer-session tests share: Salo's organiser, with İzmir and Rasht there too."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from polylog.accounts.models import Role
from polylog.core.db import Database
from tests.factories import Person, make_city, make_person


@pytest.fixture
def organiser(client: TestClient, database: Database) -> Person:
    make_city(database, "izmir")
    make_city(database, "rasht")
    return make_person(client, database, roles={make_city(database, "salo"): [Role.ORGANISER]})
