"""What was published or changed: the material of digests and of Atom feeds.

Every kind of content the platform follows is read through the content kernel, so
a kind added later appears here by declaring what a follow of it covers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, Final

from sqlalchemy.orm import Session

from polylog.cities import service as cities_service
from polylog.content.kind import KINDS, ContentKind
from polylog.core import markdown
from polylog.follows.models import FollowKind
from polylog.follows.schemas import Change, ChangeType

# The kernel's kind names → the type a change is shown as.
FOLLOWED_KINDS: Final[dict[str, ChangeType]] = {
    "initiative": "initiative",
    "practice": "practice",
    "peer_session": "session",
    "programme": "programme",
    "action": "action",
}
# A feed of a city or an SDG lists these; a programme's actions reach its followers only.
FEED_KINDS: Final = ("initiative", "practice", "peer_session", "programme")
SUMMARY_LENGTH = 280


def _path(change_type: ChangeType, item: Any) -> str:
    match change_type:
        case "initiative":
            return f"/initiatives/{item.id}"
        case "practice":
            return f"/practices/{item.id}"
        case "session":
            return f"/sessions/{item.id}"
        case "programme":
            return f"/programmes/{item.id}"
        case "action":
            return f"/programmes/{item.programme_id}"


def _changes(
    db: Session, kind: ContentKind[Any], items: Sequence[Any], since: datetime | None
) -> list[Change]:
    change_type = FOLLOWED_KINDS[kind.name]
    slugs = cities_service.slugs_by_id(db, {kind.city_id_of(item) for item in items})
    changes = []
    for item in items:
        shown = kind.shown(item)
        body = kind.search.body(shown) if kind.search is not None else ""
        changes.append(
            Change(
                type=change_type,
                id=item.id,
                title=shown.title,
                summary=markdown.plain_text(body, limit=SUMMARY_LENGTH),
                language=shown.language,
                city=slugs.get(kind.city_id_of(item), ""),
                path=_path(change_type, item),
                new=since is None or item.created_at > since,
                created_at=item.created_at,
                updated_at=item.updated_at,
            )
        )
    return changes


def _registered(names: Iterable[str]) -> Iterator[ContentKind[Any]]:
    """The kinds of these names that are registered with the kernel, in this order."""
    for name in names:
        content_kind = KINDS.get(name)
        if content_kind is not None:
            yield content_kind


def _newest_first(changes: list[Change], limit: int) -> list[Change]:
    return sorted(changes, key=lambda change: (change.updated_at, change.id), reverse=True)[:limit]


def followed(
    db: Session, *, kind: FollowKind, key: str, since: datetime | None, limit: int = 50
) -> list[Change]:
    """What changed after ``since`` in what a follow of ``kind`` ``key`` covers, newest first."""
    found: list[Change] = []
    for content_kind in _registered(FOLLOWED_KINDS):
        name = content_kind.name
        filters: dict[str, Any] = {}
        conditions = None
        match kind:
            case FollowKind.CITY:
                filters["city_ids"] = cities_service.ids_for(db, slugs=[key])
                if not filters["city_ids"] or name == "action":
                    continue
            case FollowKind.SDG:
                if name == "action":
                    continue
                filters["sdgs"] = [int(key)]
            case FollowKind.THEME:
                if name == "action":
                    continue
                filters["themes"] = [key]
            case FollowKind.SERIES | FollowKind.PROGRAMME:
                conditions = content_kind.followed(kind.value, key)
                if conditions is None:
                    continue
        items = content_kind.matching(
            db, changed_since=since, conditions=conditions or (), limit=limit, **filters
        )
        found += _changes(db, content_kind, items, since)
    return _newest_first(found, limit)


def feed(
    db: Session, *, city_ids: Sequence[int] = (), sdgs: Sequence[int] = (), limit: int = 50
) -> list[Change]:
    """The newest and most recently changed items of a city or an SDG, for its Atom feed."""
    found: list[Change] = []
    for content_kind in _registered(FEED_KINDS):
        items = content_kind.matching(db, city_ids=city_ids, sdgs=sdgs, limit=limit)
        found += _changes(db, content_kind, items, None)
    return _newest_first(found, limit)
