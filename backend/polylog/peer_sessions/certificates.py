"""Certificates of attendance: one A4 landscape PDF in the participant's language.

Text is shaped by HarfBuzz (fpdf2 with uharfbuzz), so Persian letters join and
runs are laid out right to left; the Vazirmatn font shipped in ``fonts/`` covers
Persian, Turkish and Finnish. Dates follow the participant's calendar (Solar
Hijri with Persian digits in Persian). The verification code printed on the
certificate can be checked at the printed address.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from pathlib import Path
from typing import Final

from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

from polylog.core.dates import format_day, local_time
from polylog.core.i18n import RIGHT_TO_LEFT, using_language
from polylog.core.i18n import gettext as _

FONTS_DIR: Final = Path(__file__).resolve().parent / "fonts"
FONT: Final = "Vazirmatn"
# No 0/O, 1/I/L, U: a code read aloud or typed from paper comes out right.
CODE_ALPHABET: Final = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
CODE_LENGTH: Final = 12

_INK: Final = (33, 37, 41)
_ACCENT: Final = (22, 101, 82)
_MUTED: Final = (95, 102, 109)


def new_verification_code() -> str:
    """12 characters from an unambiguous alphabet: about 59 bits, not guessable."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class _Certificate(FPDF):
    def __init__(self, *, right_to_left: bool) -> None:
        super().__init__(orientation="landscape", unit="mm", format="A4")
        self.right_to_left = right_to_left
        self.set_auto_page_break(auto=False)
        self.set_margins(28, 24, 28)
        self.add_font(FONT, "", FONTS_DIR / "Vazirmatn-Regular.ttf")
        self.add_font(FONT, "B", FONTS_DIR / "Vazirmatn-Bold.ttf")
        self.set_text_shaping(use_shaping_engine=True, direction="rtl" if right_to_left else "ltr")
        # Documents embed when they were made; the code is the certificate's identity.
        self.set_creator("Polylog")

    @property
    def start(self) -> Align:
        """The side lines begin on in the participant's script."""
        return Align.R if self.right_to_left else Align.L

    def frame(self) -> None:
        self.set_draw_color(*_ACCENT)
        self.set_line_width(1.2)
        self.rect(10, 10, self.w - 20, self.h - 20)
        self.set_line_width(0.3)
        self.rect(13, 13, self.w - 26, self.h - 26)

    def line_of_text(
        self, text: str, *, size: float, bold: bool = False, color: tuple[int, int, int] = _INK
    ) -> None:
        self.set_font(FONT, "B" if bold else "", size)
        self.set_text_color(*color)
        self.multi_cell(
            0,
            size * 0.55,
            text,
            align=Align.C,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def gap(self, height: float) -> None:
        self.set_y(self.get_y() + height)


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
        pdf = _Certificate(right_to_left=chosen in RIGHT_TO_LEFT)
        pdf.set_title(_("Certificate of attendance"))
        pdf.set_lang(chosen)
        pdf.add_page()
        pdf.frame()

        pdf.set_y(36)
        pdf.line_of_text("Polylog", size=13, bold=True, color=_ACCENT)
        pdf.gap(4)
        pdf.line_of_text(_("Certificate of attendance"), size=30, bold=True)
        pdf.gap(10)
        pdf.line_of_text(_("This is to certify that"), size=15, color=_MUTED)
        pdf.gap(4)
        pdf.line_of_text(participant_name, size=26, bold=True, color=_ACCENT)
        pdf.gap(5)
        pdf.set_x(pdf.l_margin + 15)
        pdf.set_font(FONT, "", 15)
        pdf.set_text_color(*_INK)
        pdf.multi_cell(
            pdf.epw - 30,
            9,
            _(
                "took part in the peer-learning session “{title}”, hosted by {city} on {date}."
            ).format(title=session_title, city=host_city_name, date=held_on),
            align=Align.C,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

        pdf.set_y(pdf.h - 48)
        pdf.set_draw_color(*_MUTED)
        pdf.set_line_width(0.2)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.gap(4)
        pdf.set_text_color(*_MUTED)
        pdf.set_font(FONT, "", 11)
        for line, link in (
            (_("Verification code: {code}").format(code=verification_code), None),
            (_("Check this certificate at {url}").format(url=verify_url), verify_url),
        ):
            pdf.multi_cell(
                0, 6.5, line, align=pdf.start, link=link, new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        return bytes(pdf.output())
