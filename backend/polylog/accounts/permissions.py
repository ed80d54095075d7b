"""The one place that answers: may this user do this for that city?"""

from __future__ import annotations

import enum

from polylog.accounts.models import Role, User
from polylog.core.errors import Forbidden, Unauthorized
from polylog.core.i18n import gettext as _


class Action(enum.StrEnum):
    MANAGE_CITY = "manage_city"
    MANAGE_MEMBERS = "manage_members"
    PUBLISH_CONTENT = "publish_content"
    ORGANISE_SESSIONS = "organise_sessions"
    KEEP_PROGRAMMES = "keep_programmes"
    COACH = "coach"
    ACT_FOR_CITY = "act_for_city"


_ROLES_FOR: dict[Action, frozenset[Role]] = {
    Action.MANAGE_CITY: frozenset({Role.CITY_ADMIN}),
    Action.MANAGE_MEMBERS: frozenset({Role.CITY_ADMIN}),
    Action.PUBLISH_CONTENT: frozenset({Role.DELEGATE}),
    Action.ORGANISE_SESSIONS: frozenset({Role.ORGANISER}),
    Action.KEEP_PROGRAMMES: frozenset({Role.DELEGATE, Role.CITY_ADMIN}),
    Action.COACH: frozenset({Role.CITY_ADMIN, Role.ORGANISER}),
    Action.ACT_FOR_CITY: frozenset(Role),
}


def may(user: User | None, action: Action, city_id: int) -> bool:
    if user is None:
        return False
    if user.is_admin:
        return True
    allowed = _ROLES_FOR[action]
    return any(m.city_id == city_id and m.role in allowed for m in user.memberships)


def require(user: User | None, action: Action, city_id: int) -> User:
    if user is None:
        raise Unauthorized()
    if not may(user, action, city_id):
        raise Forbidden(_("Your role in this city does not allow this."))
    return user


def require_platform_admin(user: User | None) -> User:
    if user is None:
        raise Unauthorized()
    if not user.is_admin:
        raise Forbidden(_("Only platform administrators may do this."))
    return user
