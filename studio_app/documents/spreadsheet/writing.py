"""Writing rosters and import templates that Excel and WPS open as they were meant."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.documents.files import write_atomic
from studio_app.documents.spreadsheet.cells import number_text
from studio_app.documents.spreadsheet.columns import Column, SpreadsheetError

# XML 1.0 cannot hold these, so openpyxl refuses them (IllegalCharacterError) or writes a file
# Excel cannot open; write_sheet drops them.
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

EXCEL_MAX_CELL_TEXT = 32767  # Excel refuses longer cell text


# Text that looks like one of Excel's escapes ("_x000D_" is how Excel stores a CR): Excel and
# WPS (and our reader) would show the character, so the underscore is escaped as Excel does it.
_LOOKS_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")


def _storable(text: str) -> str:
    """What write_sheet stores for a string: XML-illegal characters removed, CR/CRLF -> LF, and
    a literal "_x000D_" written "_x005F_x000D_", so that Excel shows it as it is."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _XML_ILLEGAL.sub("", text)[:EXCEL_MAX_CELL_TEXT]
    if "_x" in text:
        text = _LOOKS_ESCAPED.sub("_x005F_", text)
    return text


_TEXT_FORMAT = "@"
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_THIN = Side(style="thin", color="FFB0B0B0")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="FFE8EEF7")
_REQUIRED_FILL = PatternFill("solid", fgColor="FFFFF2CC")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def _export_text(value: object) -> str | None:
    """The cell text written for ``value``; None leaves the cell empty."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        text = tr("是") if value else tr("否")
    elif isinstance(value, int | float):
        text = number_text(value)
    elif isinstance(value, dt.datetime):
        text = value.strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, dt.date):
        text = value.isoformat()
    elif isinstance(value, dt.time):
        text = value.strftime("%H:%M")
    elif isinstance(value, Enum):
        text = str(value.value)
    else:
        text = str(value)
    return _storable(text) or None


def _put_text(cell: WriteOnlyCell, text: str | None) -> None:
    """Store ``text`` as a string cell in text format, never as a formula.

    openpyxl turns any string starting with "=" into a formula; forcing the data type back to
    "s" writes it as a plain (inline) string, so Excel/WPS show it and never evaluate it. The
    quote-prefix style is what Excel itself sets when a user types '=...; it keeps the value
    text when someone edits the cell later. Nothing visible is added to the value.
    """
    cell.number_format = _TEXT_FORMAT
    if text is None:
        return
    cell.value = text
    cell.data_type = "s"
    if text.startswith(_FORMULA_TRIGGERS):
        cell.quotePrefix = True


def _text_cell(ws, text: str | None, **style) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    _put_text(cell, text)
    for name, value in style.items():
        setattr(cell, name, value)
    return cell


def _sheet_title(name: str) -> str:
    return _SHEET_NAME_BAD.sub("_", name).strip("'")[:31] or "Sheet1"


def _setup_columns(ws, widths: Sequence[int]) -> None:
    """Widths and the text format for whole columns: cells typed in later are text too."""
    for index, width in enumerate(widths, start=1):
        dimension = ws.column_dimensions[get_column_letter(index)]
        dimension.width = width
        dimension.number_format = _TEXT_FORMAT


def _append_title(ws, title: str, width: int) -> None:
    ws.row_dimensions[1].height = 28
    font = Font(bold=True, size=14)
    alignment = Alignment(horizontal="center", vertical="center")
    ws.append([_text_cell(ws, _export_text(title), font=font, alignment=alignment)])
    if width > 1:
        ws.merged_cells.add(f"A1:{get_column_letter(width)}1")


def _header_cell(ws, text: str, *, required: bool = False) -> WriteOnlyCell:
    return _text_cell(
        ws,
        _export_text(text),
        font=Font(bold=True, color="FFC00000" if required else None),
        fill=_REQUIRED_FILL if required else _HEADER_FILL,
        border=_BORDER,
        alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
    )


def _save(workbook: Workbook, path: str | os.PathLike[str]) -> None:
    """Save through memory and a temporary file, so a failed export leaves nothing behind.

    Building the zip in memory first also means a write-only workbook is always finished
    cleanly, whatever happens to the target file.
    """
    buffer = io.BytesIO()
    workbook.save(buffer)
    try:
        write_atomic(path, buffer.getvalue())
    except StudioError as exc:
        raise SpreadsheetError(str(exc)) from exc.__cause__


def write_sheet(
    path: str | os.PathLike[str],
    columns: Sequence[Column],
    rows: Iterable[Mapping[str, object]],
    *,
    title: str | None = None,
    sheet_name: str = "Sheet1",
) -> int:
    """Export ``rows`` (field -> value) to an .xlsx; returns the number of data rows written.

    Every cell is text-formatted text, so phone and ID numbers stay exactly as given and values
    like "=HYPERLINK(...)" are never formulas. Characters XML cannot hold (control characters
    other than tab/line breaks) are dropped, CR/CRLF become LF, and text longer than Excel's
    32,767-character cell limit is cut. Dates are written ISO ("2024-03-05"), booleans 是/否.
    Rows are streamed (openpyxl write-only mode), so ``rows`` may be a generator.
    """
    if not columns:
        raise ValueError("write_sheet needs at least one column")
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(_sheet_title(sheet_name))
    header_row = 2 if title else 1
    # Write-only sheets need columns, views, sheet properties and row heights before the first
    # row; the rest (filter, print setup, merges) is written at the end.
    _setup_columns(ws, [c.width for c in columns])
    ws.freeze_panes = f"A{header_row + 1}"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{header_row}:{header_row}"
    if title:
        _append_title(ws, title, len(columns))
    ws.append([_header_cell(ws, c.header) for c in columns])

    fields = [c.field for c in columns]
    count = 0
    for record in rows:
        count += 1
        # Empty values get no cell at all: the column's text format applies to them.
        texts = [_export_text(record.get(name)) for name in fields]
        ws.append([None if text is None else _text_cell(ws, text) for text in texts])

    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A{header_row}:{last}{header_row + count}"
    _save(workbook, path)
    return count


_KIND_HINTS = {
    "text": "",
    "int": "填写整数，如 3",
    "date": "日期，如 2024-03-05",
    "phone": "手机号或座机号，如 13812345678、0931-1234567",
    "id_number": "18 位身份证号；本列已设为文本格式，请不要改成数字格式",
}


def _column_hint(column: Column) -> str:
    kind_hint = tr(_KIND_HINTS[column.kind]) if _KIND_HINTS[column.kind] else ""
    return tr("；").join(part for part in (column.hint, kind_hint) if part)


def write_template(
    path: str | os.PathLike[str],
    columns: Sequence[Column],
    *,
    title: str,
    example: Mapping[str, str] | None = None,
    notes: Sequence[str] = (),
) -> None:
    """Write an empty import template that ``read_sheet`` reads back once filled in.

    Sheet 1 "填写数据": merged title row, header row (required headers end in "*", in red, with
    hints as comments), text-formatted columns, data from row 3. The example and the notes go
    to a second sheet "填写说明", one line per column, so an example can never be imported as
    data and nobody has to delete it first. ``example`` is keyed by Column.field or by the
    canonical header.
    """
    if not columns:
        raise ValueError("write_template needs at least one column")
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(_sheet_title(tr("填写数据")))
    _setup_columns(ws, [c.width for c in columns])
    ws.freeze_panes = "A3"
    _append_title(ws, title, len(columns))
    headers = []
    for column in columns:
        cell = _header_cell(
            ws, column.header + ("*" if column.required else ""), required=column.required
        )
        hint = _column_hint(column)
        if hint:
            cell.comment = Comment(_storable(hint), tr("委员工作室助手"), width=220, height=90)
        headers.append(cell)
    ws.append(headers)

    guide = workbook.create_sheet(_sheet_title(tr("填写说明")))
    _setup_columns(guide, [18, 10, 48, 24])
    guide.append(
        [
            _text_cell(
                guide, _export_text(f"{title} — {tr('填写说明')}"), font=Font(bold=True, size=14)
            )
        ]
    )
    guide.append([])
    standard = [
        tr("第 1 行是标题，第 2 行是表头，请从第 3 行开始填写，一行一条。"),
        tr("表头带 * 的列必须填写。请不要修改表头文字；列的顺序可以调整，用不到的选填列可以删除。"),
        tr("电话、身份证号等列已设为文本格式，请直接输入或粘贴为“值”，不要改成数字格式。"),
    ]
    for number, note in enumerate([*standard, *notes], start=1):
        guide.append([_text_cell(guide, _export_text(f"{number}. {note}"))])
    guide.append([])
    labels = [tr("列名"), tr("是否必填"), tr("填写要求"), tr("示例")]
    guide.append(
        [
            _text_cell(guide, t, font=Font(bold=True), fill=_HEADER_FILL, border=_BORDER)
            for t in labels
        ]
    )
    wrap = Alignment(wrap_text=True, vertical="top")
    example = example or {}
    for column in columns:
        texts = [
            column.header,
            tr("必填") if column.required else tr("选填"),
            _column_hint(column),
            example.get(column.field, example.get(column.header, "")),
        ]
        cells = [_text_cell(guide, _export_text(t), border=_BORDER, alignment=wrap) for t in texts]
        cells[3].font = Font(italic=True, color="FF808080")
        guide.append(cells)
    _save(workbook, path)
