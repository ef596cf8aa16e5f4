"""Read and write the .xlsx rosters coordinators exchange (花名册、台账、导入模板).

This is a generic layer: it knows columns, cells and the quirks of real-world Chinese office
files, not the studio's models. Import/export services describe their sheet with ``Column``s,
call ``read_sheet`` / ``write_sheet`` / ``write_template`` and validate the cleaned text
themselves. No Qt and no database here.

Cells are read by ``xlsx_read.XlsxReader`` (a streaming expat reader that returns what
openpyxl's read-only, data-only mode returns, plus merged ranges, about twice as fast; see
there for the measurements). Writing uses openpyxl.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.base.text import EDGE_CHARS, compact, narrow_codes, numeric_form
from studio_app.documents.files import write_atomic
from studio_app.documents.xlsx_read import BrokenWorkbook, CellError, SheetInfo, XlsxReader

__all__ = [
    "CellProblem",
    "Column",
    "SheetData",
    "SheetRow",
    "SpreadsheetError",
    "clean_cell",
    "read_sheet",
    "write_sheet",
    "write_template",
]

KINDS = frozenset({"text", "int", "date", "phone", "id_number"})
HEADER_SCAN_ROWS = 10  # the header must be within this many rows (title/date lines above it)
EXCEL_MAX_CELL_TEXT = 32767  # Excel refuses longer cell text


class SpreadsheetError(StudioError):
    """The file cannot be read as a roster; the message says what is wrong and how to fix it."""

    def __init__(
        self, message: str, *, missing: Sequence[str] = (), found: Sequence[str] = ()
    ) -> None:
        super().__init__(message)
        self.missing = tuple(missing)  # canonical headers of missing required columns
        self.found = tuple(found)  # headers found in the header row


@dataclass(frozen=True)
class Column:
    field: str  # key in SheetRow.values / the mappings given to write_sheet, e.g. "head_name"
    header: str  # canonical Chinese header, e.g. "户主姓名"
    aliases: tuple[str, ...] = ()  # other spellings accepted on import, e.g. ("户主", "姓名")
    required: bool = False
    kind: str = "text"  # "text" | "int" | "date" | "phone" | "id_number"
    width: int = 14  # column width in templates and exports
    hint: str = ""  # shown as a header comment and on the 填写说明 sheet of the template

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Column {self.field!r}: unknown kind {self.kind!r}")


@dataclass(frozen=True)
class SheetRow:
    row: int  # 1-based Excel row number, as the user sees it
    values: dict[str, str]  # every Column.field -> cleaned text ("" when empty or unusable)


@dataclass(frozen=True)
class CellProblem:
    row: int  # Excel row number (the header row for header problems)
    column: str  # the header as found in the file, or the canonical header
    message: str  # Chinese, says how to fix it

    def __str__(self) -> str:
        return tr("第 {row} 行“{column}”：{message}").format(
            row=self.row, column=self.column, message=self.message
        )


@dataclass
class SheetData:
    rows: list[SheetRow]
    header_row: int
    matched: dict[str, str]  # field -> header text as found (without "*"/"：" markers)
    unknown_headers: list[str]  # non-empty headers that match no column (e.g. "序号")
    # Header problems first, then cell problems in row order. A cell with a problem has ""
    # in SheetRow.values, so callers must reject (or show) every row listed here.
    problems: list[CellProblem]
    sheet: str = ""  # name of the worksheet that was read

    def problem_rows(self) -> set[int]:
        return {p.row for p in self.problems if p.row > self.header_row}


# ---------------------------------------------------------------------------------------------
# Text cleaning
# ---------------------------------------------------------------------------------------------

# XML 1.0 cannot hold these, so openpyxl refuses them (IllegalCharacterError) or writes a file
# Excel cannot open; write_sheet drops them.
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean_cell(value: str) -> str:
    """The cleaning every text cell gets on import.

    Strips whitespace (incl. full-width space and NBSP) and zero-width characters at both ends,
    drops one leading apostrophe (Excel's "store as text" marker), normalises line breaks to
    "\\n", and turns full-width digits, latin letters and the symbols ``#$%&*+-./<=>@\\^_`|~``
    into ASCII. Everything else — CJK ideographs of any plane, CJK punctuation, emoji — is kept
    exactly as it is.
    """
    text = value.strip(EDGE_CHARS)
    if text.startswith("'"):
        text = text[1:].strip(EDGE_CHARS)
    if "\r" in text or "_x000D_" in text:
        # Excel stores a CR inside a cell as the escape "_x000D_"; readers keep it as is.
        text = text.replace("_x000D_", "\r").replace("\r\n", "\n").replace("\r", "\n")
        text = text.strip(EDGE_CHARS)
    return narrow_codes(text)


def _storable(text: str) -> str:
    """What write_sheet stores for a string: XML-illegal characters removed, CR/CRLF -> LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _XML_ILLEGAL.sub("", text)
    return text[:EXCEL_MAX_CELL_TEXT]


# ---------------------------------------------------------------------------------------------
# Cell values -> cleaned text, per column kind. Each returns (text, problem message or None).
# ---------------------------------------------------------------------------------------------

_INT_RE = re.compile(r"([+-]?\d+)(?:\.0*)?")
_THOUSANDS_RE = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.0*)?")
_SCIENTIFIC_RE = re.compile(r"\d(?:\.\d+)?[eE]\+?\d+")
_DATE_RE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?"
    r"(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)
