"""A city's report composed from its published content, and what the framework misses.

Two frameworks: a Voluntary Local Review (the UN-Habitat/UCLG guidelines: every SDG,
every programme, every indicator) and a Climate City Contract report (the climate
goals 7, 11 and 13, the Climate City Contract programmes). Only published content
counts; figures of the year are those dated in it (measurements, check-ins, sessions).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from polylog.accounts import service as accounts_service
from polylog.cities import service as cities_service
from polylog.cities.models import City
from polylog.core.db import utcnow
from polylog.core.i18n import L_, current_language, plain_digits
from polylog.core.i18n import gettext as _
from polylog.core.translations import text_in
from polylog.indicators import service as indicators_service
from polylog.initiatives import service as initiatives_service
from polylog.journeys import service as journeys_service
from polylog.peer_sessions import service as sessions_service
from polylog.practices import service as practices_service
from polylog.programmes import service as programmes_service
from polylog.programmes.models import ProgrammeKind
from polylog.reports.schemas import (
    CityReport,
    Framework,
    GoalRow,
    HostedSession,
    IndicatorRow,
    IndicatorsSection,
    JourneyRow,
    MissingItem,
    PeerLearningSection,
    ProgrammeRow,
    ProgrammesSection,
    SdgCoverageSection,
)
from polylog.taxonomy import service as taxonomy


@dataclass(frozen=True)
class FrameworkRules:
    title: Any  # a lazy translation
    sdgs: tuple[int, ...]
    # None: every kind of programme.
    programme_kinds: frozenset[ProgrammeKind] | None


FRAMEWORKS: dict[str, FrameworkRules] = {
    "vlr": FrameworkRules(L_("Voluntary Local Review"), tuple(range(1, 18)), None),
    "ccc": FrameworkRules(
        L_("Climate City Contract report"),
        (7, 11, 13),
        frozenset({ProgrammeKind.CLIMATE_CITY_CONTRACT}),
    ),
}

SECTION_TITLES = {
    "sdg_coverage": L_("SDG coverage"),
    "programmes": L_("Programmes and action plans"),
    "indicators": L_("Indicators and targets"),
    "peer_learning": L_("Peer learning"),
}


def _kind_label(kind: ProgrammeKind) -> str:
    labels = {
        ProgrammeKind.CLIMATE_CITY_CONTRACT: L_("Climate City Contract"),
        ProgrammeKind.CLIMATE_PROGRAMME: L_("Climate programme"),
        ProgrammeKind.SECAP: L_("Sustainable Energy and Climate Action Plan"),
        ProgrammeKind.SMART_CITY_STRATEGY: L_("Smart city strategy"),
        ProgrammeKind.SDG_LOCALISATION: L_("SDG localisation plan"),
        ProgrammeKind.OTHER: L_("Other programme"),
    }
    return str(labels[kind])


def _name(texts: dict[str, str]) -> str:
    return text_in(texts, current_language(), original=next(iter(texts)))


def _per_sdg(counts: dict[tuple[int, int], int], city_id: int) -> dict[int, int]:
    return {sdg: count for (city, sdg), count in counts.items() if city == city_id}


def _coverage(db: Session, city: City, rules: FrameworkRules) -> SdgCoverageSection:
    initiatives = _per_sdg(initiatives_service.sdg_counts(db, city_id=city.id), city.id)
    practices = _per_sdg(practices_service.sdg_counts(db, city_id=city.id), city.id)
    actions = _per_sdg(programmes_service.action_sdg_counts(db, city_id=city.id), city.id)
    language = current_language()
    goals = [
        GoalRow(
            sdg=goal.number,
            title=goal.titles[language],
            color=goal.color,
            initiatives=initiatives.get(goal.number, 0),
            practices=practices.get(goal.number, 0),
            actions=actions.get(goal.number, 0),
        )
        for goal in taxonomy.sdgs()
        if goal.number in rules.sdgs
    ]
    gaps = [row.sdg for row in goals if not (row.initiatives or row.practices or row.actions)]
    return SdgCoverageSection(title=str(SECTION_TITLES["sdg_coverage"]), goals=goals, gaps=gaps)


def _programmes(db: Session, city: City, rules: FrameworkRules) -> ProgrammesSection:
    rows = []
    for programme in programmes_service.of_city(db, city_id=city.id):
        if rules.programme_kinds is not None and programme.kind not in rules.programme_kinds:
            continue
        figures = programmes_service.summary(db, programme.id)
        rows.append(
            ProgrammeRow(
                id=programme.id,
                title=programmes_service.PROGRAMMES.shown_title(programme),
                kind=programme.kind.value,
                kind_label=_kind_label(programme.kind),
                period_start=programme.period_start,
                period_end=programme.period_end,
                actions=figures.actions,
                by_status=figures.by_status,
                by_rag=figures.by_rag,
                cost=figures.cost,
                funded=figures.funded,
                funding_gap=figures.funding_gap,
                stalled=len(figures.stalled),
            )
        )
    return ProgrammesSection(title=str(SECTION_TITLES["programmes"]), programmes=rows)


def _in_year(indicator: Any, year: int) -> tuple[float | None, date | None, float | None]:
    measured = [m for m in indicator.measurements if m.measured_on.year == year]
    if not measured:
        return None, None, None
    latest = measured[-1]
    span = indicator.target - indicator.baseline
    ratio = (
        (1.0 if latest.value == indicator.target else 0.0)
        if span == 0
        else min(1.0, max(0.0, (latest.value - indicator.baseline) / span))
    )
    return latest.value, latest.measured_on, round(ratio, 4)


def _indicators(
    db: Session, city: City, rules: FrameworkRules, year: int, programme_ids: Collection[int]
) -> IndicatorsSection:
    owners: list[tuple[str, int, str, Sequence[Any]]] = []
    for initiative in initiatives_service.with_indicators(db, city_id=city.id):
        if rules.programme_kinds is None or set(initiative.sdgs) & set(rules.sdgs):
            title = initiatives_service.INITIATIVES.shown_title(initiative)
            owners.append(("initiative", initiative.id, title, initiative.indicators))
    for programme in programmes_service.of_city(db, city_id=city.id):
        if programme.id in programme_ids:
            title = programmes_service.PROGRAMMES.shown_title(programme)
            owners.append(("programme", programme.id, title, programme.indicators))
    rows = []
    for owner, owner_id, owner_title, indicators in owners:
        for indicator in indicators:
            shown = indicators_service.indicator_out(indicator)
            value, measured_on, progress = _in_year(indicator, year)
            rows.append(
                IndicatorRow(
                    id=indicator.id,
                    owner=owner,
                    owner_id=owner_id,
                    owner_title=owner_title,
                    name=shown.name,
                    unit=shown.unit,
                    baseline=indicator.baseline,
                    latest_value=value,
                    latest_date=measured_on,
                    target=indicator.target,
                    target_date=indicator.target_date,
                    progress=progress,
                )
            )
    return IndicatorsSection(title=str(SECTION_TITLES["indicators"]), indicators=rows)


def _year_bounds(year: int) -> tuple[datetime, datetime]:
    return datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)


def _peer_learning(db: Session, city: City, year: int) -> PeerLearningSection:
    since, until = _year_bounds(year)
    hosted = sessions_service.hosted_in(db, city_id=city.id, since=since, until=until)
    members = [m.user_id for m in accounts_service.members_of(db, city_id=city.id)]
    shared, adopted = practices_service.shared_and_adopted(db, city_id=city.id)
    journeys, _total = journeys_service.page(db, city=city.slug, role=None, page=1, per_page=100)
    rows = []
    for journey in journeys:
        coach = journey.coach_city_id == city.id
        other = journey.coachee_city if coach else journey.coach_city
        summary = journeys_service.summary(journey)
        rows.append(
            JourneyRow(
                id=journey.id,
                title=summary.title,
                role="coach" if coach else "coachee",
                other_city=_name(dict(other.names)),
                status=journey.status.value,
                progress=summary.progress,
            )
        )
    return PeerLearningSection(
        title=str(SECTION_TITLES["peer_learning"]),
        sessions_hosted=len(hosted),
        hosted=[
            HostedSession(
                id=item.id, title=item.title, starts_at=item.starts_at, seats_taken=item.seats_taken
            )
            for item in hosted
        ],
        sessions_attended=sessions_service.attended_elsewhere(
            db, city_id=city.id, member_ids=members, since=since, until=until
        ),
        practices_shared=shared,
        practices_adopted_by_others=adopted,
        journeys=rows,
    )


def _missing(
    db: Session,
    city: City,
    year: int,
    rules: FrameworkRules,
    coverage: SdgCoverageSection,
    programmes: ProgrammesSection,
    indicators: IndicatorsSection,
) -> list[MissingItem]:
    missing = []
    titles = {goal.sdg: goal.title for goal in coverage.goals}
    for sdg in coverage.gaps:
        missing.append(
            MissingItem(
                key=f"sdg:{sdg}",
                message=_("No initiative, practice or action serves SDG {number}, {title}.").format(
                    number=plain_digits(sdg), title=titles[sdg]
                ),
                path=f"/initiatives/new?sdg={sdg}",
            )
        )
    if not programmes.programmes:
        message = (
            _("There is no Climate City Contract programme yet.")
            if rules.programme_kinds is not None
            else _("There is no programme or action plan yet.")
        )
        missing.append(MissingItem(key="programme", message=message, path="/programmes/new"))
    for row in indicators.indicators:
        if row.latest_value is None:
            missing.append(
                MissingItem(
                    key=f"indicator:{row.id}",
                    message=_("The indicator “{name}” has no measurement in {year}.").format(
                        name=row.name, year=plain_digits(year)
                    ),
                    path=f"/{row.owner}s/{row.owner_id}",
                )
            )
    programme_ids = {row.id for row in programmes.programmes}
    for action_id, title, programme_id in programmes_service.actions_without_check_in(
        db, city_id=city.id, year=year
    ):
        if programme_id not in programme_ids:
            continue
        missing.append(
            MissingItem(
                key=f"action:{action_id}",
                message=_("The action “{title}” has no check-in in {year}.").format(
                    title=title, year=plain_digits(year)
                ),
                path=f"/actions/{action_id}",
            )
        )
    return missing


def compose(db: Session, *, slug: str, framework: Framework, year: int | None) -> CityReport:
    city = cities_service.get(db, slug=slug)
    rules = FRAMEWORKS[framework]
    year = year or utcnow().year
    coverage = _coverage(db, city, rules)
    programmes = _programmes(db, city, rules)
    indicators = _indicators(db, city, rules, year, {row.id for row in programmes.programmes})
    return CityReport(
        city=city.slug,
        city_name=_name(dict(city.names)),
        framework=framework,
        framework_title=str(rules.title),
        year=year,
        language=current_language(),
        generated_on=utcnow().date(),
        sections=[coverage, programmes, indicators, _peer_learning(db, city, year)],
        missing=_missing(db, city, year, rules, coverage, programmes, indicators),
    )
