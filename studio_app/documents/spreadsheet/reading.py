"""Reading a roster: the file checked and opened, its sheet and header row found, its rows cleaned."""

from __future__ import annotations

import datetime as dt
import os
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from studio_app.base.i18n import tr
from studio_app.base.text import compact
from studio_app.documents.spreadsheet.cells import EMPTY, CellWarning, cell_text, clean_cell
from studio_app.documents.spreadsheet.columns import (
    CellProblem,
    Column,
    SheetData,
    SheetRow,
    SpreadsheetError,
)
from studio_app.documents.spreadsheet.xlsx import (
    EXCEL_ROWS,
    MAX_ROWS,
    BrokenWorkbook,
    SheetInfo,
    TooLarge,
    XlsxReader,
    open_package,
)

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
_HEAD_BYTES = 4096  # what is read of a file to tell what kind it is


def _save_as() -> str:
    return tr("请在 Excel/WPS 中打开它，选择“另存为”→“Excel 工作簿（*.xlsx）”后再导入。")


def _open_failure(path: Path, head: bytes) -> str | None:
    """Why a file beginning with ``head`` is not an .xlsx we can read, or None when it looks
    like a zip (what is in the zip is looked at by ``_zip_failure``)."""
    name = path.name
    save_as = _save_as()
    if not head:
        return tr("文件“{name}”是空的（0 字节），可能没有下载或复制完整，请重新获取文件。").format(
            name=name
        )
    if head.startswith(_CFB_MAGIC):
        if _file_contains(path, "EncryptionInfo".encode("utf-16-le")):
            return tr(
                "“{name}”设置了打开密码，程序无法读取。请在 Excel/WPS 中打开文件，"
                "取消文件密码后另存为 .xlsx，再导入。"
            ).format(name=name)
        return (
            tr("“{name}”是旧版 Excel 97-2003（.xls）或 WPS（.et）格式，本程序只能读取 .xlsx。")
            + save_as
        ).format(name=name)
    if head.startswith(b"PK"):
        return None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in text:
        return (tr("“{name}”是 Excel 2003 XML 表格格式，本程序只能读取 .xlsx。") + save_as).format(
            name=name
        )
    if text.startswith((b"<!doctype", b"<html", b"<table", b"<meta", b"<head", b"<?xml")):
        return (
            tr(
                "“{name}”实际上是网页（HTML）格式，只是扩展名像 Excel 文件，常见于从网站或业务系统导出的表格。"
            )
            + save_as
        ).format(name=name)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        b"\x00" not in text and _decodes(head)
    ):  # UTF-16 is what Excel's "Unicode text" export writes
        return (tr("“{name}”是文本（CSV）文件，不是 Excel 工作簿。") + save_as).format(name=name)
    return (tr("“{name}”不是 Excel 工作簿（.xlsx），无法读取。") + save_as).format(name=name)


def _file_contains(path: Path, needle: bytes) -> bool:
    """Whether the file holds ``needle``, read a megabyte at a time (a file of any size)."""
    tail = b""
    with open(path, "rb") as file:
        while chunk := file.read(1 << 20):
            if needle in tail + chunk[: len(needle)] or needle in chunk:
                return True
            tail = chunk[-len(needle) :]
    return False


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


def _zip_failure(name: str, archive: zipfile.ZipFile) -> str | None:
    """Zip files that are not .xlsx workbooks; damage inside an .xlsx is found later."""
    save_as = _save_as()
    names = set(archive.namelist())
    mimetype = b""
    if "mimetype" in names:
        try:
            with archive.open("mimetype") as stream:
                mimetype = stream.read(256)  # a line of text; what follows is not read
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
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


def _read_failure(path: Path, exc: OSError) -> SpreadsheetError:
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
    return SpreadsheetError(message.format(path=path, reason=exc.strerror or exc))


def _read_head(path: Path) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read(_HEAD_BYTES)
    except OSError as exc:
        raise _read_failure(path, exc) from exc


def _megabytes(size: int) -> str:
    megabytes = size / 2**20
    return f"{megabytes:,.0f}" if megabytes >= 10 else f"{megabytes:.1f}"


