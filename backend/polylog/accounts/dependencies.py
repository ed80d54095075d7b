"""Who is calling: the bearer token resolved once per request."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer

from polylog.accounts import service
from polylog.accounts.models import AccessToken, User
from polylog.core.db import SessionDep
from polylog.core.errors import Unauthorized
from polylog.core.i18n import gettext as _

_bearer = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


def current_token(
    session: SessionDep, token: Annotated[str | None, Depends(_bearer)]
) -> AccessToken | None:
    if token is None:
        return None
    access = service.authenticate(session, token=token)
    if access is None:
        raise Unauthorized(_("Your session has expired. Sign in again."))
    return access


def optional_user(access: Annotated[AccessToken | None, Depends(current_token)]) -> User | None:
    return access.user if access else None


def required_token(access: Annotated[AccessToken | None, Depends(current_token)]) -> AccessToken:
    if access is None:
        raise Unauthorized()
    return access


def required_user(access: Annotated[AccessToken, Depends(required_token)]) -> User:
    return access.user


OptionalUser = Annotated[User | None, Depends(optional_user)]
CurrentUser = Annotated[User, Depends(required_user)]
CurrentToken = Annotated[AccessToken, Depends(required_token)]
