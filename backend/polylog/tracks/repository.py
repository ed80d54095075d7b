"""Every query of the tracks domain."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from polylog.content.repository import ContentRepository, texts_and_tags
from polylog.tracks.models import Track, TrackSession


def _options() -> list[LoaderOption]:
    return [
        *texts_and_tags(Track),
        selectinload(Track.host_city),
        selectinload(Track.session_links),
    ]


TRACKS = ContentRepository(Track, list_options=_options)


@dataclass(frozen=True)
class TrackFilters:
    # The host cities.
    city_ids: Sequence[int] = ()
    session_id: int | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        """Published tracks, of a host city or with a session."""
        conditions = TRACKS.filters(city_column=Track.host_city_id, city_ids=self.city_ids)
        if self.session_id is not None:
            owners = select(TrackSession.owner_id).where(
                TrackSession.column("session_id") == self.session_id
            )
            conditions.append(Track.id.in_(owners))
        return conditions


def containing(db: Session, session_ids: Collection[int]) -> list[Track]:
    """Published tracks with at least one of the sessions."""
    if not session_ids:
        return []
    owners = select(TrackSession.owner_id).where(TrackSession.column("session_id").in_(session_ids))
    return list(
        db.scalars(
            select(Track)
            .where(Track.id.in_(owners), TRACKS.published())
            .options(*_options())
            .order_by(Track.id)
        )
    )
