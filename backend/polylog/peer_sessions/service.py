"""Peer-learning sessions and their bookings.

Every booking decision happens inside one transaction that holds the session
row's lock (``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite the request's
``BEGIN IMMEDIATE`` already holds the database's write lock), so confirmed
seats can never exceed capacity, however many people book at once. The
waitlist is served strictly in arrival order: a booking that does not fit
waits, and nobody behind it overtakes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from polylog.accounts.models import User
from polylog.accounts.permissions import Action, may, require
from polylog.cities import service as cities_service
from polylog.content.fields import (
    INSTANT,
    Computed,
    Fields,
    Scalar,
    Texts,
    enum_codec,
    sdgs,
    themes,
)
from polylog.content.kind import Change, ContentKind, SearchAdapter
from polylog.core import audit
from polylog.core.db import utcnow
from polylog.core.errors import (
    Conflict,
    Forbidden,
    NotFound,
    Unauthorized,
    ValidationFailed,
    reject_numbers,
)
from polylog.core.i18n import L_, format_number, ngettext
from polylog.core.i18n import gettext as _
from polylog.core.translations import ordered_languages
from polylog.peer_sessions import certificates, messages, repository
from polylog.peer_sessions.messages import MessageKind
from polylog.peer_sessions.models import (
    Booking,
    BookingStatus,
    Format,
    Kind,
    PeerSession,
    PeerSessionSdg,
    PeerSessionTheme,
    PeerSessionTranslation,
)
from polylog.peer_sessions.repository import Occupancy, SessionFilters
from polylog.peer_sessions.schemas import (
    BookingCreate,
    BookingOut,
    BookingPerson,
    BookingSession,
    MyBookingOut,
    OrganiserBookingOut,
    SeriesCreate,
    SessionCreate,
    SessionListItem,
    SessionOut,
    SessionText,
)
from polylog.peer_sessions.search import KIND as SEARCH_KIND
from polylog.peer_sessions.search import body as search_body

ENTITY = "peer_session"
# Changes that participants are told about: when, where and how the session happens.
_ANNOUNCED_CHANGES = frozenset(
    {"starts_at", "ends_at", "timezone", "venue", "online_url", "format"}
)


# Checks that a session may join a journey (it exists and the host city takes part in it);
# handed over by the journeys package, which sessions know nothing of.
JourneyCheck = Callable[[Session, int, int], None]
_journey_checks: list[JourneyCheck] = []


def use_journey_check(check: JourneyCheck) -> None:
    _journey_checks[:] = [check]


def _parsed(instant: str | None) -> datetime | None:
    return datetime.fromisoformat(instant) if instant else None


class PeerSessions(ContentKind[PeerSession]):
    name = ENTITY
    not_found_message = L_("There is no session with this number.")
    original_language_message = L_("Describe the session in its original language.")
    repository = repository.SESSIONS
    search = SearchAdapter(SEARCH_KIND, search_body)
    city_field = "host_city"
    city_column = "host_city_id"
    permission = Action.ORGANISE_SESSIONS
    fields = Fields(
        (
            Scalar("original_language"),
            Texts(PeerSessionTranslation, ("title", "description")),
            Scalar("kind", codec=enum_codec(Kind)),
            Scalar("format", codec=enum_codec(Format)),
            Scalar("starts_at", codec=INSTANT),
            Scalar("ends_at", codec=INSTANT),
            Scalar("timezone"),
            Scalar("capacity"),
            Scalar("languages", default=list, normalise=lambda codes: list(dict.fromkeys(codes))),
            Scalar("interpretation", default=False),
            Scalar("registration_closes_at", codec=INSTANT, clearable=True),
            Scalar("venue", clearable=True),
            Scalar("online_url", clearable=True),
            themes(PeerSessionTheme),
            sdgs(PeerSessionSdg),
            Scalar("series", clearable=True),
            Scalar("journey_id", clearable=True),
            Scalar("draft", default=False),
            # Set by cancelling, never by an edit; kept so revisions show it.
            Computed("cancelled", lambda item: item.is_cancelled, lambda _item, _value: None),
        )
    )

    def check(self, db: Session, state: Mapping[str, Any], change: Change) -> None:
        starts_at = datetime.fromisoformat(state["starts_at"])
        ends_at = datetime.fromisoformat(state["ends_at"])
        closes_at = _parsed(state["registration_closes_at"])
        if change.new and starts_at <= utcnow():
            raise ValidationFailed.on_field(
                "starts_at", _("A new session must start in the future.")
            )
        if ends_at <= starts_at:
            raise ValidationFailed.on_field("ends_at", _("The session must end after it starts."))
        if closes_at is not None and closes_at > starts_at:
            raise ValidationFailed.on_field(
                "registration_closes_at", _("Registration must close before the session starts.")
            )
        journey_id = state["journey_id"]
        if journey_id is not None and (change.new or "journey_id" in change.given):
            if not _journey_checks:
                raise RuntimeError("peer_sessions.service.use_journey_check() was not called")
            _journey_checks[0](db, journey_id, change.city_id)
        if change.item is not None and state["draft"] and not change.item.draft:
            raise ValidationFailed.on_field(
                "draft", _("A published session cannot become a draft again.")
            )
        if change.item is not None:
            confirmed = _occupancy(db, change.item).confirmed_seats
            if state["capacity"] < confirmed:
                raise Conflict(
                    _("{count} seats are already confirmed; the capacity cannot be lower.").format(
                        count=format_number(confirmed)
                    )
                )

    def before_edit(self, db: Session, item: PeerSession) -> None:
        if item.is_cancelled:
            raise Conflict(_("A cancelled session cannot be changed."))

    def after_change(
        self, db: Session, item: PeerSession, changed: list[str], before: Mapping[str, Any]
    ) -> None:
        if "cancelled" in changed:
            _notify_all(db, item, kind=MessageKind.SESSION_CANCELLED, tag="cancelled")
            return
        if set(changed) & _ANNOUNCED_CHANGES:
            _notify_all(db, item, kind=MessageKind.SESSION_CHANGED, tag=f"v{item.version}")
        _promote_waitlist(db, item)

    def is_searchable(self, item: PeerSession) -> bool:
        # Cancelled sessions are not searchable: nobody can book them any more; drafts not yet.
        return not item.is_cancelled and not item.draft

    def searchable_conditions(self) -> list[ColumnElement[bool]]:
        return [PeerSession.cancelled_at.is_(None), PeerSession.draft.is_(False)]

    def followed(self, follow_kind: str, key: str) -> list[ColumnElement[bool]] | None:
        return [PeerSession.series == key] if follow_kind == "series" else None


SESSIONS = PeerSessions()


# --- reading ----------------------------------------------------------------


def registration_open(peer_session: PeerSession, now: datetime | None = None) -> bool:
    now = now or utcnow()
    closes = peer_session.registration_closes_at or peer_session.starts_at
    return not peer_session.is_cancelled and now < min(closes, peer_session.starts_at)


def to_list_item(peer_session: PeerSession, occupancy: Occupancy) -> SessionListItem:
    shown = SESSIONS.shown(peer_session)
    return SessionListItem(
        id=peer_session.id,
        host_city=peer_session.host_city.slug,
        title=shown.title,
        language=shown.language,
        text_languages=ordered_languages(peer_session.translations),
        original_language=peer_session.original_language,
        kind=peer_session.kind,
        format=peer_session.format,
        starts_at=peer_session.starts_at,
        ends_at=peer_session.ends_at,
        timezone=peer_session.timezone,
        capacity=peer_session.capacity,
        languages=list(peer_session.languages),
        interpretation=peer_session.interpretation,
        registration_closes_at=peer_session.registration_closes_at,
        registration_open=registration_open(peer_session),
        series=peer_session.series,
        journey_id=peer_session.journey_id,
        themes=peer_session.themes,
        sdgs=peer_session.sdgs,
        cancelled=peer_session.is_cancelled,
        draft=peer_session.draft,
        seats_taken=occupancy.confirmed_seats,
        seats_left=max(0, peer_session.capacity - occupancy.confirmed_seats),
        waitlist=occupancy.waitlisted,
    )


def _may_see_online_url(db: Session, peer_session: PeerSession, viewer: User | None) -> bool:
    if viewer is None:
        return False
    if may(viewer, Action.ORGANISE_SESSIONS, peer_session.host_city_id):
        return True
    booking = repository.active_booking(db, peer_session.id, viewer.id)
    return booking is not None and booking.status is BookingStatus.CONFIRMED


def local_times(
    db: Session, peer_session: PeerSession, *, viewer: User | None, tz: str | None
) -> dict[str, datetime]:
    """The start in the host's zone, the viewer's zone and every city's zone."""
    cities = cities_service.list_all(db)
    zones = [peer_session.timezone]
    if tz:
        zones.append(tz)
    elif viewer is not None and viewer.memberships:
        home = viewer.memberships[0].city_id
        zones.extend(city.timezone for city in cities if city.id == home)
    zones.extend(city.timezone for city in cities)
    return {
        zone: peer_session.starts_at.astimezone(ZoneInfo(zone)) for zone in dict.fromkeys(zones)
    }


