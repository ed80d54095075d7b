"""Peer-learning sessions and their bookings.

Every booking decision happens inside one transaction that holds the session
row's lock (``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite the request's
``BEGIN IMMEDIATE`` already holds the database's write lock), so confirmed
seats can never exceed capacity, however many people book at once. The
waitlist is served strictly in arrival order: a booking that does not fit
waits, and nobody behind it overtakes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from polylog.accounts.models import User
from polylog.accounts.permissions import Action, may, require
from polylog.cities import service as cities_service
from polylog.core import audit, versioning
from polylog.core.content import sync_texts, synced_links
from polylog.core.db import utcnow
from polylog.core.errors import Conflict, Forbidden, NotFound, Unauthorized, ValidationFailed
from polylog.core.i18n import current_language, format_number, ngettext
from polylog.core.i18n import gettext as _
from polylog.core.translations import ordered_languages, pick_language
from polylog.notifications import service as notifications
from polylog.peer_sessions import certificates, repository
from polylog.peer_sessions.models import (
    Booking,
    BookingStatus,
    PeerSession,
    SessionSdg,
    SessionTheme,
    SessionTranslation,
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
    SessionUpdate,
)
from polylog.search import service as search_service

ENTITY = "peer_session"
_CLEARABLE = frozenset({"registration_closes_at", "venue", "online_url", "series", "translations"})


# --- reading ----------------------------------------------------------------


def _shown(peer_session: PeerSession) -> SessionTranslation:
    language = pick_language(
        peer_session.translations,
        requested=current_language(),
        original=peer_session.original_language,
    )
    return peer_session.translations[language]


def registration_open(peer_session: PeerSession, now: datetime | None = None) -> bool:
    now = now or utcnow()
    closes = peer_session.registration_closes_at or peer_session.starts_at
    return not peer_session.is_cancelled and now < min(closes, peer_session.starts_at)


def to_list_item(peer_session: PeerSession, occupancy: Occupancy) -> SessionListItem:
    shown = _shown(peer_session)
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
        themes=peer_session.themes,
        sdgs=peer_session.sdgs,
        cancelled=peer_session.is_cancelled,
        seats_taken=occupancy.confirmed_seats,
        seats_left=max(0, peer_session.capacity - occupancy.confirmed_seats),
        waitlist=occupancy.waitlisted,
    )


def _may_see_online_url(session: Session, peer_session: PeerSession, viewer: User | None) -> bool:
    if viewer is None:
        return False
    if may(viewer, Action.ORGANISE_SESSIONS, peer_session.host_city_id):
        return True
    booking = repository.active_booking(session, peer_session.id, viewer.id)
    return booking is not None and booking.status is BookingStatus.CONFIRMED


def local_times(
    session: Session, peer_session: PeerSession, *, viewer: User | None, tz: str | None
) -> dict[str, datetime]:
    """The start in the host's zone, the viewer's zone and every city's zone."""
    zones = [peer_session.timezone]
    if tz:
        zones.append(tz)
    elif viewer is not None and viewer.memberships:
        zones.append(viewer.memberships[0].city.timezone)
    zones.extend(city.timezone for city in cities_service.list_all(session))
    return {
        zone: peer_session.starts_at.astimezone(ZoneInfo(zone)) for zone in dict.fromkeys(zones)
    }


def to_out(
    session: Session, peer_session: PeerSession, *, viewer: User | None, tz: str | None = None
) -> SessionOut:
    occupancy = repository.occupancy(session, [peer_session.id]).get(peer_session.id, Occupancy())
    shown = _shown(peer_session)
    return SessionOut(
        **to_list_item(peer_session, occupancy).model_dump(),
        description=shown.description,
        translations={
            language: SessionText(title=text.title, description=text.description)
            for language, text in sorted(peer_session.translations.items())
        },
        venue=peer_session.venue,
        online_url=peer_session.online_url
        if _may_see_online_url(session, peer_session, viewer)
        else None,
        local_times=local_times(session, peer_session, viewer=viewer, tz=tz),
        version=peer_session.version,
        created_at=peer_session.created_at,
        updated_at=peer_session.updated_at,
    )


def get_visible(session: Session, *, session_id: int) -> PeerSession:
    peer_session = repository.get(session, session_id)
    if peer_session is None or peer_session.is_deleted:
        raise NotFound(_("There is no session with this number."))
    return peer_session


def revisions(session: Session, *, session_id: int) -> list[versioning.RevisionOut]:
    get_visible(session, session_id=session_id)
    return versioning.history(session, entity_type=ENTITY, entity_id=session_id)


