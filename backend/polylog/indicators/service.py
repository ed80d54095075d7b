"""Indicators and their measurements, whoever owns them.

An indicator belongs to an initiative (its results) or a programme (its
targets). Whoever may edit the owner may add indicators and measurements; the
owner kinds register here (``owned_by``), so this package needs none of them.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy.orm import Session

from polylog.accounts.models import User
from polylog.content.kind import ContentKind
from polylog.core.errors import NotFound
from polylog.core.i18n import current_language
from polylog.core.i18n import gettext as _
from polylog.core.translations import pick_language
from polylog.indicators import repository
from polylog.indicators.models import Indicator, Measurement
from polylog.indicators.schemas import (
    IndicatorCreate,
    IndicatorOut,
    MeasurementCreate,
    MeasurementOut,
    Progress,
)

OwnerColumn = Literal["initiative_id", "programme_id"]
_owners: dict[str, ContentKind[Any]] = {}


def owned_by(column: OwnerColumn, kind: ContentKind[Any]) -> None:
    """Indicators whose ``column`` is set belong to items of ``kind``."""
    _owners[column] = kind


def progress_of(indicator: Indicator) -> Progress:
    if not indicator.measurements:
        return Progress(latest_value=None, latest_date=None, ratio=None)
    latest = indicator.measurements[-1]
    span = indicator.target - indicator.baseline
    if span == 0:
        ratio = 1.0 if latest.value == indicator.target else 0.0
    else:
        ratio = min(1.0, max(0.0, (latest.value - indicator.baseline) / span))
    return Progress(
        latest_value=latest.value, latest_date=latest.measured_on, ratio=round(ratio, 4)
    )


def indicator_out(indicator: Indicator) -> IndicatorOut:
    names: dict[str, str] = indicator.name
    language = pick_language(names, requested=current_language(), original=next(iter(names)))
    return IndicatorOut(
        id=indicator.id,
        initiative_id=indicator.initiative_id,
        programme_id=indicator.programme_id,
        name=names[language],
        names=names,
        language=language,
        unit=indicator.unit,
        baseline=indicator.baseline,
        target=indicator.target,
        target_date=indicator.target_date,
        measurements=[
            MeasurementOut(id=m.id, date=m.measured_on, value=m.value)
            for m in indicator.measurements
        ],
        progress=progress_of(indicator),
    )


def add(
    db: Session,
    *,
    actor: User | None,
    owner: OwnerColumn,
    owner_id: int,
    data: IndicatorCreate,
) -> Indicator:
    kind = _owners[owner]
    item, user = kind.writable(db, owner_id, actor=actor)
    indicator = Indicator(
        city_id=kind.city_id_of(item),
        name=dict(data.name),
        unit=data.unit.strip(),
        baseline=data.baseline,
        target=data.target,
        target_date=data.target_date,
    )
    setattr(indicator, owner, owner_id)
    indicator.measurements = []
    db.add(indicator)
    db.flush()
    kind.record(
        db,
        item,
        actor=user,
        action="add_indicator",
        changes=data.model_dump(mode="json") | {"indicator_id": indicator.id},
    )
    return indicator


def _owner_of(indicator: Indicator) -> tuple[OwnerColumn, int]:
    if indicator.initiative_id is not None:
        return "initiative_id", indicator.initiative_id
    assert indicator.programme_id is not None
    return "programme_id", indicator.programme_id


def add_measurement(
    db: Session, *, actor: User | None, indicator_id: int, data: MeasurementCreate
) -> Indicator:
    indicator = repository.get(db, indicator_id)
    if indicator is None:
        raise NotFound(_("There is no indicator with this number."))
    column, owner_id = _owner_of(indicator)
    kind = _owners[column]
    item, user = kind.writable(db, owner_id, actor=actor)
    db.add(Measurement(indicator_id=indicator.id, measured_on=data.date, value=data.value))
    kind.record(
        db,
        item,
        actor=user,
        action="add_measurement",
        changes={"indicator_id": indicator.id, **data.model_dump(mode="json")},
    )
    db.flush()
    db.expire(indicator)
    reloaded = repository.get(db, indicator_id)
    assert reloaded is not None
    return reloaded
