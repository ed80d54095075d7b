from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from polylog.core.db import SessionDep
from polylog.core.errors import NotFound, ValidationFailed, problem_responses
from polylog.programmes.spreadsheets import XLSX_TYPE
from polylog.reports import pdf, service, xlsx
from polylog.reports.schemas import CityReport, Framework

router = APIRouter(tags=["reports"])


@router.get(
    "/cities/{slug}/report",
    response_model=CityReport,
    responses={
        200: {"content": {"application/pdf": {}, XLSX_TYPE: {}}},
        **problem_responses(NotFound, ValidationFailed),
    },
)
def city_report(
    db: SessionDep,
    slug: str,
    framework: Framework = "vlr",
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    format: Annotated[Literal["json", "pdf", "xlsx"], Query()] = "json",
) -> CityReport | Response:
    report = service.compose(db, slug=slug, framework=framework, year=year)
    if format == "json":
        return report
    name = f"{report.city}-{report.framework}-{report.year}-{report.language}"
    if format == "pdf":
        content, media_type, filename = pdf.render(report), "application/pdf", f"{name}.pdf"
    else:
        content, media_type, filename = xlsx.render(report), XLSX_TYPE, f"{name}.xlsx"
    return Response(
        content,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
