"""What a sheet is made of for the importers and exporters: columns, rows, problems."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr

KINDS = frozenset({"text", "int", "date", "phone", "id_number"})


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
    # Notes on cells that do not stop their row (a formula imported as its text), in row order.
    warnings: list[CellProblem] = dataclasses.field(default_factory=list)
