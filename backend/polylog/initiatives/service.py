"""Initiatives: who may publish them, how edits are versioned, how they are read in any language."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from polylog.accounts.models import User
from polylog.accounts.permissions import Action, require, require_platform_admin
from polylog.cities import service as cities_service
from polylog.core import audit, versioning
from polylog.core.content import sync_texts, synced_links
from polylog.core.errors import NotFound, ValidationFailed
from polylog.core.i18n import current_language
from polylog.core.i18n import gettext as _
from polylog.core.translations import ordered_languages, pick_language
from polylog.initiatives import repository
from polylog.initiatives.models import (
    Indicator,
    Initiative,
    InitiativeSdg,
    InitiativeTheme,
    InitiativeTranslation,
    Measurement,
)
from polylog.initiatives.repository import InitiativeFilters
from polylog.initiatives.schemas import (
    IndicatorCreate,
    IndicatorOut,
    InitiativeCreate,
    InitiativeListItem,
    InitiativeLocation,
    InitiativeOut,
    InitiativeText,
    InitiativeUpdate,
    MeasurementCreate,
    MeasurementOut,
    Progress,
    RevisionAuthor,
    RevisionOut,
)
from polylog.search import service as search_service

ENTITY = "initiative"
_TEXT_FIELDS = ("title", "summary", "description", "purpose")


# --- reading ----------------------------------------------------------------


def _shown_translation(initiative: Initiative) -> InitiativeTranslation:
    language = pick_language(
        initiative.translations, requested=current_language(), original=initiative.original_language
    )
    return initiative.translations[language]


def _location(initiative: Initiative) -> InitiativeLocation | None:
    if initiative.latitude is None or initiative.longitude is None:
        return None
    return InitiativeLocation(
        lat=initiative.latitude, lng=initiative.longitude, district=initiative.district
    )


def to_list_item(initiative: Initiative) -> InitiativeListItem:
    shown = _shown_translation(initiative)
    return InitiativeListItem(
        id=initiative.id,
        city=initiative.city.slug,
        title=shown.title,
        summary=shown.summary,
        language=shown.language,
        languages=ordered_languages(initiative.translations),
        original_language=initiative.original_language,
        status=initiative.status,
        start_date=initiative.start_date,
        end_date=initiative.end_date,
        sdgs=initiative.sdgs,
        themes=initiative.themes,
        location=_location(initiative),
    )


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


def to_out(initiative: Initiative) -> InitiativeOut:
    shown = _shown_translation(initiative)
    return InitiativeOut(
        **to_list_item(initiative).model_dump(),
        description=shown.description,
        purpose=shown.purpose,
        target_groups=initiative.target_groups,
        partners=initiative.partners,
        website=initiative.website,
        translations={
            language: InitiativeText(**{f: getattr(text, f) for f in _TEXT_FIELDS})
            for language, text in sorted(initiative.translations.items())
        },
        indicators=[indicator_out(indicator) for indicator in initiative.indicators],
        version=initiative.version,
        created_at=initiative.created_at,
        updated_at=initiative.updated_at,
        deleted=initiative.is_deleted,
    )


def get_visible(session: Session, *, initiative_id: int, viewer: User | None) -> Initiative:
    """A published initiative; deleted ones only for platform admins."""
    initiative = repository.get(session, initiative_id)
    if initiative is None or (initiative.is_deleted and not (viewer and viewer.is_admin)):
        raise NotFound(_("There is no initiative with this number."))
    return initiative


def list_page(
    session: Session, *, filters: InitiativeFilters, page: int, per_page: int
) -> tuple[list[Initiative], int]:
    return repository.page(session, filters, page=page, per_page=per_page)


def revisions(session: Session, *, initiative_id: int, viewer: User | None) -> list[RevisionOut]:
    get_visible(session, initiative_id=initiative_id, viewer=viewer)
    return [
        RevisionOut(
            version=revision.version,
            changed_at=revision.changed_at,
            changed_by=RevisionAuthor(
                id=revision.changed_by.id, display_name=revision.changed_by.display_name
            )
            if revision.changed_by
            else None,
            changed_fields=revision.changed_fields,
            snapshot=revision.snapshot,
        )
        for revision in versioning.revisions_of(
            session, entity_type=ENTITY, entity_id=initiative_id
        )
    ]


# --- writing ----------------------------------------------------------------


def snapshot(initiative: Initiative) -> dict[str, Any]:
    """The initiative's whole editable state, as JSON, for revisions and change detection."""
    return {
        "original_language": initiative.original_language,
        "translations": {
            language: {f: getattr(text, f) for f in _TEXT_FIELDS}
            for language, text in sorted(initiative.translations.items())
        },
        "status": initiative.status.value,
        "start_date": initiative.start_date.isoformat() if initiative.start_date else None,
        "end_date": initiative.end_date.isoformat() if initiative.end_date else None,
        "target_groups": list(initiative.target_groups),
        "sdgs": initiative.sdgs,
        "themes": initiative.themes,
        "location": location.model_dump() if (location := _location(initiative)) else None,
        "partners": list(initiative.partners),
        "website": initiative.website,
    }


