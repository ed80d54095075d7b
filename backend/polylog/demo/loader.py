"""Demo data drawn from the seed documents: the five cities, an account for each role, the
cities' initiatives with their indicators, and their best practices."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from polylog.accounts import service as accounts_service
from polylog.accounts.models import Membership, Role, User
from polylog.cities import service as cities_service
from polylog.cities.models import City
from polylog.cities.schemas import CityCreate
from polylog.core import security
from polylog.indicators import service as indicators_service
from polylog.indicators.schemas import IndicatorCreate, MeasurementCreate
from polylog.initiatives import service as initiatives_service
from polylog.initiatives.schemas import InitiativeCreate
from polylog.journeys import service as journeys_service
from polylog.journeys.schemas import JourneyCreate, TaskUpdate
from polylog.partners import service as partners_service
from polylog.partners.schemas import ExchangeRequestCreate
from polylog.peer_sessions import service as sessions_service
from polylog.peer_sessions.schemas import BookingCreate, SessionCreate
from polylog.practices import service as practices_service
from polylog.practices.schemas import AdoptionCreate, PracticeCreate
from polylog.programmes import service as programmes_service
from polylog.programmes.quarters import quarter_of, shifted
from polylog.programmes.schemas import ActionCreate, CheckInCreate, ProgrammeCreate
from polylog.tracks import service as tracks_service
from polylog.tracks.schemas import TrackCreate

DEMO_PASSWORD = "polylog-demo-2026"  # noqa: S105 - published demo log-in, shown at start-up
_HERE = Path(__file__).parent


def _read(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((_HERE / name).read_text(encoding="utf-8"))
    return data


def _read_initiatives() -> list[dict[str, Any]]:
    """The initiatives, one file per city under ``initiatives/``, in the order of cities.json."""
    slugs = [city["slug"] for city in _read("cities.json")]
    stray = sorted({path.stem for path in (_HERE / "initiatives").glob("*.json")} - set(slugs))
    if stray:
        raise ValueError(f"demo initiatives for cities not in cities.json: {', '.join(stray)}")
    items: list[dict[str, Any]] = []
    for slug in slugs:
        if not (_HERE / "initiatives" / f"{slug}.json").exists():
            continue
        for raw in _read(f"initiatives/{slug}.json"):
            if raw["city"] != slug:
                raise ValueError(f"initiatives/{slug}.json holds an initiative of {raw['city']}")
            items.append(raw)
    return items


def demo_accounts() -> list[tuple[str, str]]:
    """(e-mail, what the account can do) for printing the demo log-ins."""
    return [
        (
            account["email"],
            "platform admin"
            if account.get("is_admin")
            else ", ".join(f"{m['role']} of {m['city']}" for m in account["memberships"])
            or "participant",
        )
        for account in _read("accounts.json")
    ]


def database_is_empty(session: Session) -> bool:
    return not session.scalar(select(func.count()).select_from(City)) and not session.scalar(
        select(func.count()).select_from(User)
    )


def load(session: Session) -> None:
    """Loads the demo cities, accounts and initiatives; callers check the database is empty."""
    accounts = _read("accounts.json")
    # One hash for the shared demo password: argon2 is slow on purpose, once is enough.
    password_hash = security.hash_password(DEMO_PASSWORD)
    users = {
        account["email"]: accounts_service.create_user(
            session,
            email=account["email"],
            password_hash=password_hash,
            display_name=account["display_name"],
            preferred_language=account["preferred_language"],
            is_admin=account.get("is_admin", False),
        )
        for account in accounts
    }
    admin = next(user for user in users.values() if user.is_admin)
    cities = {
        raw["slug"]: cities_service.create(
            session, actor=admin, data=CityCreate.model_validate(raw)
        )
        for raw in _read("cities.json")
    }
    delegates: dict[str, User] = {}
    organisers: dict[str, User] = {}
    for account in accounts:
        user = users[account["email"]]
        for membership in account["memberships"]:
            role = Role(membership["role"])
            user.memberships.append(Membership(city_id=cities[membership["city"]].id, role=role))
            if role is Role.DELEGATE:
                delegates.setdefault(membership["city"], user)
            if role is Role.ORGANISER:
                organisers.setdefault(membership["city"], user)
    session.flush()
    initiative_ids = _load_initiatives(session, authors=delegates, fallback=admin)
    _load_practices(session, authors=delegates, fallback=admin, initiative_ids=initiative_ids)
    _load_sessions(
        session, organisers=organisers, fallback=admin, participants=list(users.values())
    )
    _load_programmes(session, authors=delegates, fallback=admin, initiative_ids=initiative_ids)
    _load_journeys(session, admin=admin)
    _load_track(session, organisers=organisers, fallback=admin, participants=list(users.values()))
    _load_exchange_requests(session, users=users)


def _load_initiatives(
    session: Session, *, authors: dict[str, User], fallback: User
) -> dict[str, int]:
    """Loads the initiatives; returns their ids by title in their original language."""
    ids: dict[str, int] = {}
    for raw in _read_initiatives():
        author = authors.get(raw["city"], fallback)
        data = InitiativeCreate.model_validate({k: v for k, v in raw.items() if k != "indicators"})
        initiative = initiatives_service.create(session, actor=author, data=data)
        ids[data.translations[data.original_language].title] = initiative.id
        for raw_indicator in raw.get("indicators", []):
            indicator = indicators_service.add(
                session,
                actor=author,
                owner="initiative_id",
                owner_id=initiative.id,
                data=IndicatorCreate.model_validate(
                    {k: v for k, v in raw_indicator.items() if k != "measurements"}
                ),
            )
            for measurement in raw_indicator.get("measurements", []):
                indicators_service.add_measurement(
                    session,
                    actor=author,
                    indicator_id=indicator.id,
                    data=MeasurementCreate.model_validate(measurement),
                )
    return ids


def _load_practices(
    session: Session, *, authors: dict[str, User], fallback: User, initiative_ids: dict[str, int]
) -> None:
    """The practices with the initiatives they grew out of, and the cities transferring them."""
    for raw in _read("practices.json"):
        fields = {k: v for k, v in raw.items() if k not in ("initiative_titles", "adoptions")}
        fields["initiative_ids"] = [initiative_ids[title] for title in raw["initiative_titles"]]
        practice = practices_service.create(
            session,
            actor=authors.get(raw["city"], fallback),
            data=PracticeCreate.model_validate(fields),
        )
        for adoption in raw.get("adoptions", []):
            practices_service.adopt(
                session,
                actor=authors.get(adoption["city"], fallback),
                practice_id=practice.id,
                data=AdoptionCreate.model_validate(adoption),
            )


def _load_sessions(
    session: Session, *, organisers: dict[str, User], fallback: User, participants: list[User]
) -> None:
    """Sessions dated from today, with a few bookings so seats and waitlists show.

    A session "held" some days ago is booked as an upcoming one, then moved into the
    past: its organiser has attendance to mark.
    """
    today = datetime.now(UTC).date()
    created = []
    held: dict[int, timedelta] = {}
    for raw in _read("sessions.json"):
        zone = ZoneInfo(raw["timezone"])
        day = today + timedelta(days=raw.get("starts_in_days", 1))
        starts = datetime.combine(day, time.fromisoformat(raw["local_start"]), zone)
        closes_days = raw.get("registration_closes_days_before")
        data = SessionCreate.model_validate(
            {
                **{key: value for key, value in raw.items() if key in SessionCreate.model_fields},
                "starts_at": starts,
                "ends_at": starts + timedelta(minutes=raw["duration_minutes"]),
                "registration_closes_at": starts - timedelta(days=closes_days)
                if closes_days
                else None,
            }
        )
        organiser = organisers.get(raw["host_city"], fallback)
        created.append(sessions_service.create(session, actor=organiser, data=data))
        if "held_days_ago" in raw:
            held[created[-1].id] = timedelta(days=1 + raw["held_days_ago"])
    guests = [user for user in participants if not user.is_admin]
    for peer_session in created[:3]:
        for guest in guests[: min(len(guests), peer_session.capacity)]:
            if guest.id != peer_session.created_by_id:
                sessions_service.book(
                    session,
                    actor=guest,
                    session_id=peer_session.id,
                    data=BookingCreate(seats=1),
                    idempotency_key=None,
                )
    for peer_session in created:
        if peer_session.id in held:
            peer_session.starts_at -= held[peer_session.id]
            peer_session.ends_at -= held[peer_session.id]
    session.flush()


def _load_programmes(
    session: Session, *, authors: dict[str, User], fallback: User, initiative_ids: dict[str, int]
) -> None:
    """Programmes with targets and actions (linked to the initiatives they build on, by
    title); check-ins dated in quarters before today's."""
    this_quarter = quarter_of(datetime.now(UTC).date())
    for raw in _read("programmes.json"):
        author = authors.get(raw["city"], fallback)
        data = ProgrammeCreate.model_validate(
            {k: v for k, v in raw.items() if k not in ("targets", "actions")}
        )
        programme = programmes_service.create_programme(session, actor=author, data=data)
        for target in raw["targets"]:
            indicators_service.add(
                session,
                actor=author,
                owner="programme_id",
                owner_id=programme.id,
                data=IndicatorCreate.model_validate(target),
            )
        for raw_action in raw["actions"]:
            action = programmes_service.add_action(
                session,
                actor=author,
                programme_id=programme.id,
                data=ActionCreate.model_validate(
                    {
                        **{
                            k: v
                            for k, v in raw_action.items()
                            if k not in ("check_ins", "initiative_titles")
                        },
                        "initiative_ids": [
                            initiative_ids[title]
                            for title in raw_action.get("initiative_titles", [])
                        ],
                    }
                ),
            )
            for check_in in raw_action.get("check_ins", []):
                fields = {k: v for k, v in check_in.items() if k != "quarters_ago"}
                period = shifted(this_quarter, -check_in["quarters_ago"])
                programmes_service.add_check_in(
                    session,
                    actor=author,
                    action_id=action.id,
                    data=CheckInCreate.model_validate({**fields, "period": period}),
                )


