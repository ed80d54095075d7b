"""PDF documents in any of the four languages: fonts, shaping and direction set up once.

Text is shaped by HarfBuzz (fpdf2 with uharfbuzz), so Persian letters join and
runs are laid out right to left; the Vazirmatn font shipped in ``fonts/`` covers
Persian, Turkish and Finnish. Certificates and city reports build on ``Document``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final, Literal

from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

FONTS_DIR: Final = Path(__file__).resolve().parent / "fonts"
FONT: Final = "Vazirmatn"

INK: Final = (33, 37, 41)
ACCENT: Final = (22, 101, 82)
MUTED: Final = (95, 102, 109)
Colour = tuple[int, int, int]


class Document(FPDF):
    """An A4 document whose text runs in the reader's direction."""

    def __init__(
        self, *, right_to_left: bool, orientation: Literal["portrait", "landscape"] = "portrait"
    ) -> None:
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.right_to_left = right_to_left
        self.add_font(FONT, "", FONTS_DIR / "Vazirmatn-Regular.ttf")
        self.add_font(FONT, "B", FONTS_DIR / "Vazirmatn-Bold.ttf")
        self.set_text_shaping(use_shaping_engine=True, direction="rtl" if right_to_left else "ltr")
        # Documents embed when they were made; nothing else about the machine.
        self.set_creator("Polylog")

    @property
    def start(self) -> Align:
        """The side lines begin on in the reader's script."""
        return Align.R if self.right_to_left else Align.L

    def line_of_text(
        self,
        text: str,
        *,
        size: float,
        bold: bool = False,
        color: Colour = INK,
        align: Align = Align.C,
    ) -> None:
        self.set_font(FONT, "B" if bold else "", size)
        self.set_text_color(*color)
        self.set_x(self.l_margin)
        self.multi_cell(0, size * 0.55, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def gap(self, height: float) -> None:
        self.set_y(self.get_y() + height)
