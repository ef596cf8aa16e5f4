"""Reading a roster: the file checked and opened, its sheet and header row found, its rows cleaned."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from studio_app.base.i18n import tr
from studio_app.base.text import compact
from studio_app.documents.spreadsheet.cells import EMPTY, cell_text, clean_cell
from studio_app.documents.spreadsheet.columns import (
    CellProblem,
    Column,
    SheetData,
    SheetRow,
    SpreadsheetError,
)
from studio_app.documents.spreadsheet.xlsx import BrokenWorkbook, SheetInfo, XlsxReader

_HEADER_MARKS = "*:"  # "户主姓名*", "姓名：", "*姓名" (after compact(), "＊"/"：" are ASCII)
_HEADER_SUFFIXES = ("(必填)", "(选填)", "(可选)", "(非必填)", "(可不填)")

HEADER_SCAN_ROWS = 10  # the header must be within this many rows (title/date lines above it)


def _header_key(raw: object) -> str:
    """Normalised header for matching: no spaces/line breaks/markers, half-width, lower case."""
    key = compact(str(raw)).strip(_HEADER_MARKS)
    for suffix in _HEADER_SUFFIXES:
        key = key.removesuffix(suffix).strip(_HEADER_MARKS)
    return key.lstrip("'").lower()


def _header_display(raw: object) -> str:
    """The header as the user wrote it, for messages: no line breaks, spaces or "*"/"：" marks."""
    if raw is None:
        return ""
    text = clean_cell(str(raw))
    text = "".join(text.split())
    return text.strip("*＊:：").strip()


def _header_lookup(columns: Sequence[Column]) -> dict[str, tuple[Column, bool]]:
    """Header key -> (column, is canonical header). Ambiguous definitions are a programming error."""
    lookup: dict[str, tuple[Column, bool]] = {}
    for canonical in (True, False):
        for column in columns:
            for name in (column.header,) if canonical else column.aliases:
                key = _header_key(name)
                other = lookup.get(key)
                if other is not None and other[0].field != column.field:
                    raise ValueError(
                        f"Header {name!r} of {column.field!r} also matches {other[0].field!r}"
                    )
                if key and other is None:
                    lookup[key] = (column, canonical)
    return lookup


def _row_matches(row: tuple, lookup: Mapping[str, tuple[Column, bool]]) -> int:
    fields = set()
    for value in row:
        if isinstance(value, str) and value.strip():
            hit = lookup.get(_header_key(value))
            if hit:
                fields.add(hit[0].field)
    return len(fields)


def _best_header_row(
    rows: Sequence[tuple], lookup: Mapping[str, tuple[Column, bool]]
) -> tuple[int, int]:
    """(1-based row, distinct columns matched) of the best header candidate; the first on ties."""
    best_row, best = 0, 0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        count = _row_matches(row, lookup)
        if count > best:
            best_row, best = index + 1, count
    return best_row, best


_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: .xls, .et, and encrypted .xlsx


def _open_failure(path: Path, data: bytes) -> str | None:
    """Why ``data`` is not an .xlsx we can read, or None when it looks like one."""
    name = path.name
    save_as = tr("请在 Excel/WPS 中打开它，选择“另存为”→“Excel 工作簿（*.xlsx）”后再导入。")
    if not data:
        return tr("文件“{name}”是空的（0 字节），可能没有下载或复制完整，请重新获取文件。").format(
            name=name
        )
    if data.startswith(_CFB_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data:
            return tr(
                "“{name}”设置了打开密码，程序无法读取。请在 Excel/WPS 中打开文件，"
                "取消文件密码后另存为 .xlsx，再导入。"
            ).format(name=name)
        return (
            tr("“{name}”是旧版 Excel 97-2003（.xls）或 WPS（.et）格式，本程序只能读取 .xlsx。")
            + save_as
        ).format(name=name)
    if data.startswith(b"PK"):
        return _zip_failure(name, data, save_as)
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        return (tr("“{name}”是 Excel 2003 XML 表格格式，本程序只能读取 .xlsx。") + save_as).format(
            name=name
        )
    if head.startswith((b"<!doctype", b"<html", b"<table", b"<meta", b"<head", b"<?xml")):
        return (
            tr(
                "“{name}”实际上是网页（HTML）格式，只是扩展名像 Excel 文件，常见于从网站或业务系统导出的表格。"
            )
            + save_as
        ).format(name=name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        b"\x00" not in head and _decodes(data[:4096])
    ):  # UTF-16 is what Excel's "Unicode text" export writes
        return (tr("“{name}”是文本（CSV）文件，不是 Excel 工作簿。") + save_as).format(name=name)
    return (tr("“{name}”不是 Excel 工作簿（.xlsx），无法读取。") + save_as).format(name=name)


def _decodes(head: bytes) -> bool:
    for encoding in ("utf-8", "gb18030"):
        try:
            head.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 4:  # a multi-byte character cut at the 4 KiB boundary
                return True
            continue
        return True
    return False


def _zip_failure(name: str, data: bytes, save_as: str) -> str | None:
    """Zip files that are not .xlsx workbooks; damage inside an .xlsx is found later."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype") if "mimetype" in names else b""
    except (zipfile.BadZipFile, EOFError, ValueError, KeyError):
        return _corrupt(name)
    if "xl/workbook.bin" in names:
        return (tr("“{name}”是 Excel 二进制工作簿（.xlsb）格式。") + save_as).format(name=name)
    if b"opendocument.spreadsheet" in mimetype:
        return (tr("“{name}”是 OpenDocument 表格（.ods）格式。") + save_as).format(name=name)
    if not any(n.startswith("xl/") for n in names):
        return tr(
            "“{name}”不是 Excel 工作簿（可能是 Word 文档或其他压缩文件），请选择 .xlsx 格式的表格文件。"
        ).format(name=name)
    return None


