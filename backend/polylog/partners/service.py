"""Partner finding that explains itself, and exchange requests between cities.

A partner is another city strong where this city has gaps (or in the SDG or theme
asked): its published initiatives and practices there, its practices other cities
adopted, how close its initiatives are to this city's own (search's similarity, in
any language), a spoken language both share and the office hours they overlap.
Each reason says in the reader's language what it adds and which items are behind it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from polylog.accounts import service as accounts_service
from polylog.accounts.models import Role, User
from polylog.accounts.permissions import Action, may, require
from polylog.cities import service as cities_service
from polylog.cities.models import City
from polylog.core.db import utcnow
from polylog.core.errors import Conflict, Forbidden, NotFound, Unauthorized, ValidationFailed
from polylog.core.i18n import (
    current_language,
    format_number,
    isolated,
    ngettext,
    using_language,
)
from polylog.core.i18n import gettext as _
from polylog.initiatives import service as initiatives_service
from polylog.partners import labels, repository
from polylog.partners.messages import ExchangeMessage, Facts, tell
from polylog.partners.models import ExchangeRequest, ProposedKind, RequestStatus
from polylog.partners.schemas import (
    ExchangeRequestCreate,
    ExchangeRequestOut,
    Partner,
    PartnerList,
    PartnerReason,
)
from polylog.peer_sessions import service as sessions_service
from polylog.peer_sessions.schemas import SessionCreate
from polylog.practices import service as practices_service

GOALS = range(1, 18)
# What each published item in the subject, each adoption by another city, and each
# shared language adds to a city's score; closeness adds up to SIMILAR_WEIGHT per pair.
INITIATIVE_WEIGHT = 2.0
PRACTICE_WEIGHT = 3.0
ADOPTION_WEIGHT = 1.5
SIMILAR_WEIGHT = 1.5
LANGUAGE_WEIGHT = 1.0
OVERLAP_WEIGHT_PER_HOUR = 0.25
OFFICE_HOURS = (time(9), time(17))
SIMILAR_PER_INITIATIVE = 8
SHOWN_SIMILAR_REASONS = 2
SHOWN_ITEMS = 5
CANDIDATES = 500


# --- closeness ---------------------------------------------------------------------


def closeness(db: Session, own_initiative_ids: Iterable[int]) -> dict[int, tuple[float, int]]:
    """Other cities' initiatives close to any of these: their id → (closeness 0..1, own id).

    The one place partner finding asks how alike initiatives are; it uses search's
    similarity (concepts across languages today, meaning once search has vectors), so
    it gets better whenever that does.
    """
    closest: dict[int, tuple[float, int]] = {}
    for own_id in own_initiative_ids:
        found = initiatives_service.INITIATIVES.similar(
            db, own_id, viewer=None, limit=SIMILAR_PER_INITIATIVE
        )
        if not found:
            continue
        best = max(score for _item, score in found) or 1.0
        for item, score in found:
            relative = round(score / best, 3) if best > 0 else 0.0
            if relative > closest.get(item.id, (0.0, 0))[0]:
                closest[item.id] = (relative, own_id)
    return closest


# --- time and language ---------------------------------------------------------------


def office_hours_overlap(zone_a: str, zone_b: str, *, on: date | None = None) -> float:
    """Hours in which 9:00–17:00 in both zones coincide, on a working day (UTC clock)."""
    day = on or datetime.now(UTC).date()

    def window(zone: str) -> tuple[datetime, datetime]:
        tz = ZoneInfo(zone)
        start = datetime.combine(day, OFFICE_HOURS[0], tz).astimezone(UTC)
        return start, datetime.combine(day, OFFICE_HOURS[1], tz).astimezone(UTC)

    (start_a, end_a), (start_b, end_b) = window(zone_a), window(zone_b)
    overlap = min(end_a, end_b) - max(start_a, start_b)
    return max(0.0, overlap / timedelta(hours=1))


def spoken_languages(db: Session, cities: Sequence[City]) -> dict[int, set[str]]:
    """Each city's language, and the languages spoken in the sessions it hosts."""
    spoken = {city.id: {city.default_language} for city in cities}
    for peer_session in sessions_service.SESSIONS.matching(
        db, city_ids=[city.id for city in cities], limit=CANDIDATES
    ):
        spoken.setdefault(peer_session.host_city_id, set()).update(peer_session.languages)
    return spoken


