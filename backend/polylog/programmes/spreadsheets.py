"""A programme's actions as CSV or XLSX, and back: the same columns both ways.

Headers and words (status, rating, theme) are written in the reader's language;
on import they are recognised in any of the four languages, or as the API's keys.
An import is all or nothing: every row is checked first, and any bad row refuses
the whole file, with each problem named by row, column and message.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from openpyxl import Workbook, load_workbook
from pydantic import ValidationError
from sqlalchemy.orm import Session

from polylog.accounts.models import User
from polylog.core import downloads
from polylog.core.errors import FieldError, ValidationFailed
from polylog.core.i18n import L_, SUPPORTED_LANGUAGES, current_language, pgettext, using_language
from polylog.core.i18n import gettext as _
from polylog.core.translations import pick_language
from polylog.core.validation_messages import message_for
from polylog.programmes import repository, service
from polylog.programmes.models import ActionStatus, Programme, Rag
from polylog.programmes.repository import ExportRow
from polylog.programmes.schemas import ActionCreate, CheckInCreate
from polylog.taxonomy import service as taxonomy

MAX_ROWS = 5000
LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class Column:
    key: str
    header: Any  # a lazy translation
    # Columns only written: the id and the gap are the server's, not the file's.
    imported: bool = True


COLUMNS: tuple[Column, ...] = (
    Column("id", L_("Number"), imported=False),
    Column("title", L_("Title")),
    Column("description", L_("Description")),
    Column("status", L_("Status")),
    Column("owner", L_("Responsible")),
    Column("theme", L_("Theme")),
    Column("start_date", L_("Start date")),
    Column("due_date", L_("Due date")),
    Column("cost_estimate", L_("Cost estimate")),
    Column("funded_amount", L_("Funded amount")),
    Column("funding_gap", L_("Funding gap"), imported=False),
    Column("currency", L_("Currency")),
    Column("funding_sources", L_("Funding sources")),
    Column("sdgs", L_("SDGs")),
    Column("initiative_ids", L_("Initiatives")),
    Column("check_in_period", L_("Latest check-in")),
    Column("check_in_rag", L_("Rating")),
    Column("check_in_progress", L_("Progress (%)")),
    Column("check_in_note", L_("Check-in note")),
    Column("check_in_blockers", L_("Blockers")),
)
_CHECK_IN_FIELDS = ("period", "rag", "progress", "note", "blockers")


def _status_label(status: ActionStatus) -> str:
    labels = {
        ActionStatus.PLANNED: lambda: pgettext("action status", "Planned"),
        ActionStatus.ONGOING: lambda: pgettext("action status", "Ongoing"),
        ActionStatus.DONE: lambda: pgettext("action status", "Done"),
        ActionStatus.STALLED: lambda: pgettext("action status", "Stalled"),
        ActionStatus.DROPPED: lambda: pgettext("action status", "Dropped"),
    }
    return labels[status]()


def _rag_label(rag: Rag) -> str:
    labels = {
        Rag.GREEN: lambda: pgettext("rating", "Green"),
        Rag.AMBER: lambda: pgettext("rating", "Amber"),
        Rag.RED: lambda: pgettext("rating", "Red"),
    }
    return labels[rag]()


# --- export --------------------------------------------------------------------------


def _money(cents: int | None) -> Decimal | None:
    return None if cents is None else Decimal(cents).scaleb(-2)


def _row(action: ExportRow, themes: Mapping[str, str]) -> dict[str, Any]:
    language = pick_language(
        action.texts, requested=current_language(), original=action.original_language
    )
    title, description = action.texts[language]
    gap = (
        None
        if action.cost_cents is None
        else max(0, action.cost_cents - (action.funded_cents or 0))
    )
    period, rag, progress, note, blockers = action.check_in or ("", None, None, "", [])
    return {
        "id": action.id,
        "title": title,
        "description": description,
        "status": _status_label(action.status),
        "owner": action.owner,
        "theme": themes.get(action.theme, action.theme) if action.theme else "",
        "start_date": action.start_date,
        "due_date": action.due_date,
        "cost_estimate": _money(action.cost_cents),
        "funded_amount": _money(action.funded_cents),
        "funding_gap": _money(gap),
        "currency": action.currency or "",
        "funding_sources": LIST_SEPARATOR.join(action.funding_sources),
        "sdgs": LIST_SEPARATOR.join(str(number) for number in action.sdgs),
        "initiative_ids": LIST_SEPARATOR.join(str(number) for number in action.initiative_ids),
        "check_in_period": period,
        "check_in_rag": _rag_label(rag) if rag else "",
        "check_in_progress": progress,
        "check_in_note": note,
        "check_in_blockers": LIST_SEPARATOR.join(blockers),
    }


def export_rows(db: Session, programme: Programme) -> Iterator[dict[str, Any]]:
    language = current_language()
    themes = {theme.key: theme.labels[language] for theme in taxonomy.themes()}
    for action in repository.export_rows(db, programme.id):
        yield _row(action, themes)


def headers() -> list[str]:
    return [str(column.header) for column in COLUMNS]


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def to_csv(rows: Iterator[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers())
    for row in rows:
        writer.writerow([_plain(row[column.key]) for column in COLUMNS])
    # A byte-order mark, so spreadsheet programs read the file as UTF-8.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(rows: Iterator[dict[str, Any]], *, sheet_title: str) -> bytes:
    # Write-only: rows stream into the file instead of being kept as cell objects.
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    # Sheet names: at most 31 characters, none of : \ / ? * [ ]
    sheet.title = "".join(c for c in sheet_title if c not in ":\\/?*[]")[:31] or "Actions"
    if current_language() == "fa":
        sheet.sheet_view.rightToLeft = True
    sheet.append(downloads.spreadsheet_row(headers()))
    for row in rows:
        # Numbers stay numbers and dates stay dates, so the sheet can add them up.
        sheet.append(downloads.spreadsheet_row(row[column.key] for column in COLUMNS))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


# --- import --------------------------------------------------------------------------


def _normal(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").split()).casefold()


def _in_every_language(label: Callable[[], str]) -> set[str]:
    found = set()
    for language in SUPPORTED_LANGUAGES:
        with using_language(language):
            found.add(_normal(label()))
    return found


def _header_keys() -> dict[str, str]:
    known: dict[str, str] = {}
    for column in COLUMNS:
        known[_normal(column.key)] = column.key
        for header in _in_every_language(lambda column=column: str(column.header)):  # type: ignore[misc]
            known[header] = column.key
    return known


def _words(values: Sequence[Any], label: Callable[[Any], str]) -> dict[str, str]:
    """Label (any language) or key → key."""
    found: dict[str, str] = {}
    for value in values:
        key = str(getattr(value, "value", value))
        found[_normal(key)] = key
        for spelled in _in_every_language(lambda value=value: label(value)):  # type: ignore[misc]
            found[spelled] = key
    return found


def _theme_words() -> dict[str, str]:
    found: dict[str, str] = {}
    for theme in taxonomy.themes():
        found[_normal(theme.key)] = theme.key
        for label in theme.labels.values():
            found[_normal(label)] = theme.key
    return found


def read_table(content: bytes, filename: str) -> list[list[Any]]:
    """The file's rows as lists of cells; XLSX by its content, else CSV in UTF-8."""
    if content[:2] == b"PK" or filename.lower().endswith(".xlsx"):
        try:
            workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        except (OSError, ValueError, KeyError) as error:
            raise ValidationFailed.on_field(
                "file", _("This is not a readable XLSX file.")
            ) from error
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationFailed.on_field(
            "file", _("Save the CSV file as UTF-8 and try again.")
        ) from error
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _listed(value: Any) -> list[str]:
    return [part.strip() for part in _text(value).replace(",", ";").split(";") if part.strip()]


