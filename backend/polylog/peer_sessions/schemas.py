from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, Field, HttpUrl

from polylog.content.schemas import HostedItemFields, ItemText, ItemUpdate
from polylog.core.i18n import Language
from polylog.core.types import CleanText, Id, InputModel, Slug, TimeZoneName
from polylog.peer_sessions.models import BookingStatus, Format, Kind
from polylog.taxonomy.types import SdgList, ThemeList

SpokenLanguages = Annotated[list[Language], Field(min_length=1, max_length=4)]


class SessionText(ItemText):
    description: str = Field(default="", max_length=20000)


class _SessionFields(HostedItemFields):
    translations: dict[Language, SessionText] = Field(min_length=1)
    kind: Kind
    format: Format
    timezone: TimeZoneName = Field(description="The host's IANA time zone.")
    capacity: int = Field(ge=1, le=10000)
    languages: SpokenLanguages = Field(description="Languages spoken in the session.")
    interpretation: bool = False
    registration_closes_at: AwareDatetime | None = None
    venue: Annotated[CleanText, Field(max_length=300)] | None = None
    online_url: HttpUrl | None = Field(default=None, max_length=2000)
    themes: ThemeList = Field(default_factory=list)
    sdgs: SdgList = Field(default_factory=list)
    series: Annotated[CleanText, Field(max_length=120)] | None = None
    journey_id: Id | None = Field(
        default=None, description="The coaching journey the session belongs to."
    )


class SessionCreate(_SessionFields):
    starts_at: AwareDatetime
    ends_at: AwareDatetime


class Occurrence(InputModel):
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    registration_closes_at: AwareDatetime | None = None


class SeriesCreate(_SessionFields):
    """One request for a series of dated sessions sharing everything but their times."""

    series: Annotated[CleanText, Field(max_length=120)]
    occurrences: list[Occurrence] = Field(min_length=1, max_length=52)


class SessionUpdate(ItemUpdate):
    translations: dict[Language, SessionText | None] | None = None
    kind: Kind | None = None
    format: Format | None = None
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    timezone: TimeZoneName | None = None
    capacity: int | None = Field(default=None, ge=1, le=10000)
    languages: SpokenLanguages | None = None
    interpretation: bool | None = None
    registration_closes_at: AwareDatetime | None = None
    venue: Annotated[CleanText, Field(max_length=300)] | None = None
    online_url: HttpUrl | None = Field(default=None, max_length=2000)
    themes: ThemeList | None = None
    sdgs: SdgList | None = None
    series: Annotated[CleanText, Field(max_length=120)] | None = None
    journey_id: Id | None = None
    draft: bool | None = Field(default=None, description="False publishes a draft.")


class SessionListItem(BaseModel):
    id: int
    host_city: str
    title: str
    language: str = Field(description="The language of the title and description returned.")
    text_languages: list[str] = Field(description="Every language the session is described in.")
    original_language: str
    kind: Kind
    format: Format
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    capacity: int
    languages: list[str] = Field(description="Languages spoken in the session.")
    interpretation: bool
    registration_closes_at: dt.datetime | None
    registration_open: bool
    series: str | None
    journey_id: int | None = Field(default=None, description="The coaching journey, if any.")
    themes: list[str]
    sdgs: list[int]
    cancelled: bool
    draft: bool = Field(description="Not published yet: seen only by the host's organisers.")
    seats_taken: int
    seats_left: int
    waitlist: int = Field(description="Bookings waiting for seats.")


class SessionPage(BaseModel):
    items: list[SessionListItem]
    total: int
    page: int
    per_page: int


class SessionOut(SessionListItem):
    description: str
    translations: dict[str, SessionText]
    venue: str | None
    online_url: str | None = Field(description="Only for organisers and confirmed participants.")
    local_times: dict[str, dt.datetime]
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class BookingCreate(InputModel):
    seats: int = Field(default=1, ge=1, le=10000)
    city: Slug | None = Field(default=None, description="Book for this city's delegation.")
    languages: list[Language] = Field(default_factory=list, max_length=4)
    note: str = Field(default="", max_length=1000)


class BookingSession(BaseModel):
    id: int
    title: str
    language: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    host_city: str
    cancelled: bool


class BookingPerson(BaseModel):
    id: int
    display_name: str
    email: str


class BookingOut(BaseModel):
    id: int
    session: int
    status: BookingStatus
    seats: int
    position: int | None = Field(description="Place in the waitlist, else null.")
    city: str | None
    languages: list[str]
    note: str
    created_at: dt.datetime
    attended: bool
    certificate_code: str | None


class MyBookingOut(BookingOut):
    session_detail: BookingSession


class OrganiserBookingOut(BookingOut):
    person: BookingPerson


class AttendanceRequest(InputModel):
    booking_ids: list[Id] = Field(min_length=1, max_length=1000)


class CertificateCheck(BaseModel):
    code: str
    valid: bool
    participant: str
    session_title: str
    host_city: str
    session_date: dt.date