def to_out(
    db: Session, peer_session: PeerSession, *, viewer: User | None, tz: str | None = None
) -> SessionOut:
    occupancy = repository.occupancy(db, [peer_session.id]).get(peer_session.id, Occupancy())
    shown = SESSIONS.shown(peer_session)
    return SessionOut(
        **to_list_item(peer_session, occupancy).model_dump(),
        description=shown.description,
        translations={
            language: SessionText(title=text.title, description=text.description)
            for language, text in sorted(peer_session.translations.items())
        },
        venue=peer_session.venue,
        online_url=peer_session.online_url
        if _may_see_online_url(db, peer_session, viewer)
        else None,
        local_times=local_times(db, peer_session, viewer=viewer, tz=tz),
        version=peer_session.version,
        created_at=peer_session.created_at,
        updated_at=peer_session.updated_at,
    )


def get_visible(db: Session, *, session_id: int, viewer: User | None = None) -> PeerSession:
    """A published session; a draft only for its host's organisers and city admins."""
    peer_session = repository.get(db, session_id)
    if peer_session is None or peer_session.is_deleted:
        raise SESSIONS.not_found()
    host = peer_session.host_city_id
    if peer_session.draft and not (
        may(viewer, Action.ORGANISE_SESSIONS, host) or may(viewer, Action.MANAGE_CITY, host)
    ):
        raise SESSIONS.not_found()
    return peer_session


