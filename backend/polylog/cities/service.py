"""Cities and their members: who may add, change and staff them."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy.orm import Session

from polylog.accounts import service as accounts_service
from polylog.accounts.models import Membership, User
from polylog.accounts.permissions import Action, require, require_platform_admin
from polylog.cities import repository
from polylog.cities.models import City
from polylog.cities.schemas import (
    AuditActor,
    AuditEntryOut,
    AuditPage,
    CityCreate,
    CityNames,
    CityOut,
    CityUpdate,
    Location,
    MemberAdd,
    MemberOut,
)
from polylog.core import audit
from polylog.core.errors import Conflict, NotFound
from polylog.core.i18n import as_language, current_language
from polylog.core.i18n import gettext as _
from polylog.core.types import is_slug


def to_out(city: City) -> CityOut:
    return CityOut(
        slug=city.slug,
        name=city.names.get(current_language()) or city.names["en"],
        names=CityNames.model_validate(city.names),
        country_code=city.country_code,
        timezone=city.timezone,
        default_language=as_language(city.default_language) or "en",
        location=Location(lat=city.latitude, lng=city.longitude),
    )


def member_out(membership: Membership, city: City) -> MemberOut:
    return MemberOut(
        user_id=membership.user_id,
        email=membership.user.email,
        display_name=membership.user.display_name,
        city=city.slug,
        role=membership.role,
    )


def slugs_by_id(session: Session, city_ids: Collection[int]) -> dict[int, str]:
    return repository.slugs_by_id(session, city_ids)


def list_all(session: Session) -> list[City]:
    return repository.list_cities(session)


def ids_for(session: Session, *, slugs: list[str]) -> list[int]:
    return repository.ids_for_slugs(session, slugs)


# An id no city has: what filtering by unknown cities looks for.
NO_CITY_ID = -1


def filter_ids(session: Session, *, slugs: Sequence[str]) -> list[int]:
    """The cities' ids a list is filtered by: none (any city) for no slugs; when none of the
    slugs is known, an id that matches nothing rather than the filter being ignored."""
    if not slugs:
        return []
    return ids_for(session, slugs=list(slugs)) or [NO_CITY_ID]


def get(session: Session, *, slug: str) -> City:
    city = repository.get_by_slug(session, slug) if is_slug(slug) else None
    if city is None:
        raise NotFound(_("There is no city with this address."))
    return city


def create(session: Session, *, actor: User | None, data: CityCreate) -> City:
    admin = require_platform_admin(actor)
    if repository.get_by_slug(session, data.slug) is not None:
        raise Conflict(_("A city with this slug already exists."))
    city = repository.add(
        session,
        City(
            slug=data.slug,
            names=data.names.model_dump(),
            country_code=data.country_code,
            timezone=data.timezone,
            default_language=data.default_language,
            latitude=data.location.lat,
            longitude=data.location.lng,
        ),
    )
    audit.record_on_city(
        session,
        actor_id=admin.id,
        city_id=city.id,
        action="create",
        changes=data.model_dump(mode="json"),
    )
    return city


def update(session: Session, *, actor: User | None, slug: str, data: CityUpdate) -> City:
    city = get(session, slug=slug)
    user = require(actor, Action.MANAGE_CITY, city.id)
    changes: dict[str, Any] = data.model_dump(mode="json", exclude_unset=True, exclude_none=True)
    if data.names is not None:
        city.names = data.names.model_dump()
    if data.location is not None:
        city.latitude, city.longitude = data.location.lat, data.location.lng
    for field in ("country_code", "timezone", "default_language"):
        if field in changes:
            setattr(city, field, changes[field])
    session.flush()
    audit.record_on_city(
        session,
        actor_id=user.id,
        city_id=city.id,
        action="update",
        changes=changes,
    )
    return city


def members(session: Session, *, actor: User | None, slug: str) -> list[MemberOut]:
    city = get(session, slug=slug)
    require(actor, Action.MANAGE_MEMBERS, city.id)
    return [member_out(m, city) for m in accounts_service.members_of(session, city_id=city.id)]


def add_member(session: Session, *, actor: User | None, slug: str, data: MemberAdd) -> MemberOut:
    city = get(session, slug=slug)
    user = require(actor, Action.MANAGE_MEMBERS, city.id)
    membership = accounts_service.add_membership(
        session, actor=user, city_id=city.id, email=data.email, role=data.role
    )
    added = next(
        m for m in accounts_service.members_of(session, city_id=city.id) if m.id == membership.id
    )
    return member_out(added, city)


def remove_member(session: Session, *, actor: User | None, slug: str, user_id: int) -> None:
    city = get(session, slug=slug)
    user = require(actor, Action.MANAGE_MEMBERS, city.id)
    accounts_service.remove_memberships(session, actor=user, city_id=city.id, user_id=user_id)


def audit_log(
    session: Session, *, actor: User | None, slug: str, page: int, per_page: int
) -> AuditPage:
    """What was done in the city's name, newest first (city admins, platform admins).

    A member's work for another city is that city's to see, not this one's.
    """
    city = get(session, slug=slug)
    require(actor, Action.MANAGE_MEMBERS, city.id)
    entries, total = audit.in_city(session, city.id, page=page, per_page=per_page)
    names = accounts_service.display_names(
        session, user_ids={entry.actor_id for entry in entries if entry.actor_id is not None}
    )
    return AuditPage(
        items=[
            AuditEntryOut(
                at=entry.at,
                actor=AuditActor(id=entry.actor_id, display_name=names[entry.actor_id])
                if entry.actor_id in names
                else None,
                action=entry.action,
                entity_type=entry.entity_type,
                entity_id=entry.entity_id,
                changes=entry.changes,
            )
            for entry in entries
        ],
        total=total,
        page=page,
        per_page=per_page,
    )
