"""Salo's Climate and Environment Programme, followed up quarter by quarter, through HTTP."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from polylog.accounts.models import Role
from polylog.core.db import Database
from polylog.programmes.quarters import quarter_of, quiet_since, shifted
from tests.factories import Person, city_id, created, initiative_payload, make_city, make_person

PROGRAMMES = "/api/v1/programmes"
ACTIONS = "/api/v1/actions"
LAST_FULL_QUARTER = shifted(quarter_of(date.today()), -1)


def programme_payload(**overrides: object) -> dict[str, object]:
    """Salo's programme as its delegate writes it, in Finnish (from the Salo seed)."""
    payload: dict[str, object] = {
        "city": "salo",
        "original_language": "fi",
        "translations": {
            "fi": {
                "title": "Salon ilmasto- ja ympäristöohjelma",
                "summary": "Ohjelman tavoitteiden aktiivinen seuranta ja pullonkaulojen tunnistaminen.",
            }
        },
        "kind": "climate_programme",
        "period_start": "2024-01-01",
        "period_end": "2030-12-31",
        "baseline_year": 2019,
        "sdgs": [13, 11],
        "themes": ["climate_adaptation"],
    }
    payload.update(overrides)
    return payload


def action_payload(title: str, **overrides: object) -> dict[str, object]:
    payload: dict[str, object] = {
        "original_language": "fi",
        "translations": {"fi": {"title": title, "description": "Kuvaus toimenpiteestä."}},
        "status": "ongoing",
        "owner": "Salon kaupunki, ympäristöpalvelut",
        "theme": "energy",
        "start_date": "2025-01-01",
        "due_date": "2027-06-30",
        "cost_estimate": 120000,
        "funded_amount": "45000.50",
        "currency": "EUR",
        "funding_sources": ["Kaupungin budjetti"],
        "sdgs": [7],
    }
    payload.update(overrides)
    return payload


@pytest.fixture
def salo(client: TestClient, database: Database) -> Person:
    make_city(database, "izmir")
    return make_person(
        client, database, language="fi", roles={make_city(database, "salo"): [Role.DELEGATE]}
    )


def create(client: TestClient, person: Person, **overrides: object) -> dict:  # type: ignore[type-arg]
    return created(client, PROGRAMMES, programme_payload(**overrides), person)


def add_action(
    client: TestClient, person: Person, programme: dict, title: str, **extra: object
) -> dict:  # type: ignore[type-arg]
    path = f"{PROGRAMMES}/{programme['id']}/actions"
    return created(client, path, action_payload(title, **extra), person)


def test_a_delegate_follows_up_the_programme_and_sees_the_stalled_action(
    client: TestClient, database: Database, salo: Person
) -> None:
    programme = create(client, salo)
    heating = add_action(client, salo, programme, "Kaukolämmön päästöjen vähentäminen")
    add_action(client, salo, programme, "Pyöräilyreittien parantaminen", cost_estimate=80000)
    add_action(
        client,
        salo,
        programme,
        "Ilmastoviestintä",
        status="planned",
        cost_estimate=None,
        funded_amount=None,
    )
    target = created(
        client,
        f"{PROGRAMMES}/{programme['id']}/indicators",
        {
            "name": {"fi": "Kasvihuonekaasupäästöt"},
            "unit": "kt CO2e",
            "baseline": 300,
            "target": 150,
        },
        salo,
    )
    measured = client.post(
        f"/api/v1/indicators/{target['id']}/measurements",
        json={"date": "2025-12-31", "value": 240},
        headers=salo.headers,
    )
    checked = client.post(
        f"{ACTIONS}/{heating['id']}/check-ins",
        json={
            "period": LAST_FULL_QUARTER,
            "rag": "red",
            "progress": 30,
            "note": "Rahoitus viivästyy.",
            "blockers": ["Investointipäätös puuttuu"],
        },
        headers=salo.headers,
    )

    shown = client.get(f"{PROGRAMMES}/{programme['id']}").json()
    assert measured.json()["progress"]["ratio"] == 0.4
    assert checked.status_code == 201, checked.text
    assert checked.json()["blockers"] == ["Investointipäätös puuttuu"]
    summary = shown["summary"]
    assert summary["actions"] == 3
    assert summary["by_status"]["ongoing"] == 2
    assert summary["by_rag"] == {"green": 0, "amber": 0, "red": 1, "none": 2}
    assert summary["cost"] == {"EUR": 200000.0}
    assert summary["funded"] == {"EUR": 90001.0}
    assert summary["funding_gap"] == {"EUR": 109999.0}
    # The red one, and the other ongoing one that has never checked in.
    assert heating["id"] in summary["stalled"]
    assert len(summary["stalled"]) == 2
    assert shown["indicators"][0]["programme_id"] == programme["id"]
    action = client.get(f"{ACTIONS}/{heating['id']}").json()
    assert action["latest_check_in"]["rag"] == "red"
    assert action["stalled"] is True
    assert action["funding_gap"] == 74999.5