def _load_journeys(session: Session, *, admin: User) -> None:
    """Coaching journeys part of the way through: stages approved, one waiting for the coach."""
    today = datetime.now(UTC).date()
    for raw in _read("journeys.json"):
        journey = journeys_service.invite(
            session,
            actor=admin,
            data=JourneyCreate(
                template=raw["template"],
                coach_city=raw["coach_city"],
                coachee_city=raw["coachee_city"],
                starts_on=today + timedelta(days=raw["starts_in_days"]),
                title=raw["title"],
            ),
        )
        journeys_service.answer(session, actor=admin, journey_id=journey.id, accept=True)
        worked_on = [*raw["approved_stages"], raw["submitted_stage"]]
        for stage in journey.plan["stages"]:
            if stage["key"] not in worked_on:
                continue
            for task in stage["tasks"]:
                journeys_service.update_task(
                    session,
                    actor=admin,
                    journey_id=journey.id,
                    task_key=task["key"],
                    data=TaskUpdate(done=True, note=raw["notes"].get(task["key"], "")),
                )
            journeys_service.submit(
                session, actor=admin, journey_id=journey.id, stage_key=stage["key"]
            )
            if stage["key"] in raw["approved_stages"]:
                journeys_service.decide(
                    session,
                    actor=admin,
                    journey_id=journey.id,
                    stage_key=stage["key"],
                    approve=True,
                    comment="",
                )