def _occupancy(db: Session, peer_session: PeerSession) -> Occupancy:
    return repository.occupancy(db, [peer_session.id]).get(peer_session.id, Occupancy())


def list_page(
    db: Session, *, filters: SessionFilters, page: int, per_page: int
) -> tuple[list[SessionListItem], int]:
    items, total = repository.page(db, filters, page=page, per_page=per_page)
    occupancy = repository.occupancy(db, [item.id for item in items])
    return [to_list_item(item, occupancy.get(item.id, Occupancy())) for item in items], total


# --- writing sessions -------------------------------------------------------


def create(db: Session, *, actor: User | None, data: SessionCreate) -> PeerSession:
    return SESSIONS.create(db, actor=actor, data=data)


def create_draft(db: Session, *, author: User, data: SessionCreate) -> PeerSession:
    """An unpublished session for a host whose consent the caller has checked (an accepted
    exchange request): its organisers complete and publish it."""
    city = cities_service.get(db, slug=data.host_city)
    given = data.model_dump(mode="json", exclude={"host_city"}) | {"draft": True}
    state = SESSIONS.state_of_new(db, given, city)
    return SESSIONS.new_item(db, state=state, city=city, author=author)


def create_series(db: Session, *, actor: User | None, data: SeriesCreate) -> list[PeerSession]:
    """One session per occurrence, sharing everything but their times; all or none."""
    city, author = SESSIONS.city_for_writing(db, data.host_city, actor)
    shared = data.model_dump(mode="json", exclude={"host_city", "occurrences"})
    occurrences = sorted(data.occurrences, key=lambda occurrence: occurrence.starts_at)
    states = []
    for index, occurrence in enumerate(occurrences):
        times = occurrence.model_dump(mode="json", exclude_none=True)
        try:
            states.append(SESSIONS.state_of_new(db, {**shared, **times}, city))
        except ValidationFailed as error:
            raise ValidationFailed(
                errors=[
                    e.model_copy(update={"field": f"occurrences.{index}.{e.field}"})
                    for e in error.errors or []
                ]
            ) from None
    return [SESSIONS.new_item(db, state=state, city=city, author=author) for state in states]


def cancel(db: Session, *, actor: User | None, session_id: int) -> PeerSession:
    peer_session, author = SESSIONS.writable(db, session_id, actor=actor)
    if peer_session.is_cancelled:
        return SESSIONS.repository.reloaded(db, peer_session.id)

    def cancelled(item: PeerSession) -> None:
        item.cancelled_at = utcnow()

    return SESSIONS.apply(
        db, peer_session, author=author, before=SESSIONS.snapshot(peer_session), mutate=cancelled
    )


