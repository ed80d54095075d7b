from __future__ import annotations

from fastapi import APIRouter, status

from polylog.accounts.dependencies import OptionalUser
from polylog.cities import service
from polylog.cities.schemas import AuditPage, CityCreate, CityOut, CityUpdate, MemberAdd, MemberOut
from polylog.core.db import SessionDep
from polylog.core.errors import (
    ACCESS_ERRORS,
    WRITE_ERRORS,
    Conflict,
    Forbidden,
    NotFound,
    Unauthorized,
    ValidationFailed,
    problem_responses,
)
from polylog.core.types import Id, PageNumber, PerPage

router = APIRouter(prefix="/cities", tags=["cities"])


@router.get("")
def list_cities(session: SessionDep) -> list[CityOut]:
    return [service.to_out(city) for city in service.list_all(session)]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(Unauthorized, Forbidden, Conflict, ValidationFailed),
)
def create_city(session: SessionDep, user: OptionalUser, data: CityCreate) -> CityOut:
    return service.to_out(service.create(session, actor=user, data=data))


@router.get("/{slug}", responses=problem_responses(NotFound))
def get_city(session: SessionDep, slug: str) -> CityOut:
    return service.to_out(service.get(session, slug=slug))


@router.patch("/{slug}", responses=problem_responses(*WRITE_ERRORS))
def update_city(session: SessionDep, user: OptionalUser, slug: str, data: CityUpdate) -> CityOut:
    return service.to_out(service.update(session, actor=user, slug=slug, data=data))


@router.get("/{slug}/members", responses=problem_responses(*ACCESS_ERRORS))
def list_members(session: SessionDep, user: OptionalUser, slug: str) -> list[MemberOut]:
    return service.members(session, actor=user, slug=slug)


@router.post(
    "/{slug}/members",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*WRITE_ERRORS, Conflict),
)
def add_member(session: SessionDep, user: OptionalUser, slug: str, data: MemberAdd) -> MemberOut:
    return service.add_member(session, actor=user, slug=slug, data=data)


@router.delete(
    "/{slug}/members/{user_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(*ACCESS_ERRORS),
)
def remove_member(session: SessionDep, user: OptionalUser, slug: str, user_id: Id) -> None:
    service.remove_member(session, actor=user, slug=slug, user_id=user_id)


@router.get("/{slug}/audit", responses=problem_responses(*ACCESS_ERRORS))
def city_audit_log(
    session: SessionDep,
    user: OptionalUser,
    slug: str,
    page: PageNumber = 1,
    per_page: PerPage = 50,
) -> AuditPage:
    return service.audit_log(session, actor=user, slug=slug, page=page, per_page=per_page)
