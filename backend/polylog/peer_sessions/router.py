from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status

from polylog.accounts.dependencies import CurrentUser, OptionalUser
from polylog.cities import service as cities_service
from polylog.content.listing import Listing
from polylog.content.router import content_routes
from polylog.core import downloads
from polylog.core.db import SessionDep
from polylog.core.errors import (
    ACCESS_ERRORS,
    WRITE_ERRORS,
    Conflict,
    NotFound,
    Unauthorized,
    ValidationFailed,
    problem_responses,
)
from polylog.core.i18n import Language, pgettext
from polylog.core.i18n import gettext as _
from polylog.core.types import Id, TimeZoneName
from polylog.peer_sessions import documents, service
from polylog.peer_sessions.models import BookingStatus, Kind
from polylog.peer_sessions.repository import SessionFilters
from polylog.peer_sessions.schemas import (
    AttendanceRequest,
    BookingCreate,
    BookingOut,
    CertificateCheck,
    MyBookingOut,
    OrganiserBookingOut,
    SeriesCreate,
    SessionCreate,
    SessionOut,
    SessionPage,
    SessionUpdate,
)
from polylog.taxonomy.types import ThemeKey


def _filters(
    db: SessionDep,
    from_: Annotated[
        datetime | None, Query(alias="from", description="Sessions ending after this.")
    ] = None,
    to: Annotated[datetime | None, Query(description="Sessions starting before this.")] = None,
    city: Annotated[list[str], Query()] = [],  # noqa: B006 - FastAPI copies query defaults
    theme: Annotated[list[ThemeKey], Query()] = [],  # noqa: B006
    language: Annotated[list[Language], Query(description="Spoken in the session.")] = [],  # noqa: B006
    kind: Annotated[list[Kind], Query()] = [],  # noqa: B006
    series: Annotated[str | None, Query(max_length=120)] = None,
) -> SessionFilters:
    return SessionFilters(
        starts_from=from_,
        starts_until=to,
        city_ids=cities_service.filter_ids(db, slugs=city),
        themes=theme,
        languages=language,
        kinds=kind,
        series=series,
    )


router = APIRouter(tags=["sessions"])
content_routes(
    router,
    service.SESSIONS,
    singular="session",
    present=lambda db, peer_session, viewer: service.to_out(db, peer_session, viewer=viewer),
    out=SessionOut,
    create_model=SessionCreate,
    update_model=SessionUpdate,
    routes={"create", "update", "revisions"},
    update_errors=(Conflict,),
    listing=Listing(filters=_filters, find=service.list_page, page=SessionPage),
)

# Status words for people reading the CSV export, in the request's language.
_STATUS_LABELS = {
    BookingStatus.CONFIRMED: lambda: pgettext("booking status", "Confirmed"),
    BookingStatus.WAITLISTED: lambda: pgettext("booking status", "Waitlisted"),
    BookingStatus.CANCELLED: lambda: pgettext("booking status", "Cancelled"),
}


def _base_url(request: Request) -> str:
    return str(request.base_url)


@router.post(
    "/sessions/series",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*WRITE_ERRORS),
)
def create_series(db: SessionDep, user: OptionalUser, data: SeriesCreate) -> list[SessionOut]:
    return [
        service.to_out(db, item, viewer=user)
        for item in service.create_series(db, actor=user, data=data)
    ]


@router.get("/sessions/{session_id}", responses=problem_responses(NotFound, ValidationFailed))
def get_session(
    db: SessionDep,
    user: OptionalUser,
    session_id: Id,
    response: Response,
    tz: Annotated[TimeZoneName | None, Query(description="The viewer's time zone.")] = None,
) -> SessionOut:
    peer_session = service.get_visible(db, session_id=session_id, viewer=user)
    response.headers["ETag"] = f'"{peer_session.version}"'
    return service.to_out(db, peer_session, viewer=user, tz=tz)


@router.post("/sessions/{session_id}/cancel", responses=problem_responses(*ACCESS_ERRORS))
def cancel_session(db: SessionDep, user: OptionalUser, session_id: Id) -> SessionOut:
    return service.to_out(db, service.cancel(db, actor=user, session_id=session_id), viewer=user)