def _amount(value: Any) -> str | None:
    text = _text(value).replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    # A decimal comma (1234,50) is read as a decimal point.
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        return str(Decimal(text))
    except InvalidOperation:
        return text  # the schema names the problem


class _RowErrors:
    def __init__(self, row: int) -> None:
        self.row = row
        self.errors: list[FieldError] = []

    def add(self, field: str, message: str) -> None:
        self.errors.append(FieldError(row=self.row, field=field, message=message))


def _column_of(location: Sequence[Any], *, check_in: bool) -> str:
    parts = [str(part) for part in location]
    if check_in:
        return f"check_in_{parts[0]}" if parts else "check_in_period"
    if parts and parts[0] == "translations":
        return parts[-1] if len(parts) > 2 else "title"
    return parts[0] if parts else "title"


@dataclass(frozen=True)
class _Vocabulary:
    statuses: Mapping[str, str]
    rags: Mapping[str, str]
    themes: Mapping[str, str]


def _given(cells: Mapping[str, Any], words: _Vocabulary, errors: _RowErrors) -> dict[str, Any]:
    language = current_language()
    given: dict[str, Any] = {
        "original_language": language,
        "translations": {
            language: {
                "title": _text(cells.get("title")),
                "description": _text(cells.get("description")),
            }
        },
        "owner": _text(cells.get("owner")),
        "funding_sources": _listed(cells.get("funding_sources")),
        "sdgs": _listed(cells.get("sdgs")),
        "initiative_ids": _listed(cells.get("initiative_ids")),
        "cost_estimate": _amount(cells.get("cost_estimate")),
        "funded_amount": _amount(cells.get("funded_amount")),
        "currency": _text(cells.get("currency")).upper() or None,
        "start_date": _text(cells.get("start_date")) or None,
        "due_date": _text(cells.get("due_date")) or None,
    }
    for key, vocabulary in (("status", words.statuses), ("theme", words.themes)):
        written = _text(cells.get(key))
        if written:
            if _normal(written) in vocabulary:
                given[key] = vocabulary[_normal(written)]
            else:
                errors.add(key, _("“{value}” is not a known value.").format(value=written))
    return given


