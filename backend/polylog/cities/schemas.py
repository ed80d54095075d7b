from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, Field

from polylog.accounts.models import Role
from polylog.core.i18n import Language
from polylog.core.types import CleanText, CountryCode, Email, InputModel, Slug, TimeZoneName

CityNameText = Annotated[CleanText, Field(max_length=100)]


class Location(BaseModel):
    lat: float = Field(ge=-90, le=90)
    lng: float = Field(ge=-180, le=180)


class CityNames(InputModel):
    en: CityNameText
    tr: CityNameText
    fa: CityNameText
    fi: CityNameText


class CityCreate(InputModel):
    slug: Slug
    names: CityNames
    country_code: CountryCode
    timezone: TimeZoneName
    default_language: Language
    location: Location


class CityUpdate(InputModel):
    names: CityNames | None = None
    country_code: CountryCode | None = None
    timezone: TimeZoneName | None = None
    default_language: Language | None = None
    location: Location | None = None


class CityOut(BaseModel):
    slug: str
    name: str = Field(description="The name in the request's language.")
    names: CityNames
    country_code: str
    timezone: str
    default_language: Language
    location: Location


class MemberAdd(InputModel):
    email: Email
    role: Role


class MemberOut(BaseModel):
    user_id: int
    email: str
    display_name: str
    city: str
    role: Role


class AuditActor(BaseModel):
    id: int
    display_name: str


class AuditEntryOut(BaseModel):
    at: dt.datetime
    actor: AuditActor | None
    action: str
    entity_type: str
    entity_id: str
    changes: dict[str, object]


class AuditPage(BaseModel):
    items: list[AuditEntryOut]
    total: int
    page: int
    per_page: int
