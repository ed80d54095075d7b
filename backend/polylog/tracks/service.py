"""Learning tracks, declared on the content kernel: the host's organisers keep them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from polylog.accounts.models import User
from polylog.accounts.permissions import Action
from polylog.cities import service as cities_service
from polylog.content.fields import Fields, Scalar, Tags, Texts, sdgs, themes
from polylog.content.kind import Change, ContentKind
from polylog.core import certificates
from polylog.core.errors import Forbidden, Unauthorized, ValidationFailed, reject_numbers
from polylog.core.i18n import L_, as_language, ngettext, using_language
from polylog.core.i18n import gettext as _
from polylog.core.translations import ordered_languages
from polylog.peer_sessions import service as sessions_service
from polylog.tracks import repository
from polylog.tracks.models import Track, TrackSdg, TrackSession, TrackTheme, TrackTranslation
from polylog.tracks.schemas import MyTrack, TrackOut, TrackText


class Tracks(ContentKind[Track]):
    name = "track"
    not_found_message = L_("There is no learning track with this number.")
    original_language_message = L_("Describe the track in its original language.")
    repository = repository.TRACKS
    city_field = "host_city"
    city_column = "host_city_id"
    permission = Action.ORGANISE_SESSIONS
    fields = Fields(
        (
            Scalar("original_language"),
            Texts(TrackTranslation, ("title", "description")),
            Tags("session_ids", "session_links", TrackSession, "session_id"),
            Scalar("required_sessions"),
            sdgs(TrackSdg),
            themes(TrackTheme),
        )
    )

    def check(self, db: Session, state: Mapping[str, Any], change: Change) -> None:
        wanted = state["session_ids"]
        if change.new or "session_ids" in change.given:
            hosted = {
                item.id
                for item in sessions_service.sessions_of(db, ids=wanted)
                if item.host_city == _slug_of(db, change.city_id)
            }
            reject_numbers(
                "session_ids",
                [number for number in wanted if number not in hosted],
                _("The host city has no session with the number {number}."),
            )
        if state["required_sessions"] > len(wanted):
            raise ValidationFailed.on_field(
                "required_sessions",
                ngettext(
                    "The track has only {count} session.",
                    "The track has only {count} sessions.",
                    len(wanted),
                ).format(count=len(wanted)),
            )

    def initialise(self, item: Track) -> None:
        item.session_links = []


def _slug_of(db: Session, city_id: int) -> str:
    return cities_service.slugs_by_id(db, [city_id])[city_id]


TRACKS = Tracks()


def to_out(db: Session, track: Track) -> TrackOut:
    shown = TRACKS.shown(track)
    ids = [link.session_id for link in track.session_links]
    return TrackOut(
        id=track.id,
        host_city=track.host_city.slug,
        title=shown.title,
        description=shown.description,
        language=shown.language,
        languages=ordered_languages(track.translations),
        original_language=track.original_language,
        translations={
            language: TrackText(title=text.title, description=text.description)
            for language, text in sorted(track.translations.items())
        },
        session_ids=ids,
        sessions=sessions_service.sessions_of(db, ids=ids),
        required_sessions=track.required_sessions,
        **TRACKS.history_fields(track),
    )


def create(db: Session, *, actor: User | None, data: Any) -> Track:
    return TRACKS.create(db, actor=actor, data=data)


def _progress(db: Session, track: Track, user: User) -> tuple[int, int]:
    ids = [link.session_id for link in track.session_links]
    return len(sessions_service.attended_by(db, user=user, within=ids)), len(ids)


def mine(db: Session, *, user: User) -> list[MyTrack]:
    """Every track the user has a booking in, with how far they are."""
    booked = sessions_service.booked_by(db, user=user)
    found = []
    for track in repository.containing(db, booked):
        attended, total = _progress(db, track, user)
        shown = TRACKS.shown(track)
        found.append(
            MyTrack(
                id=track.id,
                host_city=track.host_city.slug,
                title=shown.title,
                language=shown.language,
                sessions=total,
                attended=attended,
                required_sessions=track.required_sessions,
                complete=attended >= track.required_sessions,
            )
        )
    return found


def certificate_pdf(db: Session, *, actor: User | None, track_id: int) -> bytes:
    if actor is None:
        raise Unauthorized()
    track = TRACKS.get_visible(db, track_id, viewer=actor)
    attended, _total = _progress(db, track, actor)
    if attended < track.required_sessions:
        raise Forbidden(
            _(
                "The certificate comes after attending {required} of the sessions; so far {attended}."
            ).format(required=track.required_sessions, attended=attended)
        )
    language = as_language(actor.preferred_language) or "en"
    with using_language(language) as chosen:
        shown = TRACKS.shown(track)
        city = track.host_city.names.get(chosen) or track.host_city.names["en"]
        return certificates.render(
            title=_("Certificate of completion"),
            recipient=actor.display_name,
            statement=_(
                "completed the learning track “{title}” hosted by {city}, attending {attended} of its sessions."
            ).format(title=shown.title, city=city, attended=attended),
            language=chosen,
        )
