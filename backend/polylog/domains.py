"""Assembling the domains: what each one hands to the packages that know none of them.

Importing a domain's service declares its kinds of content, which registers them
with search; importing its jobs registers them with the outbox worker. Search
also needs the cities' directory, handed over here, and its one job (embedding
what changed, for search by meaning) is handed to the worker here, as search and
the outbox know nothing of each other. ``create_app`` and every
command that works on the data call ``assemble`` first.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

import polylog.follows.service
import polylog.initiatives.service
import polylog.journeys.service
import polylog.peer_sessions.reminders
import polylog.peer_sessions.service
import polylog.practices.service
import polylog.programmes.service
import polylog.tracks.service  # noqa: F401 - imported for the kinds they declare
from polylog.accounts import service as accounts_service
from polylog.cities import service as cities_service
from polylog.notifications import service as notifications
from polylog.search import service as search


def _places(db: Session) -> list[search.Place]:
    return [
        search.Place(id=city.id, slug=city.slug, names=city.names)
        for city in cities_service.list_all(db)
    ]


def assemble() -> None:
    search.use_places(_places)
    notifications.register_job("search_vectors", search.embed_pending)
    accounts_service.use_city_slugs(cities_service.slugs_by_id)