def test_a_reader_in_turkish_sees_the_programme_shown_in_finnish(
    client: TestClient, salo: Person
) -> None:
    programme = create(client, salo)

    shown = client.get(f"{PROGRAMMES}/{programme['id']}", params={"lang": "tr"}).json()

    assert shown["language"] == "fi"
    assert shown["languages"] == ["fi"]
    assert shown["title"] == "Salon ilmasto- ja ympäristöohjelma"
    listed = client.get(PROGRAMMES, params={"city": "salo"}).json()
    assert [item["id"] for item in listed["items"]] == [programme["id"]]


def test_one_check_in_per_action_and_quarter(client: TestClient, salo: Person) -> None:
    programme = create(client, salo)
    action = add_action(client, salo, programme, "Kaukolämmön päästöjen vähentäminen")
    body = {"period": "2026-Q3", "rag": "amber", "progress": 40}

    first = client.post(f"{ACTIONS}/{action['id']}/check-ins", json=body, headers=salo.headers)
    second = client.post(f"{ACTIONS}/{action['id']}/check-ins", json=body, headers=salo.headers)
    client.post(
        f"{ACTIONS}/{action['id']}/check-ins",
        json={**body, "period": "2026-Q2", "rag": "green"},
        headers=salo.headers,
    )

    assert first.status_code == 201
    assert second.status_code == 409
    assert "2026-Q3" in second.json()["detail"]
    history = client.get(f"{ACTIONS}/{action['id']}/check-ins").json()
    assert [item["period"] for item in history] == ["2026-Q3", "2026-Q2"]
    # The latest check-in is the one of the latest period, whatever the order of entry.
    assert client.get(f"{ACTIONS}/{action['id']}").json()["latest_check_in"]["period"] == "2026-Q3"


def test_the_action_list_filters_by_status_rating_and_theme_and_sorts_by_gap(
    client: TestClient, salo: Person
) -> None:
    programme = create(client, salo)
    small = add_action(
        client, salo, programme, "Pieni aukko", cost_estimate=1000, funded_amount=900
    )
    large = add_action(client, salo, programme, "Suuri aukko", cost_estimate=90000, funded_amount=0)
    planned = add_action(client, salo, programme, "Suunniteltu", status="planned", theme="mobility")
    client.post(
        f"{ACTIONS}/{small['id']}/check-ins",
        json={"period": "2026-Q3", "rag": "green", "progress": 90},
        headers=salo.headers,
    )
    url = f"{PROGRAMMES}/{programme['id']}/actions"

    def ids(**params: object) -> list[int]:
        return [item["id"] for item in client.get(url, params=params).json()["items"]]

    assert ids(status="planned") == [planned["id"]]
    assert ids(rag="green") == [small["id"]]
    assert sorted(ids(rag="none")) == sorted([large["id"], planned["id"]])
    assert ids(theme="mobility") == [planned["id"]]
    assert ids(sort="-funding_gap")[:2] == [large["id"], planned["id"]]


def test_programmes_are_versioned_content(
    client: TestClient, database: Database, salo: Person
) -> None:
    programme = create(client, salo)
    url = f"{PROGRAMMES}/{programme['id']}"
    admin = make_person(client, database, is_admin=True)

    edited = client.patch(url, json={"baseline_year": 2018, "version": 1}, headers=salo.headers)
    stale = client.patch(url, json={"baseline_year": 2017, "version": 1}, headers=salo.headers)
    bad_period = client.patch(
        url, json={"period_end": "2020-01-01", "version": 2}, headers=salo.headers
    )
    revisions = client.get(f"{url}/revisions").json()
    deleted = client.delete(url, headers=salo.headers)
    hidden = client.get(url)
    restored = client.post(f"{url}/restore", headers=admin.headers)

    assert edited.json()["version"] == 2
    assert stale.status_code == 412
    assert bad_period.status_code == 422
    assert bad_period.json()["errors"][0]["field"] == "period_end"
    assert revisions[0]["changed_fields"] == ["baseline_year"]
    assert deleted.status_code == 204
    assert hidden.status_code == 404
    assert restored.json()["baseline_year"] == 2018


