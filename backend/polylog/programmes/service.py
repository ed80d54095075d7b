"""Programmes and their actions: declared on the content kernel, followed up quarter by quarter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from polylog.accounts.models import User
from polylog.accounts.permissions import Action as Permission
from polylog.content.fields import (
    CENTS,
    DATE,
    Computed,
    Fields,
    Scalar,
    Tags,
    Texts,
    enum_codec,
    sdgs,
    themes,
)
from polylog.content.kind import Change, ContentKind, SearchAdapter
from polylog.core.db import utcnow
from polylog.core.errors import Conflict, NotFound, ValidationFailed, reject_numbers
from polylog.core.i18n import L_
from polylog.core.i18n import gettext as _
from polylog.core.translations import ordered_languages
from polylog.indicators import service as indicators_service
from polylog.initiatives import service as initiatives_service
from polylog.programmes import repository
from polylog.programmes.models import (
    Action,
    ActionIndicator,
    ActionInitiative,
    ActionSdg,
    ActionStatus,
    ActionTheme,
    ActionTranslation,
    CheckIn,
    Programme,
    ProgrammeKind,
    ProgrammeSdg,
    ProgrammeTheme,
    ProgrammeTranslation,
    Rag,
)
from polylog.programmes.quarters import quarter_of, quiet_since, shifted
from polylog.programmes.repository import NO_RATING, ActionFilters, FigureRow
from polylog.programmes.schemas import (
    ActionCreate,
    ActionListItem,
    ActionOut,
    ActionText,
    CheckInAuthor,
    CheckInCreate,
    CheckInOut,
    ProgrammeListItem,
    ProgrammeOut,
    ProgrammeSummary,
    ProgrammeText,
)
from polylog.programmes.search import action_body, programme_body

PROGRAMME_ENTITY = "programme"
ACTION_ENTITY = "action"


def _check_dates(state: Mapping[str, Any], start: str, end: str, message: str) -> None:
    if state[start] and state[end] and state[end] < state[start]:
        raise ValidationFailed.on_field(end, message)


class Programmes(ContentKind[Programme]):
    name = PROGRAMME_ENTITY
    not_found_message = L_("There is no programme with this number.")
    original_language_message = L_("Write the programme in its original language.")
    permission = Permission.KEEP_PROGRAMMES
    repository = repository.PROGRAMMES
    search = SearchAdapter("programme", programme_body)
    fields = Fields(
        (
            Scalar("original_language"),
            Texts(ProgrammeTranslation, ("title", "summary")),
            Scalar("kind", codec=enum_codec(ProgrammeKind)),
            Scalar("period_start", codec=DATE),
            Scalar("period_end", codec=DATE),
            Scalar("baseline_year", clearable=True),
            sdgs(ProgrammeSdg),
            themes(ProgrammeTheme),
        )
    )

    def check(self, db: Session, state: Mapping[str, Any], change: Change) -> None:
        _check_dates(
            state, "period_start", "period_end", _("The period cannot end before it starts.")
        )

    def initialise(self, item: Programme) -> None:
        item.indicators = []

    def followed(self, follow_kind: str, key: str) -> list[ColumnElement[bool]] | None:
        if follow_kind != "programme" or not key.isdigit():
            return None
        return [Programme.id == int(key)]


def _theme_of(action: Action) -> str | None:
    return action.themes[0] if action.themes else None


_ONE_THEME = themes(ActionTheme)


def _write_theme(action: Action, theme: str | None) -> None:
    # An action has at most one theme, kept like any kind's themes (search facets read them).
    _ONE_THEME.write(action, [theme] if theme else [])


class Actions(ContentKind[Action]):
    name = ACTION_ENTITY
    not_found_message = L_("There is no action with this number.")
    original_language_message = L_("Write the action in its original language.")
    permission = Permission.KEEP_PROGRAMMES
    repository = repository.ACTIONS
    search = SearchAdapter("action", action_body)
    fields = Fields(
        (
            Scalar("original_language"),
            Texts(ActionTranslation, ("title", "description")),
            Scalar("status", codec=enum_codec(ActionStatus), default=ActionStatus.PLANNED.value),
            Scalar("owner", default="", normalise=str.strip),
            Computed("theme", _theme_of, _write_theme, clearable=True),
            Scalar("start_date", codec=DATE, clearable=True),
            Scalar("due_date", codec=DATE, clearable=True),
            Scalar("cost_estimate", codec=CENTS, attribute="cost_cents", clearable=True),
            Scalar("funded_amount", codec=CENTS, attribute="funded_cents", clearable=True),
            Scalar("currency", clearable=True),
            Scalar("funding_sources", default=list),
            Tags("initiative_ids", "initiative_links", ActionInitiative, "initiative_id"),
            Tags("indicator_ids", "indicator_links", ActionIndicator, "indicator_id"),
            sdgs(ActionSdg),
        )
    )

    def check(self, db: Session, state: Mapping[str, Any], change: Change) -> None:
        _check_dates(
            state, "start_date", "due_date", _("The due date cannot be before the start date.")
        )
        has_amount = state["cost_estimate"] is not None or state["funded_amount"] is not None
        if has_amount and not state["currency"]:
            raise ValidationFailed.on_field("currency", _("Say which currency the amounts are in."))
        city_id = change.city_id
        if change.given.get("initiative_ids") is not None:
            found = initiatives_service.published(db, ids=state["initiative_ids"])
            ours = {item.id for item in found if item.city_id == city_id}
            reject_numbers(
                "initiative_ids",
                [number for number in state["initiative_ids"] if number not in ours],
                _("The city has no published initiative with the number {number}."),
            )
        if change.given.get("indicator_ids") is not None:
            ours = repository.indicator_ids_of_city(db, city_id, state["indicator_ids"])
            reject_numbers(
                "indicator_ids",
                [number for number in state["indicator_ids"] if number not in ours],
                _("The city has no indicator with the number {number}."),
            )

    def initialise(self, item: Action) -> None:
        item.initiative_links, item.indicator_links, item.check_ins = [], [], []

    def followed(self, follow_kind: str, key: str) -> list[ColumnElement[bool]] | None:
        # A programme's followers hear of its actions too.
        if follow_kind != "programme" or not key.isdigit():
            return None
        return [Action.programme_id == int(key)]


PROGRAMMES = Programmes()
ACTIONS = Actions()
indicators_service.owned_by("programme_id", PROGRAMMES)


# --- reading programmes --------------------------------------------------------------


def programme_list_item(programme: Programme) -> ProgrammeListItem:
    return ProgrammeListItem(
        **PROGRAMMES.listed(programme),
        city=programme.city.slug,
        summary_text=PROGRAMMES.shown(programme).summary,
        kind=programme.kind,
        period_start=programme.period_start,
        period_end=programme.period_end,
        baseline_year=programme.baseline_year,
    )


def _money(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def summary_of(rows: Sequence[FigureRow], stalled: list[int]) -> ProgrammeSummary:
    by_status: dict[str, int] = {status.value: 0 for status in ActionStatus}
    by_rag: dict[str, int] = {rag.value: 0 for rag in Rag} | {NO_RATING: 0}
    money: dict[str, dict[str, int]] = {"cost": {}, "funded": {}, "gap": {}}
    for row in rows:
        by_status[row.status] += row.actions
        by_rag[row.rag] += row.actions
        if row.currency is None:
            continue
        for key, cents in (("cost", row.cost_cents), ("funded", row.funded_cents)):
            if cents is not None:
                money[key][row.currency] = money[key].get(row.currency, 0) + cents
        if row.gap_cents is not None:
            money["gap"][row.currency] = money["gap"].get(row.currency, 0) + row.gap_cents

    def amounts(key: str) -> dict[str, Decimal]:
        return {currency: _money(cents) for currency, cents in sorted(money[key].items())}

    return ProgrammeSummary(
        actions=sum(row.actions for row in rows),
        by_status=by_status,
        by_rag=by_rag,
        cost=amounts("cost"),
        funded=amounts("funded"),
        funding_gap=amounts("gap"),
        stalled=stalled,
    )


def summary(db: Session, programme_id: int) -> ProgrammeSummary:
    threshold = quiet_since(utcnow().date())
    return summary_of(
        repository.figures(db, programme_id),
        repository.stalled_ids(db, programme_id, quiet_since=threshold),
    )


def programme_out(db: Session, programme: Programme) -> ProgrammeOut:
    return ProgrammeOut(
        **programme_list_item(programme).model_dump(),
        translations={
            language: ProgrammeText(title=text.title, summary=text.summary)
            for language, text in sorted(programme.translations.items())
        },
        indicators=[indicators_service.indicator_out(item) for item in programme.indicators],
        summary=summary(db, programme.id),
        **PROGRAMMES.history_fields(programme),
    )


def create_programme(db: Session, *, actor: User | None, data: Any) -> Programme:
    return PROGRAMMES.create(db, actor=actor, data=data)


# --- actions ---------------------------------------------------------------------------


def check_in_out(check_in: CheckIn) -> CheckInOut:
    author = check_in.created_by
    return CheckInOut(
        id=check_in.id,
        action_id=check_in.action_id,
        period=check_in.period,
        rag=check_in.rag,
        progress=check_in.progress,
        note=check_in.note,
        blockers=list(check_in.blockers),
        created_at=check_in.created_at,
        created_by=CheckInAuthor(id=author.id, display_name=author.display_name)
        if author
        else None,
    )


def funding_gap(action: Action) -> Decimal | None:
    if action.cost_cents is None:
        return None
    return _money(max(0, action.cost_cents - (action.funded_cents or 0)))


def is_stalled(action: Action, *, since: str) -> bool:
    """The rule of ``repository.stalled_condition``, for one action already loaded."""
    if action.latest_rag is Rag.RED:
        return True
    quiet = action.latest_period is None or action.latest_period < since
    return action.status is ActionStatus.ONGOING and quiet


def action_list_item(action: Action, latest: CheckIn | None, *, since: str) -> ActionListItem:
    shown = ACTIONS.shown(action)
    return ActionListItem(
        id=action.id,
        programme_id=action.programme_id,
        city=action.city.slug,
        title=shown.title,
        language=shown.language,
        languages=ordered_languages(action.translations),
        original_language=action.original_language,
        status=action.status,
        owner=action.owner,
        theme=_theme_of(action),
        start_date=action.start_date,
        due_date=action.due_date,
        cost_estimate=None if action.cost_cents is None else _money(action.cost_cents),
        funded_amount=None if action.funded_cents is None else _money(action.funded_cents),
        funding_gap=funding_gap(action),
        currency=action.currency,
        latest_check_in=check_in_out(latest) if latest else None,
        stalled=is_stalled(action, since=since),
    )


def action_out(db: Session, action: Action) -> ActionOut:
    latest = repository.latest_check_ins(db, [action.id]).get(action.id)
    shown = ACTIONS.shown(action)
    return ActionOut(
        **action_list_item(action, latest, since=quiet_since(utcnow().date())).model_dump(),
        description=shown.description,
        translations={
            language: ActionText(title=text.title, description=text.description)
            for language, text in sorted(action.translations.items())
        },
        funding_sources=list(action.funding_sources),
        initiative_ids=[link.initiative_id for link in action.initiative_links],
        indicator_ids=[link.indicator_id for link in action.indicator_links],
        sdgs=action.sdgs,
        **ACTIONS.history_fields(action),
    )


def action_page(
    db: Session, filters: ActionFilters, *, viewer: User | None, page: int, per_page: int
) -> tuple[list[ActionListItem], int]:
    PROGRAMMES.get_visible(db, filters.programme_id, viewer=viewer)
    items, total = repository.action_page(db, filters, page=page, per_page=per_page)
    latest = repository.latest_check_ins(db, [item.id for item in items])
    since = quiet_since(utcnow().date())
    return [action_list_item(item, latest.get(item.id), since=since) for item in items], total


def _programme_for_writing(db: Session, programme_id: int, actor: User | None) -> Programme:
    programme, _author = PROGRAMMES.writable(db, programme_id, actor=actor)
    return programme


def add_action(db: Session, *, actor: User | None, programme_id: int, data: ActionCreate) -> Action:
    programme = _programme_for_writing(db, programme_id, actor)
    return ACTIONS.create(
        db,
        actor=actor,
        data=data,
        within=(programme.city, {"programme_id": programme.id}),
    )


def action_state(db: Session, programme: Programme, given: Mapping[str, Any]) -> dict[str, Any]:
    """A new action's state from fields (JSON), checked: for imports, one row at a time."""
    return ACTIONS.state_of_new(db, given, programme.city)


