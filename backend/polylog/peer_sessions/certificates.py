"""Certificates of attendance: the participant's language, script direction and calendar.

Dates follow the participant's calendar (Solar Hijri with Persian digits in Persian).
"""

from __future__ import annotations

from datetime import datetime

from polylog.core import certificates
from polylog.core.certificates import CODE_ALPHABET, CODE_LENGTH, new_verification_code
from polylog.core.dates import format_day, local_time
from polylog.core.i18n import gettext as _
from polylog.core.i18n import using_language

__all__ = ["CODE_ALPHABET", "CODE_LENGTH", "new_verification_code", "render_certificate"]


def render_certificate(
    *,
    participant_name: str,
    session_title: str,
    host_city_name: str,
    session_start: datetime,
    timezone: str,
    language: str,
    verification_code: str,
    verify_url: str,
) -> bytes:
    """The certificate as PDF bytes, every label in ``language``."""
    with using_language(language) as chosen:
        held_on = format_day(local_time(session_start, timezone).date(), chosen)
        return certificates.render(
            title=_("Certificate of attendance"),
            recipient=participant_name,
            statement=_(
                "took part in the peer-learning session “{title}”, hosted by {city} on {date}."
            ).format(title=session_title, city=host_city_name, date=held_on),
            language=chosen,
            verification_code=verification_code,
            verify_url=verify_url,
        )
