"""What the cities of an exchange request are told, in each recipient's language."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from polylog.accounts.models import User
from polylog.core.config import get_settings
from polylog.core.i18n import Language
from polylog.core.i18n import gettext as _
from polylog.core.translations import text_in
from polylog.notifications import service as notifications
from polylog.partners import labels


class ExchangeMessage(enum.StrEnum):
    REQUESTED = "exchange_requested"
    ACCEPTED = "exchange_accepted"
    DECLINED = "exchange_declined"


@dataclass(frozen=True)
class Facts:
    request_id: int
    kind: str
    from_names: Mapping[str, str]
    to_names: Mapping[str, str]
    sdg: int | None
    theme: str | None
    message: str
    session_id: int | None = None


def render(kind: ExchangeMessage, facts: Facts, name: str, language: Language) -> tuple[str, str]:
    proposal = labels.proposed_kind(facts.kind)
    sender, receiver = text_in(facts.from_names, language), text_in(facts.to_names, language)
    subject_line = labels.subject(facts.sdg, facts.theme)
    base_url = get_settings().public_url.rstrip("/")
    match kind:
        case ExchangeMessage.REQUESTED:
            subject = _("{city} proposes a {proposal}").format(city=sender, proposal=proposal)
            opening = _(
                "{city} proposes a {proposal} to {partner}. Your city admins and organisers can "
                "accept or decline it."
            ).format(city=sender, proposal=proposal, partner=receiver)
        case ExchangeMessage.ACCEPTED:
            subject = _("{partner} accepted your {proposal}").format(
                partner=receiver, proposal=proposal
            )
            opening = _(
                "{partner} accepted the {proposal} that {city} proposed; they are preparing the "
                "session."
            ).format(partner=receiver, proposal=proposal, city=sender)
        case ExchangeMessage.DECLINED:
            subject = _("{partner} declined your {proposal}").format(
                partner=receiver, proposal=proposal
            )
            opening = _("{partner} declined the {proposal} that {city} proposed.").format(
                partner=receiver, proposal=proposal, city=sender
            )
    details = []
    if subject_line:
        details.append(_("Subject: {subject}").format(subject=subject_line))
    details.append(_("Message: {message}").format(message=facts.message))
    if facts.session_id is not None:
        details.append(_("Session: {url}").format(url=f"{base_url}/sessions/{facts.session_id}"))
    details.append(_("Requests: {url}").format(url=f"{base_url}/exchange-requests"))
    body = notifications.letter(
        name=name,
        opening=opening,
        details=details,
        closing=[_("You receive this message because you act for your city on Polylog.")],
    )
    return subject, body


def tell(
    db: Session,
    *,
    kind: ExchangeMessage,
    recipients: Iterable[User],
    facts: Facts,
) -> None:
    """Queues ``kind`` for each recipient in their own language, once per request and step."""
    notifications.notify_each(
        db,
        recipients=recipients,
        kind=kind.value,
        render=lambda user, language: render(kind, facts, user.display_name, language),
        dedupe_key=f"{kind.value}:{facts.request_id}",
    )
