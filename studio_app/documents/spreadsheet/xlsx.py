"""A small streaming reader for the cell values of .xlsx worksheets, with limits.

Why not openpyxl's read-only mode: for 50,000 rows x 10 columns it needed ~2.0 s just to
parse a file saved the way Excel/WPS save (shared strings) and ~4.2-5.0 s for files written by
openpyxl itself (inline strings — our own exports, and what most test files are), and it hides
merged ranges. This reader goes straight to expat and gives what openpyxl's
``iter_rows(values_only=True)`` with ``data_only=True`` gives — cached formula results, dates
for date-formatted numbers — plus merged ranges and error cells as ``CellError``, in one pass;
``read_sheet`` including all cleaning takes ~1.9-2.2 s for either kind of file.
Unlike openpyxl it decodes Excel's ``_xHHHH_`` escapes in cell text (how Excel stores control
characters), and a formula whose result the file does not hold comes as its text
(``Formula``), not as an empty cell.
It knows nothing about columns or Chinese rosters; ``spreadsheet.read_sheet`` builds on it.

Limits
------
A roster comes from people the coordinator does not know, and an .xlsx is a zip of XML: a
4.4 MB file can unpack to 1.1 GB of rows (it took this reader past 8 GB of memory and four
minutes to fail), a cell can hold 100 MB. So every file is held to what a coordinator's
largest real roster needs — a county's 50,000 households x 30 columns (the bench imports
50,000 rows) — with room to spare, and refused (``TooLarge``) as soon as it goes beyond: from
the zip's central directory before anything is inflated, then while the XML streams. Together
they bound a refusal to well under 30 s and 300 MB (tests/documents/test_spreadsheet_limits.py
measures the hostile files). Measured on such a roster (50,000 x 30 cells of text, written
like our own exports): its worksheet unpacks to ~100 MB (~65 MB as Excel writes it, plus at
most ~60 MB of shared strings), and the reader keeps ~150 MB of values.

- ``MAX_ZIP_ENTRIES`` 10,000 members (a workbook has a dozen, plus a few per sheet and
  picture): the central directory is read before ``zipfile`` builds an object for each.
- ``MAX_PART_BYTES`` 256 MiB unpacked for a worksheet or the shared strings (2.5x the
  county's), ``MAX_OTHER_PART_BYTES`` 32 MiB for the workbook, relationships and styles (a
  workbook at Excel's 64,000 styles has ~6 MB), and ``MAX_INFLATED_BYTES`` 320 MiB for all
  that one reading inflates; expat with our handlers reads the densest XML at ~15 MB/s, so this
  also bounds the time to ~20 s.
- ``MAX_RATIO`` 100: a part over ``RATIO_FLOOR`` (16 MiB) may unpack to at most 100x its packed
  size. Worksheets compress 7-20x, 22x for a million formatted empty rows; a deflate bomb
  reaches ~1,000x.
- The sizes the directory declares are also counted as the parts inflate (``_Counted``): a
  part that inflates past what it declares is refused as damaged, whatever ``zipfile`` does.
- ``MAX_SHEETS`` 1,000 worksheets: every sheet's first rows are read to find the roster.
- ``MAX_ROWS`` 100,000 rows holding a value (2x the county) and ``MAX_COLUMNS`` 1,024 (a value
  further right than column AMJ; rosters have 10-40 columns, Excel 2003 had 256); row numbers
  beyond Excel's own grid (1,048,576) make the file damaged.
- ``MAX_CELL_CHARS`` 32,767 characters in one cell, Excel's own limit (a formula's text too).
- ``MAX_MERGES`` 100,000 merged ranges (a roster merges a village's cells: fewer than its rows).
- ``MAX_KEPT_BYTES`` 224 MiB: the values the reader keeps, counted as Python holds them
  (``sys.getsizeof`` of each new value, 8 bytes a cell, the shared strings), whatever mix of
  rows, columns and text fills them: 1.5x the county roster's ~150 MB, and with the ~30 MB
  the reading process starts with, under 300 MB (a sheet that fills it peaks at ~270 MB).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from sys import getsizeof
from typing import BinaryIO
from xml.parsers import expat

from openpyxl.formula.translate import Translator
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.cell import column_index_from_string, get_column_letter, range_boundaries
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

__all__ = [
    "BrokenWorkbook",
    "CellError",
    "Formula",
    "SheetInfo",
    "TooLarge",
    "XlsxReader",
    "open_package",
    "unescape",
]

MAX_ZIP_ENTRIES = 10_000
MAX_PART_BYTES = 256 << 20
MAX_OTHER_PART_BYTES = 32 << 20
MAX_INFLATED_BYTES = 320 << 20
MAX_RATIO = 100
RATIO_FLOOR = 16 << 20
MAX_SHEETS = 1_000
MAX_ROWS = 100_000
MAX_COLUMNS = 1_024
MAX_CELL_CHARS = 32_767
MAX_MERGES = 100_000
MAX_KEPT_BYTES = 224 << 20
EXCEL_ROWS = 1_048_576  # Excel's grid: a row beyond it is not from Excel or WPS
_MAX_STYLES = 65_536  # Excel keeps at most 64,000 cell formats; more are ignored

# Built-in number formats that are dates/times. 27-36 and 50-58 are the East Asian locale
# formats (e.g. 31 = yyyy"年"m"月"d"日" in zh-CN Excel) that openpyxl does not know as dates.
_BUILTIN_DATE_IDS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])


# The relationships the reader follows (by the last part of their type).
_RELATIONSHIPS = frozenset({"officeDocument", "worksheet", "sharedStrings", "styles"})


class BrokenWorkbook(Exception):
    """The package or one of its XML parts cannot be read."""


class TooLarge(Exception):
    """The file goes beyond one of the limits (see the module docstring).

    ``limit`` says which: "entries", "part", "ratio", "inflated", "sheets", "rows", "grid"
    (a row beyond Excel's last), "columns", "cell", "merges" or "content" (``MAX_KEPT_BYTES``).
    ``part`` is the zip member, ``sheet`` the worksheet's name (set by ``XlsxReader.rows``),
    ``row``/``column`` where it was found (0: not in a cell), ``found`` the number that went
    over and ``maximum`` the limit.
    """

    def __init__(
        self,
        limit: str,
        *,
        part: str = "",
        row: int = 0,
        column: int = 0,
        found: int = 0,
        maximum: int = 0,
    ) -> None:
        super().__init__(f"{limit}: {part} row {row} column {column}: {found} > {maximum}")
        self.limit = limit
        self.part = part
        self.sheet = ""
        self.row = row
        self.column = column
        self.found = found
        self.maximum = maximum

    @property
    def cell(self) -> str:
        """The cell's reference ("B5"), or "" when the limit is not about one cell."""
        if not (self.row and 0 < self.column <= 16_384):
            return ""
        return f"{get_column_letter(self.column)}{self.row}"


# Damaged zip (bad CRC, broken deflate data, truncation), missing parts, malformed XML or values.
_PACKAGE_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    expat.ExpatError,
)