def test_only_the_citys_delegates_and_admins_keep_its_programmes(
    client: TestClient, database: Database, salo: Person
) -> None:
    programme = create(client, salo)
    city_admin = make_person(
        client, database, roles={make_city(database, "balikesir"): [Role.CITY_ADMIN]}
    )
    organiser = make_person(
        client, database, roles={make_city(database, "rasht"): [Role.ORGANISER]}
    )

    by_organiser = client.post(
        PROGRAMMES, json=programme_payload(city="rasht"), headers=organiser.headers
    )
    by_other_city = client.post(
        f"{PROGRAMMES}/{programme['id']}/actions",
        json=action_payload("Vieras"),
        headers=city_admin.headers,
    )
    by_own_admin = client.post(
        PROGRAMMES, json=programme_payload(city="balikesir"), headers=city_admin.headers
    )
    anonymous = client.post(PROGRAMMES, json=programme_payload())

    assert by_organiser.status_code == 403
    assert by_other_city.status_code == 403
    assert by_own_admin.status_code == 201
    assert anonymous.status_code == 401


def test_actions_link_only_the_citys_own_initiatives_and_need_a_currency(
    client: TestClient, database: Database, salo: Person
) -> None:
    programme = create(client, salo)
    izmir = make_person(client, database, roles={city_id(database, "izmir"): [Role.DELEGATE]})
    foreign = client.post(
        "/api/v1/initiatives", json=initiative_payload(), headers=izmir.headers
    ).json()
    url = f"{PROGRAMMES}/{programme['id']}/actions"

    linked = client.post(
        url, json=action_payload("Linkki", initiative_ids=[foreign["id"]]), headers=salo.headers
    )
    no_currency = client.post(url, json=action_payload("Raha", currency=None), headers=salo.headers)
    negative = client.post(
        url, json=action_payload("Miinus", cost_estimate=-5), headers=salo.headers
    )

    assert linked.status_code == 422
    assert linked.json()["errors"] == [
        {
            "field": "initiative_ids",
            "message": f"The city has no published initiative with the number {foreign['id']}.",
        }
    ]
    assert no_currency.status_code == 422
    assert no_currency.json()["errors"][0]["field"] == "currency"
    assert negative.status_code == 422


def test_programmes_and_actions_are_found_across_languages(
    client: TestClient, salo: Person
) -> None:
    programme = create(client, salo)
    add_action(client, salo, programme, "Kaukolämmön päästöjen vähentäminen")

    found = client.get("/api/v1/search", params={"q": "ympäristöohjelma"}).json()
    actions = client.get("/api/v1/search", params={"q": "kaukolämpö", "type": "action"}).json()

    assert {"type": "programme", "id": programme["id"]}.items() <= found["items"][0].items()
    assert actions["items"][0]["type"] == "action"


def test_the_quiet_rule_counts_the_last_two_full_quarters() -> None:
    assert quarter_of(date(2026, 12, 2)) == "2026-Q4"
    assert quiet_since(date(2026, 12, 2)) == "2026-Q2"
    assert quiet_since(date(2027, 1, 5)) == "2026-Q3"
    assert shifted("2026-Q1", -1) == "2025-Q4"


# --- export and import ---------------------------------------------------------------


def test_the_export_has_headers_in_the_readers_language(client: TestClient, salo: Person) -> None:
    programme = create(client, salo)
    action = add_action(client, salo, programme, "Kaukolämmön päästöjen vähentäminen")
    client.post(
        f"{ACTIONS}/{action['id']}/check-ins",
        json={"period": "2026-Q3", "rag": "red", "progress": 30, "blockers": ["Rahoitus"]},
        headers=salo.headers,
    )

    exported = client.get(f"{PROGRAMMES}/{programme['id']}/actions.csv", params={"lang": "fi"})
    workbook_file = client.get(
        f"{PROGRAMMES}/{programme['id']}/actions.xlsx", params={"lang": "fi"}
    )

    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Numero", "Nimi", "Kuvaus"]
    assert rows[1][1] == "Kaukolämmön päästöjen vähentäminen"
    assert "Punainen" in rows[1]
    sheet = load_workbook(io.BytesIO(workbook_file.content)).worksheets[0]
    cells = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert cells[0][:2] == ["Numero", "Nimi"]
    gap_column = rows[0].index("Rahoitusvaje")
    assert cells[1][gap_column] == 74999.5  # a number, not text


def test_an_import_round_trips_the_export(client: TestClient, salo: Person) -> None:
    source = create(client, salo)
    add_action(client, salo, source, "Kaukolämmön päästöjen vähentäminen")
    exported = client.get(f"{PROGRAMMES}/{source['id']}/actions.xlsx", params={"lang": "fi"})
    target = create(client, salo)

    imported = client.post(
        f"{PROGRAMMES}/{target['id']}/actions/import",
        files={"file": ("toimet.xlsx", exported.content)},
        headers=salo.headers,
        params={"lang": "fi"},
    )

    assert imported.status_code == 201, imported.text
    assert imported.json() == {"created": 1}
    copied = client.get(f"{PROGRAMMES}/{target['id']}/actions").json()["items"][0]
    assert copied["title"] == "Kaukolämmön päästöjen vähentäminen"
    assert copied["cost_estimate"] == 120000.0
    assert copied["funded_amount"] == 45000.5
    assert copied["theme"] == "energy"