def list_page(
    session: Session, *, filters: SessionFilters, page: int, per_page: int
) -> tuple[list[SessionListItem], int]:
    items, total = repository.page(session, filters, page=page, per_page=per_page)
    occupancy = repository.occupancy(session, [item.id for item in items])
    return [to_list_item(item, occupancy.get(item.id, Occupancy())) for item in items], total


# --- writing sessions -------------------------------------------------------


def snapshot(peer_session: PeerSession) -> dict[str, Any]:
    return {
        "translations": {
            language: {"title": text.title, "description": text.description}
            for language, text in sorted(peer_session.translations.items())
        },
        "kind": peer_session.kind.value,
        "format": peer_session.format.value,
        "starts_at": peer_session.starts_at.isoformat(),
        "ends_at": peer_session.ends_at.isoformat(),
        "timezone": peer_session.timezone,
        "capacity": peer_session.capacity,
        "languages": list(peer_session.languages),
        "interpretation": peer_session.interpretation,
        "registration_closes_at": peer_session.registration_closes_at.isoformat()
        if peer_session.registration_closes_at
        else None,
        "venue": peer_session.venue,
        "online_url": peer_session.online_url,
        "themes": peer_session.themes,
        "sdgs": peer_session.sdgs,
        "series": peer_session.series,
        "cancelled": peer_session.is_cancelled,
    }


def _check_times(
    starts_at: datetime, ends_at: datetime, closes_at: datetime | None, *, new: bool
) -> None:
    if new and starts_at <= utcnow():
        raise ValidationFailed.on_field("starts_at", _("A new session must start in the future."))
    if ends_at <= starts_at:
        raise ValidationFailed.on_field("ends_at", _("The session must end after it starts."))
    if closes_at is not None and closes_at > starts_at:
        raise ValidationFailed.on_field(
            "registration_closes_at", _("Registration must close before the session starts.")
        )


def _write_tags(peer_session: PeerSession, sdgs: Sequence[int], themes: Sequence[str]) -> None:
    peer_session.sdg_links = synced_links(
        peer_session.sdg_links,
        sdgs,
        value_of=lambda link: link.sdg,
        make=lambda sdg: SessionSdg(sdg=sdg),
    )
    peer_session.theme_links = synced_links(
        peer_session.theme_links,
        themes,
        value_of=lambda link: link.theme,
        make=lambda theme: SessionTheme(theme=theme),
    )


def _write_translations(peer_session: PeerSession, texts: Mapping[str, Mapping[str, Any]]) -> None:
    sync_texts(
        peer_session.translations,
        {language: {"description": "", **text} for language, text in texts.items()},
        make=lambda language, fields: SessionTranslation(language=language, **fields),
    )


def _host_city_for_writing(session: Session, *, actor: User | None, slug: str) -> tuple[int, User]:
    try:
        city = cities_service.get(session, slug=slug)
    except NotFound:
        raise ValidationFailed.on_field(
            "host_city", _("There is no city with this address.")
        ) from None
    return city.id, require(actor, Action.ORGANISE_SESSIONS, city.id)


def _new_session(
    data: SessionCreate | SeriesCreate,
    *,
    host_city_id: int,
    default_language: str,
    author: User,
    starts_at: datetime,
    ends_at: datetime,
    closes_at: datetime | None,
) -> PeerSession:
    texts: dict[str, dict[str, Any]] = {
        language: text.model_dump() for language, text in data.translations.items()
    }
    fallback = default_language if default_language in texts else next(iter(texts))
    original: str = data.original_language or fallback
    if original not in texts:
        raise ValidationFailed.on_field(
            f"translations.{original}", _("Describe the session in its original language.")
        )
    _check_times(starts_at, ends_at, closes_at, new=True)
    peer_session = PeerSession(
        host_city_id=host_city_id,
        kind=data.kind,
        format=data.format,
        starts_at=starts_at,
        ends_at=ends_at,
        timezone=data.timezone,
        capacity=data.capacity,
        languages=list(dict.fromkeys(data.languages)),
        interpretation=data.interpretation,
        registration_closes_at=closes_at,
        venue=data.venue,
        online_url=str(data.online_url) if data.online_url else None,
        series=data.series,
        original_language=original,
        created_by_id=author.id,
        updated_by_id=author.id,
    )
    peer_session.translations, peer_session.sdg_links, peer_session.theme_links = {}, [], []
    _write_translations(peer_session, texts)
    _write_tags(peer_session, data.sdgs, data.themes)
    return peer_session