# --- the partner list ------------------------------------------------------------


@dataclass
class _Candidate:
    city: City
    initiatives: list[Any] = field(default_factory=list)
    practices: list[Any] = field(default_factory=list)
    similar: list[tuple[float, Any, int]] = field(default_factory=list)
    reasons: list[PartnerReason] = field(default_factory=list)

    @property
    def score(self) -> float:
        return round(sum(reason.weight for reason in self.reasons), 2)


def _gaps(db: Session, city: City) -> list[int]:
    counts = initiatives_service.sdg_counts(db, city_id=city.id)
    covered = {sdg for (_city, sdg), count in counts.items() if count}
    return [sdg for sdg in GOALS if sdg not in covered]


def _subject_text(sdgs: Sequence[int], theme: str | None, *, gaps: bool) -> str:
    if theme and not sdgs:
        return labels.theme(theme)
    if gaps and len(sdgs) > 1:
        numbers = labels.number_list(sdgs)
        return _("your gap SDGs ({numbers})").format(numbers=numbers)
    return labels.subject(sdgs[0] if sdgs else None, theme)


def _strength_reason(candidate: _Candidate, subject: str) -> PartnerReason | None:
    initiatives, practices = len(candidate.initiatives), len(candidate.practices)
    if not initiatives and not practices:
        return None
    if initiatives and practices:
        text = _("{initiatives} and {practices} on {subject}").format(
            initiatives=ngettext(
                "{count} published initiative", "{count} published initiatives", initiatives
            ).format(count=format_number(initiatives)),
            practices=ngettext("{count} practice", "{count} practices", practices).format(
                count=format_number(practices)
            ),
            subject=subject,
        )
    elif initiatives:
        text = ngettext(
            "{count} published initiative on {subject}",
            "{count} published initiatives on {subject}",
            initiatives,
        ).format(count=format_number(initiatives), subject=subject)
    else:
        text = ngettext(
            "{count} practice on {subject}", "{count} practices on {subject}", practices
        ).format(count=format_number(practices), subject=subject)
    return PartnerReason(
        kind="sdg_strength",
        text=text,
        weight=INITIATIVE_WEIGHT * initiatives + PRACTICE_WEIGHT * practices,
        initiative_ids=[item.id for item in candidate.initiatives],
        practice_ids=[item.id for item in candidate.practices],
    )


def _adoption_reasons(candidate: _Candidate) -> list[PartnerReason]:
    reasons = []
    for practice in candidate.practices:
        adopters = [a for a in practice.adoptions if a.city_id != candidate.city.id]
        if not adopters:
            continue
        reasons.append(
            PartnerReason(
                kind="practice_adopted",
                text=ngettext(
                    "Their practice “{title}” was adopted by {count} other city.",
                    "Their practice “{title}” was adopted by {count} other cities.",
                    len(adopters),
                ).format(
                    title=isolated(practices_service.PRACTICES.shown_title(practice)),
                    count=format_number(len(adopters)),
                ),
                weight=ADOPTION_WEIGHT * len(adopters),
                practice_ids=[practice.id],
            )
        )
    return reasons


def _similar_reasons(candidate: _Candidate, own: dict[int, Any]) -> list[PartnerReason]:
    reasons = []
    ranked = sorted(candidate.similar, key=lambda entry: (-entry[0], entry[1].id))
    for closeness_, theirs, own_id in ranked[:SHOWN_SIMILAR_REASONS]:
        reasons.append(
            PartnerReason(
                kind="similar_initiative",
                text=_("Their “{theirs}” is close to your “{ours}”.").format(
                    theirs=isolated(initiatives_service.INITIATIVES.shown_title(theirs)),
                    ours=isolated(initiatives_service.INITIATIVES.shown_title(own[own_id])),
                ),
                weight=round(SIMILAR_WEIGHT * closeness_, 2),
                initiative_ids=[theirs.id, own_id],
            )
        )
    return reasons


def _language_reason(shared: set[str]) -> PartnerReason | None:
    if not shared:
        return None
    codes = sorted(shared)
    return PartnerReason(
        kind="shared_language",
        text=ngettext(
            "You share a spoken language: {languages}.",
            "You share spoken languages: {languages}.",
            len(codes),
        ).format(languages=labels.language_names(codes)),
        weight=LANGUAGE_WEIGHT,
        languages=codes,
    )