class CellError(str):
    """An error value cached in a cell ("#N/A", "#REF!"…), distinct from text that looks alike."""

    __slots__ = ()


class Formula(str):
    """A formula whose result the file does not hold (a file written by a program that does not
    calculate, or saved with calculation off): its text as Excel's formula bar shows it
    ("=A5&B5"; "" when the file holds no text for it either), and ``ref``, where it is ("D5")."""

    ref: str

    def __new__(cls, text: str, ref: str) -> Formula:
        formula = super().__new__(cls, text)
        formula.ref = ref
        return formula


_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SURROGATES = re.compile("[\ud800-\udfff]")


def unescape(text: str) -> str:
    """Cell text with Excel's escapes decoded, as Excel shows it: "_x000D_" is a carriage return,
    "_x001B_" an ESC, "_x005F_" an underscore (how Excel writes a literal "_x000D_"). A character
    beyond the BMP escaped as two surrogates is joined again; a lone surrogate becomes U+FFFD."""
    if "_x" not in text:
        return text
    text = _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
    if _SURROGATES.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


@dataclass(frozen=True)
class SheetInfo:
    name: str
    part: str  # path of the worksheet XML inside the zip
    hidden: bool


class _Stop(Exception):
    """Raised inside expat handlers to stop parsing once enough rows were read."""


