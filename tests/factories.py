"""Small factories that build test data through the services, and sign people in."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi.testclient import TestClient

from polylog.accounts import service as accounts_service
from polylog.accounts.models import Membership, Role
from polylog.cities.models import City
from polylog.core.db import Database
from polylog.core.i18n import Language

PASSWORD = "correct horse battery"
_counter = itertools.count(1)

CITY_NAMES = {
    "izmir": {"en": "Izmir", "tr": "İzmir", "fa": "ازمیر", "fi": "Izmir"},
    "rasht": {"en": "Rasht", "tr": "Reşt", "fa": "رشت", "fi": "Rasht"},
    "salo": {"en": "Salo", "tr": "Salo", "fa": "سالو", "fi": "Salo"},
}
CITY_ZONES = {"izmir": "Europe/Istanbul", "rasht": "Asia/Tehran", "salo": "Europe/Helsinki"}


@dataclass
class Person:
    id: int
    email: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def city_payload(slug: str = "salo", **overrides: object) -> dict[str, object]:
    payload: dict[str, object] = {
        "slug": slug,
        "names": CITY_NAMES.get(slug, {lang: slug.title() for lang in ("en", "tr", "fa", "fi")}),
        "country_code": {"izmir": "TR", "rasht": "IR"}.get(slug, "FI"),
        "timezone": CITY_ZONES.get(slug, "Europe/Helsinki"),
        "default_language": {"izmir": "tr", "rasht": "fa"}.get(slug, "fi"),
        "location": {"lat": 60.38, "lng": 23.13},
    }
    payload.update(overrides)
    return payload


def make_city(database: Database, slug: str = "salo") -> int:
    payload = city_payload(slug)
    with database.transaction() as session:
        city = City(
            slug=slug,
            names=payload["names"],
            country_code=payload["country_code"],
            timezone=payload["timezone"],
            default_language=payload["default_language"],
            latitude=60.38,
            longitude=23.13,
        )
        session.add(city)
        session.flush()
        return city.id


def make_user(
    database: Database,
    *,
    email: str | None = None,
    is_admin: bool = False,
    language: Language = "en",
    roles: dict[int, list[Role]] | None = None,
) -> str:
    email = email or f"person{next(_counter)}@example.org"
    with database.transaction() as session:
        user = accounts_service.create_user(
            session,
            email=email,
            password=PASSWORD,
            display_name=email.split("@")[0],
            preferred_language=language,
            is_admin=is_admin,
        )
        for city_id, city_roles in (roles or {}).items():
            for role in city_roles:
                session.add(Membership(user_id=user.id, city_id=city_id, role=role))
    return email


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> Person:
    response = client.post("/api/v1/auth/token", data={"username": email, "password": password})
    assert response.status_code == 200, response.text
    me = client.get(
        "/api/v1/me", headers={"Authorization": f"Bearer {response.json()['access_token']}"}
    )
    return Person(id=me.json()["id"], email=email, token=response.json()["access_token"])


def created(client: TestClient, path: str, payload: object, person: Person) -> dict:  # type: ignore[type-arg]
    """What ``person`` creates by POSTing ``payload`` to ``path``; fails unless it is created."""
    response = client.post(path, json=payload, headers=person.headers)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def edited(client: TestClient, path: str, changes: object, person: Person) -> dict:  # type: ignore[type-arg]
    """What ``path`` is after ``person`` PATCHes ``changes`` to it; fails unless it is accepted."""
    response = client.patch(path, json=changes, headers=person.headers)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def make_person(client: TestClient, database: Database, **kwargs: object) -> Person:
    return sign_in(client, make_user(database, **kwargs))  # type: ignore[arg-type]


def initiative_payload(city: str = "izmir", **overrides: object) -> dict[str, object]:
    """An initiative as a delegate would send it, drawn from the İzmir seed."""
    payload: dict[str, object] = {
        "city": city,
        "original_language": "tr",
        "translations": {
            "tr": {
                "title": "İzmir Sürdürülebilirlik Haritası",
                "summary": "İlçe belediyelerinin sürdürülebilirlik projelerini tek haritada topluyor.",
                "description": "Büyükşehir ve ilçe seviyesinde hayata geçirilen projelerin etkileşimini teşvik eder.",
                "purpose": "Projelerin birbirinden öğrenmesi.",
            }
        },
        "status": "ongoing",
        "start_date": "2024-03-01",
        "target_groups": ["İlçe belediyeleri"],
        "sdgs": [11, 17],
        "themes": ["governance_participation", "digital_smart_city"],
        "location": {"lat": 38.4189, "lng": 27.1287, "district": "Konak"},
        "partners": ["İZSA"],
        "website": "https://www.izmir.bel.tr",
    }
    payload.update(overrides)
    return payload


def similar_candidates(
    publish: Callable[..., dict[str, Any]], home: Person, salo: Person
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Items of one kind for "similar" to rank, published with ``publish(person, **fields)``.

    The home city's item (SDGs 7 and 13, energy) and its twin there; in Salo, in Finnish, one
    close to it (SDG 7, energy), one far (SDG 13, another theme) and one unrelated. Returns the
    home city's item, the close one and the far one.
    """
    source = publish(home, sdgs=[7, 13], themes=["energy"])
    publish(home, sdgs=[7, 13], themes=["energy"])
    finnish = {"city": "salo", "original_language": "fi"}
    close = publish(
        salo,
        **finnish,
        translations={"fi": {"title": "Aurinkovoimala"}},
        sdgs=[7],
        themes=["energy"],
    )
    far = publish(
        salo,
        **finnish,
        translations={"fi": {"title": "Ilmasto-ohjelma"}},
        sdgs=[13],
        themes=["climate_adaptation"],
    )
    publish(
        salo,
        **finnish,
        translations={"fi": {"title": "Kirjasto"}},
        sdgs=[4],
        themes=["education_awareness"],
    )
    return source, close, far


