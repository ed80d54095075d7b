from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from polylog.journeys.schemas import JourneySummary
from polylog.peer_sessions.schemas import SessionListItem
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
    reported_posts: int | None = Field(
        description="For platform admins: posts waiting for moderation."
    )
    recent_changes: list[ColleagueChange]