def _check_consistency(state: dict[str, Any]) -> None:
    original = state["original_language"]
    if original not in state["translations"]:
        raise ValidationFailed.on_field(
            f"translations.{original}", _("Write the initiative in its original language.")
        )
    if state["start_date"] and state["end_date"] and state["end_date"] < state["start_date"]:
        raise ValidationFailed.on_field(
            "end_date", _("The end date cannot be before the start date.")
        )


def _write(initiative: Initiative, state: dict[str, Any]) -> None:
    initiative.original_language = state["original_language"]
    initiative.status = state["status"]
    initiative.start_date = state["start_date"]
    initiative.end_date = state["end_date"]
    initiative.target_groups = list(state["target_groups"])
    initiative.partners = list(state["partners"])
    initiative.website = state["website"]
    location = state["location"]
    initiative.latitude = location["lat"] if location else None
    initiative.longitude = location["lng"] if location else None
    initiative.district = location.get("district") if location else None

    sync_texts(
        initiative.translations,
        state["translations"],
        make=lambda language, fields: InitiativeTranslation(language=language, **fields),
    )
    initiative.sdg_links = synced_links(
        initiative.sdg_links,
        state["sdgs"],
        value_of=lambda link: link.sdg,
        make=lambda sdg: InitiativeSdg(sdg=sdg),
    )
    initiative.theme_links = synced_links(
        initiative.theme_links,
        state["themes"],
        value_of=lambda link: link.theme,
        make=lambda theme: InitiativeTheme(theme=theme),
    )


def _state_from(data: InitiativeCreate | InitiativeUpdate, base: dict[str, Any]) -> dict[str, Any]:
    given = data.model_dump(mode="json", exclude_unset=True, exclude={"version", "city"})
    # null clears only what may be empty; for the rest it means "leave as it is".
    given = {key: value for key, value in given.items() if value is not None or key in _CLEARABLE}
    state = {**base, **{key: value for key, value in given.items() if key != "translations"}}
    translations = dict(base.get("translations", {}))
    for language, text in (given.get("translations") or {}).items():
        if text is None:
            translations.pop(language, None)
        else:
            translations[language] = text
    state["translations"] = translations
    return state


_CLEARABLE = frozenset({"start_date", "end_date", "location", "website"})
_EMPTY_STATE: dict[str, Any] = {
    "translations": {},
    "status": "planned",
    "start_date": None,
    "end_date": None,
    "target_groups": [],
    "sdgs": [],
    "themes": [],
    "location": None,
    "partners": [],
    "website": None,
}


def _typed(state: dict[str, Any]) -> dict[str, Any]:
    """JSON state back to Python values (dates) for the model."""
    return {
        **state,
        "start_date": date.fromisoformat(state["start_date"]) if state["start_date"] else None,
        "end_date": date.fromisoformat(state["end_date"]) if state["end_date"] else None,
    }


def create(session: Session, *, actor: User | None, data: InitiativeCreate) -> Initiative:
    try:
        city = cities_service.get(session, slug=data.city)
    except NotFound:
        raise ValidationFailed.on_field("city", _("There is no city with this address.")) from None
    user = require(actor, Action.PUBLISH_CONTENT, city.id)
    state = _state_from(data, _EMPTY_STATE)
    _check_consistency(state)
    initiative = Initiative(city_id=city.id, created_by_id=user.id, updated_by_id=user.id)
    initiative.translations = {}
    initiative.sdg_links, initiative.theme_links, initiative.indicators = [], [], []
    _write(initiative, _typed(state))
    repository.add(session, initiative)
    audit.record(
        session,
        actor_id=user.id,
        action="create",
        entity_type=ENTITY,
        entity_id=initiative.id,
        changes=state,
    )
    created = _reloaded(session, initiative.id)
    search_service.index_initiative(session, created)
    return created


def _reloaded(session: Session, initiative_id: int) -> Initiative:
    """The initiative read back with every relationship the response shows."""
    session.flush()
    existing = session.get(Initiative, initiative_id)
    if existing is not None:
        session.expire(existing)
    initiative = repository.get(session, initiative_id)
    assert initiative is not None
    return initiative


