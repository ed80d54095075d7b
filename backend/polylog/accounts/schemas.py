from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from polylog.accounts.models import Role
from polylog.core.config import MIN_PASSWORD_LENGTH
from polylog.core.i18n import Language
from polylog.core.types import CleanText, Email, InputModel

Password = Annotated[str, Field(min_length=MIN_PASSWORD_LENGTH, max_length=1024)]
DisplayName = Annotated[CleanText, Field(max_length=100)]


class RegisterRequest(InputModel):
    email: Email
    password: Password
    display_name: DisplayName
    preferred_language: Language


class ProfileUpdate(InputModel):
    display_name: DisplayName | None = None
    preferred_language: Language | None = None


class MembershipOut(BaseModel):
    city: str = Field(description="The city's slug.")
    role: Role


class UserOut(BaseModel):
    id: int
    email: str
    display_name: str
    preferred_language: Language
    is_admin: bool
    memberships: list[MembershipOut]


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"  # noqa: S105 - the OAuth2 token type, not a secret
    expires_in: int = Field(description="Seconds until the token expires.")