def _local(name: str) -> str:
    """Element name without namespace prefix ("x:c" -> "c") or "{uri}" (ElementTree)."""
    return name.rpartition(":")[2].rpartition("}")[2]


# ---- the package -------------------------------------------------------------------------------


def _declared_entries(file: BinaryIO) -> int | None:
    """How many members the zip's end record lists (zip64 too); None without an end record."""
    file.seek(0, os.SEEK_END)
    size = file.tell()
    tail_size = min(size, 22 + 0xFFFF)  # the record and the longest comment
    file.seek(size - tail_size)
    tail = file.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return None
    entries = struct.unpack_from("<H", tail, at + 10)[0]
    if entries == 0xFFFF and at >= 20 and tail[at - 20 : at - 16] == b"PK\x06\x07":
        file.seek(struct.unpack_from("<Q", tail, at - 12)[0])
        record = file.read(56)
        if len(record) == 56 and record[:4] == b"PK\x06\x06":
            entries = struct.unpack_from("<Q", record, 32)[0]
    return entries


def open_package(source: str | os.PathLike[str] | bytes | BinaryIO) -> zipfile.ZipFile:
    """The zip of an .xlsx, once its end record lists at most ``MAX_ZIP_ENTRIES`` members.

    Raises BrokenWorkbook when it is not a zip, TooLarge beyond the limit, OSError when the
    file cannot be read."""
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    try:
        if isinstance(source, str | os.PathLike):
            with open(source, "rb") as file:
                entries = _declared_entries(file)
        else:
            entries = _declared_entries(source)
        if entries is not None and entries > MAX_ZIP_ENTRIES:
            raise TooLarge("entries", found=entries, maximum=MAX_ZIP_ENTRIES)
        return zipfile.ZipFile(source)
    except _PACKAGE_ERRORS as exc:
        raise BrokenWorkbook(str(exc)) from exc


class _Counted:
    """A part's stream that counts the bytes as they inflate: a part that gives more than its
    directory entry declares is damaged, and all parts together stay within
    ``MAX_INFLATED_BYTES`` (``total`` is shared by every part of one reader)."""

    def __init__(self, stream, part: str, declared: int, total: list[int]) -> None:
        self.stream = stream
        self.part = part
        self.declared = declared
        self.count = 0
        self.total = total

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.count += len(data)
        self.total[0] += len(data)
        if self.count > self.declared:
            raise BrokenWorkbook(f"{self.part}: inflates past its declared {self.declared} bytes")
        if self.total[0] > MAX_INFLATED_BYTES:
            raise TooLarge(
                "inflated", part=self.part, found=self.total[0], maximum=MAX_INFLATED_BYTES
            )
        return data

    def __enter__(self) -> _Counted:
        return self

    def __exit__(self, *_exc) -> None:
        self.stream.close()


def _parse(stream, start: Callable, end: Callable | None = None, text: Callable | None = None):
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
    parser.ParseFile(stream)


