from __future__ import annotations

from fastapi import APIRouter

from polylog.core.db import SessionDep
from polylog.core.errors import NotFound, problem_responses
from polylog.coverage import service
from polylog.coverage.schemas import CityCoverage, PlatformCoverage

router = APIRouter(tags=["coverage"])


@router.get("/cities/{slug}/sdg-coverage", responses=problem_responses(NotFound))
def city_coverage(session: SessionDep, slug: str) -> CityCoverage:
    return service.for_city(session, slug=slug)


@router.get("/sdg-coverage")
def platform_coverage(session: SessionDep) -> PlatformCoverage:
    return service.for_platform(session)