def _load_track(
    session: Session, *, organisers: dict[str, User], fallback: User, participants: list[User]
) -> None:
    """Balikesir's three-day Smart City training, held last month, as a learning track."""
    organiser = organisers.get("balikesir", fallback)
    zone = ZoneInfo("Europe/Istanbul")
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)
    days = []
    for number in range(3):
        starts = datetime.combine(tomorrow + timedelta(days=number), time(9, 30), zone)
        data = SessionCreate.model_validate(
            {
                "host_city": "balikesir",
                "original_language": "tr",
                "translations": {
                    "tr": {
                        "title": f"Akıllı Şehir Stratejisi ile Yeşil ve Dijital Dönüşüm: {number + 1}. gün",
                        "description": "Kentlerdeki yeşil, dijital ve sosyal dönüşüm ile kentsel hareketlilik; Ulusal Akıllı Şehirler Stratejisi 2024-2030 ile uyumlu yerel hedefler.",
                    }
                },
                "kind": "training",
                "format": "in_person",
                "starts_at": starts,
                "ends_at": starts + timedelta(hours=6),
                "timezone": "Europe/Istanbul",
                "capacity": 40,
                "languages": ["tr"],
                "venue": "Balıkesir Büyükşehir Belediyesi",
                "themes": ["digital_smart_city", "education_awareness"],
                "sdgs": [11, 4],
                "series": "Akıllı Şehir eğitimi",
            }
        )
        days.append(sessions_service.create(session, actor=organiser, data=data))
    # Sam Taylor (participant@) came every day; two delegates came on the first day.
    people = [user for user in participants if not user.is_admin and not user.memberships]
    people += [user for user in participants if user.memberships][:2]
    attendees = people[:3]
    bookings: dict[int, list[int]] = {day.id: [] for day in days}
    for index, day in enumerate(days):
        # The first attendee came every day, the others on the first day only.
        for person in attendees if index == 0 else attendees[:1]:
            booking, _created = sessions_service.book(
                session,
                actor=person,
                session_id=day.id,
                data=BookingCreate(seats=1),
                idempotency_key=None,
            )
            bookings[day.id].append(booking.id)
    for index, day in enumerate(days):
        # Held last month: the sessions are moved into the past once booked.
        day.starts_at = day.starts_at - timedelta(days=32 - index)
        day.ends_at = day.ends_at - timedelta(days=32 - index)
    session.flush()
    for day in days:
        sessions_service.mark_attendance(
            session, actor=organiser, session_id=day.id, booking_ids=bookings[day.id]
        )
    tracks_service.create(
        session,
        actor=organiser,
        data=TrackCreate.model_validate(
            {
                "host_city": "balikesir",
                "original_language": "tr",
                "translations": {
                    "tr": {
                        "title": "Akıllı Şehir Stratejisi ile Balıkesir'de Yeşil ve Dijital Dönüşüm eğitimi",
                        "description": "3 gün süren eğitimler; belediye personelinin farkındalığı artırıldı ve katılımcılara sertifikaları takdim edildi.",
                    },
                    "en": {
                        "title": "Green and digital transformation with a Smart City Strategy in Balikesir: training",
                        "description": "Three days of training that raised municipal staff's awareness; participants received certificates.",
                    },
                },
                "session_ids": [day.id for day in days],
                "required_sessions": 3,
            }
        ),
    )


def _load_exchange_requests(session: Session, *, users: dict[str, User]) -> None:
    """Requests still waiting for an answer (Isfahan asks Rasht), sent a few days ago."""
    for raw in _read("exchange_requests.json"):
        fields = {key: raw[key] for key in ("from_city", "to_city", "sdg", "theme", "message")}
        request = partners_service.send(
            session,
            actor=users[raw["author"]],
            data=ExchangeRequestCreate.model_validate(
                {**fields, "proposed_kind": raw["proposed_kind"]}
            ),
        )
        request.created_at = datetime.now(UTC) - timedelta(days=raw["sent_days_ago"])
    session.flush()
