"""Follows and the weekly digest of what changed in what a person follows.

A digest covers what was published or changed after the last one (a new follower's
first covers the week before they followed), grouped by what is followed, newest
first; a week in which nothing changed sends nothing. Booking e-mails do not depend
on any of this: they are sent whatever a person follows.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from polylog.accounts import service as accounts_service
from polylog.accounts.models import User
from polylog.cities import service as cities_service
from polylog.content.kind import KINDS
from polylog.core.config import Settings
from polylog.core.dates import format_day
from polylog.core.db import Database, utcnow
from polylog.core.errors import Conflict, NotFound, Unauthorized, ValidationFailed
from polylog.core.i18n import Language, current_language, format_number, ngettext
from polylog.core.i18n import gettext as _
from polylog.follows import changes, repository
from polylog.follows.models import DigestSchedule, Follow, FollowKind
from polylog.follows.schemas import DigestGroup, DigestOut, FollowCreate, FollowOut
from polylog.notifications import service as notifications
from polylog.taxonomy import service as taxonomy

DIGEST_PERIOD = timedelta(days=7)
DIGEST_KIND = "weekly_digest"
DIGESTS_PER_ROUND = 200
ITEMS_PER_GROUP = 20


# --- what is followed ---------------------------------------------------------------


def _sdg_label(number: int) -> str:
    title = taxonomy.sdgs()[number - 1].titles[current_language()]
    return _("SDG {number}: {title}").format(number=format_number(number), title=title)


def _label_and_path(db: Session, kind: FollowKind, key: str) -> tuple[str, str] | None:
    """What a follow is of, in the reader's language, and its page; None if it is gone."""
    match kind:
        case FollowKind.CITY:
            try:
                city = cities_service.get(db, slug=key)
            except NotFound:
                return None
            return city.names.get(current_language()) or city.names["en"], f"/cities/{key}"
        case FollowKind.SDG:
            if not key.isdigit() or not 1 <= int(key) <= 17:
                return None
            return _sdg_label(int(key)), f"/sdgs/{int(key)}"
        case FollowKind.THEME:
            theme = next((item for item in taxonomy.themes() if item.key == key), None)
            if theme is None:
                return None
            return theme.labels[current_language()], f"/search?theme={key}"
        case FollowKind.SERIES:
            sessions = KINDS["peer_session"]
            conditions = sessions.followed(kind.value, key) or []
            if not sessions.matching(db, conditions=conditions, limit=1):
                return None
            return key, f"/sessions?series={key}"
        case FollowKind.PROGRAMME:
            programmes = KINDS.get("programme")
            covered = programmes.followed(kind.value, key) if programmes else None
            if programmes is None or covered is None:
                return None
            found = programmes.matching(db, conditions=covered, limit=1)
            if not found:
                return None
            return programmes.shown_title(found[0]), f"/programmes/{key}"


def to_out(db: Session, follow: Follow) -> FollowOut:
    label, path = _label_and_path(db, follow.kind, follow.key) or (follow.key, "/")
    return FollowOut(
        id=follow.id,
        kind=follow.kind,
        key=follow.key,
        label=label,
        path=path,
        created_at=follow.created_at,
    )


def _signed_in(actor: User | None) -> User:
    if actor is None:
        raise Unauthorized()
    return actor


def follow(db: Session, *, actor: User | None, data: FollowCreate) -> Follow:
    user = _signed_in(actor)
    key = data.key.strip()
    if data.kind is FollowKind.SDG and key.isdigit():
        key = str(int(key))
    if _label_and_path(db, data.kind, key) is None:
        raise ValidationFailed.on_field("key", _("There is nothing of this kind to follow here."))
    if repository.find(db, user_id=user.id, kind=data.kind, key=key) is not None:
        raise Conflict(_("You follow this already."))
    now = utcnow()
    if repository.schedule(db, user.id) is None:
        # The first digest comes a week from now and covers the week before as well.
        repository.add_schedule(
            db,
            DigestSchedule(
                user_id=user.id, due_at=now + DIGEST_PERIOD, covered_until=now - DIGEST_PERIOD
            ),
        )
    return repository.add(db, Follow(user_id=user.id, kind=data.kind, key=key, created_at=now))


