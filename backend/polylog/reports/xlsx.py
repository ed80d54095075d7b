"""The report as a workbook: one sheet per section, headers in the reader's language.

Counts, amounts and dates are written as numbers and dates, so they add up in a
spreadsheet; amounts get one row per programme and currency.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook

from polylog.core import downloads
from polylog.core.i18n import RIGHT_TO_LEFT, using_language
from polylog.core.i18n import gettext as _
from polylog.reports.schemas import (
    CityReport,
    IndicatorsSection,
    PeerLearningSection,
    ProgrammesSection,
    SdgCoverageSection,
)

_FORBIDDEN = set(":\\/?*[]")


def _sheet(
    workbook: Workbook, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]], rtl: bool
) -> None:
    sheet = workbook.create_sheet("".join(c for c in title if c not in _FORBIDDEN)[:31])
    if rtl:
        sheet.sheet_view.rightToLeft = True
    sheet.append(downloads.spreadsheet_row(headers))
    for row in rows:
        sheet.append(downloads.spreadsheet_row(row))


def render(report: CityReport) -> bytes:
    with using_language(report.language):
        rtl = report.language in RIGHT_TO_LEFT
        workbook = Workbook(write_only=True)
        for section in report.sections:
            if isinstance(section, SdgCoverageSection):
                _sheet(
                    workbook,
                    section.title,
                    [_("Goal"), _("Title"), _("Initiatives"), _("Practices"), _("Actions")],
                    [
                        [g.sdg, g.title, g.initiatives, g.practices, g.actions]
                        for g in section.goals
                    ],
                    rtl,
                )
            elif isinstance(section, ProgrammesSection):
                rows = []
                for programme in section.programmes:
                    currencies = sorted(programme.cost.keys() | programme.funded.keys()) or [""]
                    for currency in currencies:
                        rows.append(
                            [
                                programme.title,
                                programme.kind_label,
                                programme.period_start,
                                programme.period_end,
                                programme.actions,
                                programme.stalled,
                                currency,
                                programme.cost.get(currency),
                                programme.funded.get(currency),
                                programme.funding_gap.get(currency),
                            ]
                        )
                _sheet(
                    workbook,
                    section.title,
                    [
                        _("Programme"),
                        _("Kind"),
                        _("Start date"),
                        _("End date"),
                        _("Actions"),
                        _("Stalled actions"),
                        _("Currency"),
                        _("Cost"),
                        _("Funded"),
                        _("Funding gap"),
                    ],
                    rows,
                    rtl,
                )
            elif isinstance(section, IndicatorsSection):
                _sheet(
                    workbook,
                    section.title,
                    [
                        _("Indicator"),
                        _("Of"),
                        _("Unit"),
                        _("Baseline"),
                        _("Latest in the year"),
                        _("Date"),
                        _("Target"),
                        _("Target date"),
                        _("Progress"),
                    ],
                    [
                        [
                            row.name,
                            row.owner_title,
                            row.unit,
                            row.baseline,
                            row.latest_value,
                            row.latest_date,
                            row.target,
                            row.target_date,
                            row.progress,
                        ]
                        for row in section.indicators
                    ],
                    rtl,
                )
            elif isinstance(section, PeerLearningSection):
                _sheet(
                    workbook,
                    section.title,
                    [_("Figure"), _("Value")],
                    [
                        [_("Sessions hosted"), section.sessions_hosted],
                        [_("Sessions of other cities attended"), section.sessions_attended],
                        [_("Practices shared"), section.practices_shared],
                        [
                            _("Adoptions of the city's practices by other cities"),
                            section.practices_adopted_by_others,
                        ],
                        *[[journey.title, journey.progress / 100] for journey in section.journeys],
                    ],
                    rtl,
                )
        _sheet(
            workbook,
            _("What is missing"),
            [_("What"), _("Where to fill it in")],
            [[item.message, item.path] for item in report.missing],
            rtl,
        )
        out = io.BytesIO()
        workbook.save(out)
        return out.getvalue()
