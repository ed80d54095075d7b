from __future__ import annotations

from fastapi.testclient import TestClient

from tests.factories import initiative_payload
from tests.practices.helpers import PRACTICES, Cities, publish


def test_practices_count_in_the_sdg_coverage_of_their_city(
    client: TestClient, cities: Cities
) -> None:
    client.post(
        "/api/v1/initiatives",
        json=initiative_payload(
            "rasht", original_language="fa", translations={"fa": {"title": "طرح"}}, sdgs=[11]
        ),
        headers=cities.rasht_delegate.headers,
    )
    publish(client, cities.rasht_delegate, sdgs=[11, 17])
    publish(client, cities.rasht_delegate, sdgs=[8, 11])
    deleted = publish(client, cities.rasht_delegate, sdgs=[13])
    client.delete(f"{PRACTICES}/{deleted['id']}", headers=cities.rasht_delegate.headers)
    publish(
        client,
        cities.salo_delegate,
        city="salo",
        original_language="fi",
        translations={"fi": {"title": "Ilmasto-ohjelma"}},
        sdgs=[11],
    )

    rasht = client.get("/api/v1/cities/rasht/sdg-coverage").json()
    platform = client.get("/api/v1/sdg-coverage").json()

    practices = {goal["sdg"]: goal["practices"] for goal in rasht["goals"]}
    assert (practices[11], practices[17], practices[8], practices[13]) == (2, 1, 1, 0)
    assert {goal["sdg"]: goal["initiatives"] for goal in rasht["goals"]}[11] == 1
    assert rasht["gaps"] == [goal for goal in range(1, 18) if goal != 11]
    totals = {goal["sdg"]: goal["practices"] for goal in platform["goals"]}
    assert (totals[11], totals[17], totals[13]) == (3, 1, 0)
    per_city = {
        c["city"]: {g["sdg"]: g["practices"] for g in c["goals"]} for c in platform["cities"]
    }
    assert (per_city["salo"][11], per_city["izmir"][11]) == (1, 0)
