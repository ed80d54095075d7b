"""Every query of the programmes domain.

The programme's figures are computed by the database (one grouped query and one
for the stalled actions), never by loading every action into Python: a plan may
hold thousands of actions with years of check-ins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from polylog.content.repository import ContentRepository, texts_and_tags
from polylog.indicators.models import Indicator
from polylog.programmes.models import (
    Action,
    ActionInitiative,
    ActionSdg,
    ActionStatus,
    ActionTheme,
    ActionTranslation,
    CheckIn,
    Programme,
    ProgrammeKind,
    Rag,
)

NO_RATING = "none"


def _programme_list_options() -> list[LoaderOption]:
    return [
        *texts_and_tags(Programme),
        selectinload(Programme.city),
    ]


def _programme_detail_options() -> list[LoaderOption]:
    return [
        *_programme_list_options(),
        selectinload(Programme.indicators).selectinload(Indicator.measurements),
    ]


def _action_list_options() -> list[LoaderOption]:
    return [
        *texts_and_tags(Action),
        selectinload(Action.city),
    ]


def _action_detail_options() -> list[LoaderOption]:
    return [
        *_action_list_options(),
        selectinload(Action.initiative_links),
        selectinload(Action.indicator_links),
    ]


PROGRAMMES = ContentRepository(
    Programme, list_options=_programme_list_options, detail_options=_programme_detail_options
)
ACTIONS = ContentRepository(
    Action,
    list_options=_action_list_options,
    detail_options=_action_detail_options,
    newest_first=(Action.id,),
)


@dataclass(frozen=True)
class ProgrammeFilters:
    city_ids: Sequence[int] = ()
    kinds: Sequence[ProgrammeKind] = ()

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = PROGRAMMES.filters(city_column=Programme.city_id, city_ids=self.city_ids)
        if self.kinds:
            conditions.append(Programme.kind.in_(self.kinds))
        return conditions


# --- check-ins ---------------------------------------------------------------------


def stalled_condition(*, quiet_since: str) -> ColumnElement[bool]:
    """Red at the latest check-in, or ongoing with no check-in from ``quiet_since`` on."""
    return or_(
        Action.latest_rag == Rag.RED,
        and_(
            Action.status == ActionStatus.ONGOING,
            or_(Action.latest_period.is_(None), Action.latest_period < quiet_since),
        ),
    )


def latest_check_ins(db: Session, action_ids: Sequence[int]) -> dict[int, CheckIn]:
    """Each action's latest check-in: the one of its latest period."""
    if not action_ids:
        return {}
    rows = db.scalars(
        select(CheckIn)
        .join(
            Action,
            and_(CheckIn.action_id == Action.id, CheckIn.period == Action.latest_period),
        )
        .where(Action.id.in_(action_ids))
        .options(selectinload(CheckIn.created_by))
    )
    return {check_in.action_id: check_in for check_in in rows}


def check_ins(db: Session, action_id: int) -> list[CheckIn]:
    return list(
        db.scalars(
            select(CheckIn)
            .where(CheckIn.action_id == action_id)
            .options(selectinload(CheckIn.created_by))
            .order_by(CheckIn.period.desc())
        )
    )


def check_in_exists(db: Session, action_id: int, period: str) -> bool:
    found = db.scalar(
        select(CheckIn.id).where(CheckIn.action_id == action_id, CheckIn.period == period)
    )
    return found is not None


# --- actions -----------------------------------------------------------------------


@dataclass(frozen=True)
class ActionFilters:
    programme_id: int
    statuses: Sequence[ActionStatus] = ()
    rags: Sequence[str] = ()
    themes: Sequence[str] = ()
    # "due_date", "-due_date", "funding_gap", "-funding_gap"; otherwise in creation order.
    sort: str | None = None


def _gap_cents() -> ColumnElement[Any]:
    funded = func.coalesce(Action.funded_cents, 0)
    return case(
        (Action.cost_cents.is_(None), None),
        (Action.cost_cents > funded, Action.cost_cents - funded),
        else_=0,
    )


def _filtered(filters: ActionFilters) -> Select[Action]:
    statement = select(Action).where(
        *ACTIONS.filters(city_column=Action.city_id, themes=filters.themes),
        Action.programme_id == filters.programme_id,
    )
    if filters.statuses:
        statement = statement.where(Action.status.in_(filters.statuses))
    if filters.rags:
        rated = [Rag(rag) for rag in filters.rags if rag != NO_RATING]
        choices = [Action.latest_rag.in_(rated)] if rated else []
        if NO_RATING in filters.rags:
            choices.append(Action.latest_rag.is_(None))
        statement = statement.where(or_(*choices))
    return statement