def _corrupt(name: str) -> str:
    return tr(
        "“{name}”已损坏或不完整，无法读取。请在 Excel/WPS 中打开它并另存为新的 .xlsx 文件；"
        "如果打不开，请重新获取原文件。"
    ).format(name=name)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            message = tr("找不到文件“{path}”，请确认文件没有被移动或删除。")
        elif isinstance(exc, PermissionError):
            message = tr(
                "无法打开文件“{path}”：没有读取权限，或文件正被其他程序占用。"
                "请关闭 Excel/WPS 中的这个文件后重试。"
            )
        elif isinstance(exc, IsADirectoryError):
            message = tr("“{path}”是文件夹，请选择一个 .xlsx 文件。")
        else:
            message = tr("无法读取文件“{path}”：{reason}")
        raise SpreadsheetError(message.format(path=path, reason=exc.strerror or exc)) from exc


_FOOTER_PREFIXES = ("合计", "总计", "小计", "填表人", "制表人", "填报人", "审核人", "备注", "注:")


def _is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not clean_cell(raw))


def _is_footer_text(raw: object) -> bool:
    return isinstance(raw, str) and compact(raw).startswith(_FOOTER_PREFIXES)


def _is_footer(row: tuple) -> bool:
    """Whether the first non-empty cell starts like a footer line (合计, 填表人：…)."""
    first = next((raw for raw in row if not _is_blank(raw)), None)
    return _is_footer_text(first)


def _open_workbook(path: Path) -> XlsxReader:
    data = _read_bytes(path)
    failure = _open_failure(path, data)
    if failure:
        raise SpreadsheetError(failure)
    try:
        reader = XlsxReader(data)
    except BrokenWorkbook as exc:
        raise SpreadsheetError(_corrupt(path.name)) from exc
    if not reader.sheets:
        reader.close()
        raise SpreadsheetError(tr("“{name}”里没有可读取的工作表。").format(name=path.name))
    return reader


def _choose_sheet(
    reader: XlsxReader,
    lookup: Mapping[str, tuple[Column, bool]],
    needed: int,
    sheet: str | None,
) -> SheetInfo:
    if sheet is not None:
        for info in reader.sheets:
            if info.name == sheet:
                return info
        raise SpreadsheetError(
            tr("文件中没有名为“{sheet}”的工作表。现有的工作表：{names}").format(
                sheet=sheet, names=tr("、").join(info.name for info in reader.sheets)
            )
        )
    # Users never see hidden sheets, so a visible roster wins over a hidden copy.
    ordered = [s for s in reader.sheets if not s.hidden] + [s for s in reader.sheets if s.hidden]
    for info in ordered:
        rows, _merges = reader.rows(info, limit=HEADER_SCAN_ROWS)
        if _best_header_row(rows, lookup)[1] >= needed:
            return info
    return reader.sheets[min(reader.active, len(reader.sheets) - 1)]


