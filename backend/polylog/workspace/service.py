"""What needs a city's staff now, gathered from every domain in one answer.

Each part is only for those whose role does it: organisers mark attendance and
see waitlists, delegates and city admins follow up actions, coaches approve
stages, city admins answer invitations, city admins and organisers answer
exchange requests (the others see how many wait); platform admins also see the
moderation queue. Everyone sees the city's gaps with a few partners for them and
their own bookings. Nothing here is stored: it is read from the domains each time.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from polylog.accounts import service as accounts_service
from polylog.accounts.models import Role, User
from polylog.cities import service as cities_service
from polylog.core import audit
from polylog.core.db import utcnow
from polylog.core.errors import Forbidden
from polylog.core.i18n import gettext as _
from polylog.coverage import service as coverage_service
from polylog.journeys import service as journeys_service
from polylog.partners import service as partners_service
from polylog.peer_sessions import service as sessions_service
from polylog.practices import service as practices_service
from polylog.programmes import service as programmes_service
from polylog.workspace.schemas import (
    AttendanceToMark,
    ColleagueChange,
    JourneyStep,
    PartnerSuggestion,
    Workspace,
)

UPCOMING = timedelta(days=60)
RECENT_CHANGES = 10
PARTNERS = 3
EXCHANGE_REQUESTS = 10
MY_BOOKINGS = 5


def _partner_suggestions(db: Session, *, slug: str, gaps: list[int]) -> list[PartnerSuggestion]:
    """The few partners strongest in the city's gaps, each with its first reason."""
    if not gaps:
        return []
    found = partners_service.partners(
        db, slug=slug, sdg=None, theme=None, limit=PARTNERS, similar=False
    )
    suggestions = []
    for partner in found.items:
        covered = {sdg for item in partner.initiatives for sdg in item.sdgs}
        covered.update(sdg for item in partner.practices for sdg in item.sdgs)
        suggestions.append(
            PartnerSuggestion(
                city=partner.city,
                name=partner.name,
                reason=partner.reasons[0].text if partner.reasons else "",
                sdgs=[sdg for sdg in gaps if sdg in covered],
            )
        )
    return suggestions


def for_city(db: Session, *, user: User, slug: str | None) -> Workspace:
    roles_by_city: dict[int, set[Role]] = {}
    for membership in user.memberships:
        roles_by_city.setdefault(membership.city_id, set()).add(membership.role)
    if slug is None:
        if not roles_by_city:
            raise Forbidden(_("Your account belongs to no city yet: a city admin can add you."))
        city_id = min(roles_by_city)
        city = next(c for c in cities_service.list_all(db) if c.id == city_id)
    else:
        city = cities_service.get(db, slug=slug)
    roles = roles_by_city.get(city.id, set())
    if not roles and not user.is_admin:
        raise Forbidden(_("Only the city's members see its workspace."))
    if user.is_admin:
        roles = set(Role)
    now = utcnow()
    organiser = Role.ORGANISER in roles
    keeper = bool(roles & {Role.DELEGATE, Role.CITY_ADMIN})
    upcoming = sessions_service.hosted_in(db, city_id=city.id, since=now, until=now + UPCOMING)
    period, due, stalled = programmes_service.follow_up(db, city_id=city.id)
    members = {m.user_id: m.user for m in accounts_service.members_of(db, city_id=city.id)}
    colleagues = [user_id for user_id in members if user_id != user.id]
    changes, _total = audit.in_city(
        db, city.id, actor_ids=colleagues, page=1, per_page=RECENT_CHANGES
    )
    gaps = coverage_service.for_city(db, slug=city.slug).gaps
    to_answer, waiting = partners_service.awaiting_answer(
        db, viewer=user, city_id=city.id, limit=EXCHANGE_REQUESTS
    )
    bookings, bookings_total = sessions_service.upcoming_bookings(db, user=user, limit=MY_BOOKINGS)
    return Workspace(
        city=city.slug,
        roles=sorted(role.value for role in roles),
        attendance_to_mark=[
            AttendanceToMark(session=item, confirmed_bookings=count)
            for item, count in sessions_service.attendance_to_mark(db, city_id=city.id)
        ]
        if organiser
        else [],
        sessions_with_waitlist=[item for item in upcoming if item.waitlist] if organiser else [],
        upcoming_hosted=upcoming,
        check_in_period=period,
        check_ins_due=due if keeper else [],
        stalled_actions=stalled if keeper else [],
        journey_steps=[
            JourneyStep(
                journey=step.journey,
                stage_key=step.stage_key,
                stage_title=step.stage_title,
                status=step.status,
            )
            for step in journeys_service.waiting_for(db, city_id=city.id, roles=roles)
        ],
        sdg_gaps=gaps,
        partner_suggestions=_partner_suggestions(db, slug=city.slug, gaps=gaps),
        exchange_requests_to_answer=to_answer,
        exchange_requests_waiting=waiting,
        my_bookings=bookings,
        my_bookings_total=bookings_total,
        reported_posts=len(practices_service.reported(db, actor=user, include_hidden=False))
        if user.is_admin
        else None,
        recent_changes=[
            ColleagueChange(
                at=entry.at,
                who=members[entry.actor_id].display_name,
                action=entry.action,
                entity_type=entry.entity_type,
                entity_id=entry.entity_id,
            )
            for entry in changes
            if entry.actor_id in members
        ],
    )
