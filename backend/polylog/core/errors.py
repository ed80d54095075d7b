"""One hierarchy of errors, rendered once as RFC 9457 problem+json in the request's language."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    DisconnectionError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from polylog.core.i18n import L_, gettext
from polylog.core.validation_messages import field_path, message_for

logger = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://polylog.example/problems/"


class FieldError(BaseModel):
    field: str
    message: str
    row: int | None = Field(default=None, description="The row of an imported file, if any.")


class Problem(BaseModel):
    type: str
    title: str
    status: int
    detail: str
    errors: list[FieldError] | None = None


class PolylogError(Exception):
    """Base of every error a client may see; ``title`` is translated when rendered."""

    status: ClassVar[int] = 500
    slug: ClassVar[str] = "internal-error"
    title: ClassVar[Any] = L_("Something went wrong")
    default_detail: ClassVar[Any] = L_("The server could not complete the request.")

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: Sequence[FieldError] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail or str(self.default_detail))
        self.detail = detail
        self.errors = list(errors) if errors else None
        self.headers = dict(headers or {})

    def to_problem(self) -> Problem:
        return Problem(
            type=PROBLEM_TYPE_BASE + self.slug,
            title=str(self.title),
            status=self.status,
            detail=self.detail or str(self.default_detail),
            errors=self.errors,
        )


class BadRequest(PolylogError):
    status = 400
    slug = "bad-request"
    title = L_("Bad request")
    default_detail = L_("The request could not be read.")


class Unauthorized(PolylogError):
    status = 401
    slug = "unauthorized"
    title = L_("Sign-in required")
    default_detail = L_("Sign in to do this.")

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": "Bearer"})


class Forbidden(PolylogError):
    status = 403
    slug = "forbidden"
    title = L_("Not allowed")
    default_detail = L_("Your account is not allowed to do this.")


class NotFound(PolylogError):
    status = 404
    slug = "not-found"
    title = L_("Not found")
    default_detail = L_("There is nothing at this address.")


class MethodNotAllowed(PolylogError):
    status = 405
    slug = "method-not-allowed"
    title = L_("Method not allowed")
    default_detail = L_("This address does not accept that kind of request.")


class Conflict(PolylogError):
    status = 409
    slug = "conflict"
    title = L_("Conflict")
    default_detail = L_("The request conflicts with the current state.")


class StaleVersion(PolylogError):
    status = 412
    slug = "stale-version"
    title = L_("Changed by someone else")
    default_detail = L_(
        "This was changed after you loaded it. Reload and apply your changes again."
    )


class PayloadTooLarge(PolylogError):
    status = 413
    slug = "payload-too-large"
    title = L_("Request too large")
    default_detail = L_("The request body is larger than the server accepts.")


class ValidationFailed(PolylogError):
    status = 422
    slug = "validation"
    title = L_("Invalid input")
    default_detail = L_("Some fields need attention.")

    @classmethod
    def on_field(cls, field: str, message: str) -> ValidationFailed:
        return cls(errors=[FieldError(field=field, message=message)])


# What a route that needs a signed-in account with the right role answers when it refuses: no
# one is signed in, the account may not, or there is nothing at the address.
ACCESS_ERRORS: tuple[type[PolylogError], ...] = (Unauthorized, Forbidden, NotFound)
# ... and a route that is sent something to store, when that is not valid.
WRITE_ERRORS: tuple[type[PolylogError], ...] = (*ACCESS_ERRORS, ValidationFailed)


def reject_numbers(field: str, rejected: Sequence[int], message: str) -> None:
    """Fails on ``field`` if it names numbers that cannot be; ``message`` names the first of them
    (``{number}``) or all (``{ids}``)."""
    if rejected:
        raise ValidationFailed.on_field(
            field, message.format(number=rejected[0], ids=", ".join(map(str, rejected)))
        )


class _TryAgainLater(PolylogError):
    """An error the client may retry after the seconds its Retry-After header says."""

    def __init__(self, detail: str | None = None, *, retry_after_seconds: int = 5) -> None:
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after_seconds))})


class TooManyRequests(_TryAgainLater):
    status = 429
    slug = "too-many-requests"
    title = L_("Too many requests")
    default_detail = L_("Too many attempts. Wait a little and try again.")


class ServiceUnavailable(_TryAgainLater):
    status = 503
    slug = "unavailable"
    title = L_("Service unavailable")
    default_detail = L_("The service cannot answer right now. Try again soon.")


# Seconds a client is asked to wait: a lock is soon free, a lost database takes longer.
RETRY_AFTER_BUSY = 2
RETRY_AFTER_UNAVAILABLE = 5
# PostgreSQL's codes for "try the same again": lock timeout, statement timeout,
# deadlock, serialisation failure.
_BUSY_SQLSTATES = frozenset({"55P03", "57014", "40P01", "40001"})
_BUSY_SQLITE_MESSAGES = ("database is locked", "database table is locked")


def _is_busy(error: DBAPIError) -> bool:
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate in _BUSY_SQLSTATES:
        return True
    message = str(error.orig).lower()
    return any(text in message for text in _BUSY_SQLITE_MESSAGES)


def database_problem(error: Exception) -> PolylogError:
    """The one mapping of a database's refusal or failure to what the client is told.

    What the client sent and the database cannot hold or accept is the client's
    (422, 409); a database that is busy or gone is the service's (503, with
    Retry-After). Anything else is a fault of ours (500).
    """
    if isinstance(error, DataError | OverflowError):
        # A number or text validation let through and the column cannot hold.
        return ValidationFailed(gettext("A value is out of range or cannot be stored."))
    if isinstance(error, IntegrityError):
        return Conflict(gettext("This conflicts with data that is already stored."))
    if isinstance(error, OperationalError) and _is_busy(error):
        return ServiceUnavailable(
            gettext("The database is busy. Try again in a moment."),
            retry_after_seconds=RETRY_AFTER_BUSY,
        )
    if isinstance(error, OperationalError | InterfaceError | PoolTimeout | DisconnectionError) or (
        isinstance(error, DBAPIError) and error.connection_invalidated
    ):
        return ServiceUnavailable(
            gettext("The database is unavailable. Try again soon."),
            retry_after_seconds=RETRY_AFTER_UNAVAILABLE,
        )
    return PolylogError()


def problem_response(error: PolylogError) -> JSONResponse:
    return JSONResponse(
        error.to_problem().model_dump(exclude_none=True),
        status_code=error.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=error.headers,
    )


def problem_responses(*errors: type[PolylogError]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` for the errors a route declares."""
    return {
        # The content (problem+json) is filled in by polylog.core.openapi.
        error.status: {"description": str(error.title)}  # built at import time, so in English
        for error in errors
    }


