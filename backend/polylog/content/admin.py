"""Deleted content of every kind, for the platform admins who may restore it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy.orm import Session

from polylog.accounts.dependencies import OptionalUser
from polylog.accounts.models import User
from polylog.cities import service as cities_service
from polylog.content.kind import KINDS
from polylog.content.schemas import DeletedItem, DeletedPage
from polylog.core.db import SessionDep
from polylog.core.errors import Forbidden, Unauthorized, ValidationFailed, problem_responses
from polylog.core.i18n import gettext as _
from polylog.core.types import PageNumber, PerPage

router = APIRouter(tags=["content"])


def deleted_page(
    db: Session, *, actor: User | None, kind: str, page: int, per_page: int
) -> DeletedPage:
    found = KINDS.get(kind)
    if found is None:
        raise ValidationFailed.on_field(
            "kind", _("{value} is not a known value.").format(value=kind)
        )
    items, total = found.deleted(db, actor=actor, page=page, per_page=per_page)
    slugs = cities_service.slugs_by_id(db, {found.city_id_of(item) for item in items})
    return DeletedPage(
        items=[
            DeletedItem(
                kind=found.name,
                id=item.id,
                title=found.shown(item).title,
                language=found.shown(item).language,
                city=slugs[found.city_id_of(item)],
                deleted_at=item.deleted_at,
            )
            for item in items
            if item.deleted_at is not None
        ],
        total=total,
        page=page,
        per_page=per_page,
    )


@router.get("/deleted", responses=problem_responses(Unauthorized, Forbidden, ValidationFailed))
def list_deleted(
    db: SessionDep,
    user: OptionalUser,
    kind: Annotated[str, Query(max_length=32, description="initiative, practice, programme, ...")],
    page: PageNumber = 1,
    per_page: PerPage = 20,
) -> DeletedPage:
    return deleted_page(db, actor=user, kind=kind, page=page, per_page=per_page)
