from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from polylog.core import downloads
from polylog.core.db import SessionDep
from polylog.core.errors import NotFound, ValidationFailed
from polylog.core.types import Year
from polylog.reports import pdf, service, xlsx
from polylog.reports.schemas import CityReport, Framework

router = APIRouter(tags=["reports"])


@router.get(
    "/cities/{slug}/report",
    response_model=CityReport,
    responses=downloads.file_responses(
        downloads.PDF, downloads.XLSX, errors=(NotFound, ValidationFailed)
    ),
)
def city_report(
    db: SessionDep,
    slug: str,
    framework: Framework = "vlr",
    year: Year | None = None,
    format: Annotated[Literal["json", "pdf", "xlsx"], Query()] = "json",
) -> CityReport | Response:
    report = service.compose(db, slug=slug, framework=framework, year=year)
    if format == "json":
        return report
    name = f"{report.city}-{report.framework}-{report.year}-{report.language}"
    if format == "pdf":
        return downloads.attachment(
            pdf.render(report), media_type=downloads.PDF, filename=f"{name}.pdf"
        )
    return downloads.attachment(
        xlsx.render(report), media_type=downloads.XLSX, filename=f"{name}.xlsx"
    )
