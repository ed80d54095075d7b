from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import select

from polylog.accounts.models import User
from polylog.cities.models import City
from polylog.cli import main
from polylog.core.config import Settings
from polylog.core.db import Database
from polylog.demo.loader import DEMO_PASSWORD
from polylog.main import create_app
from polylog.practices.models import Practice


def test_load_demo_fills_an_empty_database_once(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    monkeypatch.setenv("POLYLOG_DATABASE_URL", url)

    first = CliRunner().invoke(main, ["load-demo"])
    second = CliRunner().invoke(main, ["load-demo"])

    assert first.exit_code == 0, first.output
    assert "Loaded the demo data." in first.output
    assert "delegate.izmir@polylog.example" in first.output
    assert "Loaded the demo data." not in second.output
    with TestClient(create_app(Settings(database_url=url))) as client:
        cities = client.get("/api/v1/cities", params={"lang": "tr"}).json()
        assert [city["name"] for city in cities] == [
            "Balıkesir",
            "Espoo",
            "Helsinki",
            "İsfahan",
            "İstanbul",
            "İzmir",
            "Karşıyaka",
            "Reşt",
            "Salo",
            "Tebriz",
        ]
        assert {city["timezone"] for city in cities} == {
            "Europe/Istanbul",
            "Asia/Tehran",
            "Europe/Helsinki",
        }
        token = client.post(
            "/api/v1/auth/token",
            data={"username": "cityadmin.rasht@polylog.example", "password": DEMO_PASSWORD},
        ).json()["access_token"]
        me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).json()
        assert me["preferred_language"] == "fa"
        assert {"city": "rasht", "role": "city_admin"} in me["memberships"]
        programmes = client.get("/api/v1/programmes", params={"per_page": 10}).json()["items"]
        assert {item["city"] for item in programmes} == {"izmir", "salo", "balikesir"}
        salo = next(item for item in programmes if item["city"] == "salo")
        figures = client.get(f"/api/v1/programmes/{salo['id']}").json()["summary"]
        assert figures["actions"] == 4
        assert figures["by_rag"]["red"] == 1
        assert len(figures["stalled"]) == 1
        journeys = client.get("/api/v1/journeys").json()["items"]
        assert {(item["coach_city"], item["coachee_city"]) for item in journeys} == {
            ("izmir", "karsiyaka"),
            ("isfahan", "rasht"),
        }
        assert all(0 < item["progress"] < 100 for item in journeys)
        sam = client.post(
            "/api/v1/auth/token",
            data={"username": "participant@polylog.example", "password": DEMO_PASSWORD},
        ).json()["access_token"]
        tracks = client.get("/api/v1/me/tracks", headers={"Authorization": f"Bearer {sam}"}).json()
        assert [(track["attended"], track["complete"]) for track in tracks] == [(3, True)]


def test_create_admin_makes_a_platform_admin(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'admin.db'}"
    monkeypatch.setenv("POLYLOG_DATABASE_URL", url)

    result = CliRunner().invoke(
        main, ["create-admin", "--email", "Root@Example.org", "--password", "a long admin secret"]
    )

    assert result.exit_code == 0, result.output
    with TestClient(create_app(Settings(database_url=url))) as client:
        token = client.post(
            "/api/v1/auth/token",
            data={"username": "root@example.org", "password": "a long admin secret"},
        ).json()["access_token"]
        assert (
            client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).json()[
                "is_admin"
            ]
            is True
        )


