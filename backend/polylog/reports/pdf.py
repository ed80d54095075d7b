"""The report as a PDF: a title page, contents, one part per section, page numbers.

Every word is in the reader's language, Persian right to left and shaped (the
certificate machinery of ``core.pdf``), dates in the reader's calendar and numbers
in the reader's digits. The SDG coverage chart is drawn with the PDF library's own
shapes, each bar in its goal's colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from fpdf import FPDF
from fpdf.enums import Align, TableCellFillMode, XPos, YPos
from fpdf.fonts import FontFace
from fpdf.outline import OutlineSection

from polylog.core.dates import format_day
from polylog.core.i18n import (
    RIGHT_TO_LEFT,
    format_number,
    pgettext,
    plain_digits,
    using_language,
)
from polylog.core.i18n import gettext as _
from polylog.core.pdf import ACCENT, FONT, INK, MUTED, Document
from polylog.reports.schemas import (
    CityReport,
    IndicatorsSection,
    PeerLearningSection,
    ProgrammesSection,
    SdgCoverageSection,
)

_RULE = (206, 212, 218)
_HEADING_FILL = (233, 236, 239)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _number(value: float | int | Decimal | None) -> str:
    if value is None:
        return "–"
    return format_number(value if not isinstance(value, Decimal) else float(value))


def _percent(ratio: float | None, language: str) -> str:
    if ratio is None:
        return "–"
    return format_number(round(ratio * 100)) + ("٪" if language == "fa" else " %")


def _money(amounts: dict[str, Any]) -> str:
    return "; ".join(f"{_number(amount)} {currency}" for currency, amount in amounts.items()) or "–"


class _Report(Document):
    def __init__(self, report: CityReport) -> None:
        super().__init__(right_to_left=report.language in RIGHT_TO_LEFT)
        self.report = report
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(auto=True, margin=18)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(*MUTED)
        label = f"{self.report.city_name} · {self.report.framework_title} · {self._year()}"
        page = plain_digits(self.page_no())
        self.cell(0, 5, label, align=self.start)
        self.set_x(self.l_margin)
        self.cell(0, 5, page, align=Align.L if self.right_to_left else Align.R)

    def _year(self) -> str:
        return plain_digits(self.report.year)

    def heading(self, text: str) -> None:
        # Each part starts a page, unless the page is still empty.
        if self.get_y() > self.t_margin + 1:
            self.add_page()
        self.start_section(text)
        self.line_of_text(text, size=17, bold=True, color=ACCENT, align=self.start)
        self.gap(4)

    def subheading(self, text: str) -> None:
        self.gap(2)
        self.line_of_text(text, size=12, bold=True, align=self.start)
        self.gap(1)

    def paragraph(self, text: str, *, color: tuple[int, int, int] = INK) -> None:
        self.set_font(FONT, "", 10)
        self.set_text_color(*color)
        self.set_x(self.l_margin)
        self.multi_cell(0, 5.5, text, align=self.start, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def grid(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None:
        """A table whose first column stands on the reader's starting side."""
        order = (
            list(reversed(range(len(headers)))) if self.right_to_left else list(range(len(headers)))
        )
        self.set_font(FONT, "", 8.5)
        self.set_text_color(*INK)
        self.set_draw_color(*_RULE)
        # The chart leaves its last bar's colour as the fill: tables start from white.
        self.set_fill_color(255, 255, 255)
        with self.table(
            cell_fill_mode=TableCellFillMode.NONE,
            col_widths=[widths[i] for i in order],
            text_align=[Align.R if self.right_to_left else Align.L] * len(order),
            line_height=5.2,
            first_row_as_headings=True,
            headings_style=FontFace(emphasis="BOLD", fill_color=_HEADING_FILL),
        ) as table:
            for row in [headers, *rows]:
                cells = table.row()
                for column in order:
                    cells.cell(row[column])
        self.gap(3)


