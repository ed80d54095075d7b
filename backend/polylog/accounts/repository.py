"""Every query of the accounts domain."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from polylog.accounts.models import AccessToken, Membership, Role, User


def _with_memberships() -> LoaderOption:
    return selectinload(User.memberships)


def get_user_by_email(session: Session, email: str) -> User | None:
    return session.scalars(
        select(User).where(User.email == email).options(_with_memberships())
    ).one_or_none()


def get_user(session: Session, user_id: int) -> User | None:
    return session.scalars(
        select(User).where(User.id == user_id).options(_with_memberships())
    ).one_or_none()


def display_names(session: Session, user_ids: Collection[int]) -> dict[int, str]:
    if not user_ids:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(user_ids)))
    return {user_id: name for user_id, name in rows}


def add_user(session: Session, user: User) -> User:
    session.add(user)
    session.flush()
    return user


def get_active_token(session: Session, token_hash: str, now: datetime) -> AccessToken | None:
    return (
        session.scalars(
            select(AccessToken)
            .where(
                AccessToken.token_hash == token_hash,
                AccessToken.revoked_at.is_(None),
                AccessToken.expires_at > now,
            )
            # One round trip: every request that carries a token runs this query.
            .options(joinedload(AccessToken.user).joinedload(User.memberships))
        )
        .unique()
        .one_or_none()
    )


def add_token(session: Session, token: AccessToken) -> None:
    session.add(token)
    session.flush()


def delete_expired_tokens(session: Session, now: datetime) -> None:
    session.execute(delete(AccessToken).where(AccessToken.expires_at <= now))


def city_members(session: Session, city_id: int) -> list[Membership]:
    return list(
        session.scalars(
            select(Membership)
            .where(Membership.city_id == city_id)
            .options(selectinload(Membership.user))
            .order_by(Membership.user_id, Membership.role)
        )
    )


def find_membership(session: Session, user_id: int, city_id: int, role: Role) -> Membership | None:
    return session.scalars(
        select(Membership).where(
            Membership.user_id == user_id, Membership.city_id == city_id, Membership.role == role
        )
    ).one_or_none()


def add_membership(session: Session, membership: Membership) -> Membership:
    session.add(membership)
    session.flush()
    return membership


def delete_memberships(session: Session, user_id: int, city_id: int) -> int:
    result = session.execute(
        delete(Membership).where(Membership.user_id == user_id, Membership.city_id == city_id)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
