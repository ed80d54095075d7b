"""Journey templates: the built-in ones are reviewed data, platform admins may add more."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from polylog.accounts.models import User
from polylog.accounts.permissions import require_platform_admin
from polylog.core import audit
from polylog.core.errors import Conflict, NotFound, ValidationFailed
from polylog.core.i18n import current_language
from polylog.core.i18n import gettext as _
from polylog.core.translations import text_in
from polylog.journeys import repository
from polylog.journeys.models import JourneyTemplate
from polylog.journeys.schemas import (
    TemplateIn,
    TemplateOut,
    TemplateStageOut,
    TemplateTaskOut,
)

_DATA = Path(__file__).resolve().parent / "data" / "templates.json"


@cache
def built_in() -> dict[str, dict[str, Any]]:
    """The reviewed templates, checked once: keys unique, every label in four languages."""
    found: dict[str, dict[str, Any]] = {}
    for raw in json.loads(_DATA.read_text(encoding="utf-8")):
        template = TemplateIn.model_validate(raw)
        _check_unique_keys(template)
        found[template.key] = template.model_dump(mode="json")
    return found


def _check_unique_keys(template: TemplateIn) -> None:
    stage_keys = [stage.key for stage in template.stages]
    task_keys = [task.key for stage in template.stages for task in stage.tasks]
    for field, keys in (("stages", stage_keys), ("tasks", task_keys)):
        repeated = sorted({key for key in keys if keys.count(key) > 1})
        if repeated:
            raise ValidationFailed.on_field(
                field,
                _("Each key may appear once in a template: {keys}.").format(
                    keys=", ".join(repeated)
                ),
            )


def definition(db: Session, key: str) -> dict[str, Any]:
    found = built_in().get(key)
    if found is None:
        stored = repository.template(db, key)
        found = stored.definition if stored else None
    if found is None:
        raise NotFound(_("There is no journey template with this key."))
    return found


def everything(db: Session) -> list[dict[str, Any]]:
    return [*built_in().values(), *(row.definition for row in repository.templates(db))]


def label(labels: dict[str, str]) -> str:
    """A label in the reader's language (every template has all four; titles may not)."""
    return text_in(labels, current_language())


def to_out(raw: dict[str, Any]) -> TemplateOut:
    return TemplateOut(
        key=raw["key"],
        title=label(raw["title"]),
        stages=[
            TemplateStageOut(
                key=stage["key"],
                title=label(stage["title"]),
                tasks=[
                    TemplateTaskOut(
                        key=task["key"], title=label(task["title"]), required=task["required"]
                    )
                    for task in stage["tasks"]
                ],
            )
            for stage in raw["stages"]
        ],
    )


def add(db: Session, *, actor: User | None, data: TemplateIn) -> dict[str, Any]:
    admin = require_platform_admin(actor)
    _check_unique_keys(data)
    if data.key in built_in() or repository.template(db, data.key) is not None:
        raise Conflict(_("A journey template with this key already exists."))
    raw = data.model_dump(mode="json")
    db.add(JourneyTemplate(key=data.key, definition=raw, created_by_id=admin.id))
    db.flush()
    audit.record(
        db,
        actor_id=admin.id,
        city_id=None,
        action="create",
        entity_type="journey_template",
        entity_id=data.key,
        changes=raw,
    )
    return raw