_SORTS = {
    "due_date": (Action.due_date.is_(None), Action.due_date, Action.id),
    "-due_date": (Action.due_date.is_(None), Action.due_date.desc(), Action.id),
    "funding_gap": (_gap_cents().is_(None), _gap_cents(), Action.id),
    "-funding_gap": (_gap_cents().is_(None), _gap_cents().desc(), Action.id),
}


def action_page(
    db: Session, filters: ActionFilters, *, page: int, per_page: int
) -> tuple[list[Action], int]:
    statement = _filtered(filters)
    total = db.scalar(select(func.count()).select_from(statement.subquery())) or 0
    order = _SORTS.get(filters.sort or "", (Action.id,))
    items = db.scalars(
        statement.options(*_action_list_options())
        .order_by(*order)
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    return list(items), total


@dataclass
class ExportRow:
    """An action as a spreadsheet shows it: plain values, read without building ORM objects."""

    id: int
    original_language: str
    status: ActionStatus
    owner: str
    start_date: Any
    due_date: Any
    cost_cents: int | None
    funded_cents: int | None
    currency: str | None
    funding_sources: list[str]
    texts: dict[str, tuple[str, str]] = field(default_factory=dict)
    theme: str | None = None
    sdgs: list[int] = field(default_factory=list)
    initiative_ids: list[int] = field(default_factory=list)
    check_in: tuple[str, Rag, int, str, list[str]] | None = None


def export_rows(db: Session, programme_id: int) -> list[ExportRow]:
    """Every published action of a programme with its texts, tags and latest check-in.

    Six plain queries, whatever the number of actions: an export of thousands of
    rows must not build thousands of ORM objects.
    """
    ids = select(Action.id).where(Action.programme_id == programme_id, ACTIONS.published())
    rows = {
        row.id: ExportRow(*row)
        for row in db.execute(
            select(
                Action.id,
                Action.original_language,
                Action.status,
                Action.owner,
                Action.start_date,
                Action.due_date,
                Action.cost_cents,
                Action.funded_cents,
                Action.currency,
                Action.funding_sources,
            )
            .where(Action.id.in_(ids))
            .order_by(Action.id)
        )
    }
    for owner, language, title, description in db.execute(
        select(
            ActionTranslation.owner_id,
            ActionTranslation.language,
            ActionTranslation.title,
            ActionTranslation.text_column("description"),
        ).where(ActionTranslation.owner_id.in_(ids))
    ):
        rows[owner].texts[language] = (title, description)
    for owner, theme in db.execute(
        select(ActionTheme.owner_id, ActionTheme.theme).where(ActionTheme.owner_id.in_(ids))
    ):
        rows[owner].theme = theme
    for owner, sdg in db.execute(
        select(ActionSdg.owner_id, ActionSdg.sdg)
        .where(ActionSdg.owner_id.in_(ids))
        .order_by(ActionSdg.sdg)
    ):
        rows[owner].sdgs.append(sdg)
    for owner, initiative in db.execute(
        select(ActionInitiative.owner_id, ActionInitiative.column("initiative_id"))
        .where(ActionInitiative.owner_id.in_(ids))
        .order_by(ActionInitiative.column("initiative_id"))
    ):
        rows[owner].initiative_ids.append(initiative)
    for owner, *check_in in db.execute(
        select(
            CheckIn.action_id,
            CheckIn.period,
            CheckIn.rag,
            CheckIn.progress,
            CheckIn.note,
            CheckIn.blockers,
        )
        .join(Action, and_(CheckIn.action_id == Action.id, CheckIn.period == Action.latest_period))
        .where(Action.id.in_(ids))
    ):
        rows[owner].check_in = tuple(check_in)  # type: ignore[assignment]
    return list(rows.values())


# --- the programme's figures -------------------------------------------------------


@dataclass(frozen=True)
class FigureRow:
    status: str
    rag: str
    currency: str | None
    actions: int
    cost_cents: int | None
    funded_cents: int | None
    gap_cents: int | None


def figures(db: Session, programme_id: int) -> list[FigureRow]:
    """Counts and money by status, latest rating and currency, summed by the database."""
    # As text: "none" is no rating the Rag type knows.
    rag = func.coalesce(type_coerce(Action.latest_rag, String), literal(NO_RATING))
    rows = db.execute(
        select(
            Action.status,
            rag,
            Action.currency,
            func.count(),
            func.sum(Action.cost_cents),
            func.sum(Action.funded_cents),
            func.sum(_gap_cents()),
        )
        .where(Action.programme_id == programme_id, ACTIONS.published())
        .group_by(Action.status, rag, Action.currency)
    )
    return [
        FigureRow(
            status=str(getattr(status, "value", status)),
            rag=str(rating),
            currency=currency,
            actions=int(count),
            cost_cents=None if cost is None else int(cost),
            funded_cents=None if funded is None else int(funded),
            gap_cents=None if gap is None else int(gap),
        )
        for status, rating, currency, count, cost, funded, gap in rows
    ]


def stalled_ids(db: Session, programme_id: int, *, quiet_since: str) -> list[int]:
    return list(
        db.scalars(
            select(Action.id)
            .where(
                Action.programme_id == programme_id,
                ACTIONS.published(),
                stalled_condition(quiet_since=quiet_since),
            )
            .order_by(Action.id)
        )
    )


def indicator_ids_of_city(db: Session, city_id: int, ids: Sequence[int]) -> set[int]:
    """Which of ``ids`` are indicators owned in the city (of its initiatives or programmes)."""
    if not ids:
        return set()
    found = db.scalars(
        select(Indicator.id).where(Indicator.id.in_(ids), Indicator.city_id == city_id)
    )
    return set(found)


def city_programmes(db: Session, city_id: int) -> list[Programme]:
    """The city's published programmes, with their targets."""
    return list(
        db.scalars(
            select(Programme)
            .where(Programme.city_id == city_id, PROGRAMMES.published())
            .options(*_programme_detail_options())
            .order_by(Programme.period_start, Programme.id)
        )
    )


def action_sdg_counts(db: Session, city_id: int) -> dict[tuple[int, int], int]:
    return ACTIONS.sdg_counts(db, sdg_link=ActionSdg, city_column=Action.city_id, city_id=city_id)


def actions_without_check_in(db: Session, city_id: int, year: int) -> list[Action]:
    """Published actions under way (planned or ongoing) with no check-in in ``year``."""
    checked = select(CheckIn.action_id).where(CheckIn.period.like(f"{year}-Q%"))
    return list(
        db.scalars(
            select(Action)
            .join(Programme, Programme.id == Action.programme_id)
            .where(
                Action.city_id == city_id,
                ACTIONS.published(),
                PROGRAMMES.published(),
                Action.status.in_([ActionStatus.PLANNED, ActionStatus.ONGOING]),
                Action.id.not_in(checked),
            )
            .options(selectinload(Action.translations))
            .order_by(Action.id)
        )
    )


def actions_where(db: Session, *conditions: ColumnElement[bool]) -> list[Action]:
    """Published actions of published programmes meeting ``conditions``."""
    return list(
        db.scalars(
            select(Action)
            .join(Programme, Programme.id == Action.programme_id)
            .where(ACTIONS.published(), PROGRAMMES.published(), *conditions)
            .options(*_action_list_options())
            .order_by(Action.programme_id, Action.id)
        )
    )


def city_actions_where(db: Session, city_id: int, *conditions: ColumnElement[bool]) -> list[Action]:
    """The city's published actions of published programmes meeting ``conditions``."""
    return actions_where(db, Action.city_id == city_id, *conditions)


def actions_linking(db: Session, initiative_id: int) -> list[Action]:
    """The published actions that name the initiative among theirs."""
    linked = select(ActionInitiative.owner_id).where(
        ActionInitiative.column("initiative_id") == initiative_id
    )
    return actions_where(db, Action.id.in_(linked))


def check_ins_due(db: Session, city_id: int, period: str) -> list[Action]:
    """Ongoing actions with no check-in for ``period`` yet."""
    return city_actions_where(
        db,
        city_id,
        Action.status == ActionStatus.ONGOING,
        or_(Action.latest_period.is_(None), Action.latest_period < period),
    )


def stalled_of_city(db: Session, city_id: int, quiet_since: str) -> list[Action]:
    return city_actions_where(db, city_id, stalled_condition(quiet_since=quiet_since))