def test_a_short_admin_password_is_refused(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("POLYLOG_DATABASE_URL", f"sqlite:///{tmp_path / 'admin.db'}")

    result = CliRunner().invoke(
        main, ["create-admin", "--email", "root@example.org", "--password", "short"]
    )

    assert result.exit_code != 0
    assert "10 characters" in result.output


def test_the_admin_from_the_environment_is_created_at_start_up(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from polylog.cli import _prepare

    url = f"sqlite:///{tmp_path / 'env.db'}"
    _prepare(
        Settings(
            database_url=url,
            demo_data=False,
            admin_email="ops@city.example",
            admin_password="operations-2027",
        )
    )

    with TestClient(create_app(Settings(database_url=url))) as client:
        assert client.get("/api/v1/cities").json() == []
        response = client.post(
            "/api/v1/auth/token",
            data={"username": "ops@city.example", "password": "operations-2027"},
        )
        assert response.status_code == 200


def test_the_demo_practices_are_loaded_with_their_initiatives(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'practices.db'}"
    monkeypatch.setenv("POLYLOG_DATABASE_URL", url)

    result = CliRunner().invoke(main, ["load-demo"])

    assert result.exit_code == 0, result.output
    with TestClient(create_app(Settings(database_url=url))) as client:
        practices = client.get("/api/v1/practices", params={"per_page": 100, "lang": "fa"}).json()
        assert practices["total"] == 11
        by_city: dict[str, int] = {}
        for item in practices["items"]:
            by_city[item["city"]] = by_city.get(item["city"], 0) + 1
        assert by_city == {
            "izmir": 2,
            "balikesir": 2,
            "salo": 1,
            "isfahan": 1,
            "rasht": 1,
            "istanbul": 1,
            "tabriz": 1,
            "helsinki": 1,
            "espoo": 1,
        }
        adopted = client.get("/api/v1/practices", params={"per_page": 100, "adopted": True}).json()
        assert adopted["total"] == 7
        [isfahan] = [item for item in practices["items"] if item["city"] == "isfahan"]
        practice = client.get(f"/api/v1/practices/{isfahan['id']}", params={"lang": "fa"}).json()
        assert practice["language"] == "fa"
        assert practice["title"].startswith("ستاد توسعه پایدار شهرداری اصفهان")
        assert "<strong>ستاد توسعه پایدار</strong>" in practice["html"]["fa"]["solution"]
        assert [i["title"] for i in practice["initiatives"]] == [
            "نیروگاه‌های خورشیدی روی بام ساختمان‌های شهرداری اصفهان",
            "پایش کیفیت هوا و کاهش آلاینده‌ها در روزهای وارونگی دما",
        ]
        assert all(i["city"] == "isfahan" for i in practice["initiatives"])
        revisions = client.get(f"/api/v1/practices/{isfahan['id']}/revisions").json()
        assert revisions == []
        coverage = client.get("/api/v1/cities/isfahan/sdg-coverage").json()
        assert {g["sdg"]: g["practices"] for g in coverage["goals"]}[7] == 1
    database = Database(url)
    try:
        with database.transaction(write=False) as session:
            authors = session.execute(
                select(City.slug, User.email)
                .join(Practice, Practice.city_id == City.id)
                .join(User, User.id == Practice.created_by_id)
            ).all()
    finally:
        database.dispose()
    assert set(authors) == {
        ("izmir", "delegate.izmir@polylog.example"),
        ("balikesir", "organiser.balikesir@polylog.example"),
        ("salo", "organiser.salo@polylog.example"),
        ("isfahan", "delegate.isfahan@polylog.example"),
        ("rasht", "cityadmin.rasht@polylog.example"),
        ("istanbul", "delegate.istanbul@polylog.example"),
        ("tabriz", "delegate.tabriz@polylog.example"),
        ("helsinki", "delegate.helsinki@polylog.example"),
        ("espoo", "admin@polylog.example"),
    }


ILLUSTRATIVE = {
    "en": " (illustrative)",
    "tr": " (örnek veri)",
    "fa": " (داده نمونه)",
    "fi": " (havainnollistava)",
}


def test_the_demo_initiatives_cover_every_city_in_its_own_language(  # type: ignore[no-untyped-def]
    tmp_path: Path, monkeypatch
) -> None:
    url = f"sqlite:///{tmp_path / 'initiatives.db'}"
    monkeypatch.setenv("POLYLOG_DATABASE_URL", url)

    result = CliRunner().invoke(main, ["load-demo"])

    assert result.exit_code == 0, result.output
    with TestClient(create_app(Settings(database_url=url))) as client:
        cities = {city["slug"]: city for city in client.get("/api/v1/cities").json()}
        items = []
        for page in (1, 2):
            answer = client.get("/api/v1/initiatives", params={"per_page": 100, "page": page})
            items += answer.json()["items"]
        assert answer.json()["total"] == len(items) == 70
        counts: dict[str, int] = {}
        for item in items:
            counts[item["city"]] = counts.get(item["city"], 0) + 1
            # Written in the city's own language, as a city would write it.
            assert item["original_language"] == cities[item["city"]]["default_language"]
        assert counts == {
            "izmir": 13,
            "balikesir": 8,
            "rasht": 8,
            "isfahan": 8,
            "salo": 11,
            "karsiyaka": 4,
            "istanbul": 5,
            "tabriz": 4,
            "helsinki": 5,
            "espoo": 4,
        }
        assert {item["status"] for item in items} == {"planned", "ongoing", "completed"}
        assert sum(len(item["languages"]) > 1 for item in items) >= 45
        assert sum(len(item["languages"]) > 2 for item in items) >= 8
        # Izmir leaves the first two goals as gaps, so its coverage shows what is missing.
        coverage = client.get("/api/v1/cities/izmir/sdg-coverage").json()
        gaps = {goal["sdg"] for goal in coverage["goals"] if not goal["initiatives"]}
        assert {1, 2} <= gaps
        titles = set()
        measured = 0
        for item in items:
            detail = client.get(f"/api/v1/initiatives/{item['id']}").json()
            titles.add(detail["translations"][detail["original_language"]]["title"])
            location = detail["location"]
            city = cities[item["city"]]["location"]
            # Inside the city, or the province a metropolitan municipality serves.
            assert abs(location["lat"] - city["lat"]) < 1
            assert abs(location["lng"] - city["lng"]) < 1.5
            for indicator in detail["indicators"]:
                measured += bool(indicator["measurements"])
                for language, name in indicator["names"].items():
                    assert name.endswith(ILLUSTRATIVE[language]), name
        assert len(titles) == len(items)
        assert measured >= 40
