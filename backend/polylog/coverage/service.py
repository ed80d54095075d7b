"""SDG coverage: which goals a city's (or the platform's) initiatives and practices serve."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from polylog.cities import service as cities_service
from polylog.coverage.schemas import CityCoverage, GoalCoverage, PlatformCoverage
from polylog.initiatives import service as initiatives_service
from polylog.practices import service as practices_service

GOALS = range(1, 18)


def _goals(
    initiatives: Mapping[int, int], practices: Mapping[int, int]
) -> tuple[list[GoalCoverage], list[int]]:
    goals = [
        GoalCoverage(sdg=sdg, initiatives=initiatives.get(sdg, 0), practices=practices.get(sdg, 0))
        for sdg in GOALS
    ]
    return goals, [goal.sdg for goal in goals if goal.initiatives == 0]


def _per_city(counts: Mapping[tuple[int, int], int], city_id: int) -> dict[int, int]:
    return {sdg: count for (city, sdg), count in counts.items() if city == city_id}


def for_city(session: Session, *, slug: str) -> CityCoverage:
    city = cities_service.get(session, slug=slug)
    initiatives = _per_city(initiatives_service.sdg_counts(session, city_id=city.id), city.id)
    practices = _per_city(practices_service.sdg_counts(session, city_id=city.id), city.id)
    goals, gaps = _goals(initiatives, practices)
    return CityCoverage(city=city.slug, goals=goals, gaps=gaps)


def for_platform(session: Session) -> PlatformCoverage:
    counts = initiatives_service.sdg_counts(session)
    practice_counts = practices_service.sdg_counts(session)
    cities = []
    totals: dict[int, int] = {}
    practice_totals: dict[int, int] = {}
    for city in cities_service.list_all(session):
        per_city = _per_city(counts, city.id)
        practices = _per_city(practice_counts, city.id)
        goals, gaps = _goals(per_city, practices)
        cities.append(CityCoverage(city=city.slug, goals=goals, gaps=gaps))
        for sdg, count in per_city.items():
            totals[sdg] = totals.get(sdg, 0) + count
        for sdg, count in practices.items():
            practice_totals[sdg] = practice_totals.get(sdg, 0) + count
    goals, gaps = _goals(totals, practice_totals)
    return PlatformCoverage(cities=cities, goals=goals, gaps=gaps)