def _notify_all(db: Session, peer_session: PeerSession, *, kind: MessageKind, tag: str) -> None:
    for booking in repository.active_bookings(db, peer_session.id):
        confirmed = booking.status is BookingStatus.CONFIRMED
        messages.notify(
            db,
            recipient=booking.user,
            kind=kind,
            context=messages.session_context(
                peer_session, seats=booking.seats, include_online_url=confirmed
            ),
            dedupe_key=f"{kind.value}:{booking.id}:{tag}",
        )


# --- bookings ---------------------------------------------------------------


def booking_out(db: Session, booking: Booking) -> BookingOut:
    return BookingOut(
        id=booking.id,
        session=booking.session_id,
        status=booking.status,
        seats=booking.seats,
        position=repository.waitlist_position(db, booking)
        if booking.status is BookingStatus.WAITLISTED
        else None,
        city=booking.city.slug if booking.city else None,
        languages=list(booking.languages),
        note=booking.note,
        created_at=booking.created_at,
        attended=booking.attended_at is not None,
        certificate_code=booking.certificate_code,
    )


def _lock_bookable(db: Session, session_id: int) -> PeerSession:
    peer_session = repository.lock(db, session_id, with_tags=False)
    if peer_session is None or peer_session.is_deleted or peer_session.draft:
        raise SESSIONS.not_found()
    return peer_session


def book(
    db: Session,
    *,
    actor: User | None,
    session_id: int,
    data: BookingCreate,
    idempotency_key: str | None,
) -> tuple[Booking, bool]:
    """A booking, confirmed if the seats are free and nobody waits, else waitlisted.

    Returns the booking and whether it was created now (False: a retry with the same key).
    """
    if actor is None:
        raise Unauthorized()
    peer_session = _lock_bookable(db, session_id)
    if idempotency_key:
        earlier = repository.booking_by_key(db, actor.id, idempotency_key)
        if earlier is not None:
            if earlier.session_id != session_id:
                raise Conflict(_("This Idempotency-Key was already used for another booking."))
            return earlier, False
    if peer_session.is_cancelled:
        raise Conflict(_("This session has been cancelled."))
    if peer_session.starts_at <= utcnow():
        raise Conflict(_("This session has already started; it can no longer be booked."))
    if not registration_open(peer_session):
        raise Conflict(_("Registration for this session has closed."))
    if data.seats > peer_session.capacity:
        raise ValidationFailed.on_field(
            "seats",
            ngettext(
                "The session has only {count} seat.",
                "The session has only {count} seats.",
                peer_session.capacity,
            ).format(count=format_number(peer_session.capacity)),
        )
    city = None
    if data.city is not None:
        try:
            city = cities_service.get(db, slug=data.city)
        except NotFound:
            raise ValidationFailed.on_field(
                "city", _("There is no city with this address.")
            ) from None
        if not may(actor, Action.ACT_FOR_CITY, city.id):
            raise Forbidden(_("Only members of a city can book for its delegation."))
    if repository.active_booking(db, session_id, actor.id) is not None:
        raise Conflict(_("You already have a booking for this session."))

    occupancy = repository.occupancy(db, [session_id]).get(session_id, Occupancy())
    fits = (
        occupancy.waitlisted == 0
        and occupancy.confirmed_seats + data.seats <= peer_session.capacity
    )
    now = utcnow()
    booking = repository.add_booking(
        db,
        Booking(
            session_id=session_id,
            user_id=actor.id,
            city=city,
            seats=data.seats,
            status=BookingStatus.CONFIRMED if fits else BookingStatus.WAITLISTED,
            languages=list(dict.fromkeys(data.languages)),
            note=data.note.strip(),
            idempotency_key=idempotency_key,
            queued_at=now,
            created_at=now,
            confirmed_at=now if fits else None,
        ),
    )
    audit.record(
        db,
        actor_id=actor.id,
        city_id=booking.city_id,
        action="book",
        entity_type="booking",
        entity_id=booking.id,
        changes={"session_id": session_id, "seats": data.seats, "status": booking.status.value},
    )
    if fits:
        messages.notify(
            db,
            recipient=actor,
            kind=MessageKind.BOOKING_CONFIRMED,
            context=messages.session_context(
                peer_session, seats=booking.seats, include_online_url=True
            ),
            dedupe_key=f"booking_confirmed:{booking.id}",
        )
    else:
        messages.notify(
            db,
            recipient=actor,
            kind=MessageKind.BOOKING_WAITLISTED,
            context=messages.session_context(
                peer_session,
                seats=booking.seats,
                position=repository.waitlist_position(db, booking),
            ),
            dedupe_key=f"booking_waitlisted:{booking.id}",
        )
    return booking, True


