from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from polylog.core.config import Settings
from polylog.main import create_app


@pytest.fixture
def spa_client(tmp_path: Path) -> Iterator[TestClient]:
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><title>Polylog</title><div id=root></div>")
    (dist / "assets" / "app-1234.js").write_text("console.log('polylog')")
    (tmp_path / "secret.txt").write_text("not for the web")
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'spa.db'}", frontend_dist=dist))
    with TestClient(app) as client:
        yield client


def test_the_app_is_served_at_the_root(spa_client: TestClient) -> None:
    response = spa_client.get("/")

    assert response.status_code == 200
    assert "<title>Polylog</title>" in response.text
    assert "default-src 'self'" in response.headers["content-security-policy"]


def test_client_side_routes_fall_back_to_the_app(spa_client: TestClient) -> None:
    response = spa_client.get("/cities/izmir")

    assert response.status_code == 200
    assert "<div id=root>" in response.text


def test_built_assets_are_cached_for_long(spa_client: TestClient) -> None:
    response = spa_client.get("/assets/app-1234.js")

    assert response.status_code == 200
    assert "immutable" in response.headers["cache-control"]


def test_files_outside_the_build_are_not_served(spa_client: TestClient) -> None:
    response = spa_client.get("/../secret.txt")

    assert "not for the web" not in response.text


def test_the_api_namespace_never_falls_back_to_the_app(spa_client: TestClient) -> None:
    response = spa_client.get("/api/v2/anything")

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def test_a_missing_build_says_how_to_build_it(tmp_path: Path) -> None:
    app = create_app(
        Settings(database_url=f"sqlite:///{tmp_path / 'x.db'}", frontend_dist=tmp_path / "none")
    )
    with TestClient(app) as client:
        response = client.get("/")

    assert response.status_code == 404
    assert "make run" in response.json()["detail"]


def test_the_page_carries_the_tile_server_of_the_deployment(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "index.html").write_text("<!doctype html><head><title>Polylog</title></head>")
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'tiles.db'}",
        frontend_dist=dist,
        tile_url="http://tiles.city.example/{z}/{x}/{y}.png",
        tile_attribution='<a href="https://city.example">City "maps"</a>',
    )
    with TestClient(create_app(settings)) as client:
        for path in ("/", "/map", "/index.html"):
            response = client.get(path)
            assert (
                '<meta name="polylog:tile-url" content="http://tiles.city.example/{z}/{x}/{y}.png">'
                in response.text
            )
            assert "City &quot;maps&quot;" in response.text
            assert "http://tiles.city.example" in response.headers["content-security-policy"]


def test_no_tile_server_leaves_the_base_map_alone(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "index.html").write_text("<!doctype html><head><title>Polylog</title></head>")
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'none.db'}", frontend_dist=dist, tile_url=""
    )
    with TestClient(create_app(settings)) as client:
        response = client.get("/map")

    assert '<meta name="polylog:tile-url" content="">' in response.text
