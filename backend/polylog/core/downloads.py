"""Files the API hands out: a document to keep, named for the person's downloads folder."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Final

from fastapi import APIRouter, Response
from fastapi.types import DecoratedCallable

from polylog.core.errors import PolylogError, problem_responses

PDF: Final = "application/pdf"
CSV: Final = "text/csv; charset=utf-8"
ICS: Final = "text/calendar; charset=utf-8"
XLSX: Final = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def file_responses(
    *media_types: str, errors: Iterable[type[PolylogError]] = ()
) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` of a route that answers with a file of one of ``media_types``
    (named without their parameters), or with one of ``errors``."""
    files: dict[str, Any] = {media_type.split(";")[0]: {} for media_type in media_types}
    return {200: {"content": files}, **problem_responses(*errors)}


def file_route(
    router: APIRouter,
    path: str,
    media_type: str,
    *,
    errors: Iterable[type[PolylogError]] = (),
) -> Callable[[DecoratedCallable], DecoratedCallable]:
    """Declares ``GET path`` on ``router``: it answers with a file of ``media_type`` (the
    endpoint returns the ``Response``), or with one of ``errors``."""
    return router.get(
        path, response_class=Response, responses=file_responses(media_type, errors=errors)
    )


def attachment(content: bytes | str, *, media_type: str, filename: str) -> Response:
    return Response(
        content,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


# What a spreadsheet cell cannot hold (XML 1.0 forbids these control characters);
# stored text may carry them, and an export must not fail on them.
_NOT_IN_A_CELL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def spreadsheet_row(values: Iterable[Any]) -> list[Any]:
    """A row for openpyxl: texts without the characters a cell cannot hold, the rest as is."""
    return [_NOT_IN_A_CELL.sub("", value) if isinstance(value, str) else value for value in values]
