from __future__ import annotations

from sqlalchemy import ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from polylog.cities.models import City
from polylog.content.models import Link, Multilingual, content_tables, link_table, links
from polylog.core.db import Base


class Track(Multilingual, Base):
    """A training of several sessions (days); attending ``required_sessions`` of them completes it."""

    __tablename__ = "tracks"

    host_city_id: Mapped[int] = mapped_column(
        ForeignKey("cities.id", ondelete="RESTRICT"), index=True
    )
    required_sessions: Mapped[int] = mapped_column(Integer)

    host_city: Mapped[City] = relationship(lazy="raise")
    session_links: Mapped[list[Link]] = links("TrackSession", "session_id")


TrackTranslation, TrackSdg, TrackTheme = content_tables(
    Track, key="track_id", texts={"description": None}, prefix="track"
)


TrackSession = link_table(
    "TrackSession",
    table="track_sessions",
    owner_table="tracks",
    key="track_id",
    target_table="peer_sessions",
    target_key="session_id",
)