def create(session: Session, *, actor: User | None, data: SessionCreate) -> PeerSession:
    city_id, author = _host_city_for_writing(session, actor=actor, slug=data.host_city)
    city = cities_service.get(session, slug=data.host_city)
    peer_session = repository.add(
        session,
        _new_session(
            data,
            host_city_id=city_id,
            default_language=city.default_language,
            author=author,
            starts_at=data.starts_at,
            ends_at=data.ends_at,
            closes_at=data.registration_closes_at,
        ),
    )
    audit.record(
        session,
        actor_id=author.id,
        action="create",
        entity_type=ENTITY,
        entity_id=peer_session.id,
        changes=snapshot(peer_session),
    )
    created = _reloaded(session, peer_session.id)
    search_service.index_session(session, created)
    return created


def create_series(session: Session, *, actor: User | None, data: SeriesCreate) -> list[PeerSession]:
    city_id, author = _host_city_for_writing(session, actor=actor, slug=data.host_city)
    city = cities_service.get(session, slug=data.host_city)
    created = []
    for index, occurrence in enumerate(sorted(data.occurrences, key=lambda o: o.starts_at)):
        try:
            peer_session = _new_session(
                data,
                host_city_id=city_id,
                default_language=city.default_language,
                author=author,
                starts_at=occurrence.starts_at,
                ends_at=occurrence.ends_at,
                closes_at=occurrence.registration_closes_at or data.registration_closes_at,
            )
        except ValidationFailed as error:
            raise ValidationFailed(
                errors=[
                    e.model_copy(update={"field": f"occurrences.{index}.{e.field}"})
                    for e in error.errors or []
                ]
            ) from None
        repository.add(session, peer_session)
        audit.record(
            session,
            actor_id=author.id,
            action="create",
            entity_type=ENTITY,
            entity_id=peer_session.id,
            changes=snapshot(peer_session),
        )
        created.append(peer_session.id)
    series = [_reloaded(session, session_id) for session_id in created]
    for new_session in series:
        search_service.index_session(session, new_session)
    return series


def _reloaded(session: Session, session_id: int) -> PeerSession:
    session.flush()
    existing = session.get(PeerSession, session_id)
    if existing is not None:
        session.expire(existing)
    peer_session = repository.get(session, session_id)
    assert peer_session is not None
    return peer_session


def _organised(
    session: Session, *, actor: User | None, session_id: int
) -> tuple[PeerSession, User]:
    peer_session = repository.lock(session, session_id)
    if peer_session is None or peer_session.is_deleted:
        raise NotFound(_("There is no session with this number."))
    return peer_session, require(actor, Action.ORGANISE_SESSIONS, peer_session.host_city_id)


def _message_context(peer_session: PeerSession) -> dict[str, Any]:
    return {
        "session_id": peer_session.id,
        "titles": {language: text.title for language, text in peer_session.translations.items()},
        "city_names": dict(peer_session.host_city.names),
        "starts_at": peer_session.starts_at,
        "timezone": peer_session.timezone,
    }


def update(
    session: Session,
    *,
    actor: User | None,
    session_id: int,
    data: SessionUpdate,
    if_match: str | None,
) -> PeerSession:
    peer_session, author = _organised(session, actor=actor, session_id=session_id)
    versioning.expect_version(peer_session, if_match=if_match, body_version=data.version)
    if peer_session.is_cancelled:
        raise Conflict(_("A cancelled session cannot be changed."))
    before = snapshot(peer_session)
    given = {
        key: value
        for key, value in data.model_dump(exclude_unset=True, exclude={"version"}).items()
        # null clears only what may be empty; for the rest it means "leave as it is".
        if value is not None or key in _CLEARABLE
    }
    texts = dict(before["translations"])
    for language, text in (given.pop("translations", None) or {}).items():
        if text is None:
            texts.pop(language, None)
        else:
            texts[language] = text
    if peer_session.original_language not in texts:
        raise ValidationFailed.on_field(
            f"translations.{peer_session.original_language}",
            _("Describe the session in its original language."),
        )
    starts_at = given.get("starts_at", peer_session.starts_at)
    ends_at = given.get("ends_at", peer_session.ends_at)
    closes_at = given.get("registration_closes_at", peer_session.registration_closes_at)
    _check_times(starts_at, ends_at, closes_at, new=False)
    capacity = given.get("capacity", peer_session.capacity)
    occupancy = repository.occupancy(session, [peer_session.id]).get(peer_session.id, Occupancy())
    if capacity < occupancy.confirmed_seats:
        raise Conflict(
            _("{count} seats are already confirmed; the capacity cannot be lower.").format(
                count=format_number(occupancy.confirmed_seats)
            )
        )

    for field in ("kind", "format", "timezone", "capacity", "interpretation", "venue", "series"):
        if field in given:
            setattr(peer_session, field, given[field])
    if "languages" in given:
        peer_session.languages = list(dict.fromkeys(given["languages"]))
    if "online_url" in given:
        peer_session.online_url = str(given["online_url"]) if given["online_url"] else None
    peer_session.starts_at, peer_session.ends_at = starts_at, ends_at
    peer_session.registration_closes_at = closes_at
    _write_translations(peer_session, texts)
    _write_tags(
        peer_session, given.get("sdgs", peer_session.sdgs), given.get("themes", peer_session.themes)
    )
    session.flush()

    changed = versioning.record_change(
        session,
        entity_type=ENTITY,
        entity=peer_session,
        before=before,
        after=snapshot(peer_session),
        actor=author,
    )
    if set(changed) & {"starts_at", "ends_at", "timezone", "venue", "online_url", "format"}:
        _notify_all(session, peer_session, kind="session_changed", tag=f"v{peer_session.version}")
    if capacity > occupancy.confirmed_seats:
        _promote_waitlist(session, peer_session)
    updated = _reloaded(session, peer_session.id)
    search_service.index_session(session, updated)
    return updated


