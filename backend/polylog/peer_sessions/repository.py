"""Every query of the peer-sessions domain."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Text, and_, case, cast, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from polylog.content.repository import ContentRepository, texts_tags_and_city
from polylog.peer_sessions.models import (
    Booking,
    BookingStatus,
    CalendarFeed,
    Kind,
    PeerSession,
)


@dataclass(frozen=True)
class SessionFilters:
    starts_from: datetime | None = None
    starts_until: datetime | None = None
    city_ids: Sequence[int] = ()
    themes: Sequence[str] = ()
    languages: Sequence[str] = ()
    kinds: Sequence[Kind] = ()
    series: str | None = None
    journey_id: int | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = SESSIONS.filters(
            city_column=PeerSession.host_city_id, city_ids=self.city_ids, themes=self.themes
        )
        # Drafts are their organisers' business until published.
        conditions.append(PeerSession.draft.is_(False))
        if self.starts_from is not None:
            conditions.append(PeerSession.ends_at >= self.starts_from)
        if self.starts_until is not None:
            conditions.append(PeerSession.starts_at <= self.starts_until)
        if self.kinds:
            conditions.append(PeerSession.kind.in_(self.kinds))
        if self.series:
            conditions.append(PeerSession.series == self.series)
        if self.journey_id is not None:
            conditions.append(PeerSession.journey_id == self.journey_id)
        if self.languages:
            # Spoken languages are a short JSON list; match the quoted code inside it.
            spoken = cast(PeerSession.languages, Text)
            conditions.append(or_(*(spoken.like(f'%"{code}"%') for code in self.languages)))
        return conditions


def _options() -> list[LoaderOption]:
    return texts_tags_and_city(PeerSession, PeerSession.host_city)


def _booked_session() -> list[LoaderOption]:
    """What a booking's messages, lists and certificate show of its session."""
    return [
        selectinload(Booking.session).selectinload(PeerSession.translations),
        selectinload(Booking.session).selectinload(PeerSession.host_city),
    ]


SESSIONS = ContentRepository(
    PeerSession, list_options=_options, newest_first=(PeerSession.starts_at, PeerSession.id)
)


def get(db: Session, session_id: int) -> PeerSession | None:
    return SESSIONS.get(db, session_id)


def lock(db: Session, session_id: int, *, with_tags: bool = True) -> PeerSession | None:
    """The session row, locked until the transaction ends (SQLite: the write lock is held already).

    Booking needs no tags, so it skips loading them: the lock is held for fewer round trips.
    """
    options: list[LoaderOption] = [
        joinedload(PeerSession.host_city),
        selectinload(PeerSession.translations),
    ]
    if with_tags:
        options += [selectinload(PeerSession.sdg_links), selectinload(PeerSession.theme_links)]
    return (
        db.scalars(
            select(PeerSession)
            .where(PeerSession.id == session_id)
            .options(*options)
            .with_for_update(of=PeerSession)
        )
        .unique()
        .one_or_none()
    )


def page(
    db: Session, filters: SessionFilters, *, page: int, per_page: int
) -> tuple[list[PeerSession], int]:
    return SESSIONS.page(db, filters.conditions(), page=page, per_page=per_page)


@dataclass(frozen=True)
class Occupancy:
    confirmed_seats: int = 0
    waitlisted: int = 0


def occupancy(db: Session, session_ids: Sequence[int]) -> dict[int, Occupancy]:
    if not session_ids:
        return {}
    confirmed = func.coalesce(
        func.sum(case((Booking.status == BookingStatus.CONFIRMED, Booking.seats), else_=0)), 0
    )
    waiting = func.coalesce(
        func.sum(case((Booking.status == BookingStatus.WAITLISTED, 1), else_=0)), 0
    )
    rows = db.execute(
        select(Booking.session_id, confirmed, waiting)
        .where(Booking.session_id.in_(session_ids), Booking.status != BookingStatus.CANCELLED)
        .group_by(Booking.session_id)
    )
    return {sid: Occupancy(int(seats), int(wait)) for sid, seats, wait in rows}