def _overlap_reason(hours: float) -> PartnerReason | None:
    if hours < 1:
        return None
    rounded = round(hours * 2) / 2
    return PartnerReason(
        kind="time_zone_overlap",
        text=ngettext(
            "Your office hours overlap by {hours} hour.",
            "Your office hours overlap by {hours} hours.",
            int(rounded) if rounded == int(rounded) else 2,
        ).format(hours=format_number(rounded)),
        weight=round(OVERLAP_WEIGHT_PER_HOUR * rounded, 2),
        hours=rounded,
    )


def _city_name(city: City) -> str:
    return city.names.get(current_language()) or city.names["en"]


def partners(
    db: Session,
    *,
    slug: str,
    sdg: int | None,
    theme: str | None,
    limit: int,
    similar: bool = True,
) -> PartnerList:
    """Other cities strong in the SDG or theme asked, else in this city's gaps, best first.

    ``similar=False`` leaves out how close their initiatives are to this city's own: asking
    search for each of the city's initiatives is most of the cost, so a quick preview (the
    workspace's) ranks by the other reasons alone and links here for the whole picture.
    """
    city = cities_service.get(db, slug=slug)
    gaps = sdg is None and theme is None
    subject_sdgs = [sdg] if sdg is not None else (_gaps(db, city) if gaps else [])
    themes = [theme] if theme else []
    cities = {other.id: other for other in cities_service.list_all(db)}
    candidates = {
        other_id: _Candidate(other) for other_id, other in cities.items() if other_id != city.id
    }
    if subject_sdgs or themes:
        for item in initiatives_service.INITIATIVES.matching(
            db, sdgs=subject_sdgs, themes=themes, limit=CANDIDATES
        ):
            if item.city_id in candidates:
                candidates[item.city_id].initiatives.append(item)
        for practice in practices_service.PRACTICES.matching(
            db, sdgs=subject_sdgs, themes=themes, limit=CANDIDATES
        ):
            if practice.city_id in candidates:
                candidates[practice.city_id].practices.append(practice)
    # Closeness to this city's own initiatives in the subject (all of them when it has none there).
    own: dict[int, Any] = {}
    if similar:
        own_all = initiatives_service.INITIATIVES.matching(db, city_ids=[city.id], limit=CANDIDATES)
        own_in_subject = [
            item
            for item in own_all
            if (not subject_sdgs or set(item.sdgs) & set(subject_sdgs))
            and (not themes or set(item.themes) & set(themes))
        ]
        own = {item.id: item for item in (own_in_subject or own_all)}
    close = closeness(db, own)
    if close:
        found = initiatives_service.published(db, ids=list(close))
        for item in found:
            if item.city_id in candidates:
                score, own_id = close[item.id]
                candidates[item.city_id].similar.append((score, item, own_id))
    spoken = spoken_languages(db, list(cities.values()))
    subject = _subject_text(subject_sdgs, theme, gaps=gaps)
    listed = []
    for candidate in candidates.values():
        strength = _strength_reason(candidate, subject)
        alike = _similar_reasons(candidate, own)
        if strength is None and not alike:
            continue  # neither strong in the subject nor doing anything like this city
        candidate.reasons = [reason for reason in (strength,) if reason is not None]
        candidate.reasons += _adoption_reasons(candidate)
        candidate.reasons += alike
        for extra in (
            _language_reason(spoken[city.id] & spoken.get(candidate.city.id, set())),
            _overlap_reason(office_hours_overlap(city.timezone, candidate.city.timezone)),
        ):
            if extra is not None:
                candidate.reasons.append(extra)
        listed.append(candidate)
    listed.sort(key=lambda candidate: (-candidate.score, candidate.city.slug))
    return PartnerList(
        city=city.slug,
        sdg=sdg,
        theme=theme,
        subject_sdgs=subject_sdgs,
        items=[_partner_out(candidate) for candidate in listed[:limit]],
    )


