"""Coaching journeys: invitation, stages with tasks and evidence, sign-off, completion.

The coach city's city admin invites; the coachee's city admin accepts or declines.
Members of the coachee city tick tasks, attach evidence (their own initiatives,
practices, programmes and sessions, or links) and submit a stage once its
required tasks are done; the coach city's city admins or organisers approve it or
return it with a comment. When every stage is approved the journey is complete
and has a certificate. Each step is told to the other side, in each one's language.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from polylog.accounts.models import Role, User
from polylog.accounts.permissions import Action, require
from polylog.cities import service as cities_service
from polylog.cities.models import City
from polylog.content.kind import ContentKind
from polylog.core import audit, certificates
from polylog.core.dates import format_day
from polylog.core.db import utcnow
from polylog.core.errors import Conflict, NotFound, ValidationFailed
from polylog.core.i18n import as_language, current_language, using_language
from polylog.core.i18n import gettext as _
from polylog.initiatives import service as initiatives_service
from polylog.journeys import messages, repository, templates
from polylog.journeys.messages import Facts, JourneyMessage
from polylog.journeys.models import (
    EvidenceKind,
    Journey,
    JourneyEvidence,
    JourneyStage,
    JourneyStatus,
    JourneyTask,
    StageStatus,
)
from polylog.journeys.schemas import (
    EvidenceIn,
    EvidenceOut,
    JourneyCreate,
    JourneyOut,
    JourneySummary,
    StageOut,
    TaskOut,
    TaskUpdate,
)
from polylog.peer_sessions import service as sessions_service
from polylog.practices import service as practices_service
from polylog.programmes import service as programmes_service

_COACHES = (Role.CITY_ADMIN, Role.ORGANISER)
_COACHEE_MEMBERS = (Role.CITY_ADMIN, Role.DELEGATE, Role.ORGANISER)


def _not_found() -> NotFound:
    return NotFound(_("There is no coaching journey with this number."))


def _evidence_kinds() -> dict[EvidenceKind, ContentKind[Any]]:
    return {
        EvidenceKind.INITIATIVE: initiatives_service.INITIATIVES,
        EvidenceKind.PRACTICE: practices_service.PRACTICES,
        EvidenceKind.PROGRAMME: programmes_service.PROGRAMMES,
        EvidenceKind.SESSION: sessions_service.SESSIONS,
    }


# --- reading -------------------------------------------------------------------------


def _title(journey: Journey) -> tuple[str, str]:
    texts = journey.title or journey.plan["title"]
    language = next(
        (lang for lang in (current_language(), "en") if lang in texts), next(iter(texts))
    )
    return texts[language], language


def _city_names(city: City) -> dict[str, str]:
    return dict(city.names)


def progress_of(journey: Journey) -> int:
    approved = {stage.key for stage in journey.stages if stage.status is StageStatus.APPROVED}
    if not journey.tasks:
        return 100 if approved else 0
    done = sum(1 for task in journey.tasks if task.done or task.stage_key in approved)
    return round(100 * done / len(journey.tasks))


def summary(journey: Journey) -> JourneySummary:
    title, language = _title(journey)
    return JourneySummary(
        id=journey.id,
        template=journey.template_key,
        title=title,
        language=language,
        coach_city=journey.coach_city.slug,
        coachee_city=journey.coachee_city.slug,
        starts_on=journey.starts_on,
        status=journey.status,
        progress=progress_of(journey),
    )


def _plan_titles(journey: Journey) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    stages = {stage["key"]: stage["title"] for stage in journey.plan["stages"]}
    tasks = {
        task["key"]: task["title"] for stage in journey.plan["stages"] for task in stage["tasks"]
    }
    return stages, tasks


def _evidence_out(db: Session, evidence: JourneyEvidence) -> EvidenceOut:
    if evidence.kind is EvidenceKind.LINK:
        return EvidenceOut(kind=evidence.kind, id=None, url=evidence.url, title=evidence.url or "")
    kind = _evidence_kinds()[evidence.kind]
    assert evidence.ref_id is not None
    item = kind.repository.get(db, evidence.ref_id)
    title = kind.shown_title(item) if item is not None and not item.is_deleted else ""
    return EvidenceOut(kind=evidence.kind, id=evidence.ref_id, url=None, title=title)


def to_out(db: Session, journey: Journey) -> JourneyOut:
    stage_titles, task_titles = _plan_titles(journey)
    tasks_by_stage: dict[str, list[JourneyTask]] = {}
    for task in journey.tasks:
        tasks_by_stage.setdefault(task.stage_key, []).append(task)
    return JourneyOut(
        **summary(journey).model_dump(),
        stages=[
            StageOut(
                key=stage.key,
                title=templates.label(stage_titles[stage.key]),
                status=stage.status,
                comment=stage.comment,
                tasks=[
                    TaskOut(
                        key=task.key,
                        title=templates.label(task_titles[task.key]),
                        required=task.required,
                        done=task.done,
                        note=task.note,
                        evidence=[_evidence_out(db, item) for item in task.evidence],
                    )
                    for task in tasks_by_stage.get(stage.key, [])
                ],
            )
            for stage in journey.stages
        ],
        sessions=sessions_service.in_journey(db, journey_id=journey.id),
        created_at=journey.created_at,
        completed_at=journey.completed_at,
    )


def get(db: Session, journey_id: int) -> Journey:
    journey = repository.get(db, journey_id)
    if journey is None:
        raise _not_found()
    return journey


def page(
    db: Session, *, city: str | None, role: str | None, page: int, per_page: int
) -> tuple[list[Journey], int]:
    city_id = None
    if city:
        found = cities_service.ids_for(db, slugs=[city])
        if not found:
            return [], 0
        city_id = found[0]
    return repository.page(db, city_id=city_id, role=role, page=page, per_page=per_page)


# --- the journey's steps ---------------------------------------------------------------


def _city(db: Session, slug: str, field: str) -> City:
    try:
        return cities_service.get(db, slug=slug)
    except NotFound:
        raise ValidationFailed.on_field(field, _("There is no city with this address.")) from None


def _facts(journey: Journey, *, stage: str | None = None, comment: str = "") -> Facts:
    stage_titles, _tasks = _plan_titles(journey)
    return Facts(
        journey_id=journey.id,
        titles=journey.title or journey.plan["title"],
        coach_names=_city_names(journey.coach_city),
        coachee_names=_city_names(journey.coachee_city),
        stage_titles=stage_titles[stage] if stage else None,
        comment=comment,
    )


def invite(db: Session, *, actor: User | None, data: JourneyCreate) -> Journey:
    coach = _city(db, data.coach_city, "coach_city")
    coachee = _city(db, data.coachee_city, "coachee_city")
    user = require(actor, Action.MANAGE_CITY, coach.id)
    if coach.id == coachee.id:
        raise ValidationFailed.on_field("coachee_city", _("A city cannot coach itself."))
    try:
        plan = templates.definition(db, data.template)
    except NotFound as error:
        raise ValidationFailed.on_field("template", str(error.detail)) from None
    journey = Journey(
        template_key=data.template,
        plan=plan,
        title=dict(data.title or {}),
        coach_city_id=coach.id,
        coachee_city_id=coachee.id,
        starts_on=data.starts_on,
        status=JourneyStatus.INVITED,
        created_by_id=user.id,
    )
    journey.stages = [
        JourneyStage(key=stage["key"], position=index, status=StageStatus.NOT_STARTED)
        for index, stage in enumerate(plan["stages"])
    ]
    journey.tasks = [
        JourneyTask(
            stage_key=stage["key"], key=task["key"], position=index, required=task["required"]
        )
        for index, (stage, task) in enumerate(
            (stage, task) for stage in plan["stages"] for task in stage["tasks"]
        )
    ]
    repository.add(db, journey)
    _audit(
        db,
        user,
        journey,
        "invite",
        {"template": data.template, "coachee": coachee.slug},
        city_id=journey.coach_city_id,
    )
    created = _reloaded(db, journey.id)
    messages.tell(
        db,
        journey=created,
        kind=JourneyMessage.INVITED,
        recipients=messages.members_with(db, coachee.id, [Role.CITY_ADMIN]),
        facts=_facts(created),
        tag="invited",
    )
    return created


def _reloaded(db: Session, journey_id: int) -> Journey:
    db.flush()
    existing = db.get(Journey, journey_id)
    if existing is not None:
        db.expire(existing)
    return get(db, journey_id)


def _audit(
    db: Session,
    user: User,
    journey: Journey,
    action: str,
    changes: dict[str, Any],
    *,
    city_id: int,
) -> None:
    audit.record(
        db,
        actor_id=user.id,
        city_id=city_id,
        action=action,
        entity_type="journey",
        entity_id=journey.id,
        changes=changes,
    )


def _locked(db: Session, journey_id: int) -> Journey:
    journey = repository.get(db, journey_id, for_update=True)
    if journey is None:
        raise _not_found()
    return journey


def answer(db: Session, *, actor: User | None, journey_id: int, accept: bool) -> Journey:
    journey = _locked(db, journey_id)
    user = require(actor, Action.MANAGE_CITY, journey.coachee_city_id)
    if journey.status is not JourneyStatus.INVITED:
        raise Conflict(_("This invitation has already been answered."))
    journey.status = JourneyStatus.ACTIVE if accept else JourneyStatus.DECLINED
    journey.updated_at = utcnow()
    _audit(
        db, user, journey, "accept" if accept else "decline", {}, city_id=journey.coachee_city_id
    )
    answered = _reloaded(db, journey.id)
    messages.tell(
        db,
        journey=answered,
        kind=JourneyMessage.ACCEPTED if accept else JourneyMessage.DECLINED,
        recipients=messages.members_with(db, journey.coach_city_id, [Role.CITY_ADMIN]),
        facts=_facts(answered),
        tag="answer",
    )
    return answered


def _active(journey: Journey) -> None:
    if journey.status is not JourneyStatus.ACTIVE:
        raise Conflict(
            _("Only an active journey can move on: this one is {status}.").format(
                status=_status_word(journey.status)
            )
        )


def _status_word(status: JourneyStatus) -> str:
    words = {
        JourneyStatus.INVITED: _("still an invitation"),
        JourneyStatus.ACTIVE: _("active"),
        JourneyStatus.COMPLETED: _("completed"),
        JourneyStatus.DECLINED: _("declined"),
    }
    return words[status]


def _stage(journey: Journey, key: str) -> JourneyStage:
    stage = next((stage for stage in journey.stages if stage.key == key), None)
    if stage is None:
        raise NotFound(_("This journey has no stage with this key."))
    return stage


def _checked_evidence(
    db: Session, journey: Journey, given: Sequence[EvidenceIn]
) -> list[JourneyEvidence]:
    found = []
    for index, item in enumerate(given):
        field = f"evidence.{index}"
        if item.kind is EvidenceKind.LINK:
            if item.url is None:
                raise ValidationFailed.on_field(f"{field}.url", _("Give the link's address."))
            found.append(JourneyEvidence(kind=item.kind, url=str(item.url)))
            continue
        if item.id is None:
            raise ValidationFailed.on_field(f"{field}.id", _("Say which item shows it."))
        kind = _evidence_kinds()[item.kind]
        content = kind.repository.get(db, item.id)
        if (
            content is None
            or content.is_deleted
            or kind.city_id_of(content) != journey.coachee_city_id
        ):
            raise ValidationFailed.on_field(
                f"{field}.id",
                _("The coachee city has no published {kind} with the number {number}.").format(
                    kind=_kind_word(item.kind), number=item.id
                ),
            )
        found.append(JourneyEvidence(kind=item.kind, ref_id=item.id))
    return found


def _kind_word(kind: EvidenceKind) -> str:
    words = {
        EvidenceKind.INITIATIVE: _("initiative"),
        EvidenceKind.PRACTICE: _("practice"),
        EvidenceKind.PROGRAMME: _("programme"),
        EvidenceKind.SESSION: _("session"),
        EvidenceKind.LINK: _("link"),
    }
    return words[kind]


def update_task(
    db: Session, *, actor: User | None, journey_id: int, task_key: str, data: TaskUpdate
) -> Journey:
    journey = _locked(db, journey_id)
    user = require(actor, Action.ACT_FOR_CITY, journey.coachee_city_id)
    _active(journey)
    task = next((task for task in journey.tasks if task.key == task_key), None)
    if task is None:
        raise NotFound(_("This journey has no task with this key."))
    stage = _stage(journey, task.stage_key)
    if stage.status in (StageStatus.SUBMITTED, StageStatus.APPROVED):
        raise Conflict(_("This stage is with the coach or approved: its tasks cannot change."))
    if data.done is not None:
        task.done = data.done
    if data.note is not None:
        task.note = data.note.strip()
    if data.evidence is not None:
        task.evidence = _checked_evidence(db, journey, data.evidence)
    task.updated_at = journey.updated_at = utcnow()
    if stage.status is StageStatus.NOT_STARTED:
        stage.status = StageStatus.IN_PROGRESS
    _audit(
        db,
        user,
        journey,
        "update_task",
        {"task": task_key, **data.model_dump(mode="json", exclude_none=True)},
        city_id=journey.coachee_city_id,
    )
    return _reloaded(db, journey.id)


def submit(db: Session, *, actor: User | None, journey_id: int, stage_key: str) -> Journey:
    journey = _locked(db, journey_id)
    user = require(actor, Action.ACT_FOR_CITY, journey.coachee_city_id)
    _active(journey)
    stage = _stage(journey, stage_key)
    if stage.status in (StageStatus.SUBMITTED, StageStatus.APPROVED):
        raise Conflict(_("This stage has already been submitted."))
    _stage_titles, task_titles = _plan_titles(journey)
    open_tasks = [
        templates.label(task_titles[task.key])
        for task in journey.tasks
        if task.stage_key == stage.key and task.required and not task.done
    ]
    if open_tasks:
        raise Conflict(
            _("Finish the required tasks of this stage first: {tasks}.").format(
                tasks="; ".join(open_tasks)
            )
        )
    stage.status, stage.submitted_at = StageStatus.SUBMITTED, utcnow()
    journey.updated_at = stage.submitted_at
    _audit(db, user, journey, "submit_stage", {"stage": stage.key}, city_id=journey.coachee_city_id)
    submitted = _reloaded(db, journey.id)
    messages.tell(
        db,
        journey=submitted,
        kind=JourneyMessage.STAGE_SUBMITTED,
        recipients=messages.members_with(db, journey.coach_city_id, _COACHES),
        facts=_facts(submitted, stage=stage_key),
        tag=f"{stage_key}:{stage.submitted_at.isoformat()}",
    )
    return submitted


def decide(
    db: Session, *, actor: User | None, journey_id: int, stage_key: str, approve: bool, comment: str
) -> Journey:
    journey = _locked(db, journey_id)
    user = require(actor, Action.COACH, journey.coach_city_id)
    _active(journey)
    stage = _stage(journey, stage_key)
    if stage.status is not StageStatus.SUBMITTED:
        raise Conflict(_("Only a submitted stage can be approved or returned."))
    if not approve and not comment.strip():
        raise ValidationFailed.on_field(
            "comment", _("Say what should change before it comes back.")
        )
    stage.status = StageStatus.APPROVED if approve else StageStatus.RETURNED
    stage.comment, stage.decided_at = comment.strip(), utcnow()
    journey.updated_at = stage.decided_at
    completed = all(item.status is StageStatus.APPROVED for item in journey.stages)
    if completed:
        journey.status, journey.completed_at = JourneyStatus.COMPLETED, stage.decided_at
        journey.certificate_code = certificates.new_verification_code()
    _audit(
        db,
        user,
        journey,
        "approve_stage" if approve else "return_stage",
        {"stage": stage.key, "comment": stage.comment},
        city_id=journey.coach_city_id,
    )
    decided = _reloaded(db, journey.id)
    coachee_members = messages.members_with(db, journey.coachee_city_id, _COACHEE_MEMBERS)
    messages.tell(
        db,
        journey=decided,
        kind=JourneyMessage.STAGE_APPROVED if approve else JourneyMessage.STAGE_RETURNED,
        recipients=coachee_members,
        facts=_facts(decided, stage=stage_key, comment=stage.comment),
        tag=f"{stage_key}:{stage.decided_at.isoformat()}",
    )
    if completed:
        messages.tell(
            db,
            journey=decided,
            kind=JourneyMessage.COMPLETED,
            recipients=[
                *coachee_members,
                *messages.members_with(db, journey.coach_city_id, [Role.CITY_ADMIN]),
            ],
            facts=_facts(decided),
            tag="completed",
        )
    return decided


@dataclass(frozen=True)
class Waiting:
    """A journey step that waits for one side: a stage to decide, a stage to work on, an answer."""

    journey: JourneySummary
    stage_key: str | None
    stage_title: str | None
    status: str


def waiting_for(db: Session, *, city_id: int, roles: Collection[Role]) -> list[Waiting]:
    """What the city's people with ``roles`` should do next in its journeys."""
    journeys, _total = repository.page(db, city_id=city_id, role=None, page=1, per_page=100)
    found = []
    for journey in journeys:
        stage_titles, _tasks = _plan_titles(journey)
        shown = summary(journey)
        coach = journey.coach_city_id == city_id
        if journey.status is JourneyStatus.INVITED and not coach and Role.CITY_ADMIN in roles:
            found.append(Waiting(shown, None, None, "invited"))
            continue
        if journey.status is not JourneyStatus.ACTIVE:
            continue
        for stage in journey.stages:
            title = templates.label(stage_titles[stage.key])
            if coach and stage.status is StageStatus.SUBMITTED and set(roles) & set(_COACHES):
                found.append(Waiting(shown, stage.key, title, stage.status.value))
            elif not coach and stage.status in (
                StageStatus.NOT_STARTED,
                StageStatus.IN_PROGRESS,
                StageStatus.RETURNED,
            ):
                # The coachee's next stage only: the one to work on now.
                found.append(Waiting(shown, stage.key, title, stage.status.value))
                break
    return found


def check_session_link(db: Session, journey_id: int, host_city_id: int) -> None:
    """A session may belong to a journey its host city takes part in."""
    journey = repository.get(db, journey_id)
    if journey is None or host_city_id not in (journey.coach_city_id, journey.coachee_city_id):
        raise ValidationFailed.on_field(
            "journey_id", _("The host city takes part in no coaching journey with this number.")
        )


def certificate_pdf(db: Session, *, journey_id: int, language: str | None = None) -> bytes:
    journey = get(db, journey_id)
    if journey.status is not JourneyStatus.COMPLETED or journey.completed_at is None:
        raise Conflict(_("The certificate comes when every stage is approved."))
    chosen = as_language(language) or current_language()
    with using_language(chosen):
        title, _title_language = _title(journey)
        return certificates.render(
            title=_("Certificate of completion"),
            recipient=templates.label(_city_names(journey.coachee_city)),
            statement=_(
                "completed the coaching journey “{title}”, coached by {coach}, on {date}."
            ).format(
                title=title,
                coach=templates.label(_city_names(journey.coach_city)),
                date=format_day(journey.completed_at.date(), chosen),
            ),
            language=chosen,
        )


sessions_service.use_journey_check(check_session_link)
