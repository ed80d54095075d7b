from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, status

from polylog.accounts import service
from polylog.accounts.dependencies import CurrentToken, CurrentUser
from polylog.accounts.schemas import ProfileUpdate, RegisterRequest, TokenOut, UserOut
from polylog.core.db import SessionDep
from polylog.core.errors import (
    Conflict,
    TooManyRequests,
    Unauthorized,
    ValidationFailed,
    problem_responses,
)

router = APIRouter(tags=["accounts"])


@router.post(
    "/auth/register",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(Conflict, ValidationFailed),
)
def register(session: SessionDep, data: RegisterRequest) -> UserOut:
    return service.to_out(session, service.register(session, data=data))


@router.post(
    "/auth/token", responses=problem_responses(Unauthorized, TooManyRequests, ValidationFailed)
)
def issue_token(
    request: Request,
    session: SessionDep,
    username: Annotated[str, Form(max_length=254, description="The account's e-mail address.")],
    password: Annotated[str, Form(max_length=1024)],
) -> TokenOut:
    settings = request.app.state.settings
    token, _user = service.sign_in(
        session,
        email=username,
        password=password,
        client_address=request.client.host if request.client else "unknown",
        throttle=request.app.state.login_throttle,
        token_ttl_seconds=settings.token_ttl_seconds,
    )
    return TokenOut(access_token=token, expires_in=settings.token_ttl_seconds)


@router.post(
    "/auth/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(Unauthorized),
)
def logout(session: SessionDep, token: CurrentToken) -> None:
    service.sign_out(session, token=token)


@router.get("/me", responses=problem_responses(Unauthorized))
def me(session: SessionDep, user: CurrentUser) -> UserOut:
    return service.to_out(session, user)


@router.patch("/me", responses=problem_responses(Unauthorized, ValidationFailed))
def update_me(session: SessionDep, user: CurrentUser, data: ProfileUpdate) -> UserOut:
    return service.to_out(session, service.update_profile(session, user=user, data=data))