def follows(db: Session, *, actor: User | None) -> list[FollowOut]:
    user = _signed_in(actor)
    return [to_out(db, item) for item in repository.of_user(db, user.id)]


def unfollow(db: Session, *, actor: User | None, follow_id: int) -> None:
    user = _signed_in(actor)
    found = repository.get(db, follow_id)
    if found is None or found.user_id != user.id:
        raise NotFound(_("You follow nothing with this number."))
    repository.remove(db, found)


# --- the digest -----------------------------------------------------------------


def digest(db: Session, *, user: User, since: datetime | None = None) -> DigestOut:
    """What changed after ``since`` (else after the last digest) in what ``user`` follows."""
    if since is None:
        schedule = repository.schedule(db, user.id)
        since = schedule.covered_until if schedule else utcnow() - DIGEST_PERIOD
    groups = []
    for item in repository.of_user(db, user.id):
        if _label_and_path(db, item.kind, item.key) is None:
            continue
        found = changes.followed(
            db, kind=item.kind, key=item.key, since=since, limit=ITEMS_PER_GROUP
        )
        if found:
            groups.append(DigestGroup(follow=to_out(db, item), items=found))
    groups.sort(key=lambda group: group.items[0].updated_at, reverse=True)
    return DigestOut(since=since, groups=groups, total=sum(len(group.items) for group in groups))


def preview(db: Session, *, actor: User | None) -> DigestOut:
    return digest(db, user=_signed_in(actor))


def _render(digest_: DigestOut, *, name: str, base_url: str) -> tuple[str, str]:
    subject = ngettext(
        "Polylog this week: {count} change in what you follow",
        "Polylog this week: {count} changes in what you follow",
        digest_.total,
    ).format(count=format_number(digest_.total))
    details: list[str] = []
    for group in digest_.groups:
        if details:
            details.append("")
        details.append(f"## {group.follow.label}")
        for item in group.items:
            marker = _("new") if item.new else _("changed")
            details.append(
                f"- {item.title} ({marker}, {format_day(item.updated_at.date(), current_language())})"
            )
            details.append(f"  {base_url}{item.path}")
    body = notifications.letter(
        name=name,
        opening=_("This is what was published or changed in what you follow:"),
        details=details,
        closing=[
            _("You receive this weekly digest because you follow them on Polylog."),
            _("What you follow: {url}").format(url=f"{base_url}/me/follows"),
        ],
    )
    return subject, body


def send_digests(database: Database, settings: Settings, now: datetime) -> int:
    """The job: a digest for each follower whose week is over and who has news."""
    sent = 0
    base_url = settings.public_url.rstrip("/")
    with database.transaction() as db:
        for schedule in repository.due_schedules(db, now=now, limit=DIGESTS_PER_ROUND):
            user = accounts_service.get(db, user_id=schedule.user_id)
            found = digest(db, user=user, since=schedule.covered_until)
            if found.groups:

                def render(
                    language: Language, found: DigestOut = found, user: User = user
                ) -> tuple[str, str]:
                    # Rendered in the follower's language: labels and titles are read again in it.
                    localised = digest(db, user=user, since=found.since)
                    return _render(localised, name=user.display_name, base_url=base_url)

                notifications.notify(
                    db,
                    recipient=user,
                    kind=DIGEST_KIND,
                    render=render,
                    dedupe_key=f"digest:{user.id}:{schedule.due_at.isoformat()}",
                    not_before=now,
                )
                sent += 1
            schedule.covered_until = now
            schedule.due_at = now + DIGEST_PERIOD
    return sent


notifications.register_job("weekly_digests", send_digests)