@router.post(
    "/sessions/{session_id}/bookings",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*WRITE_ERRORS, Conflict),
)
def book_session(
    db: SessionDep,
    user: OptionalUser,
    session_id: Id,
    data: BookingCreate,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> BookingOut:
    booking, _created = service.book(
        db, actor=user, session_id=session_id, data=data, idempotency_key=idempotency_key
    )
    return service.booking_out(db, booking)


@router.get(
    "/sessions/{session_id}/bookings",
    responses=problem_responses(*ACCESS_ERRORS),
)
def list_session_bookings(
    db: SessionDep, user: OptionalUser, session_id: Id
) -> list[OrganiserBookingOut]:
    return service.bookings_for_organiser(db, actor=user, session_id=session_id)


@downloads.file_route(
    router, "/sessions/{session_id}/bookings.csv", downloads.CSV, errors=ACCESS_ERRORS
)
def export_session_bookings(db: SessionDep, user: OptionalUser, session_id: Id) -> Response:
    rows = service.bookings_for_organiser(db, actor=user, session_id=session_id)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            _("Name"),
            _("E-mail"),
            _("City"),
            _("Seats"),
            _("Status"),
            _("Languages"),
            _("Attended"),
            _("Note"),
        ]
    )
    for row in rows:
        writer.writerow(
            [
                row.person.display_name,
                row.person.email,
                row.city or "",
                row.seats,
                _STATUS_LABELS[row.status](),
                " ".join(row.languages),
                "1" if row.attended else "0",
                row.note,
            ]
        )
    return downloads.attachment(
        "\ufeff" + buffer.getvalue(),  # a BOM, so spreadsheet programs read UTF-8
        media_type=downloads.CSV,
        filename=f"session-{session_id}-participants.csv",
    )


@router.post(
    "/sessions/{session_id}/attendance", responses=problem_responses(*WRITE_ERRORS, Conflict)
)
def mark_attendance(
    db: SessionDep, user: OptionalUser, session_id: Id, data: AttendanceRequest
) -> list[BookingOut]:
    bookings = service.mark_attendance(
        db, actor=user, session_id=session_id, booking_ids=data.booking_ids
    )
    return [service.booking_out(db, booking) for booking in bookings]


@router.delete(
    "/sessions/{session_id}/attendance/{booking_id}",
    responses=problem_responses(*ACCESS_ERRORS, Conflict),
)
def unmark_attendance(
    db: SessionDep, user: OptionalUser, session_id: Id, booking_id: Id
) -> BookingOut:
    booking = service.unmark_attendance(
        db, actor=user, session_id=session_id, booking_id=booking_id
    )
    return service.booking_out(db, booking)


@router.delete(
    "/bookings/{booking_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(*ACCESS_ERRORS),
)
def cancel_booking(db: SessionDep, user: OptionalUser, booking_id: Id) -> None:
    service.cancel_booking(db, actor=user, booking_id=booking_id)


@router.get("/me/bookings", responses=problem_responses(Unauthorized))
def my_bookings(db: SessionDep, user: CurrentUser) -> list[MyBookingOut]:
    return service.my_bookings(db, user=user)


@downloads.file_route(
    router,
    "/bookings/{booking_id}/certificate.pdf",
    downloads.PDF,
    errors=(*ACCESS_ERRORS, Conflict),
)
def certificate(db: SessionDep, user: OptionalUser, booking_id: Id, request: Request) -> Response:
    pdf = documents.certificate_pdf(
        db, actor=user, booking_id=booking_id, base_url=_base_url(request)
    )
    return downloads.attachment(
        pdf, media_type=downloads.PDF, filename=f"certificate-{booking_id}.pdf"
    )


@router.get("/certificates/{code}", responses=problem_responses(NotFound))
def check_certificate(db: SessionDep, code: str) -> CertificateCheck:
    return documents.check_certificate(db, code=code)


@downloads.file_route(
    router, "/sessions/{session_id}/calendar.ics", downloads.ICS, errors=(NotFound,)
)
def session_calendar(db: SessionDep, session_id: Id, request: Request) -> Response:
    body = documents.session_calendar(db, session_id=session_id, base_url=_base_url(request))
    return downloads.attachment(
        body, media_type=downloads.ICS, filename=f"session-{session_id}.ics"
    )


@downloads.file_route(router, "/me/calendar.ics", downloads.ICS, errors=(Unauthorized,))
def my_calendar(db: SessionDep, user: CurrentUser, request: Request) -> Response:
    return Response(
        documents.personal_calendar(db, user=user, base_url=_base_url(request)),
        media_type=downloads.ICS,
    )


@router.post("/me/calendar-feed", responses=problem_responses(Unauthorized))
def new_calendar_feed(db: SessionDep, user: CurrentUser, request: Request) -> dict[str, str]:
    token = documents.new_feed_token(db, user=user)
    return {"url": f"{_base_url(request)}api/v1/calendar/{token}.ics"}


@downloads.file_route(router, "/calendar/{token}.ics", downloads.ICS, errors=(NotFound,))
def calendar_feed(db: SessionDep, token: str, request: Request) -> Response:
    return Response(
        documents.feed_calendar(db, token=token, base_url=_base_url(request)),
        media_type=downloads.ICS,
    )
