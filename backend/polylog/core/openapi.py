"""The OpenAPI schema as the contract: every error response documented as problem+json."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from polylog.core.errors import (
    PROBLEM_MEDIA_TYPE,
    BadRequest,
    PayloadTooLarge,
    PolylogError,
    Problem,
    ServiceUnavailable,
    ValidationFailed,
)

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
_FASTAPI_VALIDATION_SCHEMAS = ("HTTPValidationError", "ValidationError")
# What any operation may answer: the database may be unavailable for a moment.
_EVERY_OPERATION: tuple[type[PolylogError], ...] = (ServiceUnavailable,)
# What any operation with a body may answer: unreadable, too large, invalid.
_WITH_A_BODY: tuple[type[PolylogError], ...] = (BadRequest, PayloadTooLarge, ValidationFailed)
_RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "schema": {"type": "integer"},
    }
}


def _add_common_responses(operation: dict[str, Any]) -> None:
    responses = operation.setdefault("responses", {})
    errors = _EVERY_OPERATION + (_WITH_A_BODY if "requestBody" in operation else ())
    for error in errors:
        responses.setdefault(str(error.status), {"description": str(error.title)})
    responses[str(ServiceUnavailable.status)]["headers"] = _RETRY_AFTER


def _problem_schemas() -> dict[str, Any]:
    schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    definitions: dict[str, Any] = schema.pop("$defs", {})
    return {**definitions, "Problem": schema}


def problem_openapi(app: FastAPI) -> Callable[[], dict[str, Any]]:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, summary=app.summary, routes=app.routes
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name in _FASTAPI_VALIDATION_SCHEMAS:
            components.pop(name, None)
        components.update(_problem_schemas())
        for path in schema["paths"].values():
            for operation in path.values():
                _add_common_responses(operation)
                for status, response in operation.get("responses", {}).items():
                    if status[0] in "45":
                        response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_REF}}
                        if status == "422":
                            response["description"] = "Invalid input"
        app.openapi_schema = schema
        return schema

    return openapi
