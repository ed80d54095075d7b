"""Certificates: one A4 landscape page in the recipient's language, for any achievement.

A session's attendance, a completed coaching journey, a learning track: each says
who, and a sentence of what, already in the recipient's language; the page is
the same. A verification code, when there is one, can be checked at the printed address.
"""

from __future__ import annotations

import secrets
from typing import Final

from fpdf.enums import Align, XPos, YPos

from polylog.core.i18n import RIGHT_TO_LEFT, using_language
from polylog.core.i18n import gettext as _
from polylog.core.pdf import ACCENT, FONT, INK, MUTED, Document

# No 0/O, 1/I/L, U: a code read aloud or typed from paper comes out right.
CODE_ALPHABET: Final = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
CODE_LENGTH: Final = 12


def new_verification_code() -> str:
    """12 characters from an unambiguous alphabet: about 59 bits, not guessable."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _frame(pdf: Document) -> None:
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    pdf.set_line_width(0.3)
    pdf.rect(13, 13, pdf.w - 26, pdf.h - 26)


def render(
    *,
    title: str,
    recipient: str,
    statement: str,
    language: str,
    verification_code: str | None = None,
    verify_url: str | None = None,
) -> bytes:
    """A certificate as PDF bytes; ``title`` and ``statement`` are already in ``language``."""
    with using_language(language) as chosen:
        pdf = Document(right_to_left=chosen in RIGHT_TO_LEFT, orientation="landscape")
        pdf.set_auto_page_break(auto=False)
        pdf.set_margins(28, 24, 28)
        pdf.set_title(title)
        pdf.set_lang(chosen)
        pdf.add_page()
        _frame(pdf)

        pdf.set_y(36)
        pdf.line_of_text("Polylog", size=13, bold=True, color=ACCENT)
        pdf.gap(4)
        pdf.line_of_text(title, size=30, bold=True)
        pdf.gap(10)
        pdf.line_of_text(_("This is to certify that"), size=15, color=MUTED)
        pdf.gap(4)
        pdf.line_of_text(recipient, size=26, bold=True, color=ACCENT)
        pdf.gap(5)
        pdf.set_x(pdf.l_margin + 15)
        pdf.set_font(FONT, "", 15)
        pdf.set_text_color(*INK)
        pdf.multi_cell(
            pdf.epw - 30, 9, statement, align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )

        if verification_code and verify_url:
            pdf.set_y(pdf.h - 48)
            pdf.set_draw_color(*MUTED)
            pdf.set_line_width(0.2)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.gap(4)
            pdf.set_text_color(*MUTED)
            pdf.set_font(FONT, "", 11)
            for line, link in (
                (_("Verification code: {code}").format(code=verification_code), None),
                (_("Check this certificate at {url}").format(url=verify_url), verify_url),
            ):
                pdf.multi_cell(
                    0, 6.5, line, align=pdf.start, link=link, new_x=XPos.LMARGIN, new_y=YPos.NEXT
                )
        return bytes(pdf.output())