def _partner_out(candidate: _Candidate) -> Partner:
    initiatives = list(candidate.initiatives)
    seen = {item.id for item in initiatives}
    for _score, item, _own in sorted(candidate.similar, key=lambda entry: -entry[0]):
        if item.id not in seen:
            initiatives.append(item)
            seen.add(item.id)
    return Partner(
        city=candidate.city.slug,
        name=_city_name(candidate.city),
        score=candidate.score,
        reasons=candidate.reasons,
        initiatives=[initiatives_service.to_list_item(item) for item in initiatives[:SHOWN_ITEMS]],
        practices=[
            practices_service.to_list_item(item) for item in candidate.practices[:SHOWN_ITEMS]
        ],
    )


# --- exchange requests -------------------------------------------------------------


def may_answer(user: User | None, city_id: int) -> bool:
    """Whether the user may accept or decline requests addressed to the city: its city admins
    and organisers (an acceptance creates a session they host)."""
    return may(user, Action.MANAGE_CITY, city_id) or may(user, Action.ORGANISE_SESSIONS, city_id)


def _may_decide(user: User | None, request: ExchangeRequest) -> bool:
    return may_answer(user, request.to_city_id)


def to_out(request: ExchangeRequest, *, viewer: User | None) -> ExchangeRequestOut:
    return ExchangeRequestOut(
        id=request.id,
        from_city=request.from_city.slug,
        to_city=request.to_city.slug,
        from_city_name=_city_name(request.from_city),
        to_city_name=_city_name(request.to_city),
        sdg=request.sdg,
        theme=request.theme,
        message=request.message,
        proposed_kind=request.proposed_kind,
        status=request.status,
        created_at=request.created_at,
        decided_at=request.decided_at,
        session_id=request.session_id,
        may_decide=request.status is RequestStatus.PENDING and _may_decide(viewer, request),
    )


def _facts(request: ExchangeRequest) -> Facts:
    return Facts(
        request_id=request.id,
        kind=request.proposed_kind.value,
        from_names=dict(request.from_city.names),
        to_names=dict(request.to_city.names),
        sdg=request.sdg,
        theme=request.theme,
        message=request.message,
        session_id=request.session_id,
    )


def _city_admins(db: Session, city_id: int) -> list[User]:
    found: dict[int, User] = {}
    for membership in accounts_service.members_of(db, city_id=city_id):
        if membership.role is Role.CITY_ADMIN:
            found.setdefault(membership.user_id, membership.user)
    return list(found.values())


def _city_field(db: Session, field_name: str, slug: str) -> City:
    try:
        return cities_service.get(db, slug=slug)
    except NotFound:
        raise ValidationFailed.on_field(
            field_name, _("There is no city with this address.")
        ) from None


def send(db: Session, *, actor: User | None, data: ExchangeRequestCreate) -> ExchangeRequest:
    """A request from a city the caller belongs to; the other city's admins are told."""
    from_city = _city_field(db, "from_city", data.from_city)
    author = require(actor, Action.ACT_FOR_CITY, from_city.id)
    to_city = _city_field(db, "to_city", data.to_city)
    if to_city.id == from_city.id:
        raise ValidationFailed.on_field("to_city", _("A city cannot send a request to itself."))
    request = repository.add(
        db,
        ExchangeRequest(
            from_city_id=from_city.id,
            to_city_id=to_city.id,
            sdg=data.sdg,
            theme=data.theme,
            message=data.message,
            proposed_kind=data.proposed_kind,
            status=RequestStatus.PENDING,
            created_by_id=author.id,
        ),
    )
    request = _reloaded(db, request.id)
    tell(
        db,
        kind=ExchangeMessage.REQUESTED,
        recipients=_city_admins(db, to_city.id),
        facts=_facts(request),
    )
    return request


def _reloaded(db: Session, request_id: int) -> ExchangeRequest:
    db.flush()
    request = repository.get(db, request_id)
    assert request is not None
    return request


def page(
    db: Session, *, actor: User | None, city: str | None, page: int, per_page: int
) -> tuple[list[ExchangeRequest], int]:
    """Requests a city sent or received (its members only); without a city, the caller's cities'."""
    if actor is None:
        raise Unauthorized()
    if city is not None:
        found = cities_service.get(db, slug=city)
        require(actor, Action.ACT_FOR_CITY, found.id)
        city_ids = [found.id]
    else:
        city_ids = sorted({membership.city_id for membership in actor.memberships})
    return repository.page(db, city_ids=city_ids, page=page, per_page=per_page)


