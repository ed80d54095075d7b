"""Initiatives: who may publish them, how edits are versioned, how they are read in any language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from polylog.accounts.models import User
from polylog.content.fields import DATE, Computed, Fields, Scalar, Texts, enum_codec, sdgs, themes
from polylog.content.kind import Change, ContentKind, SearchAdapter
from polylog.core.errors import ValidationFailed
from polylog.core.i18n import L_
from polylog.core.i18n import gettext as _
from polylog.indicators import service as indicators_service
from polylog.initiatives import repository
from polylog.initiatives.models import (
    Initiative,
    InitiativeSdg,
    InitiativeTheme,
    InitiativeTranslation,
    Status,
)
from polylog.initiatives.schemas import (
    InitiativeCreate,
    InitiativeListItem,
    InitiativeLocation,
    InitiativeOut,
    InitiativeText,
)
from polylog.initiatives.search import KIND as SEARCH_KIND
from polylog.initiatives.search import body as search_body

ENTITY = "initiative"
_TEXT_FIELDS = ("title", "summary", "description", "purpose")


def _location_of(initiative: Initiative) -> dict[str, Any] | None:
    location = _location(initiative)
    return location.model_dump() if location else None


def _write_location(initiative: Initiative, location: dict[str, Any] | None) -> None:
    initiative.latitude = location["lat"] if location else None
    initiative.longitude = location["lng"] if location else None
    initiative.district = location.get("district") if location else None


class Initiatives(ContentKind[Initiative]):
    name = ENTITY
    not_found_message = L_("There is no initiative with this number.")
    original_language_message = L_("Write the initiative in its original language.")
    repository = repository.INITIATIVES
    search = SearchAdapter(SEARCH_KIND, search_body)
    fields = Fields(
        (
            Scalar("original_language"),
            Texts(InitiativeTranslation, _TEXT_FIELDS),
            Scalar("status", codec=enum_codec(Status), default=Status.PLANNED.value),
            Scalar("start_date", codec=DATE, clearable=True),
            Scalar("end_date", codec=DATE, clearable=True),
            Scalar("target_groups", default=list),
            sdgs(InitiativeSdg),
            themes(InitiativeTheme),
            Computed("location", _location_of, _write_location, clearable=True),
            Scalar("partners", default=list),
            Scalar("website", clearable=True),
        )
    )

    def check(self, db: Session, state: Mapping[str, Any], change: Change) -> None:
        if state["start_date"] and state["end_date"] and state["end_date"] < state["start_date"]:
            raise ValidationFailed.on_field(
                "end_date", _("The end date cannot be before the start date.")
            )

    def initialise(self, item: Initiative) -> None:
        item.indicators = []


INITIATIVES = Initiatives()
indicators_service.owned_by("initiative_id", INITIATIVES)


# --- reading ----------------------------------------------------------------


def _location(initiative: Initiative) -> InitiativeLocation | None:
    if initiative.latitude is None or initiative.longitude is None:
        return None
    return InitiativeLocation(
        lat=initiative.latitude, lng=initiative.longitude, district=initiative.district
    )


def to_list_item(initiative: Initiative) -> InitiativeListItem:
    return InitiativeListItem(
        **INITIATIVES.listed(initiative),
        city=initiative.city.slug,
        summary=INITIATIVES.shown(initiative).summary,
        status=initiative.status,
        start_date=initiative.start_date,
        end_date=initiative.end_date,
        location=_location(initiative),
    )


def to_out(initiative: Initiative) -> InitiativeOut:
    shown = INITIATIVES.shown(initiative)
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
        indicators=[indicators_service.indicator_out(item) for item in initiative.indicators],
        **INITIATIVES.history_fields(initiative),
    )


def get_visible(session: Session, *, initiative_id: int, viewer: User | None) -> Initiative:
    """A published initiative; deleted ones only for platform admins."""
    return INITIATIVES.get_visible(session, initiative_id, viewer=viewer)


# --- writing ----------------------------------------------------------------


def create(session: Session, *, actor: User | None, data: InitiativeCreate) -> Initiative:
    return INITIATIVES.create(session, actor=actor, data=data)


def with_indicators(session: Session, *, city_id: int) -> list[Initiative]:
    """The city's published initiatives that measure something, with their indicators."""
    return repository.with_indicators(session, city_id)


def sdg_counts(session: Session, *, city_id: int | None = None) -> dict[tuple[int, int], int]:
    return repository.sdg_counts(session, city_id)


def published(session: Session, *, ids: list[int]) -> list[Initiative]:
    """The initiatives among ``ids`` that exist and are not deleted, by id."""
    found = repository.by_ids(session, ids)
    return sorted((item for item in found if not item.is_deleted), key=lambda item: item.id)
