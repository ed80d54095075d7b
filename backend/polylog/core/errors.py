"""One hierarchy of errors, rendered once as RFC 9457 problem+json in the request's language."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import DataError
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


class TooManyRequests(PolylogError):
    status = 429
    slug = "too-many-requests"
    title = L_("Too many requests")
    default_detail = L_("Too many attempts. Wait a little and try again.")

    def __init__(self, retry_after_seconds: int, detail: str | None = None) -> None:
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after_seconds))})


class ServiceUnavailable(PolylogError):
    status = 503
    slug = "unavailable"
    title = L_("Service unavailable")
    default_detail = L_("The service cannot answer right now. Try again soon.")


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

    async def on_unstorable_data(_request: Request, exc: Exception) -> JSONResponse:
        # The database refused a value that validation let through (a NUL byte, say).
        logger.warning("The database refused a value: %s", exc)
        return problem_response(
            BadRequest(gettext("The request contains characters that cannot be stored."))
        )

    async def on_unexpected_error(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("Unhandled error on %s %s", request.method, request.url.path)
        return problem_response(PolylogError())

    app.add_exception_handler(PolylogError, on_polylog_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(DataError, on_unstorable_data)
    app.add_exception_handler(Exception, on_unexpected_error)