class XlsxReader:
    """Workbook-level information and worksheet rows of an .xlsx.

    ``source`` is an open package (``open_package``; the reader closes it), or what
    ``open_package`` takes: a path, bytes or a binary file (which the caller closes).
    """

    def __init__(self, source: zipfile.ZipFile | str | os.PathLike[str] | bytes | BinaryIO) -> None:
        self._zip = source if isinstance(source, zipfile.ZipFile) else open_package(source)
        self._inflated = [0]  # bytes inflated so far, all parts together
        self.sheets: list[SheetInfo] = []
        self.active = 0  # index into self.sheets of the sheet shown when Excel opens the file
        self.epoch = CALENDAR_WINDOWS_1900
        try:
            self._names = set(self._zip.namelist())
            workbook = self._workbook_part()
            rels = self._rels(workbook)
            self._read_workbook(workbook, rels)
            by_type = {rel_type.rpartition("/")[2]: part for rel_type, part in rels.values()}
            self._strings, self._strings_bytes = self._read_shared_strings(
                by_type.get("sharedStrings")
            )
            self._date_styles = self._read_date_styles(by_type.get("styles"))
        except _PACKAGE_ERRORS as exc:
            self.close()
            raise BrokenWorkbook(str(exc)) from exc
        except BaseException:
            self.close()
            raise

    # --- package structure ---------------------------------------------------------------------

    def _open(self, part: str, limit: int = MAX_OTHER_PART_BYTES) -> _Counted:
        """A part's stream, once its directory entry shows a size and ratio within the limits."""
        info = self._zip.getinfo(part)
        size = info.file_size
        if size > limit:
            raise TooLarge("part", part=part, found=size, maximum=limit)
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            ratio = size // max(info.compress_size, 1)
            raise TooLarge("ratio", part=part, found=ratio, maximum=MAX_RATIO)
        return _Counted(self._zip.open(info), part, size, self._inflated)

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (type, target part) for a package part ("" = the package): its
        worksheets (at most ``MAX_SHEETS``), and the first of each other type read here."""
        folder, name = posixpath.split(part)
        path = posixpath.join(folder, "_rels", name + ".rels")
        if path not in self._names:
            return {}
        rels: dict[str, tuple[str, str]] = {}
        seen = {"worksheet": 0}

        def start(element: str, attrs: dict[str, str]) -> None:
            if _local(element) != "Relationship" or attrs.get("TargetMode") == "External":
                return
            rel_type, target = attrs.get("Type", ""), attrs.get("Target", "")
            kind = rel_type.rpartition("/")[2]
            if kind not in _RELATIONSHIPS or (kind != "worksheet" and kind in seen):
                return
            seen[kind] = seen.get(kind, 0) + 1
            if seen["worksheet"] > MAX_SHEETS:
                raise TooLarge("sheets", part=path, found=seen["worksheet"], maximum=MAX_SHEETS)
            target = (
                target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            )
            rels[attrs.get("Id", "")] = (rel_type, posixpath.normpath(target))

        with self._open(path) as stream:
            _parse(stream, start)
        return rels

    def _workbook_part(self) -> str:
        for rel_type, part in self._rels("").values():
            if rel_type.endswith("/officeDocument"):
                return part
        return "xl/workbook.xml"

    def _read_workbook(self, workbook: str, rels: dict[str, tuple[str, str]]) -> None:
        tabs = {"active": 0, "count": 0}

        def start(element: str, attrs: dict[str, str]) -> None:
            name = _local(element)
            if name == "workbookPr" and attrs.get("date1904", "0").lower() in ("1", "true"):
                self.epoch = CALENDAR_MAC_1904
            elif name == "workbookView":
                tabs["active"] = int(attrs.get("activeTab", "0") or 0)
            elif name == "sheet":
                rel_id = next((v for k, v in attrs.items() if _local(k) == "id"), "")
                rel_type, part = rels.get(rel_id, ("", ""))
                if tabs["count"] == tabs["active"]:
                    self.active = len(self.sheets)
                tabs["count"] += 1
                if rel_type.endswith("/worksheet") and part in self._names:
                    if len(self.sheets) >= MAX_SHEETS:
                        raise TooLarge("sheets", found=len(self.sheets) + 1, maximum=MAX_SHEETS)
                    hidden = attrs.get("state", "visible") != "visible"
                    self.sheets.append(SheetInfo(attrs.get("name", ""), part, hidden))

        with self._open(workbook) as stream:
            _parse(stream, start)

    def _read_shared_strings(self, part: str | None) -> tuple[list[str], int]:
        """The shared strings, and the bytes they take (counted against ``MAX_KEPT_BYTES``)."""
        if not part or part not in self._names:
            return [], 0
        items = _TextItems(part)
        with self._open(part, MAX_PART_BYTES) as stream:
            _parse(stream, items.start, items.end, items.text)
        return items.items, items.kept

    def _read_date_styles(self, part: str | None) -> frozenset[int]:
        """Indexes of cell styles (cellXfs) whose number format is a date or time."""
        if not part or part not in self._names:
            return frozenset()
        custom: dict[int, str] = {}
        date_styles: set[int] = set()
        state = {"in_xfs": False, "index": 0}

        def start(element: str, attrs: dict[str, str]) -> None:
            name = _local(element)
            if name == "numFmt":
                fmt_id = int(attrs.get("numFmtId", "0") or 0)
                if 0 <= fmt_id < _MAX_STYLES:
                    custom[fmt_id] = attrs.get("formatCode", "")
            elif name == "cellXfs":
                state["in_xfs"] = True
            elif name == "xf" and state["in_xfs"]:
                index = state["index"]
                state["index"] += 1
                fmt_id = int(attrs.get("numFmtId", "0") or 0)
                code = custom.get(fmt_id, BUILTIN_FORMATS.get(fmt_id))
                if index < _MAX_STYLES and (
                    (fmt_id in _BUILTIN_DATE_IDS and fmt_id not in custom)
                    or (code and is_date_format(code))
                ):
                    date_styles.add(index)

        def end(element: str) -> None:
            if _local(element) == "cellXfs":
                state["in_xfs"] = False

        with self._open(part) as stream:
            _parse(stream, start, end)
        return frozenset(date_styles)

    # --- worksheet cells -------------------------------------------------------------------------

    def rows(
        self, sheet: SheetInfo, limit: int | None = None
    ) -> tuple[list[tuple], list[tuple[int, int, int, int]]]:
        """(rows, merged ranges) of a sheet.

        ``rows[i]`` holds row i+1 as a tuple of values up to its last stored cell (``()`` for a
        row with nothing stored; empty rows after the last row with a value are left out):
        None, str, int, float, bool, datetime, time, CellError or Formula. Merged ranges are
        (min_col, min_row, max_col, max_row). With ``limit`` only the first ``limit`` rows are
        read and no merged ranges are returned. Raises TooLarge beyond a limit (naming the
        sheet), BrokenWorkbook when the sheet cannot be read.
        """
        builder = _SheetBuilder(
            self._strings,
            self._date_styles,
            self.epoch,
            limit,
            MAX_KEPT_BYTES - self._strings_bytes,
        )
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.buffer_size = 1 << 16
        parser.StartElementHandler = builder.start
        parser.EndElementHandler = builder.end
        parser.CharacterDataHandler = builder.text
        try:
            with self._open(sheet.part, MAX_PART_BYTES) as stream:
                parser.ParseFile(stream)
        except _Stop:
            pass
        except TooLarge as exc:
            exc.sheet = sheet.name
            raise
        except (*_PACKAGE_ERRORS, IndexError) as exc:  # IndexError: bad shared-string index
            raise BrokenWorkbook(f"{sheet.part}: {exc}") from exc
        try:
            return builder.finish(), builder.merges
        except TooLarge as exc:  # the last row
            exc.sheet = sheet.name
            raise

    def close(self) -> None:
        self._zip.close()


class _TextItems:
    """expat handlers collecting the text of each shared string <si> (plain or rich-text runs,
    without phonetic <rPh> runs), unescaped, within the limits."""

    def __init__(self, part: str) -> None:
        self.part = part
        self.items: list[str] = []
        self.kept = getsizeof(self.items)
        self.pieces: list[str] = []
        self.in_t = False
        self.phonetic = 0

    def start(self, name: str, _attrs: dict) -> None:
        name = _local(name)
        if name == "t":
            self.in_t = True
        elif name == "rPh":
            self.phonetic += 1
        elif name == "si":
            self.pieces.clear()

    def end(self, name: str) -> None:
        name = _local(name)
        if name == "t":
            self.in_t = False
        elif name == "rPh":
            self.phonetic -= 1
        elif name == "si":
            text = unescape("".join(self.pieces))
            self.items.append(text)
            self.kept += getsizeof(text) + 8
            if self.kept > MAX_KEPT_BYTES:
                raise TooLarge("content", part=self.part, found=self.kept, maximum=MAX_KEPT_BYTES)

    def text(self, data: str) -> None:
        if self.in_t and not self.phonetic:
            pieces = self.pieces
            pieces.append(data)
            if len(pieces) > 1 or len(data) > MAX_CELL_CHARS:
                length = sum(map(len, pieces))
                if length > MAX_CELL_CHARS:
                    raise TooLarge("cell", part=self.part, found=length, maximum=MAX_CELL_CHARS)


class _SheetBuilder:
    """expat handlers turning <sheetData> into value tuples. Kept flat: it runs per XML event."""

    def __init__(
        self,
        strings: list[str],
        date_styles: frozenset[int],
        epoch: dt.datetime,
        limit: int | None,
        budget: int,
    ) -> None:
        self.strings = strings
        self.date_styles = date_styles
        self.epoch = epoch
        self.limit = limit
        self.budget = budget  # bytes the values may take (MAX_KEPT_BYTES less the strings)
        self.kept = 0  # bytes the values take so far
        self.filled = 0  # rows holding a value so far
        self.rows: list[tuple] = []
        self.merges: list[tuple[int, int, int, int]] = []
        self.row_number = 0
        self.cells: dict[int, object] = {}
        self.column = 0
        self.cell_type = "n"
        self.cell_style = 0
        self.pieces: list[str] = []
        self.target: list[str] | None = None  # where text goes: inside <v>, <t> or <f>
        self.phonetic = 0
        self.has_value = False  # a <v> was seen (told apart from "no <v>" for formula cells)
        self.formula: list[str] | None = None  # the text of the cell's <f>, if it has one
        self.formula_attrs: dict[str, str] = {}
        self.shared_formulas: dict[str, tuple[str, str]] = {}  # si -> (text, cell) of master

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if ":" in name:
            name = name.rpartition(":")[2]
        if name == "c":
            ref = attrs.get("r")
            self.column = _column_of(ref) if ref else self.column + 1
            self.cell_type = attrs.get("t", "n")
            style = attrs.get("s")
            self.cell_style = int(style) if style else 0
            self.pieces.clear()
        elif name == "v":
            self.target = self.pieces
            self.has_value = True
        elif name == "t":
            if not self.phonetic:
                self.target = self.pieces
        elif name == "row":
            self._flush()
            ref = attrs.get("r")
            self.row_number = int(ref) if ref else self.row_number + 1
            if not 0 < self.row_number <= EXCEL_ROWS:
                found, self.row_number = self.row_number, 0  # nothing pending for finish()
                raise TooLarge("grid", row=found, found=found, maximum=EXCEL_ROWS)
            if self.limit is not None and self.row_number > self.limit:
                self.row_number = 0
                raise _Stop
            self.column = 0
        elif name == "f":
            self.formula = []
            self.formula_attrs = attrs
            self.has_value = False
            self.target = self.formula
        elif name == "rPh":
            self.phonetic += 1
        elif name == "mergeCell":
            ref = attrs.get("ref", "").replace("$", "")
            if ":" in ref:
                if len(self.merges) >= MAX_MERGES:
                    raise TooLarge("merges", found=len(self.merges) + 1, maximum=MAX_MERGES)
                self.merges.append(range_boundaries(ref))

    def end(self, name: str) -> None:
        if ":" in name:
            name = name.rpartition(":")[2]
        if name == "c":
            if self.formula is not None:
                self._formula_cell()
            elif self.pieces:
                value = self.cells[self.column] = self._value("".join(self.pieces))
                if self.cell_type != "s":  # a shared string is counted once, with the strings
                    self.kept += getsizeof(value)
                    if self.kept > self.budget:
                        self._over_budget()
        elif name == "v" or name == "t" or name == "f":
            self.target = None
        elif name == "rPh":
            self.phonetic -= 1

    def text(self, data: str) -> None:
        target = self.target
        if target is not None:
            target.append(data)
            if len(target) > 1 or len(data) > MAX_CELL_CHARS:
                length = sum(map(len, target))
                if length > MAX_CELL_CHARS:
                    raise TooLarge(
                        "cell", row=self.row_number, column=self.column, found=length,
                        maximum=MAX_CELL_CHARS,
                    )  # fmt: skip

    def _keep(self, value: object) -> None:
        self.cells[self.column] = value
        if self.cell_type != "s":  # a shared string is counted once, with the strings
            self.kept += getsizeof(value)
            if self.kept > self.budget:
                self._over_budget()

    def _over_budget(self) -> None:
        raise TooLarge("content", row=self.row_number, found=self.kept, maximum=self.budget)

    def _formula_cell(self) -> None:
        """A cell with a formula: its cached result if the file holds one (an empty <v> is an
        empty result only for a string formula), else the formula's text."""
        text = unescape("".join(self.formula or ()))
        attrs = self.formula_attrs
        self.formula = None
        ref = f"{get_column_letter(min(self.column, 16_384))}{self.row_number}"
        if attrs.get("t") == "shared" and "si" in attrs:
            if text:  # the master cell of a shared formula: the others follow it
                self.shared_formulas[attrs["si"]] = (text, ref)
            elif attrs["si"] in self.shared_formulas:
                master, origin = self.shared_formulas[attrs["si"]]
                try:
                    text = Translator("=" + master, origin).translate_formula(ref)[1:]
                except Exception:  # a formula openpyxl cannot tokenize: shown as the master's
                    text = master
        if self.pieces:
            self._keep(self._value("".join(self.pieces)))
        elif not (self.has_value and self.cell_type == "str"):
            self._keep(Formula("=" + text if text else "", ref))

    def _value(self, raw: str) -> object:
        kind = self.cell_type
        if kind == "s":
            return self.strings[int(raw)]
        if kind == "n":
            number = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
            if self.cell_style in self.date_styles:
                try:
                    return from_excel(number, self.epoch)
                except (OverflowError, ValueError):
                    return CellError("#VALUE!")
            return number
        if kind in ("inlineStr", "str"):
            return unescape(raw) if "_x" in raw else raw
        if kind == "b":
            return raw.strip() in ("1", "true")
        if kind == "e":
            return CellError(raw)
        if kind == "d":
            try:
                return dt.datetime.fromisoformat(raw)
            except ValueError:
                return CellError("#VALUE!")
        return raw

    def _flush(self) -> None:
        """Store the finished row at its index, with () for the rows that were not stored."""
        if not self.row_number:
            return
        index = self.row_number - 1
        cells = self.cells
        if not cells and index >= len(self.rows):
            return  # an empty row after the last one with a value: nothing to store
        self.cells = {}
        rows = self.rows
        if index < len(rows):  # a row stored twice or out of order: merge the cells
            cells = {**dict(enumerate(rows[index], start=1)), **cells}
            cells = {c: v for c, v in cells.items() if v is not None}
        elif index > len(rows):
            self.kept += 8 * (index - len(rows))
            rows.extend([()] * (index - len(rows)))
        if cells:
            width = max(cells)
            if width > MAX_COLUMNS:
                raise TooLarge(
                    "columns", row=self.row_number, column=width, found=width, maximum=MAX_COLUMNS
                )
            row = tuple(cells.get(c) for c in range(1, width + 1))
            self.kept += 64 + 8 * width
            self.filled += 1
            if self.filled > MAX_ROWS:
                raise TooLarge("rows", row=self.row_number, found=self.filled, maximum=MAX_ROWS)
            if self.kept > self.budget:
                self._over_budget()
        else:
            row = ()
        if index < len(rows):
            rows[index] = row
        else:
            rows.append(row)

    def finish(self) -> list[tuple]:
        self._flush()
        self.row_number = 0
        return self.rows


_COLUMN_CACHE: dict[str, int] = {}


def _column_of(ref: str) -> int:
    """Column number of a cell reference like "AB12" (cached: few distinct columns per sheet)."""
    letters = ref.rstrip("0123456789")
    column = _COLUMN_CACHE.get(letters)
    if column is None:
        column = column_index_from_string(letters.replace("$", ""))
        if len(letters) <= 3:  # at most 3 letters (XFD): the cache stays small whatever comes
            _COLUMN_CACHE[letters] = column
    return column