_DATE_DIGITS_RE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_MIN_YEAR, _MAX_YEAR = 1900, 2100
_EMPTY: tuple[str, str | None] = ("", None)


def _number_text(value: int | float) -> str:
    """A number as Excel shows it in a General cell: no ".0", at most 15 significant digits."""
    if isinstance(value, int):
        return str(value)
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value.is_integer():
        if abs(value) < 1e15:
            return str(int(value))
        return format(Decimal(f"{value:.15g}"), "f")  # 1.10101198001011e17 -> "1101...1000"
    return f"{value:.15g}"


def _datetime_text(value: dt.datetime) -> str:
    if value.time() == dt.time(0):
        return value.date().isoformat()
    return value.strftime("%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")


def _bad_int(shown: str) -> str:
    return tr("“{value}”不是整数，请填写阿拉伯数字，如 3").format(value=shown)


def _bad_date(shown: str) -> str:
    return tr("“{value}”不是有效的日期，请写成 2024-03-05 这样的格式").format(value=shown)


def _lost_digits(shown: str, what: str) -> str:
    return tr(
        "{what}被 Excel 存成了数字（显示为 {value}），末尾几位已经丢失，不能导入。"
        "请把这一列的单元格格式设为“文本”，再重新录入{what}"
    ).format(what=what, value=shown)


def _checked_date(year: int, month: int, day: int, shown: str) -> tuple[str, str | None]:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return "", _bad_date(shown)
    if not _MIN_YEAR <= value.year <= _MAX_YEAR:
        return "", _bad_date(shown)
    return value.isoformat(), None


def _date_from_text(text: str) -> tuple[str, str | None]:
    half = numeric_form(text)  # keeps spaces: "2024-3-5 14:30" must not become "...514:30"
    match = _DATE_RE.fullmatch(half) or _DATE_DIGITS_RE.fullmatch(half)
    if not match:
        return "", _bad_date(text)
    year, month, day = (int(part) for part in match.groups()[:3])
    return _checked_date(year, month, day, text)


def _date_from_number(value: int | float, epoch: dt.datetime) -> tuple[str, str | None]:
    shown = _number_text(value)
    if isinstance(value, int) and 19000101 <= value <= 21001231:
        return _date_from_text(str(value))  # 20240305 typed into a General cell
    if not 1 <= value < 2958466:  # Excel's serial range (1900-01-01 .. 9999-12-31)
        return "", _bad_date(shown)
    day = from_excel(int(value), epoch)
    return _checked_date(day.year, day.month, day.day, shown)


