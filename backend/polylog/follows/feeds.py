"""Atom 1.0 feeds of a city's and an SDG's new and changed content, in the feed's language."""

from __future__ import annotations

from feedgen.feed import FeedGenerator
from sqlalchemy.orm import Session

from polylog.cities import service as cities_service
from polylog.core.i18n import current_language, format_number
from polylog.core.i18n import gettext as _
from polylog.follows import changes
from polylog.follows.schemas import Change
from polylog.taxonomy import service as taxonomy

FEED_ENTRIES = 50


def _atom(
    *, feed_id: str, title: str, subtitle: str, page: str, entries: list[Change], base_url: str
) -> bytes:
    generator = FeedGenerator()
    generator.id(feed_id)
    generator.title(title)
    generator.subtitle(subtitle)
    generator.language(current_language())
    generator.author({"name": "Polylog"})
    generator.link(href=feed_id, rel="self", type="application/atom+xml")
    generator.link(href=page, rel="alternate", type="text/html")
    newest = max((entry.updated_at for entry in entries), default=None)
    if newest is not None:
        generator.updated(newest)
    for change in reversed(entries):  # feedgen puts the last added first
        entry = generator.add_entry()
        url = f"{base_url}{change.path}"
        entry.id(f"{base_url}/api/v1/{change.type}s/{change.id}")
        entry.title(change.title)
        entry.link(href=url, rel="alternate", type="text/html")
        entry.summary(change.summary or change.title)
        entry.published(change.created_at)
        entry.updated(change.updated_at)
        entry.category(term=change.type, label=_type_label(change.type))
    atom: bytes = generator.atom_str(pretty=True)
    return atom


def _type_label(change_type: str) -> str:
    match change_type:
        case "initiative":
            return _("Initiative")
        case "practice":
            return _("Practice")
        case "session":
            return _("Peer session")
        case "programme":
            return _("Programme")
        case _other:
            return _("Action")


def city_feed(db: Session, *, slug: str, base_url: str) -> bytes:
    city = cities_service.get(db, slug=slug)
    name = city.names.get(current_language()) or city.names["en"]
    return _atom(
        feed_id=f"{base_url}/api/v1/cities/{slug}/feed.atom",
        title=_("{city} on Polylog").format(city=name),
        subtitle=_(
            "New and changed initiatives, practices, sessions and programmes of {city}."
        ).format(city=name),
        page=f"{base_url}/cities/{slug}",
        entries=changes.feed(db, city_ids=[city.id], limit=FEED_ENTRIES),
        base_url=base_url,
    )


def sdg_feed(db: Session, *, number: int, base_url: str) -> bytes:
    goal = taxonomy.sdgs()[number - 1]
    label = _("SDG {number}: {title}").format(
        number=format_number(number), title=goal.titles[current_language()]
    )
    return _atom(
        feed_id=f"{base_url}/api/v1/sdgs/{number}/feed.atom",
        title=_("{goal} on Polylog").format(goal=label),
        subtitle=_(
            "New and changed initiatives, practices, sessions and programmes of every city on {goal}."
        ).format(goal=label),
        page=f"{base_url}/sdgs/{number}",
        entries=changes.feed(db, sdgs=[number], limit=FEED_ENTRIES),
        base_url=base_url,
    )
