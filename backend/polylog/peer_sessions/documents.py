"""What a session gives people to keep: calendar files and certificates of attendance."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from polylog.accounts import service as accounts_service
from polylog.accounts.models import User
from polylog.core import security
from polylog.core.errors import Conflict, Forbidden, NotFound, Unauthorized
from polylog.core.i18n import as_language, current_language
from polylog.core.i18n import gettext as _
from polylog.core.translations import pick_language
from polylog.peer_sessions import calendar, certificates, repository
from polylog.peer_sessions.models import CalendarFeed
from polylog.peer_sessions.schemas import CertificateCheck
from polylog.peer_sessions.service import get_visible


def session_calendar(db: Session, *, session_id: int, base_url: str) -> bytes:
    peer_session = get_visible(db, session_id=session_id)
    return calendar.calendar_for_sessions(
        [peer_session], language=current_language(), base_url=base_url
    )


def personal_calendar(db: Session, *, user: User, base_url: str) -> bytes:
    sessions = repository.booked_sessions(db, user.id)
    language = as_language(user.preferred_language) or current_language()
    return calendar.calendar_for_sessions(sessions, language=language, base_url=base_url)


def new_feed_token(db: Session, *, user: User) -> str:
    """A new private feed address for the user; any earlier one stops working."""
    token = security.new_token()
    feed = repository.feed_for_user(db, user.id)
    if feed is None:
        db.add(CalendarFeed(user_id=user.id, token_hash=security.token_digest(token)))
    else:
        feed.token_hash = security.token_digest(token)
    db.flush()
    return token


def feed_calendar(db: Session, *, token: str, base_url: str) -> bytes:
    feed = repository.feed_by_token_hash(db, security.token_digest(token))
    if feed is None:
        raise NotFound(_("This calendar address is no longer valid."))
    return personal_calendar(
        db, user=accounts_service.get(db, user_id=feed.user_id), base_url=base_url
    )


def certificate_pdf(db: Session, *, actor: User | None, booking_id: int, base_url: str) -> bytes:
    if actor is None:
        raise Unauthorized()
    found = repository.get_booking(db, booking_id)
    if found is None:
        raise NotFound(_("There is no booking with this number."))
    if found.user_id != actor.id:
        raise Forbidden(_("Only the participant can download this certificate."))
    if found.certificate_code is None:
        raise Conflict(_("There is no certificate yet: attendance has not been marked."))
    booking = repository.booking_by_certificate(db, found.certificate_code)
    assert booking is not None
    language = as_language(actor.preferred_language) or "en"
    peer_session = booking.session
    shown = pick_language(
        peer_session.translations, requested=language, original=peer_session.original_language
    )
    return certificates.render_certificate(
        participant_name=actor.display_name,
        session_title=peer_session.translations[shown].title,
        host_city_name=peer_session.host_city.names.get(language)
        or peer_session.host_city.names["en"],
        session_start=peer_session.starts_at,
        timezone=peer_session.timezone,
        language=language,
        verification_code=booking.certificate_code or "",
        verify_url=f"{base_url}api/v1/certificates/{booking.certificate_code}",
    )


def check_certificate(db: Session, *, code: str) -> CertificateCheck:
    booking = (
        repository.booking_by_certificate(db, code.strip().upper()) if len(code) <= 32 else None
    )
    if booking is None:
        raise NotFound(_("No certificate has this code."))
    peer_session = booking.session
    language = current_language()
    shown = pick_language(
        peer_session.translations, requested=language, original=peer_session.original_language
    )
    return CertificateCheck(
        code=code,
        valid=True,
        participant=booking.user.display_name,
        session_title=peer_session.translations[shown].title,
        host_city=peer_session.host_city.names.get(language) or peer_session.host_city.names["en"],
        session_date=peer_session.starts_at.astimezone(ZoneInfo(peer_session.timezone)).date(),
    )