def read_sheet(
    path: str | os.PathLike[str], columns: Sequence[Column], *, sheet: str | None = None
) -> SheetData:
    """Read the roster in ``path`` (an .xlsx, whatever its extension) into cleaned rows.

    The header row is found by its texts (see ``Column.aliases``) among the first
    ``HEADER_SCAN_ROWS`` rows, so title rows above it and any column order are fine. Without
    ``sheet`` the first sheet with such a header row is read (visible sheets first), else the
    active one. Blank rows and footer lines (合计/填表人/…) are skipped; values of merged cells
    are repeated down the merged rows. Raises SpreadsheetError when the file is not a readable
    .xlsx, has no header row, or lacks a required column.
    """
    if not columns:
        raise ValueError("read_sheet needs at least one column")
    lookup = _header_lookup(columns)
    needed = min(max(2, sum(c.required for c in columns)), len(columns))
    file_path = Path(path)
    reader = _open_workbook(file_path)
    try:
        chosen = _choose_sheet(reader, lookup, needed, sheet)
        rows, merges = reader.rows(chosen)
    except BrokenWorkbook as exc:
        raise SpreadsheetError(_corrupt(file_path.name)) from exc
    finally:
        reader.close()
    return _build(rows, merges, chosen.name, columns, lookup, needed, reader.epoch)


def _cell(rows: Sequence[tuple], row: int, column: int) -> object:
    """Value at 1-based (row, column); None outside the stored cells."""
    if row > len(rows):
        return None
    values = rows[row - 1]
    return values[column - 1] if column <= len(values) else None


@dataclass(frozen=True)
class _Field:
    """Where a Column was found in the sheet."""

    name: str  # Column.field
    col: int  # 1-based sheet column
    kind: str
    required: bool
    header: str  # header text as found


def _build(
    rows: list[tuple],
    merges: list[tuple[int, int, int, int]],
    sheet_name: str,
    columns: Sequence[Column],
    lookup: Mapping[str, tuple[Column, bool]],
    needed: int,
    epoch: dt.datetime,
) -> SheetData:
    header_row, matches = _best_header_row(rows, lookup)
    if matches < min(needed, 2):
        names = tr("、").join(
            f"“{c.header}”" for c in ([c for c in columns if c.required] or columns)[:6]
        )
        raise SpreadsheetError(
            tr(
                "没有找到表头：工作表“{sheet}”的前 {n} 行里，没有一行包含{names}等列名。"
                "请确认表头在标题下面、前 {n} 行之内，列名与导入模板一致。"
            ).format(sheet=sheet_name, n=HEADER_SCAN_ROWS, names=names)
        )
    # Fewer matches than required columns still makes the best row the header: the error then
    # names the missing columns, which helps more than "no header found".

    # A header cell merged down over the next row(s) means a two-row header ("联系方式" above
    # "手机"/"座机"): those rows belong to the header, and the lower text names the column.
    header_end = header_row
    for _c1, r1, _c2, r2 in merges:
        if r1 == header_row and r2 > r1:
            header_end = max(header_end, min(r2, header_row + 2))

    fields, unknown, problems = _map_columns(
        rows, header_row, header_end, columns, lookup, sheet_name
    )
    out, cell_problems = _data_rows(rows, header_end, fields, merges, columns, epoch)
    return SheetData(
        rows=out,
        header_row=header_row,
        matched={f.name: f.header for f in fields},
        unknown_headers=unknown,
        problems=problems + cell_problems,
        sheet=sheet_name,
    )