def booking_by_key(db: Session, user_id: int, key: str) -> Booking | None:
    return db.scalars(
        select(Booking)
        .where(Booking.user_id == user_id, Booking.idempotency_key == key)
        .options(selectinload(Booking.city))
    ).one_or_none()


def active_booking(db: Session, session_id: int, user_id: int) -> Booking | None:
    return db.scalars(
        select(Booking).where(
            Booking.session_id == session_id,
            Booking.user_id == user_id,
            Booking.status != BookingStatus.CANCELLED,
        )
    ).first()


def get_booking(db: Session, booking_id: int) -> Booking | None:
    return db.scalars(
        select(Booking).where(Booking.id == booking_id).options(selectinload(Booking.city))
    ).one_or_none()


def add_booking(db: Session, booking: Booking) -> Booking:
    db.add(booking)
    db.flush()
    return booking


def waitlist(db: Session, session_id: int) -> list[Booking]:
    return list(
        db.scalars(
            select(Booking)
            .where(Booking.session_id == session_id, Booking.status == BookingStatus.WAITLISTED)
            .order_by(Booking.queued_at, Booking.id)
        )
    )


def waitlist_position(db: Session, booking: Booking) -> int:
    ahead = db.scalar(
        select(func.count())
        .select_from(Booking)
        .where(
            Booking.session_id == booking.session_id,
            Booking.status == BookingStatus.WAITLISTED,
            or_(
                Booking.queued_at < booking.queued_at,
                and_(Booking.queued_at == booking.queued_at, Booking.id < booking.id),
            ),
        )
    )
    return int(ahead or 0) + 1


def session_bookings(db: Session, session_id: int) -> list[Booking]:
    return list(
        db.scalars(
            select(Booking)
            .where(Booking.session_id == session_id)
            .options(selectinload(Booking.user), selectinload(Booking.city))
            .order_by(Booking.queued_at, Booking.id)
        )
    )


def active_bookings(db: Session, session_id: int) -> list[Booking]:
    return list(
        db.scalars(
            select(Booking)
            .where(Booking.session_id == session_id, Booking.status != BookingStatus.CANCELLED)
            .options(selectinload(Booking.user))
        )
    )


def user_bookings(db: Session, user_id: int) -> list[Booking]:
    return list(
        db.scalars(
            select(Booking)
            .where(Booking.user_id == user_id)
            .options(
                selectinload(Booking.city),
                *_booked_session(),
            )
            .order_by(Booking.created_at.desc(), Booking.id.desc())
        )
    )


def user_upcoming_bookings(
    db: Session, user_id: int, *, now: datetime, limit: int
) -> tuple[list[Booking], int]:
    """The user's confirmed and waitlisted bookings of live sessions not over yet, soonest first."""
    condition = and_(
        Booking.user_id == user_id,
        Booking.status.in_((BookingStatus.CONFIRMED, BookingStatus.WAITLISTED)),
        PeerSession.ends_at > now,
        PeerSession.cancelled_at.is_(None),
        PeerSession.deleted_at.is_(None),
    )
    joined = select(Booking).join(PeerSession, PeerSession.id == Booking.session_id)
    total = db.scalar(select(func.count()).select_from(joined.where(condition).subquery())) or 0
    items = db.scalars(
        joined.where(condition)
        .options(
            selectinload(Booking.city),
            *_booked_session(),
        )
        .order_by(PeerSession.starts_at, Booking.id)
        .limit(limit)
    )
    return list(items), total


def bookings_by_ids(db: Session, session_id: int, ids: Sequence[int]) -> list[Booking]:
    return list(
        db.scalars(
            select(Booking)
            .where(Booking.session_id == session_id, Booking.id.in_(ids))
            .options(selectinload(Booking.city))
        )
    )