def test_an_import_with_one_bad_row_imports_nothing_and_names_the_row(
    client: TestClient, salo: Person
) -> None:
    programme = create(client, salo)
    content = (
        "Nimi;Tila;Kustannusarvio;Valuutta;Viimeisin seuranta;Arvio\n"
        "Pyöräilyreitit;Käynnissä;80000;EUR;2026-Q3;Vihreä\n"
        "X;tuntematon;-3;EUR;2026-Q9;Vihreä\n"
        "Ilmastoviestintä;Suunniteltu;;;;\n"
    ).encode()

    refused = client.post(
        f"{PROGRAMMES}/{programme['id']}/actions/import",
        files={"file": ("toimet.csv", content, "text/csv")},
        headers={**salo.headers, "Accept-Language": "fi"},
    )

    assert refused.status_code == 422
    errors = refused.json()["errors"]
    assert {error["row"] for error in errors} == {3}
    assert {"title", "status", "check_in_period"} <= {error["field"] for error in errors}
    assert all(error["message"] for error in errors)
    assert refused.json()["detail"].startswith("Mitään ei tuotu")
    listed = client.get(f"{PROGRAMMES}/{programme['id']}/actions").json()
    assert listed["total"] == 0


def test_an_import_accepts_headers_in_any_language(client: TestClient, salo: Person) -> None:
    programme = create(client, salo)
    content = "Title,Status,Theme\nBisiklet yolları,ongoing,Mobility\n".encode()

    imported = client.post(
        f"{PROGRAMMES}/{programme['id']}/actions/import",
        files={"file": ("actions.csv", content, "text/csv")},
        headers={**salo.headers, "Accept-Language": "tr"},
    )

    assert imported.status_code == 201, imported.text
    action = client.get(f"{PROGRAMMES}/{programme['id']}/actions").json()["items"][0]
    assert action["original_language"] == "tr"
    assert action["theme"] == "mobility"


def test_a_persian_export_is_laid_out_right_to_left(client: TestClient, salo: Person) -> None:
    programme = create(client, salo)
    add_action(client, salo, programme, "Kaukolämmön päästöjen vähentäminen")

    exported = client.get(f"{PROGRAMMES}/{programme['id']}/actions.xlsx", params={"lang": "fa"})

    sheet = load_workbook(io.BytesIO(exported.content)).worksheets[0]
    assert sheet.sheet_view.rightToLeft is True
    assert sheet.title == "اقدامات"
    assert sheet.cell(row=1, column=2).value == "عنوان"


def test_the_spreadsheet_export_survives_control_characters_in_stored_text(
    client: TestClient, salo: Person
) -> None:
    # Found by the fuzz run: a description with a control character made the XLSX export a 500.
    programme = create(client, salo)
    add_action(
        client,
        salo,
        programme,
        "Päästöt alas",
        translations={"fi": {"title": "Päästöt alas", "description": "ð\t@\x1b[31m\x01ꩥ"}},
        owner="Ympäristö\x0bpalvelut",
    )

    workbook_file = client.get(f"{PROGRAMMES}/{programme['id']}/actions.xlsx")

    assert workbook_file.status_code == 200
    sheet = load_workbook(io.BytesIO(workbook_file.content)).worksheets[0]
    cells = [cell.value for cell in next(sheet.iter_rows(min_row=2))]
    assert "ð\t@[31mꩥ" in cells
    assert "Ympäristöpalvelut" in cells


def test_an_initiative_lists_the_actions_that_build_on_it(client: TestClient, salo: Person) -> None:
    initiative = client.post(
        "/api/v1/initiatives", json=initiative_payload(city="salo"), headers=salo.headers
    ).json()
    programme = create(client, salo)
    linked = add_action(
        client,
        salo,
        programme,
        "Kaukolämmön päästöjen vähentäminen",
        initiative_ids=[initiative["id"]],
    )
    add_action(client, salo, programme, "Pyöräilyreittien parantaminen")

    listed = client.get(f"/api/v1/initiatives/{initiative['id']}/actions")
    client.delete(
        f"{PROGRAMMES}/{programme['id']}",
        headers={**salo.headers, "If-Match": f'"{programme["version"]}"'},
    )
    after_deletion = client.get(f"/api/v1/initiatives/{initiative['id']}/actions")
    unknown = client.get("/api/v1/initiatives/424242/actions")

    assert listed.status_code == 200
    assert [(item["id"], item["programme_id"]) for item in listed.json()] == [
        (linked["id"], programme["id"])
    ]
    assert after_deletion.json() == []
    assert unknown.status_code == 404