def session_payload(
    city: str = "salo", *, days_ahead: int = 30, **overrides: object
) -> dict[str, object]:
    """A hybrid workshop of Salo's forum, 10:00–12:00 Helsinki time, ``days_ahead`` from now."""
    from datetime import datetime, time, timedelta
    from zoneinfo import ZoneInfo

    helsinki = ZoneInfo("Europe/Helsinki")
    day = (datetime.now(helsinki) + timedelta(days=days_ahead)).date()
    starts = datetime.combine(day, time(10, 0), helsinki)
    payload: dict[str, object] = {
        "host_city": city,
        "translations": {
            "fi": {
                "title": "Ilmasto-ohjelman seurannan työpaja",
                "description": "Kestävän kaupunkikehityksen foorumi.",
            },
            "en": {
                "title": "Climate programme follow-up workshop",
                "description": "Sustainable City Development Forum.",
            },
        },
        "kind": "workshop",
        "format": "hybrid",
        "starts_at": starts.isoformat(),
        "ends_at": (starts + timedelta(hours=2)).isoformat(),
        "timezone": "Europe/Helsinki",
        "capacity": 3,
        "languages": ["fi", "en"],
        "interpretation": False,
        "venue": "Salon kaupungintalo",
        "online_url": "https://meet.example.org/salo-forum",
        "themes": ["climate_adaptation"],
        "sdgs": [13],
    }
    payload.update(overrides)
    return payload


def city_id(database: Database, slug: str) -> int:
    from sqlalchemy import select

    with database.transaction(write=False) as session:
        return session.scalars(select(City.id).where(City.slug == slug)).one()


def practice_payload(city: str = "rasht", **overrides: object) -> dict[str, object]:
    """A practice as a delegate would send it, in Persian with Markdown, from the Rasht seed."""
    payload: dict[str, object] = {
        "city": city,
        "original_language": "fa",
        "translations": {
            "fa": {
                "title": "هم‌اندیشی با ستادهای توسعه پایدار کلان‌شهرها",
                "problem": "ستاد توسعه پایدار شهرداری رشت **ساختاری نوپا** بود.",
                "solution": "- **نشست اول:** بازدید از ستاد اصفهان\n- **نشست دوم:** بررسی پرونده شهر خلاق",
                "results": "رشت به [شبکه شهرهای خلاق یونسکو](https://en.unesco.org/creative-cities) پیوست.",
                "lessons": "یادگیری از شهر همتا سریع‌تر از مشاوره بیرونی است.",
                "transferability": "- **زمان:** دو تا سه نشست در یک فصل\n- **هزینه:** سفر و پذیرایی",
            }
        },
        "sdgs": [11, 17],
        "themes": ["governance_participation", "food_gastronomy"],
        "contact": "ستاد توسعه پایدار شهرداری رشت",
    }
    payload.update(overrides)
    return payload


DEMO_PASSWORD = "polylog-demo-2026"


def load_demo(database: Database) -> None:
    """The demo cities, people and content, as `polylog load-demo` loads them."""
    from polylog.demo import loader

    with database.transaction() as session:
        loader.load(session)


def sign_in_demo(client: TestClient, name: str) -> Person:
    """A demo account by the part of its address before @ (``cityadmin.izmir``)."""
    return sign_in(client, f"{name}@polylog.example", DEMO_PASSWORD)


def outbox(database: Database, kind: str) -> list[tuple[str, str, str, str]]:
    """(address, language, subject, body) of every queued message of ``kind``."""
    from sqlalchemy import select

    from polylog.notifications.models import OutboxMessage

    with database.transaction(write=False) as session:
        rows = session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == kind).order_by(OutboxMessage.id)
        )
        return [(m.to_address, m.language, m.subject, m.body_text) for m in rows]


def audited_actions(database: Database, entity_type: str) -> list[str]:
    """The actions the audit log holds for items of ``entity_type``, oldest first."""
    from sqlalchemy import select

    from polylog.core.audit import AuditEntry

    with database.transaction(write=False) as session:
        return list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity_type == entity_type)
                .order_by(AuditEntry.id)
            )
        )