def booking_by_certificate(db: Session, code: str) -> Booking | None:
    return db.scalars(
        select(Booking)
        .where(Booking.certificate_code == code)
        .options(
            selectinload(Booking.user),
            *_booked_session(),
        )
    ).one_or_none()


def feed_for_user(db: Session, user_id: int) -> CalendarFeed | None:
    return db.get(CalendarFeed, user_id)


def feed_by_token_hash(db: Session, token_hash: str) -> CalendarFeed | None:
    return db.scalars(
        select(CalendarFeed).where(CalendarFeed.token_hash == token_hash)
    ).one_or_none()


def booked_sessions(db: Session, user_id: int) -> list[PeerSession]:
    return list(
        db.scalars(
            select(PeerSession)
            .join(Booking, Booking.session_id == PeerSession.id)
            .where(
                Booking.user_id == user_id,
                Booking.status != BookingStatus.CANCELLED,
                PeerSession.deleted_at.is_(None),
            )
            .options(*_options())
            .order_by(PeerSession.starts_at)
        )
    )


def confirmed_bookings_starting(db: Session, *, now: datetime, until: datetime) -> list[Booking]:
    """Confirmed bookings of live sessions starting in (now, until]."""
    query = (
        select(Booking)
        .join(PeerSession, PeerSession.id == Booking.session_id)
        .where(
            Booking.status == BookingStatus.CONFIRMED,
            PeerSession.starts_at > now,
            PeerSession.starts_at <= until,
            PeerSession.cancelled_at.is_(None),
            PeerSession.deleted_at.is_(None),
        )
        .options(
            selectinload(Booking.user),
            *_booked_session(),
        )
        .order_by(PeerSession.starts_at, Booking.id)
    )
    return list(db.scalars(query))


def session_ids_of_user(
    db: Session, user_id: int, *, attended: bool, within: Sequence[int] | None = None
) -> set[int]:
    """Sessions the user has an active booking in, or only those they attended."""
    conditions = [Booking.user_id == user_id, Booking.status != BookingStatus.CANCELLED]
    if attended:
        conditions.append(Booking.attended_at.is_not(None))
    if within is not None:
        conditions.append(Booking.session_id.in_(within))
    return set(db.scalars(select(Booking.session_id).where(*conditions)))


def attended_sessions_count(
    db: Session, *, city_id: int, member_ids: Sequence[int], since: datetime, until: datetime
) -> int:
    """Other cities' sessions in the period that the city's delegation or members attended."""
    by_city = or_(Booking.city_id == city_id, Booking.user_id.in_(member_ids or [-1]))
    return (
        db.scalar(
            select(func.count(func.distinct(Booking.session_id)))
            .join(PeerSession, PeerSession.id == Booking.session_id)
            .where(
                by_city,
                Booking.attended_at.is_not(None),
                PeerSession.host_city_id != city_id,
                PeerSession.starts_at >= since,
                PeerSession.starts_at < until,
            )
        )
        or 0
    )


def to_mark_attendance(
    db: Session, *, city_id: int, since: datetime, now: datetime
) -> list[tuple[PeerSession, int]]:
    """Hosted sessions that have started (since ``since``) with confirmed bookings and no
    attendance marked yet, each with its number of confirmed bookings."""
    confirmed = func.count(Booking.id)
    marked = func.count(Booking.attended_at)
    rows = db.execute(
        select(PeerSession, confirmed)
        .join(Booking, Booking.session_id == PeerSession.id)
        .where(
            PeerSession.host_city_id == city_id,
            PeerSession.deleted_at.is_(None),
            PeerSession.cancelled_at.is_(None),
            PeerSession.starts_at <= now,
            PeerSession.starts_at >= since,
            Booking.status == BookingStatus.CONFIRMED,
        )
        .group_by(PeerSession.id)
        .having(marked == 0)
        .options(*_options())
        .order_by(PeerSession.starts_at.desc())
    )
    return [(peer_session, int(count)) for peer_session, count in rows]