def cancel(session: Session, *, actor: User | None, session_id: int) -> PeerSession:
    peer_session, author = _organised(session, actor=actor, session_id=session_id)
    if peer_session.is_cancelled:
        return _reloaded(session, peer_session.id)
    before = snapshot(peer_session)
    peer_session.cancelled_at = utcnow()
    versioning.record_change(
        session,
        entity_type=ENTITY,
        entity=peer_session,
        before=before,
        after=snapshot(peer_session),
        actor=author,
    )
    _notify_all(session, peer_session, kind="session_cancelled", tag="cancelled")
    search_service.remove(session, search_service.SESSION, peer_session.id)
    return _reloaded(session, peer_session.id)


def _notify_all(session: Session, peer_session: PeerSession, *, kind: str, tag: str) -> None:
    context = _message_context(peer_session)
    for booking in repository.active_bookings(session, peer_session.id):
        notifications.notify(
            session,
            recipient=booking.user,
            kind=kind,
            context={**context, "seats": booking.seats},
            dedupe_key=f"{kind}:{booking.id}:{tag}",
        )


# --- bookings ---------------------------------------------------------------


def booking_out(session: Session, booking: Booking) -> BookingOut:
    return BookingOut(
        id=booking.id,
        session=booking.session_id,
        status=booking.status,
        seats=booking.seats,
        position=repository.waitlist_position(session, booking)
        if booking.status is BookingStatus.WAITLISTED
        else None,
        city=booking.city.slug if booking.city else None,
        languages=list(booking.languages),
        note=booking.note,
        created_at=booking.created_at,
        attended=booking.attended_at is not None,
        certificate_code=booking.certificate_code,
    )


def _lock_bookable(session: Session, session_id: int) -> PeerSession:
    peer_session = repository.lock(session, session_id, with_tags=False)
    if peer_session is None or peer_session.is_deleted:
        raise NotFound(_("There is no session with this number."))
    return peer_session