def _check_in(
    cells: Mapping[str, Any], words: _Vocabulary, errors: _RowErrors
) -> CheckInCreate | None:
    period = _text(cells.get("check_in_period"))
    if not period:
        return None
    rag = _text(cells.get("check_in_rag"))
    raw = {
        "period": period,
        "rag": words.rags.get(_normal(rag), rag),
        "progress": _text(cells.get("check_in_progress")) or "0",
        "note": _text(cells.get("check_in_note")),
        "blockers": _listed(cells.get("check_in_blockers")),
    }
    try:
        return CheckInCreate.model_validate(raw)
    except ValidationError as error:
        for problem in error.errors():
            errors.add(_column_of(problem["loc"], check_in=True), message_for(problem))
        return None


@dataclass
class _Parsed:
    row: int
    state: dict[str, Any]
    check_in: CheckInCreate | None


def import_actions(
    db: Session, *, actor: User | None, programme_id: int, content: bytes, filename: str
) -> int:
    """Creates every action of the file, or none: a bad row refuses the whole file (422)."""
    programme, author = service.PROGRAMMES.writable(db, programme_id, actor=actor)
    table = [row for row in read_table(content, filename) if any(_text(cell) for cell in row)]
    if not table:
        raise ValidationFailed.on_field("file", _("The file has no rows."))
    if len(table) - 1 > MAX_ROWS:
        raise ValidationFailed.on_field(
            "file", _("A file may hold at most {count} actions.").format(count=MAX_ROWS)
        )
    known = _header_keys()
    columns: list[str | None] = []
    header_errors = _RowErrors(1)
    for header in table[0]:
        key = known.get(_normal(_text(header)))
        if key is None and _text(header):
            header_errors.add(
                "header", _("“{value}” is not a known column.").format(value=_text(header))
            )
        columns.append(key)
    if "title" not in columns:
        header_errors.add("header", _("The file needs a title column."))
    if header_errors.errors:
        raise ValidationFailed(errors=header_errors.errors)

    words = _Vocabulary(
        statuses=_words(list(ActionStatus), _status_label),
        rags=_words(list(Rag), _rag_label),
        themes=_theme_words(),
    )
    parsed: list[_Parsed] = []
    problems: list[FieldError] = []
    for number, cells in enumerate(table[1:], start=2):
        row = {key: cell for key, cell in zip(columns, cells, strict=False) if key}
        errors = _RowErrors(number)
        given = _given(row, words, errors)
        check_in = _check_in(row, words, errors)
        try:
            data = ActionCreate.model_validate(given)
            state = service.action_state(db, programme, data.model_dump(mode="json"))
        except ValidationError as error:
            for problem in error.errors():
                errors.add(_column_of(problem["loc"], check_in=False), message_for(problem))
        except ValidationFailed as error:
            for refused in error.errors or []:
                errors.add(_column_of(refused.field.split("."), check_in=False), refused.message)
        else:
            if not errors.errors:
                parsed.append(_Parsed(number, state, check_in))
        problems.extend(errors.errors)
    if problems:
        raise ValidationFailed(
            _("Nothing was imported: correct the rows named below and try again."),
            errors=problems,
        )
    for item in parsed:
        action = service.ACTIONS.new_item(
            db,
            state=item.state,
            city=programme.city,
            author=author,
            attach={"programme_id": programme.id},
        )
        if item.check_in is not None:
            service.record_check_in(db, action=action, author=author, data=item.check_in)
    return len(parsed)
