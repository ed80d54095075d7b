"""Izmir's city report: each section's figures against what the test entered, in three formats."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import update

from polylog.accounts.models import Role
from polylog.core.db import Database
from polylog.peer_sessions.models import PeerSession
from tests.factories import (
    created,
    initiative_payload,
    make_city,
    make_person,
    practice_payload,
    session_payload,
)

YEAR = datetime.now(UTC).year
REPORT = "/api/v1/cities/izmir/report"


@pytest.fixture
def izmir(client: TestClient, database: Database) -> dict[str, object]:
    """An initiative with two indicators, a programme with two actions, a practice, a session."""
    izmir_id = make_city(database, "izmir")
    delegate = make_person(client, database, roles={izmir_id: [Role.DELEGATE, Role.ORGANISER]})
    salo = make_person(client, database, roles={make_city(database, "salo"): [Role.DELEGATE]})
    initiative = client.post(
        "/api/v1/initiatives", json=initiative_payload(sdgs=[11, 13]), headers=delegate.headers
    ).json()
    measured = created(
        client,
        f"/api/v1/initiatives/{initiative['id']}/indicators",
        {"name": {"tr": "Haritadaki proje sayısı"}, "unit": "proje", "baseline": 0, "target": 300},
        delegate,
    )
    client.post(
        f"/api/v1/indicators/{measured['id']}/measurements",
        json={"date": f"{YEAR}-06-30", "value": 150},
        headers=delegate.headers,
    )
    unmeasured = client.post(
        f"/api/v1/initiatives/{initiative['id']}/indicators",
        json={"name": {"tr": "Katılan ilçe sayısı"}, "unit": "ilçe", "baseline": 0, "target": 30},
        headers=delegate.headers,
    ).json()
    programme = client.post(
        "/api/v1/programmes",
        json={
            "city": "izmir",
            "original_language": "tr",
            "translations": {"tr": {"title": "İzmir İklim Şehri Sözleşmesi"}},
            "kind": "climate_city_contract",
            "period_start": "2024-01-01",
            "period_end": "2030-12-31",
        },
        headers=delegate.headers,
    ).json()
    actions = []
    for title, sdgs, cost in (
        ("Mobilite fizibilitesi", [11], 2500000),
        ("Dijital ikiz", [9], None),
    ):
        actions.append(
            client.post(
                f"/api/v1/programmes/{programme['id']}/actions",
                json={
                    "original_language": "tr",
                    "translations": {"tr": {"title": title}},
                    "status": "ongoing",
                    "cost_estimate": cost,
                    "funded_amount": 400000 if cost else None,
                    "currency": "EUR" if cost else None,
                    "sdgs": sdgs,
                },
                headers=delegate.headers,
            ).json()
        )
    client.post(
        f"/api/v1/actions/{actions[0]['id']}/check-ins",
        json={"period": f"{YEAR}-Q2", "rag": "amber", "progress": 20},
        headers=delegate.headers,
    )
    practice = client.post(
        "/api/v1/practices",
        json=practice_payload(
            city="izmir",
            sdgs=[11],
            original_language="tr",
            translations={"tr": {"title": "Sürdürülebilirlik haritası nasıl kurulur"}},
        ),
        headers=delegate.headers,
    ).json()
    client.post(
        f"/api/v1/practices/{practice['id']}/adoptions", json={"city": "salo"}, headers=salo.headers
    )
    session = client.post(
        "/api/v1/sessions",
        json=session_payload(city="izmir", timezone="Europe/Istanbul"),
        headers=delegate.headers,
    ).json()
    with database.transaction() as db:
        # Held in the report's year, whatever today's date.
        starts = datetime(YEAR, 3, 10, 9, tzinfo=UTC)
        db.execute(
            update(PeerSession)
            .where(PeerSession.id == session["id"])
            .values(starts_at=starts, ends_at=starts + timedelta(hours=2))
        )
    return {
        "initiative": initiative,
        "measured": measured,
        "unmeasured": unmeasured,
        "programme": programme,
        "actions": actions,
        "session": session,
    }


def _section(report: dict, key: str) -> dict:  # type: ignore[type-arg]
    return next(section for section in report["sections"] if section["key"] == key)


def test_the_voluntary_local_review_reports_what_the_city_entered(
    client: TestClient, izmir: dict
) -> None:  # type: ignore[type-arg]
    report = client.get(REPORT, params={"lang": "tr", "year": YEAR}).json()

    assert report["framework"] == "vlr"
    assert report["city_name"] == "İzmir"
    coverage = _section(report, "sdg_coverage")
    goals = {goal["sdg"]: goal for goal in coverage["goals"]}
    assert len(goals) == 17
    assert (goals[11]["initiatives"], goals[11]["practices"], goals[11]["actions"]) == (1, 1, 1)
    assert (goals[9]["initiatives"], goals[9]["actions"]) == (0, 1)
    assert 1 in coverage["gaps"]
    assert 9 not in coverage["gaps"]
    programme = _section(report, "programmes")["programmes"][0]
    assert programme["kind_label"] == "İklim Şehri Sözleşmesi"
    assert programme["actions"] == 2
    assert programme["cost"] == {"EUR": 2500000.0}
    assert programme["funding_gap"] == {"EUR": 2100000.0}
    indicators = {row["id"]: row for row in _section(report, "indicators")["indicators"]}
    measured = indicators[izmir["measured"]["id"]]
    assert (measured["latest_value"], measured["progress"]) == (150.0, 0.5)
    assert indicators[izmir["unmeasured"]["id"]]["latest_value"] is None
    peer = _section(report, "peer_learning")
    assert peer["sessions_hosted"] == 1
    assert (peer["practices_shared"], peer["practices_adopted_by_others"]) == (1, 1)
    missing = {item["key"]: item for item in report["missing"]}
    assert "sdg:1" in missing
    assert missing["sdg:1"]["path"] == "/initiatives/new?sdg=1"
    assert f"indicator:{izmir['unmeasured']['id']}" in missing
    assert f"indicator:{izmir['measured']['id']}" not in missing
    assert f"action:{izmir['actions'][1]['id']}" in missing
    assert f"action:{izmir['actions'][0]['id']}" not in missing
    assert "Katılan ilçe sayısı" in missing[f"indicator:{izmir['unmeasured']['id']}"]["message"]


def test_the_climate_city_contract_report_asks_about_the_climate_goals(
    client: TestClient, izmir: dict
) -> None:  # type: ignore[type-arg]
    report = client.get(REPORT, params={"framework": "ccc", "year": YEAR}).json()

    assert [goal["sdg"] for goal in _section(report, "sdg_coverage")["goals"]] == [7, 11, 13]
    assert "sdg:1" not in {item["key"] for item in report["missing"]}
    assert "sdg:7" in {item["key"] for item in report["missing"]}
    assert report["framework_title"] == "Climate City Contract report"


def test_a_persian_report_writes_its_numbers_in_persian(client: TestClient, izmir: dict) -> None:  # type: ignore[type-arg]
    report = client.get(REPORT, params={"lang": "fa", "year": YEAR}).json()

    gap = next(item for item in report["missing"] if item["key"] == "sdg:1")
    assert "۱" in gap["message"]
    assert "1" not in gap["message"]


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        (
            "tr",
            ["Gönüllü Yerel İnceleme", "SKA kapsamı", "Göstergeler ve hedefler", "Eksik olanlar"],
        ),
        ("fi", ["Vapaaehtoinen paikallinen katsaus", "Vertaisoppiminen", "Sisällys"]),
        ("fa", ["بازبینی داوطلبانهٔ محلی", "یادگیری همتا"]),
    ],
)
def test_the_pdf_carries_the_city_and_its_sections_in_the_readers_language(
    client: TestClient, izmir: dict, language: str, titles: list[str]
) -> None:  # type: ignore[type-arg]
    response = client.get(REPORT, params={"lang": language, "year": YEAR, "format": "pdf"})

    assert response.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 6
    for title in titles:
        assert title in text
    city = {"tr": "İzmir", "fi": "Izmir", "fa": "ازمیر"}[language]
    assert city in text


def test_the_workbook_has_a_sheet_per_section_with_numbers_as_numbers(
    client: TestClient, izmir: dict
) -> None:  # type: ignore[type-arg]
    response = client.get(REPORT, params={"lang": "tr", "year": YEAR, "format": "xlsx"})

    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == [
        "SKA kapsamı",
        "Programlar ve eylem planları",
        "Göstergeler ve hedefler",
        "Akran öğrenmesi",
        "Eksik olanlar",
    ]
    coverage = [[cell.value for cell in row] for row in workbook["SKA kapsamı"].iter_rows()]
    assert coverage[0] == ["Amaç", "Başlık", "Girişimler", "Uygulamalar", "Eylemler"]
    assert coverage[11][0] == 11
    assert coverage[11][2:] == [1, 1, 1]
    money = [
        [cell.value for cell in row] for row in workbook["Programlar ve eylem planları"].iter_rows()
    ]
    assert money[1][6:] == ["EUR", 2500000, 400000, 2100000]


def test_an_unknown_city_or_year_out_of_range_is_refused(client: TestClient, izmir: dict) -> None:  # type: ignore[type-arg]
    assert client.get("/api/v1/cities/atlantis/report").status_code == 404
    assert client.get(REPORT, params={"year": 1800}).status_code == 422
    assert client.get(REPORT, params={"format": "docx"}).status_code == 422
