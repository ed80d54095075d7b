"""Accounts: registration, sign-in with tokens, profiles and memberships."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from polylog.accounts import repository
from polylog.accounts.models import AccessToken, Membership, Role, User
from polylog.accounts.schemas import MembershipOut, ProfileUpdate, RegisterRequest, UserOut
from polylog.core import audit, security
from polylog.core.db import utcnow
from polylog.core.errors import Conflict, NotFound, TooManyRequests, Unauthorized, ValidationFailed
from polylog.core.i18n import Language, as_language
from polylog.core.i18n import gettext as _
from polylog.core.rate_limit import LoginThrottle

# city id → slug, for the memberships shown; handed over when the app is assembled.
CitySlugs = Callable[[Session, Collection[int]], Mapping[int, str]]
_city_slugs: list[CitySlugs] = []


def use_city_slugs(slugs: CitySlugs) -> None:
    """Tells accounts how to name a city in the API: the cities package owns their slugs."""
    _city_slugs[:] = [slugs]


def to_out(session: Session, user: User) -> UserOut:
    if not _city_slugs:
        raise RuntimeError("accounts.service.use_city_slugs() was not called")
    slugs = _city_slugs[0](session, {m.city_id for m in user.memberships})
    return UserOut(
        id=user.id,
        email=user.email,
        display_name=user.display_name,
        preferred_language=as_language(user.preferred_language) or "en",
        is_admin=user.is_admin,
        memberships=[
            MembershipOut(city=slugs[m.city_id], role=m.role)
            for m in sorted(user.memberships, key=lambda m: (slugs[m.city_id], m.role))
        ],
    )


def register(session: Session, *, data: RegisterRequest) -> User:
    if repository.get_user_by_email(session, data.email) is not None:
        raise Conflict(_("An account with this e-mail address already exists."))
    user = create_user(
        session,
        email=data.email,
        password=data.password,
        display_name=data.display_name,
        preferred_language=data.preferred_language,
    )
    _record_on_account(session, user, "register")
    return user


def create_user(
    session: Session,
    *,
    email: str,
    password: str | None = None,
    password_hash: str | None = None,
    display_name: str,
    preferred_language: Language,
    is_admin: bool = False,
) -> User:
    """A user with ``password``, or with ``password_hash`` when it is already hashed."""
    if (password is None) == (password_hash is None):
        raise ValueError("give either password or password_hash")
    user = repository.add_user(
        session,
        User(
            email=email.lower(),
            password_hash=password_hash or security.hash_password(password or ""),
            display_name=display_name,
            preferred_language=preferred_language,
            is_admin=is_admin,
        ),
    )
    return get(session, user_id=user.id)


def get(session: Session, *, user_id: int) -> User:
    user = repository.get_user(session, user_id)
    if user is None:
        raise NotFound()
    return user


def find_by_email(session: Session, *, email: str) -> User | None:
    return repository.get_user_by_email(session, email.strip().lower())


def sign_in(
    session: Session,
    *,
    email: str,
    password: str,
    client_address: str,
    throttle: LoginThrottle,
    token_ttl_seconds: int,
) -> tuple[str, User]:
    """A new access token for valid credentials; failures count against the limits."""
    email = email.strip().lower()
    wait = throttle.retry_after(account=email, address=client_address)
    if wait is not None:
        raise TooManyRequests(
            _("Too many failed sign-in attempts. Try again later."), retry_after_seconds=wait
        )

    user = repository.get_user_by_email(session, email)
    if user is None or not security.verify_password(user.password_hash, password):
        throttle.record_failure(account=email, address=client_address)
        raise Unauthorized(_("The e-mail address or password is wrong."))

    if security.needs_rehash(user.password_hash):
        user.password_hash = security.hash_password(password)
    token = security.new_token()
    now = utcnow()
    repository.delete_expired_tokens(session, now)
    repository.add_token(
        session,
        AccessToken(
            user_id=user.id,
            token_hash=security.token_digest(token),
            expires_at=now + timedelta(seconds=token_ttl_seconds),
        ),
    )
    return token, user


def authenticate(session: Session, *, token: str) -> AccessToken | None:
    return repository.get_active_token(session, security.token_digest(token), utcnow())


def sign_out(session: Session, *, token: AccessToken) -> None:
    token.revoked_at = utcnow()
    session.flush()


def update_profile(session: Session, *, user: User, data: ProfileUpdate) -> User:
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    for field, value in changes.items():
        setattr(user, field, value)
    session.flush()
    _record_on_account(session, user, "update", changes)
    return user


def _record_on_account(
    session: Session, user: User, action: str, changes: dict[str, Any] | None = None
) -> None:
    """Records what people did to their own account: in no city's name."""
    audit.record(
        session,
        actor_id=user.id,
        city_id=None,
        action=action,
        entity_type="user",
        entity_id=user.id,
        changes=changes,
    )


def display_names(session: Session, *, user_ids: Collection[int]) -> dict[int, str]:
    """The names people chose to be shown by, for the ids that still have an account."""
    return repository.display_names(session, user_ids)


def members_of(session: Session, *, city_id: int) -> list[Membership]:
    return repository.city_members(session, city_id)


def add_membership(
    session: Session, *, actor: User, city_id: int, email: str, role: Role
) -> Membership:
    member = find_by_email(session, email=email)
    if member is None:
        raise ValidationFailed.on_field("email", _("No account uses this e-mail address."))
    if repository.find_membership(session, member.id, city_id, role) is not None:
        raise Conflict(_("This person already has that role in this city."))
    membership = repository.add_membership(
        session, Membership(user_id=member.id, city_id=city_id, role=role)
    )
    audit.record_on_city(
        session,
        actor_id=actor.id,
        city_id=city_id,
        action="add_member",
        changes={"user_id": member.id, "role": role.value},
    )
    return membership


def remove_memberships(session: Session, *, actor: User, city_id: int, user_id: int) -> None:
    if repository.delete_memberships(session, user_id, city_id) == 0:
        raise NotFound(_("This person is not a member of this city."))
    audit.record_on_city(
        session,
        actor_id=actor.id,
        city_id=city_id,
        action="remove_member",
        changes={"user_id": user_id},
    )
