from __future__ import annotations

from bench._support import initiative_row, title_rows
from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from polylog.accounts.models import Role
from polylog.core.db import Database, utcnow
from polylog.initiatives.models import Initiative, InitiativeTranslation
from tests.factories import initiative_payload, make_city, make_person

MAP = "/api/v1/map/initiatives"


def test_the_map_returns_geojson_points_in_the_box(client: TestClient, database: Database) -> None:
    delegate = make_person(client, database, roles={make_city(database, "izmir"): [Role.DELEGATE]})
    inside = client.post(
        "/api/v1/initiatives", json=initiative_payload(), headers=delegate.headers
    ).json()
    client.post(
        "/api/v1/initiatives",
        json=initiative_payload(location={"lat": 60.38, "lng": 23.13}),
        headers=delegate.headers,
    )
    client.post(
        "/api/v1/initiatives", json=initiative_payload(location=None), headers=delegate.headers
    )

    collection = client.get(MAP, params={"bbox": "26,38,28,39", "lang": "en"}).json()

    assert collection["type"] == "FeatureCollection"
    assert collection["total"] == 1
    assert collection["clustered"] is False
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [27.1287, 38.4189]}
    assert feature["properties"]["id"] == inside["id"]
    assert feature["properties"]["title"] == "İzmir Sürdürülebilirlik Haritası"
    assert feature["properties"]["city"] == "izmir"


def test_the_map_filters_like_the_list(client: TestClient, database: Database) -> None:
    delegate = make_person(client, database, roles={make_city(database, "izmir"): [Role.DELEGATE]})
    client.post("/api/v1/initiatives", json=initiative_payload(sdgs=[7]), headers=delegate.headers)
    client.post("/api/v1/initiatives", json=initiative_payload(sdgs=[13]), headers=delegate.headers)

    assert client.get(MAP, params={"sdg": 7}).json()["total"] == 1
    assert client.get(MAP, params={"city": "salo"}).json()["total"] == 0


def _many_initiatives(database: Database, city_id: int, count: int) -> None:
    """``count`` initiatives on a 20-wide grid near Salo, 0.05° apart, written as rows."""
    now = utcnow()
    with database.transaction() as session:
        grid = [
            {"latitude": 60.0 + (n % 20) * 0.05, "longitude": 22.0 + (n // 20) * 0.05}
            for n in range(count)
        ]
        session.execute(
            insert(Initiative),
            [initiative_row(city_id=city_id, language="fi", now=now, **at) for at in grid],
        )
        ids = session.scalars(select(Initiative.id)).all()
        session.execute(
            insert(InitiativeTranslation), title_rows(ids, language="fi", title="Hanke {}")
        )


def test_zoomed_out_the_map_clusters_on_a_grid(client: TestClient, database: Database) -> None:
    _many_initiatives(database, make_city(database, "salo"), 400)

    wide = client.get(MAP, params={"bbox": "0,50,40,70"}).json()
    close = client.get(MAP, params={"bbox": "22.0,60.0,22.06,60.06", "zoom": 15}).json()

    assert wide["clustered"] is True
    assert wide["total"] == 400
    assert sum(f["properties"]["count"] for f in wide["features"]) == 400
    assert len(wide["features"]) < 50
    assert all(
        f["properties"]["kind"] == "cluster"
        for f in wide["features"]
        if f["properties"]["count"] > 1
    )
    assert close["clustered"] is False
    assert all(f["properties"]["kind"] == "initiative" for f in close["features"])


def test_a_bad_box_is_refused(client: TestClient) -> None:
    for bbox in ("1,2,3", "a,b,c,d", "10,0,5,1", "0,0,200,1", "nan,0,1,1"):
        response = client.get(MAP, params={"bbox": bbox})
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == "bbox"


def test_sdg_coverage_counts_and_shows_gaps(client: TestClient, database: Database) -> None:
    izmir = make_city(database, "izmir")
    make_city(database, "salo")
    delegate = make_person(client, database, roles={izmir: [Role.DELEGATE]})
    client.post(
        "/api/v1/initiatives", json=initiative_payload(sdgs=[11, 13]), headers=delegate.headers
    )
    client.post("/api/v1/initiatives", json=initiative_payload(sdgs=[13]), headers=delegate.headers)
    deleted = client.post(
        "/api/v1/initiatives", json=initiative_payload(sdgs=[7]), headers=delegate.headers
    ).json()
    client.delete(f"/api/v1/initiatives/{deleted['id']}", headers=delegate.headers)

    coverage = client.get("/api/v1/cities/izmir/sdg-coverage").json()

    assert coverage["city"] == "izmir"
    by_goal = {goal["sdg"]: goal["initiatives"] for goal in coverage["goals"]}
    assert (by_goal[11], by_goal[13], by_goal[7]) == (1, 2, 0)
    assert len(coverage["goals"]) == 17
    assert coverage["gaps"] == [g for g in range(1, 18) if g not in (11, 13)]
    platform = client.get("/api/v1/sdg-coverage").json()
    assert [c["city"] for c in platform["cities"]] == ["izmir", "salo"]
    assert platform["cities"][1]["gaps"] == list(range(1, 18))
    assert {g["sdg"]: g["initiatives"] for g in platform["goals"]}[13] == 2
    assert client.get("/api/v1/cities/atlantis/sdg-coverage").status_code == 404
