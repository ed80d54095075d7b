"""What each side of a coaching journey is told, in each recipient's language."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from polylog.accounts import service as accounts_service
from polylog.accounts.models import Role, User
from polylog.core.config import get_settings
from polylog.core.i18n import Language
from polylog.core.i18n import gettext as _
from polylog.core.translations import text_in
from polylog.journeys.models import Journey
from polylog.notifications import service as notifications


class JourneyMessage(enum.StrEnum):
    INVITED = "journey_invited"
    ACCEPTED = "journey_accepted"
    DECLINED = "journey_declined"
    STAGE_SUBMITTED = "journey_stage_submitted"
    STAGE_APPROVED = "journey_stage_approved"
    STAGE_RETURNED = "journey_stage_returned"
    COMPLETED = "journey_completed"


@dataclass(frozen=True)
class Facts:
    journey_id: int
    titles: dict[str, str]
    coach_names: dict[str, str]
    coachee_names: dict[str, str]
    stage_titles: dict[str, str] | None = None
    comment: str = ""


def _subject(kind: JourneyMessage, title: str, stage: str) -> str:
    match kind:
        case JourneyMessage.INVITED:
            return _("You are invited to a coaching journey: {title}").format(title=title)
        case JourneyMessage.ACCEPTED:
            return _("Coaching journey accepted: {title}").format(title=title)
        case JourneyMessage.DECLINED:
            return _("Coaching journey declined: {title}").format(title=title)
        case JourneyMessage.STAGE_SUBMITTED:
            return _("A stage waits for your approval: {stage}").format(stage=stage)
        case JourneyMessage.STAGE_APPROVED:
            return _("Stage approved: {stage}").format(stage=stage)
        case JourneyMessage.STAGE_RETURNED:
            return _("Stage returned with comments: {stage}").format(stage=stage)
        case JourneyMessage.COMPLETED:
            return _("Coaching journey completed: {title}").format(title=title)


def _opening(kind: JourneyMessage, coach: str, coachee: str, stage: str) -> str:
    match kind:
        case JourneyMessage.INVITED:
            text = _(
                "{coach} invites {coachee} to a coaching journey. Your city admins can accept or decline it."
            )
        case JourneyMessage.ACCEPTED:
            text = _("{coachee} accepted the coaching journey; it has begun.")
        case JourneyMessage.DECLINED:
            text = _("{coachee} declined the coaching journey.")
        case JourneyMessage.STAGE_SUBMITTED:
            text = _("{coachee} submitted the stage “{stage}” for your approval.")
        case JourneyMessage.STAGE_APPROVED:
            text = _("{coach} approved the stage “{stage}”.")
        case JourneyMessage.STAGE_RETURNED:
            text = _(
                "{coach} returned the stage “{stage}” with comments; you can change it and submit it again."
            )
        case JourneyMessage.COMPLETED:
            text = _(
                "Every stage is approved: the coaching journey is complete, and its certificate can be downloaded."
            )
    return text.format(coach=coach, coachee=coachee, stage=stage)


def render(kind: JourneyMessage, facts: Facts, name: str, language: Language) -> tuple[str, str]:
    title = text_in(facts.titles, language)
    coach, coachee = text_in(facts.coach_names, language), text_in(facts.coachee_names, language)
    stage = text_in(facts.stage_titles, language) if facts.stage_titles else ""
    base_url = get_settings().public_url.rstrip("/")
    details = [_("Journey: {title}").format(title=title)]
    if facts.comment:
        details.append(_("Comment: {comment}").format(comment=facts.comment))
    details.append(_("Details: {url}").format(url=f"{base_url}/journeys/{facts.journey_id}"))
    body = notifications.letter(
        name=name,
        opening=_opening(kind, coach, coachee, stage),
        details=details,
        closing=[
            _(
                "You receive this message because your city takes part in a coaching journey on Polylog."
            )
        ],
    )
    return _subject(kind, title, stage), body


def members_with(db: Session, city_id: int, roles: Iterable[Role]) -> list[User]:
    wanted = set(roles)
    found: dict[int, User] = {}
    for membership in accounts_service.members_of(db, city_id=city_id):
        if membership.role in wanted:
            found.setdefault(membership.user_id, membership.user)
    return list(found.values())


def tell(
    db: Session,
    *,
    journey: Journey,
    kind: JourneyMessage,
    recipients: Iterable[User],
    facts: Facts,
    tag: str,
) -> None:
    """Queues ``kind`` for each recipient in their own language, once per journey step."""
    notifications.notify_each(
        db,
        recipients=recipients,
        kind=kind.value,
        render=lambda user, language: render(kind, facts, user.display_name, language),
        dedupe_key=f"{kind.value}:{journey.id}:{tag}",
    )