def add_check_in(
    db: Session, *, actor: User | None, action_id: int, data: CheckInCreate
) -> CheckIn:
    action, author = ACTIONS.writable(db, action_id, actor=actor)
    return record_check_in(db, action=action, author=author, data=data)


def record_check_in(db: Session, *, action: Action, author: User, data: CheckInCreate) -> CheckIn:
    if repository.check_in_exists(db, action.id, data.period):
        raise Conflict(
            _("This action already has a check-in for {period}.").format(period=data.period)
        )
    check_in = CheckIn(
        action_id=action.id,
        period=data.period,
        rag=data.rag,
        progress=data.progress,
        note=data.note.strip(),
        blockers=[blocker for blocker in data.blockers if blocker],
        created_by_id=author.id,
    )
    db.add(check_in)
    if action.latest_period is None or data.period > action.latest_period:
        action.latest_period, action.latest_rag = data.period, data.rag
    db.flush()
    ACTIONS.record(
        db, action, actor=author, action="check_in", changes=data.model_dump(mode="json")
    )
    db.refresh(check_in, ["created_by"])
    return check_in


def check_ins(db: Session, *, action_id: int, viewer: User | None) -> list[CheckInOut]:
    ACTIONS.get_visible(db, action_id, viewer=viewer)
    return [check_in_out(item) for item in repository.check_ins(db, action_id)]