def _too_large(name: str, exc: TooLarge) -> str:
    """What to tell the user about a file beyond one of the reader's limits, and what to do."""
    limit, sheet = exc.limit, exc.sheet
    rows = f"{MAX_ROWS // 2:,}"  # a file each for half the limit: the county's 50,000
    if limit in ("part", "inflated"):
        return tr(
            "“{name}”解压后的内容异常庞大（超过 {mb} MB），不像是一份名册，为免耗尽内存，程序没有读取它。"
            "如果这确实是名册，请在 Excel/WPS 中打开它，把名册复制到一个新建的工作簿中保存；"
            "名册很大时，请分成几个文件（每个不超过 {rows} 行）分别导入。"
        ).format(name=name, mb=_megabytes(exc.maximum), rows=rows)
    if limit == "ratio":
        return tr(
            "“{name}”中的内容被压缩了 {n} 倍（正常的表格只有十几倍），解压后会异常庞大，不像是一份名册，"
            "为免耗尽内存，程序没有读取它。如果这确实是名册，请在 Excel/WPS 中打开它，"
            "把名册复制到一个新建的工作簿中保存后再导入。"
        ).format(name=name, n=f"{exc.found:,}")
    if limit == "entries":
        return tr(
            "“{name}”里打包了 {n} 个文件（正常的 Excel 工作簿只有几十个），可能已损坏或不是 Excel 工作簿，"
            "程序没有读取它。如果这确实是名册，请在 Excel/WPS 中打开它，"
            "把名册复制到一个新建的工作簿中保存后再导入。"
        ).format(name=name, n=f"{exc.found:,}")
    if limit == "sheets":
        return tr(
            "“{name}”中的工作表太多（超过 {max} 个）。请把名册所在的工作表复制到一个新建的工作簿中，"
            "保存后再导入。"
        ).format(name=name, max=f"{exc.maximum:,}")
    if limit == "rows":
        return tr(
            "工作表“{sheet}”中有内容的行超过了 {max} 行（到第 {row} 行时），一次最多导入 {max} 行。"
            "请把名册分成几个文件（每个不超过 {rows} 行）分别导入。"
        ).format(sheet=sheet, row=f"{exc.row:,}", max=f"{exc.maximum:,}", rows=rows)
    if limit == "grid":
        return tr(
            "工作表“{sheet}”中有第 {row} 行，超出了 Excel 最多 {max} 行的范围：这个文件不是 Excel/WPS "
            "保存的，或已损坏。请在 Excel/WPS 中打开它并另存为新的 .xlsx 文件后再导入。"
        ).format(sheet=sheet, row=f"{exc.row:,}", max=f"{EXCEL_ROWS:,}")
    if limit == "columns":
        where = exc.cell or tr("第 {row} 行第 {column} 列").format(
            row=f"{exc.row:,}", column=f"{exc.column:,}"
        )
        return tr(
            "工作表“{sheet}”的 {cell} 单元格有内容，超出了程序读取的范围（最多 {max} 列）。"
            "请删除表格右侧多余的列（包括只有空格的单元格）后再导入。"
        ).format(sheet=sheet, cell=where, max=f"{exc.maximum:,}")
    if limit == "cell" and exc.cell:
        return tr(
            "工作表“{sheet}”的 {cell} 单元格中的文字超过 {max} 个字符（Excel 单元格最多能放这么多），"
            "文件可能已损坏或不是 Excel/WPS 保存的。请检查这个单元格，删去多余的内容，"
            "在 Excel/WPS 中另存为新的 .xlsx 文件后再导入。"
        ).format(sheet=sheet, cell=exc.cell, max=f"{exc.maximum:,}")
    if limit == "cell":
        return tr(
            "“{name}”中有一段文字超过 {max} 个字符（Excel 单元格最多能放这么多），"
            "文件可能已损坏或不是 Excel/WPS 保存的。请在 Excel/WPS 中打开它并另存为新的 .xlsx 文件后再导入。"
        ).format(name=name, max=f"{exc.maximum:,}")
    if limit == "merges":
        return tr(
            "工作表“{sheet}”中的合并单元格太多（超过 {max} 处）。"
            "请在 Excel/WPS 中选中整个表格、取消单元格合并，保存后再导入。"
        ).format(sheet=sheet, max=f"{exc.maximum:,}")
    if sheet:  # "content": the values kept
        return tr(
            "“{name}”的内容太多，超出了程序一次能读取的范围（读到工作表“{sheet}”第 {row} 行时已超过 "
            "{mb} MB）。请删去不需要导入的列，或把名册分成几个文件（每个不超过 {rows} 行）分别导入。"
        ).format(name=name, sheet=sheet, row=f"{exc.row:,}", mb=_megabytes(exc.maximum), rows=rows)
    return tr(
        "“{name}”中的文字太多，超出了程序一次能读取的范围（超过 {mb} MB）。"
        "请删去不需要导入的列，或把名册分成几个文件（每个不超过 {rows} 行）分别导入。"
    ).format(name=name, mb=_megabytes(exc.maximum), rows=rows)


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
    failure = _open_failure(path, _read_head(path))
    if failure:
        raise SpreadsheetError(failure)
    try:
        archive = open_package(path)
    except OSError as exc:
        raise _read_failure(path, exc) from exc
    except BrokenWorkbook as exc:
        raise SpreadsheetError(_corrupt(path.name)) from exc
    except TooLarge as exc:
        raise SpreadsheetError(_too_large(path.name, exc)) from exc
    try:
        failure = _zip_failure(path.name, archive)
        if failure:
            raise SpreadsheetError(failure)
        reader = XlsxReader(archive)
    except BaseException as exc:
        archive.close()
        if isinstance(exc, OSError):
            raise _read_failure(path, exc) from exc
        if isinstance(exc, BrokenWorkbook):
            raise SpreadsheetError(_corrupt(path.name)) from exc
        if isinstance(exc, TooLarge):
            raise SpreadsheetError(_too_large(path.name, exc)) from exc
        raise
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
    .xlsx, is beyond the reader's limits (see ``xlsx``: a zip bomb, a cell of 100 MB, more
    than 100,000 rows …), has no header row, or lacks a required column.
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
    except TooLarge as exc:
        raise SpreadsheetError(_too_large(file_path.name, exc)) from exc
    except OSError as exc:  # the file went away or became unreadable while it was read
        raise _read_failure(file_path, exc) from exc
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
    out, cell_problems, warnings = _data_rows(rows, header_end, fields, merges, columns, epoch)
    return SheetData(
        rows=out,
        header_row=header_row,
        matched={f.name: f.header for f in fields},
        unknown_headers=unknown,
        problems=problems + cell_problems,
        sheet=sheet_name,
        warnings=warnings,
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
    width = max((len(rows[r - 1]) for r in range(header_row, min(header_end, len(rows)) + 1)),
                default=0)  # fmt: skip
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
) -> tuple[list[SheetRow], list[CellProblem], list[CellProblem]]:
    """The data rows cleaned, the problems in their cells, and the warnings (CellWarning)."""
    used_columns = {f.col for f in fields}
    # Vertical merges inside the data: (row, column) -> row holding the value (the top row);
    # only as far down as there are rows (a merge may reach row 1,048,576).
    merged_from: dict[tuple[int, int], int] = {}
    for c1, r1, _c2, r2 in merges:
        if r1 > header_end and c1 in used_columns:
            for r in range(r1 + 1, min(r2, len(rows)) + 1):
                merged_from[(r, c1)] = r1

    empty = {c.field: "" for c in columns}
    out: list[SheetRow] = []
    problems: list[CellProblem] = []
    warnings: list[CellProblem] = []
    for index in range(header_end, len(rows)):
        cells = rows[index]
        if not cells:  # a row with nothing stored (under a merged cell it stays blank too)
            continue
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
                found = warnings if problem.__class__ is CellWarning else problems
                found.append(CellProblem(row_number, f.header, problem))
        out.append(SheetRow(row_number, values))
    return out, problems, warnings
