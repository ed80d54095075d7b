"""Files the API hands out: a document to keep, named for the person's downloads folder."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final

from fastapi import Response

PDF: Final = "application/pdf"
CSV: Final = "text/csv; charset=utf-8"
ICS: Final = "text/calendar; charset=utf-8"
XLSX: Final = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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