def _validation_error(exc: RequestValidationError) -> PolylogError:
    raw_errors = exc.errors()
    if any(error.get("type") == "json_invalid" for error in raw_errors):
        return BadRequest(gettext("The request body is not valid JSON."))
    return ValidationFailed(
        errors=[
            FieldError(field=field_path(error.get("loc", ())), message=message_for(error))
            for error in raw_errors
        ]
    )


_HTTP_STATUS_ERRORS: dict[int, type[PolylogError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    405: MethodNotAllowed,
    409: Conflict,
    413: PayloadTooLarge,
}


def install_error_handlers(app: FastAPI) -> None:
    async def on_polylog_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, PolylogError)
        return problem_response(exc)

    async def on_validation_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return problem_response(_validation_error(exc))

    async def on_http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        error_class = _HTTP_STATUS_ERRORS.get(exc.status_code, PolylogError)
        error = error_class()
        error.headers.update(exc.headers or {})
        return problem_response(error)

    async def on_database_error(request: Request, exc: Exception) -> JSONResponse:
        error = database_problem(exc)
        if error.status >= 500:
            log = logger.exception if error.status == 500 else logger.warning
            log("Database error on %s %s: %s", request.method, request.url.path, exc)
        else:
            logger.info("The database refused a value on %s: %s", request.url.path, exc)
        return problem_response(error)

    async def on_unexpected_error(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("Unhandled error on %s %s", request.method, request.url.path)
        return problem_response(PolylogError())

    app.add_exception_handler(PolylogError, on_polylog_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    # Handled here (not by the catch-all below) so the response is the last word:
    # nothing escapes to the server, and the connection stays usable.
    app.add_exception_handler(SQLAlchemyError, on_database_error)
    app.add_exception_handler(OverflowError, on_database_error)
    app.add_exception_handler(Exception, on_unexpected_error)