def book(
    session: Session,
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
    peer_session = _lock_bookable(session, session_id)
    if idempotency_key:
        earlier = repository.booking_by_key(session, actor.id, idempotency_key)
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
            city = cities_service.get(session, slug=data.city)
        except NotFound:
            raise ValidationFailed.on_field(
                "city", _("There is no city with this address.")
            ) from None
        if not may(actor, Action.ACT_FOR_CITY, city.id):
            raise Forbidden(_("Only members of a city can book for its delegation."))
    if repository.active_booking(session, session_id, actor.id) is not None:
        raise Conflict(_("You already have a booking for this session."))

    occupancy = repository.occupancy(session, [session_id]).get(session_id, Occupancy())
    fits = (
        occupancy.waitlisted == 0
        and occupancy.confirmed_seats + data.seats <= peer_session.capacity
    )
    now = utcnow()
    booking = repository.add_booking(
        session,
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
        session,
        actor_id=actor.id,
        action="book",
        entity_type="booking",
        entity_id=booking.id,
        changes={"session_id": session_id, "seats": data.seats, "status": booking.status.value},
    )
    context = _message_context(peer_session) | {"seats": booking.seats}
    if fits:
        notifications.notify(
            session,
            recipient=actor,
            kind="booking_confirmed",
            context=context,
            dedupe_key=f"booking_confirmed:{booking.id}",
        )
    else:
        notifications.notify(
            session,
            recipient=actor,
            kind="booking_waitlisted",
            context=context | {"position": repository.waitlist_position(session, booking)},
            dedupe_key=f"booking_waitlisted:{booking.id}",
        )
    return booking, True


def _promote_waitlist(session: Session, peer_session: PeerSession) -> list[Booking]:
    """Confirms waiting bookings in arrival order while the first in line fits."""
    occupancy = repository.occupancy(session, [peer_session.id]).get(peer_session.id, Occupancy())
    free = peer_session.capacity - occupancy.confirmed_seats
    promoted = []
    for waiting in repository.waitlist(session, peer_session.id):
        if waiting.seats > free:
            break
        waiting.status, waiting.confirmed_at = BookingStatus.CONFIRMED, utcnow()
        free -= waiting.seats
        promoted.append(waiting)
    session.flush()
    if promoted:
        context = _message_context(peer_session)
        for booking in promoted:
            session.refresh(booking, ["user"])
            notifications.notify(
                session,
                recipient=booking.user,
                kind="waitlist_promoted",
                context=context | {"seats": booking.seats},
                dedupe_key=f"waitlist_promoted:{booking.id}",
            )
    return promoted


def cancel_booking(session: Session, *, actor: User | None, booking_id: int) -> None:
    if actor is None:
        raise Unauthorized()
    found = repository.get_booking(session, booking_id)
    if found is None:
        raise NotFound(_("There is no booking with this number."))
    peer_session = _lock_bookable(session, found.session_id)
    booking = repository.get_booking(session, booking_id)
    assert booking is not None
    if booking.user_id != actor.id and not may(
        actor, Action.ORGANISE_SESSIONS, peer_session.host_city_id
    ):
        raise Forbidden(_("Only the person who booked or the organisers can cancel this booking."))
    if booking.status is BookingStatus.CANCELLED:
        return
    was_confirmed = booking.status is BookingStatus.CONFIRMED
    booking.status, booking.cancelled_at = BookingStatus.CANCELLED, utcnow()
    session.flush()
    audit.record(
        session,
        actor_id=actor.id,
        action="cancel",
        entity_type="booking",
        entity_id=booking.id,
        changes={"session_id": booking.session_id},
    )
    if was_confirmed or booking.seats:
        _promote_waitlist(session, peer_session)


def my_bookings(session: Session, *, user: User) -> list[MyBookingOut]:
    result = []
    for booking in repository.user_bookings(session, user.id):
        peer_session = booking.session
        shown = _shown(peer_session)
        result.append(
            MyBookingOut(
                **booking_out(session, booking).model_dump(),
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
        )
    return result


def bookings_for_organiser(
    session: Session, *, actor: User | None, session_id: int
) -> list[OrganiserBookingOut]:
    peer_session = get_visible(session, session_id=session_id)
    require(actor, Action.ORGANISE_SESSIONS, peer_session.host_city_id)
    return [
        OrganiserBookingOut(
            **booking_out(session, booking).model_dump(),
            person=BookingPerson(
                id=booking.user.id, display_name=booking.user.display_name, email=booking.user.email
            ),
        )
        for booking in repository.session_bookings(session, session_id)
    ]


def mark_attendance(
    session: Session, *, actor: User | None, session_id: int, booking_ids: Sequence[int]
) -> list[Booking]:
    peer_session, author = _organised(session, actor=actor, session_id=session_id)
    if peer_session.starts_at > utcnow():
        raise Conflict(_("Attendance can be marked once the session has started."))
    bookings = repository.bookings_by_ids(session, session_id, booking_ids)
    unknown = sorted(set(booking_ids) - {b.id for b in bookings})
    if unknown:
        raise ValidationFailed.on_field(
            "booking_ids",
            _("These bookings are not for this session: {ids}.").format(
                ids=", ".join(map(str, unknown))
            ),
        )
    not_confirmed = [b.id for b in bookings if b.status is not BookingStatus.CONFIRMED]
    if not_confirmed:
        raise ValidationFailed.on_field(
            "booking_ids",
            _("Only confirmed bookings can attend: {ids}.").format(
                ids=", ".join(map(str, not_confirmed))
            ),
        )
    now = utcnow()
    for booking in bookings:
        if booking.attended_at is None:
            booking.attended_at = now
            booking.certificate_code = certificates.new_verification_code()
    audit.record(
        session,
        actor_id=author.id,
        action="attendance",
        entity_type=ENTITY,
        entity_id=session_id,
        changes={"booking_ids": sorted(booking_ids)},
    )
    session.flush()
    return bookings
