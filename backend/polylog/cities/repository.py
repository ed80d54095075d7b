"""Every query of the cities domain."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from polylog.cities.models import City


def list_cities(session: Session) -> list[City]:
    return list(session.scalars(select(City).order_by(City.slug)))


def get_by_slug(session: Session, slug: str) -> City | None:
    return session.scalars(select(City).where(City.slug == slug)).one_or_none()


def add(session: Session, city: City) -> City:
    session.add(city)
    session.flush()
    return city


def ids_for_slugs(session: Session, slugs: list[str]) -> list[int]:
    return list(session.scalars(select(City.id).where(City.slug.in_(slugs))))


def slugs_by_id(session: Session, city_ids: Collection[int]) -> dict[int, str]:
    if not city_ids:
        return {}
    rows = session.execute(select(City.id, City.slug).where(City.id.in_(city_ids)))
    return {city_id: slug for city_id, slug in rows}