def _promote_waitlist(db: Session, peer_session: PeerSession) -> list[Booking]:
    """Confirms waiting bookings in arrival order while the first in line fits."""
    occupancy = repository.occupancy(db, [peer_session.id]).get(peer_session.id, Occupancy())
    free = peer_session.capacity - occupancy.confirmed_seats
    promoted = []
    for waiting in repository.waitlist(db, peer_session.id):
        if waiting.seats > free:
            break
        waiting.status, waiting.confirmed_at = BookingStatus.CONFIRMED, utcnow()
        free -= waiting.seats
        promoted.append(waiting)
    db.flush()
    for booking in promoted:
        db.refresh(booking, ["user"])
        messages.notify(
            db,
            recipient=booking.user,
            kind=MessageKind.WAITLIST_PROMOTED,
            context=messages.session_context(
                peer_session, seats=booking.seats, include_online_url=True
            ),
            dedupe_key=f"waitlist_promoted:{booking.id}",
        )
    return promoted


def cancel_booking(db: Session, *, actor: User | None, booking_id: int) -> None:
    if actor is None:
        raise Unauthorized()
    found = repository.get_booking(db, booking_id)
    if found is None:
        raise NotFound(_("There is no booking with this number."))
    peer_session = _lock_bookable(db, found.session_id)
    booking = repository.get_booking(db, booking_id)
    assert booking is not None
    if booking.user_id != actor.id and not may(
        actor, Action.ORGANISE_SESSIONS, peer_session.host_city_id
    ):
        raise Forbidden(_("Only the person who booked or the organisers can cancel this booking."))
    if booking.status is BookingStatus.CANCELLED:
        return
    was_confirmed = booking.status is BookingStatus.CONFIRMED
    booking.status, booking.cancelled_at = BookingStatus.CANCELLED, utcnow()
    db.flush()
    audit.record(
        db,
        actor_id=actor.id,
        city_id=booking.city_id if booking.user_id == actor.id else peer_session.host_city_id,
        action="cancel",
        entity_type="booking",
        entity_id=booking.id,
        changes={"session_id": booking.session_id},
    )
    if was_confirmed or booking.seats:
        _promote_waitlist(db, peer_session)


def _my_booking_out(db: Session, booking: Booking) -> MyBookingOut:
    peer_session = booking.session
    shown = SESSIONS.shown(peer_session)
    return MyBookingOut(
        **booking_out(db, booking).model_dump(),
        session_detail=BookingSession(
            id=peer_session.id,
            title=shown.title,
            language=shown.language,
            starts_at=peer_session.starts_at,
            ends_at=peer_session.ends_at,
            timezone=peer_session.timezone,
            host_city=peer_session.host_city.slug,
            cancelled=peer_session.is_cancelled,
        ),
    )


def my_bookings(db: Session, *, user: User) -> list[MyBookingOut]:
    return [_my_booking_out(db, booking) for booking in repository.user_bookings(db, user.id)]


def upcoming_bookings(db: Session, *, user: User, limit: int) -> tuple[list[MyBookingOut], int]:
    """The user's confirmed and waitlisted seats in sessions not over yet (soonest first, at
    most ``limit``), and how many there are."""
    bookings, total = repository.user_upcoming_bookings(db, user.id, now=utcnow(), limit=limit)
    return [_my_booking_out(db, booking) for booking in bookings], total


def bookings_for_organiser(
    db: Session, *, actor: User | None, session_id: int
) -> list[OrganiserBookingOut]:
    peer_session = get_visible(db, session_id=session_id, viewer=actor)
    require(actor, Action.ORGANISE_SESSIONS, peer_session.host_city_id)
    return [
        OrganiserBookingOut(
            **booking_out(db, booking).model_dump(),
            person=BookingPerson(
                id=booking.user.id, display_name=booking.user.display_name, email=booking.user.email
            ),
        )
        for booking in repository.session_bookings(db, session_id)
    ]