def awaiting_answer(
    db: Session, *, viewer: User, city_id: int, limit: int
) -> tuple[list[ExchangeRequestOut] | None, int]:
    """The requests addressed to the city that wait for its answer, the longest waiting first,
    for those who may answer them (None for its other members), and how many there are.

    For the city's own people: callers check that the viewer belongs to it."""
    answers = may_answer(viewer, city_id)
    items, total = repository.pending_to(db, city_id=city_id, limit=limit if answers else 0)
    if not answers:
        return None, total
    return [to_out(item, viewer=viewer) for item in items], total


def _pending_for_decision(db: Session, actor: User | None, request_id: int) -> ExchangeRequest:
    if actor is None:
        raise Unauthorized()
    request = repository.get(db, request_id, for_update=True)
    if request is None or not (
        may(actor, Action.ACT_FOR_CITY, request.to_city_id)
        or may(actor, Action.ACT_FOR_CITY, request.from_city_id)
    ):
        raise NotFound(_("There is no exchange request with this number."))
    if not _may_decide(actor, request):
        raise Forbidden(_("Only the city admins and organisers of the city asked may answer."))
    if request.status is not RequestStatus.PENDING:
        raise Conflict(_("This request has been answered already."))
    return request


def _requester(db: Session, request: ExchangeRequest) -> list[User]:
    if request.created_by_id is None:
        return []
    return [accounts_service.get(db, user_id=request.created_by_id)]


def _draft_session(request: ExchangeRequest) -> SessionCreate:
    """The draft the host completes: the subject, both cities and their languages filled in."""
    host, guest = request.to_city, request.from_city
    zone = ZoneInfo(host.timezone)
    day = (utcnow() + timedelta(days=28)).astimezone(zone).date()
    starts = datetime.combine(day, time(10), zone)
    hours = 6 if request.proposed_kind is ProposedKind.STUDY_VISIT else 2
    languages = list(dict.fromkeys([host.default_language, guest.default_language]))
    translations: dict[str, dict[str, str]] = {}
    for language in languages:
        with using_language(language):
            title = _("{proposal}: {guest} and {host}").format(
                proposal=labels.proposed_kind(request.proposed_kind.value).capitalize(),
                guest=_city_name(guest),
                host=_city_name(host),
            )
            subject = labels.subject(request.sdg, request.theme)
            if subject:
                title = f"{title} · {subject}"
            description = "\n\n".join(
                [
                    _("Proposed by {city}:").format(city=_city_name(guest)),
                    request.message,
                ]
            )
        translations[language] = {"title": title[:200], "description": description}
    return SessionCreate.model_validate(
        {
            "host_city": host.slug,
            "original_language": host.default_language,
            "translations": translations,
            "kind": request.proposed_kind.value,
            "format": "in_person"
            if request.proposed_kind is ProposedKind.STUDY_VISIT
            else "online",
            "starts_at": starts,
            "ends_at": starts + timedelta(hours=hours),
            "timezone": host.timezone,
            "capacity": 20,
            "languages": languages,
            "interpretation": len(languages) > 1,
            "sdgs": [request.sdg] if request.sdg else [],
            "themes": [request.theme] if request.theme else [],
        }
    )


def accept(db: Session, *, actor: User | None, request_id: int) -> ExchangeRequest:
    """Accepted: a draft session hosted by the city asked, for its organisers to complete."""
    request = _pending_for_decision(db, actor, request_id)
    assert actor is not None
    peer_session = sessions_service.create_draft(db, author=actor, data=_draft_session(request))
    request.session_id = peer_session.id
    return _decided(db, request, actor, RequestStatus.ACCEPTED, ExchangeMessage.ACCEPTED)


def decline(db: Session, *, actor: User | None, request_id: int) -> ExchangeRequest:
    request = _pending_for_decision(db, actor, request_id)
    assert actor is not None
    return _decided(db, request, actor, RequestStatus.DECLINED, ExchangeMessage.DECLINED)


def _decided(
    db: Session,
    request: ExchangeRequest,
    actor: User,
    status: RequestStatus,
    message: ExchangeMessage,
) -> ExchangeRequest:
    """The request as ``actor`` decided it; the requesting city is told."""
    request.status = status
    request.decided_by_id, request.decided_at = actor.id, utcnow()
    request = _reloaded(db, request.id)
    tell(db, kind=message, recipients=_requester(db, request), facts=_facts(request))
    return request