def _writable(
    session: Session, *, actor: User | None, initiative_id: int
) -> tuple[Initiative, User]:
    initiative = repository.get(session, initiative_id, for_update=True)
    if initiative is None or initiative.is_deleted:
        raise NotFound(_("There is no initiative with this number."))
    return initiative, require(actor, Action.PUBLISH_CONTENT, initiative.city_id)


def update(
    session: Session,
    *,
    actor: User | None,
    initiative_id: int,
    data: InitiativeUpdate,
    if_match: str | None,
) -> Initiative:
    initiative, user = _writable(session, actor=actor, initiative_id=initiative_id)
    versioning.expect_version(initiative, if_match=if_match, body_version=data.version)
    before = snapshot(initiative)
    after = _state_from(data, before)
    _check_consistency(after)
    _write(initiative, _typed(after))
    versioning.record_change(
        session, entity_type=ENTITY, entity=initiative, before=before, after=after, actor=user
    )
    updated = _reloaded(session, initiative.id)
    search_service.index_initiative(session, updated)
    return updated


def delete(session: Session, *, actor: User | None, initiative_id: int) -> None:
    initiative, user = _writable(session, actor=actor, initiative_id=initiative_id)
    versioning.soft_delete(session, entity_type=ENTITY, entity=initiative, actor=user)
    search_service.remove(session, search_service.INITIATIVE, initiative.id)


def restore(session: Session, *, actor: User | None, initiative_id: int) -> Initiative:
    admin = require_platform_admin(actor)
    initiative = repository.get(session, initiative_id, for_update=True)
    if initiative is None:
        raise NotFound(_("There is no initiative with this number."))
    versioning.restore(session, entity_type=ENTITY, entity=initiative, actor=admin)
    restored = _reloaded(session, initiative.id)
    search_service.index_initiative(session, restored)
    return restored


def add_indicator(
    session: Session, *, actor: User | None, initiative_id: int, data: IndicatorCreate
) -> Indicator:
    initiative, user = _writable(session, actor=actor, initiative_id=initiative_id)
    indicator = Indicator(
        initiative_id=initiative.id,
        name=dict(data.name),
        unit=data.unit.strip(),
        baseline=data.baseline,
        target=data.target,
        target_date=data.target_date,
    )
    indicator.measurements = []
    session.add(indicator)
    session.flush()
    audit.record(
        session,
        actor_id=user.id,
        action="add_indicator",
        entity_type=ENTITY,
        entity_id=initiative.id,
        changes=data.model_dump(mode="json") | {"indicator_id": indicator.id},
    )
    return indicator


def add_measurement(
    session: Session, *, actor: User | None, indicator_id: int, data: MeasurementCreate
) -> Indicator:
    indicator = repository.get_indicator(session, indicator_id)
    if indicator is None:
        raise NotFound(_("There is no indicator with this number."))
    _initiative, user = _writable(session, actor=actor, initiative_id=indicator.initiative_id)
    session.add(Measurement(indicator_id=indicator.id, measured_on=data.date, value=data.value))
    audit.record(
        session,
        actor_id=user.id,
        action="add_measurement",
        entity_type=ENTITY,
        entity_id=indicator.initiative_id,
        changes={"indicator_id": indicator.id, **data.model_dump(mode="json")},
    )
    session.flush()
    session.expire(indicator)
    reloaded = repository.get_indicator(session, indicator_id)
    assert reloaded is not None
    return reloaded


def similar(
    session: Session, *, initiative_id: int, viewer: User | None, limit: int
) -> list[tuple[Initiative, float]]:
    """Other cities' initiatives on the same subject, in any language, closest first."""
    get_visible(session, initiative_id=initiative_id, viewer=viewer)
    scored = search_service.similar(
        session, entity_type=search_service.INITIATIVE, entity_id=initiative_id, limit=limit
    )
    found = {
        item.id: item for item in repository.by_ids(session, [item_id for item_id, _ in scored])
    }
    return [(found[item_id], score) for item_id, score in scored if item_id in found]


def sdg_counts(session: Session, *, city_id: int | None = None) -> dict[tuple[int, int], int]:
    return repository.sdg_counts(session, city_id)


def published(session: Session, *, ids: list[int]) -> list[Initiative]:
    """The initiatives among ``ids`` that exist and are not deleted, by id."""
    found = repository.by_ids(session, ids)
    return sorted((item for item in found if not item.is_deleted), key=lambda item: item.id)
