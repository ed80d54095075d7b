from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from polylog.journeys.schemas import JourneySummary
from polylog.partners.schemas import ExchangeRequestOut
from polylog.peer_sessions.schemas import MyBookingOut, SessionListItem
from polylog.programmes.schemas import ActionListItem


class AttendanceToMark(BaseModel):
    session: SessionListItem
    confirmed_bookings: int


class JourneyStep(BaseModel):
    journey: JourneySummary
    stage_key: str | None
    stage_title: str | None
    status: str = Field(
        description="invited, submitted (to approve), not_started, in_progress, returned"
    )


class PartnerSuggestion(BaseModel):
    city: str = Field(description="The partner city's slug.")
    name: str = Field(description="Its name in the reader's language.")
    reason: str = Field(description="The first reason it is suggested, in the reader's language.")
    sdgs: list[int] = Field(
        description="The gaps of this city that the partner's work shown covers, in goal order."
    )


class ColleagueChange(BaseModel):
    at: dt.datetime
    who: str
    action: str
    entity_type: str
    entity_id: str


class Workspace(BaseModel):
    city: str
    roles: list[str]
    attendance_to_mark: list[AttendanceToMark]
    sessions_with_waitlist: list[SessionListItem]
    upcoming_hosted: list[SessionListItem]
    check_in_period: str = Field(description="The quarter whose check-ins are due now.")
    check_ins_due: list[ActionListItem]
    stalled_actions: list[ActionListItem]
    journey_steps: list[JourneyStep]
    sdg_gaps: list[int]
    partner_suggestions: list[PartnerSuggestion] = Field(
        description="A few cities strong in the gaps, ranked by their work there, adoptions, "
        "shared languages and office hours (the partners page also weighs how close their "
        "initiatives are to this city's)."
    )
    exchange_requests_to_answer: list[ExchangeRequestOut] | None = Field(
        description="Requests addressed to the city waiting for its answer, the longest waiting "
        "first, for those who may answer them (city admins and organisers); null for others."
    )
    exchange_requests_waiting: int = Field(
        description="How many requests addressed to the city wait for its answer."
    )
    my_bookings: list[MyBookingOut] = Field(
        description="The caller's own confirmed and waitlisted seats in sessions not over yet, "
        "soonest first."
    )
    my_bookings_total: int = Field(description="How many such bookings the caller has.")
    reported_posts: int | None = Field(
        description="For platform admins: posts waiting for moderation."
    )
    recent_changes: list[ColleagueChange]
