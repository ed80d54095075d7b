"""The partner finder on the demo data: who is strong where a city has gaps, and why."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from polylog.core.db import Database

PERSIAN = re.compile(r"[\u0600-\u06FF]")
REASON_KINDS = {
    "sdg_strength",
    "similar_initiative",
    "practice_adopted",
    "shared_language",
    "time_zone_overlap",
}


def test_rasht_partners_for_sdg_7_are_cities_with_energy_work_and_say_why_in_persian(
    client: TestClient, demo: Database
) -> None:
    response = client.get("/api/v1/cities/rasht/partners", params={"sdg": 7, "lang": "fa"})

    assert response.status_code == 200
    assert response.headers["content-language"] == "fa"
    body = response.json()
    assert body["subject_sdgs"] == [7]
    cities = [item["city"] for item in body["items"]]
    assert {"izmir", "isfahan", "salo"} <= set(cities)
    assert "rasht" not in cities
    scores = [item["score"] for item in body["items"]]
    assert scores == sorted(scores, reverse=True)
    for item in body["items"]:
        kinds = {reason["kind"] for reason in item["reasons"]}
        assert kinds <= REASON_KINDS
        if item["city"] in {"izmir", "isfahan", "salo"}:
            strength = next(r for r in item["reasons"] if r["kind"] == "sdg_strength")
            assert PERSIAN.search(strength["text"]), strength["text"]
            assert "انرژی" in strength["text"]  # "energy": SDG 7 named in Persian
            behind = {i["id"]: i for i in item["initiatives"]}
            for initiative_id in strength["initiative_ids"]:
                assert 7 in behind[initiative_id]["sdgs"]
                assert "energy" in behind[initiative_id]["themes"]
        assert sum(r["weight"] for r in item["reasons"]) == pytest.approx(item["score"], abs=0.05)


def test_isfahan_shares_persian_with_rasht_and_its_office_hours(
    client: TestClient, demo: Database
) -> None:
    items = client.get("/api/v1/cities/rasht/partners", params={"sdg": 7}).json()["items"]

    isfahan = next(item for item in items if item["city"] == "isfahan")
    reasons = {reason["kind"]: reason for reason in isfahan["reasons"]}
    assert "fa" in reasons["shared_language"]["languages"]
    assert "Persian" in reasons["shared_language"]["text"]
    assert reasons["time_zone_overlap"]["hours"] == 8


def test_without_a_subject_partners_are_sought_for_the_citys_gaps_and_never_itself(
    client: TestClient, demo: Database
) -> None:
    for slug in ("izmir", "rasht", "salo", "isfahan", "balikesir"):
        body = client.get(f"/api/v1/cities/{slug}/partners", params={"limit": 20}).json()
        coverage = client.get(f"/api/v1/cities/{slug}/sdg-coverage").json()
        assert body["subject_sdgs"] == coverage["gaps"]
        assert slug not in [item["city"] for item in body["items"]]
        assert body["items"], slug


def test_a_theme_finds_cities_working_on_it(client: TestClient, demo: Database) -> None:
    body = client.get("/api/v1/cities/balikesir/partners", params={"theme": "energy"}).json()

    assert body["theme"] == "energy"
    assert {"izmir", "isfahan", "salo"} <= {item["city"] for item in body["items"]}
    for item in body["items"]:
        themes = {i["id"]: i["themes"] for i in item["initiatives"]}
        for reason in item["reasons"]:
            if reason["kind"] == "sdg_strength":
                assert all("energy" in themes[i] for i in reason["initiative_ids"])


def test_an_adopted_practice_is_a_reason(client: TestClient, demo: Database) -> None:
    from tests.factories import sign_in_demo

    salo = sign_in_demo(client, "organiser.salo")
    practices = client.get("/api/v1/practices", params={"city": "isfahan"}).json()["items"]
    energy = next(p for p in practices if 7 in p["sdgs"])

    def adopters() -> int:
        """How many other cities took up Isfahan's practices, as the reason says it."""
        items = client.get("/api/v1/cities/rasht/partners", params={"sdg": 7}).json()["items"]
        isfahan = next(item for item in items if item["city"] == "isfahan")
        reasons = [r for r in isfahan["reasons"] if r["kind"] == "practice_adopted"]
        if not reasons:
            return 0
        assert energy["id"] in reasons[0]["practice_ids"]
        found = re.search(r"adopted by (\d+) other cit", reasons[0]["text"])
        assert found, reasons[0]["text"]
        return int(found.group(1))

    before = adopters()
    adopted = client.post(
        f"/api/v1/practices/{energy['id']}/adoptions",
        headers=salo.headers,
        json={"city": "salo", "note": "Tried in Salo."},
    )

    assert adopted.status_code == 201, adopted.text
    assert adopters() == before + 1


def test_an_unknown_city_sdg_or_theme_is_refused(client: TestClient, demo: Database) -> None:
    assert client.get("/api/v1/cities/atlantis/partners").status_code == 404
    assert client.get("/api/v1/cities/rasht/partners", params={"sdg": 18}).status_code == 422
    assert client.get("/api/v1/cities/rasht/partners", params={"theme": "x"}).status_code == 422
