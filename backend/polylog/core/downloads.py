"""Files the API hands out: a document to keep, named for the person's downloads folder."""

from __future__ import annotations

from typing import Final

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