def _contents(pdf: FPDF, outline: list[OutlineSection]) -> None:
    assert isinstance(pdf, _Report)
    pdf.line_of_text(_("Contents"), size=17, bold=True, color=ACCENT, align=pdf.start)
    pdf.gap(6)
    pdf.set_font(FONT, "", 11)
    pdf.set_text_color(*INK)
    for section in outline:
        page = plain_digits(section.page_number)
        y = pdf.get_y()
        pdf.cell(0, 8, section.name, align=pdf.start, link=pdf.add_link(page=section.page_number))
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(0, 8, page, align=Align.L if pdf.right_to_left else Align.R)
        pdf.ln(8)


def _title_page(pdf: _Report) -> None:
    report = pdf.report
    pdf.add_page()
    pdf.set_y(70)
    pdf.line_of_text("Polylog", size=13, bold=True, color=ACCENT)
    pdf.gap(6)
    pdf.line_of_text(report.framework_title, size=28, bold=True)
    pdf.gap(6)
    pdf.line_of_text(report.city_name, size=22, color=ACCENT)
    pdf.gap(4)
    pdf.line_of_text(pdf._year(), size=16, color=MUTED)
    pdf.set_y(pdf.h - 60)
    pdf.line_of_text(
        _("Composed on {date} from what the city keeps in Polylog; only published content.").format(
            date=format_day(report.generated_on, report.language)
        ),
        size=10,
        color=MUTED,
    )


def _coverage(pdf: _Report, section: SdgCoverageSection) -> None:
    pdf.heading(section.title)
    pdf.paragraph(_("Initiatives, practices and actions tagged with each goal."), color=MUTED)
    pdf.gap(3)
    largest = max(
        (row.initiatives + row.practices + row.actions for row in section.goals), default=0
    )
    label_width, bar_space, row_height = 62.0, pdf.epw - 62.0 - 14.0, 6.4
    for row in section.goals:
        total = row.initiatives + row.practices + row.actions
        y = pdf.get_y()
        if y + row_height > pdf.h - 22:
            pdf.add_page()
            y = pdf.get_y()
        width = bar_space * total / largest if largest else 0
        pdf.set_font(FONT, "", 8.5)
        pdf.set_text_color(*INK)
        label = f"{plain_digits(row.sdg)}. {row.title}"
        if pdf.right_to_left:
            pdf.set_xy(pdf.w - pdf.r_margin - label_width, y)
            pdf.cell(label_width, row_height, label, align=Align.R)
            bar_x = pdf.w - pdf.r_margin - label_width - 2 - width
            count_x = bar_x - 12
        else:
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(label_width, row_height, label, align=Align.L)
            bar_x = pdf.l_margin + label_width + 2
            count_x = bar_x + width + 1.5
        if width:
            pdf.set_fill_color(*_rgb(row.color))
            pdf.rect(bar_x, y + 1, width, row_height - 2, style="F")
        else:
            pdf.set_draw_color(*_rgb(row.color))
            pdf.set_line_width(0.3)
            pdf.rect(bar_x if not pdf.right_to_left else bar_x - 1, y + 1, 1, row_height - 2)
        pdf.set_xy(count_x, y)
        pdf.cell(11, row_height, _number(total), align=Align.C)
        pdf.set_y(y + row_height)
    pdf.gap(4)
    pdf.grid(
        [_("Goal"), _("Initiatives"), _("Practices"), _("Actions")],
        [
            [
                f"{_number(row.sdg)}. {row.title}",
                _number(row.initiatives),
                _number(row.practices),
                _number(row.actions),
            ]
            for row in section.goals
        ],
        [94, 27, 27, 26],
    )


def _status_words() -> dict[str, str]:
    return {
        "planned": pgettext("action status", "Planned"),
        "ongoing": pgettext("action status", "Ongoing"),
        "done": pgettext("action status", "Done"),
        "stalled": pgettext("action status", "Stalled"),
        "dropped": pgettext("action status", "Dropped"),
        "green": pgettext("rating", "Green"),
        "amber": pgettext("rating", "Amber"),
        "red": pgettext("rating", "Red"),
        "none": pgettext("rating", "No check-in"),
    }