def mark_attendance(
    db: Session, *, actor: User | None, session_id: int, booking_ids: Sequence[int]
) -> list[Booking]:
    peer_session, author = SESSIONS.writable(db, session_id, actor=actor)
    if peer_session.starts_at > utcnow():
        raise Conflict(_("Attendance can be marked once the session has started."))
    bookings = repository.bookings_by_ids(db, session_id, booking_ids)
    reject_numbers(
        "booking_ids",
        sorted(set(booking_ids) - {b.id for b in bookings}),
        _("These bookings are not for this session: {ids}."),
    )
    reject_numbers(
        "booking_ids",
        [b.id for b in bookings if b.status is not BookingStatus.CONFIRMED],
        _("Only confirmed bookings can attend: {ids}."),
    )
    now = utcnow()
    for booking in bookings:
        if booking.attended_at is None:
            booking.attended_at = now
            booking.certificate_code = certificates.new_verification_code()
    SESSIONS.record(
        db,
        peer_session,
        actor=author,
        action="attendance",
        changes={"booking_ids": sorted(booking_ids)},
    )
    db.flush()
    return bookings


def unmark_attendance(
    db: Session, *, actor: User | None, session_id: int, booking_id: int
) -> Booking:
    """Takes back attendance marked by mistake; the certificate it gave stops being valid."""
    peer_session, author = SESSIONS.writable(db, session_id, actor=actor)
    found = repository.bookings_by_ids(db, session_id, [booking_id])
    if not found:
        raise NotFound(_("There is no booking with this number."))
    booking = found[0]
    if booking.attended_at is None:
        raise Conflict(_("This booking has no attendance to take back."))
    booking.attended_at, booking.certificate_code = None, None
    SESSIONS.record(
        db,
        peer_session,
        actor=author,
        action="unmark_attendance",
        changes={"booking_id": booking.id},
    )
    db.flush()
    return booking


def attendance_to_mark(db: Session, *, city_id: int) -> list[tuple[SessionListItem, int]]:
    """The city's sessions of the last 90 days whose attendance nobody has marked yet."""
    now = utcnow()
    found = repository.to_mark_attendance(
        db, city_id=city_id, since=now - timedelta(days=90), now=now
    )
    occupancy = repository.occupancy(db, [item.id for item, _count in found])
    return [
        (to_list_item(item, occupancy.get(item.id, Occupancy())), count) for item, count in found
    ]


def in_journey(db: Session, *, journey_id: int) -> list[SessionListItem]:
    """The live sessions of a coaching journey, in time order."""
    items, _total = repository.page(db, SessionFilters(journey_id=journey_id), page=1, per_page=200)
    occupancy = repository.occupancy(db, [item.id for item in items])
    return [to_list_item(item, occupancy.get(item.id, Occupancy())) for item in items]


def sessions_of(db: Session, *, ids: Sequence[int]) -> list[SessionListItem]:
    """The live sessions among ``ids``, in time order, as lists show them."""
    items = [item for item in repository.SESSIONS.by_ids(db, ids) if not item.is_deleted]
    items.sort(key=lambda item: (item.starts_at, item.id))
    occupancy = repository.occupancy(db, [item.id for item in items])
    return [to_list_item(item, occupancy.get(item.id, Occupancy())) for item in items]


def booked_by(db: Session, *, user: User, within: Sequence[int] | None = None) -> set[int]:
    return repository.session_ids_of_user(db, user.id, attended=False, within=within)


def attended_by(db: Session, *, user: User, within: Sequence[int] | None = None) -> set[int]:
    return repository.session_ids_of_user(db, user.id, attended=True, within=within)


def hosted_in(
    db: Session, *, city_id: int, since: datetime, until: datetime
) -> list[SessionListItem]:
    """The city's live sessions starting in [since, until), in time order."""
    items, _total = repository.page(
        db,
        SessionFilters(city_ids=[city_id], starts_from=since, starts_until=until),
        page=1,
        per_page=500,
    )
    live = [item for item in items if not item.is_cancelled and item.starts_at < until]
    occupancy = repository.occupancy(db, [item.id for item in live])
    return [to_list_item(item, occupancy.get(item.id, Occupancy())) for item in live]


def attended_elsewhere(
    db: Session, *, city_id: int, member_ids: Sequence[int], since: datetime, until: datetime
) -> int:
    return repository.attended_sessions_count(
        db, city_id=city_id, member_ids=member_ids, since=since, until=until
    )