def _clean_str(text: str, kind: str) -> tuple[str, str | None]:
    """A non-empty, clean_cell-ed string cell."""
    if kind == "text":
        return text, None
    if kind == "phone":
        phone = compact(text)
        if _SCIENTIFIC_RE.fullmatch(phone):
            return "", _lost_digits(text, tr("电话号码"))
        return phone, None
    if kind == "id_number":
        number = compact(text).upper()  # 18th digit "x" is written "X"
        if _SCIENTIFIC_RE.fullmatch(number):
            return "", _lost_digits(text, tr("身份证号"))
        return number, None
    if kind == "int":
        number = compact(text)
        if _THOUSANDS_RE.fullmatch(number):
            number = number.replace(",", "")
        match = _INT_RE.fullmatch(number)
        return (str(int(match.group(1))), None) if match else ("", _bad_int(text))
    return _date_from_text(text)  # kind == "date"


def _clean_cell(raw: object, kind: str, epoch: dt.datetime) -> tuple[str, str | None]:
    if raw is None:
        return _EMPTY
    if isinstance(raw, str):
        if raw.__class__ is CellError:
            return "", tr(
                "单元格是错误值 {value}（通常是公式出错），请在 Excel 中改正后再导入"
            ).format(value=raw)
        text = clean_cell(raw)
        if not text:
            return _EMPTY
        return (text, None) if kind == "text" else _clean_str(text, kind)
    if isinstance(raw, bool):
        shown = "TRUE" if raw else "FALSE"  # as Excel shows a logical cell
        if kind == "int":
            return "", _bad_int(shown)
        if kind == "date":
            return "", _bad_date(shown)
        return shown, None
    if isinstance(raw, int | float):
        if kind == "id_number":
            return "", _lost_digits(_number_text(raw), tr("身份证号"))
        if kind == "int":
            if isinstance(raw, float) and not raw.is_integer():
                return "", _bad_int(_number_text(raw))
            return str(int(raw)), None
        if kind == "date":
            return _date_from_number(raw, epoch)
        return _number_text(raw), None  # text, phone: 13812345678.0 -> "13812345678"
    if isinstance(raw, dt.datetime):
        if kind == "date":
            return raw.date().isoformat(), None
        return _clean_str(_datetime_text(raw), kind)
    if isinstance(raw, dt.date):
        return _clean_str(raw.isoformat(), kind)
    if isinstance(raw, dt.time):
        shown = raw.strftime("%H:%M")
        return ("", _bad_date(shown)) if kind == "date" else _clean_str(shown, kind)
    text = clean_cell(str(raw))  # timedelta (duration formats) and anything exotic
    return _clean_str(text, kind) if text else ("", None)


# ---------------------------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------------------------

_HEADER_MARKS = "*:"  # "户主姓名*", "姓名：", "*姓名" (after compact(), "＊"/"：" are ASCII)
_HEADER_SUFFIXES = ("(必填)", "(选填)", "(可选)", "(非必填)", "(可不填)")


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


# ---------------------------------------------------------------------------------------------
# Opening: say precisely what is wrong with files that are not a readable .xlsx
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# read_sheet
# ---------------------------------------------------------------------------------------------

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
            _clean_cell(cells[f.col - 1], f.kind, epoch) if f.col <= width else _EMPTY
            for f in fields
        ]
        # Blank is judged on the row's own cells (before merged values are filled in), so spare
        # rows under a merged village cell stay blank.
        if all(result == _EMPTY for result in cleaned):
            continue
        # A footer line is skipped unless a required column holds a real value; cells that
        # are themselves footer text ("制表人：张三" under 户主姓名) do not count as values.
        if _is_footer(cells) and not any(
            f.required and result != _EMPTY and not _is_footer_text(cells[f.col - 1])
            for f, result in zip(fields, cleaned, strict=True)
        ):
            continue
        values = dict(empty)
        for f, (text, problem) in zip(fields, cleaned, strict=True):
            source_row = merged_from.get((row_number, f.col)) if merged_from else None
            if source_row is not None:
                text, problem = _clean_cell(_cell(rows, source_row, f.col), f.kind, epoch)
            values[f.name] = text
            if problem:
                problems.append(CellProblem(row_number, f.header, problem))
        out.append(SheetRow(row_number, values))
    return out, problems


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

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
        text = _number_text(value)
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