def _map_columns(
    rows: list[tuple],
    header_row: int,
    header_end: int,
    columns: Sequence[Column],
    lookup: Mapping[str, tuple[Column, bool]],
    sheet_name: str,
) -> tuple[list[_Field], list[str], list[CellProblem]]:
    """Sheet columns for each Column (in ``columns`` order), unknown headers, header problems."""
    found: dict[int, tuple[str, Column, bool]] = {}  # sheet column -> (text, column, canonical)
    unknown: list[str] = []
    all_headers: list[str] = []
    width = max((len(rows[r - 1]) for r in range(header_row, header_end + 1)), default=0)
    for col in range(1, width + 1):
        texts = [_header_display(_cell(rows, r, col)) for r in range(header_row, header_end + 1)]
        texts = [t for t in texts if t]
        if not texts:
            continue
        all_headers.append(texts[-1])
        for text in reversed(texts):
            hit = lookup.get(_header_key(text))
            if hit:
                found[col] = (text, hit[0], hit[1])
                break
        else:
            unknown.append(texts[-1])

    # The same column twice ("姓名" and "户主姓名"): the canonical header wins, else the first.
    by_field: dict[str, int] = {}
    for col, (_text, column, canonical) in found.items():
        kept = by_field.get(column.field)
        if kept is None or (canonical and not found[kept][2]):
            by_field[column.field] = col
    problems = [
        CellProblem(
            header_row,
            text,
            tr("“{text}”和“{kept}”是同一列，已使用“{kept}”，这一列没有导入").format(
                text=text, kept=found[by_field[column.field]][0]
            ),
        )
        for col, (text, column, _canonical) in found.items()
        if by_field[column.field] != col
    ]

    missing = [c.header for c in columns if c.required and c.field not in by_field]
    if missing:
        raise SpreadsheetError(
            tr(
                "工作表“{sheet}”缺少必填的列：{missing}。第 {row} 行的表头是：{found}。"
                "请对照导入模板修改表头后再导入。"
            ).format(
                sheet=sheet_name,
                missing=tr("、").join(missing),
                row=header_row,
                found=tr("、").join(all_headers) or tr("（空）"),
            ),
            missing=missing,
            found=all_headers,
        )
    fields = [
        _Field(c.field, by_field[c.field], c.kind, c.required, found[by_field[c.field]][0])
        for c in columns
        if c.field in by_field
    ]
    return fields, unknown, problems


def _data_rows(
    rows: list[tuple],
    header_end: int,
    fields: list[_Field],
    merges: list[tuple[int, int, int, int]],
    columns: Sequence[Column],
    epoch: dt.datetime,
) -> tuple[list[SheetRow], list[CellProblem]]:
    used_columns = {f.col for f in fields}
    # Vertical merges inside the data: (row, column) -> row holding the value (the top row).
    merged_from: dict[tuple[int, int], int] = {}
    for c1, r1, _c2, r2 in merges:
        if r1 > header_end and c1 in used_columns:
            for r in range(r1 + 1, r2 + 1):
                merged_from[(r, c1)] = r1

    empty = {c.field: "" for c in columns}
    out: list[SheetRow] = []
    problems: list[CellProblem] = []
    for index in range(header_end, len(rows)):
        cells = rows[index]
        width = len(cells)
        row_number = index + 1
        cleaned = [
            cell_text(cells[f.col - 1], f.kind, epoch) if f.col <= width else EMPTY for f in fields
        ]
        # Blank is judged on the row's own cells (before merged values are filled in), so spare
        # rows under a merged village cell stay blank.
        if all(result == EMPTY for result in cleaned):
            continue
        # A footer line is skipped unless a required column holds a real value; cells that
        # are themselves footer text ("制表人：张三" under 户主姓名) do not count as values.
        if _is_footer(cells) and not any(
            f.required and result != EMPTY and not _is_footer_text(cells[f.col - 1])
            for f, result in zip(fields, cleaned, strict=True)
        ):
            continue
        values = dict(empty)
        for f, (text, problem) in zip(fields, cleaned, strict=True):
            source_row = merged_from.get((row_number, f.col)) if merged_from else None
            if source_row is not None:
                text, problem = cell_text(_cell(rows, source_row, f.col), f.kind, epoch)
            values[f.name] = text
            if problem:
                problems.append(CellProblem(row_number, f.header, problem))
        out.append(SheetRow(row_number, values))
    return out, problems