def _programmes(pdf: _Report, section: ProgrammesSection) -> None:
    pdf.heading(section.title)
    if not section.programmes:
        pdf.paragraph(_("None yet."), color=MUTED)
        return
    words = _status_words()
    language = pdf.report.language
    for programme in section.programmes:
        pdf.subheading(programme.title)
        pdf.paragraph(
            f"{programme.kind_label} · {format_day(programme.period_start, language)} – "
            f"{format_day(programme.period_end, language)}",
            color=MUTED,
        )
        pdf.gap(1)
        pdf.grid(
            [_("Figure"), _("Value")],
            [
                [_("Actions"), _number(programme.actions)],
                [
                    _("By status"),
                    "; ".join(
                        f"{words[k]}: {_number(v)}" for k, v in programme.by_status.items() if v
                    )
                    or "–",
                ],
                [
                    _("By rating"),
                    "; ".join(f"{words[k]}: {_number(v)}" for k, v in programme.by_rag.items() if v)
                    or "–",
                ],
                [_("Cost"), _money(programme.cost)],
                [_("Funded"), _money(programme.funded)],
                [_("Funding gap"), _money(programme.funding_gap)],
                [_("Stalled actions"), _number(programme.stalled)],
            ],
            [50, 124],
        )


def _indicators(pdf: _Report, section: IndicatorsSection) -> None:
    pdf.heading(section.title)
    if not section.indicators:
        pdf.paragraph(_("None yet."), color=MUTED)
        return
    language = pdf.report.language
    pdf.grid(
        [
            _("Indicator"),
            _("Unit"),
            _("Baseline"),
            _("Latest in the year"),
            _("Target"),
            _("Progress"),
        ],
        [
            [
                f"{row.name} ({row.owner_title})",
                row.unit,
                _number(row.baseline),
                f"{_number(row.latest_value)} ({format_day(row.latest_date, language)})"
                if row.latest_date
                else "–",
                _number(row.target),
                _percent(row.progress, language),
            ]
            for row in section.indicators
        ],
        [60, 18, 20, 36, 20, 20],
    )


def _peer_learning(pdf: _Report, section: PeerLearningSection) -> None:
    pdf.heading(section.title)
    pdf.grid(
        [_("Figure"), _("Value")],
        [
            [_("Sessions hosted"), _number(section.sessions_hosted)],
            [_("Sessions of other cities attended"), _number(section.sessions_attended)],
            [_("Practices shared"), _number(section.practices_shared)],
            [
                _("Adoptions of the city's practices by other cities"),
                _number(section.practices_adopted_by_others),
            ],
        ],
        [124, 50],
    )
    if section.journeys:
        pdf.subheading(_("Coaching journeys"))
        roles = {"coach": _("coach"), "coachee": _("coached")}
        pdf.grid(
            [_("Journey"), _("Role"), _("With"), _("Progress")],
            [
                [
                    row.title,
                    roles[row.role],
                    row.other_city,
                    _percent(row.progress / 100, pdf.report.language),
                ]
                for row in section.journeys
            ],
            [80, 28, 40, 26],
        )


def _missing(pdf: _Report, report: CityReport) -> None:
    pdf.heading(_("What is missing"))
    if not report.missing:
        pdf.paragraph(_("Nothing: every part the framework asks for has data."), color=MUTED)
        return
    for item in report.missing:
        pdf.paragraph(f"• {item.message}")
        pdf.gap(1)


def render(report: CityReport) -> bytes:
    with using_language(report.language):
        pdf = _Report(report)
        pdf.set_title(f"{report.framework_title}: {report.city_name} {report.year}")
        pdf.set_lang(report.language)
        _title_page(pdf)
        pdf.add_page()
        pdf.insert_toc_placeholder(_contents, pages=1)
        for section in report.sections:
            if isinstance(section, SdgCoverageSection):
                _coverage(pdf, section)
            elif isinstance(section, ProgrammesSection):
                _programmes(pdf, section)
            elif isinstance(section, IndicatorsSection):
                _indicators(pdf, section)
            elif isinstance(section, PeerLearningSection):
                _peer_learning(pdf, section)
        _missing(pdf, report)
        return bytes(pdf.output())