# --- for city reports ----------------------------------------------------------------


def of_city(db: Session, *, city_id: int) -> list[Programme]:
    return repository.city_programmes(db, city_id)


def action_sdg_counts(db: Session, *, city_id: int) -> dict[tuple[int, int], int]:
    """(city id, SDG) → the city's published actions tagged with that SDG."""
    return repository.action_sdg_counts(db, city_id)


def actions_without_check_in(db: Session, *, city_id: int, year: int) -> list[tuple[int, str, int]]:
    """(id, title in the reader's language, programme) of the actions under way not followed
    up in ``year``."""
    return [
        (action.id, ACTIONS.shown_title(action), action.programme_id)
        for action in repository.actions_without_check_in(db, city_id, year)
    ]


# --- for a city's workspace -----------------------------------------------------------


def follow_up(
    db: Session, *, city_id: int
) -> tuple[str, list[ActionListItem], list[ActionListItem]]:
    """The quarter to report on, the actions still to check in for it, and the stalled ones."""
    today = utcnow().date()
    period = shifted(quarter_of(today), -1)
    since = quiet_since(today)
    due = repository.check_ins_due(db, city_id, period)
    stalled = repository.stalled_of_city(db, city_id, since)
    latest = repository.latest_check_ins(db, [action.id for action in [*due, *stalled]])
    return (
        period,
        [action_list_item(item, latest.get(item.id), since=since) for item in due],
        [action_list_item(item, latest.get(item.id), since=since) for item in stalled],
    )


def actions_of_initiative(db: Session, *, initiative_id: int) -> list[ActionListItem]:
    """The actions of programmes that build on a published initiative."""
    if not initiatives_service.published(db, ids=[initiative_id]):
        raise NotFound(_("There is no initiative with this number."))
    since = quiet_since(utcnow().date())
    actions = repository.actions_linking(db, initiative_id)
    latest = repository.latest_check_ins(db, [action.id for action in actions])
    return [action_list_item(item, latest.get(item.id), since=since) for item in actions]
