"""Data for the notification tests: people, a session hosted by Salo, and bookings of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from polylog.accounts.models import User
from polylog.cities.models import City
from polylog.core.db import Database, utcnow
from polylog.core.i18n import Language
from polylog.peer_sessions.models import (
    Booking,
    BookingStatus,
    Format,
    Kind,
    PeerSession,
    PeerSessionTranslation,
)
from tests.factories import make_city, make_user

TITLES = {
    "fi": "Ilmasto-ohjelman seurannan vertaisfoorumi",
    "en": "Peer forum on following up the climate programme",
    "fa": "همایش همتای پیگیری برنامهٔ اقلیمی",
}


@dataclass(frozen=True)
class Reader:
    """Whom a message may be for without an account: what notify needs of a recipient."""

    id: int
    email: str
    display_name: str
    preferred_language: str


@dataclass
class World:
    database: Database
    city_id: int

    def user(self, language: Language = "en") -> User:
        email = make_user(self.database, language=language)
        with self.database.transaction(write=False) as session:
            return session.scalars(select(User).where(User.email == email)).one()

    def peer_session(
        self,
        *,
        starts_in: timedelta = timedelta(days=3),
        titles: dict[str, str] | None = None,
        cancelled: bool = False,
    ) -> int:
        starts_at = utcnow() + starts_in
        with self.database.transaction() as session:
            peer_session = PeerSession(
                host_city_id=self.city_id,
                kind=Kind.FORUM,
                format=Format.HYBRID,
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=2),
                timezone="Europe/Helsinki",
                capacity=20,
                languages=["fi", "en"],
                interpretation=False,
                venue="Salon kaupungintalo",
                online_url="https://meet.example.org/salo-forum",
                original_language="fi",
                cancelled_at=utcnow() if cancelled else None,
            )
            for language, title in (titles or TITLES).items():
                peer_session.translations[language] = PeerSessionTranslation(
                    language=language, title=title, description=""
                )
            session.add(peer_session)
            session.flush()
            return peer_session.id

    def book(
        self, session_id: int, user: User, *, status: BookingStatus = BookingStatus.CONFIRMED
    ) -> int:
        with self.database.transaction() as session:
            booking = Booking(
                session_id=session_id, user_id=user.id, seats=2, status=status, languages=["fi"]
            )
            session.add(booking)
            session.flush()
            return booking.id


def load_session(session: Session, session_id: int) -> PeerSession:
    query = (
        select(PeerSession)
        .where(PeerSession.id == session_id)
        .options(selectinload(PeerSession.translations), selectinload(PeerSession.host_city))
    )
    return session.scalars(query).one()


def starts_at(database: Database, session_id: int) -> datetime:
    with database.transaction(write=False) as session:
        return load_session(session, session_id).starts_at


@pytest.fixture
def world(database: Database) -> World:
    make_city(database, "salo")
    with database.transaction(write=False) as session:
        city_id = session.scalars(select(City.id).where(City.slug == "salo")).one()
    return World(database=database, city_id=city_id)
